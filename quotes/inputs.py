"""Reading inputs: files, folders, stdin and JSONL become a stream of Documents (or InputFailures).

Nothing here raises for a bad input: every unreadable file, binary blob or broken JSONL line becomes an
``InputFailure`` in its place in the stream, so one bad document never stops a batch. Folders are walked
lazily and JSONL is read line by line, so memory stays flat on huge inputs.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Any, BinaryIO, Literal

from quotes.records import Document, InputFailure

InputFormat = Literal["auto", "text", "jsonl"]
INPUT_FORMATS: tuple[str, ...] = ("auto", "text", "jsonl")

STDIN_PATH = "-"
STDIN_DOC_ID = "<stdin>"

#: Extensions picked up when walking a folder (anything else in a folder is skipped silently).
TEXT_SUFFIXES: tuple[str, ...] = (".txt",)
JSONL_SUFFIXES: tuple[str, ...] = (".jsonl",)

#: Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
#: The decoded text never contains the mark, so offsets count characters after it.
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

#: Magic numbers of binary formats people feed to text tools by mistake (file(1)'s magic database,
#: trimmed to what turns up next to news articles: saved PDFs, images, office files, archives).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP or Office document"),
    (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "executable"),
)

#: How much of a JSONL file is sniffed for binary content before reading it line by line.
SNIFF_BYTES = 8192

#: Legacy single-byte fallback for text that is not UTF-8: Windows-1252 is what "latin-1" news text
#: usually is (curly quotes at 0x93/0x94); latin-1 decodes anything, for the five bytes cp1252 lacks.
FALLBACK_ENCODINGS: tuple[str, ...] = ("cp1252", "latin-1")


class InputError(ValueError):
    """A document that cannot be read as text; the message is the one-line reason."""


class BinaryInput(InputError):
    """Bytes that are not text at all (NUL bytes or a known binary signature)."""


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a text file's bytes; return the text and notes about any fallback used.

    A BOM decides the encoding and is dropped. Otherwise UTF-8; bytes that are mostly UTF-8 with a few
    bad ones get U+FFFD replacements; bytes with no UTF-8 multibyte sequence at all are legacy
    single-byte text (cp1252, then latin-1). Binary content raises :class:`BinaryInput`.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), ()
            except UnicodeDecodeError as error:
                raise InputError(f"invalid {encoding.upper()} after its byte-order mark: {error.reason}") from None
    kind = binary_kind(data)
    if kind:
        raise BinaryInput(f"binary file ({kind}), skipped")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    # Real UTF-8 multibyte characters next to the bad bytes: a damaged UTF-8 file, not a legacy one;
    # a cp1252 decode would turn every good character into mojibake.
    if any(ch > "\x7f" and ch != "\ufffd" for ch in lenient):
        bad = lenient.count("\ufffd")
        return lenient, (f"invalid UTF-8 ({bad} bad byte sequence{'s' * (bad != 1)} replaced with U+FFFD)",)
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), (f"not valid UTF-8; decoded as {encoding}",)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format ``data`` starts with, "NUL bytes" for other binary, None for text."""
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    return "NUL bytes" if b"\x00" in data else None


