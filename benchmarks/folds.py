"""Scores per held-out fold: does a rule change help on every publisher, or only on some?

    python benchmarks/folds.py GOLD.jsonl PRED.jsonl [--by publisher|hash] [--folds 5]

Folds are the gold documents grouped by ``meta.publisher`` (PolNeAR: seven publishers) or by a hash of
the document id. Prints F1 at F@.8 for the direct, mixed and speech slices per fold, and the spread
(max − min) across folds. Rules are not trained, so "held out" means: a change made while reading
errors of some folds should move the others the same way.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO_ROOT))

from gold_split import read_gold_split  # noqa: E402

from quotes.evaluate import STRICT, load_predictions, score  # noqa: E402
from quotes.evaluate.gold import read_jsonl  # noqa: E402

SLICES = ("direct", "mixed", "speech", "all")


def fold_of(doc_id: str, meta: dict, *, by: str, folds: int) -> str:
    if by == "publisher":
        return str(meta.get("publisher") or "unknown")
    return f"hash{int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % folds}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--by", choices=("publisher", "hash"), default="publisher")
    parser.add_argument("--folds", type=int, default=5, help="number of hash folds")
    args = parser.parse_args(argv)
    gold = read_gold_split(args.gold)
    if gold is None:
        return 0
    predictions = load_predictions(str(args.predictions))
    groups: dict[str, list[str]] = {}
    for _line, row in read_jsonl(str(args.gold)):
        doc_id = str(row.get("id"))
        groups.setdefault(fold_of(doc_id, row.get("meta") or {}, by=args.by, folds=args.folds), []).append(doc_id)
    print(f"{'fold':<14} {'docs':>5} " + " ".join(f"{name:>7}" for name in SLICES) + "   (F1 at F@.8)")
    values: dict[str, list[float]] = {name: [] for name in SLICES}
    for fold in sorted(groups):
        report = score({i: gold[i] for i in groups[fold] if i in gold}, predictions)
        cells = []
        for name in SLICES:
            f1 = report.slice(name).f1(STRICT.name) or 0.0
            values[name].append(f1)
            cells.append(f"{f1:>7.3f}")
        print(f"{fold:<14} {len(groups[fold]):>5} " + " ".join(cells))
    print(f"{'spread':<14} {'':>5} " + " ".join(f"{max(v) - min(v):>7.3f}" for v in values.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
