"""Throughput on one set of texts: the spaCy parse floor, textacy, our extractor with 1 and N jobs, and the
quotes spaCy component on the full parse.

    python benchmarks/throughput.py [--limit N] [--jobs N] [--rounds N] [--batch-sizes 1,8,16] [--model NAME]
                                    [--cluster] [--cli-only] [--only ours,component,...]

Texts: PolNeAR train (``../shared/eval/polnear-train.jsonl`` from the repo root) when present, else the
``tests/fixtures`` and ``examples`` ``.txt`` files repeated up to ``--limit``. Every measurement runs in a fresh
subprocess of this script (``--worker``), so its peak RSS is its own and no run warms the next one's
caches. In-process timings start after the model is loaded; the CLI rows (``python -m quotes extract``)
are timed whole, start-up included, so the jobs speed-up compares CLI with CLI.

Timings on a shared machine drift by ±15 % from one run to the next, so the whole set of measurements is
repeated ``--rounds`` times (interleaved: round 1 runs every measurement once, then round 2 …) and the
table shows each measurement's median and its min–max; the ratios are those of the medians, with the
range of the per-round ratios beside them.

The parse floor and textacy run spaCy as it ships (blis for matrix products); quotes runs them on
numpy's BLAS (``quotes.model.use_numpy_blas``). The extra rows run floor and textacy on numpy's BLAS
too, and ours on blis, so the table also shows what skipping the parse alone buys (``--no-blas-rows``
leaves them out).

Targets (from the issue): ours-1-job time / parse-floor time ≤ 0.6; ours docs/s / textacy docs/s ≥ 2;
jobs-N / jobs-1 speed-up ≥ 1.8 on 2 cores; with ``--cluster``, ``--cluster local:N`` within 1.25× of
``--jobs N``. ``--cluster`` also measures the per-partition overhead of a cluster run and prints the
partition size that keeps it under 2 % and the speed-up to expect at 16, 64 and 256 workers.
``--cli-only`` runs only the CLI rows (and the cluster rows): the quick way to compare parallel runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
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
CLUSTER_RATIO_TARGET = 1.25
OVERHEAD_SHARE = 0.02
#: quotes.partitions.MIN/MAX_PARTITION_BYTES, repeated so the orchestrating process need not import quotes
MIN_PARTITION_BYTES, MAX_PARTITION_BYTES = 16 * 1024, 4 * 1024 * 1024


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


def load(model: str | None, blas: str):
    """The pipeline with numpy's BLAS, as quotes runs it, or with blis, as spaCy ships it."""
    from quotes.model import load_model, load_pipeline

    return load_model(model) if blas == "numpy" else load_pipeline(model)


def worker_floor(docs, model, blas: str) -> dict[str, Any]:
    nlp = load(model, blas)
    started = time.perf_counter()
    for _ in nlp.pipe(d["text"] for d in docs):
        pass
    return {"seconds": time.perf_counter() - started, "crashed": 0}


def worker_textacy(docs, model, blas: str) -> dict[str, Any]:
    from textacy.extract.triples import direct_quotations

    nlp = load(model, blas)
    crashed = found = 0
    started = time.perf_counter()
    for parsed in nlp.pipe(d["text"] for d in docs):
        try:
            found += sum(1 for _ in direct_quotations(parsed))
        except Exception:  # textacy gives up on an odd number of quote marks (ValueError)
            crashed += 1
    return {"seconds": time.perf_counter() - started, "crashed": crashed, "records": found}


def worker_ours(docs, model, blas: str, batch_size: int) -> dict[str, Any]:
    from quotes.extractor import Extractor
    from quotes.records import Document

    extractor = Extractor(load(model, blas))
    documents = [Document(doc_id=d["id"], text=d["text"], date=d.get("date")) for d in docs]
    crashed = found = 0
    started = time.perf_counter()
    for at in range(0, len(documents), batch_size):
        for outcome in extractor.extract_many(documents[at : at + batch_size]):
            if isinstance(outcome, Exception):
                crashed += 1
            else:
                found += len(outcome)
    return {"seconds": time.perf_counter() - started, "crashed": crashed, "records": found}


