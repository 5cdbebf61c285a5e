"""One paragraph of an article as it goes through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from quotes.quotemarks import QuotedSpan
from quotes.segments import Paragraph


@dataclass(frozen=True)
class ArticleParagraph:
    """Where the paragraph is, its quoted spans, what parsing it needs and, once parsed, its Doc."""

    index: int
    bounds: Paragraph
    text: str
    #: Quoted spans of this paragraph, in text order (raw-text offsets).
    quoted: tuple[QuotedSpan, ...]
    #: Prose that can hold a quote: fully parsed and read by the rules.
    worth_parsing: bool
    #: Named entities wanted (for coreference and canonical names), even when not worth parsing.
    needs_entities: bool
    doc: Doc | None = None

    @property
    def start(self) -> int:
        return self.bounds.start

    def local_quotes(self) -> list[tuple[int, int]]:
        """The quoted spans with their marks, in paragraph offsets."""
        return [(span.outer_start - self.start, span.outer_end - self.start) for span in self.quoted]
