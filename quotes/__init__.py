"""quotes: find who said what, and when, in news articles."""

__version__ = "0.1.0"