def worker_component(docs, model, blas: str, batch_size: int) -> dict[str, Any]:
    """The ``quotes`` spaCy component in the full pipeline: what ``nlp.add_pipe("quotes")`` users pay."""
    import quotes.component  # noqa: F401 - registers the factory even where the entry point is not installed

    nlp = load(model, blas)
    nlp.add_pipe("quotes")
    found = 0
    started = time.perf_counter()
    for parsed in nlp.pipe((d["text"] for d in docs), batch_size=batch_size):
        found += len(parsed._.quotes)
    return {"seconds": time.perf_counter() - started, "crashed": 0, "records": found}


def adopt_orphans() -> None:
    """Become the parent of the run's processes that outlive their own parent (Linux), so their CPU counts.

    A ``--cluster local`` run forks its workers from multiprocessing's forkserver, which exits just after
    the CLI and is then nobody's child: without this its CPU, and its workers', would go uncounted."""
    if sys.platform == "linux":
        import ctypes

        ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def reap_orphans() -> None:
    """Wait for every adopted process to end, which adds its CPU to RUSAGE_CHILDREN."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def worker_cli(path: str, jobs: int, model: str | None, cluster: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        parallel = ["--cluster", f"local:{jobs}"] if cluster else ["--jobs", str(jobs)]
        command = [sys.executable, "-m", "quotes", "extract", path, "-o", str(out), "--quiet", *parallel]
        if model:
            command += ["--model", model]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
        adopt_orphans()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        reap_orphans()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # every process of the run, once reaped
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        records = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    result = {"seconds": seconds, "cpu_seconds": cpu, "exit": done.returncode, "records": records,
              "crashed": sum(1 for line in done.stderr.splitlines() if line.startswith("quotes: "))}
    if done.returncode not in (0, 1):
        result["error"] = (done.stderr.strip().splitlines() or ["no message"])[-1]
    return result


class NoopExtractor:
    """Finds nothing, at once: what is left of a cluster run is reading, scheduling and bookkeeping."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def extract_many(self, documents, *, default_date=None):
        return [[] for _ in documents]


def worker_overhead(path: str, jobs: int) -> dict[str, Any]:
    """Per-partition overhead of a cluster run: the same documents as one partition and as one partition
    each, on one LocalCluster of ``jobs`` workers, with an extractor that does nothing; best of three."""
    import logging

    from distributed import LocalCluster

    from quotes.partitions import plan_partitions
    from quotes.runner import ExtractSettings, run_extract

    one_partition = os.path.getsize(path) + 1
    partitions = len(list(plan_partitions([path], partition_bytes=1)))
    with tempfile.TemporaryDirectory() as tmp, LocalCluster(
        n_workers=jobs, threads_per_worker=1, dashboard_address=":0", worker_dashboard_address=None,
        silence_logs=logging.CRITICAL,
    ) as cluster:
        def timed(partition_bytes: int) -> float:
            settings = ExtractSettings(paths=(path,), out=f"{tmp}/out.jsonl", quiet=True,
                                       cluster=cluster.scheduler_address, partition_bytes=partition_bytes)
            started = time.perf_counter()
            run_extract(settings, extractor_factory=NoopExtractor)
            return time.perf_counter() - started

        timed(one_partition)  # workers import quotes and build their extractor once
        one = min(timed(one_partition) for _ in range(3))
        many = min(timed(1) for _ in range(3))
    return {"seconds": (many - one) / (partitions - 1), "partitions": partitions}


def run_worker(kind: str, path: str, jobs: int, model: str | None, blas: str, batch_size: int) -> dict[str, Any]:
    if kind == "overhead":
        return {**worker_overhead(path, jobs), "peak_rss_mb": _peak_rss_mb(resource.RUSAGE_SELF)}
    if kind in ("cli", "cluster"):
        result = worker_cli(path, jobs, model, cluster=kind == "cluster")
        result["peak_rss_mb"] = _peak_rss_mb(resource.RUSAGE_CHILDREN)
        return result
    docs = _load_texts(path)
    if kind == "ours":
        result = worker_ours(docs, model, blas, batch_size)
    elif kind == "component":
        result = worker_component(docs, model, blas, batch_size)
    else:
        result = {"floor": worker_floor, "textacy": worker_textacy}[kind](docs, model, blas)
    result["peak_rss_mb"] = _peak_rss_mb(resource.RUSAGE_SELF)
    return result


# --------------------------------------------------------------------------- orchestration


