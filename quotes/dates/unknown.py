"""Unknown times: words that put the saying at an undatable other time ("has long said", "once told")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.dates.tree import cue_verb, sentence_of
from quotes.syntax import is_verb_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Adverbs that place the saying at an unknown other time ("has long said", "once told"). From news
#: usage of habitual/previous-time adverbs with speech verbs.
UNKNOWN_TIME_ADVERBS: frozenset[str] = frozenset(
    """long once repeatedly often frequently previously always consistently routinely regularly
    formerly constantly""".split()
)
#: Prepositional phrases with the same meaning: "has said in the past", "has argued for years".
UNKNOWN_TIME_PHRASES: tuple[str, ...] = (
    "in the past", "for years", "for decades", "for months", "over the years", "many times", "time and again",
)  # fmt: skip


def unknown_time_text(cue: Span) -> str | None:
    """The words that put the saying at an unknown other time ("long", "once", "for years"), or None."""
    verb = cue_verb(cue)
    return _unknown_time_adverb(verb) or _unknown_time_phrase(cue, verb) or _habitual_used_to(verb)


def _unknown_time_adverb(verb: Token) -> str | None:
    """An adverb of habit or earlier time on the cue: "has long said", "once told"."""
    for child in verb.children:
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in UNKNOWN_TIME_ADVERBS:
            return child.text
    return None


def _unknown_time_phrase(cue: Span, verb: Token) -> str | None:
    """A phrase of habit attached to the cue: "has said in the past", "has argued for years"."""
    sent = sentence_of(verb)
    sent_text = sent.text.lower()
    at_verb = verb.idx - sent.start_char
    for phrase in UNKNOWN_TIME_PHRASES:
        at = sent_text.find(phrase)
        while at != -1:
            span = cue.doc.char_span(sent.start_char + at, sent.start_char + at + len(phrase), alignment_mode="expand")
            if span is not None and at != at_verb and _attached_to(span, verb):
                return sent.text[at : at + len(phrase)]
            at = sent_text.find(phrase, at + 1)
    return None


def _habitual_used_to(verb: Token) -> str | None:
    """ "He used to say …": the habitual past."""
    if verb.dep_ == "xcomp" and verb.head.lower_ == "used" and any(c.lower_ == "to" for c in verb.children):
        return "used to"
    return None


def _attached_to(span: Span, verb: Token) -> bool:
    token = span.root
    while not is_verb_form(token) and token.head.i != token.i:
        token = token.head
    return token.i == verb.i


def is_unknown_time(cue: Span) -> bool:
    """True for "has long said", "once told", "has repeatedly said", "have often argued"."""
    return unknown_time_text(cue) is not None
