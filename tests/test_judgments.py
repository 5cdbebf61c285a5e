"""Verbs of judging somebody for something ("criticized the mayor for cutting the budget"): the person
judged and the "for" phrase together are what was said. One sentence per case."""

import pytest

LEAD = "The council met on Monday.\n\n"


@pytest.mark.parametrize(
    "text, quote, kind",
    [
        ("The union slammed the mayor for the long delays at the port.",
         "the mayor for the long delays at the port", "indirect"),
        ("Lee criticized Diaz for saying she had served the city.", "Diaz for saying she had served the city",
         "indirect"),
        ("Voters praised the crew on Friday for their quick work.", "the crew on Friday for their quick work",
         "indirect"),
        # "over" says what for as well
        ("The union slammed the board over its handling of the strike.",
         "the board over its handling of the strike", "indirect"),
        # a "because" clause straight after the phrase goes on with it, not one after a comma
        ("Lee mocked Ruiz for “having a rough night” because she won no state.",
         "Ruiz for “having a rough night” because she won no state", "mixed"),
        ("Lee mocked Ruiz for “having a rough night,” because she won no state.",
         "Ruiz for “having a rough night,”", "mixed"),
        # a quoted phrase in the "for" phrase: the judgment is the record, not the phrase alone
        ("The senator mocked the mayor for calling himself the “king of roads.”",
         "the mayor for calling himself the “king of roads.”", "mixed"),
    ],
)
def test_the_person_judged_and_what_for_are_what_was_said(extract, text, quote, kind):
    records = extract(LEAD + text)
    assert [(r["quote"], r["type"]) for r in records] == [(quote, kind)]


@pytest.mark.parametrize(
    "text",
    [
        # a "for" phrase of time says how long, not what for
        "Lee attacked the plan for months.",
        "Lee slammed the board over the weekend.",
        # no "for" phrase, or a passive: nothing the subject said
        "Lee blamed the storm.",
        "The mayor was criticized for the delays.",
    ],
)
def test_no_judgment_record(extract, text):
    assert extract(LEAD + text) == []


def test_the_judge_is_the_speaker(extract):
    [record] = extract(LEAD + "Senator Jane Roe blasted the agency for its slow response.")
    assert record["speaker"] == "Jane Roe"
    assert record["cue"] == "blasted"
