"""``quotes show``: documents → records (extracted now, or drawn from a records file) → one review page.

Plain function, no Typer. Documents are read as ``quotes extract`` reads them
(:meth:`quotes.runner.ExtractSettings.documents`) and extracted by the same chunked path
(:func:`quotes.runner.process_chunk`), so a page shows exactly what ``extract`` writes.
Exit codes as for ``extract``: 0 all shown, 1 some documents failed (named on stderr, left out of the
page), 2 usage error (bad option, model missing, records file or OUT unusable), 130 Ctrl-C.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

from quotes import runner
from quotes.pool import chunked
from quotes.records import Document, InputFailure
from quotes.reporting import Reporter
from quotes.runner import ExtractorFactory, ExtractorLike, ExtractSettings
from quotes.views.records_io import RecordProblem, read_records
from quotes.views.review import ShownDocument, review_page

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def run_show(
    settings: ExtractSettings,
    *,
    records_file: str | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: Any = None,
    extractor_factory: ExtractorFactory | None = None,
) -> int:
    """Write the review page of ``settings.paths`` (stdin when empty) to ``settings.out`` or stdout.

    ``settings`` holds the input options shared with ``extract``; returns the exit code.
    """
    report = Reporter(stderr if stderr is not None else sys.stderr, quiet=settings.quiet)
    problem = settings.problem() or unwritable(settings.out)
    if problem:
        report.line(problem)
        return EXIT_USAGE
    try:
        documents = settings.documents(stdin=stdin, report=report)
        if records_file is not None:
            stored = _records_by_document(records_file, report)
            if stored is None:
                return EXIT_USAGE
            shown = _with_stored_records(documents, stored, report)
        else:
            try:
                extractor = (extractor_factory or runner.default_extractor)(settings.model)
            except Exception as error:
                if type(error).__name__ != "ModelNotFound":  # quotes.model is imported lazily
                    raise
                report.line(str(error))
                return EXIT_USAGE
            shown = _extracted(documents, extractor, settings, report)
        page = review_page(list(shown))
    except KeyboardInterrupt:
        report.line("interrupted")
        return EXIT_INTERRUPTED
    if not _write(page, settings.out, stdout if stdout is not None else sys.stdout, report):
        return EXIT_USAGE
    return EXIT_FAILURES if report.failed else EXIT_OK


def unwritable(out: str | None) -> str | None:
    """Why ``out`` cannot be written, checked before any work is done; None when it can (or is stdout)."""
    if out is None:
        return None
    folder = os.path.dirname(os.path.abspath(out))
    if os.path.isdir(out):
        return f"cannot write {out}: is a directory"
    if not os.path.isdir(folder):
        return f"cannot write {out}: no such folder {folder}"
    if not os.access(out if os.path.exists(out) else folder, os.W_OK):
        return f"cannot write {out}: permission denied"
    return None


def _extracted(
    documents: Iterable[Document | InputFailure],
    extractor: ExtractorLike,
    settings: ExtractSettings,
    report: Reporter,
) -> Iterator[ShownDocument]:
    """The same chunked extraction as ``quotes extract`` (in one process: a page is for reading)."""
    for chunk in chunked(documents, settings.batch_size):
        for item, result in zip(chunk, runner.process_chunk(extractor, chunk, settings.date)):
            for note in result.notes:
                report.note(f"{result.doc_id}: {note}")
            if result.error is not None or not isinstance(item, Document):
                report.failure(result.doc_id, result.error or "not read")
                report.failed += 1
                continue
            yield ShownDocument(item.doc_id, item.text, tuple(r.to_dict() for r in result.records))


def _records_by_document(path: str, report: Reporter) -> dict[str, list[dict[str, Any]]] | None:
    """The records of ``path`` grouped by doc_id, in file order; None (after saying why) if unreadable."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for item in read_records([path]):
        if isinstance(item, RecordProblem):
            if item.location == path:  # the file itself: nothing to draw from
                report.line(f"--records {path}: {item.error}")
                return None
            report.failure(item.location, item.error)
            report.failed += 1
            continue
        grouped.setdefault(item["doc_id"], []).append(item)
    return grouped


def _with_stored_records(
    documents: Iterable[Document | InputFailure],
    stored: Mapping[str, list[dict[str, Any]]],
    report: Reporter,
) -> Iterator[ShownDocument]:
    used: set[str] = set()
    for item in documents:
        for note in getattr(item, "notes", ()):
            report.note(f"{item.doc_id}: {note}")
        if isinstance(item, InputFailure):
            report.failure(item.doc_id, item.error)
            report.failed += 1
            continue
        records = stored.get(item.doc_id, [])
        used.add(item.doc_id)
        mismatch = _first_mismatch(item.text, records)
        if mismatch is not None:
            report.failure(item.doc_id, f"records do not match this text ({mismatch})")
            report.failed += 1
            continue
        if not records:
            report.note(f"{item.doc_id}: no records in the records file")
        yield ShownDocument(item.doc_id, item.text, tuple(records))
    unused = [doc_id for doc_id in stored if doc_id not in used]
    if unused:
        report.note(f"records of {len(unused)} document(s) not among the inputs, e.g. {unused[0]}")


def _first_mismatch(text: str, records: Sequence[Mapping[str, Any]]) -> str | None:
    """Why the records cannot belong to ``text`` (a quote that is not at its offsets), or None."""
    for index, record in enumerate(records):
        start, end = record.get("quote_start"), record.get("quote_end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            return f"record {index}: quote offsets {start}–{end} outside the text"
        if record.get("quote") is not None and text[start:end] != record["quote"]:
            return f"record {index}: the text at {start}–{end} is not its quote"
    return None


def _write(page: str, out: str | None, stdout: IO[str], report: Reporter) -> bool:
    try:
        if out is None:
            stdout.write(page)
            stdout.flush()
        else:
            with open(out, "w", encoding="utf-8") as handle:
                handle.write(page)
    except BrokenPipeError:
        return True
    except OSError as error:
        report.line(f"cannot write {out or 'stdout'}: {error.strerror or error}")
        return False
    if out and not report.quiet:
        report.line(f"wrote {out}")
    return True