@dataclass(frozen=True)
class Spec:
    """One row of the table: which worker, with which settings."""

    name: str
    kind: str
    jobs: int = 1
    batch_size: int = 0  # 0: the CLI / extractor default
    blas: str = "numpy"  # "blis": spaCy as shipped
    startup: bool = False  # run on the first document alone: the CLI's start-up and shut-down cost


@dataclass(frozen=True)
class Run:
    """One measurement of one spec in one round."""

    seconds: float | None
    peak_rss_mb: float | None = None
    crashed: int = 0
    note: str = ""
    cpu_seconds: float | None = None  #: CLI rows: CPU time of all the run's processes


def measure(spec: Spec, path: str, *, model: str | None) -> Run:
    if spec.startup:
        path = str(Path(path).with_name("first.jsonl"))
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", spec.kind, "--texts", path,
               "--jobs", str(spec.jobs), "--worker-batch-size", str(spec.batch_size), "--worker-blas", spec.blas]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_ROOT)
    if done.returncode != 0:
        return Run(None, note="failed: " + (done.stderr.strip().splitlines() or ["no message"])[-1])
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if "error" in result:
        return Run(None, note=f"failed: {result['error']}")
    note = f"{result['records']} records" if "records" in result else ""
    if "partitions" in result:
        note = f"per partition, {result['partitions']} partitions of one document against one partition"
    return Run(result["seconds"], result["peak_rss_mb"], result.get("crashed", 0), note, result.get("cpu_seconds"))


@dataclass(frozen=True)
class Row:
    """A spec's runs over all rounds, summarised by the median."""

    spec: Spec
    runs: tuple[Run, ...]

    @property
    def times(self) -> list[float]:
        return [r.seconds for r in self.runs if r.seconds is not None]

    @property
    def seconds(self) -> float | None:
        return statistics.median(self.times) if len(self.times) == len(self.runs) else None

    @property
    def cpu_seconds(self) -> float | None:
        found = [r.cpu_seconds for r in self.runs if r.cpu_seconds is not None]
        return statistics.median(found) if found and len(found) == len(self.runs) else None

    @property
    def peak_rss_mb(self) -> float:
        return max(r.peak_rss_mb or 0 for r in self.runs)

    @property
    def note(self) -> str:
        failed = next((r.note for r in self.runs if r.seconds is None), None)
        return failed or self.runs[0].note

    @property
    def spread(self) -> str:
        digits = 4 if self.spec.kind == "overhead" else 1
        return f"{min(self.times):.{digits}f}–{max(self.times):.{digits}f}" if self.times else "-"


def cli_supports_jobs() -> bool:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    done = subprocess.run([sys.executable, "-m", "quotes", "extract", "--help"], env=env, capture_output=True,
                          text=True, cwd=REPO_ROOT)
    return done.returncode == 0 and "--jobs" in done.stdout


#: Column headers and widths of the plain-text table; the Markdown table has the same columns.
COLUMNS = (("measurement", 26), ("median s", 8), ("min–max s", 11), ("docs/s", 7), ("words/s", 8),
           ("peak RSS MB", 11), ("crashed", 7))


def row_cells(row: Row, n_docs: int, n_words: int) -> list[str]:
    """One row's cells as text, in ``COLUMNS`` order; "–" where a value does not apply."""
    if row.seconds is None:
        return [row.spec.name] + ["–"] * (len(COLUMNS) - 1)
    if row.spec.kind == "overhead":  # seconds per partition, not per run
        return [row.spec.name, f"{row.seconds:.4f}", row.spread, "–", "–", f"{row.peak_rss_mb:.0f}", "0"]
    rates = ["–", "–"] if row.spec.startup else [f"{n_docs / row.seconds:.2f}", f"{n_words / row.seconds:,.0f}"]
    return [row.spec.name, f"{row.seconds:.1f}", row.spread, *rates, f"{row.peak_rss_mb:.0f}", str(row.runs[0].crashed)]


def format_table(rows: list[Row], n_docs: int, n_words: int) -> str:
    def line(cells: list[str], note: str) -> str:
        widths = [width for _, width in COLUMNS]
        padded = [f"{cells[0]:<{widths[0]}}"] + [f"{cell:>{width}}" for cell, width in zip(cells[1:], widths[1:])]
        return " ".join(padded) + f"  {note}"

    header = line([name for name, _ in COLUMNS], "note")
    return "\n".join([header, "-" * len(header)] + [line(row_cells(r, n_docs, n_words), r.note) for r in rows])


