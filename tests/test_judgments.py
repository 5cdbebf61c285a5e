"""Verbs of judging somebody for something ("criticized the mayor for cutting the budget"): the person
judged and the "for" phrase together are what was said; with no "for" phrase, the object alone
("criticized the new toll"). One sentence per case."""

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
        # a "for" phrase of time says how long, not what for (and "attack" is no bare judging)
        "Lee attacked the plan for months.",
        # a passive: nothing the subject said
        "The mayor was criticized for the delays.",
    ],
)
def test_no_judgment_record(extract, text):
    assert extract(LEAD + text) == []


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Lee criticized the new toll on the harbor bridge.", "the new toll on the harbor bridge"),
        ("The governor praised Mayor Jane Roe during a visit to the plant.", "Mayor Jane Roe"),
        ("The union condemned the decision to close the mill.", "the decision to close the mill"),
        ("The mayor thanked the volunteers who cleaned the park.", "the volunteers who cleaned the park"),
        ("Lee blamed the storm.", "the storm"),
        # a time phrase is no "what for": the object alone
        ("Lee slammed the board over the weekend.", "the board"),
        # blaming says on whom with "on"; not an "on" of time or platform
        ("Lee blamed the collapse of the talks on the union.", "the collapse of the talks on the union"),
        ("Lee blamed local officials on Twitter.", "local officials"),
        # a contrast with the same preposition goes on with the phrase
        ("Lee blamed the delays on the weather, not on the crews.", "the delays on the weather, not on the crews"),
        ("Lee blamed the mayor on Monday.", "the mayor"),
        # a "because" clause right after the object goes on with it
        ("Diaz denounced the plan because it would raise rents.", "the plan because it would raise rents"),
        # what the parser hangs on the verb after a name is how the judging went
        ("Roe criticized Mr. Diaz from the left.", "Mr. Diaz"),
    ],
)
def test_a_judgments_bare_object_is_what_was_said(extract, text, quote):
    records = extract(LEAD + text)
    assert [(r["quote"], r["type"], r["rule"]) for r in records] == [(quote, "indirect", "reported.object")]


@pytest.mark.parametrize(
    "text",
    [
        "Lee criticized it.",  # a pronoun only points
        "Lee praised that.",
        "The two candidates mocked each other.",  # nobody judged but themselves
        "Lee attacked the new toll.",  # attacking is as often violence as words
        "The campaign blasted out an email to supporters.",  # a particle: sending, not judging
    ],
)
def test_no_bare_judgment_record(extract, text):
    assert extract(LEAD + text) == []


def test_a_bare_object_in_quote_marks_is_the_quoted_phrase_rules(extract):
    records = extract(LEAD + "Lee criticized the “rigged” vote.")
    assert [(r["quote"], r["rule"]) for r in records] == [("the “rigged” vote", "mixed.cue_phrase")]


def test_the_judge_is_the_speaker(extract):
    [record] = extract(LEAD + "Senator Jane Roe blasted the agency for its slow response.")
    assert record["speaker"] == "Jane Roe"
    assert record["cue"] == "blasted"
