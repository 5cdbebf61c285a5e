"""A name listed inside a speaker's phrase, or broken by the entity tagger after "and", stays whole:
"a spokesperson for Immigration, Refugees and Citizenship Canada", "The Department of Fisheries and
Oceans". Fixtures written for these tests."""

from __future__ import annotations

import pytest

LEAD = "The council met on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("A spokesperson for Immigration, Refugees and Citizenship Canada said the backlog would clear by June.",
         "A spokesperson for Immigration, Refugees and Citizenship Canada"),
        ("The Department of Fisheries and Oceans said the closure would stay.", "The Department of Fisheries and Oceans"),
        ("Officials in Manitoba and Ontario said the closure would stay.", "Officials in Manitoba and Ontario"),
        # negatives: coordinated speakers stay a group of their own; a common noun after "and" stays out
        ("Putin and Suga said the talks went well.", "Putin and Suga"),
        ("A spokesperson for the mayor said the talks went well.", "A spokesperson for the mayor"),
    ],
)
def test_a_listed_name_stays_whole_in_the_speaker(extract, sentence, speaker):
    records = extract(LEAD + sentence + "\n")
    assert [r["speaker"] for r in records] == [speaker]
