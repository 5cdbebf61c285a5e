"""``quotes extract --cluster``: the batch on a Dask cluster, with the same output contract as ``--jobs``.

The client plans partitions (:mod:`quotes.partitions`), submits one task per partition and consumes the
results in input order; workers read their partitions from storage, run the extractor they loaded once
(:mod:`quotes.dask`), and either send the records back (stdout, ``-o OUT``) or write their own shard
(``--output-dir``, :mod:`quotes.shards`) and send back only counts, failures and notes. Dask re-runs the
partitions of a worker that dies elsewhere; each partition's output is consumed or renamed into place
once, so every document is in the output exactly once.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import IO, Any

from quotes.output import ErrorLog, encode_records
from quotes.partitions import (
    Partition,
    auto_partition_bytes,
    count_lines,
    input_bytes,
    plan_partitions,
    read_partition,
)
from quotes.runner import DocumentResult, ExtractorFactory

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2

#: Partitions running or queued per worker: enough that no worker waits for the client.
RUNNING_PER_WORKER = 2
#: Finished partitions held for the one before them (ordered output) per worker, to bound memory.
WAITING_PER_WORKER = 16

_LOCAL = re.compile(r"local(?::(\d+))?")
_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://.+")


class ClusterError(RuntimeError):
    """The cluster cannot be started or reached, or Dask is not installed; the message is one line."""


def cluster_problem(
    *, cluster: str | None, jobs: int, out: str | None, output_dir: str | None, output_format: str = "jsonl"
) -> str | None:
    """The one-line usage error for the cluster options, or None."""
    if output_dir is not None and cluster is None:
        return "--output-dir needs --cluster (one machine writes one file: use -o OUT)"
    if output_dir is not None and output_format != "jsonl":
        return "--output-dir writes JSON Lines shards; leave out --format or use -o OUT"
    if cluster is None:
        return None
    if not (_LOCAL.fullmatch(cluster) or _ADDRESS.fullmatch(cluster)):
        return f"--cluster must be local, local:N or a scheduler address like tcp://HOST:PORT, not {cluster!r}"
    if (match := _LOCAL.fullmatch(cluster)) and match.group(1) is not None and int(match.group(1)) < 1:
        return "--cluster local:N needs N of 1 or more"
    if jobs != 1:
        return "--jobs and --cluster do not go together; size a local cluster with --cluster local:N"
    if out is not None and output_dir is not None:
        return "-o OUT and --output-dir DIR do not go together; choose one"
    return None


@dataclass(frozen=True)
class PartitionJob:
    """What every partition task needs besides its partition; small, sent with each task."""

    model: str | None
    factory: ExtractorFactory | None
    date: str | None
    batch_size: int
    read_settings: dict[str, str]
    output_dir: str | None = None
    shard_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartitionOutcome:
    """A partition's results in input order (without records when its shard holds them)."""

    index: int
    results: tuple[DocumentResult, ...]
    quotes: int


def run_partition(partition: Partition, lines_before: int, job: PartitionJob) -> PartitionOutcome:
    """Worker side: read the partition, extract, and keep the records or write them as its shard.

    ``lines_before`` is the number of lines of its JSONL file before the partition's byte range."""
    from quotes.dask import extract_documents

    documents = read_partition(partition, first_line=lines_before + 1, read_settings=job.read_settings)
    results = tuple(
        extract_documents(
            documents, factory=job.factory, model=job.model, default_date=job.date, batch_size=job.batch_size
        )
    )
    quotes = sum(len(result.records) for result in results)
    if job.output_dir is None:
        return PartitionOutcome(partition.index, results, quotes)
    from quotes.shards import write_atomically

    data = b"".join(encode_records(result.records) for result in results)
    write_atomically(os.path.join(job.output_dir, job.shard_names[partition.index]), data)
    return PartitionOutcome(partition.index, tuple(replace(result, records=()) for result in results), quotes)


