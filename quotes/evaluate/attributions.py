"""Per-attribution gold files (dates, speaker names) tied to the gold quotes and to the found predictions.

Such a file has one JSON line per attribution, keyed by ``doc_id`` and ``attribution_id``. Its attribution
is the gold quote with that id (its first fragment); it is *found* when a prediction is paired with that
quote at F@.8 (or another level), by the same one-to-one pairing the quote scorer uses.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quotes.evaluate.gold import EvalInputError, GoldDoc, GoldQuote, first_fragments, read_jsonl
from quotes.evaluate.matching import STRICT, MatchLevel, paired_quotes


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution: its annotation row, gold quote (None when the id is not in the gold
    article) and the paired prediction (None when not found)."""

    row: Mapping[str, Any]
    gold: GoldQuote | None
    prediction: Mapping[str, Any] | None


def read_annotations(path: str, fields: Sequence[str]) -> list[dict[str, Any]]:
    """The rows of a per-attribution gold file; each must have ``doc_id``, ``attribution_id`` and ``fields``."""
    rows: list[dict[str, Any]] = []
    for number, row in read_jsonl(path):
        missing = [key for key in ("doc_id", "attribution_id", *fields) if key not in row]
        if missing:
            raise EvalInputError(f"{path}:{number}: missing field {', '.join(missing)}")
        rows.append(row)
    return rows


def attributions(
    rows: Sequence[Mapping[str, Any]],
    gold_docs: Mapping[str, GoldDoc],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    level: MatchLevel = STRICT,
) -> list[Attribution]:
    """Each row whose document is in ``gold_docs``, with its gold quote and the prediction found for it
    at ``level``."""
    found: dict[str, tuple[dict[str, int], dict[int, Mapping[str, Any]]]] = {}
    result: list[Attribution] = []
    for row in rows:
        doc = gold_docs.get(str(row["doc_id"]))
        if doc is None:
            continue
        if doc.doc_id not in found:
            spans = [(q.start, q.end) for q in doc.quotes]
            found[doc.doc_id] = (
                first_fragments(doc),
                paired_quotes(doc.text, spans, predictions.get(doc.doc_id, ()), level),
            )
        firsts, paired = found[doc.doc_id]
        index = firsts.get(str(row["attribution_id"]))
        gold = doc.quotes[index] if index is not None else None
        result.append(Attribution(row, gold, paired.get(index) if index is not None else None))
    return result


def groups_in_order(present: Collection[str], known: Sequence[str]) -> list[str]:
    """The rows of a per-group table: the ``known`` groups present in their order, then any others
    (a gold file may hold a value the guide does not name) alphabetically, then ``all``."""
    return [g for g in known if g in present] + sorted(set(present) - set(known) - {"all"}) + ["all"]
