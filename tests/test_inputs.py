"""Reading inputs: decoding, binary detection, folder walks, JSONL, and per-document failures."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from quotes.inputs import BinaryInput, InputError, count_documents, decode_bytes, iter_documents
from quotes.records import Document, InputFailure

FOLDER = Path(__file__).parent / "fixtures" / "io" / "folder"


def read_all(paths, **settings):
    return list(iter_documents([str(p) for p in paths], **settings))


def as_pairs(items):
    """(doc_id, text or error) per item, to compare streams compactly."""
    return [(i.doc_id, i.text if isinstance(i, Document) else "FAILED: " + i.error) for i in items]


# ------------------------------------------------------------------------------------------ decoding


@pytest.mark.parametrize(
    "data, text",
    [
        ("“Fine,” she said.".encode(), "“Fine,” she said."),
        (b'\xef\xbb\xbf"Yes," he said.', '"Yes," he said.'),
        ("\ufeff“Oui,” dit-il.".encode("utf-16-le"), "“Oui,” dit-il."),
        ("\ufeff“Ja,” sagte er.".encode("utf-16-be"), "“Ja,” sagte er."),
        ("\ufeffZ said “ok”.".encode("utf-32-le"), "Z said “ok”."),
        (b"Line one\r\nLine two\r\n", "Line one\r\nLine two\r\n"),  # offsets need the text as read
    ],
)
def test_decode_bytes_drops_the_bom_and_keeps_the_text_as_read(data, text):
    assert decode_bytes(data) == (text, ())


def test_decode_bytes_reads_cp1252_curly_quotes_with_a_note():
    text, notes = decode_bytes(b"\x93We will win,\x94 she said. Caf\xe9.")
    assert text == "“We will win,” she said. Café."
    assert notes == ("not valid UTF-8; decoded as cp1252",)


def test_decode_bytes_falls_back_to_latin1_for_bytes_cp1252_lacks():
    text, notes = decode_bytes(b"odd \x81 byte")
    assert text == "odd \x81 byte"
    assert notes == ("not valid UTF-8; decoded as latin-1",)


def test_decode_bytes_keeps_damaged_utf8_as_utf8():
    text, notes = decode_bytes("“Ça va,” she said. ".encode() + b"\xff")
    assert text == "“Ça va,” she said. \ufffd"
    assert notes == ("invalid UTF-8 (1 bad byte sequence replaced with U+FFFD)",)


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP or Office document"),
        (b"plain start\x00then NUL", "NUL bytes"),
    ],
)
def test_decode_bytes_rejects_binary(data, kind):
    with pytest.raises(BinaryInput, match=kind):
        decode_bytes(data)


def test_decode_bytes_reports_broken_utf16_after_its_bom():
    with pytest.raises(InputError, match="UTF-16-LE"):
        decode_bytes(b"\xff\xfeA\x00\x00\xd8")  # a lone high surrogate


# ------------------------------------------------------------------------------------------ folders


def test_folder_walk_is_recursive_sorted_and_skips_dotfiles_and_other_extensions():
    items = read_all([FOLDER])
    assert [i.doc_id for i in items] == [
        "j1",
        "j2",
        os.path.join(str(FOLDER), "b.txt"),
        os.path.join(str(FOLDER), "sub", "c.txt"),
        os.path.join(str(FOLDER), "z.txt"),
    ]
    assert all(isinstance(i, Document) for i in items)


def test_folder_doc_ids_join_the_path_as_given(monkeypatch):
    monkeypatch.chdir(FOLDER.parent)
    items = read_all(["folder/"], input_format="text")
    assert [i.doc_id for i in items] == ["folder/b.txt", "folder/sub/c.txt", "folder/z.txt"]


def test_forced_jsonl_format_picks_only_jsonl_files_in_folders():
    assert [i.doc_id for i in read_all([FOLDER], input_format="jsonl")] == ["j1", "j2"]


def test_folder_walk_skips_the_tools_own_output(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": "x", "text": "Some text."}\n')
    (tmp_path / "out.jsonl").write_text('{"doc_id": "x", "quote": "q"}\n')
    items = list(iter_documents([str(tmp_path)], skip_paths=[str(tmp_path / "out.jsonl")]))
    assert [i.doc_id for i in items] == ["x"]


def test_folder_walk_does_not_follow_symlinked_folders(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("Text.")
    (tmp_path / "real" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [i.doc_id for i in read_all([tmp_path])] == [str(tmp_path / "real" / "a.txt")]


# ------------------------------------------------------------------------------------------ counting


@pytest.mark.parametrize("input_format", ["auto", "text", "jsonl"])
def test_count_documents_agrees_with_what_is_read(input_format):
    assert count_documents([FOLDER], input_format=input_format) == len(read_all([FOLDER], input_format=input_format))


def test_count_documents_counts_failures_and_skips_the_tools_own_output(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "T."}\n\nnot json\n{"id": "y"}\n')
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "pic.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "out.jsonl").write_text('{"doc_id": "x"}\n' * 5)
    paths = [str(tmp_path)]
    expected = len(list(iter_documents(paths, skip_paths=[str(tmp_path / "out.jsonl")])))
    assert count_documents(paths, skip_paths=[str(tmp_path / "out.jsonl")]) == expected == 5


def test_count_documents_is_unknown_for_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    assert count_documents([str(tmp_path / "a.txt"), "-"]) is None
    assert count_documents([]) is None


def test_count_documents_never_reads_a_pipe(tmp_path):
    # Opening a FIFO for reading would block (no writer) and would steal the documents from the reader.
    fifo = tmp_path / "articles.jsonl"
    os.mkfifo(fifo)
    assert count_documents([str(fifo)]) is None


def test_count_documents_counts_a_missing_file_as_its_failure(tmp_path):
    assert count_documents([str(tmp_path / "gone.txt"), str(tmp_path / "gone.jsonl")]) == 2


# ------------------------------------------------------------------------------------------ files


def test_explicit_file_with_other_extension_is_text(tmp_path):
    path = tmp_path / "article.md"
    path.write_text('"Hello," she said.')
    assert as_pairs(read_all([path])) == [(str(path), '"Hello," she said.')]


def test_explicit_jsonl_file_read_as_text_when_forced(tmp_path):
    path = tmp_path / "raw.jsonl"
    path.write_text('{"text": "x"}\n')
    assert as_pairs(read_all([path], input_format="text")) == [(str(path), '{"text": "x"}\n')]


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_empty_and_whitespace_only_files_are_failures(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert as_pairs(read_all([path])) == [(str(path), "FAILED: empty document")]


def test_bad_files_fail_one_by_one_and_the_batch_goes_on(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text("Fine text.")
    pdf = tmp_path / "paper.txt"
    pdf.write_bytes(b"%PDF-1.4 binary")
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    missing = tmp_path / "missing.txt"
    real_open = open

    def deny(path, *args, **kwargs):  # tests run as root, where chmod 000 would not stop a read
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    items = read_all([pdf, broken, locked, missing, good])
    assert as_pairs(items) == [
        (str(pdf), "FAILED: binary file (PDF), skipped"),
        (str(broken), "FAILED: broken symlink"),
        (str(locked), "FAILED: permission denied"),
        (str(missing), "FAILED: no such file or directory"),
        (str(good), "Fine text."),
    ]


def test_fallback_decoding_is_a_note_not_a_failure(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(b"\x93Quote,\x94 he said.")
    [document] = read_all([path])
    assert isinstance(document, Document)
    assert document.text == "“Quote,” he said."
    assert document.notes == ("not valid UTF-8; decoded as cp1252",)


# ------------------------------------------------------------------------------------------ JSONL


def test_jsonl_with_custom_field_names(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(
        json.dumps({"uid": 7, "body": "Body text.", "published": "2024-05-01", "text": "ignored"}) + "\n",
        encoding="utf-8",
    )
    [document] = read_all([path], id_field="uid", text_field="body", date_field="published")
    assert document == Document(doc_id="7", text="Body text.", date="2024-05-01")


def test_jsonl_bad_lines_fail_with_path_and_line_number(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [
        '{"id": "ok1", "text": "One."}',
        "{not json",
        "[1, 2]",
        '{"id": "no-text", "body": "x"}',
        '{"text": 42}',
        "",  # blank lines are skipped, not failures
        '{"text": "   "}',
        '{"text": "Two.", "date": 20240101}',
        '{"text": "No id, line nine."}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    at = f"{path}:"
    assert as_pairs(read_all([path])) == [
        ("ok1", "One."),
        (at + "2", "FAILED: invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
        (at + "3", "FAILED: JSON line is not an object (got array)"),
        ("no-text", "FAILED: missing 'text' field"),
        (at + "5", "FAILED: 'text' field is not a string (got number)"),
        (at + "7", "FAILED: empty document"),
        (at + "8", "FAILED: 'date' field is not a string (got number)"),
        (at + "9", "No id, line nine."),
    ]


def test_jsonl_keeps_utf8_text_and_skips_a_leading_bom(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "«Oui», dit-il."}, ensure_ascii=False).encode())
    assert as_pairs(read_all([path])) == [("a", "«Oui», dit-il.")]


def test_binary_jsonl_file_is_one_failure(tmp_path):
    path = tmp_path / "packed.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4)
    assert as_pairs(read_all([path])) == [(str(path), "FAILED: binary file (gzip), skipped")]


def test_jsonl_is_streamed_line_by_line():
    payload = "".join(json.dumps({"id": str(n), "text": f"Text {n}."}) + "\n" for n in range(1000)).encode()
    stream = io.BytesIO(payload)
    documents = iter_documents(["-"], input_format="jsonl", stdin_bytes=stream)
    assert next(documents).doc_id == "0"
    assert stream.tell() < 100  # only the first line was read, not the whole input
    assert sum(1 for _ in documents) == 999


# ------------------------------------------------------------------------------------------ stdin


def test_no_paths_reads_stdin_as_text():
    assert as_pairs(iter_documents([], stdin_bytes=b"\xef\xbb\xbfHello.")) == [("<stdin>", "Hello.")]


def test_stdin_jsonl_from_a_stream():
    stream = io.BytesIO(b'{"id": "s1", "text": "A."}\nnot json\n')
    items = list(iter_documents(["-"], input_format="jsonl", stdin_bytes=stream))
    assert as_pairs(items) == [("s1", "A."), ("<stdin>:2", "FAILED: invalid JSON: Expecting value (column 1)")]


def test_unknown_input_format_is_rejected():
    with pytest.raises(ValueError, match="input_format"):
        list(iter_documents([], input_format="xml", stdin_bytes=b"x"))  # type: ignore[arg-type]


def test_failure_items_carry_no_text():
    [failure] = iter_documents([], stdin_bytes=b"")
    assert failure == InputFailure("<stdin>", "empty document")