def format_markdown(rows: list[Row], n_docs: int, n_words: int) -> str:
    """The same rows as a Markdown table, to paste into the README."""
    lines = ["| " + " | ".join(name for name, _ in COLUMNS) + " |", "|---" + "|---:" * (len(COLUMNS) - 1) + "|"]
    for row in rows:
        cells = row_cells(row, n_docs, n_words)
        if row.seconds is None:
            cells[-1] = row.note  # why it has no figures
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def ratio_line(label: str, numerator: Row, denominator: Row, target: float, *, at_most: bool) -> str:
    """``numerator / denominator`` of the medians against the target, with the per-round range."""
    if numerator.seconds is None or not denominator.seconds:
        return f"{label}: n/a"
    value = numerator.seconds / denominator.seconds
    per_round = [a.seconds / b.seconds for a, b in zip(numerator.runs, denominator.runs) if a.seconds and b.seconds]
    ok = value <= target if at_most else value >= target
    return (f"{label}: {value:.2f} (rounds {min(per_round):.2f}–{max(per_round):.2f}; target "
            f"{'≤' if at_most else '≥'} {target}) {'OK' if ok else 'MISSED'}")


def steady_speedup_line(one: Row, one_startup: Row, many: Row, many_startup: Row, jobs: int) -> str:
    """The jobs speed-up once running: each CLI time less its start-up (the same CLI on one document),
    which a run over tens of thousands of articles pays once."""
    if None in (one.seconds, one_startup.seconds, many.seconds, many_startup.seconds):
        return f"CLI --jobs {jobs} speed-up after start-up: n/a"
    value = (one.seconds - one_startup.seconds) / (many.seconds - many_startup.seconds)
    ok = value >= SPEEDUP_TARGET
    return (f"CLI --jobs {jobs} speed-up after start-up ({one_startup.seconds:.1f} s and {many_startup.seconds:.1f} s "
            f"subtracted): {value:.2f} (target ≥ {SPEEDUP_TARGET}) {'OK' if ok else 'MISSED'}")


