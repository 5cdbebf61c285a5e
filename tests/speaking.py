"""The record of one quote and its speaker, for tests that check who said it."""

from __future__ import annotations


def the_record(records: list[dict], quote: str, *, prefix: bool = False) -> dict:
    """The one record whose quote is ``quote`` (or starts with it, with ``prefix``); fails listing every
    record's quote and speaker when there is none or more than one."""
    found = [r for r in records if (r["quote"].startswith(quote) if prefix else r["quote"] == quote)]
    assert len(found) == 1, [(r["quote"], r["speaker"]) for r in records]
    return found[0]


def speaker(records: list[dict], quote: str) -> str | None:
    """The canonical speaker of the one record whose quote is ``quote``."""
    return the_record(records, quote)["speaker"]
