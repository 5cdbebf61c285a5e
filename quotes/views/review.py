"""The review page of ``quotes show``: each article as input, its quotes, speakers and cues marked.

One self-contained HTML file: styles and the small script that shows a quote's details are inlined,
nothing is fetched. The article text goes in as is (``white-space: pre-wrap`` keeps its paragraphs),
so the text content of an article element equals the input text. Hooks for tests and scripts: every
quote's element has ``data-record="N"`` (the record's index in its document; a quote cut in two by a
crossing quote has one more element with ``data-continues="N"``), speaker mentions ``data-role="speaker"``
and cues ``data-role="cue"``, both with ``data-for`` listing the records they belong to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from quotes.views.page import page_html
from quotes.views.spans import Mark, attributes, render_marked

#: Nesting order: quotes outermost, so only a crossing quote ever cuts a quote in two.
QUOTE_RANK, SPEAKER_RANK, CUE_RANK = 0, 1, 2

QUOTE_TYPES: tuple[str, ...] = ("direct", "mixed", "indirect")

#: Record fields shown on hover or focus, copied to data attributes of the quote's element.
DETAIL_FIELDS: tuple[str, ...] = (
    "speaker",
    "speaker_title",
    "speaker_description",
    "date",
    "date_basis",
    "date_text",
    "rule",
    "confidence",
)


@dataclass(frozen=True)
class ShownDocument:
    """A document's text as read and its records (dicts with the output keys)."""

    doc_id: str
    text: str
    records: tuple[Mapping[str, Any], ...] = ()


def review_page(documents: Sequence[ShownDocument], *, title: str = "quotes: review") -> str:
    """The whole review page for ``documents``, in order."""
    sections = [document_section(doc, number) for number, doc in enumerate(documents, start=1)]
    parts = [f"<h1>{escape(title)}</h1>", _legend()]
    if len(documents) > 1:
        parts.append(_table_of_contents(documents))
    if not documents:
        parts.append("<p>No documents.</p>")
    parts.extend(sections)
    parts.append('<div id="quote-tip" role="tooltip" class="tip" hidden></div>')
    return page_html(title=title, body="\n".join(parts), css_assets=("review.css",), js_assets=("review.js",))


def document_section(document: ShownDocument, number: int) -> str:
    """One ``<section>``: heading, the marked article, and its speakers."""
    records = document.records
    count = len(records)
    dates = sorted({str(r["document_date"]) for r in records if r.get("document_date")})
    meta = f"{count} quote{'' if count == 1 else 's'}"
    if dates:
        meta += f" · published {escape(', '.join(dates))}"
    return (
        f'<section class="doc" id="doc-{number}" aria-labelledby="doc-{number}-title">\n'
        f'<h2 id="doc-{number}-title">{escape(document.doc_id)}</h2>\n'
        f'<p class="doc-meta">{meta}</p>\n'
        f'<div class="article" data-doc-id="{escape(document.doc_id)}">'
        f"{render_marked(document.text, article_marks(document.text, records))}</div>\n"
        f"{speakers_table(records)}\n"
        "</section>"
    )


def article_marks(text: str, records: Sequence[Mapping[str, Any]]) -> list[Mark]:
    """Marks for every quote, and one mark per distinct speaker mention and cue (shared by records)."""
    marks = [_quote_mark(index, record) for index, record in enumerate(records)]
    for role, rank in (("speaker", SPEAKER_RANK), ("cue", CUE_RANK)):
        owners: dict[tuple[int, int], list[int]] = {}
        for index, record in enumerate(records):
            start, end = record.get(f"{role}_start"), record.get(f"{role}_end")
            if isinstance(start, int) and isinstance(end, int):
                owners.setdefault((start, end), []).append(index)
        for (start, end), indexes in owners.items():
            attrs = attributes(
                [("class", f"mark-{role}"), ("data-role", role), ("data-for", " ".join(map(str, indexes)))]
            )
            marks.append(Mark(start, end, rank, first=attrs, rest=attrs))
    return marks


def speakers_table(records: Sequence[Mapping[str, Any]]) -> str:
    """The document's speakers (canonical names) with their number of quotes and dates."""
    if not records:
        return '<p class="speakers-none">No quotes found.</p>'
    rows: dict[str, tuple[int, set[str], set[str]]] = {}
    for record in records:
        name = record.get("speaker") or "(no speaker)"
        count, dates, titles = rows.get(name, (0, set(), set()))
        if record.get("date"):
            dates.add(str(record["date"]))
        if record.get("speaker_title"):
            titles.add(str(record["speaker_title"]))
        rows[name] = (count + 1, dates, titles)
    body = "".join(
        f'<tr><th scope="row">{escape(name)}</th><td>{escape(", ".join(sorted(titles)))}</td>'
        f'<td class="num">{count}</td><td>{escape(", ".join(sorted(dates))) or "–"}</td></tr>'
        for name, (count, dates, titles) in sorted(rows.items(), key=lambda item: (-item[1][0], item[0]))
    )
    return (
        '<table class="speakers"><caption>Speakers</caption>'
        '<thead><tr><th scope="col">speaker</th><th scope="col">titles</th>'
        '<th scope="col">quotes</th><th scope="col">dates</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _quote_mark(index: int, record: Mapping[str, Any]) -> Mark:
    kind = record.get("type") if record.get("type") in QUOTE_TYPES else "direct"
    common = [("class", f"q q-{kind}"), ("data-type", kind), ("tabindex", "0")]
    details = [(f"data-{name.replace('_', '-')}", record.get(name)) for name in DETAIL_FIELDS]
    start, end = record.get("quote_start"), record.get("quote_end")
    return Mark(
        start if isinstance(start, int) else 0,
        end if isinstance(end, int) else 0,
        QUOTE_RANK,
        first=attributes([*common, ("data-record", index), *details]),
        rest=attributes([*common[:2], ("data-continues", index)]),  # one tab stop per quote
    )


def _legend() -> str:
    samples = "".join(f'<li><span class="q q-{kind} sample">{kind}</span></li>' for kind in QUOTE_TYPES) + (
        '<li><span class="mark-speaker sample">speaker mention</span></li>'
        '<li><span class="mark-cue sample">cue</span></li>'
    )
    return (
        '<div class="legend"><p>Quotes by type, speaker mentions and cues. Hover over a quote or move to it '
        "with Tab to see who said it and when.</p>"
        f'<ul aria-label="legend">{samples}</ul></div>'
    )


def _table_of_contents(documents: Sequence[ShownDocument]) -> str:
    items = "".join(
        f'<li><a href="#doc-{number}">{escape(doc.doc_id)}</a> <span class="count">({len(doc.records)})</span></li>'
        for number, doc in enumerate(documents, start=1)
    )
    return f'<nav class="toc" aria-label="documents"><h2>Documents</h2><ol>{items}</ol></nav>'