def _with_line_numbers(client: Any, partitions: Any, *, ahead: int) -> Iterator[tuple[Partition, int]]:
    """Each partition with the number of lines of its JSONL file before it (0 for the rest).

    The workers count each range's lines ``ahead`` partitions early, before any extraction queued on
    them (the counts are a quick read), so a later range's number is known when it is submitted. The
    extraction tasks then depend on nothing: a dependency would tie each task to the worker holding it.
    """
    plan = iter(partitions)
    window: deque[tuple[Partition, Any]] = deque()
    lines_before = 0
    while True:
        while len(window) < ahead and (partition := next(plan, None)) is not None:
            piece = partition.pieces[0] if len(partition.pieces) == 1 else None
            count = None
            if piece is not None and piece.file_format == "jsonl" and piece.end is not None:
                count = client.submit(count_lines, piece.location, piece.start, piece.end, priority=10, pure=False)
            window.append((partition, count))
        if not window:
            return
        partition, count = window.popleft()
        if not partition.continues_jsonl:
            lines_before = 0
        yield partition, lines_before
        if count is not None:
            try:
                lines_before += count.result()
            except Exception as error:  # its workers kept dying: later line numbers would be wrong
                raise ClusterError(f"cannot count the lines of {partition.pieces[0].path}: {error}") from None


