"""The batch behind ``quotes extract``: inputs → extractor (in-process or a process pool) → JSON Lines.

Plain function, no Typer, so it is testable directly. The contract: every document yields its records
or one failure line on stderr (``quotes: {doc_id}: {reason}``); stdout carries data only; the exit code
is 0 (all processed), 1 (some failed), 2 (usage: bad option, missing model, OUT not resumable),
130 (Ctrl-C) or 141 (stdout closed by the reader, as for a process killed by SIGPIPE).
"""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date as Date
from itertools import islice
from typing import IO, Any, Protocol

from quotes.dates import parse_date_value
from quotes.inputs import INPUT_FORMATS, STDIN_PATH, count_documents, iter_documents
from quotes.output import PROGRESS_SUFFIX, ErrorLog, FileSink, ResumeError, StreamSink
from quotes.records import Document, InputFailure, QuoteRecord

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141

#: Chunks in flight per worker: enough to keep workers busy while the parent writes, small enough that
#: memory stays bounded on huge inputs.
CHUNKS_IN_FLIGHT_PER_WORKER = 2

#: Documents parsed together (``--batch-size``). The model runs cheaper per token on bigger batches: on
#: 200 PolNeAR train articles 8 at a time took 9 % less time than one at a time (20 % on blis), 16 no
#: less than 8 (``benchmarks/throughput.py --batch-sizes 1,8,16``); small chunks also keep ``--jobs``
#: workers evenly loaded at the end of a run.
DEFAULT_BATCH_SIZE = 8

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ExtractorLike(Protocol):
    def extract_many(
        self, documents: Sequence[Document], *, default_date: str | None = None
    ) -> list[list[QuoteRecord] | Exception]:
        """Records per document, in order, or the exception that document raised."""
        ...


#: Builds the per-process extractor from the model name (``--model``); must be picklable for ``--jobs``.
ExtractorFactory = Callable[[str | None], ExtractorLike]


def default_extractor(model: str | None) -> ExtractorLike:
    """``Extractor(load_model(model))``; imported lazily so ``--help`` does not pay for spaCy."""
    from quotes.model import load_model

    nlp = load_model(model)  # first: a missing model is the error users can act on
    from quotes.extract import Extractor

    return Extractor(nlp)


@dataclass(frozen=True)
class DocumentResult:
    """What became of one input document: its records, or the reason it failed."""

    doc_id: str
    records: tuple[QuoteRecord, ...] = ()
    error: str | None = None
    notes: tuple[str, ...] = ()


def run_extract(
    paths: Sequence[str] = (),
    *,
    out: str | None = None,
    input_format: str = "auto",
    date: str | None = None,
    model: str | None = None,
    quiet: bool = False,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    errors: str | None = None,
    resume: bool = False,
    id_field: str = "id",
    text_field: str = "text",
    date_field: str = "date",
    stdout: IO[Any] | None = None,
    stderr: IO[str] | None = None,
    stdin: Any = None,
    extractor_factory: ExtractorFactory | None = None,
) -> int:
    """Extract quotes from ``paths`` (stdin when empty) and write JSON Lines; return the exit code.

    ``stdin`` replaces ``sys.stdin.buffer`` (bytes or a binary stream); ``extractor_factory`` replaces
    :func:`default_extractor` (looked up at call time, so tests can patch the module attribute).
    """
    report = Reporter(stderr if stderr is not None else sys.stderr, quiet=quiet)
    problem = usage_problem(
        out=out, input_format=input_format, date=date, jobs=jobs, batch_size=batch_size, resume=resume
    )
    if problem:
        report.line(problem)
        return EXIT_USAGE
    try:
        return _run_batch(
            paths,
            report=report,
            out=out,
            errors=errors,
            resume=resume,
            workers=jobs or os.cpu_count() or 1,
            batch_size=batch_size,
            factory=extractor_factory or default_extractor,
            model=model,
            date=date,
            stdout=stdout if stdout is not None else sys.stdout,
            stdin=stdin,
            read_settings={
                "input_format": input_format,
                "id_field": id_field,
                "text_field": text_field,
                "date_field": date_field,
            },
        )
    except KeyboardInterrupt:  # also during the model load, before any document
        report.line("interrupted")
        return EXIT_INTERRUPTED