def cluster_lines(cluster: Row, cluster_startup: Row, many: Row, many_startup: Row, one: Row, one_startup: Row,
                  overhead: Row, *, n_bytes: int) -> list[str]:
    """Dask against --jobs N (whole runs and after start-up), the per-partition overhead, the partition size
    that keeps it under 2 %, and the speed-up to expect on bigger clusters from the measured per-core rate."""
    lines = [ratio_line(f"--cluster local:{cluster.spec.jobs} time / --jobs {many.spec.jobs} time, whole runs",
                        cluster, many, CLUSTER_RATIO_TARGET, at_most=True)]
    if None in (cluster.seconds, cluster_startup.seconds, many.seconds, many_startup.seconds, one.seconds,
                one_startup.seconds, overhead.seconds):
        return lines
    working = (cluster.seconds - cluster_startup.seconds) / (many.seconds - many_startup.seconds)
    lines.append(f"  the same after start-up ({cluster_startup.seconds:.1f} s and {many_startup.seconds:.1f} s "
                 f"subtracted): {working:.2f} (target ≤ {CLUSTER_RATIO_TARGET}) "
                 f"{'OK' if working <= CLUSTER_RATIO_TARGET else 'MISSED'}")
    cpu = [row.cpu_seconds for row in (one, many, cluster, cluster_startup, many_startup)]
    if None not in cpu:
        # CPU time barely depends on what else runs on the machine; wall time on a busy one does.
        per_round = [c.cpu_seconds / m.cpu_seconds for c, m in zip(cluster.runs, many.runs)]
        lines.append(f"CPU seconds of all processes (medians): --jobs 1 {cpu[0]:.1f}, --jobs {many.spec.jobs} "
                     f"{cpu[1]:.1f}, --cluster local:{cluster.spec.jobs} {cpu[2]:.1f} (start-up alone {cpu[4]:.1f} "
                     f"and {cpu[3]:.1f}); cluster / jobs CPU {cpu[2] / cpu[1]:.2f} "
                     f"(rounds {min(per_round):.2f}–{max(per_round):.2f})")
    per_core = n_bytes / (one.seconds - one_startup.seconds)  # input bytes per second on one core
    cost = max(overhead.seconds, 1e-6)
    smallest = cost * (1 - OVERHEAD_SHARE) / OVERHEAD_SHARE * per_core
    lines.append(f"per-partition overhead {cost * 1000:.1f} ms; one core extracts {per_core / 1024:.1f} KiB/s, so "
                 f"partitions of ≥ {smallest / 1024:.0f} KiB keep it under {OVERHEAD_SHARE:.0%} (the automatic "
                 f"size is {MIN_PARTITION_BYTES // 1024} KiB to {MAX_PARTITION_BYTES // 1024 // 1024} MiB)")
    big = MAX_PARTITION_BYTES / per_core  # the automatic size on inputs big enough for a cluster
    expected = []
    for workers in (16, 64, 256):
        # Every partition costs its overhead on top of its work; and one client and scheduler hand out
        # partitions one after another, at most one per overhead.
        fed = min(workers, big / cost)
        expected.append(f"{workers}: {fed * big / (big + cost):.1f}×")
    lines.append(f"expected steady speed-up over one core with {MAX_PARTITION_BYTES // 1024 // 1024} MiB partitions "
                 f"({big:.0f} s of work, {cost / (big + cost):.3%} overhead), start-up and the last partitions' tail "
                 "aside (workers: speed-up): " + ", ".join(expected))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="number of documents (default 200)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="workers for the N-jobs row")
    parser.add_argument("--rounds", type=int, default=3, help="repetitions of the whole set (default 3)")
    parser.add_argument("--batch-sizes", default="",
                        help="extra in-process rows, one per documents-per-batch value, e.g. 1,8,16")
    parser.add_argument("--model", default=None)
    parser.add_argument("--cluster", action="store_true",
                        help="also --cluster local:JOBS rows (needs quotes[dask]) and the per-partition overhead")
    parser.add_argument("--cli-only", action="store_true", help="only the CLI rows (with --cluster: and its rows)")
    parser.add_argument("--worker", choices=["floor", "textacy", "ours", "component", "cli", "cluster", "overhead"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--only", default="", help="measure only these kinds, e.g. ours,component,floor")
    parser.add_argument("--texts", help=argparse.SUPPRESS)
    parser.add_argument("--worker-batch-size", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--worker-blas", choices=["numpy", "blis"], default="numpy", help=argparse.SUPPRESS)
    parser.add_argument("--no-blas-rows", action="store_true",
                        help="skip the same-BLAS comparison rows (floor and textacy on numpy, ours on blis)")
    args = parser.parse_args(argv)

    if args.worker:
        if str(REPO_ROOT) not in sys.path:
            sys.path.insert(0, str(REPO_ROOT))
        batch_size = args.worker_batch_size
        if not batch_size:
            from quotes.runner import DEFAULT_BATCH_SIZE

            batch_size = DEFAULT_BATCH_SIZE
        print(json.dumps(run_worker(args.worker, args.texts, args.jobs, args.model, args.worker_blas, batch_size)))
        return 0

    docs, source = collect_texts(args.limit)
    if not docs:
        print(f"skipped: no texts (neither {TRAIN_FILE} nor .txt files under {FIXTURES})")
        return 0
    n_words = sum(len(d["text"].split()) for d in docs)
    print(f"texts: {len(docs)} documents, {n_words} words from {source}; {os.cpu_count()} cores; "
          f"{args.rounds} rounds")

    floor = Spec("parse floor (nlp.pipe)", "floor", blas="blis")
    textacy = Spec("textacy direct_quot.", "textacy", blas="blis")
    ours = Spec("ours, 1 job (in-proc)", "ours")
    component = Spec("spaCy component, full", "component")
    component_blis = Spec("component, spaCy as shipped", "component", blas="blis")
    cli_one = Spec("ours CLI --jobs 1", "cli", jobs=1)
    cli_many = Spec(f"ours CLI --jobs {args.jobs}", "cli", jobs=args.jobs)
    floor_numpy = Spec("parse floor, numpy BLAS", "floor")
    textacy_numpy = Spec("textacy, numpy BLAS", "textacy")
    ours_blis = Spec("ours in-proc, blis", "ours", blas="blis")
    start_one = Spec("CLI start-up, --jobs 1", "cli", jobs=1, startup=True)
    start_many = Spec(f"CLI start-up, --jobs {args.jobs}", "cli", jobs=args.jobs, startup=True)
    cluster_many = Spec(f"ours CLI --cluster local:{args.jobs}", "cluster", jobs=args.jobs)
    start_cluster = Spec(f"CLI start-up, local:{args.jobs}", "cluster", jobs=args.jobs, startup=True)
    overhead = Spec(f"cluster overhead, local:{args.jobs}", "overhead", jobs=args.jobs)
    specs = [] if args.cli_only else [floor, textacy, ours, component, component_blis]
    if cli_supports_jobs():
        specs += [cli_one, cli_many, start_one, start_many]
    if args.cluster:  # next to --jobs N in every round, so both see the same load on a shared machine
        specs += [cluster_many, start_cluster, overhead]
    if not args.no_blas_rows and not args.cli_only:
        specs += [floor_numpy, textacy_numpy, ours_blis]
    if not args.cli_only:
        specs += [Spec(f"ours in-proc, batch {n}", "ours", batch_size=int(n))
                  for n in filter(None, args.batch_sizes.split(","))]
    if args.only:
        kinds = set(args.only.split(","))
        specs = [spec for spec in specs if spec.kind in kinds and not spec.startup]
    runs: dict[Spec, list[Run]] = {spec: [] for spec in specs}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "texts.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            for d in docs:
                handle.write(json.dumps(d, ensure_ascii=False) + "\n")
        n_bytes = Path(path).stat().st_size
        Path(path).with_name("first.jsonl").write_text(json.dumps(docs[0], ensure_ascii=False) + "\n", encoding="utf-8")
        for round_number in range(1, args.rounds + 1):
            for spec in specs:
                run = measure(spec, path, model=args.model)
                runs[spec].append(run)
                shown = f"{run.seconds:.1f} s" if run.seconds is not None else run.note
                print(f"  round {round_number}: {spec.name}: {shown}", file=sys.stderr, flush=True)
    rows = {spec: Row(spec, tuple(found)) for spec, found in runs.items()}
    missing = Row(Spec("skipped: quotes extract has no --jobs", "cli"), (Run(None, note="skipped"),))

    print(format_table(list(rows.values()), len(docs), n_words))
    print()
    if rows.get(component) and rows.get(ours) and rows[component].seconds and rows[ours].seconds:
        print(f"spaCy component (full parse) time / ours (selective parse) time, both on numpy's BLAS: "
              f"{rows[component].seconds / rows[ours].seconds:.2f}")
    if args.only:
        print()
        print(format_markdown(list(rows.values()), len(docs), n_words))
        return 0
    if not args.cli_only:
        print(ratio_line("ours 1-job time / parse-floor time", rows[ours], rows[floor], FLOOR_RATIO_TARGET,
                         at_most=True))
        print(ratio_line("ours docs/s / textacy docs/s", rows[textacy], rows[ours], TEXTACY_RATIO_TARGET,
                         at_most=False))
    print(ratio_line(f"CLI --jobs {args.jobs} speed-up over --jobs 1", rows.get(cli_one, missing),
                     rows.get(cli_many, missing), SPEEDUP_TARGET, at_most=False))
    if cli_one in rows and cli_many in rows:
        print(steady_speedup_line(rows[cli_one], rows[start_one], rows[cli_many], rows[start_many], args.jobs))
    if args.cluster and cli_many in rows:
        for line in cluster_lines(rows[cluster_many], rows[start_cluster], rows[cli_many], rows[start_many],
                                  rows[cli_one], rows[start_one], rows[overhead], n_bytes=n_bytes):
            print(line)
    if not args.no_blas_rows and not args.cli_only:
        print("the same on one BLAS (what skipping the parse alone buys):")
        print(ratio_line("  ours / parse floor, both numpy BLAS", rows[ours], rows[floor_numpy], FLOOR_RATIO_TARGET,
                         at_most=True))
        print(ratio_line("  ours / parse floor, both blis", rows[ours_blis], rows[floor], FLOOR_RATIO_TARGET,
                         at_most=True))
        print(ratio_line("  ours docs/s / textacy docs/s, both numpy BLAS", rows[textacy_numpy], rows[ours],
                         TEXTACY_RATIO_TARGET, at_most=False))
    print("peak RSS of the CLI rows is the largest single process (parent or one worker), not their sum")
    print()
    print(format_markdown(list(rows.values()), len(docs), n_words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
