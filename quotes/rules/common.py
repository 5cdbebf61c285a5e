"""What every rule family shares: the candidate and quoted-span types, and token helpers (is this a
speech verb, what is its cue span, who is its subject)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import speech_lemma
from quotes.parsing import doc_text
from quotes.syntax import BORROWED_SUBJECT_DEPS, DATELINE_PREFIX, SUBJECT_DEPS, is_verb


@dataclass(frozen=True)
class Candidate:
    """A quote found in one paragraph doc; offsets are doc-local characters."""

    start: int
    end: int
    type: str
    rule: str
    cue: Span | None
    speaker_head: Token | None


@dataclass(frozen=True)
class LocalQuote:
    """A quoted span in doc-local offsets: content [start, end) and marks [outer_start, outer_end)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    starts_paragraph: bool


def inside_quotes(token: Token, quotes: Sequence[LocalQuote]) -> bool:
    return any(q.outer_start <= token.idx < q.outer_end for q in quotes)


def is_speech_verb(token: Token) -> bool:
    return is_verb(token) and speech_lemma(token.lower_) is not None and token.dep_ != "amod"


def cue_span(token: Token) -> Span:
    """The cue verb with a particle ("point out") or "according to"."""
    doc = token.doc
    end = token.i + 1
    if end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == token.i:
        end += 1
    if token.lower_ == "according" and end < len(doc) and doc[end].lower_ == "to":
        end += 1
    return doc[token.i : end]


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a cue, borrowed from the governing clause for participles."""
    seen = 0
    current = verb
    while current is not None and seen < 4:
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if current.dep_ == "agent":
            break
        if current.dep_ in BORROWED_SUBJECT_DEPS and current.head is not current:
            # "with Kato stressing …": spaCy often attaches the subject to the preposition's object.
            current = current.head
            seen += 1
            continue
        break
    return None


def according_to_source(token: Token) -> Token | None:
    for to in token.children:
        if to.lower_ == "to":
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range without surrounding whitespace, trailing , ; : ., a dateline or a leading "that"."""
    text = doc_text(doc)
    dateline = DATELINE_PREFIX.match(text, start)
    if dateline and dateline.end() < end:
        start = dateline.end()
    while True:
        before = (start, end)
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
            end -= 1
        if text[start : start + 5].lower() == "that ":
            start += 5
        if (start, end) == before:
            return start, end

