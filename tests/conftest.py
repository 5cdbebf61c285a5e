"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from dating import PUBLISHED, dates_by_quote

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


@pytest.fixture(scope="session")
def dated(extract):
    """``dated(text)`` → {quote: (date, date_basis)} of an article published on ``dating.PUBLISHED``."""

    def run(text: str):
        return dates_by_quote(extract(text, PUBLISHED))

    return run


@pytest.fixture(scope="session")
def dask_client():
    """A client of one 2-worker LocalCluster (single-threaded worker processes) for all cluster tests;
    tests that need it skip when the [dask] extra is not installed."""
    distributed = pytest.importorskip("distributed")
    import logging

    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # a free port: 8787 may be another cluster's
        worker_dashboard_address=None,
        silence_logs=logging.CRITICAL,
    ) as cluster, distributed.Client(cluster) as client:
        yield client
