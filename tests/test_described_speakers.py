"""Who speaks when a name only describes the speaker: a name inside the speaker's appositive ("Roe, a
top Doe surrogate, said") or a document the subject speaks in ("In a statement, the union said").
Fixtures written for these tests."""

from __future__ import annotations

import pytest
from speaking import the_record

from quotes.rules.direct import _nearest_name

LEAD = "The council met on Monday.\n\n"


def speaker(records: list[dict], quote: str) -> str | None:
    return the_record(records, quote, prefix=True)["speaker"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Roe, a top Doe surrogate, said on Thursday that the plan works.", "Roe"),
        ("Roe, the Doe campaign's pollster, said on Thursday that the plan works.", "Roe"),
        # negative: a name standing next to the cue on its own is taken as it is
        ("On the show, Roe said on Thursday that the plan works.", "Roe"),
    ],
)
def test_a_name_inside_the_speakers_appositive_is_not_the_nearest_name(nlp, sentence, expected):
    """When the parse gives the cue no usable subject, the nearest name stands in; a name that only
    modifies the noun of the speaker's appositive points to the person the appositive describes."""
    doc = nlp(sentence)
    cue = next(t for t in doc if t.lower_ == "said")
    window = list(reversed(doc[: cue.i]))
    assert _nearest_name(window, cue).text == expected


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ("In a statement announcing the pick, the nurses' union called the senator a “champion” of care.",
         "the pick", "the nurses' union"),
        # negative: a document with its own issuer keeps it
        ("A statement released by Acme Steel said the strike would end on Friday.", "the strike would end",
         "Acme Steel"),
    ],
)
def test_a_document_the_subject_speaks_in_is_the_subjects(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote) == expected
