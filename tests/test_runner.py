"""The batch runner: output contract, failures, --errors, --resume, Ctrl-C, closed pipes, --jobs."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import ClassVar

import pytest
from fakes import FakeExtractor

from quotes.inputs import count_documents
from quotes.output import PROGRESS_SUFFIX
from quotes.records import RECORD_KEYS
from quotes.reporting import Reporter
from quotes.runner import ExtractSettings, run_extract

REPO = Path(__file__).resolve().parents[1]


def run(paths=(), *, stdin=None, extractor_factory=FakeExtractor, **settings):
    """run_extract with captured stdout/stderr; returns (exit code, stdout text, stderr text)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_extract(
        ExtractSettings(paths=tuple(str(p) for p in paths), **settings),
        stdout=stdout,
        stderr=stderr,
        stdin=stdin,
        extractor_factory=extractor_factory,
    )
    return code, stdout.getvalue(), stderr.getvalue()


def json_lines(text: str) -> list[dict]:
    assert text == "" or text.endswith("\n"), "output must end with a whole line"
    return [json.loads(line) for line in text.splitlines()]


def write_articles(folder: Path, texts: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# ------------------------------------------------------------------------------------------ contract


def test_records_go_to_stdout_in_input_and_text_order(tmp_path):
    paths = write_articles(
        tmp_path,
        {"b.txt": 'Intro.\n"One," said A.\n"Two," said B.\n', "a.txt": '"Three," said C.'},
    )
    code, out, err = run(paths, date="2024-01-02")
    assert code == 0
    records = json_lines(out)
    assert [(r["doc_id"], r["quote"]) for r in records] == [
        (str(paths[0]), '"One,"'),
        (str(paths[0]), '"Two,"'),
        (str(paths[1]), '"Three,"'),
    ]
    assert list(records[0]) == list(RECORD_KEYS)
    text = paths[0].read_text()
    assert all(text[r["quote_start"] : r["quote_end"]] == r["quote"] for r in records[:2])
    assert {r["date"] for r in records} == {"2024-01-02"}
    assert err.startswith("quotes: 2 documents, 3 quotes, 0 failed, ")


def test_non_ascii_is_written_as_utf8_not_escaped(tmp_path):
    [path] = write_articles(tmp_path, {"fr.txt": 'Il a dit "déjà vu".'})
    stdout = io.BytesIO()
    code = run_extract(ExtractSettings(paths=(str(path),)), stdout=stdout, stderr=io.StringIO(), extractor_factory=FakeExtractor)
    assert code == 0
    assert '"quote": "\\"déjà vu\\""'.encode() in stdout.getvalue()


def test_offsets_count_characters_after_a_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes('Intro.\n"Quoted," she said.'.encode("utf-16"))  # the codec writes a BOM
    code, out, _ = run([path])
    assert code == 0
    [record] = json_lines(out)
    assert (record["quote_start"], record["quote_end"]) == (7, 16)


def test_failures_are_one_line_each_on_stderr_and_in_the_errors_file(tmp_path):
    paths = write_articles(
        tmp_path,
        {"ok.txt": '"Fine," he said.', "boom.txt": "BOOM\nhere", "empty.txt": "   \n", "ok2.txt": '"Also," she said.'},
    )
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    errors = tmp_path / "errors.jsonl"
    code, out, err = run([*paths, binary, tmp_path / "nope.txt"], errors=str(errors))
    assert code == 1
    assert [r["doc_id"] for r in json_lines(out)] == [str(paths[0]), str(paths[3])]
    expected = [
        (str(paths[1]), "RuntimeError: boom in text"),
        (str(paths[2]), "empty document"),
        (str(binary), "binary file (PNG), skipped"),
        (str(tmp_path / "nope.txt"), "no such file or directory"),
    ]
    failure_lines = [line for line in err.splitlines() if "documents," not in line]
    assert failure_lines == [f"quotes: {doc_id}: {reason}" for doc_id, reason in expected]
    assert json_lines(errors.read_text()) == [{"doc_id": d, "error": e} for d, e in expected]
    assert "6 documents, 2 quotes, 4 failed" in err


def test_note_for_fallback_decoding_is_printed_once_and_quiet_hides_it(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(b'\x93Legacy,\x94 he said. "Straight," too.\nSecond "line" here.')
    code, out, err = run([path])
    assert code == 0
    assert err.count("note:") == 1
    assert f"quotes: note: {path}: not valid UTF-8; decoded as cp1252" in err
    code, out_quiet, err_quiet = run([path], quiet=True)
    assert (code, out_quiet, err_quiet) == (0, out, "")


def test_quiet_still_reports_failures(tmp_path):
    code, out, err = run([tmp_path / "missing.txt"], quiet=True)
    assert (code, out, err) == (1, "", f"quotes: {tmp_path / 'missing.txt'}: no such file or directory\n")


def test_stdin_text_and_jsonl():
    code, out, _ = run([], stdin=b'"Hi," she said.')
    assert [r["doc_id"] for r in json_lines(out)] == ["<stdin>"]
    jsonl = b'{"id": "n1", "text": "\\"A,\\" b.", "date": "2023-01-01"}\n{"text": "\\"C,\\" d."}\n'
    code, out, _ = run(["-"], stdin=jsonl, input_format="jsonl", date="2024-06-01")
    assert code == 0
    assert [(r["doc_id"], r["date"]) for r in json_lines(out)] == [("n1", "2023-01-01"), ("<stdin>:2", "2024-06-01")]


def test_unparseable_publication_date_is_a_note_not_a_failure():
    jsonl = b'{"id": "n1", "text": "\\"A,\\" b.", "date": "sometime soon"}\n'
    code, out, err = run(["-"], stdin=jsonl, input_format="jsonl")
    assert code == 0 and len(json_lines(out)) == 1
    assert "note: n1: publication date 'sometime soon' not understood" in err


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"date": "2024-13-01"}, "--date must be a valid date"),
        ({"date": "20240101"}, "--date must be a valid date"),
        ({"jobs": -1}, "--jobs must be 0"),
        ({"batch_size": 0}, "--batch-size must be 1"),
        ({"resume": True}, "--resume needs -o OUT"),
        ({"input_format": "xml"}, "--input-format must be one of"),
    ],
)
def test_usage_errors_exit_2_before_any_work(settings, message):
    code, out, err = run([], stdin=b'"x," y.', **settings)
    assert (code, out) == (2, "")
    assert err.startswith("quotes: " + message) and err.count("\n") == 1


