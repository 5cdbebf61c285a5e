"""Reading records back from JSON Lines written by ``quotes extract`` (for ``show --records`` and ``report``).

Like the input reader, nothing here raises for bad data: a missing file or a broken line becomes a
:class:`RecordProblem` in its place, so one bad line never stops a report.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from quotes.inputs import STDIN_PATH


@dataclass(frozen=True)
class RecordProblem:
    """A record file or line that could not be used; ``location`` is ``path`` or ``path:line``."""

    location: str
    error: str


def read_records(
    paths: Iterable[str], *, stdin: BinaryIO | bytes | None = None
) -> Iterator[dict[str, Any] | RecordProblem]:
    """Every record object of ``paths`` in order, or a problem where one is unusable.

    ``-`` is stdin; a folder stands for its ``.jsonl`` files (recursively, sorted, dotfiles skipped).
    """
    for path in _expand(paths):
        if path == STDIN_PATH:
            source = stdin if stdin is not None else sys.stdin.buffer
            lines = source.splitlines() if isinstance(source, bytes) else source
            yield from _parse(lines, "<stdin>")
            continue
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed by the with below, after the error branch
        except OSError as error:
            yield RecordProblem(path, _reason(error))
            continue
        with handle:
            try:
                yield from _parse(handle, path)
            except OSError as error:
                yield RecordProblem(path, _reason(error))


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for path in paths:
        if path != STDIN_PATH and os.path.isdir(path):
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
                for name in sorted(files):
                    if name.endswith(".jsonl") and not name.startswith("."):
                        yield os.path.join(folder, name)
        else:
            yield path


def _parse(lines: Iterable[bytes], source: str) -> Iterator[dict[str, Any] | RecordProblem]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        location = f"{source}:{number}"
        try:
            record = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            yield RecordProblem(location, f"invalid JSON: {getattr(error, 'msg', error)}")
            continue
        if not isinstance(record, dict):
            yield RecordProblem(location, "not a JSON object")
        elif not isinstance(record.get("doc_id"), str):
            yield RecordProblem(location, "record has no string doc_id")
        else:
            yield record


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or type(error).__name__).lower()
