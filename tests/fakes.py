"""A deterministic stand-in for ``Extractor`` shared by the CLI and runner tests."""

from __future__ import annotations

import os
import time

from quotes.records import RECORD_KEYS, Document, QuoteRecord


class FakeExtractor:
    """Deterministic stand-in for ``Extractor``: one record per line holding a straight double quote.

    The quote runs from the line's first ``"`` to its last; text containing BOOM raises, INTERRUPT
    raises KeyboardInterrupt, ``SLEEP<ms>`` sleeps (to shuffle completion order across workers).
    Module level, so ``--jobs`` workers can build it.
    """

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    def extract(self, document: Document, *, default_date: str | None = None) -> list[QuoteRecord]:
        text = document.text
        if "BOOM" in text:
            raise RuntimeError("boom in text")
        if "INTERRUPT" in text:
            raise KeyboardInterrupt
        if "SLEEP" in text:
            time.sleep(int(text.split("SLEEP")[1].split()[0]) / 1000)
        records, offset = [], 0
        for line in text.splitlines(keepends=True):
            if line.count('"') >= 2:
                start, end = offset + line.index('"'), offset + line.rindex('"') + 1
                records.append(fake_record(document, start, end, default_date))
            offset += len(line)
        return records

    def extract_many(
        self, documents: list[Document], *, default_date: str | None = None
    ) -> list[list[QuoteRecord] | Exception]:
        results: list[list[QuoteRecord] | Exception] = []
        for document in documents:
            try:
                results.append(self.extract(document, default_date=default_date))
            except Exception as error:  # noqa: BLE001 - per document, like Extractor.extract_many
                results.append(error)
        return results


def fake_record(document: Document, start: int, end: int, default_date: str | None) -> QuoteRecord:
    values = dict.fromkeys(RECORD_KEYS)
    values.update(
        doc_id=document.doc_id,
        quote=document.text[start:end],
        quote_start=start,
        quote_end=end,
        type="direct",
        date=document.date or default_date,
        confidence=1.0,
        rule="fake.line",
    )
    return QuoteRecord(**values)


class LoggingFakeExtractor(FakeExtractor):
    """A FakeExtractor that appends its process id to the file named as its model each time one is
    built, and refuses to be pickled: tests see where and how often extractors are made."""

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        if model:
            with open(model, "a", encoding="utf-8") as log:
                log.write(f"{os.getpid()}\n")

    def __reduce__(self):
        raise TypeError("an extractor must never travel with a task")
