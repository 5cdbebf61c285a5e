"""quotes: find who said what, and when, in news articles.

    import quotes
    for quote in quotes.extract(text, date="2024-03-12"):
        print(quote.speaker, quote.quote)

The names below load spaCy only when first used, so ``quotes --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["ExtractionError", "Extractor", "Quote", "__version__", "extract"]

if TYPE_CHECKING:
    from quotes.api import ExtractionError, Extractor, extract
    from quotes.records import Quote

_LAZY = {"extract": "quotes.api", "Extractor": "quotes.api", "ExtractionError": "quotes.api", "Quote": "quotes.records"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
