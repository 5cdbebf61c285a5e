"""Orchestration: Document → paragraphs → spaCy → quote candidates → speakers → dates → records.

Only paragraphs that can hold a quote (prose with a quoted span or a cue word) are parsed (see
``quotes.parsing``); the rest get named entities only, which is all coreference and canonical names
need from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date as Date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotes.dates import DatingItem, assign_dates, document_date
from quotes.lexicon import may_hold_cue
from quotes.parsing import PARSE_BATCH_SIZE, ParagraphParser, doc_text
from quotes.quotemarks import QuotedSpan, find_quoted_spans
from quotes.records import Document, QuoteRecord
from quotes.rules import Candidate, LocalQuote, attribute_direct, cue_span, reported_speech, subject_of
from quotes.segments import MAX_PIECE_CHARS, Paragraph, split_paragraphs
from quotes.speakers import Speaker, SpeakerResolver

#: Belief per rule that a record is a real, correctly bounded quote: the rule's precision at F@.8 on
#: all 840 PolNeAR *train* articles (``benchmarks/accuracy.py --split-file …/polnear-train.jsonl``).
RULE_CONFIDENCE: dict[str, float] = {
    "direct.cue_after": 0.95,
    "direct.continued": 0.95,
    "direct.cue_before": 0.83,
    "reported.participle": 0.83,
    "reported.parataxis": 0.8,
    "direct.according_to": 0.8,
    "reported.that_clause": 0.79,
    "reported.cue_after": 0.76,
    "direct.colon_intro": 0.76,
    "reported.according_to": 0.72,
    "reported.infinitive": 0.63,
    "direct.no_cue": 0.63,
    "mixed.cue_phrase": 0.59,
    "reported.as_clause": 0.57,
    "reported.noun_clause": 0.4,
    "reported.object_clause": 0.08,
}
#: Children of a cue verb that make up what was said about something ("called [the plan] [“a disaster”]").
COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "dative"})

#: Words after which a Title-Cased quoted span names a show, book or film ("said on “This Week”").
TITLE_LEADS = frozenset(
    "on in to of at from with by titled entitled called named dubbed read reads reading wrote watched watch "
    "book film movie show song album".split()
)

#: At most this many tokens (speaker, addressee, punctuation) between a cue and the quote it introduces.
MAX_CUE_GAP_TOKENS = 12

#: A pronoun or role speaker resolved by coreference is less sure than a named one.
RESOLVED_SPEAKER_PENALTY = 0.9

_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class _Found:
    """A candidate placed in the article: its paragraph, doc and the resolved speaker."""

    paragraph: int
    doc: Doc
    base: int
    candidate: Candidate
    speaker: Speaker | None
    #: Raw end offset when a quote runs on over following paragraphs (news convention: no closing
    #: mark at the paragraph end, an opening mark at the next paragraph's start): one record.
    run_on_end: int | None = None


@dataclass(frozen=True)
class _Plan:
    """One document before parsing: its paragraphs, quoted spans and which paragraphs need the model."""

    document: Document
    reference: Date | None
    reference_source: str | None
    paragraphs: list[Paragraph]
    quoted: list[QuotedSpan]
    worth_parsing: list[bool]
    needs_entities: list[bool]
    local_quotes: list[list[tuple[int, int]]]


class Extractor:
    """Holds the loaded pipeline; ``extract`` turns one Document into its records, in text order, and
    ``extract_many`` does the same for several documents parsed in one batch (the cheaper way)."""

    def __init__(self, nlp: Language, *, batch_size: int = PARSE_BATCH_SIZE) -> None:
        self.nlp = nlp
        self.parser = ParagraphParser(nlp, batch_size=batch_size)

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
            parsed: Iterator[list[Doc]] | None = iter(self._parse([p for p in plans if isinstance(p, _Plan)]))
        except Exception:  # noqa: BLE001 - parse each document alone below, to find the one that fails
            parsed = None
        results: list[list[QuoteRecord] | Exception] = []
        for plan in plans:
            if isinstance(plan, Exception):
                results.append(plan)
                continue
            try:
                docs = next(parsed) if parsed is not None else self._parse([plan])[0]
                results.append(self._finish(plan, docs))
            except Exception as error:  # noqa: BLE001 - reported per document by the caller
                results.append(error)
        return results

    # ------------------------------------------------------------------ stages

    def _plan(self, document: Document, default_date: str | None) -> _Plan:
        """Everything decided before the model runs: paragraphs, quoted spans, what to parse."""
        text = document.text
        reference, reference_source, _warning = document_date(
            input_value=document.date, option_value=default_date, text=text
        )
        paragraphs = split_paragraphs(text, max_chars=min(MAX_PIECE_CHARS, self.nlp.max_length))
        quoted = find_quoted_spans(text, paragraphs)
        quoted_paragraphs = {span.paragraph for span in quoted}
        worth_parsing = [
            para.is_prose and (index in quoted_paragraphs or may_hold_cue(text[para.start : para.end]))
            for index, para in enumerate(paragraphs)
        ]
        # Coreference looks back only: paragraphs after the last one that can hold a quote, and page
        # furniture, need no entities.
        last_worth = max((i for i, worth in enumerate(worth_parsing) if worth), default=-1)
        needs_entities = [para.is_prose and i < last_worth for i, para in enumerate(paragraphs)]
        local_quotes: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
        for span in quoted:
            base = paragraphs[span.paragraph].start
            local_quotes[span.paragraph].append((span.outer_start - base, span.outer_end - base))
        return _Plan(
            document, reference, reference_source, paragraphs, quoted, worth_parsing, needs_entities, local_quotes
        )

    def _parse(self, plans: Sequence[_Plan]) -> list[list[Doc]]:
        """One Doc per paragraph of each plan, all plans' paragraphs parsed in one call."""
        texts, full, entities, quoted = [], [], [], []
        for plan in plans:
            text = plan.document.text
            texts.extend(text[p.start : p.end] for p in plan.paragraphs)
            full.extend(plan.worth_parsing)
            entities.extend(plan.needs_entities)
            quoted.extend(plan.local_quotes)
        docs = iter(self.parser.parse(texts, full, entities, quoted))
        return [[next(docs) for _ in plan.paragraphs] for plan in plans]

    def _finish(self, plan: _Plan, docs: Sequence[Doc]) -> list[QuoteRecord]:
        """Rules, speakers and dates on the parsed paragraphs of one document."""
        document, text = plan.document, plan.document.text
        found = self._find(text, plan.paragraphs, docs, plan.worth_parsing, plan.quoted)
        dates = assign_dates(
            [
                DatingItem(
                    cue=f.candidate.cue,
                    quote_range=(f.candidate.start, f.candidate.end),
                    paragraph=f.paragraph,
                    sentence_index=_sentence_index(f),
                    speaker=f.speaker.name if f.speaker else None,
                )
                for f in found
            ],
            reference=plan.reference,
        )
        return [
            _record(document.doc_id, text, f, when, plan.reference, plan.reference_source)
            for f, when in zip(found, dates)
        ]

    # ------------------------------------------------------------------ rules

    def _find(self, text, paragraphs, docs, worth_parsing, quoted) -> list[_Found]:
        resolver = SpeakerResolver()
        by_paragraph: dict[int, list[QuotedSpan]] = {}
        for span in quoted:
            by_paragraph.setdefault(span.paragraph, []).append(span)
        run_on_ends = {span.end for span in quoted if span.close_mark is None}
        continued_starts = {span.start for span in quoted if span.continued}
        found: list[_Found] = []
        last: _Found | None = None
        for index, (para, doc) in enumerate(zip(paragraphs, docs)):
            resolver.observe(doc, base=para.start)
            if not worth_parsing[index]:
                continue
            local = [_localise(span, para) for span in by_paragraph.get(index, [])]
            continued = {i for i, span in enumerate(by_paragraph.get(index, [])) if span.continued}
            for candidate in _merge(doc, local, continued):
                speaker = None
                if candidate.rule == "direct.continued" and index and worth_parsing[index - 1]:
                    candidate = _colon_introduced(candidate, text, paragraphs[index - 1], docs[index - 1])
                if candidate.speaker_head is not None:
                    speaker = resolver.resolve(candidate.speaker_head, base=para.start)
                elif (
                    candidate.rule == "direct.continued"
                    and last is not None
                    and last.speaker is not None
                    and index - last.paragraph <= 1
                ):
                    speaker = last.speaker
                elif candidate.rule == "direct.continued":
                    candidate = replace(candidate, rule="direct.no_cue")
                current = _Found(index, doc, para.start, candidate, speaker)
                if (
                    last is not None
                    and candidate.type == "direct"
                    and candidate.start + para.start in continued_starts
                    and last.candidate.type == "direct"
                    and _raw_end(last) in run_on_ends
                ):
                    current = replace(last, run_on_end=candidate.end + para.start)
                    found[-1] = current
                else:
                    found.append(current)
                last = current
        # A speaker first met as "Kato" gets the full name, title and description seen later on.
        return [replace(f, speaker=resolver.final(f.speaker)) if f.speaker else f for f in found]


