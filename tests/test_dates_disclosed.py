"""Writings brought to light ("according to emails unearthed in the inquiry", "a leaked memo warned")
were written at some earlier time the sentence does not give: no date. Publication date 2021-02-16, a
Tuesday."""

from __future__ import annotations

import pytest
from dating import cue_of, holding

from quotes.dates.unknown import unknown_time_text


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("The mayor knew of the leak, according to emails unearthed in the inquiry.", "according", "emails"),
        ("The mayor knew of the leak, according to a newly uncovered email.", "according", "a newly uncovered email"),
        ("Lee wrote in an email obtained by the paper that the levy was dead.", "wrote", "an email"),
        ("A leaked memo warned that the levy was dead.", "warned", "A leaked memo"),
        # The present: the writing speaking now.
        ("A leaked memo warns that the levy is dead.", "warns", None),
        # Not brought to light: written to the reporter, or a writing with nothing said of it.
        ("Lee wrote in an email to the paper that the levy was dead.", "wrote", None),
        ("A memo said the levy was dead.", "said", None),
        # Not a writing.
        ("The mayor knew of the leak, according to officials briefed on the inquiry.", "according", None),
    ],
)
def test_disclosed_writing(nlp, sentence, cue, expected):
    assert unknown_time_text(cue_of(nlp(sentence), cue)) == expected


def test_a_disclosed_writing_in_an_article_is_undatable(dated):
    text = (
        "The council debated the harbor levy on Monday.\n\n"
        "The mayor knew the levy would fail, according to emails unearthed in the inquiry.\n\n"
        "“The levy is dead,” Councilwoman Park said at the meeting."
    )
    records = dated(text)
    assert holding(records, "The mayor knew") == (None, None)
    assert holding(records, "The levy is dead") == ("2021-02-15", "context")


def test_a_writing_released_on_a_day_is_dated(dated):
    text = "The mayor knew the levy would fail, according to emails released by the council on Monday."
    assert holding(dated(text), "The mayor knew") == ("2021-02-15", "stated")
