"""Orchestration: Document → paragraphs → spaCy → quote candidates → speakers → dates → records.

- paragraphs: ``quotes.segments`` (paragraphs, prose or page furniture), ``quotes.quotemarks``
  (quoted spans);
- spaCy: ``quotes.parsing`` parses only paragraphs that can hold a quote (prose with a quoted span or
  a cue word); the rest get named entities only, which is all coreference and canonical names need;
- candidates: ``quotes.rules``, per paragraph;
- speakers: ``quotes.discourse`` reads the candidates in order, resolves speakers
  (``quotes.speakers``) and applies the rules that look across paragraphs;
- dates: ``quotes.dates``;
- records: one ``QuoteRecord`` per quote, with the rule's confidence from ``quotes.rules.registry``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date

from spacy.language import Language
from spacy.tokens import Doc

from quotes.article import ArticleParagraph
from quotes.dates import (
    DatingItem,
    ParagraphText,
    UtteranceDate,
    assign_dates,
    dated_events,
    document_date,
    gathering_mentions,
    habit_frames,
    headline_paragraphs,
    is_speech_preview,
)
from quotes.discourse import Found, continued_quote, discourse_pass
from quotes.lexicon import may_hold_cue, points_back
from quotes.parsing import PARSE_BATCH_SIZE, ParagraphParser
from quotes.quotemarks import QuotedSpan, find_quoted_spans
from quotes.recalling import has_recall_phrase
from quotes.records import Document, QuoteRecord
from quotes.rules import paragraph_candidates, rule_named
from quotes.rules.registry import RESOLVED_SPEAKER_PENALTY
from quotes.segments import MAX_PIECE_CHARS, Paragraph, split_paragraphs
from quotes.speakers import SpeakerResolver
from quotes.subdoc import paragraph_doc


@dataclass(frozen=True)
class _Plan:
    """One document before parsing: its date of reference and its paragraphs."""

    document: Document
    reference: Date | None
    reference_source: str | None
    paragraphs: list[ArticleParagraph]


class Extractor:
    """Holds the loaded pipeline; ``extract`` turns one Document into its records, in text order, and
    ``extract_many`` does the same for several documents parsed in one batch (the cheaper way)."""

    def __init__(self, nlp: Language, *, batch_size: int = PARSE_BATCH_SIZE, exclude: Sequence[str] = ()) -> None:
        self.nlp = nlp
        self.parser = ParagraphParser(nlp, batch_size=batch_size, exclude=exclude)

    # ------------------------------------------------------------------ public

    def extract(self, document: Document, *, default_date: str | None = None) -> list[QuoteRecord]:
        plan = self._plan(document, default_date)
        return self._finish(plan, self._parse([plan])[0])

    def extract_many(
        self, documents: Sequence[Document], *, default_date: str | None = None
    ) -> list[list[QuoteRecord] | Exception]:
        """Records per document, in order, or the exception that document raised.

        The documents are parsed together: the model parts run over one batch of all their sentences,
        which is what makes batches cheaper than one document at a time (spaCy's per-batch overhead
        is paid once). If the joint parse fails, each document is retried alone, so one bad document
        never costs the others.
        """
        plans: list[_Plan | Exception] = []
        for document in documents:
            try:
                plans.append(self._plan(document, default_date))
            except Exception as error:  # noqa: BLE001 - reported per document by the caller
                plans.append(error)
        try:
            parsed: Iterator[list[ArticleParagraph]] | None = iter(
                self._parse([p for p in plans if isinstance(p, _Plan)])
            )
        except Exception:  # noqa: BLE001 - parse each document alone below, to find the one that fails
            parsed = None
        results: list[list[QuoteRecord] | Exception] = []
        for plan in plans:
            if isinstance(plan, Exception):
                results.append(plan)
                continue
            try:
                paragraphs = next(parsed) if parsed is not None else self._parse([plan])[0]
                results.append(self._finish(plan, paragraphs))
            except Exception as error:  # noqa: BLE001 - reported per document by the caller
                results.append(error)
        return results

    def extract_from_doc(self, document: Document, doc: Doc, *, default_date: str | None = None) -> list[QuoteRecord]:
        """Records of ``document`` whose text a full spaCy pipeline parsed already into ``doc`` (the
        ``quotes`` pipeline component): each paragraph is cut out of ``doc`` instead of parsed again;
        one that does not fall on token boundaries is parsed here as usual."""
        plan = self._plan(document, default_date)
        paragraphs = [replace(p, doc=paragraph_doc(doc, p.start, p.start + len(p.text))) for p in plan.paragraphs]
        unparsed = [p for p in paragraphs if p.doc is None]
        if unparsed:
            parsed = iter(self._parse([replace(plan, paragraphs=unparsed)])[0])
            paragraphs = [p if p.doc is not None else next(parsed) for p in paragraphs]
        return self._finish(plan, paragraphs)

    # ------------------------------------------------------------------ stages

    def _plan(self, document: Document, default_date: str | None) -> _Plan:
        """Everything decided before the model runs: paragraphs, quoted spans, what to parse."""
        text = document.text
        reference, reference_source, _warning = document_date(
            input_value=document.date, option_value=default_date, text=text
        )
        bounds = split_paragraphs(text, max_chars=min(MAX_PIECE_CHARS, self.nlp.max_length))
        quoted: list[list[QuotedSpan]] = [[] for _ in bounds]
        for span in find_quoted_spans(text, bounds):
            quoted[span.paragraph].append(span)
        worth_parsing = [
            para.is_prose
            and (bool(quoted[index]) or _introduces(para, text) or may_hold_cue(text[para.start : para.end]))
            for index, para in enumerate(bounds)
        ]
        # Coreference looks back only: paragraphs after the last one that can hold a quote, and page
        # furniture, need no entities; except a paragraph that says who made the words told before it
        # ("Peter Doe made the comments Wednesday"), which names the speaker of an earlier role.
        last_worth = max((i for i, worth in enumerate(worth_parsing) if worth), default=-1)
        paragraphs = [
            ArticleParagraph(
                index=index,
                bounds=para,
                text=text[para.start : para.end],
                quoted=tuple(quoted[index]),
                worth_parsing=worth_parsing[index],
                needs_entities=para.is_prose and (index < last_worth or has_recall_phrase(text[para.start : para.end])),
            )
            for index, para in enumerate(bounds)
        ]
        return _Plan(document, reference, reference_source, paragraphs)

    def _parse(self, plans: Sequence[_Plan]) -> list[list[ArticleParagraph]]:
        """Each plan's paragraphs with their Doc, all plans' paragraphs parsed in one call."""
        paragraphs = [p for plan in plans for p in plan.paragraphs]
        docs = iter(
            self.parser.parse(
                [p.text for p in paragraphs],
                [p.worth_parsing for p in paragraphs],
                [p.needs_entities for p in paragraphs],
                [p.local_quotes() for p in paragraphs],
            )
        )
        return [[replace(p, doc=next(docs)) for p in plan.paragraphs] for plan in plans]

    def _finish(self, plan: _Plan, paragraphs: Sequence[ArticleParagraph]) -> list[QuoteRecord]:
        """Candidates, speakers and dates on the parsed paragraphs of one document."""
        candidates = [
            paragraph_candidates(p.doc, p.quoted, p.bounds) if p.worth_parsing else [] for p in paragraphs
        ]
        found = discourse_pass(paragraphs, candidates, SpeakerResolver())
        prose = [ParagraphText(p.index, p.doc, tuple(p.local_quotes())) for p in paragraphs if p.bounds.is_prose]
        dates = assign_dates(
            [
                DatingItem(
                    cue=f.candidate.cue,
                    quote_range=(f.candidate.start, f.candidate.end),
                    position=f.position(),
                    speaker=f.speaker.name if f.speaker else None,
                    speaker_title=f.speaker.title if f.speaker else None,
                    continues=continued_quote(found, k),
                )
                for k, f in enumerate(found)
            ],
            reference=plan.reference,
            events=dated_events(prose, reference=plan.reference),
            gatherings=gathering_mentions(prose),
            habits=habit_frames(prose),
            speech_preview=any(is_speech_preview(p.doc.text) for p in prose),
            headline=headline_paragraphs(prose),
        )
        return [
            _record(plan.document, found=f, when=when, reference=plan.reference, source=plan.reference_source)
            for f, when in zip(found, dates)
        ]


def _introduces(para: Paragraph, text: str) -> bool:
    """A paragraph ending in ":" can introduce the next one's quote by a label with no cue word, and one
    opening with a pointer ("That was the message from Jane Roe.") names the speaker of the one before."""
    return text[para.end - 1] == ":" or points_back(text[para.start : para.end]) is not None


def _record(
    document: Document, *, found: Found, when: UtteranceDate, reference: Date | None, source: str | None
) -> QuoteRecord:
    text, c, speaker = document.text, found.candidate, found.speaker
    base = found.paragraph.start
    start, end = found.start, found.end
    confidence = rule_named(c.rule).confidence
    if speaker is not None and speaker.kind in ("pronoun", "role"):
        confidence *= RESOLVED_SPEAKER_PENALTY
    cue_base = found.cue_base if found.cue_base is not None else base
    cue_start = c.cue.start_char + cue_base if c.cue is not None else None
    cue_end = c.cue.end_char + cue_base if c.cue is not None else None
    return QuoteRecord(
        doc_id=document.doc_id,
        quote=text[start:end],
        quote_start=start,
        quote_end=end,
        type=c.type,
        speaker=speaker.name if speaker else None,
        speaker_mention=speaker.mention if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=text[cue_start:cue_end] if c.cue is not None else None,
        cue_start=cue_start,
        cue_end=cue_end,
        date=when.date,
        date_text=when.date_text,
        date_basis=when.date_basis,
        confidence=round(confidence, 2),
        rule=c.rule,
        speaker_title=speaker.title if speaker else None,
        speaker_description=speaker.description if speaker else None,
        speaker_kind=speaker.speaker_kind if speaker else "unnamed",
        document_date=reference.isoformat() if reference else None,
        document_date_source=source,
    )
