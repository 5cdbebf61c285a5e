"""``quotes show``: the extraction path or a records file → one HTML page; exit codes and stderr."""

from __future__ import annotations

import io
import json

import pytest
from fakes import FakeExtractor
from html_text import parse_html
from typer.testing import CliRunner

from quotes.cli import app
from quotes.output import encode_records
from quotes.records import Document
from quotes.runner import ExtractSettings
from quotes.views.show import run_show

ARTICLE = 'Intro line.\n"First quote," she said.\n\nNothing here.\n"Second <b>quote</b>" & more.\n'


def no_model(model):
    raise AssertionError("--records must not load the model")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*paths, records_file=None, extractor_factory=None, stdin=None, **options):
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_show(
        ExtractSettings(paths=paths, **options),
        records_file=records_file,
        stdout=stdout,
        stderr=stderr,
        stdin=stdin,
        extractor_factory=extractor_factory,
    )
    return code, stdout.getvalue(), stderr.getvalue()


def articles_of(page: str) -> list:
    return parse_html(page).find_all(**{"class": "article"})


def test_extracts_and_shows_each_record(article):
    code, page, _ = run(str(article), extractor_factory=FakeExtractor)
    assert code == 0
    (shown,) = articles_of(page)
    assert shown.text() == ARTICLE
    assert [e.text() for e in shown.having("data-record")] == ['"First quote,"', '"Second <b>quote</b>"']


def test_records_file_is_drawn_by_doc_id_without_the_model(article, tmp_path):
    records = FakeExtractor().extract(Document(str(article), ARTICLE))
    stored = tmp_path / "records.jsonl"
    other = json.dumps({"doc_id": "elsewhere", "quote": "x", "quote_start": 0, "quote_end": 1})
    stored.write_bytes(encode_records(records[1:]) + other.encode() + b"\n")
    code, page, err = run(str(article), records_file=str(stored), extractor_factory=no_model)
    assert code == 0
    assert [e.text() for e in articles_of(page)[0].having("data-record")] == ['"Second <b>quote</b>"']
    assert "not among the inputs, e.g. elsewhere" in err


def test_records_that_do_not_fit_the_text_fail_that_document(article, tmp_path):
    stored = tmp_path / "records.jsonl"
    stored.write_text(json.dumps({"doc_id": str(article), "quote": "nope", "quote_start": 0, "quote_end": 4}) + "\n")
    code, page, err = run(str(article), records_file=str(stored), extractor_factory=no_model)
    assert code == 1
    assert f"quotes: {article}: records do not match this text (record 0: the text at 0–4" in err
    assert articles_of(page) == []


def test_failed_document_is_named_and_left_out(article, tmp_path):
    bad = tmp_path / "b.txt"
    bad.write_text("BOOM")
    code, page, err = run(str(article), str(bad), str(tmp_path / "missing.txt"), extractor_factory=FakeExtractor)
    assert code == 1
    assert "b.txt: RuntimeError: boom in text" in err and "missing.txt: no such file or directory" in err
    assert len(articles_of(page)) == 1


def test_stdin_jsonl_with_fields(tmp_path):
    line = json.dumps({"key": "n1", "body": 'He said "yes" today.', "published": "2024-01-05"})
    code, page, _ = run(
        input_format="jsonl",
        id_field="key",
        text_field="body",
        date_field="published",
        stdin=(line + "\n").encode(),
        extractor_factory=FakeExtractor,
    )
    assert code == 0
    quote = parse_html(page).having("data-record")[0]
    assert (quote.attrs["data-date"], articles_of(page)[0].attrs["data-doc-id"]) == ("2024-01-05", "n1")


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"records_file": "/nonexistent/records.jsonl"}, "--records /nonexistent/records.jsonl: no such file"),
        ({"out": "/nonexistent/dir/page.html"}, "cannot write /nonexistent/dir/page.html: no such folder"),
        ({"date": "2024-02-30"}, "--date must be a valid date"),
    ],
)
def test_usage_errors_exit_2(article, settings, message):
    code, page, err = run(str(article), extractor_factory=FakeExtractor, **settings)
    assert (code, page) == (2, "")
    assert message in err


def test_cli_writes_page_to_file(article, tmp_path, monkeypatch):
    monkeypatch.setattr("quotes.runner.default_extractor", FakeExtractor)
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["show", str(article), "-o", str(out), "-q"], catch_exceptions=False)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert len(parse_html(out.read_text(encoding="utf-8")).having("data-record")) == 2


@pytest.mark.slow
def test_example_article_page_matches_extract(extractor, tmp_path):
    from conftest import EXAMPLE_ARTICLE

    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    records = extractor.extract(Document(str(EXAMPLE_ARTICLE), text))
    code, page, _ = run(str(EXAMPLE_ARTICLE), extractor_factory=lambda model: extractor)
    assert code == 0
    (shown,) = articles_of(page)
    assert shown.text() == text
    quotes = shown.having("data-record")
    assert [e.attrs["data-record"] for e in quotes] == [str(n) for n in range(len(records))]
    assert len(shown.find_all(data_role="cue")) >= 1 and len(shown.find_all(data_role="speaker")) >= 1
