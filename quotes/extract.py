"""Orchestration: Document → spaCy → quote candidates → speakers → dates → QuoteRecords.

(Temporary stub while the extraction rules are being written.)
"""

from __future__ import annotations

from spacy.language import Language

from quotes.records import Document, QuoteRecord


class Extractor:
    """Holds the loaded pipeline; ``extract`` turns one Document into its records, in text order."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def extract(self, document: Document, *, default_date: str | None = None) -> list[QuoteRecord]:
        return []
