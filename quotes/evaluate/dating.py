"""``quotes eval --dates``: is the utterance date of each found quote the annotated one?

The dates gold has one line per speech attribution: ``{doc_id, attribution_id, date, basis, date_text,
note}``, basis ``stated | context | document | unknown`` (see the annotation guide). Per basis: how many
attributions, how many were found, and the share of found ones whose ``date`` equals the gold date (for
``unknown`` the gold date is null, so only a null date is right). Found means paired at F@.8, the
headline; the same counts at F@.3 show dates of quotes found with loose boundaries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quotes.evaluate.attributions import attributions, groups_in_order, read_annotations
from quotes.evaluate.gold import GoldDoc
from quotes.evaluate.matching import LOOSE, STRICT
from quotes.evaluate.report import cell
from quotes.evaluate.scoring import ratio

BASES: tuple[str, ...] = ("stated", "context", "document", "unknown")


@dataclass(frozen=True)
class BasisScore:
    basis: str
    n_gold: int
    found: int  # at F@.8
    right: int
    found_loose: int  # at F@.3
    right_loose: int

    @property
    def accuracy(self) -> float | None:
        """Share of attributions found at F@.8 that are dated right."""
        return ratio(self.right, self.found)

    @property
    def accuracy_loose(self) -> float | None:
        return ratio(self.right_loose, self.found_loose)


@dataclass(frozen=True)
class DatesReport:
    bases: tuple[BasisScore, ...]  # one per basis present, then "all"

    def basis(self, name: str) -> BasisScore:
        return next(b for b in self.bases if b.basis == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            b.basis: {
                "n_gold": b.n_gold,
                STRICT.name: {"found": b.found, "right": b.right, "accuracy": b.accuracy},
                LOOSE.name: {"found": b.found_loose, "right": b.right_loose, "accuracy": b.accuracy_loose},
            }
            for b in self.bases
        }


def load_dates_gold(path: str) -> list[dict[str, Any]]:
    return read_annotations(path, ("date", "basis"))


def score_dates(
    rows: Sequence[Mapping[str, Any]],
    gold_docs: Mapping[str, GoldDoc],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
) -> DatesReport:
    """Count, per basis, the annotated attributions, the found ones and the found ones dated right."""
    counts: dict[str, Counter[str]] = {}
    for level, suffix in ((STRICT, ""), (LOOSE, "_loose")):
        for item in attributions(rows, gold_docs, predictions, level=level):
            for name in (str(item.row["basis"]), "all"):
                c = counts.setdefault(name, Counter())
                c["n_gold"] += level is STRICT
                if item.prediction is not None:
                    c["found" + suffix] += 1
                    c["right" + suffix] += int(item.prediction.get("date") == item.row["date"])
    names = groups_in_order(counts, BASES)
    fields = ("n_gold", "found", "right", "found_loose", "right_loose")
    return DatesReport(tuple(BasisScore(n, **{f: counts.get(n, Counter())[f] for f in fields}) for n in names))


def format_dates(report: DatesReport) -> str:
    """Text table: per basis, gold attributions, then found and share dated right at F@.8 and F@.3."""
    header = f"{'date basis':<10} {'n_gold':>7} {'found@.8':>8} {'acc@.8':>6} {'found@.3':>8} {'acc@.3':>6}"
    lines = [header, "-" * len(header)]
    for b in report.bases:
        lines.append(
            f"{b.basis:<10} {b.n_gold:>7} {b.found:>8} {cell(b.accuracy):>6} "
            f"{b.found_loose:>8} {cell(b.accuracy_loose):>6}"
        )
    return "\n".join(lines)
