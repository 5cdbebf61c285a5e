"""A noun of saying names its speaker with "from" as well as with a possessive ("an admission from the
senator that …", "warnings from her lawyer that …"), and plural nouns of saying report like singular
ones ("the budget office's warnings that …")."""

import pytest
from dating import PUBLISHED, holding


@pytest.mark.parametrize(
    ("text", "quote", "mention", "cue"),
    [
        (
            "The dam was built despite an admission from the engineer that the soil was unstable.",
            "the soil was unstable",
            "the engineer",
            "admission",
        ),
        (
            "Work began despite warnings from engineers that the soil was unstable.",
            "the soil was unstable",
            "engineers",
            "warnings",
        ),
        (
            "The council ignored the budget office's warnings that the levy would fail.",
            "the levy would fail",
            "the budget office",
            "warnings",
        ),
        (
            "Voters doubted the governor's promises that taxes would fall.",
            "taxes would fall",
            "the governor",
            "promises",
        ),
    ],
)
def test_noun_of_saying_with_its_speaker(extract, text, quote, mention, cue):
    records = extract(text)
    assert [(r["quote"], r["speaker_mention"], r["cue"], r["rule"]) for r in records] == [
        (quote, mention, cue, "reported.noun_clause")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # No speaker: neither a possessive nor "from".
        "Work began despite warnings that the soil was unstable.",
        # "from" names a time, not a speaker.
        "Work began despite warnings from 2015 that the soil was unstable.",
        # A "that" clause on a noun that is no noun of saying.
        "Work began despite letters from engineers that nobody read.",
    ],
)
def test_no_noun_report_without_a_speaker(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Work went ahead despite the inspector's repeated warnings that the dam could fail.", "the dam could fail"),
        ("Work began in spite of an earlier admission from the engineer that the soil was unstable.", "the soil was"),
    ],
)
def test_earlier_words_from_a_speaker_have_no_date(dated, sentence, part):
    text = "The council voted on the harbor levy on Monday.\n\n" + sentence
    assert holding(dated(text), part) == (None, None)


def test_words_from_a_speaker_with_no_time_keep_the_publication_day(dated):
    text = "Work began despite warnings from engineers that the soil was unstable."
    assert holding(dated(text), "the soil was unstable") == (PUBLISHED, "document")
