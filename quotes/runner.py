"""The batch behind ``quotes extract``: inputs → extractor (in-process or a process pool) → JSON Lines.

Plain functions, no Typer, so it is testable directly. The contract: every document yields its records
or one failure line on stderr (``quotes: {doc_id}: {reason}``); stdout carries data only; the exit code
is 0 (all processed), 1 (some failed), 2 (usage: bad option, missing model, OUT not resumable),
130 (Ctrl-C) or 141 (stdout closed by the reader, as for a process killed by SIGPIPE).
"""

from __future__ import annotations

import os
import re
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date as Date
from functools import partial
from typing import IO, Any

from quotes.api import DEFAULT_BATCH_SIZE, Engine, ExtractionError, Extractor, engine_for_model, extract_each
from quotes.dates import parse_date_value
from quotes.inputs import INPUT_FORMATS, STDIN_PATH, count_documents, iter_documents
from quotes.output import OUTPUT_FORMATS, PROGRESS_SUFFIX, ErrorLog, FileSink, RecordEncoder, ResumeError, StreamSink
from quotes.records import Document, InputFailure, QuoteRecord
from quotes.reporting import Reporter, is_tty

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: What does the work (``quotes.extractor.Extractor``, or a stand-in in tests).
ExtractorLike = Engine
#: Builds the per-process extractor from the model name (``--model``); must be picklable for ``--jobs``.
ExtractorFactory = Callable[[str | None], ExtractorLike]


def default_extractor(model: str | None) -> ExtractorLike:
    """The rules on ``load_model(model)``, as :class:`quotes.Extractor` builds them."""
    return engine_for_model(model)


@dataclass(frozen=True, kw_only=True)
class ExtractSettings:
    """Every option of ``quotes extract``, validated in one place (:meth:`problem`)."""

    paths: tuple[str, ...] = ()
    out: str | None = None
    input_format: str = "auto"
    date: str | None = None
    model: str | None = None
    quiet: bool = False
    jobs: int = 1
    batch_size: int = DEFAULT_BATCH_SIZE
    errors: str | None = None
    resume: bool = False
    id_field: str = "id"
    text_field: str = "text"
    date_field: str = "date"
    output_format: str = "jsonl"
    #: ``--cluster``: ``local``, ``local:N`` or a scheduler address; None runs here (``--jobs``).
    cluster: str | None = None
    output_dir: str | None = None
    #: Input bytes per cluster partition; None: from the input's size and the number of workers.
    partition_bytes: int | None = None

    def problem(self) -> str | None:
        """The one-line usage error for these settings, or None when they are valid."""
        if self.input_format not in INPUT_FORMATS:
            return f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not {self.input_format!r}"
        if self.date is not None and not is_iso_date(self.date):
            return f"--date must be a valid date as YYYY-MM-DD, not {self.date!r}"
        if self.jobs < 0:
            return f"--jobs must be 0 (all cores) or more, not {self.jobs}"
        if self.output_format not in OUTPUT_FORMATS:
            return f"--format must be one of {', '.join(OUTPUT_FORMATS)}, not {self.output_format!r}"
        if self.batch_size < 1:
            return f"--batch-size must be 1 or more, not {self.batch_size}"
        if self.resume and not self.out and not self.output_dir:
            return "--resume needs -o OUT (the output to resume)"
        if self.out == STDIN_PATH:
            return "-o - is not supported; leave out -o to write to stdout"
        if self.partition_bytes is not None and self.partition_bytes < 1:
            return f"--partition-size must be 1 byte or more, not {self.partition_bytes}"
        from quotes.cluster import cluster_problem  # here: quotes.cluster builds on this module

        return cluster_problem(
            cluster=self.cluster,
            jobs=self.jobs,
            out=self.out,
            output_dir=self.output_dir,
            output_format=self.output_format,
        )

    @property
    def fields(self) -> dict[str, str]:
        """The JSONL keys of a document's id, text and date (``--id-field`` ...)."""
        return {"id_field": self.id_field, "text_field": self.text_field, "date_field": self.date_field}

    def documents(self, *, stdin: Any, report: Reporter) -> Iterator[Document | InputFailure]:
        """The input documents these settings name (stdin when there are no paths), read lazily.

        Notes on ``report`` when it will wait for text typed at a terminal."""
        if not self.paths and stdin is None and is_tty(sys.stdin):
            report.note("reading text from stdin; end it with Ctrl-D")
        return iter_documents(
            self.paths,
            input_format=self.input_format,  # type: ignore[arg-type]  # checked by problem()
            stdin_bytes=stdin,
            skip_paths=self.own_files,
            **self.fields,
        )

    @property
    def workers(self) -> int:
        return self.jobs or os.cpu_count() or 1

    @property
    def own_files(self) -> list[str]:
        """Files this run writes, which a folder walk must not read back as input."""
        return [p for p in (self.out, self.errors, self.out and self.out + PROGRESS_SUFFIX) if p]