def iter_documents(
    paths: Iterable[str],
    *,
    input_format: InputFormat = "auto",
    id_field: str = "id",
    text_field: str = "text",
    date_field: str = "date",
    stdin_bytes: bytes | BinaryIO | None = None,
    skip_paths: Collection[str] = (),
) -> Iterator[Document | InputFailure]:
    """Yield every document of ``paths`` in input order; no paths means stdin.

    ``stdin_bytes`` replaces ``sys.stdin.buffer`` (bytes or a binary stream). ``skip_paths`` are files a
    folder walk must not read (the tool's own output files), compared by real path.
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, not {input_format!r}")
    fields = _Fields(id_field, text_field, date_field)
    skip = {os.path.realpath(p) for p in skip_paths}
    for path in list(paths) or [STDIN_PATH]:
        if path == STDIN_PATH:
            yield from _read_stdin(stdin_bytes, input_format, fields)
        elif os.path.isdir(path):
            for found in walk_folder(path, input_format):
                if os.path.realpath(found) not in skip:
                    yield from _read_file(found, format_of(found, input_format), fields)
        else:
            yield from _read_file(path, format_of(path, input_format), fields)


def count_documents(
    paths: Iterable[str], *, input_format: InputFormat = "auto", skip_paths: Collection[str] = ()
) -> int | None:
    """How many documents :func:`iter_documents` will yield (failures included), for a progress ETA.

    None when stdin, a pipe or a device is an input (they can be read only once). Reads the same files
    again, JSONL line by line without decoding, so it is cheap next to extraction; an unreadable file
    counts as the one failure it will become.
    """
    skip = {os.path.realpath(p) for p in skip_paths}
    total = 0
    for path in list(paths) or [STDIN_PATH]:
        if path == STDIN_PATH:
            return None
        if os.path.isdir(path):
            files: Iterable[str] = walk_folder(path, input_format)
        elif os.path.isfile(path) or not os.path.exists(path):
            files = [path]  # a missing file still counts: it becomes one failure
        else:
            return None  # a pipe or device (``<(…)``, /dev/stdin): reading it here would take its documents
        for file in files:
            if file != path and os.path.realpath(file) in skip:
                continue
            total += _count_file(file, format_of(file, input_format))
    return total


def _count_file(path: str, file_format: str) -> int:
    if file_format != "jsonl":
        return 1
    try:
        with open(path, "rb") as handle:
            if binary_kind(handle.peek(SNIFF_BYTES)[:SNIFF_BYTES]):
                return 1
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1


class _Fields:
    """Names of the JSONL keys that hold id, text and date."""

    __slots__ = ("date", "id", "text")

    def __init__(self, id_field: str, text_field: str, date_field: str) -> None:
        self.id, self.text, self.date = id_field, text_field, date_field


def format_of(path: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    return "jsonl" if path.lower().endswith(JSONL_SUFFIXES) else "text"


def walk_folder(folder: str, input_format: str) -> Iterator[str]:
    """Files under ``folder`` in sorted path order, lazily, one directory listing at a time.

    Dotfiles and dot-directories are skipped; symlinked directories are not followed (no loops).
    With a forced ``input_format`` only that format's extension is picked up.
    """
    wanted = {"auto": TEXT_SUFFIXES + JSONL_SUFFIXES, "text": TEXT_SUFFIXES, "jsonl": JSONL_SUFFIXES}[input_format]
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return  # an unlistable subfolder holds nothing we can read; the top folder was checked by isdir
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(path, input_format)
        elif entry.name.lower().endswith(wanted):
            yield path


def read_file_part(
    path: str,
    *,
    location: str | None = None,
    file_format: str = "text",
    start: int = 0,
    end: int | None = None,
    first_line: int = 1,
    id_field: str = "id",
    text_field: str = "text",
    date_field: str = "date",
) -> Iterator[Document | InputFailure]:
    """The documents of one file, or of one part of a JSONL file, exactly as :func:`iter_documents`
    reads them, so that separate processes can each read their own part of a big input.

    ``path`` is the file as the user named it (doc ids and failures use it); ``location`` is where to
    open it (an absolute path for a worker with another working directory). For JSONL, only the lines
    that start in the byte range ``[start, end)`` are read; ``start`` must be a line start and
    ``first_line`` that line's number (ids ``path:LINE`` of lines without an id count from it).
    """
    fields = _Fields(id_field, text_field, date_field)
    yield from _read_file(path, file_format, fields, location=location, start=start, end=end, first_line=first_line)


def _read_file(
    path: str, file_format: str, fields: _Fields, *, location: str | None = None, **jsonl_range: int | None
) -> Iterator[Document | InputFailure]:
    if file_format == "jsonl":
        yield from _read_jsonl_file(path, fields, location=location or path, **jsonl_range)
        return
    try:
        with open(location or path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        yield InputFailure(path, _os_reason(location or path, error))
        return
    yield _text_document(path, data)


def _text_document(doc_id: str, data: bytes) -> Document | InputFailure:
    try:
        text, notes = decode_bytes(data)
    except InputError as error:
        return InputFailure(doc_id, str(error))
    if not text.strip():
        return InputFailure(doc_id, "empty document")
    return Document(doc_id=doc_id, text=text, notes=notes)


def _read_stdin(
    stdin_bytes: bytes | BinaryIO | None, input_format: str, fields: _Fields
) -> Iterator[Document | InputFailure]:
    source = stdin_bytes if stdin_bytes is not None else sys.stdin.buffer
    if input_format == "jsonl":
        lines = source.splitlines(keepends=True) if isinstance(source, bytes) else source
        yield from _parse_jsonl(lines, STDIN_DOC_ID, fields)
    else:
        yield _text_document(STDIN_DOC_ID, source if isinstance(source, bytes) else source.read())


def _read_jsonl_file(
    path: str, fields: _Fields, *, location: str, start: int = 0, end: int | None = None, first_line: int = 1
) -> Iterator[Document | InputFailure]:
    try:
        handle = open(location, "rb")  # noqa: SIM115 - closed by the with below, after the error branch
    except OSError as error:
        yield InputFailure(path, _os_reason(location, error))
        return
    with handle:
        try:
            kind = binary_kind(handle.peek(SNIFF_BYTES)[:SNIFF_BYTES])
            handle.seek(start)
        except OSError as error:
            yield InputFailure(path, _os_reason(location, error))
            return
        if kind:
            if start == 0:  # the whole file is one failure, reported by the part that starts it
                yield InputFailure(path, f"binary file ({kind}), skipped")
            return
        try:
            yield from _parse_jsonl(_lines_until(handle, end), path, fields, first_line=first_line)
        except OSError as error:  # a read error half-way: report the file, keep what was read
            yield InputFailure(path, _os_reason(location, error))


def _lines_until(handle: BinaryIO, end: int | None) -> Iterator[bytes]:
    """The lines of ``handle`` from where it stands that start before byte ``end`` (all when None)."""
    if end is None:
        yield from handle
        return
    while handle.tell() < end:
        line = handle.readline()
        if not line:
            return
        yield line


def _parse_jsonl(
    lines: Iterable[bytes], source: str, fields: _Fields, *, first_line: int = 1
) -> Iterator[Document | InputFailure]:
    for line_no, raw in enumerate(lines, start=first_line):
        if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue  # blank lines (a trailing newline, a blank separator) are not documents
        yield _jsonl_document(raw, f"{source}:{line_no}", fields)


def _jsonl_document(raw: bytes, location: str, fields: _Fields) -> Document | InputFailure:
    notes: tuple[str, ...] = ()
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            line, notes = decode_bytes(raw)
        except InputError as error:
            return InputFailure(location, str(error))
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        return InputFailure(location, f"invalid JSON: {error.msg} (column {error.colno})")
    if not isinstance(obj, dict):
        return InputFailure(location, f"JSON line is not an object (got {_json_type(obj)})")
    return _object_document(obj, location, fields, notes)


def document_from_object(
    obj: Mapping[str, Any], location: str, *, id_field: str = "id", text_field: str = "text", date_field: str = "date"
) -> Document | InputFailure:
    """A Document from a JSON-like object (a JSONL line, a dict in a Dask bag), checked as JSONL input
    is; ``location`` is its doc id when the object has no id."""
    return _object_document(obj, location, _Fields(id_field, text_field, date_field), ())


def _object_document(
    obj: Mapping[str, Any], location: str, fields: _Fields, notes: tuple[str, ...]
) -> Document | InputFailure:
    raw_id = obj.get(fields.id)
    doc_id = location if raw_id is None or raw_id == "" else str(raw_id)
    if fields.text not in obj:
        return InputFailure(doc_id, f"missing {fields.text!r} field")
    text = obj[fields.text]
    if not isinstance(text, str):
        return InputFailure(doc_id, f"{fields.text!r} field is not a string (got {_json_type(text)})")
    if not text.strip():
        return InputFailure(doc_id, "empty document")
    date = obj.get(fields.date)
    if date is not None and not isinstance(date, str):
        return InputFailure(doc_id, f"{fields.date!r} field is not a string (got {_json_type(date)})")
    return Document(doc_id=doc_id, text=text, date=date or None, notes=notes)


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _os_reason(path: str, error: OSError) -> str:
    if isinstance(error, FileNotFoundError) and os.path.islink(path):
        return "broken symlink"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or type(error).__name__).lower()
