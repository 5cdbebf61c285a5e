"""The dates of an article's records, looked up by the start of their quote: shared by the date tests."""

from __future__ import annotations

PUBLISHED = "2021-02-16"  # a Tuesday

DatedQuotes = dict[str, tuple[str | None, str | None]]


def dates_by_quote(records: list[dict]) -> DatedQuotes:
    """{quote: (date, date_basis)} of extracted records."""
    return {r["quote"]: (r["date"], r["date_basis"]) for r in records}


def when(records: DatedQuotes, start: str) -> tuple[str | None, str | None]:
    """The (date, date_basis) of the one quote that starts with ``start``."""
    hits = [value for quote, value in records.items() if quote.startswith(start)]
    assert len(hits) == 1, records
    return hits[0]


def holding(records: DatedQuotes, part: str) -> tuple[str | None, str | None]:
    """The (date, date_basis) of the one quote that holds ``part`` (a quote may start at the object of
    "called" or at a quotation mark)."""
    hits = [value for quote, value in records.items() if part in quote]
    assert len(hits) == 1, records
    return hits[0]


def cue_of(doc, cue: str):
    """The span of the first occurrence of ``cue`` in a parsed sentence."""
    start = doc.text.index(cue)
    span = doc.char_span(start, start + len(cue))
    assert span is not None, cue
    return span


def quote_range(doc) -> tuple[int, int]:
    """Character range of the sentence's one curly-quoted passage, marks included."""
    return doc.text.index("“"), doc.text.index("”") + 1