def _merge(doc: Doc, quotes: Sequence[LocalQuote], continued: set[int]) -> list[Candidate]:
    """Direct quotes and reported clauses of one paragraph, deduplicated, in text order.

    A reported clause with at most one word outside a quoted span *is* that quote (direct wins, and
    takes the clause's cue when it had none); a quoted span inside a longer reported clause is a
    partial quote, and the clause becomes one ``mixed`` record.
    """
    direct: dict[int, Candidate] = {}
    for i, quote in enumerate(quotes):
        candidate = _direct_candidate(doc, quote, quotes, continued=i in continued)
        if candidate is not None:
            direct[i] = candidate

    absorbed: set[int] = set()
    results: list[Candidate] = []
    for clause in reported_speech(doc, quotes):
        overlapping = [i for i, q in enumerate(quotes) if q.outer_start < clause.end and clause.start < q.outer_end]
        if not overlapping:
            results.append(clause)
            continue
        if _words_outside(doc_text(doc), clause, [quotes[i] for i in overlapping]) <= 1 or all(
            _only_cue_side_words(clause, quotes[i]) and _introduced_by_cue(doc, quotes[i], clause.cue)
            for i in overlapping
        ):
            for i in overlapping:
                if i not in direct or direct[i].cue is None:
                    rule = "direct.cue_before" if clause.cue.start_char < quotes[i].start else "direct.cue_after"
                    direct[i] = Candidate(
                        quotes[i].start, quotes[i].end, "direct", rule, clause.cue, clause.speaker_head
                    )
            continue
        start = min([clause.start] + [quotes[i].outer_start for i in overlapping])
        end = max([clause.end] + [quotes[i].outer_end for i in overlapping])
        absorbed.update(overlapping)
        results.append(replace(clause, start=start, end=end, type="mixed"))
    for i, candidate in direct.items():
        if i not in absorbed:
            results.append(candidate)
    return _drop_nested(sorted(results, key=lambda c: (c.start, -c.end)))