@dataclass(frozen=True)
class DocumentResult:
    """What became of one input document: its records, or the reason it failed."""

    doc_id: str
    records: tuple[QuoteRecord, ...] = ()
    error: str | None = None
    notes: tuple[str, ...] = ()


def run_extract(
    settings: ExtractSettings,
    *,
    stdout: IO[Any] | None = None,
    stderr: IO[str] | None = None,
    stdin: Any = None,
    extractor_factory: ExtractorFactory | None = None,
) -> int:
    """Extract quotes as ``settings`` say and write JSON Lines; return the exit code.

    ``stdin`` replaces ``sys.stdin.buffer`` (bytes or a binary stream); ``extractor_factory`` replaces
    :func:`default_extractor` (looked up at call time, so tests can patch the module attribute).
    """
    report = Reporter(stderr if stderr is not None else sys.stderr, quiet=settings.quiet)
    problem = settings.problem()
    if problem:
        report.line(problem)
        return EXIT_USAGE
    run = _run_batch
    if settings.cluster is not None:
        from quotes.cluster import run_on_cluster  # here: quotes.cluster builds on this module

        run = run_on_cluster
    try:
        return run(
            settings,
            report=report,
            factory=extractor_factory or default_extractor,
            stdout=stdout if stdout is not None else sys.stdout,
            stdin=stdin,
        )
    except KeyboardInterrupt:  # also during the model load, before any document
        report.line("interrupted")
        return EXIT_INTERRUPTED


