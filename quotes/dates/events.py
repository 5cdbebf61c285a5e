"""Dated events in an article's own sentences: "The premier visited the capital on Wednesday", "the
ministers met Friday in Lisbon", "a 2008 Clinton ad". Quotes that belong to such an event take its
date (see :mod:`quotes.dates.assign`), though no time expression stands beside their cue.

A sentence dates an event when a time expression outside its quotes is attached to its main verb in the
past tense, or to an occasion noun ("Monday's debate", "a March 2016 meeting"). Sentences the parser
skipped (no cue word, no quote) are read by their words: a day-precision expression (or one right before
an occasion noun), no word of the future, and no "before", "since" or "after" leading to it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.dates.expressions import DAY_PRECISION, resolve_expression
from quotes.dates.occasions import (
    CONTEST_NOUNS,
    CONTEST_VERBS,
    GATHERING_NOUNS,
    OCCASION_NOUNS,
    SPEECH_MEDIA_NOUNS,
    WRITING_NOUNS,
)
from quotes.dates.relatives import in_relative_clause_by_words, is_participle_on_object
from quotes.dates.stated import (
    DELIVERY_VERBS,
    is_another_event_before,
    is_argument_path,
    links_to_another_time,
    time_spans,
)
from quotes.dates.tree import governing_verb, is_parsed, link_words, sentence_entities
from quotes.position import Position
from quotes.recalling import holds_recall_phrase
from quotes.syntax import CONTENT_DEPS, is_verb_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class ParagraphText:
    """One prose paragraph as the event finder reads it: its Doc and its quoted stretches (paragraph
    offsets, marks included)."""

    index: int
    doc: Doc
    quoted: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class DatedEvent:
    """A sentence that dates an event: where, the date and expression, who acts in it, and whether it
    names an occasion people speak at (a meeting, a debate, an interview)."""

    position: Position
    date: str
    date_text: str
    names: frozenset[str]
    #: The sentence names a gathering several people speak at (a meeting, a hearing, a debate).
    occasion: bool
    #: The sentence refers back to words already said: "Trump made the comments Friday".
    recalls_words: bool = False


#: Words that put a sentence's event in the future: its weekday is not a day already past.
_FUTURE_WORDS = re.compile(
    r"\b(?:will|won't|shall|must|would|could|should|might|next|tomorrow|upcoming|scheduled|plans?\s+to"
    r"|expected\s+to|set\s+to|is\s+to)\b|'ll\b",
    re.IGNORECASE,
)
#: Links before an expression that make it another time than the event's: "before Friday's vote".
_OTHER_TIME_BEFORE = re.compile(
    r"\b(?:before|since|until|till|by|ahead\s+of|prior\s+to|after|following|from|through)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
YEAR_IN_TEXT = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: Entity labels whose words name who acts in a sentence.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def dated_events(paragraphs: Sequence[ParagraphText], *, reference: datetime.date | None) -> list[DatedEvent]:
    """Every sentence of the article that dates an event, in text order (one event per sentence)."""
    events: list[DatedEvent] = []
    if reference is None:
        return events
    for paragraph in paragraphs:
        doc = paragraph.doc
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for k, sentence in enumerate(sentences):
            event = _sentence_event(sentence, paragraph.quoted, reference)
            if event is not None:
                date, text = event
                events.append(
                    DatedEvent(
                        Position(paragraph.index, k),
                        date,
                        text,
                        actor_words(sentence),
                        occasion=_names_occasion(sentence),
                        recalls_words=_recalls_words(sentence),
                    )
                )
    return events


#: Words before a gathering noun that make it one already told: "the Tulsa protest", "that meeting".
_BACK_REFERENCE = frozenset("the that this same his her their its".split())


def gathering_mentions(paragraphs: Sequence[ParagraphText]) -> list[Position]:
    """Sentences, outside quotes, that go on about a gathering already told without dating anything
    ("The talks ran late", "Unlike demonstrations elsewhere, the Tulsa protest remained peaceful"): the
    story is still at that event."""
    found: list[Position] = []
    for paragraph in paragraphs:
        doc = paragraph.doc
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for k, sentence in enumerate(sentences):
            if any(_told_gathering(t, sentence, paragraph.quoted) for t in sentence):
                found.append(Position(paragraph.index, k))
    return found


def _told_gathering(token: Token, sentence: Span, quoted: Sequence[tuple[int, int]]) -> bool:
    if token.lower_ not in GATHERING_NOUNS or any(q_start <= token.idx < q_end for q_start, q_end in quoted):
        return False
    before = token.doc[max(sentence.start, token.i - 3) : token.i]
    return any(t.lower_ in _BACK_REFERENCE or t.lower_ in ("'s", "’s") for t in before)


def _sentence_event(
    sentence: Span, quoted: Sequence[tuple[int, int]], reference: datetime.date
) -> tuple[str, str] | None:
    """The first time expression of the sentence that dates its event, resolved, with its text."""
    doc = sentence.doc
    parsed = is_parsed(sentence)
    for start, end in time_spans(sentence):
        if any(start < q_end and q_start < end for q_start, q_end in quoted):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        dates_it = _dates_main_event(span, sentence) if parsed else _dates_event_by_words(span, sentence)
        if not dates_it:
            continue
        date = resolve_expression(span.text, reference)
        if date is None or _names_a_writing(span) or _probably_upcoming(date, span.text, reference):
            continue
        if len(date) < len("YYYY-MM-DD") and not _dates_an_act_of_speech(span, sentence):
            continue  # "In 2009, when Obama offered …", "the 2009 climate summit": background
        return date, span.text
    return None


def _dates_an_act_of_speech(span: Span, sentence: Span) -> bool:
    """A month or a year dates an event worth carrying only when it is an occasion of speech: "in a
    March 2016 meeting with the editorial board", "a speech at the convention in July"."""
    next_to_occasion = _on_occasion(span) or _after_occasion(span, sentence)
    return next_to_occasion and any(t.lower_ in SPEECH_MEDIA_NOUNS for t in sentence)


