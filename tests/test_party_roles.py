"""Party members and party words in role mentions (quotes.speakers.parties): "the Ohio Republican" is
the person who acted last, and "the Republican nominee" is nobody the article calls a Democrat. One
sentence and multi-paragraph cases, positive and negative; the fixtures are written for these tests."""

from __future__ import annotations

import pytest
from speaking import the_record

from quotes.speakers.parties import entity_parties, names_another_party, parties_of, party_member_role
from quotes.speakers.registry import Entity

LEAD = "The council met on Monday.\n\n"


def speaker(records: list[dict], quote: str) -> dict:
    return the_record(records, quote)


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        # a party member with a home state: the last subject, whose title names no party
        ('House Speaker Jane Roe spoke to reporters on Monday. "We will act," the Ohio Republican said.',
         "We will act", "Jane Roe"),
        ("Sen. Tom Doe toured a factory in Dayton on Friday.\n\n"
         'The Ohio Democrat said the plant "will stay open."', 'the plant "will stay open."', "Tom Doe"),
        # the main subject, not a person named later in the same sentence
        ("Gov. Tom Doe said on Monday that Mayor Ann Lee had called him.\n\n"
         '"We spoke for an hour," the Republican said.', "We spoke for an hour", "Tom Doe"),
        # negatives: another party in the person's words; plural or indefinite party nouns stay as written
        ('Democratic Sen. Tom Doe spoke on Monday. "We will act," the Ohio Republican said.',
         "We will act", "the Ohio Republican"),
        ('Sen. Tom Doe spoke on Monday. "We will act," the Republicans said.', "We will act", "the Republicans"),
        ('Sen. Tom Doe spoke on Monday. "We will act," a Republican said.', "We will act", "a Republican"),
    ],
)
def test_a_party_member_is_the_person_who_acted_last(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote)["speaker"] == expected


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        # the later nominee is of the other party
        ("On Monday, Republican nominee Tom Doe spoke in Dayton. Later, Democratic nominee Ann Lee spoke in Toledo.\n\n"
         '"We will win Ohio," the Republican nominee said.', "We will win Ohio", "Tom Doe"),
        ("On Monday, Republican nominee Tom Doe spoke in Dayton. Later, Democratic nominee Ann Lee spoke in Toledo.\n\n"
         '"We will win Ohio," the GOP nominee said.', "We will win Ohio", "Tom Doe"),
        # negatives: the role's own party, or a role without party, takes the latest nominee
        ("On Monday, Republican nominee Tom Doe spoke in Dayton. Later, Democratic nominee Ann Lee spoke in Toledo.\n\n"
         '"We will win Ohio," the Democratic nominee said.', "We will win Ohio", "Ann Lee"),
        ("On Monday, Republican nominee Tom Doe spoke in Dayton. Later, Democratic nominee Ann Lee spoke in Toledo.\n\n"
         '"We will win Ohio," the nominee said.', "We will win Ohio", "Ann Lee"),
    ],
)
def test_a_role_with_a_party_is_nobody_of_another_party(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote)["speaker"] == expected


@pytest.mark.parametrize(
    "text, role",
    [
        ("The Ohio Republican said so.", "republican"),
        ("The Democrat said so.", "democrat"),
        ("The Republicans said so.", None),
        ("A Republican said so.", None),
        ("The Republican Party said so.", None),
    ],
)
def test_party_member_role(nlp, text, role):
    doc = nlp(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert party_member_role(subject) == role


@pytest.mark.parametrize(
    "title, description, parties",
    [
        ("Democratic nominee", None, {"democrat"}),
        ("Sen.", "R-Ky.", {"republican"}),
        (None, "a GOP strategist", {"republican"}),
        ("Sen.", "a Democrat from Ohio", {"democrat"}),
        ("Gov.", "an independent analyst", set()),
        (None, None, set()),
    ],
)
def test_entity_parties(title, description, parties):
    assert entity_parties(Entity(0, "person", "Tom Doe", ("tom", "doe"), title=title, description=description)) == parties


def test_names_another_party():
    democrat = Entity(0, "person", "Ann Lee", ("ann", "lee"), title="Democratic nominee")
    unknown = Entity(1, "person", "Tom Doe", ("tom", "doe"))
    assert names_another_party(democrat, parties_of({"republican", "presidential"}))
    assert not names_another_party(democrat, parties_of({"democratic"}))
    assert not names_another_party(unknown, {"republican"})
    assert not names_another_party(democrat, set())
