"""Recompute each rule's confidence from PolNeAR train and print the drift from the rule table.

    python benchmarks/calibrate.py [--split-file PATH] [--predictions PRED.jsonl] [--limit N]

A rule's confidence is its precision at F@.8 (``quotes.evaluate``'s matched rate) on the split. The
script extracts the split with this tree's code (about 4 minutes for train), or scores a saved
``--predictions`` file, and prints per rule: records, the registry value, the measured value and the
drift. It never edits ``quotes/rules/registry.py``; changing a value there is a decision (records
change), made by hand. Without the gold file it prints ``skipped: …`` and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO_ROOT))

from gold_split import EVAL_DIR, read_gold_split  # noqa: E402

from quotes.evaluate import STRICT, load_predictions, score  # noqa: E402
from quotes.rules.registry import RULES  # noqa: E402

DEFAULT_GOLD = EVAL_DIR / "polnear-train.jsonl"


def extract_all(gold) -> dict[str, list[dict]]:
    from quotes.extractor import Extractor
    from quotes.model import load_model
    from quotes.records import Document

    extractor = Extractor(load_model())
    documents = [Document(doc_id=doc_id, text=doc.text, date=doc.date) for doc_id, doc in gold.items()]
    predictions: dict[str, list[dict]] = {}
    for start in range(0, len(documents), 16):
        batch = documents[start : start + 16]
        for document, records in zip(batch, extractor.extract_many(batch)):
            if isinstance(records, Exception):
                print(f"{document.doc_id}: {records}", file=sys.stderr)
                records = []
            predictions[document.doc_id] = [record.to_dict() for record in records]
    return predictions


def drift_table(report) -> tuple[str, float]:
    """The per-rule table and the largest absolute drift of a rule with records."""
    measured = {r.rule: (r.n_pred, r.matched_rate(STRICT.name)) for r in report.rules}
    lines = [f"{'rule':<24} {'family':<9} {'n_pred':>7} {'table':>6} {'train':>6} {'drift':>6}"]
    worst = 0.0
    for rule in sorted(RULES.values(), key=lambda r: -r.confidence):
        n_pred, rate = measured.pop(rule.name, (0, None))
        if rate is None:
            lines.append(f"{rule.name:<24} {rule.family:<9} {n_pred:>7} {rule.confidence:>6.2f} {'-':>6} {'-':>6}")
            continue
        drift = rate - rule.confidence
        worst = max(worst, abs(drift))
        lines.append(
            f"{rule.name:<24} {rule.family:<9} {n_pred:>7} {rule.confidence:>6.2f} {rate:>6.2f} {drift:>+6.2f}"
        )
    for name, (n_pred, _rate) in measured.items():
        lines.append(f"{name:<24} {'UNKNOWN':<9} {n_pred:>7}   (not in the rule table)")
    return "\n".join(lines), worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split-file", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: PolNeAR train)")
    parser.add_argument("--predictions", type=Path, default=None, help="score this file instead of extracting")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    gold = read_gold_split(args.split_file, limit=args.limit)
    if gold is None:
        return 0
    predictions = load_predictions(str(args.predictions)) if args.predictions else extract_all(gold)
    table, worst = drift_table(score(gold, predictions))
    print(f"gold: {args.split_file} ({len(gold)} documents); confidence = precision at {STRICT.name}")
    print(table)
    print(f"largest drift: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