def _direct_candidate(
    doc: Doc, quote: LocalQuote, quotes: Sequence[LocalQuote], *, continued: bool
) -> Candidate | None:
    cue_token, speaker, rule = attribute_direct(doc, quote, quotes)
    sentence_like = _sentence_like(doc, quote)
    if cue_token is None:
        if continued or sentence_like and (quote.starts_paragraph or _starts_sentence(doc, quote)):
            return Candidate(quote.start, quote.end, "direct", "direct.continued", None, None)
        return None  # scare quotes, titles, single words: not a quote on their own
    if _looks_like_title(doc, quote):
        return None
    cue = cue_span(cue_token)
    if sentence_like or _introduced_by_cue(doc, quote, cue) or cue_token.lower_ == "according":
        return Candidate(quote.start, quote.end, "direct", rule, cue, speaker)
    # A phrase in quote marks inside the cue's clause ("called the plan “a disaster”"): the quote is
    # the cue's whole complement, which makes it mixed; a phrase outside the clause is no quote.
    complement = [
        t
        for child in cue_token.children
        if child.i > cue_token.i
        and (child.dep_ in COMPLEMENT_DEPS or child.dep_ in ("prep", "advcl") and _holds(child, quote))
        for t in child.subtree
    ]
    if not any(quote.start <= t.idx < quote.end for t in complement):
        return None
    start = min([quote.outer_start] + [t.idx for t in complement])
    end = max([quote.outer_end] + [t.idx + len(t.text) for t in complement if not t.is_punct])
    return Candidate(start, end, "mixed", "mixed.cue_phrase", cue, speaker)


def _looks_like_title(doc: Doc, quote: LocalQuote) -> bool:
    """“Good Morning America”, “This Week”, ‘R’: show, book and film titles (every word capitalised, no
    sentence punctuation) after "on/in/to/of" or a possessive are named, not quoted."""
    content = doc_text(doc)[quote.start : quote.end]
    words = _WORD.findall(content)
    if not words or content[-1] in ".!?":
        return False
    if len(words) == 1 and len(words[0]) == 1:
        return True  # party letters and grades: ‘R’, “D”
    if not all(w[0].isupper() or len(w) <= 3 for w in words):
        return False
    before = doc_text(doc)[max(0, quote.outer_start - 12) : quote.outer_start].split()
    return bool(before) and before[-1].lower() in TITLE_LEADS or bool(before) and before[-1].endswith(("’s", "'s"))


def _only_cue_side_words(clause: Candidate, quote: LocalQuote) -> bool:
    """The clause adds words only on the cue's side of the quote (an addressee: "told X, “…”"), not
    on the far side, where they would make the quote a partial one ("the system is “broken,” he said")."""
    if clause.cue.start_char >= quote.outer_end:
        return clause.start >= quote.outer_start
    return clause.end <= quote.outer_end


def _holds(token: Token, quote: LocalQuote) -> bool:
    """Does the token's subtree reach into the quote? ("described it [as “a joke”]")"""
    return token.left_edge.idx <= quote.start and quote.start < token.right_edge.idx + len(token.right_edge.text)


