"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.extractor import Extractor
from quotes.model import load_model
from quotes.records import Document

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
SEED_ARTICLE = REPO.parent / "shared" / "examples" / "seed-article.txt"
EXAMPLE_ARTICLE = REPO / "examples" / "harbor-bridge.txt"


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def extractor(nlp):
    return Extractor(nlp)


@pytest.fixture(scope="session")
def extract(extractor):
    """``extract(text, date=None)`` → list of record dicts."""

    def run(text: str, date: str | None = None, *, doc_id: str = "test") -> list[dict]:
        return [r.to_dict() for r in extractor.extract(Document(doc_id, text), default_date=date)]

    return run
