"""Words not said yet ("will demand", "is expected to tell") have no date of saying, unless the article
quotes a speech handed out in advance. Publication date 2021-02-16, a Tuesday."""

from __future__ import annotations

import pytest
from dating import cue_of, holding

from quotes.dates.prospective import is_prospective, is_speech_preview


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("Perhaps the judges will demand more details.", "demand", True),
        ("The mayor is expected to tell the council that the levy is dead.", "tell", True),
        ("The mayor plans to argue that the levy is dead.", "argue", True),
        ("She'll tell the board that the levy is dead.", "tell", True),
        # A participle cue on a verb in the future announces it now.
        ("Lee will travel to the capital next week, saying the mayor is unfit.", "saying", False),
        # The speaker's own words as quoted, a refusal now, a past prospect, a hypothetical.
        ("I'll tell you, the levy is dead.", "tell", False),
        ("The mayor won't say whether the levy is dead.", "say", False),
        ("The mayor was expected to tell the council that the levy is dead.", "tell", False),
        ("The mayor would argue that the levy is dead.", "argue", False),
        ("The mayor said the levy is dead.", "said", False),
        # The content's future, not the saying's.
        ("A party strategist said Lee will have to choose, saying, “The pressure is building.”", "saying", False),
        # "Will" in mid-sentence is a name.
        ("The columnist Jane Roe wrote that the levy is dead.", "wrote", False),
    ],
)
def test_is_prospective(nlp, sentence, cue, expected):
    assert is_prospective(cue_of(nlp(sentence), cue)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The levy is dead,” the mayor will say, according to excerpts released by her office.", True),
        ("The governor's prepared remarks call the levy “dead.”", True),
        ("“The levy is dead,” the mayor will say.", False),
    ],
)
def test_is_speech_preview(text, expected):
    assert is_speech_preview(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The hearing on the levy is next month. Perhaps the judges will demand “a full accounting.”",
        "The council meets again in March.\n\nThe mayor is expected to tell members that the levy is “dead.”",
    ],
)
def test_words_to_come_have_no_date(dated, text):
    records = dated(text)
    assert len(records) == 1
    assert next(iter(records.values())) == (None, None)


def test_a_speech_handed_out_in_advance_keeps_the_day(dated):
    text = (
        "The mayor speaks to the council tonight.\n\n"
        "“The levy is dead,” the mayor will say, according to excerpts released by her office.\n\n"
        "“We start over,” she will say."
    )
    records = dated(text)
    assert holding(records, "The levy is dead") == ("2021-02-16", "document")
    assert holding(records, "We start over") == ("2021-02-16", "document")


def test_words_already_said_keep_their_date(dated):
    text = "The mayor spoke to the council on Monday.\n\n“The levy is dead,” she said."
    assert holding(dated(text), "The levy is dead") == ("2021-02-15", "context")
