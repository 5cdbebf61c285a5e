"""Record types that flow through the tool: input documents, failures, and quote records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, fields
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
class Quote:
    """One quote, as ``quotes extract`` writes it. Field order is the output key order (the first
    schema's keys, then the ones added later); ``doc_id`` is None when the caller gave no id."""

    doc_id: str | None
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
    speaker_kind: str = "unnamed"

    def to_dict(self) -> dict[str, Any]:
        """Exactly the JSON Lines object: the same keys in the same order, JSON-safe values."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Read back one object written by :meth:`to_dict` (or one JSON line of ``quotes extract``)."""
        missing = [key for key in _REQUIRED_KEYS if key not in data]
        unknown = [key for key in data if key not in RECORD_KEYS]
        if missing or unknown:
            problems = [
                f"missing {', '.join(missing)}" if missing else "",
                f"unknown {', '.join(unknown)}" if unknown else "",
            ]
            raise ValueError(f"not a quote record: {'; '.join(p for p in problems if p)}")
        return cls(**{key: data[key] for key in RECORD_KEYS if key in data})


#: The name the pipeline's modules know the record by.
QuoteRecord = Quote

RECORD_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Quote))
_REQUIRED_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Quote) if f.default is MISSING)
