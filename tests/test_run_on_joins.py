"""A quote left open at a paragraph's end and reopened at the next paragraph's start is one record
with the quote before it; the join extends that quote in place, also when a record inside its words
(a report the quote holds) was found after it."""

from __future__ import annotations

import pytest

from quotes.discourse import discourse_pass
from quotes.records import Document
from quotes.rules import Candidate
from quotes.rules.candidates import paragraph_candidates
from quotes.rules.common import cue_span
from quotes.speakers import SpeakerResolver

ARTICLE = (
    'Jane Roe said on Monday: "My opponent told voters the toll would pay for the bridge, and that is not true.'
    '\n\n"The toll will hurt working families in every county of my state."'
)


def _placed(extractor, text: str, *, hold_report: bool):
    """The discourse pass over ``text``'s own candidates, with (``hold_report``) a report inside the
    first paragraph's open quote added by hand, as the rules find one inside a transcript's turn."""
    plan = extractor._plan(Document("run-on", text), None)  # the stages before the discourse pass
    paragraphs = extractor._parse([plan])[0]
    candidates = [paragraph_candidates(p.doc, p.quoted, p.bounds) for p in paragraphs]
    if hold_report:
        doc = paragraphs[0].doc
        told = next(t for t in doc if t.text == "told")
        start = paragraphs[0].text.index("the toll would")
        report = Candidate(
            start, paragraphs[0].text.index(","), "indirect", "reported.that_clause", cue_span(told), doc[told.i - 1]
        )
        candidates[0] = [*candidates[0], report]
    return discourse_pass(paragraphs, candidates, SpeakerResolver())


@pytest.mark.parametrize("hold_report", [True, False])
def test_a_run_on_quote_joins_in_place_and_keeps_the_report_it_holds(extractor, hold_report):
    found = _placed(extractor, ARTICLE, hold_report=hold_report)
    outer = found[0]
    assert outer.candidate.rule == "direct.cue_before"
    assert ARTICLE[outer.start : outer.end].endswith("every county of my state.")  # runs on to the next paragraph
    rules = [f.candidate.rule for f in found]
    assert rules == (["direct.cue_before", "reported.that_clause"] if hold_report else ["direct.cue_before"])
    if hold_report:
        assert ARTICLE[found[1].start : found[1].end] == "the toll would pay for the bridge"
