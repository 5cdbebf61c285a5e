"""Documents parsed together give exactly what each gives alone, and one failure stays its own."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE_ARTICLE

from quotes.extractor import Extractor
from quotes.records import Document

SHORT_ARTICLES = [
    '"We will not back down," Mayor Ana Ruiz said on Tuesday. She added that the plan was sound.',
    "The council met on Monday. No one spoke to reporters.",
    "",
    'Officials said the bridge would reopen in May. "It is safe," the engineer told reporters.',
    "According to the police, the driver fled. He was later found, they said.",
]


def documents() -> list[Document]:
    texts = [*SHORT_ARTICLES, EXAMPLE_ARTICLE.read_text(encoding="utf-8")]
    return [Document(f"doc-{i}", text, date="2024-03-05" if i % 2 else None) for i, text in enumerate(texts)]


def test_a_batch_gives_what_each_document_gives_alone(extractor):
    docs = documents()
    alone = [extractor.extract(doc, default_date="2024-03-01") for doc in docs]
    together = extractor.extract_many(docs, default_date="2024-03-01")
    assert together == alone
    assert sum(len(records) for records in alone) >= 10  # the comparison is not between empty lists


def test_batch_order_does_not_change_records(extractor):
    docs = documents()
    forward = extractor.extract_many(docs)
    backward = extractor.extract_many(docs[::-1])
    assert forward == backward[::-1]


def test_an_empty_batch_gives_nothing(extractor):
    assert extractor.extract_many([]) == []


def test_a_failing_document_fails_alone_when_the_joint_parse_breaks(nlp, monkeypatch):
    extractor = Extractor(nlp)
    docs = documents()
    expected = [extractor.extract(doc) for doc in docs]
    real_parse = extractor.parser.parse

    def parse_refusing_poison(texts, *args, **kwargs):
        if any("bridge would reopen" in text for text in texts):
            raise ValueError("poisoned paragraph")
        return real_parse(texts, *args, **kwargs)

    monkeypatch.setattr(extractor.parser, "parse", parse_refusing_poison)
    results = extractor.extract_many(docs)
    assert isinstance(results[3], ValueError)
    assert [r for i, r in enumerate(results) if i != 3] == [r for i, r in enumerate(expected) if i != 3]


def test_a_document_failing_after_the_parse_does_not_stop_the_others(nlp, monkeypatch):
    extractor = Extractor(nlp)
    docs = documents()
    expected = [extractor.extract(doc) for doc in docs]
    real_finish = extractor._finish

    def finish_refusing_doc_1(plan, parsed):
        if plan.document.doc_id == "doc-1":
            raise RuntimeError("rule crashed")
        return real_finish(plan, parsed)

    monkeypatch.setattr(extractor, "_finish", finish_refusing_doc_1)
    results = extractor.extract_many(docs)
    assert isinstance(results[1], RuntimeError)
    assert results[:1] + results[2:] == expected[:1] + expected[2:]


@pytest.mark.parametrize("bad", [None, 42])
def test_a_document_whose_text_is_not_a_string_fails_alone(extractor, bad):
    docs = documents()[:2]
    results = extractor.extract_many([docs[0], Document("bad", bad), docs[1]])  # type: ignore[arg-type]
    assert isinstance(results[1], Exception)
    assert results[0] == extractor.extract(docs[0]) and results[2] == extractor.extract(docs[1])
