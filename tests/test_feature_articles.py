"""Whole invented articles in styles the PolNeAR articles lack: a court report ("the judge wrote",
"testified", "told the court"), a magazine interview in name-prefixed turns, a feature with photo
captions and a pull quote. Each record that matters is asserted: span, speaker, cue."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES

PUBLISHED = "2024-04-16"


def records_of(extract, name: str) -> list[tuple[str, str | None, str | None]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [(r["quote"], r["speaker"], r["cue"]) for r in extract(text, PUBLISHED)]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("court-report.txt", [
            ("The accused was not a naive participant", "Amelia Forsyth", "wrote"),
            ("Pelletier instructed her to reopen the bidding after the deadline had passed",
             "a former procurement officer", "testified"),
            ("He said the lowest bid had come in by mistake and we needed to fix it", "Linda Carvalho", "told"),
            ("he had acted on legal advice and did not know of the family connection until after the contract "
             "was signed", "Gordon Pelletier", "testified"),
            ('his evidence was "inconsistent, evasive and, at times, simply implausible."', "Amelia Forsyth", "wrote"),
            ("We will be reviewing the decision carefully.", "Marcus Fenn", None),
        ]),
        ("interview-turns.txt", [
            ("Are you optimistic?", "Review", ":"),
            ("Stubbornly. I see young people in my lab who refuse to give up, and that keeps me going",
             "Nadia Brennan", ":"),
            ("I'd say, stop announcing targets and start announcing results. We have enough targets",
             "Nadia Brennan", ":"),
        ]),
        ("flood-feature.txt", [
            ("The first night back, I just walked around touching the walls", "Janet Whitehorse", "said"),
            ("Some days it feels like we're forgotten.", "Doug Abernethy", None),
            ("Some days it feels like we're forgotten", "Doug Abernethy", "said"),
            ("We cannot rebuild homes behind the same defences that failed", "Linda Braun", "said"),
        ]),
    ],
)
def test_the_records_of_an_article_in_a_feature_style(extract, name, expected):
    found = records_of(extract, name)
    for record in expected:
        assert record in found, (record, found)


@pytest.mark.parametrize(
    "name, absent",
    [
        ("court-report.txt", "Sandra Yip"),  # declined to comment: no words of hers
        ("flood-feature.txt", "Darryl Dyke"),  # a photographer credited in a caption says nothing
    ],
)
def test_nobody_speaks_who_said_nothing(extract, name, absent):
    assert all(speaker != absent for _, speaker, _ in records_of(extract, name))


def test_an_interview_label_is_never_a_quote(extract):
    assert all(quote != "Brennan" for quote, _, _ in records_of(extract, "interview-turns.txt"))
