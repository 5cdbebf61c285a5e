"""Where a quote sits in its article: paragraph, then sentence within the paragraph."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Position:
    """Ordered by paragraph, then by sentence (0-based, counted within the paragraph)."""

    paragraph: int
    sentence: int = 0

    def sentences_after(self, earlier: Position) -> int | None:
        """Sentences from ``earlier`` to here in the same paragraph (negative when ``earlier`` comes
        later); None across paragraphs, where sentences are not counted."""
        if self.paragraph != earlier.paragraph:
            return None
        return self.sentence - earlier.sentence
