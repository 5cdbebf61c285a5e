"""Transcripts: a turn's label names its speaker, also when the transcript is quoted turn by turn
(each paragraph opening with a quote mark, the news convention of a long quote), and a report inside
a turn does not take over the turn's continuation."""

from __future__ import annotations

import pytest

INTRO = "The senator sat down with the network on Sunday for a long interview about the budget.\n\n"


@pytest.mark.parametrize(
    "turn, speaker, quote",
    [
        ('"ANCHOR: Good morning, Senator, and welcome back to the program.', "ANCHOR", "Good morning, Senator, and welcome back to the program"),
        ('"SENATOR ROE: Glad to be here, and the budget is a disgrace.', "ROE", "Glad to be here, and the budget is a disgrace"),
        ('“ANCHOR: Will the bridge be finished on time?”', "ANCHOR", "Will the bridge be finished on time?"),
    ],
)
def test_a_label_after_a_turns_opening_mark_names_its_speaker(extract, turn, speaker, quote):
    records = extract(INTRO + turn)
    assert [(r["speaker"], r["quote"], r["rule"], r["cue"]) for r in records] == [(speaker, quote, "reported.label", ":")]


@pytest.mark.parametrize(
    "text, rule",
    [
        ('"Look: this plan will not pass the council," Roe said.', "direct.cue_after"),  # the quote's own cue
        ('"Listen: we are not done with this budget yet."', "direct.no_cue"),  # a lone word, no name
    ],
)
def test_a_quoted_paragraph_opening_with_no_label_is_a_direct_quote(extract, text, rule):
    assert [r["rule"] for r in extract(INTRO + text)] == [rule]


TRANSCRIPT = (
    INTRO
    + "{m}ANCHOR: Senator, is the new toll fair?\n\n"
    + "{m}SENATOR ROE: No. My opponent told voters the toll would pay for the bridge, and that is not true.\n\n"
    + "“The toll will hurt working families in every county of my state.”"
)


@pytest.mark.parametrize("mark", ["", '"'])
def test_a_report_inside_a_turn_does_not_take_over_its_continuation(extract, mark):
    records = extract(TRANSCRIPT.format(m=mark))
    assert records[-1]["quote"].startswith("The toll will hurt")
    assert records[-1]["speaker"] == "ROE"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # Negatives: a report that no turn holds is the one the quote goes on with
        ("ANCHOR: Is the toll fair?\n\nLee said on Monday the toll was fair.\n\n“It pays for the bridge, and that is that.”", "Lee"),
        ("Roe said the toll was unfair. Lee said it was fair.\n\n“It pays for the bridge, and that is that.”", "Lee"),
    ],
)
def test_an_uncued_quote_goes_on_with_a_report_no_turn_holds(extract, text, speaker):
    assert extract(INTRO + text)[-1]["speaker"] == speaker


@pytest.mark.parametrize(
    "sign_off, records",
    [
        ('"Follow Jane Roe on Twitter @janeroe."', 1),  # a writer's sign-off closing the quoted transcript
        ('"Follow the money, and you will find the truth."', 2),  # Negative: a turn's words go on
    ],
)
def test_a_sign_off_closing_a_quoted_transcript_is_no_ones_words(extract, sign_off, records):
    text = INTRO + '"SENATOR ROE: Nobody knows that, and anyone who says otherwise is guessing.\n\n' + sign_off
    found = extract(text)
    assert len(found) == records and found[0]["speaker"] == "ROE"
    assert all(r["speaker"] == "ROE" for r in found)