def _introduced_by_cue(doc: Doc, quote: LocalQuote, cue: Span) -> bool:
    """`“…,” he said`, `“…!” she declared`, `He told reporters: “…`: between cue and quote only the
    speaker or the addressee and the punctuation that joins a quote to its cue."""
    if cue.start_char >= quote.outer_end:
        gap_start, gap_end = quote.end, cue.start_char  # includes a comma left inside the marks
        text = doc_text(doc)
        joined = any(ch in text[gap_start:gap_end] for ch in ",:") or text[quote.end - 1] in "!?"
    else:
        gap_start, gap_end = cue.end_char, quote.start
        joined = doc_text(doc)[gap_start:gap_end].rstrip(" \"“«„‘'").endswith((",", ":"))
    between = [t for t in doc if gap_start <= t.idx < gap_end]
    return joined and len(between) <= MAX_CUE_GAP_TOKENS and not any(t.pos_ in ("VERB", "AUX") for t in between)


def _words_outside(text: str, clause: Candidate, quotes: Sequence[LocalQuote]) -> int:
    """Words of the clause outside quote marks, not counting an interposed cue ("…,” he said, “…")."""
    pieces, cursor = [], clause.start
    gaps = [(q.outer_start, q.outer_end) for q in quotes]
    cue = clause.cue
    if cue is not None and clause.start < cue.start_char < clause.end:
        own = list(cue.root.subtree)
        gaps.append((min(t.idx for t in own), max(t.idx + len(t.text) for t in own)))
    for gap_start, gap_end in sorted(gaps):
        pieces.append(text[cursor : max(cursor, gap_start)])
        cursor = max(cursor, gap_end)
    pieces.append(text[cursor : max(cursor, clause.end)])
    words = _WORD.findall(" ".join(pieces))
    return sum(1 for w in words if w.lower() != "that")


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Two cues can claim overlapping clauses ("said he told …"): keep the outer, earlier one."""
    kept: list[Candidate] = []
    for candidate in candidates:
        if kept and candidate.start < kept[-1].end and candidate.type != "direct" and kept[-1].type != "direct":
            continue
        if kept and candidate.start < kept[-1].end and candidate.type == "direct" and kept[-1].type == "mixed":
            continue
        kept.append(candidate)
    return kept


def _colon_introduced(candidate: Candidate, text: str, previous: Paragraph, previous_doc: Doc) -> Candidate:
    """A paragraph-opening quote after a paragraph ending in ":" ("Trump wrote on Twitter:") belongs to
    the subject of that last sentence."""
    if text[previous.end - 1] != ":" or not previous_doc.has_annotation("DEP"):
        return candidate
    last_sentence = list(previous_doc.sents)[-1]
    root = last_sentence.root
    head = subject_of(root)
    if head is None:
        return candidate
    return replace(candidate, rule="direct.colon_intro", cue=cue_span(root), speaker_head=head)


def _localise(span: QuotedSpan, para: Paragraph) -> LocalQuote:
    base = para.start
    outer_end = span.close_mark + 1 if span.close_mark is not None else span.end
    return LocalQuote(
        span.start - base, span.end - base, span.open_mark - base, outer_end - base, span.open_mark == para.start
    )


def _starts_sentence(doc: Doc, quote: LocalQuote) -> bool:
    before = doc_text(doc)[: quote.outer_start].rstrip()
    return not before or before[-1] in '.!?:”"’'


def _sentence_like(doc: Doc, quote: LocalQuote) -> bool:
    """Enough words and a verb: a statement, not a scare-quoted phrase or a title."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(_WORD.findall(span.text)) < 4:
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in span) or not doc.has_annotation("TAG")


def _raw_end(found: _Found) -> int:
    return found.run_on_end if found.run_on_end is not None else found.candidate.end + found.base


def _sentence_index(found: _Found) -> int:
    # Paragraph-major running index: good enough for "within the previous two sentences" checks.
    token = found.doc.char_span(found.candidate.start, found.candidate.end, alignment_mode="expand")
    within = 0
    if token is not None and found.doc.has_annotation("SENT_START"):
        within = sum(1 for s in found.doc.sents if s.start <= token.start) - 1
    return found.paragraph * 1000 + max(within, 0)


def _record(doc_id, text, found: _Found, when, reference, reference_source) -> QuoteRecord:
    c, base, speaker = found.candidate, found.base, found.speaker
    start, end = c.start + base, _raw_end(found)
    confidence = RULE_CONFIDENCE.get(c.rule, 0.5)
    if speaker is not None and speaker.kind in ("pronoun", "role"):
        confidence *= RESOLVED_SPEAKER_PENALTY
    cue_start = c.cue.start_char + base if c.cue is not None else None
    cue_end = c.cue.end_char + base if c.cue is not None else None
    return QuoteRecord(
        doc_id=doc_id,
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
        document_date=reference.isoformat() if reference else None,
        document_date_source=reference_source,
    )
