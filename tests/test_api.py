"""The public Python API: quotes.extract, quotes.Extractor (.extract, .pipe), Quote, ExtractionError."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLE_ARTICLE
from fakes import FakeExtractor
from typer.testing import CliRunner

import quotes
from quotes import api
from quotes.cli import app
from quotes.model import ModelNotFound
from quotes.records import RECORD_KEYS

EXAMPLE_ID = "examples/harbor-bridge.txt"
TEXTS = [
    '"We will rebuild the bridge," Mayor Ana Ruiz said on Tuesday.',
    "The council met on Monday. No one spoke to reporters.",
    "Officials said the bridge would reopen in May.",
]


@pytest.fixture(scope="module")
def fake():
    """An Extractor on the deterministic fake engine: a line with two straight quotes is a record, BOOM raises."""
    return api.Extractor._wrap(FakeExtractor(), FakeExtractor)


def test_extract_on_the_example_equals_the_cli_json_lines(monkeypatch):
    monkeypatch.chdir(EXAMPLE_ARTICLE.parents[1])
    result = CliRunner().invoke(app, ["extract", EXAMPLE_ID, "-q"], catch_exceptions=False)
    assert result.exit_code == 0
    cli_lines = result.stdout.splitlines()
    ours = quotes.extract(EXAMPLE_ARTICLE.read_text(encoding="utf-8"), doc_id=EXAMPLE_ID)
    assert len(ours) >= 8
    assert [json.dumps(q.to_dict(), ensure_ascii=False) for q in ours] == cli_lines


@pytest.mark.parametrize("model", [None, "loaded"])
def test_the_pipeline_is_loaded_once_and_reused(nlp, model):
    model = nlp if model == "loaded" else None
    quotes.extract(TEXTS[0], model=model)
    before = api._extractor_for.cache_info()
    for text in TEXTS:
        quotes.extract(text, model=model)
    after = api._extractor_for.cache_info()
    assert (after.misses, after.hits) == (before.misses, before.hits + len(TEXTS))


def test_extract_takes_the_publication_date_and_id():
    [quote] = quotes.extract(TEXTS[0], date="2024-03-14", doc_id="a1")
    assert (quote.doc_id, quote.date, quote.date_text) == ("a1", "2024-03-12", "on Tuesday")
    assert (quote.document_date, quote.document_date_source) == ("2024-03-14", "input")
    assert quotes.extract(TEXTS[0])[0].doc_id is None


def test_extractor_takes_a_loaded_language(nlp):
    assert quotes.Extractor(nlp).extract(TEXTS[0]) == quotes.extract(TEXTS[0])


def test_a_missing_model_is_one_line_with_the_fix():
    with pytest.raises(ModelNotFound, match="is not installed; install one with: pip install"):
        quotes.Extractor("xx_no_such_model")


def test_quote_to_dict_is_the_jsonl_object_and_from_dict_reads_it_back():
    quote = quotes.extract(TEXTS[0], date="2024-03-14")[0]
    record = quote.to_dict()
    assert list(record) == list(RECORD_KEYS)
    assert json.loads(json.dumps(record)) == record
    assert quotes.Quote.from_dict(json.loads(json.dumps(record))) == quote
    with pytest.raises(AttributeError):
        quote.speaker = "someone else"  # frozen
    with pytest.raises(ValueError, match="missing quote_start.*unknown extra"):
        quotes.Quote.from_dict({**{k: v for k, v in record.items() if k != "quote_start"}, "extra": 1})


def test_pipe_yields_one_result_per_input_in_order():
    extractor = quotes.Extractor()
    items = [TEXTS[0], {"id": "d1", "text": TEXTS[2], "date": "2024-05-01"}, TEXTS[1], {"text": TEXTS[0]}]
    results = list(extractor.pipe(items, batch_size=2))
    assert [len(r) for r in results] == [1, 1, 0, 1]
    assert results[1][0].doc_id == "d1" and results[1][0].document_date == "2024-05-01"
    assert results[0] == results[3] == extractor.extract(TEXTS[0])


def test_pipe_passes_contexts_through_like_nlp_pipe_as_tuples():
    pairs = [(TEXTS[0], {"row": 7}), ({"id": "x", "text": TEXTS[2]}, "ctx")]
    results = list(quotes.Extractor().pipe(pairs))
    assert [context for _, context in results] == [{"row": 7}, "ctx"]
    assert [len(found) for found, _ in results] == [1, 1]


def test_pipe_on_two_processes_gives_what_one_gives():
    extractor = quotes.Extractor()
    items = [{"id": str(i), "text": text} for i, text in enumerate(TEXTS * 3)]
    assert list(extractor.pipe(items, batch_size=2, n_process=2)) == list(extractor.pipe(items, batch_size=2))


BAD = ['"one" a\n', {"id": "broken", "text": 'x "BOOM" y'}, 42, {"id": "no-text"}, '"two" b\n']


def test_pipe_raises_an_extraction_error_naming_the_document(fake):
    results = fake.pipe(BAD)
    assert len(next(results)) == 1
    with pytest.raises(quotes.ExtractionError, match=r"^broken: RuntimeError: boom in text$") as caught:
        next(results)
    assert caught.value.doc_id == "broken"


def test_pipe_skips_bad_documents(fake):
    assert [[q.quote for q in r] for r in fake.pipe(BAD, errors="skip")] == [['"one"'], ['"two"']]


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_returns_errors_in_place(fake, n_process):
    results = list(fake.pipe(BAD, errors="return", n_process=n_process, batch_size=2))
    assert [r.doc_id if isinstance(r, quotes.ExtractionError) else len(r) for r in results] == [
        1,
        "broken",
        "#2",
        "no-text",
        1,
    ]
    assert [str(r) for r in results if isinstance(r, quotes.ExtractionError)] == [
        "broken: RuntimeError: boom in text",
        "#2: not a text or a dict (got int)",
        "no-text: 'text' is not a string (got NoneType)",
    ]


def test_a_whole_batch_failing_fails_each_of_its_documents():
    class Broken(FakeExtractor):
        def extract_many(self, documents, *, default_date=None):
            raise MemoryError("out of memory")

    results = list(api.Extractor._wrap(Broken(), Broken).pipe(['"a" b', '"c" d'], errors="return"))
    assert [str(r) for r in results] == ["#0: MemoryError: out of memory", "#1: MemoryError: out of memory"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"errors": "ignore"}, "errors must be one of raise, skip, return"),
        ({"batch_size": 0}, "batch_size must be 1 or more"),
        ({"n_process": 0}, "n_process must be 1 or more"),
    ],
)
def test_pipe_refuses_bad_settings_at_once(fake, settings, message):
    with pytest.raises(ValueError, match=message):
        fake.pipe([], **settings)


def test_import_quotes_does_not_load_spacy():
    import subprocess
    import sys

    code = "import sys, quotes; assert 'spacy' not in sys.modules; print(quotes.__all__)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=EXAMPLE_ARTICLE.parents[1])
    assert result.returncode == 0, result.stderr
    assert "extract" in result.stdout
