"""Gender agreement from the text: gendered titles, given names that say it by themselves, the
description's own role word; a lone surname means the principal bearer of it. One-sentence and
multi-paragraph cases, positive and negative; no rule names a person."""

from __future__ import annotations

import pytest

from quotes.speakers.vocabulary import gender_of_description, gender_of_given_name
from tests.test_speakers import resolve_all


@pytest.mark.parametrize("word, gender", [("John", "m"), ("mary", "f"), ("Priya", "f"), ("Rahul", "m"),
                                          ("Chris", None), ("Jean", None), ("Smith", None)])
def test_given_names_that_say_a_gender(word, gender):
    assert gender_of_given_name(word) == gender


@pytest.mark.parametrize(
    "description, gender",
    [
        ("a spokeswoman for the ministry", "f"),
        ("the congressman from Ohio", "m"),
        ("a pollster for Mrs. Clinton", None),  # the honorific is someone else's
        ("an aide to Congresswoman Jane Roe", None),  # a title before a name is that name's
        ("a former prosecutor", None),
    ],
)
def test_gender_of_a_description(description, gender):
    assert gender_of_description(description) == gender


def test_she_skips_a_man_named_by_his_given_name(nlp):
    _, _, (speaker,) = resolve_all(
        nlp,
        ["Mary Jones, a teacher, watched from the bank.", "John Smith opened the new bridge on Monday.",
         "She said it was a great day for the town."],
        [(2, "She", 0)],
    )
    assert speaker.name == "Mary Jones"


def test_she_with_only_a_man_named_finds_nobody(nlp):
    _, _, (speaker,) = resolve_all(
        nlp, ["John Smith opened the new bridge on Monday.", "She said it was a great day."], [(1, "She", 0)])
    assert speaker.name is None


def test_a_name_used_for_both_fits_either_pronoun(nlp):
    _, _, (speaker,) = resolve_all(
        nlp, ["Chris Smith opened the new bridge on Monday.", "She said it was a great day."], [(1, "She", 0)])
    assert speaker.name == "Chris Smith"


def test_honorific_links_the_bearer_of_its_gender(nlp):
    _, _, (speaker,) = resolve_all(
        nlp,
        ["Bill Roe spoke first at the meeting.", "Mary Roe spoke after him.", "Mr. Roe said the vote was fair."],
        [(2, "Roe", 0)],
    )
    assert speaker.name == "Bill Roe"


def test_honorific_in_a_description_is_someone_elses(nlp):
    _, _, (first, later) = resolve_all(
        nlp,
        ["Geoff Garin, a pollster for Mrs. Clinton, said the race was close.", "Mr. Garin said the vote was fair."],
        [(0, "Garin", 0), (1, "Garin", 0)],
    )
    assert first.name == later.name == "Geoff Garin"


def test_lone_surname_is_the_principal_bearer(nlp):
    _, _, (speaker,) = resolve_all(
        nlp,
        ["Senator Tom Doe said he would vote no.", "Later, Tom Doe said the bill was rushed.",
         "His wife, Mary Doe, was at his side.", "Doe said he would not change his mind."],
        [(3, "Doe", 0)],
    )
    assert speaker.name == "Tom Doe"


def test_lone_surname_of_one_bearer_is_that_bearer(nlp):
    _, _, (speaker,) = resolve_all(
        nlp, ["Mary Doe, the mayor, said the bridge was safe.", "Doe said repairs would start soon."],
        [(1, "Doe", 0)])
    assert speaker.name == "Mary Doe"
