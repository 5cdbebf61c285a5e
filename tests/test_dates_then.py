"""An appositive "then" tells what somebody was at the time ("said Lee, then the mayor's aide"), not
when the words were said; "said then", "then added" still point back at the event just told.
Publication date 2021-02-16, a Tuesday."""

from __future__ import annotations

import pytest
from dating import PUBLISHED, cue_of, quote_range, when

from quotes.dates.carry import anaphoric_time


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # A role or an age at the time: no time of the saying.
        ("“It was a fair deal,” said Maria Lopes, then the port’s chief engineer.", "said", None),
        ("“My advice was to wait,” recalled Tom Reyes, then ambassador to Chile.", "recalled", None),
        ("Okafor, then 38, said the offer was “too good to refuse.”", "said", None),
        ("An aide to then-Mayor Ruiz said the plan was “never funded.”", "said", None),
        # The time the event was told: "said then", "then added".
        ("“This was made up,” Lee told reporters then.", "told", "then"),
        ("Lee then added that the levy was “a mistake.”", "added", "then"),
        ("“We won,” Lee said at the time.", "said", "at the time"),
    ],
)
def test_then_of_a_role_is_not_a_time_of_saying(nlp, sentence, cue, expected):
    doc = nlp(sentence)
    found = anaphoric_time(cue_of(doc, cue), quote_range(doc))
    assert (found[0] if found else None) == expected


def test_an_old_role_in_a_profile_does_not_date_the_interview(dated):
    text = (
        "In 2009, the city announced plans to rebuild the harbor.\n\n"
        "“It was meant to be a showcase,” said Maria Lopes, then the port’s chief engineer.\n\n"
        "“Nobody asked us what it would cost,” Lopes said."
    )
    records = dated(text)
    assert when(records, "It was meant to be") == (PUBLISHED, "document")
    assert when(records, "Nobody asked us") == (PUBLISHED, "document")


def test_then_after_a_dated_event_still_points_back(dated):
    text = (
        "In 2009, Mayor Lopes told the council that the harbor would be rebuilt.\n\n"
        "“It will be a showcase,” Lopes said then."
    )
    assert when(dated(text), "It will be a showcase") == ("2009", "stated")