#: A month and day without a year read as almost a year back is more likely the coming one ("the Feb. 1
#: caucuses" in a January article): news gives the year of a date that long ago.
UPCOMING_DAYS = 300


def _probably_upcoming(date: str, text: str, reference: datetime.date) -> bool:
    if len(date) != len("YYYY-MM-DD") or YEAR_IN_TEXT.search(text):
        return False
    return (reference - datetime.date.fromisoformat(date)).days > UPCOMING_DAYS


def _names_a_writing(span: Span) -> bool:
    """A dated book or column ("in his 2012 book"): its words are not said at an event later quotes
    belong to."""
    doc = span.doc
    following = doc[span.end : min(span.end + 3, len(doc))]
    return span.root.head.lower_ in WRITING_NOUNS or any(t.lower_ in WRITING_NOUNS for t in following)


def _dates_main_event(span: Span, sentence: Span) -> bool:
    """The expression modifies the sentence's main verb in the past tense ("visited … on Wednesday",
    "met Friday", "was killed Friday"), or an occasion noun ("Monday's debate")."""
    governor, passed = governing_verb(span.root, set())
    if is_argument_path(passed) and not _on_occasion(span):
        return False
    links = link_words(passed)
    if links_to_another_time(links) or is_another_event_before(links, span):
        return False
    if _is_future(governor) or _inside_content(span.root, sentence):
        return False
    if _on_occasion(span):
        return True
    if _speaking_participle(governor, sentence):
        return True
    main = governor
    while main.dep_ == "conj" and main.head.i != main.i:
        main = main.head
    return main.i == sentence.root.i and _is_past_verb(governor)


def _speaking_participle(verb: Token, sentence: Span) -> bool:
    """A fronted participle of speaking that dates the sentence's past act: "Speaking to reporters in
    Ottawa on Wednesday, the mayor defended the plan" (what the mayor goes on to say is from then)."""
    root = sentence.root
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lower_ in DELIVERY_VERBS
        and verb.head.i == root.i
        and verb.i < root.i
        and _is_past_verb(root)
    )


def _inside_content(token: Token, sentence: Span) -> bool:
    """The expression is inside what somebody said, a relative clause ("said he expects the senator to
    recover from the flu, which forced her to leave a charity dinner on Sept. 11") or a participle on
    an object ("the gifts accepted on Jan. 12"): not the sentence's own event."""
    while token.i != sentence.root.i and token.head.i != token.i:
        if token.dep_ in CONTENT_DEPS or is_participle_on_object(token):
            return True
        token = token.head
    return False


