"""Span trimming and one-to-one pairing of predicted and gold spans at a coverage level."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: Characters that never count towards a span: typographic quotes are punctuation (P*) already; the
#: backtick and acute accent stand in for quote marks in scraped text.
_EXTRA_TRIM = frozenset("`´")
_LEADING_THAT = re.compile(r"that\s+")


def _trimmable(ch: str) -> bool:
    return ch.isspace() or ch in _EXTRA_TRIM or unicodedata.category(ch).startswith("P")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past quote marks, whitespace, punctuation and a leading "that".

    The complementiser "that" is lower-case only: PolNeAR includes it in indirect spans, extractors
    differ on it, and it carries no content.
    """
    start, end = max(0, start), min(len(text), end)
    while True:
        before = (start, end)
        while start < end and _trimmable(text[start]):
            start += 1
        while end > start and _trimmable(text[end - 1]):
            end -= 1
        match = _LEADING_THAT.match(text, start, end)
        if match:
            start = match.end()
        if (start, end) == before:
            return start, end


@dataclass(frozen=True)
class MatchLevel:
    """Coverage a pair needs, as a fraction of the gold span and of the predicted span."""

    name: str
    gold_cover: float
    pred_cover: float

    def accepts(self, overlap: int, gold_len: int, pred_len: int) -> bool:
        # Integer percent arithmetic so that exactly 80 % is never lost to float rounding.
        return (
            overlap > 0
            and overlap * 100 >= round(self.gold_cover * 100) * gold_len
            and overlap * 100 >= round(self.pred_cover * 100) * pred_len
        )


STRICT = MatchLevel("F@.8", 0.8, 0.8)
LOOSE = MatchLevel("F@.3", 0.3, 0.0)
MATCH_LEVELS: tuple[MatchLevel, ...] = (STRICT, LOOSE)


def pair_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]], level: MatchLevel
) -> dict[int, int]:
    """One-to-one pairs ``{pred index: gold index}``, greedy by overlap size among pairs that reach ``level``."""
    candidates: list[tuple[int, int, int]] = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0 and level.accepts(overlap, ge - gs, pe - ps):
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    pairs: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, gi, pi in candidates:
        if pi not in pairs and gi not in used_gold:
            pairs[pi] = gi
            used_gold.add(gi)
    return pairs


def paired_quotes(
    text: str, gold_spans: Sequence[tuple[int, int]], predictions: Sequence[Mapping[str, Any]], level: MatchLevel
) -> dict[int, Mapping[str, Any]]:
    """The prediction paired with each gold span of one document at ``level``: ``{gold index: record}``.

    Predicted spans are trimmed against ``text`` exactly as the quote scorer does.
    """
    pred_spans = [trim_span(text, int(p["quote_start"]), int(p["quote_end"])) for p in predictions]
    return {gi: predictions[pi] for pi, gi in pair_spans(gold_spans, pred_spans, level).items()}