def _run_batch(
    settings: ExtractSettings, *, report: Reporter, factory: ExtractorFactory, stdout: IO[Any], stdin: Any
) -> int:
    try:
        extractor = _build_extractor(factory, settings.model)
        sink, error_log = _open_outputs(settings, stdout)
    except _UsageError as error:
        report.line(str(error))
        return EXIT_USAGE
    documents = settings.documents(stdin=stdin, report=report)
    results = _results(_not_done(documents, sink, report), extractor, factory, settings)
    try:
        with report.live():
            report.count_in_background(
                partial(
                    count_documents,
                    settings.paths,
                    input_format=settings.input_format,  # type: ignore[arg-type]  # checked by problem()
                    skip_paths=settings.own_files,
                )
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


def _open_outputs(settings: ExtractSettings, stdout: IO[Any]) -> tuple[FileSink | StreamSink, ErrorLog]:
    """The records' sink and the ``--errors`` log; a usage error when either cannot be opened."""
    out = settings.out
    try:
        encoder = RecordEncoder(settings.output_format)
        sink = FileSink(out, resume=settings.resume, encoder=encoder) if out else StreamSink(stdout, encoder=encoder)
    except ResumeError as error:
        raise _UsageError(str(error)) from None
    except OSError as error:
        raise _UsageError(f"cannot write {out}: {error.strerror or error}") from None
    try:
        return sink, ErrorLog(settings.errors)
    except OSError as error:
        sink.close()
        raise _UsageError(f"cannot write {settings.errors}: {error.strerror or error}") from None


def _results(
    items: Iterable[Document | InputFailure],
    extractor: ExtractorLike,
    factory: ExtractorFactory,
    settings: ExtractSettings,
) -> Generator[DocumentResult, None, None]:
    """The run's results: its extractor, and on ``--jobs`` workers one that ``factory`` builds there."""
    return document_results(
        items,
        Extractor._wrap(extractor, partial(factory, settings.model)),
        batch_size=settings.batch_size,
        n_process=settings.workers,
        default_date=settings.date,
    )


def document_results(
    items: Iterable[Document | InputFailure],
    extractor: Extractor,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    default_date: str | None = None,
) -> Generator[DocumentResult, None, None]:
    """One result per item, in input order, from :meth:`quotes.Extractor.pipe` (in this process or on
    ``n_process`` workers); inputs that could not be read are put back in their place."""
    read: deque[Document | InputFailure] = deque()  # items handed on, not yet answered

    def documents() -> Iterator[Document]:
        for item in items:
            read.append(item)
            if isinstance(item, Document):
                yield item

    outcomes = extractor.pipe(
        documents(), batch_size=batch_size, n_process=n_process, errors="return", default_date=default_date
    )
    try:
        for outcome in outcomes:
            item = read.popleft()
            while isinstance(item, InputFailure):  # read before this document: its place comes first
                yield _failure_result(item)
                item = read.popleft()
            if isinstance(outcome, ExtractionError):
                yield DocumentResult(item.doc_id, error=outcome.reason, notes=_notes(item))
            else:
                yield DocumentResult(item.doc_id, records=tuple(outcome), notes=_notes(item))
        for item in read:  # only input failures are left
            yield _failure_result(item)  # type: ignore[arg-type]
    finally:
        outcomes.close()  # stops the worker processes at once when the batch ends early


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
    extractor: ExtractorLike, items: Sequence[Document | InputFailure], default_date: str | None = None
) -> list[DocumentResult]:
    """Run the extractor on a chunk of documents at once; a document's exception is its own failure."""
    outcomes = extract_each(extractor, [item for item in items if isinstance(item, Document)], default_date)
    results = []
    for item in items:
        if isinstance(item, InputFailure):
            results.append(_failure_result(item))
            continue
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            results.append(
                DocumentResult(item.doc_id, error=f"{type(outcome).__name__}: {outcome}", notes=_notes(item))
            )
        else:
            results.append(DocumentResult(item.doc_id, records=tuple(outcome), notes=_notes(item)))
    return results


def _notes(document: Document) -> tuple[str, ...]:
    """How the input was read, and a publication date that could not be understood."""
    if document.date is not None and parse_date_value(document.date) is None:
        return (*document.notes, f"publication date {document.date!r} not understood; using --date or the text instead")
    return document.notes


def _failure_result(failure: InputFailure) -> DocumentResult:
    return DocumentResult(failure.doc_id, error=failure.error)


# ---------------------------------------------------------------------------------------------- helpers


class _UsageError(Exception):
    """A setting that cannot be used (model not installed, OUT not writable or resumable); one line."""


def _build_extractor(factory: ExtractorFactory, model: str | None) -> ExtractorLike:
    try:
        return factory(model)
    except Exception as error:
        if type(error).__name__ == "ModelNotFound":  # quotes.model is imported lazily, so match by name
            raise _UsageError(str(error)) from None
        raise


def _not_done(
    items: Iterable[Document | InputFailure], sink: FileSink | StreamSink, report: Reporter
) -> Iterator[Document | InputFailure]:
    for item in items:
        if isinstance(item, Document) and sink.is_done(item.doc_id):
            report.skipped += 1
            continue
        yield item


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
