"""Partitions for cluster workers: read part by part, the inputs give exactly what one reader gets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quotes.inputs import iter_documents
from quotes.partitions import (
    MAX_PARTITION_BYTES,
    MIN_PARTITION_BYTES,
    PARTITIONS_PER_WORKER,
    auto_partition_bytes,
    count_lines,
    input_bytes,
    line_cuts,
    plan_partitions,
    read_partition,
)

FOLDER = Path(__file__).parent / "fixtures" / "io" / "folder"


def read_in_parts(paths, *, partition_bytes, **settings):
    """What the cluster workers read between them, concatenated in plan order, and the plan."""
    partitions = list(plan_partitions(paths, partition_bytes=partition_bytes, **settings))
    items, lines_before = [], 0
    for partition in partitions:
        if not partition.continues_jsonl:
            lines_before = 0
        items.extend(read_partition(partition, first_line=lines_before + 1))
        if partition.pieces and partition.pieces[0].file_format == "jsonl":
            piece = partition.pieces[0]
            lines_before += count_lines(piece.location, piece.start, piece.end)
    return items, partitions


@pytest.fixture
def corpus(tmp_path):
    """A JSONL file with what line numbering must survive: a BOM, blank lines, CRLF, broken lines,
    lines without ids, long and short lines; plus text files and a binary JSONL file."""
    lines = []
    for number in range(60):
        article = {"text": f'Article {number} says "quote {number}". ' + "word " * (number * 7 % 40)}
        if number % 3:
            article["id"] = f"id-{number}"
        lines.append(json.dumps(article))
        if number % 11 == 0:
            lines.append("")
        if number == 20:
            lines.append("{not json")
    data = "\ufeff" + "\r\n".join(lines[:10]) + "\r\n" + "\n".join(lines[10:]) + "\n"
    (tmp_path / "a.jsonl").write_bytes(data.encode("utf-8"))
    (tmp_path / "b.txt").write_text('She said "b".')
    (tmp_path / "c.txt").write_text("")
    (tmp_path / "d.jsonl").write_bytes(b"%PDF-1.4 binary\n" * 40)
    (tmp_path / "e.txt").write_text('"e," he said.')
    return tmp_path


@pytest.mark.parametrize("partition_bytes", [1, 50, 333, 4096, 10**9])
def test_parts_read_the_same_documents_with_the_same_ids_as_one_reader(corpus, partition_bytes):
    whole = list(iter_documents([str(corpus)]))
    parts, _ = read_in_parts([str(corpus)], partition_bytes=partition_bytes)
    assert parts == whole
    numbered = [item.doc_id for item in whole if item.doc_id.startswith(f"{corpus}/a.jsonl:")]
    assert len(numbered) >= 20 and f"{corpus}/a.jsonl:1" in numbered  # line numbers are really in play


def test_a_jsonl_file_is_cut_into_byte_ranges_on_line_starts(corpus):
    path = corpus / "a.jsonl"
    cuts = line_cuts(str(path), path.stat().st_size, 500)
    data = path.read_bytes()
    assert len(cuts) > 5
    assert cuts[0] == 0 and cuts == sorted(set(cuts))
    assert all(data[cut - 1 : cut] == b"\n" for cut in cuts[1:])


def test_text_files_are_grouped_into_partitions_of_about_the_partition_size(tmp_path):
    for number in range(10):
        (tmp_path / f"{number}.txt").write_text("x" * 100)
    _, partitions = read_in_parts([str(tmp_path)], partition_bytes=250)
    assert [len(p.pieces) for p in partitions] == [3, 3, 3, 1]


def test_a_binary_jsonl_file_is_one_failure_however_it_is_cut(corpus):
    parts, partitions = read_in_parts([str(corpus / "d.jsonl")], partition_bytes=100)
    assert len(partitions) > 3
    assert [(item.doc_id, item.error) for item in parts] == [(str(corpus / "d.jsonl"), "binary file (PDF), skipped")]


def test_the_plan_names_files_as_given_and_opens_them_by_absolute_path(corpus, monkeypatch):
    monkeypatch.chdir(corpus)
    partitions = list(plan_partitions(["b.txt", "a.jsonl"], partition_bytes=10**6))
    pieces = [piece for p in partitions for piece in p.pieces]
    assert [piece.path for piece in pieces] == ["b.txt", "a.jsonl"]
    assert [piece.location for piece in pieces] == [str(corpus / "b.txt"), str(corpus / "a.jsonl")]


def test_stdin_and_missing_files_keep_their_place_in_input_order(corpus):
    stdin = b'{"id": "s1", "text": "from stdin"}\n{"id": "s2", "text": "more"}\n'
    paths = [str(corpus / "b.txt"), "-", str(corpus / "missing.txt")]
    whole = list(iter_documents(paths, input_format="auto", stdin_bytes=stdin))
    parts, partitions = read_in_parts(paths, partition_bytes=1, stdin=stdin)
    assert parts == whole
    assert [p.streamed for p in partitions] == [False, True, False]


def test_the_plan_skips_the_tools_own_output_files(corpus):
    out = corpus / "out.jsonl"
    out.write_text('{"text": "not an input"}\n')
    planned = [piece.path for p in plan_partitions([str(corpus)], skip_paths=[str(out)]) for piece in p.pieces]
    assert str(out) not in planned and str(corpus / "a.jsonl") in planned


def test_counting_lines_of_a_range(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"a\nb\n\nc")
    assert count_lines(str(path), 0, None) == 3
    assert count_lines(str(path), 2, 5) == 2
    assert count_lines(os.fspath(tmp_path / "missing"), 0, None) == 0


def test_the_automatic_partition_size_gives_each_worker_several_within_bounds():
    assert auto_partition_bytes(800_000, 2) == 800_000 // (2 * PARTITIONS_PER_WORKER)
    assert auto_partition_bytes(1_000, 2) == MIN_PARTITION_BYTES
    assert auto_partition_bytes(400 * 10**9, 256) == MAX_PARTITION_BYTES


def test_input_bytes_adds_up_the_files_a_plan_reads(corpus):
    files = [f for f in corpus.iterdir() if f.suffix in (".txt", ".jsonl")]
    assert input_bytes([str(corpus), "-"]) == sum(f.stat().st_size for f in files) > 0
    assert input_bytes([str(corpus)], skip_paths=[str(corpus / "a.jsonl")]) == sum(
        f.stat().st_size for f in files if f.name != "a.jsonl"
    )
