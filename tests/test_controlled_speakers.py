"""A cue in an infinitive or a participle whose own clause has no subject takes the speaker of the verb
that controls it ("Roe interjected to say", "Roe issued a statement saying"), for quotes whose record
stands without a subject (quotes.rules.common.subject_of with ``through_control``). Positive and
negative cases; the fixtures are written for these tests."""

from __future__ import annotations

import pytest
from speaking import speaker

from quotes.rules.common import subject_of


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ('The debate ran late. Jane Roe interjected to say: "Both of them have changed their minds."',
         "Both of them have changed their minds.", "Jane Roe"),
        ('The vote was close. Tom Radley issued a statement on Friday saying, "We accept the result."',
         "We accept the result.", "Tom Radley"),
        ('Tom Radley took to the radio to tell listeners, "The plant will stay open."',
         "The plant will stay open.", "Tom Radley"),
        # negative: a raising verb's subject ("It seemed fair to tell") is nobody who speaks
        ('The plant closed in May. It seemed only fair to tell the workers: "The plant will close."',
         "The plant will close.", None),
    ],
)
def test_a_controlled_cue_takes_the_controlling_subject(extract, text, quote, expected):
    assert speaker(extract(text), quote) == expected


@pytest.mark.parametrize(
    "text, cue, expected",
    [
        ("Jane Roe interjected to say the plan was dead.", "say", "Roe"),
        ("Jane Roe issued a statement saying the plan was dead.", "saying", "Roe"),
        # negative: a raising verb's subject ("It seems unfair to tell") says nothing
        ("It seems unfair to tell the workers that the plan was dead.", "tell", None),
        # negative: an object controls the infinitive
        ("Jane Roe urged Tom Radley to say the plan was dead.", "say", None),
    ],
)
def test_subject_through_control(nlp, text, cue, expected):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == cue)
    found = subject_of(verb, through_control=True)
    assert (found.text if found is not None else None) == expected
    assert subject_of(verb) is None  # without the setting, no subject is borrowed this way