def run_on_cluster(
    settings: Any, *, report: Any, factory: ExtractorFactory | None, stdout: IO[Any], stdin: Any = None
) -> int:
    """``quotes extract --cluster``: the runner's contract (records in input order, one line per failed
    document, ``--errors``, exit codes, Ctrl-C) with the work on Dask; returns the exit code."""
    from quotes.runner import _open_outputs, _silence_stdout, _UsageError

    job = PartitionJob(settings.model, factory, settings.date, settings.batch_size, settings.fields)
    output: Any = None  # the shard folder is opened once the plan is known
    try:
        if settings.output_dir is None:
            output, error_log = _open_outputs(settings, stdout)  # as --jobs writes them: -o, --format
        else:
            error_log = ErrorLog(settings.errors)
    except _UsageError as error:
        report.line(str(error))
        return EXIT_USAGE
    except OSError as error:
        report.line(f"cannot write {settings.errors}: {error.strerror or error}")
        return EXIT_USAGE
    written = False
    try:
        with _connect(settings.cluster, factory=factory, model=settings.model) as (client, workers):
            partitions, job, output = _plan(settings, job, output, workers=workers, stdin=stdin)
            skip = output.done if settings.output_dir is not None else set()
            with report.live():
                for partition, outcome in _outcomes(client, partitions, job, workers=workers, skip=skip):
                    _take(partition, outcome, output=output, error_log=error_log, report=report)
        written = True
    except ClusterError as error:
        report.line(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _abandon(output)
        raise
    except BrokenPipeError:
        _silence_stdout(stdout)
        return 141
    except OSError as error:
        _abandon(output)
        report.line(f"cannot write output: {error.strerror or error}")
        return EXIT_FAILURES
    finally:
        error_log.close()
        if hasattr(output, "finish"):
            output.finish(complete=written)
        elif output is not None and not written:
            output.close()
    if settings.output_dir is None:
        output.close()
    report.summary()
    return EXIT_FAILURES if report.failed else EXIT_OK


def _plan(settings: Any, job: PartitionJob, output: Any, *, workers: int, stdin: Any) -> tuple[Any, PartitionJob, Any]:
    """The partitions (lazily, unless shards need the whole plan first), the job and the output."""
    from quotes.shards import earlier_partition_bytes

    partition_bytes = settings.partition_bytes
    if partition_bytes is None and settings.output_dir is not None and settings.resume:
        partition_bytes = earlier_partition_bytes(settings.output_dir)  # cut as the run being resumed did
    if partition_bytes is None:
        total = input_bytes(settings.paths, input_format=settings.input_format, skip_paths=settings.own_files)
        partition_bytes = auto_partition_bytes(total, workers)
    partitions = plan_partitions(
        settings.paths,
        input_format=settings.input_format,
        partition_bytes=partition_bytes,
        skip_paths=settings.own_files,
        stdin=stdin,
        read_settings=job.read_settings,
    )
    if settings.output_dir is None:
        return partitions, job, output
    return _shard_output(settings, partitions, job, partition_bytes)


def _shard_output(
    settings: Any, partitions: Iterator[Partition], job: PartitionJob, partition_bytes: int
) -> tuple[Any, PartitionJob, Any]:
    from quotes.shards import ShardDir, ShardDirError

    planned = list(partitions)
    if any(p.streamed for p in planned):
        raise ClusterError("--output-dir reads files and folders only; stdin and pipes go to stdout or -o OUT")
    description = {
        "inputs": list(settings.paths),
        "settings": {
            "input_format": settings.input_format,
            "date": settings.date,
            "model": settings.model,
            "partition_bytes": partition_bytes,
            **job.read_settings,
        },
    }
    try:
        shards = ShardDir(settings.output_dir, planned, description, resume=settings.resume)
    except ShardDirError as error:
        raise ClusterError(str(error)) from None
    return planned, replace(job, output_dir=shards.path, shard_names=tuple(shards.names)), shards


def _take(partition: Partition, outcome: Any, *, output: Any, error_log: ErrorLog, report: Any) -> None:
    """Write, report and count one partition's outcome (or its skip, or its failure as a whole)."""
    sharded = hasattr(output, "record")
    if outcome is None:  # its shard is complete from an earlier run
        report.skipped += output.earlier_documents(partition.index)
        return
    if isinstance(outcome, str):  # the task itself failed (e.g. its worker died too often)
        results: tuple[DocumentResult, ...] = tuple(
            DocumentResult(label, error=outcome) for label in _partition_labels(partition)
        )
        outcome = PartitionOutcome(partition.index, results, 0)
    failed = 0
    for result in outcome.results:
        if result.error is not None:
            failed += 1
            report.failure(result.doc_id, result.error)
            error_log.add(result.doc_id, result.error)
        elif not sharded:
            if output.is_done(result.doc_id):  # -o OUT --resume: finished by an earlier run
                report.skipped += 1
                continue
            output.write_document(result.doc_id, result.records)
        for note in result.notes:
            report.note(f"{result.doc_id}: {note}")
        report.done(result)
    if sharded:
        report.quotes += outcome.quotes
        output.record(partition.index, documents=len(outcome.results), quotes=outcome.quotes, failed=failed)


def _partition_labels(partition: Partition) -> list[str]:
    labels = [item.doc_id for item in partition.documents]
    for piece in partition.pieces:
        whole = piece.start == 0 and piece.end is None
        labels.append(piece.path if whole else f"{piece.path} (bytes {piece.start}-{piece.end or 'end'})")
    return labels


def _abandon(output: Any) -> None:
    if hasattr(output, "abandon"):
        output.abandon()


def _outcomes(
    client: Any, partitions: Any, job: PartitionJob, *, workers: int, skip: set[int]
) -> Iterator[tuple[Partition, PartitionOutcome | str | None]]:
    """Each partition with its outcome, in input order: None when skipped, a string when its task failed.

    Keeps every worker busy (``RUNNING_PER_WORKER`` tasks each) while holding at most
    ``WAITING_PER_WORKER`` finished partitions each for a slower one before them.
    """
    from distributed import as_completed

    plan = _with_line_numbers(client, partitions, ahead=(RUNNING_PER_WORKER + WAITING_PER_WORKER) * workers)
    pending: deque[tuple[Partition, Any]] = deque()
    unfinished: set[Any] = set()
    completions = as_completed()
    while True:
        while completions.has_ready():
            unfinished.difference_update(completions.next_batch(block=False))
        while len(unfinished) < RUNNING_PER_WORKER * workers and len(pending) < WAITING_PER_WORKER * workers:
            partition, lines_before = next(plan, (None, 0))
            if partition is None:
                break
            future = None
            if partition.index not in skip:
                future = client.submit(run_partition, partition, lines_before, job, pure=False)
                unfinished.add(future)
                completions.add(future)
            pending.append((partition, future))
        if not pending:
            return
        partition, future = pending[0]
        if future is not None and not future.done():
            unfinished.difference_update(completions.next_batch(block=True))
            continue
        pending.popleft()
        yield partition, _result_of(future)


def _result_of(future: Any) -> PartitionOutcome | str | None:
    if future is None:
        return None
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - the partition as a whole failed: each piece says why
        return f"{type(error).__name__}: {error}"


@contextmanager
def _connect(spec: str, *, factory: ExtractorFactory | None, model: str | None) -> Iterator[tuple[Any, int]]:
    """A client of a new LocalCluster (``local[:N]``) or of a running scheduler, with the model loaded
    on every worker; yields the client and the number of tasks the cluster runs at once."""
    try:
        from distributed import Client, LocalCluster

        from quotes.dask import QuotesPlugin
    except ImportError as error:
        raise ClusterError(f'--cluster needs the [dask] extra: pip install "quotes[dask]" ({error})') from None
    for name in ("distributed", "tornado"):  # shutdown chatter is not the user's business
        logging.getLogger(name).setLevel(logging.CRITICAL)
    local = _LOCAL.fullmatch(spec)
    cluster = None
    try:
        if local:
            from quotes.runner import default_extractor

            workers = int(local.group(1) or os.cpu_count() or 1)
            cluster = _local_cluster(LocalCluster, workers, model=model, fork=factory in (None, default_extractor))
            client = Client(cluster)
        else:
            client = Client(spec, timeout="20s")
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot start or reach the cluster {spec!r}: {error}") from None
    try:
        _load_models(client, QuotesPlugin(model=model, factory=factory, ignore_interrupts=bool(local)))
        yield client, max(1, sum(client.nthreads().values()))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


#: Where Dask keeps the environment variables its nanny sets for worker processes.
_WORKER_ENVIRON = "distributed.nanny.pre-spawn-environ"

#: Settings for the clusters the CLI starts. Dask's statistical profiler samples the task thread every
#: few milliseconds; for pure-Python tasks like ours each sample is a GIL hand-over, and they made
#: extraction measurably slower than in one process. The event-loop tick and the memory and system
#: monitors run several times a second in every process, which costs CPU that extraction then lacks on
#: a busy machine; once a second is plenty for a batch job. Dask starts worker processes with
#: ``MALLOC_TRIM_THRESHOLD_`` set, to hand freed memory back to the OS at once; that also stops glibc
#: from adapting its mmap threshold, so the parser's many mid-sized arrays are mapped, zeroed and unmapped
#: batch after batch, at a measurable cost in CPU per document over a ``--jobs`` process. Unset here
#: (None); the thread limits Dask sets beside it stay. README, Scaling out: the same for workers started by hand.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "1s",
    f"{_WORKER_ENVIRON}.MALLOC_TRIM_THRESHOLD_": None,
}


def _local_cluster(local_cluster: Any, workers: int, *, model: str | None = None, fork: bool = False) -> Any:
    """A LocalCluster of ``workers`` single-threaded worker processes; with ``fork``, forked from a
    forkserver that has loaded ``model`` (:mod:`quotes.forkserver`), else spawned as Dask does."""
    import dask

    from quotes.forkserver import start_with_model

    with dask.config.set(LOCAL_CLUSTER_CONFIG), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. "port 8787 is already in use": the user has no use for it
        environ = {k: str(v) for k, v in dask.config.get(_WORKER_ENVIRON).items() if v is not None}
        forked = fork and start_with_model(model, environ=environ)
        with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"} if forked else {}):
            return local_cluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                worker_dashboard_address=None,
                silence_logs=logging.CRITICAL,
            )


def _load_models(client: Any, plugin: Any) -> None:
    try:
        client.register_plugin(plugin)
    except Exception as error:
        if type(error).__name__ == "ModelNotFound":
            raise ClusterError(str(error)) from None
        raise ClusterError(f"the workers could not load the model: {type(error).__name__}: {error}") from None
