"""The ``quotes`` command line through Typer's CliRunner: arguments, exit codes, stdout purity."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from fakes import FakeExtractor
from typer.testing import CliRunner

from quotes import __version__
from quotes.cli import app
from quotes.output import PROGRESS_SUFFIX

FOLDER = Path(__file__).parent / "fixtures" / "io" / "folder"


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr("quotes.runner.default_extractor", FakeExtractor)
    return FakeExtractor


@pytest.fixture
def cli():
    runner = CliRunner()

    def invoke(*args: str, stdin: bytes | str | None = None):
        return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)

    return invoke


def records_of(stdout: str) -> list[dict]:
    """Every stdout line must be one JSON object: stdout carries data only."""
    return [json.loads(line) for line in stdout.splitlines()]


def test_version(cli):
    result = cli("--version")
    assert (result.exit_code, result.stdout) == (0, f"quotes {__version__}\n")


def test_no_command_shows_help(cli):
    result = cli()
    assert "extract" in result.output and "eval" in result.output


@pytest.mark.parametrize("args", [["extract", "-"], ["extract"]])
def test_stdin_dash_or_no_path(cli, fake_extractor, args):
    result = cli(*args, "--date", "2024-02-29", stdin='"Leap day," she said.\n')
    assert result.exit_code == 0
    assert [(r["doc_id"], r["quote"], r["date"]) for r in records_of(result.stdout)] == [
        ("<stdin>", '"Leap day,"', "2024-02-29")
    ]
    assert "1 document, 1 quote, 0 failed" in result.stderr


def test_folder_is_walked_recursively_sorted_without_dotfiles(cli, fake_extractor, monkeypatch):
    monkeypatch.chdir(FOLDER.parent)
    result = cli("extract", "folder", "-q")
    assert result.exit_code == 0
    assert [r["doc_id"] for r in records_of(result.stdout)] == ["j1", "folder/b.txt", "folder/sub/c.txt"]
    assert result.stderr == ""


def test_jsonl_with_custom_field_names(cli, fake_extractor, tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"uid": "u1", "body": 'He said "yes".', "when": "2020-01-01"}, {"uid": "u2", "body": "BOOM"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = cli("extract", str(path), "--id-field", "uid", "--text-field", "body", "--date-field", "when")
    assert result.exit_code == 1
    assert [(r["doc_id"], r["date"]) for r in records_of(result.stdout)] == [("u1", "2020-01-01")]
    assert "quotes: u2: RuntimeError: boom in text\n" in result.stderr


def test_output_file_leaves_stdout_empty(cli, fake_extractor, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("extract", str(FOLDER / "b.txt"), "-o", str(out))
    assert (result.exit_code, result.stdout) == (0, "")
    assert [r["quote"] for r in records_of(out.read_text())] == ['"We will rebuild the bridge,"']


def test_missing_path_is_a_failed_document_and_the_batch_goes_on(cli, fake_extractor, tmp_path):
    missing = tmp_path / "missing.txt"
    errors = tmp_path / "errors.jsonl"
    result = cli("extract", str(missing), str(FOLDER / "sub" / "c.txt"), "--errors", str(errors))
    assert result.exit_code == 1
    assert len(records_of(result.stdout)) == 1
    assert result.stderr.startswith(f"quotes: {missing}: no such file or directory\n")
    assert [json.loads(line) for line in errors.read_text().splitlines()] == [
        {"doc_id": str(missing), "error": "no such file or directory"}
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--date", "2024-02-30"],
        ["extract", "--date", "yesterday"],
        ["extract", "--jobs", "-1"],
        ["extract", "--batch-size", "0"],
        ["extract", "--input-format", "xml"],
        ["extract", "--resume"],
        ["extract", "--no-such-option"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2_without_output(cli, fake_extractor, args):
    result = cli(*args, stdin='"x," y.')
    assert (result.exit_code, result.stdout) == (2, "")
    assert "Traceback" not in result.stderr


def test_missing_model_is_one_line_and_exit_2(cli):
    result = cli("extract", "--model", "xx_not_a_model", stdin="Text.")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("quotes: spaCy model 'xx_not_a_model' is not installed")
    assert result.stderr.count("\n") == 1


def test_model_comes_from_the_environment(cli, monkeypatch):
    seen = []

    def factory(model):
        seen.append(model)
        return FakeExtractor(model)

    monkeypatch.setattr("quotes.runner.default_extractor", factory)
    monkeypatch.setenv("QUOTES_MODEL", "my_model")
    assert cli("extract", "-q", stdin="Text.").exit_code == 0
    assert cli("extract", "-q", "--model", "other", stdin="Text.").exit_code == 0
    assert seen == ["my_model", "other"]


def test_resume_through_the_cli_after_a_kill(cli, fake_extractor, tmp_path):
    out = tmp_path / "out.jsonl"
    assert cli("extract", str(FOLDER), "-o", str(out)).exit_code == 0
    complete = out.read_bytes()
    sidecar = Path(str(out) + PROGRESS_SUFFIX)
    entries = sidecar.read_text().splitlines(keepends=True)
    first_done = json.loads(entries[0])["offset"]
    out.write_bytes(complete[: first_done + 7])  # killed half-way through the next document's line
    sidecar.write_text(entries[0])
    result = cli("extract", str(FOLDER), "-o", str(out), "--resume")
    assert result.exit_code == 0
    assert out.read_bytes() == complete
    assert "already in output" in result.stderr


def test_jobs_2_keeps_input_order(cli, fake_extractor, tmp_path):
    paths = []
    for n in range(8):
        path = tmp_path / f"doc{n}.txt"
        path.write_text(f'"Quote {n}," said X.\n"Again {n}," said X.\n')
        paths.append(str(path))
    serial = cli("extract", *paths)
    parallel = cli("extract", "-j", "2", "--batch-size", "1", *paths)
    assert parallel.exit_code == serial.exit_code == 0
    assert parallel.stdout == serial.stdout
    assert [r["doc_id"] for r in records_of(parallel.stdout)] == [p for p in paths for _ in range(2)]


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty document"),
        ("blank.txt", b" \n\n\t", "empty document"),
        ("doc.txt", b"%PDF-1.5\n\xff\xfe", "binary file (PDF), skipped"),
        ("nul.txt", b"abc\x00def", "binary file (NUL bytes), skipped"),
        ("bad.jsonl", b'{"id": 1, "text": ["list"]}\n', "'text' field is not a string (got array)"),
    ],
)
def test_bad_inputs_are_failures_not_tracebacks(cli, fake_extractor, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    result = cli("extract", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    doc_id = "1" if name.endswith(".jsonl") else str(path)
    assert result.stderr.splitlines()[0] == f"quotes: {doc_id}: {reason}"


def test_latin1_input_is_a_note_not_a_failure(cli, fake_extractor, tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(b'Caf\xe9 owner said "fine".')
    result = cli("extract", str(path))
    assert result.exit_code == 0
    assert [r["quote"] for r in records_of(result.stdout)] == ['"fine"']
    assert f"quotes: note: {path}: not valid UTF-8; decoded as cp1252" in result.stderr


def test_eval_calls_run_eval(cli, monkeypatch):
    calls = []

    def run_eval(gold_path, pred_path, *, split=None, as_json=False, dates=None, speakers=None, out=None):
        calls.append((gold_path, pred_path, split, as_json, dates, speakers))
        print("report")
        return 0

    monkeypatch.setitem(sys.modules, "quotes.evaluate", types.SimpleNamespace(run_eval=run_eval))
    result = cli("eval", "gold.jsonl", "pred.jsonl", "--split", "dev")
    assert (result.exit_code, result.stdout) == (0, "report\n")
    result = cli("eval", "gold.jsonl", "pred.jsonl", "--dates", "d.jsonl", "--speakers", "s.jsonl", "--json")
    assert result.exit_code == 0
    assert calls == [
        ("gold.jsonl", "pred.jsonl", "dev", False, None, None),
        ("gold.jsonl", "pred.jsonl", None, True, "d.jsonl", "s.jsonl"),
    ]


def test_eval_without_the_evaluator_is_a_clean_error(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "quotes.evaluate", None)  # makes the import fail
    result = cli("eval", "g.jsonl", "p.jsonl")
    assert result.exit_code == 2 and result.stderr.startswith("quotes: eval is not available")


@pytest.mark.slow
def test_real_model_finds_a_quote(cli):
    result = cli("extract", "-q", stdin='"We will rebuild the bridge," the mayor said on Tuesday.\n')
    assert result.exit_code == 0
    [record] = records_of(result.stdout)
    assert record["doc_id"] == "<stdin>"
    assert "We will rebuild the bridge" in record["quote"]
    assert "mayor" in record["speaker"] and record["cue"] == "said"


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_have_the_schema_keys_as_header_and_read_back(cli, fake_extractor, tmp_path, fmt, delimiter):
    import csv

    from quotes.records import RECORD_KEYS

    text = 'Intro.\n"Tab\there, comma, and ""marks""," she said.\n"Déjà vu," he said.\n'
    jsonl = records_of(cli("extract", "-q", stdin=text).stdout)
    result = cli("extract", "-q", "--format", fmt, stdin=text)
    assert result.exit_code == 0
    rows = list(csv.reader(result.stdout.splitlines(keepends=True), delimiter=delimiter))
    assert rows[0] == list(RECORD_KEYS)
    assert len(rows) == 1 + len(jsonl) == 3
    for row, record in zip(rows[1:], jsonl):
        assert row == ["" if v is None else str(v) for v in record.values()]


def test_csv_with_no_quotes_is_the_header_alone(cli, fake_extractor):
    result = cli("extract", "-q", "--format", "csv", stdin="No quotes here.")
    assert result.exit_code == 0
    from quotes.records import RECORD_KEYS

    assert result.stdout_bytes == (",".join(RECORD_KEYS) + "\r\n").encode()  # csv's standard line end


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_resume_works_with_csv_and_tsv(cli, fake_extractor, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    assert cli("extract", str(FOLDER), "-o", str(out), "--format", fmt).exit_code == 0
    complete = out.read_bytes()
    sidecar = Path(str(out) + PROGRESS_SUFFIX)
    entries = sidecar.read_text().splitlines(keepends=True)
    out.write_bytes(complete[: json.loads(entries[0])["offset"] + 5])
    sidecar.write_text(entries[0])
    result = cli("extract", str(FOLDER), "-o", str(out), "--format", fmt, "--resume")
    assert result.exit_code == 0
    assert out.read_bytes() == complete
    assert complete.count(b"doc_id") == 1  # one header, not one per run


def test_resume_in_another_format_is_a_usage_error(cli, fake_extractor, tmp_path):
    out = tmp_path / "out.jsonl"
    assert cli("extract", str(FOLDER), "-o", str(out)).exit_code == 0
    before = out.read_bytes()
    result = cli("extract", str(FOLDER), "-o", str(out), "--format", "csv", "--resume")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"quotes: cannot resume {out}: it is not CSV output of quotes extract (resume with the --format it was written in, or rerun without --resume)\n"
    assert out.read_bytes() == before


@pytest.mark.parametrize("command", [["extract"], ["eval"], []])
def test_help_shows_flags_without_a_type(cli, command):
    result = cli(*command, "--help")
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout
    if command == ["extract"]:
        assert "-q, --quiet " in result.stdout and "--format" in result.stdout


@pytest.mark.parametrize(("fmt", "options"), [("csv", {}), ("tsv", {"sep": "\t"})])
def test_pandas_reads_csv_and_tsv_without_other_options(cli, fake_extractor, tmp_path, fmt, options):
    pandas = pytest.importorskip("pandas")
    text = 'Intro.\n"Line one,\tand ""two""," she said.\n"Déjà vu," he said.\n'
    out = tmp_path / f"out.{fmt}"
    assert cli("extract", "-q", "--format", fmt, "-o", str(out), stdin=text).exit_code == 0
    frame = pandas.read_csv(out, **options)
    jsonl = records_of(cli("extract", "-q", stdin=text).stdout)
    assert list(frame.columns) == list(jsonl[0])
    assert list(frame["quote"]) == [r["quote"] for r in jsonl]
    assert list(frame["quote_start"]) == [r["quote_start"] for r in jsonl]
