"""People named together ("Stephen Marlow and Jane Whitcombe … examine") are the group a later "they"
stands for, not an organisation named beside them (quotes.speakers.pairs). Positive and negative
cases; the fixtures are written for these tests."""

from __future__ import annotations

import pytest
from speaking import speaker

from quotes.speakers.pairs import joined_names

LEAD = "The mills closed in the spring.\n\n"


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ("In a new book, Stephen Marlow and Jane Whitcombe of the University of Leeds examine the closures.\n\n"
         "The city might have acted sooner, they argue.", "The city might have acted sooner",
         "Stephen Marlow and Jane Whitcombe"),
        ("When I met Mr. Marlow and Ms. Whitcombe on Friday, they said the town had never recovered.",
         "the town had never recovered", "Marlow and Whitcombe"),
        # negative: people named together as objects do not outrank the subject who acted
        ("Council officials said on Friday that they had met Stephen Marlow and Jane Whitcombe. They "
         "said the town had never recovered.", "the town had never recovered", "Council officials"),
    ],
)
def test_they_is_the_people_named_together(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote) == expected


@pytest.mark.parametrize(
    "names, joined",
    [
        (["Jane Roe"], "Jane Roe"),
        (["Jane Roe", "John Doe"], "Jane Roe and John Doe"),
        (["Jane Roe", "John Doe", "Ann Poe"], "Jane Roe, John Doe and Ann Poe"),
    ],
)
def test_joined_names(names, joined):
    assert joined_names(names) == joined
