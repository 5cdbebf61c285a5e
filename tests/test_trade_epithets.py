"""Trade and creed epithets ("the retired neurosurgeon", "the shipping magnate") are second references to
a person already named: the person whose description has the word, else the last fitting subject, as
for any person role noun (quotes.speakers.vocabulary.PERSON_ROLE_NOUNS). Positive and negative cases;
the fixtures are written for these tests."""

from __future__ import annotations

import pytest
from speaking import speaker

LEAD = "The council met on Monday.\n\n"


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ('Tom Radley toured the plant on Friday. "We will build here," the shipping magnate said.',
         "We will build here", "Tom Radley"),
        ('Ella Brandt, a retired surgeon, opened the clinic. "It took years," the surgeon said.',
         "It took years", "Ella Brandt"),
        ('Peter Olsen visited the harbour town on Sunday.\n\n"Nobody listens to them," the self-styled '
         'socialist told the crowd.', "Nobody listens to them", "Peter Olsen"),
        ('Mara Fink sold her stake last year. The investor said she "had no regrets."',
         'she "had no regrets."', "Mara Fink"),
        # negative: an indefinite epithet brings in someone new
        ('Tom Radley toured the plant on Friday. "We will build here," a shipping magnate said.',
         "We will build here", "a shipping magnate"),
        # negative: a host is the other side of the interview, not the guest who spoke last
        ('Ella Brandt spoke about the clinic on the radio. "That is remarkable," the host said.',
         "That is remarkable", "the host"),
    ],
)
def test_a_trade_epithet_is_the_person_named_before(extract, text, quote, expected):
    assert speaker(extract(LEAD + text), quote) == expected
