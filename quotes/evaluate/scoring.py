"""Scoring quotes: slices of gold and predictions, precision/recall/F1 per match level, per-rule counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quotes.evaluate.cues import is_speech_cue
from quotes.evaluate.gold import GoldDoc, GoldQuote
from quotes.evaluate.matching import MATCH_LEVELS, pair_spans, trim_span
from quotes.evaluate.speakers import speaker_matches


@dataclass(frozen=True)
class Slice:
    name: str
    gold: Callable[[GoldQuote], bool]
    prediction: Callable[[Mapping[str, Any]], bool]


#: Speech predictions: those whose cue is a speech cue, plus cue-less ones (a continued or bare direct
#: quote is speech too). Predictions with a belief/perception cue leave the slice rather than count wrong.
SLICES: tuple[Slice, ...] = (
    Slice("direct", lambda g: g.type == "direct", lambda p: p.get("type") == "direct"),
    Slice("mixed", lambda g: g.type == "mixed", lambda p: p.get("type") == "mixed"),
    Slice("speech", lambda g: g.is_speech, lambda p: not p.get("cue") or is_speech_cue(p.get("cue"))),
    Slice("all", lambda g: True, lambda p: True),
)


@dataclass(frozen=True)
class LevelCounts:
    matched_gold: int = 0
    matched_pred: int = 0
    speaker_right: int = 0
    speaker_pairs: int = 0


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class SliceScore:
    name: str
    n_gold: int
    n_pred: int
    levels: tuple[tuple[str, LevelCounts], ...]

    def counts(self, level: str) -> LevelCounts:
        return dict(self.levels)[level]

    def precision(self, level: str) -> float | None:
        return ratio(self.counts(level).matched_pred, self.n_pred)

    def recall(self, level: str) -> float | None:
        return ratio(self.counts(level).matched_gold, self.n_gold)

    def f1(self, level: str) -> float | None:
        p, r = self.precision(level) or 0.0, self.recall(level) or 0.0
        if not self.n_gold and not self.n_pred:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def speaker_accuracy(self, level: str) -> float | None:
        counts = self.counts(level)
        return ratio(counts.speaker_right, counts.speaker_pairs)


@dataclass(frozen=True)
class RuleScore:
    """How often predictions of one extractor rule were right: for tuning."""

    rule: str
    n_pred: int
    matched: tuple[tuple[str, int], ...]

    def matched_rate(self, level: str) -> float | None:
        return ratio(dict(self.matched)[level], self.n_pred)


@dataclass(frozen=True)
class Report:
    n_docs: int
    slices: tuple[SliceScore, ...]
    rules: tuple[RuleScore, ...]
    #: Predictions for documents that are not in the gold file (or not in the chosen split).
    ignored_predictions: int
    ignored_documents: int
    #: Predictions whose ``quote`` is not the gold text at their offsets: a sign of offset bugs.
    offset_mismatches: int

    def slice(self, name: str) -> SliceScore:
        return next(s for s in self.slices if s.name == name)

    def to_dict(self) -> dict[str, Any]:
        def level_dict(s: SliceScore, level: str) -> dict[str, Any]:
            c = s.counts(level)
            return {
                "precision": s.precision(level),
                "recall": s.recall(level),
                "f1": s.f1(level),
                "speaker_accuracy": s.speaker_accuracy(level),
                "matched_gold": c.matched_gold,
                "matched_pred": c.matched_pred,
                "speaker_right": c.speaker_right,
                "speaker_pairs": c.speaker_pairs,
            }

        return {
            "documents": self.n_docs,
            "ignored_predictions": self.ignored_predictions,
            "ignored_documents": self.ignored_documents,
            "offset_mismatches": self.offset_mismatches,
            "slices": {
                s.name: {
                    "n_gold": s.n_gold,
                    "n_pred": s.n_pred,
                    **{lv.name: level_dict(s, lv.name) for lv in MATCH_LEVELS},
                }
                for s in self.slices
            },
            "rules": {r.rule: {"n_pred": r.n_pred, **{name: count for name, count in r.matched}} for r in self.rules},
        }


def score(gold_docs: Mapping[str, GoldDoc], predictions: Mapping[str, Sequence[Mapping[str, Any]]]) -> Report:
    """Score predictions (grouped by doc id) against gold documents; see the module doc for the rules."""
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    counts: dict[tuple[str, str], Counter[str]] = {(s.name, lv.name): Counter() for s in SLICES for lv in MATCH_LEVELS}
    rule_total: Counter[str] = Counter()
    rule_matched: dict[str, Counter[str]] = {lv.name: Counter() for lv in MATCH_LEVELS}
    mismatches = 0

    for doc_id, doc in gold_docs.items():
        preds = list(predictions.get(doc_id, ()))
        pred_spans = [trim_span(doc.text, int(p["quote_start"]), int(p["quote_end"])) for p in preds]
        gold_spans = [(g.start, g.end) for g in doc.quotes]
        mismatches += sum(
            1 for p in preds if "quote" in p and doc.text[int(p["quote_start"]) : int(p["quote_end"])] != p["quote"]
        )
        for s in SLICES:
            n_gold[s.name] += sum(1 for g in doc.quotes if s.gold(g))
            n_pred[s.name] += sum(1 for p in preds if s.prediction(p))
        for p in preds:
            rule_total[str(p.get("rule") or "")] += 1
        for level in MATCH_LEVELS:
            pairs = pair_spans(gold_spans, pred_spans, level)
            for pi, gi in pairs.items():
                rule_matched[level.name][str(preds[pi].get("rule") or "")] += 1
                gold, pred = doc.quotes[gi], preds[pi]
                right = speaker_matches(gold, pred) if gold.speaker else None
                for s in SLICES:
                    c = counts[(s.name, level.name)]
                    if s.prediction(pred):
                        c["matched_pred"] += 1
                    if s.gold(gold):
                        c["matched_gold"] += 1
                        if right is not None:
                            c["speaker_pairs"] += 1
                            c["speaker_right"] += int(right)

    ignored = {doc_id: len(preds) for doc_id, preds in predictions.items() if doc_id not in gold_docs}
    slices = tuple(
        SliceScore(
            s.name,
            n_gold[s.name],
            n_pred[s.name],
            tuple((lv.name, LevelCounts(**counts[(s.name, lv.name)])) for lv in MATCH_LEVELS),
        )
        for s in SLICES
    )
    rules = tuple(
        RuleScore(rule, total, tuple((lv.name, rule_matched[lv.name][rule]) for lv in MATCH_LEVELS))
        for rule, total in sorted(rule_total.items(), key=lambda item: (-item[1], item[0]))
        if rule
    )
    return Report(len(gold_docs), slices, rules, sum(ignored.values()), len(ignored), mismatches)
