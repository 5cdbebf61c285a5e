"""The ``quotes`` spaCy pipeline component: spans, doc._.quotes, serialisation, processes, settings."""

from __future__ import annotations

import pytest
import spacy
from conftest import EXAMPLE_ARTICLE
from spacy.tokens import Doc, DocBin

import quotes
import quotes.component  # registers the factory here; the installed entry point is tested in test_install
from quotes.model import load_pipeline

TEXT = EXAMPLE_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pipeline():
    """A full pipeline of its own (the session one must stay as the CLI runs it) with the component."""
    nlp = load_pipeline()
    nlp.add_pipe("quotes")
    return nlp


@pytest.fixture(scope="module")
def example(pipeline):
    return pipeline(TEXT)


def offsets(spans):
    return [(span.start_char, span.end_char) for span in spans]


def test_spans_are_the_records_offsets(example):
    records = example._.quotes
    assert len(records) >= 8
    assert offsets(example.spans["quotes"]) == [(r["quote_start"], r["quote_end"]) for r in records]
    assert [span.label_ for span in example.spans["quotes"]] == [r["type"] for r in records]
    speakers = [r for r in records if r["speaker_start"] is not None]
    assert offsets(example.spans["quote_speakers"]) == [(r["speaker_start"], r["speaker_end"]) for r in speakers]
    assert [span.text for span in example.spans["quote_speakers"]] == [r["speaker_mention"] for r in speakers]
    cues = [r for r in records if r["cue_start"] is not None]
    assert [span.text for span in example.spans["quote_cues"]] == [r["cue"] for r in cues]


def test_on_the_example_the_full_parse_finds_what_the_selective_parse_finds(example):
    assert example._.quotes == [q.to_dict() for q in quotes.extract(TEXT)]


def test_doc_quotes_are_json_safe_dicts(example):
    assert all(type(record) is dict for record in example._.quotes)
    assert Doc(example.vocab).from_bytes(example.to_bytes())._.quotes == example._.quotes


def test_a_docbin_round_trip_keeps_the_spans(pipeline, example):
    data = DocBin(docs=[example], store_user_data=True).to_bytes()
    [back] = DocBin().from_bytes(data).get_docs(pipeline.vocab)
    for key in ("quotes", "quote_speakers", "quote_cues"):
        assert offsets(back.spans[key]) == offsets(example.spans[key])
        assert [s.label_ for s in back.spans[key]] == [s.label_ for s in example.spans[key]]
    assert list(back._.quotes) == example._.quotes


def test_nlp_pipe_with_two_processes(pipeline, example):
    docs = list(pipeline.pipe([TEXT, "“We will win,” the mayor said.", TEXT], n_process=2, batch_size=1))
    assert [len(doc._.quotes) for doc in docs] == [len(example._.quotes), 1, len(example._.quotes)]
    assert offsets(docs[2].spans["quotes"]) == offsets(example.spans["quotes"])


def test_publication_date_as_setting_and_per_document():
    nlp = load_pipeline()
    nlp.add_pipe("quotes", config={"date": "2024-03-14"})
    text = "“We will win,” the mayor said on Tuesday."
    [record] = nlp(text)._.quotes
    assert (record["date"], record["document_date_source"]) == ("2024-03-12", "option")
    doc = nlp.make_doc(text)
    doc._.quotes_date = "2024-03-21"
    doc._.quotes_id = "a7"
    [record] = nlp(doc)._.quotes
    assert (record["doc_id"], record["date"], record["document_date_source"]) == ("a7", "2024-03-19", "input")


def test_a_pipeline_without_parser_or_ner_is_refused_in_one_line():
    with pytest.raises(ValueError, match=r"^the quotes component needs a pipeline with a parser and NER .* has no parser and no NER") as caught:
        spacy.blank("en").add_pipe("quotes")
    assert "\n" not in str(caught.value)


def test_a_bad_date_setting_is_refused():
    nlp = load_pipeline()
    with pytest.raises(ValueError, match="date must be a date"):
        nlp.add_pipe("quotes", config={"date": "someday"})


def test_paragraphs_off_token_boundaries_are_parsed_again_without_the_component(pipeline, example, monkeypatch):
    monkeypatch.setattr("quotes.extractor.paragraph_doc", lambda doc, start, end: None)
    again = pipeline(TEXT)
    assert [(r["quote_start"], r["quote_end"], r["type"]) for r in again._.quotes] == [
        (r["quote_start"], r["quote_end"], r["type"]) for r in example._.quotes
    ]
