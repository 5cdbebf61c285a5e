"""A quote with no cue of its own after another speaker was introduced belongs to the newcomer: "a
friend chimed in: “…”", "the candidate swiped at the governor in a series of posts: “…”". The quote
before it, by someone else, does not carry over. Fixtures written for these tests."""

from __future__ import annotations

import pytest

OPENING = (
    "Council passes the budget\n\n"
    "Mayor Jane Doe defended the budget on Tuesday.\n\n"
    "\"We have cut waste in every department,\" Doe said.\n\n"
)


def speaker_of(records: list[dict], quote: str) -> str | None:
    found = [r for r in records if r["quote"] == quote]
    assert len(found) == 1, [(r["quote"], r["rule"]) for r in records]
    return found[0]["speaker_mention"]


@pytest.mark.parametrize(
    "paragraph, quote, mention",
    [
        # the clause before the colon is its sentence's main verb
        ('A friend of the mayor chimed in: "She has always balanced the books."',
         "She has always balanced the books.", "A friend of the mayor"),
        ('Her neighbour across the hall piped up: "Nobody here pays less tax."',
         "Nobody here pays less tax.", "Her neighbour across the hall"),
        # the clause before the colon hangs from the quote's own verb
        ('Her rival, councillor John Roe, swiped at the mayor in a series of posts: "This budget is a fantasy."',
         "This budget is a fantasy.", "Her rival"),
        # negative: with no colon and no cue the quote continues the speaker before it
        ('"Taxes will not rise this year."', "Taxes will not rise this year.", "Doe"),
    ],
)
def test_a_colon_intro_hands_the_quote_to_its_subject(extract, paragraph, quote, mention):
    assert speaker_of(extract(OPENING + paragraph + "\n"), quote) == mention


def test_the_newcomer_keeps_the_next_uncued_quote(extract):
    text = OPENING + 'A friend of the mayor chimed in: "She has always balanced the books."\n\n"She never lost a vote."\n'
    records = extract(text)
    assert speaker_of(records, "She never lost a vote.") == "A friend of the mayor"
    assert speaker_of(records, "We have cut waste in every department") == "Doe"
