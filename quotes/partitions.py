"""Cutting the inputs into partitions that cluster workers read themselves.

The client only lists folders, takes file sizes and finds a few line ends: files and folders become
partitions of whole text files, and each JSONL file is cut into byte ranges that start and end on line
boundaries, so a worker reads its own part of the corpus from storage it shares with the client. Only
stdin and pipes, which only the client can read, are read by the client and sent to workers in pieces.

The plan depends on the inputs and the partition size only; the size, unless given, follows from the
input's total size and the number of workers (:func:`auto_partition_bytes`), and ``--output-dir``'s
manifest keeps it, so a re-run with ``--resume`` cuts the same partitions and finds its finished shards.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from quotes.inputs import STDIN_PATH, format_of, iter_documents, read_file_part, walk_folder
from quotes.records import Document, InputFailure

#: Partitions per worker that :func:`auto_partition_bytes` aims at: enough for an even spread at the
#: end of a run (the last partitions finish at different times), few enough to keep shards few.
PARTITIONS_PER_WORKER = 8
#: Bounds of the automatic partition size. The floor keeps the per-partition overhead of a cluster run
#: under 2 % of a partition's work, the ceiling keeps one partition's re-run short (README, Scaling out).
MIN_PARTITION_BYTES = 16 * 1024
MAX_PARTITION_BYTES = 4 * 1024 * 1024

#: Documents per partition for inputs the client has to read itself (stdin, pipes).
STREAMED_DOCUMENTS_PER_PARTITION = 64

_SIZE = re.compile(r"(\d+)\s*(k|m|g|ki|mi|gi)?b?", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3, "ki": 1024, "mi": 1024**2, "gi": 1024**3}

#: How far the client reads past a cut to find the line end it moves the cut to.
_SCAN_BYTES = 64 * 1024


@dataclass(frozen=True)
class Piece:
    """One file, or the byte range ``[start, end)`` of a JSONL file, to be read by a worker."""

    path: str  #: as the user named it: doc ids and failure lines use it
    location: str  #: absolute path the worker opens
    file_format: str  #: "text" or "jsonl"
    start: int = 0
    end: int | None = None  #: None: to the end of the file

    def to_json(self) -> dict[str, object]:
        return {"path": self.path, "format": self.file_format, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Partition:
    """A run of consecutive input documents: pieces a worker reads, or documents the client read."""

    index: int
    pieces: tuple[Piece, ...] = ()
    documents: tuple[Document | InputFailure, ...] = field(default=(), repr=False)

    @property
    def streamed(self) -> bool:
        return not self.pieces

    @property
    def continues_jsonl(self) -> bool:
        """A later byte range of a JSONL file: its line numbers start after the earlier ranges' lines."""
        return len(self.pieces) == 1 and self.pieces[0].file_format == "jsonl" and self.pieces[0].start > 0


def plan_partitions(
    paths: Sequence[str],
    *,
    input_format: str = "auto",
    partition_bytes: int = MAX_PARTITION_BYTES,
    skip_paths: Collection[str] = (),
    stdin: object = None,
    read_settings: dict[str, str] | None = None,
) -> Iterator[Partition]:
    """Partitions of ``paths`` (stdin when empty) in input order, lazily.

    ``skip_paths`` are the tool's own output files, never read as input; ``stdin`` replaces
    ``sys.stdin.buffer``; ``read_settings`` are the JSONL field names for streamed inputs.
    """
    planner = _Planner(partition_bytes)
    skip = {os.path.realpath(p) for p in skip_paths}
    for path in list(paths) or [STDIN_PATH]:
        if path == STDIN_PATH or _is_stream(path):
            yield from planner.flush()
            yield from planner.streamed(
                iter_documents([path], input_format=input_format, stdin_bytes=stdin, **(read_settings or {}))
            )
        elif os.path.isdir(path):
            for found in walk_folder(path, input_format):
                if os.path.realpath(found) not in skip:
                    yield from planner.add(found, format_of(found, input_format))
        else:
            yield from planner.add(path, format_of(path, input_format))
    yield from planner.flush()


def auto_partition_bytes(total_bytes: int, workers: int) -> int:
    """The partition size for ``total_bytes`` of input on ``workers`` workers."""
    wanted = total_bytes // (max(1, workers) * PARTITIONS_PER_WORKER)
    return max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, wanted))


def input_bytes(paths: Sequence[str], *, input_format: str = "auto", skip_paths: Collection[str] = ()) -> int:
    """Total size of the files :func:`plan_partitions` will hand to workers (by their sizes, unread)."""
    skip = {os.path.realpath(p) for p in skip_paths}
    total = 0
    for path in paths:
        if path == STDIN_PATH or _is_stream(path):
            continue
        if os.path.isdir(path):
            found = (f for f in walk_folder(path, input_format) if os.path.realpath(f) not in skip)
            total += sum(_size(f) for f in found)
        else:
            total += _size(path)
    return total


