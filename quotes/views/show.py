"""``quotes show``: documents → records (extracted now, or drawn from a records file) → one review page.

Plain function, no Typer. Documents are read by :func:`quotes.inputs.iter_documents` and extracted by
the same chunked path as ``quotes extract`` (:func:`quotes.runner.process_chunk`), so a page shows
exactly what ``extract`` writes. Exit codes as for ``extract``: 0 all shown, 1 some documents failed
(named on stderr, left out of the page), 2 usage error (bad option, model missing, records file or OUT
unusable), 130 Ctrl-C.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import IO, Any

from quotes import runner
from quotes.inputs import INPUT_FORMATS, STDIN_PATH, iter_documents
from quotes.records import Document, InputFailure
from quotes.views.records_io import RecordProblem, read_records
from quotes.views.review import ShownDocument, review_page

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def run_show(
    paths: Sequence[str] = (),
    *,
    out: str | None = None,
    records_file: str | None = None,
    input_format: str = "auto",
    date: str | None = None,
    model: str | None = None,
    quiet: bool = False,
    id_field: str = "id",
    text_field: str = "text",
    date_field: str = "date",
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: Any = None,
    extractor_factory: runner.ExtractorFactory | None = None,
) -> int:
    """Write the review page of ``paths`` (stdin when empty) to ``out`` or stdout; return the exit code."""
    report = runner.Reporter(stderr if stderr is not None else sys.stderr, quiet=quiet)
    problem = _usage_problem(out=out, input_format=input_format, date=date) or unwritable(out)
    if problem:
        report.line(problem)
        return EXIT_USAGE
    try:
        if records_file is not None:
            stored = _records_by_document(records_file, report)
            if stored is None:
                return EXIT_USAGE
            shown = _with_stored_records(
                _documents(paths, input_format, out, stdin, id_field, text_field, date_field), stored, report
            )
        else:
            try:
                extractor = (extractor_factory or runner.default_extractor)(model)
            except Exception as error:
                if type(error).__name__ != "ModelNotFound":
                    raise
                report.line(str(error))
                return EXIT_USAGE
            documents = _documents(paths, input_format, out, stdin, id_field, text_field, date_field)
            shown = _extracted(documents, extractor, date, report)
        page = review_page(list(shown))
    except KeyboardInterrupt:
        report.line("interrupted")
        return EXIT_INTERRUPTED
    if not _write(page, out, stdout if stdout is not None else sys.stdout, report):
        return EXIT_USAGE
    return EXIT_FAILURES if report.failed else EXIT_OK


def _usage_problem(*, out: str | None, input_format: str, date: str | None) -> str | None:
    if input_format not in INPUT_FORMATS:
        return f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not {input_format!r}"
    if date is not None and not runner.is_iso_date(date):
        return f"--date must be a valid date as YYYY-MM-DD, not {date!r}"
    if out == STDIN_PATH:
        return "-o - is not supported; leave out -o to write to stdout"
    return None


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


def _documents(
    paths: Sequence[str],
    input_format: str,
    out: str | None,
    stdin: Any,
    id_field: str,
    text_field: str,
    date_field: str,
) -> Iterator[Document | InputFailure]:
    return iter_documents(
        paths,
        input_format=input_format,  # type: ignore[arg-type]
        id_field=id_field,
        text_field=text_field,
        date_field=date_field,
        stdin_bytes=stdin,
        skip_paths=[out] if out else [],
    )


def _extracted(
    documents: Iterable[Document | InputFailure],
    extractor: runner.ExtractorLike,
    date: str | None,
    report: runner.Reporter,
) -> Iterator[ShownDocument]:
    items = iter(documents)
    while chunk := list(islice(items, runner.DEFAULT_BATCH_SIZE)):
        for item, result in zip(chunk, runner.process_chunk(extractor, chunk, date)):
            for note in result.notes:
                report.note(f"{result.doc_id}: {note}")
            if result.error is not None or not isinstance(item, Document):
                report.failure(result.doc_id, result.error or "not read")
                report.failed += 1
                continue
            yield ShownDocument(item.doc_id, item.text, tuple(r.to_dict() for r in result.records))


def _records_by_document(path: str, report: runner.Reporter) -> dict[str, list[dict[str, Any]]] | None:
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
    report: runner.Reporter,
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


def _write(page: str, out: str | None, stdout: IO[str], report: runner.Reporter) -> bool:
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
