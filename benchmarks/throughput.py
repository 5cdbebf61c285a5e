"""Throughput on one set of texts: the spaCy parse floor, textacy, and our extractor with 1 and N jobs.

    python benchmarks/throughput.py [--limit N] [--jobs N] [--model NAME]

Texts: PolNeAR train (``../shared/eval/polnear-train.jsonl`` from the repo root) when present, else the
``tests/fixtures`` and ``examples`` ``.txt`` files repeated up to ``--limit``. Every measurement runs in a fresh
subprocess of this script (``--worker``), so its peak RSS is its own and no run warms the next one's
caches. In-process timings start after the model is loaded; the CLI rows (``python -m quotes extract``)
are timed whole, start-up included, so the jobs speed-up compares CLI with CLI.

Targets (from the issue): ours-1-job time / parse-floor time ≤ 0.6; ours docs/s / textacy docs/s ≥ 2;
jobs-N / jobs-1 speed-up ≥ 1.8 on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
TRAIN_FILE = EVAL_DIR / "polnear-train.jsonl"
FIXTURES = REPO_ROOT / "tests" / "fixtures"
EXAMPLES = REPO_ROOT / "examples"

FLOOR_RATIO_TARGET = 0.6
TEXTACY_RATIO_TARGET = 2.0
SPEEDUP_TARGET = 1.8


# --------------------------------------------------------------------------- texts


def collect_texts(limit: int) -> tuple[list[dict[str, Any]], str]:
    """Up to ``limit`` documents as ``{"id", "text", "date"}`` and a description of where they came from."""
    if TRAIN_FILE.exists():
        docs = []
        with TRAIN_FILE.open(encoding="utf-8") as handle:
            for line in handle:
                if len(docs) >= limit:
                    break
                row = json.loads(line)
                docs.append({"id": row["id"], "text": row["text"], "date": row.get("date")})
        return docs, str(TRAIN_FILE)
    files = sorted(FIXTURES.rglob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    texts = [t for t in (p.read_text(encoding="utf-8") for p in files) if t.strip()]
    if not texts:
        return [], str(FIXTURES)
    docs = [{"id": f"fixture-{i}", "text": texts[i % len(texts)], "date": None} for i in range(limit)]
    return docs, f"{FIXTURES}/**/*.txt and {EXAMPLES}/*.txt repeated"


def _load_texts(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --------------------------------------------------------------------------- workers (one per subprocess)


def _peak_rss_mb(who: int) -> float:
    # Linux reports ru_maxrss in KiB. For RUSAGE_CHILDREN it is the largest single descendant.
    return resource.getrusage(who).ru_maxrss / 1024


def worker_floor(docs, model) -> dict[str, Any]:
    from quotes.model import load_model

    nlp = load_model(model)
    started = time.perf_counter()
    for _ in nlp.pipe(d["text"] for d in docs):
        pass
    return {"seconds": time.perf_counter() - started, "crashed": 0}


def worker_textacy(docs, model) -> dict[str, Any]:
    from textacy.extract.triples import direct_quotations

    from quotes.model import load_model

    nlp = load_model(model)
    crashed = found = 0
    started = time.perf_counter()
    for parsed in nlp.pipe(d["text"] for d in docs):
        try:
            found += sum(1 for _ in direct_quotations(parsed))
        except Exception:  # textacy gives up on an odd number of quote marks (ValueError)
            crashed += 1
    return {"seconds": time.perf_counter() - started, "crashed": crashed, "records": found}


def worker_ours(docs, model) -> dict[str, Any]:
    from quotes.extract import Extractor
    from quotes.model import load_model
    from quotes.records import Document

    extractor = Extractor(load_model(model))
    crashed = found = 0
    started = time.perf_counter()
    for d in docs:
        try:
            found += len(extractor.extract(Document(doc_id=d["id"], text=d["text"], date=d.get("date"))))
        except Exception:
            crashed += 1
    return {"seconds": time.perf_counter() - started, "crashed": crashed, "records": found}


def worker_cli(path: str, jobs: int, model: str | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "quotes", "extract", path, "-o", str(out), "--quiet", "--jobs", str(jobs)]
        if model:
            command += ["--model", model]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        records = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    result = {"seconds": seconds, "exit": done.returncode, "records": records,
              "crashed": sum(1 for line in done.stderr.splitlines() if line.startswith("quotes: "))}
    if done.returncode not in (0, 1):
        result["error"] = (done.stderr.strip().splitlines() or ["no message"])[-1]
    return result


def run_worker(kind: str, path: str, jobs: int, model: str | None) -> dict[str, Any]:
    if kind == "cli":
        result = worker_cli(path, jobs, model)
        result["peak_rss_mb"] = _peak_rss_mb(resource.RUSAGE_CHILDREN)
        return result
    docs = _load_texts(path)
    result = {"floor": worker_floor, "textacy": worker_textacy, "ours": worker_ours}[kind](docs, model)
    result["peak_rss_mb"] = _peak_rss_mb(resource.RUSAGE_SELF)
    return result


# --------------------------------------------------------------------------- orchestration


@dataclass(frozen=True)
class Measurement:
    name: str
    seconds: float | None
    peak_rss_mb: float | None
    crashed: int = 0
    note: str = ""


def measure(kind: str, path: str, *, jobs: int = 1, model: str | None = None, name: str) -> Measurement:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--texts", path, "--jobs", str(jobs)]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_ROOT)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return Measurement(name, None, None, note=f"failed: {reason}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if "error" in result:
        return Measurement(name, None, None, note=f"failed: {result['error']}")
    note = f"{result['records']} records" if "records" in result else ""
    return Measurement(name, result["seconds"], result["peak_rss_mb"], result.get("crashed", 0), note)


def cli_supports_jobs() -> bool:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    done = subprocess.run([sys.executable, "-m", "quotes", "extract", "--help"], env=env, capture_output=True,
                          text=True, cwd=REPO_ROOT)
    return done.returncode == 0 and "--jobs" in done.stdout


def format_table(rows: list[Measurement], n_docs: int, n_words: int) -> str:
    header = f"{'measurement':<22} {'seconds':>8} {'docs/s':>8} {'words/s':>9} {'peak RSS MB':>11} {'crashed':>7}  note"
    lines = [header, "-" * len(header)]
    for m in rows:
        if m.seconds is None:
            lines.append(f"{m.name:<22} {'-':>8} {'-':>8} {'-':>9} {'-':>11} {'-':>7}  {m.note}")
            continue
        lines.append(
            f"{m.name:<22} {m.seconds:>8.1f} {n_docs / m.seconds:>8.2f} {n_words / m.seconds:>9.0f} "
            f"{m.peak_rss_mb:>11.0f} {m.crashed:>7}  {m.note}"
        )
    return "\n".join(lines)


def format_markdown(rows: list[Measurement], n_docs: int, n_words: int) -> str:
    """The same rows as a Markdown table, to paste into the README."""
    lines = [
        "| measurement | seconds | docs/s | words/s | peak RSS (MB) | crashed | note |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for m in rows:
        if m.seconds is None:
            lines.append(f"| {m.name} | – | – | – | – | – | {m.note} |")
            continue
        lines.append(
            f"| {m.name} | {m.seconds:.1f} | {n_docs / m.seconds:.2f} | {n_words / m.seconds:,.0f} | "
            f"{m.peak_rss_mb:.0f} | {m.crashed} | {m.note} |"
        )
    return "\n".join(lines)


def _ratio_line(label: str, value: float | None, target: float, *, at_most: bool) -> str:
    if value is None:
        return f"{label}: n/a"
    ok = value <= target if at_most else value >= target
    return f"{label}: {value:.2f} (target {'≤' if at_most else '≥'} {target}) {'OK' if ok else 'MISSED'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="number of documents (default 200)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="workers for the N-jobs row")
    parser.add_argument("--model", default=None)
    parser.add_argument("--worker", choices=["floor", "textacy", "ours", "cli"], help=argparse.SUPPRESS)
    parser.add_argument("--texts", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        if str(REPO_ROOT) not in sys.path:
            sys.path.insert(0, str(REPO_ROOT))
        print(json.dumps(run_worker(args.worker, args.texts, args.jobs, args.model)))
        return 0

    docs, source = collect_texts(args.limit)
    if not docs:
        print(f"skipped: no texts (neither {TRAIN_FILE} nor .txt files under {FIXTURES})")
        return 0
    n_words = sum(len(d["text"].split()) for d in docs)
    print(f"texts: {len(docs)} documents, {n_words} words from {source}; {os.cpu_count()} cores")

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "texts.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            for d in docs:
                handle.write(json.dumps(d, ensure_ascii=False) + "\n")
        floor = measure("floor", path, model=args.model, name="parse floor (nlp.pipe)")
        textacy = measure("textacy", path, model=args.model, name="textacy direct_quot.")
        ours = measure("ours", path, model=args.model, name="ours, 1 job (in-proc)")
        rows = [floor, textacy, ours]
        if cli_supports_jobs():
            cli_one = measure("cli", path, jobs=1, model=args.model, name="ours CLI --jobs 1")
            cli_many = measure("cli", path, jobs=args.jobs, model=args.model, name=f"ours CLI --jobs {args.jobs}")
        else:
            skipped = "skipped: quotes extract has no --jobs"
            cli_one = Measurement("ours CLI --jobs 1", None, None, note=skipped)
            cli_many = Measurement(f"ours CLI --jobs {args.jobs}", None, None, note=skipped)
        rows += [cli_one, cli_many]

    print(format_table(rows, len(docs), n_words))
    print()

    def ratio(a: float | None, b: float | None) -> float | None:
        return a / b if a is not None and b else None

    print(_ratio_line("ours 1-job time / parse-floor time", ratio(ours.seconds, floor.seconds), FLOOR_RATIO_TARGET,
                      at_most=True))
    print(_ratio_line("ours docs/s / textacy docs/s", ratio(textacy.seconds, ours.seconds), TEXTACY_RATIO_TARGET,
                      at_most=False))
    print(_ratio_line(f"CLI --jobs {args.jobs} speed-up over --jobs 1", ratio(cli_one.seconds, cli_many.seconds),
                      SPEEDUP_TARGET, at_most=False))
    print("peak RSS of the CLI rows is the largest single process (parent or one worker), not their sum")
    print()
    print(format_markdown(rows, len(docs), n_words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
