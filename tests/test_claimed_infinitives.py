"""An assertion or a proposal made with a to-infinitive ("claims to represent …", "proposed to cut …")
reports the infinitive as what was said, like a promise ("vowed to …")."""

import pytest


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("The union claims to represent every nurse in the province.",
         "to represent every nurse in the province", "claims"),
        ("Several councillors claimed to have seen the report before the vote.",
         "to have seen the report before the vote", "claimed"),
        ("The minister proposed to cut the fuel levy by half.", "to cut the fuel levy by half", "proposed"),
        ("The mayor is proposing to close two libraries next year.",
         "to close two libraries next year", "proposing"),
    ],
)
def test_the_infinitive_of_a_claim_or_proposal_is_what_was_said(extract, text, content, cue):
    records = extract(text)
    assert [(r["quote"], r["cue"], r["rule"]) for r in records] == [(content, cue, "reported.infinitive")]


@pytest.mark.parametrize(
    "text",
    [
        # the purpose of taking something is no claim
        "The city claimed the vacant lot to build a new school.",
        # a claim reported as never made
        "The coach never claimed to be an expert.",
        # no infinitive: winning a title, not saying anything
        "The club claimed victory on Sunday.",
    ],
)
def test_a_claim_without_an_infinitive_of_what_was_said_gives_no_record(extract, text):
    assert extract(text) == []
