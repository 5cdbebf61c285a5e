"""``quotes eval --speakers``: does the ``speaker`` of each found quote name whom a reader would name?

The names gold has one line per speech attribution: ``{doc_id, attribution_id, speaker_name,
speaker_kind, note}``, kind ``person | organisation | group | unnamed``. Over attributions found at F@.8,
per kind and overall: the share right by the strict name rule, beside the lenient rule of the quote
scorer (mention overlap or a shared capitalised word) on the same quotes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quotes.evaluate.attributions import attributions, groups_in_order, read_annotations
from quotes.evaluate.gold import GoldDoc
from quotes.evaluate.report import cell
from quotes.evaluate.scoring import ratio
from quotes.evaluate.speakers import names_speaker, speaker_matches

KINDS: tuple[str, ...] = ("person", "organisation", "group", "unnamed")


@dataclass(frozen=True)
class KindScore:
    kind: str
    n_gold: int
    found: int
    strict_right: int
    lenient_right: int

    @property
    def strict(self) -> float | None:
        return ratio(self.strict_right, self.found)

    @property
    def lenient(self) -> float | None:
        return ratio(self.lenient_right, self.found)


@dataclass(frozen=True)
class SpeakersReport:
    kinds: tuple[KindScore, ...]  # one per kind, then "all"

    def kind(self, name: str) -> KindScore:
        return next(k for k in self.kinds if k.kind == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            k.kind: {
                "n_gold": k.n_gold,
                "found": k.found,
                "strict_right": k.strict_right,
                "lenient_right": k.lenient_right,
                "strict": k.strict,
                "lenient": k.lenient,
            }
            for k in self.kinds
        }


def load_speakers_gold(path: str) -> list[dict[str, Any]]:
    return read_annotations(path, ("speaker_name", "speaker_kind"))


def score_speakers(
    rows: Sequence[Mapping[str, Any]],
    gold_docs: Mapping[str, GoldDoc],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
) -> SpeakersReport:
    """Count, per speaker kind, the found attributions whose speaker is right by each rule."""
    counts: dict[str, Counter[str]] = {}
    for item in attributions(rows, gold_docs, predictions):
        kind = str(item.row["speaker_kind"])
        for name in (kind, "all"):
            c = counts.setdefault(name, Counter())
            c["n_gold"] += 1
            if item.prediction is None or item.gold is None:
                continue
            c["found"] += 1
            c["strict_right"] += int(names_speaker(str(item.row["speaker_name"]), kind, item.prediction.get("speaker")))
            c["lenient_right"] += int(speaker_matches(item.gold, item.prediction))
    names = groups_in_order(counts, KINDS)
    return SpeakersReport(tuple(KindScore(n, **_counts(counts.get(n, Counter()))) for n in names))


def _counts(c: Counter[str]) -> dict[str, int]:
    return {key: c[key] for key in ("n_gold", "found", "strict_right", "lenient_right")}


def format_speakers(report: SpeakersReport) -> str:
    """Text table: kind, gold attributions, found at F@.8, strict and lenient speaker accuracy."""
    header = f"{'speaker kind':<12} {'n_gold':>7} {'found':>6} {'strict':>6} {'lenient':>7}"
    lines = [header, "-" * len(header)]
    for k in report.kinds:
        lines.append(f"{k.kind:<12} {k.n_gold:>7} {k.found:>6} {cell(k.strict):>6} {cell(k.lenient):>7}")
    return "\n".join(lines)
