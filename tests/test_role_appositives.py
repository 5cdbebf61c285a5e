"""A role set off by commas before or after a name describes the person even where the parse gives no
appositive, so that a later role noun finds them. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from quotes.speakers.appositives import role_appositive


@pytest.mark.parametrize(
    "sentence, name, expected",
    [
        ("An attorney for the contractor, John Doe, stood in the hallway.", "John Doe", "An attorney for the contractor"),
        ("Jane Roe, a spokeswoman for the ministry, declined to comment.", "Jane Roe", "a spokeswoman for the ministry"),
        ("The mayor thanked Jane Roe, the city's chief engineer.", "Jane Roe", "the city's chief engineer"),
        # negatives: a list of names, a place before the name, a phrase with no role word
        ("Jane Roe, John Doe and Mary Major attended the hearing.", "John Doe", None),
        ("In Ohio, Jane Roe spoke to the crowd.", "Jane Roe", None),
        ("Jane Roe, the winner of the race, waved to the crowd.", "Jane Roe", None),
    ],
)
def test_a_comma_set_role_describes_the_name(nlp, sentence, name, expected):
    doc = nlp(sentence)
    ent = next(e for e in doc.ents if e.text == name)
    assert role_appositive(ent) == expected


ARTICLE = (
    "The committee voted on Monday.\n\n"
    "{introduction}\n\n"
    "The hearing went on for hours. The contractor's lawyer has said that his client will not testify.\n"
)


@pytest.mark.parametrize(
    "introduction, expected",
    [
        ("An attorney for the contractor, John Doe, stood in the hallway on Friday.", "John Doe"),
        ("John Doe, a lawyer for the contractor, stood in the hallway on Friday.", "John Doe"),
        # negative: a name with no role stays out of it
        ("John Doe stood in the hallway on Friday.", "The contractor's lawyer"),
    ],
)
def test_a_possessed_role_finds_the_person_introduced_in_it(extract, introduction, expected):
    records = extract(ARTICLE.format(introduction=introduction))
    found = [r for r in records if r["quote"].startswith("his client will not testify")]
    assert [r["speaker"] for r in found] == [expected]
