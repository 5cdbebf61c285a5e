"""How long ``quotes report`` takes on a large corpus of records, and ``quotes show --records`` on many articles.

    python benchmarks/report_speed.py [--records 100000] [--rounds 3] [--keep DIR]

The records are synthetic (no research data needed): made deterministically with a fixed seed, shaped like
``quotes extract`` output — 1,500 speakers quoted with a Zipf-like skew, 8 records per document, dates over
two years (10 % month-only, 5 % none), 30 % with a title. Each round runs ``python -m quotes report`` in a
fresh process, timed whole (start-up, reading the JSON Lines, counting, the matplotlib chart, writing the
page), plus the in-process phases of one run.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

SPEAKERS, RECORDS_PER_DOCUMENT, DAYS = 1500, 8, 730
TITLES = ("Sen.", "Rep.", "Gov.", "Mayor", "President", "Secretary of State", "spokeswoman")


def synthetic_records(count: int, *, seed: int = 12) -> list[dict]:
    rng = random.Random(seed)
    names = [f"Speaker {n:04d} Example" for n in range(SPEAKERS)]
    weights = [1 / (rank + 1) for rank in range(SPEAKERS)]
    start = date(2023, 1, 1)
    records = []
    for index in range(count):
        doc = index // RECORDS_PER_DOCUMENT
        day = start + timedelta(days=(doc * 37) % DAYS)
        roll = rng.random()
        when = None if roll < 0.05 else day.isoformat()[:7] if roll < 0.15 else day.isoformat()
        speaker = None if rng.random() < 0.04 else rng.choices(names, weights)[0]
        records.append(
            {
                "doc_id": f"news/{doc:06d}.txt",
                "quote": "x" * 40,
                "quote_start": 100,
                "quote_end": 140,
                "type": rng.choice(("direct", "mixed", "indirect")),
                "speaker": speaker,
                "speaker_mention": speaker,
                "speaker_start": 150,
                "speaker_end": 160,
                "cue": "said",
                "cue_start": 161,
                "cue_end": 165,
                "date": when,
                "date_text": None,
                "date_basis": "document",
                "confidence": 0.8,
                "rule": "reported.cue_after",
                "speaker_title": rng.choice(TITLES) if rng.random() < 0.3 else None,
                "speaker_description": None,
                "document_date": day.isoformat(),
                "document_date_source": "input",
            }
        )
    return records


def phases(path: Path) -> dict[str, float]:
    """One in-process run split into its phases (after imports)."""
    from quotes.views.corpus import summarise
    from quotes.views.records_io import read_records
    from quotes.views.report import report_page
    from quotes.views.timeline import timeline_svg

    started = time.perf_counter()
    summary = summarise(r for r in read_records([str(path)]) if isinstance(r, dict))
    counted = time.perf_counter()
    svg = timeline_svg(summary, summary.top_speakers(8))
    charted = time.perf_counter()
    page = report_page(summary, sources=[str(path)], top=25, chart_svg=svg)
    done = time.perf_counter()
    return {
        "read + count": counted - started,
        "chart": charted - counted,
        "page": done - charted,
        "page MB": len(page.encode()) / 1e6,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write records.jsonl and report.html here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="quotes-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    records_path, page_path = folder / "records.jsonl", folder / "report.html"
    with records_path.open("w", encoding="utf-8") as handle:
        for record in synthetic_records(args.records):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    size = records_path.stat().st_size / 1e6
    times = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "quotes", "report", str(records_path), "-o", str(page_path), "-q"],
            cwd=REPO_ROOT,
            check=True,
        )
        times.append(time.perf_counter() - started)
    inside = phases(records_path)
    print(
        f"| records | input MB | `quotes report` whole run, median s (min–max, {args.rounds} runs) | "
        "read + count s | chart s | page s | page MB |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {args.records:,} | {size:.1f} | {statistics.median(times):.2f} ({min(times):.2f}–{max(times):.2f}) | "
        f"{inside['read + count']:.2f} | {inside['chart']:.2f} | {inside['page']:.3f} | {inside['page MB']:.2f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