def _on_occasion(span: Span) -> bool:
    """The expression is a modifier of an occasion noun: "a 2008 Clinton ad", "Tuesday's show", "the
    meeting on Friday"."""
    head = span.root.head
    if head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head.lower_ in OCCASION_NOUNS


def _is_future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _is_past_verb(verb: Token) -> bool:
    """The event is over: "met", "was killed", "had met"."""
    if not is_verb_form(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _dates_event_by_words(span: Span, sentence: Span) -> bool:
    """For sentences without a parse: a day (or a time right before an occasion noun), no word of the
    future in the sentence, and no other-time link right before the expression."""
    doc = sentence.doc
    after = doc[span.end : min(span.end + 3, sentence.end)]
    next_to_occasion = any(t.lower_ in OCCASION_NOUNS for t in after) or _after_occasion(span, sentence)
    if not DAY_PRECISION.search(span.text) and not next_to_occasion:
        return False
    if _FUTURE_WORDS.search(sentence.text):
        return False
    if not next_to_occasion and in_relative_clause_by_words(span, sentence):
        # a time next to an occasion dates the occasion, which the next quotes are often from, whatever
        # clause tells it; any other time in an object's relative clause is that clause's own
        return False
    lead = doc.text[sentence.start_char : span.start_char]
    return not _OTHER_TIME_BEFORE.search(lead)


def _after_occasion(span: Span, sentence: Span) -> bool:
    """An occasion noun right before the expression, a preposition at most between: "the Republican
    National Convention in July", "the meeting on Friday"."""
    k = span.start - 1
    if k >= sentence.start and span.doc[k].lower_ in ("in", "on", "at", "of", "during"):
        k -= 1
    return k >= sentence.start and span.doc[k].lower_ in OCCASION_NOUNS


def _names_occasion(sentence: Span) -> bool:
    return any(t.lower_ in GATHERING_NOUNS for t in sentence) or reports_contest(sentence)


def reports_contest(sentence: Span) -> bool:
    """The sentence reports a contest or a sitting as its event ("beat the Flames 4-2 on Saturday", "the
    council voted on Tuesday", "drew in Sunday's match"): the people who took part, quoted next, speak
    of it at the same occasion, as at a meeting or a hearing."""
    if any(t.lower_ in CONTEST_NOUNS for t in sentence):
        return True
    if is_parsed(sentence):
        return sentence.root.lower_ in CONTEST_VERBS
    return any(t.lower_ in CONTEST_VERBS for t in sentence)  # unparsed sentences are read by their words


def _recalls_words(sentence: Span) -> bool:
    """A definite or possessive speech noun ("made the comments Friday", "her remarks aired Sunday"), or
    a verb phrase that refers back to words said ("was speaking at a news conference Friday")."""
    if holds_recall_phrase([t.lower_ for t in sentence]):
        return True
    for token in sentence:
        if token.lower_ in SPEECH_MEDIA_NOUNS and any(
            c.i < token.i and (c.lower_ in ("the", "his", "her", "their", "its", "those", "these") or c.dep_ == "poss")
            for c in token.children
        ):
            return True
        if token.lower_ in SPEECH_MEDIA_NOUNS and token.i > sentence.start:
            before = token.doc[token.i - 1].lower_
            if before in ("the", "his", "her", "their", "those", "these"):
                return True
    return False


def actor_words(sentence: Span) -> frozenset[str]:
    """Lower-case words of the people and organisations named in the sentence."""
    words: set[str] = set()
    for ent in sentence_entities(sentence):
        if ent.label_ in _ACTOR_LABELS:
            words.update(name_words(ent.text))
    return frozenset(words)


_NOT_NAME_WORDS = frozenset("the of and for mr mrs ms dr sen rep gov president".split())


def name_words(name: str | None) -> frozenset[str]:
    """Words that identify a name: "Hillary Clinton" → {"hillary", "clinton"}; "the White House" →
    {"white", "house"}."""
    words = re.findall(r"[^\W\d_]+", (name or "").lower())
    return frozenset(w for w in words if len(w) > 2 and w not in _NOT_NAME_WORDS)
