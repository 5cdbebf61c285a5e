"""Styles of outlets the rules were not developed on: British single quote marks, wire-service
datelines and sign-offs, round-ups, quotes followed by another sentence. One sentence (or one short
article) per case, written for these tests."""

from __future__ import annotations

import pytest


def only(records: list[dict], quote: str) -> dict:
    found = [r for r in records if r["quote"] == quote]
    assert len(found) == 1, [(r["quote"], r["rule"]) for r in records]
    return found[0]


LEAD = "The council met on Monday.\n\n"


@pytest.mark.parametrize(
    "text, quote, mention, cue",
    [
        # the sentence after a quote that ends with a full stop is another sentence, not its cue
        ('The mayor told reporters: "We have no plans to raise taxes." Her deputy said the budget was on track.',
         "We have no plans to raise taxes.", "The mayor", "told"),
        ("The mayor said: 'We have no plans to raise taxes.' Her deputy told the BBC she disagreed.",
         "We have no plans to raise taxes.", "The mayor", "said"),
        # negatives: a comma, an abbreviation with its comma, a lower-case word keep the cue after the quote
        ('"We have no plans to raise taxes," her deputy said.', "We have no plans to raise taxes", "her deputy", "said"),
        ('"We have no plans to leave the U.S.," her deputy said.', "We have no plans to leave the U.S.", "her deputy", "said"),
        ('"We have no plans to raise taxes." her deputy said.', "We have no plans to raise taxes.", "her deputy", "said"),
        ('"We have no plans to raise taxes." Her deputy said.', "We have no plans to raise taxes.", "Her deputy", "said"),
    ],
)
def test_a_quote_ending_its_sentence_takes_no_cue_from_the_next_sentence(extract, text, quote, mention, cue):
    record = only(extract(LEAD + text), quote)
    assert (record["speaker_mention"], record["cue"]) == (mention, cue)

