"""Writing results: records as JSON Lines, CSV or TSV (whole documents at a time), the resume sidecar,
the errors file.

Output stays valid JSON Lines whatever happens: a document's lines are written and flushed in one go
with Ctrl-C held back, and with ``-o OUT`` a sidecar ``OUT.progress`` records the byte size of OUT
after every complete document, so ``--resume`` can cut off a half-written document of a killed run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from quotes.records import RECORD_KEYS, QuoteRecord

PROGRESS_SUFFIX = ".progress"
OUTPUT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "tsv")


class ResumeError(RuntimeError):
    """OUT cannot be resumed (e.g. it has no progress sidecar); the message is one line."""


def encode_records(records: Sequence[QuoteRecord]) -> bytes:
    """One JSON object per record, one per line, UTF-8 (non-ASCII kept as is)."""
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records).encode("utf-8")


class RecordEncoder:
    """Records as bytes in one output format: ``jsonl``, or ``csv``/``tsv`` with a header row.

    CSV and TSV: the schema's keys in order as the header, the stdlib ``csv`` module's standard quoting
    (fields with the separator, quote marks or line breaks are quoted), null as an empty field, UTF-8.
    """

    def __init__(self, output_format: str = "jsonl") -> None:
        if output_format not in OUTPUT_FORMATS:
            raise ValueError(f"output format must be one of {', '.join(OUTPUT_FORMATS)}, not {output_format!r}")
        self.format = output_format
        self._delimiter = "\t" if output_format == "tsv" else ","

    @property
    def header(self) -> bytes:
        """What the output starts with (nothing for JSON Lines)."""
        return b"" if self.format == "jsonl" else self._rows([list(RECORD_KEYS)])

    def encode(self, records: Sequence[QuoteRecord]) -> bytes:
        if self.format == "jsonl":
            return encode_records(records)
        rows = [["" if value is None else value for value in r.to_dict().values()] for r in records]
        return self._rows(rows)

    def _rows(self, rows: Sequence[Sequence[Any]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=self._delimiter).writerows(rows)
        return buffer.getvalue().encode("utf-8")


@contextmanager
def defer_interrupts() -> Iterator[None]:
    """Hold SIGINT back while a document's lines are written, so Ctrl-C never splits a line.

    A pending Ctrl-C is delivered (as KeyboardInterrupt) as soon as the block ends. Blocking the signal
    only works on POSIX and in the main thread; elsewhere this is a no-op.
    """
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    except (AttributeError, ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class StreamSink:
    """Records to a stream (stdout): bytes go to its binary buffer when it has one."""

    def __init__(self, stream: IO[Any], *, encoder: RecordEncoder | None = None) -> None:
        self._text = stream
        self._binary = _binary_layer(stream)
        self._encoder = encoder or RecordEncoder()
        self._header = self._encoder.header  # written with the first document (or at close)

    def is_done(self, doc_id: str) -> bool:
        return False

    def write_document(self, doc_id: str, records: Sequence[QuoteRecord]) -> None:
        data, self._header = self._header + self._encoder.encode(records), b""
        if not data:
            return
        with defer_interrupts():
            if self._binary is not None:
                self._binary.write(data)
                self._binary.flush()
            else:
                self._text.write(data.decode("utf-8"))
                self._text.flush()

    def close(self) -> None:
        if self._header:
            self.write_document("", ())

    def abandon(self) -> None:
        pass


class FileSink:
    """Records to ``OUT`` plus the ``OUT.progress`` sidecar that makes ``--resume`` possible.

    Without ``resume`` OUT and the sidecar start empty (but for a CSV/TSV header). With it, the sidecar's
    complete entries say which documents are done; OUT is cut back to the end of the last of them.
    OUT must then be in the format asked for: resuming JSON Lines as CSV would mix two formats in one file.
    """

    def __init__(self, path: str, *, resume: bool = False, encoder: RecordEncoder | None = None) -> None:
        self.path = path
        self._encoder = encoder or RecordEncoder()
        self.progress_path = path + PROGRESS_SUFFIX
        self._done: Counter[str] = Counter()
        self._out: IO[bytes]
        if resume and os.path.exists(path):
            self._check_format()
            entries = self._load_progress()
            self._out = open(path, "r+b")  # noqa: SIM115 - open for the whole batch, closed by close()
            end = entries[-1]["offset"] if entries else 0
            self._out.truncate(end)
            self._out.seek(end)
            self._done.update(entry["doc_id"] for entry in entries)
            # Rewrite the sidecar so a torn last line of the killed run cannot glue onto the next entry.
            _rewrite_lines(self.progress_path, entries)
            self._progress = open(self.progress_path, "a", encoding="utf-8")  # noqa: SIM115
        else:
            self._out = open(path, "wb")  # noqa: SIM115
            self._progress = open(self.progress_path, "w", encoding="utf-8")  # noqa: SIM115
        if self._out.tell() == 0:
            self._out.write(self._encoder.header)
            self._out.flush()
        self._good_size = self._out.tell()

    def is_done(self, doc_id: str) -> bool:
        """True (once per recorded occurrence) if this document is already complete in OUT."""
        if self._done[doc_id] > 0:
            self._done[doc_id] -= 1
            return True
        return False

    def write_document(self, doc_id: str, records: Sequence[QuoteRecord]) -> None:
        data = self._encoder.encode(records)
        with defer_interrupts():
            self._out.write(data)
            self._out.flush()
            self._good_size = self._out.tell()
            self._progress.write(json.dumps({"doc_id": doc_id, "offset": self._good_size}, ensure_ascii=False) + "\n")
            self._progress.flush()

    def close(self) -> None:
        self._out.close()
        self._progress.close()

    def abandon(self) -> None:
        """Interrupted: drop anything after the last complete document, then close."""
        try:
            self._out.flush()
            self._out.truncate(self._good_size)
        except (OSError, ValueError):
            pass
        self.close()

    def _check_format(self) -> None:
        """Refuse to resume an OUT written in another format than the one asked for."""
        header = self._encoder.header
        with open(self.path, "rb") as handle:
            start = handle.read(max(len(header), 1))
        if not start:
            return
        if header and start != header or not header and start != b"{":
            raise ResumeError(
                f"cannot resume {self.path}: it is not {self._encoder.format.upper()} output of quotes extract "
                f"(resume with the --format it was written in, or rerun without --resume)"
            )

    def _load_progress(self) -> list[dict[str, Any]]:
        if not os.path.exists(self.progress_path):
            raise ResumeError(
                f"cannot resume {self.path}: no {self.progress_path} from an earlier run; rerun without --resume"
            )
        size = os.path.getsize(self.path)
        entries: list[dict[str, Any]] = []
        with open(self.progress_path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                entry = _progress_entry(line)
                # Entries past OUT's end mean OUT was cut after them: those documents are not there.
                if entry is None or entry["offset"] > size or (entries and entry["offset"] < entries[-1]["offset"]):
                    break
                entries.append(entry)
        return entries


class ErrorLog:
    """``--errors FILE``: one ``{"doc_id", "error"}`` JSON line per failed document, flushed each time."""

    def __init__(self, path: str | None) -> None:
        self._handle = open(path, "w", encoding="utf-8") if path else None  # noqa: SIM115

    def add(self, doc_id: str, error: str) -> None:
        if self._handle is not None:
            self._handle.write(json.dumps({"doc_id": doc_id, "error": error}, ensure_ascii=False) + "\n")
            self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def _progress_entry(line: str) -> dict[str, Any] | None:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError:
        return None
    if not (isinstance(entry, dict) and isinstance(entry.get("doc_id"), str) and isinstance(entry.get("offset"), int)):
        return None
    return entry


def _rewrite_lines(path: str, entries: Sequence[dict[str, Any]]) -> None:
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    os.replace(temporary, path)


def _binary_layer(stream: IO[Any]) -> IO[bytes] | None:
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        return stream
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()  # anything already written through the text layer goes first
    return buffer
