"""Cost per word of one long document: the same three-sentence news paragraph repeated N times.

    python benchmarks/long_document.py [--repeats 500,4000] [--joiner space|paragraphs] [--model NAME]

Extraction work per document must grow linearly with its length: a per-quote scan of the whole
article (every mention, every entity, every quote of the paragraph) makes a long document quadratic.
The paragraph holds a named speaker with a title, a pronoun, a role noun and an organisation, so the
speaker, coreference and date code all run on every repeat. By default the repeats are joined with a
space into one line (one huge paragraph, the harder case: paragraph-local scans become whole-document
scans); ``--joiner paragraphs`` joins them with blank lines.

Each size runs in a fresh subprocess (``--worker``), timed after the model is loaded. The ratio printed
last is (seconds per word at the largest size) / (seconds per word at the smallest); linear cost keeps it
near 1, and the target is at most 1.3.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
RATIO_TARGET = 1.3
PARAGRAPH = (
    "Harbor Authority chair Anna Berg said on Tuesday that the bridge would reopen in May. "
    "“We are confident the repairs will hold,” she told reporters at the Port Office. "
    "The chair said the Harbor Authority would vote on the budget next week."
)
JOINERS = {"space": " ", "paragraphs": "\n\n"}


def document(repeats: int, joiner: str) -> str:
    return JOINERS[joiner].join([PARAGRAPH] * repeats)


def worker(repeats: int, joiner: str, model: str | None) -> dict:
    from quotes.extractor import Extractor
    from quotes.model import load_model
    from quotes.records import Document

    nlp = load_model(model)
    text = document(repeats, joiner)
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    extractor = Extractor(nlp)
    started = time.perf_counter()
    records = extractor.extract(Document("long", text, date="2021-03-02"))
    seconds = time.perf_counter() - started
    return {"repeats": repeats, "words": len(text.split()), "seconds": seconds, "records": len(records)}


def measure(repeats: int, joiner: str, model: str | None) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(repeats), "--joiner", joiner]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"worker for {repeats} repeats failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", default="500,4000", help="comma-separated sizes, smallest first")
    parser.add_argument("--joiner", choices=sorted(JOINERS), default="paragraphs")
    parser.add_argument("--model", default=None)
    parser.add_argument("--worker", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        sys.path.insert(0, str(REPO_ROOT))
        print(json.dumps(worker(args.worker, args.joiner, args.model)))
        return
    sizes = sorted(int(n) for n in args.repeats.split(","))
    rows = [measure(n, args.joiner, args.model) for n in sizes]
    print(f"one document, the paragraph repeated and joined by {args.joiner!r}")
    print(f"{'repeats':>8} {'words':>8} {'records':>8} {'seconds':>8} {'µs/word':>8}")
    for row in rows:
        per_word = row["seconds"] / row["words"] * 1e6
        print(f"{row['repeats']:>8} {row['words']:>8} {row['records']:>8} {row['seconds']:>8.1f} {per_word:>8.1f}")
    first, last = rows[0], rows[-1]
    ratio = (last["seconds"] / last["words"]) / (first["seconds"] / first["words"])
    verdict = "✓" if ratio <= RATIO_TARGET else "✗"
    sizes = f"{last['repeats']} / {first['repeats']} repeats"
    print(f"per-word cost, {sizes}: {ratio:.2f} (target ≤ {RATIO_TARGET}) {verdict}")


if __name__ == "__main__":
    main()
