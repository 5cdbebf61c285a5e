"""Record types that flow through the tool: input documents, failures, and quote records."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

QuoteType = Literal["direct", "mixed", "indirect"]


@dataclass(frozen=True)
class Document:
    """One article as read. Every offset the tool emits indexes into ``text``."""

    doc_id: str
    text: str
    #: Publication date as given by the input (JSONL field), raw string or None.
    date: str | None = None
    #: Human-readable notes about how the input was read (e.g. a fallback decoding).
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class InputFailure:
    """A document that could not be read or processed; reported on stderr, the batch goes on."""

    doc_id: str
    error: str


@dataclass(frozen=True)
class QuoteRecord:
    """One quote. Field order is the output key order (the first schema's keys, then the ones added later)."""

    doc_id: str
    quote: str
    quote_start: int
    quote_end: int
    type: QuoteType
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    date: str | None
    date_text: str | None
    date_basis: str | None
    confidence: float
    rule: str
    speaker_title: str | None = None
    speaker_description: str | None = None
    document_date: str | None = None
    document_date_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


RECORD_KEYS: tuple[str, ...] = tuple(f.name for f in fields(QuoteRecord))