def _run_batch(
    paths: Sequence[str],
    *,
    report: Reporter,
    out: str | None,
    errors: str | None,
    resume: bool,
    workers: int,
    batch_size: int,
    factory: ExtractorFactory,
    model: str | None,
    date: str | None,
    stdout: IO[Any],
    stdin: Any,
    read_settings: dict[str, str],
) -> int:
    try:
        extractor = _build_extractor(factory, model)
    except _ModelMissing as missing:
        report.line(str(missing))
        return EXIT_USAGE
    try:
        sink = FileSink(out, resume=resume) if out else StreamSink(stdout)
    except ResumeError as error:
        report.line(str(error))
        return EXIT_USAGE
    except OSError as error:
        report.line(f"cannot write {out}: {error.strerror or error}")
        return EXIT_USAGE
    try:
        error_log = ErrorLog(errors)
    except OSError as error:
        sink.close()
        report.line(f"cannot write {errors}: {error.strerror or error}")
        return EXIT_USAGE

    if not paths and stdin is None and _is_tty(sys.stdin):
        report.note("reading text from stdin; end it with Ctrl-D")
    own_files = [p for p in (out, errors, out and out + PROGRESS_SUFFIX) if p]
    documents = iter_documents(
        paths,
        **read_settings,  # type: ignore[arg-type]
        stdin_bytes=stdin,
        skip_paths=own_files,
    )
    pending = _not_done(documents, sink, report)
    if workers == 1:
        results: Generator[DocumentResult, None, None] = (
            result for chunk in _chunks(pending, batch_size) for result in process_chunk(extractor, chunk, date)
        )
    else:
        results = _parallel_results(
            pending, jobs=workers, batch_size=batch_size, factory=factory, model=model, date=date
        )
    try:
        with report.live():
            report.count_in_background(
                lambda: count_documents(paths, input_format=read_settings["input_format"], skip_paths=own_files)
            )
            for result in results:
                if result.error is not None:
                    report.failure(result.doc_id, result.error)
                    error_log.add(result.doc_id, result.error)
                else:
                    sink.write_document(result.doc_id, result.records)
                for note in result.notes:
                    report.note(f"{result.doc_id}: {note}")
                report.done(result)
    except KeyboardInterrupt:
        sink.abandon()
        raise
    except BrokenPipeError:
        _silence_stdout(stdout)
        return EXIT_BROKEN_PIPE
    except OSError as error:  # the output itself failed (disk full, …): nothing more can be written
        sink.abandon()
        report.line(f"cannot write output: {error.strerror or error}")
        return EXIT_FAILURES
    finally:
        results.close()  # stops the process pool at once if we left early
        error_log.close()
    sink.close()
    report.summary()
    return EXIT_FAILURES if report.failed else EXIT_OK


def usage_problem(
    *, out: str | None, input_format: str, date: str | None, jobs: int, batch_size: int, resume: bool
) -> str | None:
    """The one-line usage error for these settings, or None when they are valid."""
    if input_format not in INPUT_FORMATS:
        return f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}"
    if date is not None and not is_iso_date(date):
        return f"--date must be a valid date as YYYY-MM-DD, not {date!r}"
    if jobs < 0:
        return f"--jobs must be 0 (all cores) or more, not {jobs}"
    if batch_size < 1:
        return f"--batch-size must be 1 or more, not {batch_size}"
    if resume and not out:
        return "--resume needs -o OUT (the output to resume)"
    if out == STDIN_PATH:
        return "-o - is not supported; leave out -o to write to stdout"
    return None


