"""Online platforms the tagger takes for people when they act ("Twitter said", an untagged "Facebook
said") are organisations, so that "she" never stands for one (quotes.speakers.reading.names_platform).
Positive and negative cases; the fixtures are written for these tests."""

from __future__ import annotations

import pytest
from speaking import the_record

from quotes.speakers.reading import names_platform

WITNESS = "Maria Lenz, a nurse from Leeds, was on the beach when the storm hit.\n\n"


def the_speaker(records: list[dict], quote: str) -> tuple[str | None, str]:
    record = the_record(records, quote)
    return record["speaker"], record["speaker_kind"]


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ('"I saw the waves," she said. Twitter said it had removed fake videos of the storm.\n\n'
         '"People were running," she said.', "People were running", ("Maria Lenz", "person")),
        ("Twitter said it had removed fake videos of the storm.", "it had removed fake videos of the storm",
         ("Twitter", "organisation")),
        ('Facebook said it would review the posts. "We take this seriously," the company said.',
         "We take this seriously", ("Facebook", "organisation")),
        # negative: a person is still a person
        ('Tom Radley said he would review the posts.', "he would review the posts", ("Tom Radley", "person")),
    ],
)
def test_a_platform_is_an_organisation(extract, text, quote, expected):
    assert the_speaker(extract(WITNESS + text), quote) == expected


@pytest.mark.parametrize(
    "text, is_platform",
    [
        ("Twitter", True),
        ("Facebook's", True),
        ("YouTube", True),
        ("Tom Radley", False),
        ("Twitter Inc. board", False),
    ],
)
def test_names_platform(nlp, text, is_platform):
    assert names_platform(nlp(text)[:]) is is_platform