def test_missing_model_is_a_one_line_usage_error():
    from quotes.model import ModelNotFound

    def no_model(model):
        raise ModelNotFound(f"spaCy model {model!r} is not installed; install it")

    code, out, err = run([], stdin=b"x", model="xx_nothing", extractor_factory=no_model)
    assert (code, out, err) == (2, "", "quotes: spaCy model 'xx_nothing' is not installed; install it\n")


def test_other_factory_errors_are_not_disguised_as_a_missing_model():
    def broken(model):
        raise TypeError("bad pipeline")

    with pytest.raises(TypeError):
        run([], stdin=b"x", extractor_factory=broken)


def test_ctrl_c_during_the_model_load_is_a_clean_exit_130():
    def interrupted(model):
        raise KeyboardInterrupt

    assert run([], stdin=b"x", extractor_factory=interrupted) == (130, "", "quotes: interrupted\n")


def test_unwritable_output_is_a_usage_error(tmp_path):
    code, out, err = run([], stdin=b"x", out=str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert (code, out) == (2, "")
    assert err.startswith(f"quotes: cannot write {tmp_path / 'no' / 'such' / 'dir.jsonl'}: ")


# ------------------------------------------------------------------------------------------ -o and --resume


def make_batch(folder: Path, count: int = 6) -> list[Path]:
    folder.mkdir(exist_ok=True)
    return write_articles(
        folder, {f"doc{n}.txt": f'Doc {n}.\n"Quote {n}a," said X.\n"Quote {n}b," said Y.\n' for n in range(count)}
    )


def test_output_file_overwrites_and_keeps_stdout_empty(tmp_path):
    paths = make_batch(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n")
    code, stdout, _ = run(paths, out=str(out))
    assert (code, stdout) == (0, "")
    assert len(json_lines(out.read_text())) == 4
    progress = json_lines((tmp_path / ("out.jsonl" + PROGRESS_SUFFIX)).read_text())
    assert [p["doc_id"] for p in progress] == [str(p) for p in paths]
    assert progress[-1]["offset"] == out.stat().st_size


class CountingExtractor(FakeExtractor):
    seen: ClassVar[list[str]] = []

    def extract(self, document, *, default_date=None):
        CountingExtractor.seen.append(document.doc_id)
        return super().extract(document, default_date=default_date)


def test_resume_after_a_kill_finishes_the_output_exactly_once(tmp_path):
    paths = make_batch(tmp_path / "in")
    full = tmp_path / "full.jsonl"
    assert run(paths, out=str(full))[0] == 0
    expected = full.read_bytes()
    progress = (tmp_path / ("full.jsonl" + PROGRESS_SUFFIX)).read_text().splitlines(keepends=True)

    # A run killed while writing document 3: OUT holds 2 documents and half a line, the sidecar 2 entries
    # and a torn third one.
    out = tmp_path / "out.jsonl"
    two_docs = json.loads(progress[1])["offset"]
    out.write_bytes(expected[: two_docs + 25])
    Path(str(out) + PROGRESS_SUFFIX).write_text("".join(progress[:2]) + progress[2][:10])

    CountingExtractor.seen = []
    code, _, err = run(paths, out=str(out), resume=True, extractor_factory=CountingExtractor)
    assert code == 0
    assert out.read_bytes() == expected
    assert CountingExtractor.seen == [str(p) for p in paths[2:]]
    assert "2 already in output" in err
    # A second resume has nothing left to do.
    CountingExtractor.seen = []
    assert run(paths, out=str(out), resume=True, extractor_factory=CountingExtractor)[0] == 0
    assert (CountingExtractor.seen, out.read_bytes()) == ([], expected)


def test_resume_without_a_progress_file_refuses(tmp_path):
    out = tmp_path / "foreign.jsonl"
    out.write_text('{"doc_id": "x"}\n')
    code, _, err = run([], stdin=b"x", out=str(out), resume=True)
    assert code == 2 and "no " + str(out) + PROGRESS_SUFFIX in err
    assert out.read_text() == '{"doc_id": "x"}\n'


def test_resume_with_no_output_yet_starts_fresh(tmp_path):
    paths = make_batch(tmp_path / "in", 2)
    out = tmp_path / "new.jsonl"
    assert run(paths, out=str(out), resume=True)[0] == 0
    assert len(json_lines(out.read_text())) == 4


def test_failed_documents_are_retried_on_resume(tmp_path):
    path = tmp_path / "flaky.txt"
    path.write_text("BOOM")
    out = tmp_path / "out.jsonl"
    assert run([path], out=str(out))[0] == 1
    path.write_text('"Now fine," he said.')
    assert run([path], out=str(out), resume=True)[0] == 0
    assert [r["quote"] for r in json_lines(out.read_text())] == ['"Now fine,"']


@pytest.mark.parametrize(("batch_size", "kept"), [(1, 2), (2, 2), (4, 0)])
def test_interrupt_keeps_whole_documents_and_resume_completes(tmp_path, batch_size, kept):
    # Documents parsed together are written together: an interrupt loses the batch it hits, no more.
    paths = make_batch(tmp_path / "in", 4)
    paths[2].write_text('"Before," A said.\nINTERRUPT\n')
    out = tmp_path / "out.jsonl"
    code, _, err = run(paths, out=str(out), batch_size=batch_size)
    assert code == 130 and err == "quotes: interrupted\n"
    assert [r["doc_id"] for r in json_lines(out.read_text())] == [str(p) for p in paths[:kept] for _ in range(2)]
    paths[2].write_text('"Before," A said.\n')
    assert run(paths, out=str(out), resume=True)[0] == 0
    assert [r["doc_id"] for r in json_lines(out.read_text())] == [
        str(p) for p in paths for _ in range(1 if p == paths[2] else 2)
    ]


# ------------------------------------------------------------------------------------------ --jobs


def test_jobs_keep_input_order_and_match_a_single_process(tmp_path):
    # Early documents sleep longest, so workers finish them last.
    texts = {f"d{n:02}.txt": f'SLEEP{(12 - n) * 15} x\n"Quote {n}," said X.\n' for n in range(12)}
    texts["d05.txt"] = "BOOM"
    paths = write_articles(tmp_path, texts)
    serial = run(paths)
    parallel = run(paths, jobs=2, batch_size=2)
    assert parallel[0] == serial[0] == 1
    assert parallel[1] == serial[1]
    assert [r["doc_id"] for r in json_lines(parallel[1])] == [str(p) for p in paths if p.name != "d05.txt"]
    assert f"quotes: {paths[5]}: RuntimeError: boom in text" in parallel[2].splitlines()


class DyingExtractor(FakeExtractor):
    def extract(self, document, *, default_date=None):
        if "DIE" in document.text:
            os._exit(3)  # a worker killed by the OS (out of memory, segfault)
        return super().extract(document, default_date=default_date)


def test_a_dead_worker_fails_its_documents_without_hanging(tmp_path):
    texts = {f"d{n}.txt": f'"Quote {n}," said X.' for n in range(6)}
    texts["d1.txt"] = "DIE"
    paths = write_articles(tmp_path, texts)
    code, out, err = run(paths, jobs=2, batch_size=1, extractor_factory=DyingExtractor)
    assert code == 1
    assert f"quotes: {paths[1]}: worker process died (BrokenProcessPool)" in err
    # Documents after the crash still get processed by a fresh pool.
    assert str(paths[5]) in {r["doc_id"] for r in json_lines(out)}


# ------------------------------------------------------------------------------------------ stderr UI


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_stderr(tmp_path):
    paths = make_batch(tmp_path / "in", 3)
    stdout, terminal = io.StringIO(), FakeTerminal()
    assert run_extract(ExtractSettings(paths=tuple(map(str, paths))), stdout=stdout, stderr=terminal, extractor_factory=FakeExtractor) == 0
    assert "docs/s" in terminal.getvalue() or "documents" in terminal.getvalue()
    assert "\x1b" in terminal.getvalue()  # Rich drew (and erased) a live display
    assert len(json_lines(stdout.getvalue())) == 6
    _, _, plain = run(paths)
    assert "\x1b" not in plain and plain.count("\n") == 1


def test_progress_bar_gets_the_document_count_for_an_eta(tmp_path):
    paths = make_batch(tmp_path / "in", 3)
    reporter = Reporter(FakeTerminal(), quiet=False)
    with reporter.live():
        task = reporter._progress.tasks[0]
        assert task.total is None  # pulsing until counted
        reporter.count_in_background(lambda: count_documents([str(p) for p in paths]))
        deadline = time.monotonic() + 10
        while task.total is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert task.total == 3 and task.fields["of_total"] == "/3"


def test_progress_bar_without_a_count_keeps_pulsing(tmp_path):
    reporter = Reporter(FakeTerminal(), quiet=False)
    with reporter.live():
        reporter.count_in_background(lambda: None)
        time.sleep(0.05)
        assert reporter._progress.tasks[0].total is None


# ------------------------------------------------------------------------------------------ real processes

CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from fakes import FakeExtractor
    from quotes.runner import ExtractSettings, run_extract

    class Slow(FakeExtractor):
        def extract(self, document, *, default_date=None):
            time.sleep({delay})
            return super().extract(document, default_date=default_date)

    sys.exit(run_extract(ExtractSettings(paths=tuple(sys.argv[2:]), out=sys.argv[1] or None), extractor_factory=Slow))
    """
)


def start_child(tmp_path: Path, paths, delay: float, out: Path | None = None, **popen) -> subprocess.Popen:
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(tests=str(Path(__file__).parent), delay=delay))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, str(script), str(out or ""), *map(str, paths)], env=env, stderr=subprocess.PIPE, **popen
    )


def test_closed_pipe_exits_quietly(tmp_path):
    paths = make_batch(tmp_path / "in", 200)
    child = start_child(tmp_path, paths, 0.001, stdout=subprocess.PIPE)
    head = [child.stdout.readline() for _ in range(3)]
    child.stdout.close()
    _, err = child.communicate(timeout=60)
    assert all(json.loads(line) for line in head)
    assert child.returncode == 141
    assert err == b""


def test_ctrl_c_exits_130_with_whole_lines_only(tmp_path):
    paths = make_batch(tmp_path / "in", 200)
    out = tmp_path / "out.jsonl"
    child = start_child(tmp_path, paths, 0.05, out=out)  # slow enough that a loaded machine still interrupts mid-batch
    deadline = time.monotonic() + 30
    while (not out.exists() or out.stat().st_size < 500) and time.monotonic() < deadline:
        time.sleep(0.02)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 130
    assert err == b"quotes: interrupted\n"
    records = json_lines(out.read_text())
    assert 0 < len(records) < 400 and len(records) % 2 == 0  # whole documents (two quotes each)
