"""Writing results: JSON Lines records (whole documents at a time), the resume sidecar, the errors file.

Output stays valid JSON Lines whatever happens: a document's lines are written and flushed in one go
with Ctrl-C held back, and with ``-o OUT`` a sidecar ``OUT.progress`` records the byte size of OUT
after every complete document, so ``--resume`` can cut off a half-written document of a killed run.
"""

from __future__ import annotations

import io
import json
import os
import signal
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

from quotes.records import QuoteRecord

PROGRESS_SUFFIX = ".progress"


class ResumeError(RuntimeError):
    """OUT cannot be resumed (e.g. it has no progress sidecar); the message is one line."""


def encode_records(records: Sequence[QuoteRecord]) -> bytes:
    """One JSON object per record, one per line, UTF-8 (non-ASCII kept as is)."""
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records).encode("utf-8")


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

    def __init__(self, stream: IO[Any]) -> None:
        self._text = stream
        self._binary = _binary_layer(stream)

    def is_done(self, doc_id: str) -> bool:
        return False

    def write_document(self, doc_id: str, records: Sequence[QuoteRecord]) -> None:
        data = encode_records(records)
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
        pass

    def abandon(self) -> None:
        pass


class FileSink:
    """Records to ``OUT`` plus the ``OUT.progress`` sidecar that makes ``--resume`` possible.

    Without ``resume`` OUT and the sidecar start empty. With it, the sidecar's complete entries say
    which documents are done; OUT is cut back to the end of the last of them.
    """

    def __init__(self, path: str, *, resume: bool = False) -> None:
        self.path = path
        self.progress_path = path + PROGRESS_SUFFIX
        self._done: Counter[str] = Counter()
        if resume and os.path.exists(path):
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
        self._good_size = self._out.tell()

    def is_done(self, doc_id: str) -> bool:
        """True (once per recorded occurrence) if this document is already complete in OUT."""
        if self._done[doc_id] > 0:
            self._done[doc_id] -= 1
            return True
        return False

    def write_document(self, doc_id: str, records: Sequence[QuoteRecord]) -> None:
        data = encode_records(records)
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