def parse_size(value: str) -> int:
    """Bytes from ``262144``, ``256KiB``, ``1MB``, ``4M``; ValueError otherwise."""
    match = _SIZE.fullmatch(value.strip())
    if not match:
        raise ValueError(f"not a size: {value!r} (examples: 262144, 256KiB, 1MB)")
    return int(match.group(1)) * _SIZE_UNITS[(match.group(2) or "").lower()]


def read_partition(
    partition: Partition, *, first_line: int = 1, read_settings: dict[str, str] | None = None
) -> Iterator[Document | InputFailure]:
    """The documents of a partition, read where this runs (a worker); ``first_line`` numbers the lines
    of a partition that :attr:`Partition.continues_jsonl`."""
    yield from partition.documents
    for piece in partition.pieces:
        yield from read_file_part(
            piece.path,
            location=piece.location,
            file_format=piece.file_format,
            start=piece.start,
            end=piece.end,
            first_line=first_line if piece.start else 1,
            **(read_settings or {}),
        )


def count_lines(location: str, start: int, end: int | None) -> int:
    """Newlines in bytes ``[start, end)`` of a file: how many lines a JSONL range holds. 0 if unreadable
    (the range's reader reports the file)."""
    total = 0
    try:
        with open(location, "rb") as handle:
            handle.seek(start)
            left = None if end is None else end - start
            while left is None or left > 0:
                block = handle.read(1 << 20 if left is None else min(1 << 20, left))
                if not block:
                    break
                total += block.count(b"\n")
                if left is not None:
                    left -= len(block)
    except OSError:
        return 0
    return total


def line_cuts(location: str, size: int, partition_bytes: int) -> list[int]:
    """Start offsets of the byte ranges of a JSONL file: every ``partition_bytes``, each moved on to the
    start of the next line (reading only around the cut), so no line is split between ranges."""
    cuts = [0]
    try:
        with open(location, "rb") as handle:
            target = partition_bytes
            while target < size:
                cut = _next_line_start(handle, target)
                if cut >= size:
                    break
                if cut > cuts[-1]:
                    cuts.append(cut)
                target = max(cut, target) + partition_bytes
    except OSError:
        return [0]  # the reader of the single range reports the file
    return cuts


class _Planner:
    """Groups consecutive text files into partitions of about ``partition_bytes``."""

    def __init__(self, partition_bytes: int) -> None:
        self.partition_bytes = partition_bytes
        self.index = 0
        self.pending: list[Piece] = []
        self.pending_bytes = 0

    def add(self, path: str, file_format: str) -> Iterator[Partition]:
        location = os.path.abspath(path)
        size = _size(location)
        if file_format == "jsonl":
            yield from self.flush()
            cuts = line_cuts(location, size, self.partition_bytes) if size > self.partition_bytes else [0]
            for start, end in zip(cuts, [*cuts[1:], None]):
                yield self._next((Piece(path, location, "jsonl", start, end),))
            return
        self.pending.append(Piece(path, location, "text"))
        self.pending_bytes += size
        if self.pending_bytes >= self.partition_bytes:
            yield from self.flush()

    def flush(self) -> Iterator[Partition]:
        if self.pending:
            yield self._next(tuple(self.pending))
            self.pending, self.pending_bytes = [], 0

    def streamed(self, documents: Iterator[Document | InputFailure]) -> Iterator[Partition]:
        while chunk := tuple(islice(documents, STREAMED_DOCUMENTS_PER_PARTITION)):
            yield self._next((), chunk)

    def _next(self, pieces: tuple[Piece, ...], documents: tuple[Document | InputFailure, ...] = ()) -> Partition:
        partition = Partition(self.index, pieces, documents)
        self.index += 1
        return partition


def _next_line_start(handle, offset: int) -> int:  # noqa: ANN001 - a binary file
    """The first line start at or after ``offset``."""
    handle.seek(offset - 1)
    position = offset - 1
    while True:
        block = handle.read(_SCAN_BYTES)
        if not block:
            return position
        newline = block.find(b"\n")
        if newline >= 0:
            return position + newline + 1
        position += len(block)


def _size(location: str) -> int:
    try:
        return os.stat(location).st_size
    except OSError:
        return 0


def _is_stream(path: str) -> bool:
    """A pipe, socket or device (``<(…)``, /dev/stdin): only this process can read it, and only once."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