def is_iso_date(value: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD (``fromisoformat`` alone also takes 20240101)."""
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        Date.fromisoformat(value)
    except ValueError:
        return False
    return True


def process_chunk(
    extractor: ExtractorLike, items: Sequence[Document | InputFailure], default_date: str | None
) -> list[DocumentResult]:
    """Run the extractor on a chunk of documents at once; a document's exception is its own failure."""
    documents = [item for item in items if isinstance(item, Document)]
    try:
        outcomes = iter(extractor.extract_many(documents, default_date=default_date) if documents else ())
    except Exception as error:  # noqa: BLE001 - the chunk as a whole failed: each document says why
        outcomes = iter([error] * len(documents))
    results = []
    for item in items:
        if isinstance(item, InputFailure):
            results.append(DocumentResult(item.doc_id, error=item.error))
            continue
        notes = item.notes
        if item.date is not None and parse_date_value(item.date) is None:
            notes += (f"publication date {item.date!r} not understood; using --date or the text instead",)
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            results.append(DocumentResult(item.doc_id, error=f"{type(outcome).__name__}: {outcome}", notes=notes))
        else:
            results.append(DocumentResult(item.doc_id, records=tuple(outcome), notes=notes))
    return results


# ---------------------------------------------------------------------------------------------- helpers


class _ModelMissing(Exception):
    pass


def _build_extractor(factory: ExtractorFactory, model: str | None) -> ExtractorLike:
    try:
        return factory(model)
    except Exception as error:
        if type(error).__name__ == "ModelNotFound":  # quotes.model is imported lazily, so match by name
            raise _ModelMissing(str(error)) from None
        raise


def _not_done(
    items: Iterable[Document | InputFailure], sink: FileSink | StreamSink, report: Reporter
) -> Iterator[Document | InputFailure]:
    for item in items:
        if isinstance(item, Document) and sink.is_done(item.doc_id):
            report.skipped += 1
            continue
        yield item


# Worker-process state: one extractor per process, built by the pool initializer.
_worker_extractor: ExtractorLike | None = None
_worker_date: str | None = None


def _init_worker(factory: ExtractorFactory, model: str | None, default_date: str | None) -> None:
    import signal

    # Ctrl-C goes to the whole process group; the parent alone handles it (no traceback per worker).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_extractor, _worker_date
    _worker_extractor = factory(model)
    _worker_date = default_date


def _process_chunk(items: list[Document | InputFailure]) -> list[DocumentResult]:
    assert _worker_extractor is not None, "worker initializer did not run"
    return process_chunk(_worker_extractor, items, _worker_date)


def _chunks(items: Iterable[Document | InputFailure], size: int) -> Iterator[list[Document | InputFailure]]:
    iterator = iter(items)
    return iter(lambda: list(islice(iterator, size)), [])


def _parallel_results(
    items: Iterable[Document | InputFailure],
    *,
    jobs: int,
    batch_size: int,
    factory: ExtractorFactory,
    model: str | None,
    date: str | None,
) -> Iterator[DocumentResult]:
    """Results in input order from a process pool, streamed chunk by chunk with bounded look-ahead.

    ``ProcessPoolExecutor`` rather than ``Pool.imap``: a worker killed by the OS (e.g. out of memory)
    makes the executor raise ``BrokenProcessPool`` where a Pool would hang forever. The chunks in
    flight then fail with that reason and a fresh pool takes the rest.
    """
    chunks = _chunks(items, batch_size)
    window = jobs * CHUNKS_IN_FLIGHT_PER_WORKER
    pool = _new_pool(jobs, factory, model, date)
    in_flight: deque[tuple[list[Document | InputFailure], Future[list[DocumentResult]]]] = deque()
    try:
        while True:
            while len(in_flight) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                in_flight.append((chunk, _submit(pool, chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                yield from _chunk_failed(chunk, "worker process died (BrokenProcessPool)")
                for chunk, _ in in_flight:
                    yield from _chunk_failed(chunk, "worker process died (BrokenProcessPool)")
                in_flight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(jobs, factory, model, date)
            except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be pickled back
                yield from _chunk_failed(chunk, f"{type(error).__name__}: {error}")
    finally:
        _stop_pool(pool)


def _new_pool(jobs: int, factory: ExtractorFactory, model: str | None, date: str | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(factory, model, date))


def _submit(pool: ProcessPoolExecutor, chunk: list[Document | InputFailure]) -> Future[list[DocumentResult]]:
    try:
        return pool.submit(_process_chunk, chunk)
    except BrokenProcessPool:
        failed: Future[list[DocumentResult]] = Future()
        failed.set_exception(BrokenProcessPool("pool broken"))
        return failed


def _chunk_failed(chunk: list[Document | InputFailure], reason: str) -> Iterator[DocumentResult]:
    for item in chunk:
        yield DocumentResult(item.doc_id, error=item.error if isinstance(item, InputFailure) else reason)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop at once: on Ctrl-C or a closed pipe nobody wants the chunks still being processed."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public way to kill busy workers
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


def _silence_stdout(stdout: IO[Any]) -> None:
    """After EPIPE, point stdout at devnull so the interpreter's final flush does not raise again.

    As recommended in the Python docs (signal module, "Note on SIGPIPE").
    """
    try:
        fd = stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Reporter:
    """Everything that goes to stderr: failure lines, notes, the progress bar and the summary."""

    def __init__(self, stream: IO[str], *, quiet: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self.documents = self.quotes = self.failed = self.skipped = 0
        self._started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None

    def line(self, message: str) -> None:
        """One diagnostic line, prefixed ``quotes:``; newlines inside are escaped to keep it one line."""
        text = "quotes: " + message.replace("\r", "\\r").replace("\n", "\\n")
        try:
            if self._progress is not None:
                self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
            else:
                self.stream.write(text + "\n")
                self.stream.flush()
        except (BrokenPipeError, ValueError):
            pass  # stderr gone: diagnostics are lost, data on stdout is not affected

    def failure(self, doc_id: str, reason: str) -> None:
        self.line(f"{doc_id}: {reason}")

    def note(self, message: str) -> None:
        if not self.quiet:
            self.line(f"note: {message}")

    def done(self, result: DocumentResult) -> None:
        self.documents += 1
        self.quotes += len(result.records)
        self.failed += result.error is not None
        if self._progress is not None:
            rate = self.documents / max(time.monotonic() - self._live_started, 1e-9)
            self._progress.update(
                self._task, completed=self.documents + self.skipped, quotes=self.quotes, rate=f"{rate:.1f} docs/s"
            )

    def count_in_background(self, count: Callable[[], int | None]) -> None:
        """Give the progress bar a total (and so an ETA) once ``count()`` has counted the inputs, in a
        thread so that the first records are not kept waiting on a walk of a huge folder."""
        if self._progress is None:
            return
        progress, task = self._progress, self._task

        def work() -> None:
            try:
                total = count()
            except Exception:  # noqa: BLE001 - no total only means no ETA
                return
            if total is not None:
                progress.update(task, total=total, of_total=f"/{total}")

        threading.Thread(target=work, name="quotes-count", daemon=True).start()

    @contextmanager
    def live(self) -> Iterator[None]:
        """Show a progress bar while open, when stderr is a TTY and not quiet; transient (erased after)."""
        if self.quiet or not _is_tty(self.stream):
            yield
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        progress = Progress(
            SpinnerColumn(),
            BarColumn(),  # pulses until the documents are counted (see count_in_background)
            TextColumn("{task.completed}{task.fields[of_total]} documents"),
            TextColumn("{task.fields[quotes]} quotes"),
            TextColumn("{task.fields[rate]}"),  # Rich's own speed column would say "it/s"
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=self.stream, stderr=True),
            transient=True,
        )
        self._task = progress.add_task("extract", total=None, quotes=0, rate="", of_total="")
        self._live_started = time.monotonic()  # after the model load, which is not document throughput
        with progress:
            self._progress = progress
            try:
                yield
            finally:
                self._progress = None

    def summary(self) -> None:
        if self.quiet:
            return
        seconds = time.monotonic() - self._started
        parts = [_count(self.documents, "document"), _count(self.quotes, "quote"), f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already in output")
        self.line(f"{', '.join(parts)}, {seconds:.1f} s")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
