"""Age epithets ("the 46-year-old said") point back to the person the article was telling about: the
last fitting subject (quotes.speakers.epithets). Positive and negative cases; the fixtures are written
for these tests."""

from __future__ import annotations

import pytest
from speaking import speaker

from quotes.speakers.epithets import age_epithet

LEAD = "The council met on Monday.\n\n"


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ('Jane Roe spoke to the crowd on Monday.\n\n"We will win," said the 46-year-old.', "We will win", "Jane Roe"),
        ('Jane Roe held up a sign. The 57-year-old nurse says she "takes it seriously."',
         'she "takes it seriously."', "Jane Roe"),
        # negative: an indefinite age phrase introduces someone new
        ('Jane Roe held up a sign.\n\n"We are here," said a 46-year-old.', "We are here", "a 46-year-old"),
    ],
)
def test_an_age_epithet_is_the_last_subject(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote) == expected


@pytest.mark.parametrize(
    "text, is_epithet",
    [
        ("The 46-year-old said so.", True),
        ("The quiet, 71-year-old diplomat said so.", True),
        ("A 46-year-old said so.", False),
        ("The old man said so.", False),
    ],
)
def test_age_epithet(nlp, text, is_epithet):
    doc = nlp(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert age_epithet(subject) is is_epithet
