"""Reading gold articles (PolNeAR-style JSONL) and prediction records for ``quotes eval``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from quotes.evaluate.cues import is_speech_cue
from quotes.evaluate.matching import trim_span


@dataclass(frozen=True)
class GoldQuote:
    start: int  # trimmed
    end: int
    type: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    is_speech: bool
    #: The corpus's attribution id ("E4") and fragment ("1/2"): other gold files refer to attributions.
    attribution_id: str | None = None
    fragment: str | None = None


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    text: str
    date: str | None
    quotes: tuple[GoldQuote, ...]


class EvalInputError(ValueError):
    """A gold or prediction file that cannot be read; the message names the file and line."""


def read_jsonl(path: str) -> Iterable[tuple[int, dict[str, Any]]]:
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:
        raise EvalInputError(f"{path}: {error.strerror or error}") from error
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                raise EvalInputError(f"{path}:{number}: not JSON ({error.msg})") from error
            if not isinstance(value, dict):
                raise EvalInputError(f"{path}:{number}: expected a JSON object")
            yield number, value


def load_gold(path: str, split: str | None = None) -> dict[str, GoldDoc]:
    """Gold documents by id; with ``split``, documents whose ``meta.split`` differs are left out."""
    docs: dict[str, GoldDoc] = {}
    for number, row in read_jsonl(path):
        meta = row.get("meta") or {}
        if split is not None and meta.get("split") not in (None, split):
            continue
        try:
            doc_id, text = str(row["id"]), row["text"]
            quotes = tuple(_gold_quote(text, q) for q in row.get("quotes") or ())
        except (KeyError, TypeError) as error:
            raise EvalInputError(f"{path}:{number}: missing or bad gold field {error}") from error
        docs[doc_id] = GoldDoc(doc_id, text, row.get("date"), quotes)
    return docs


def _gold_quote(text: str, q: Mapping[str, Any]) -> GoldQuote:
    start, end = trim_span(text, int(q["quote_start"]), int(q["quote_end"]))
    return GoldQuote(
        start=start,
        end=end,
        type=q.get("type") or "",
        speaker=q.get("speaker") or None,
        speaker_start=q.get("speaker_start"),
        speaker_end=q.get("speaker_end"),
        cue=q.get("cue"),
        is_speech=is_speech_cue(q.get("cue")),
        attribution_id=q.get("attribution_id"),
        fragment=q.get("fragment"),
    )


def load_predictions(path: str) -> dict[str, list[dict[str, Any]]]:
    """Prediction records grouped by ``doc_id``, in file order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for number, row in read_jsonl(path):
        if "doc_id" not in row or "quote_start" not in row or "quote_end" not in row:
            raise EvalInputError(f"{path}:{number}: a prediction needs doc_id, quote_start and quote_end")
        grouped.setdefault(str(row["doc_id"]), []).append(row)
    return grouped


def first_fragments(doc: GoldDoc) -> dict[str, int]:
    """Index of each attribution's first fragment among ``doc.quotes``: ``{attribution id: index}``.

    A quote interrupted by its cue is split into fragments "1/2", "2/2"; the attribution is the first.
    """
    first: dict[str, int] = {}
    for index, quote in enumerate(doc.quotes):
        if quote.attribution_id is None:
            continue
        known = first.get(quote.attribution_id)
        if known is None or _is_first(quote) and not _is_first(doc.quotes[known]):
            first[quote.attribution_id] = index
    return first


def _is_first(quote: GoldQuote) -> bool:
    return (quote.fragment or "1/").startswith("1/")
