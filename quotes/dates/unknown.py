"""Unknown times: words that put the saying at an undatable other time ("has long said", "once told")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.dates.occasions import EXCHANGE_NOUNS, OCCASION_NOUNS, UNDATED_OCCASION_MODIFIERS
from quotes.dates.tree import attached_to, cue_verb, participle_governors, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Adverbs that place the saying at an unknown other time ("has long said", "once told"). From news
#: usage of habitual/previous-time adverbs with speech verbs.
UNKNOWN_TIME_ADVERBS: frozenset[str] = frozenset(
    """long once repeatedly often frequently previously always consistently routinely regularly
    formerly constantly recently""".split()
)
#: Prepositional phrases with the same meaning: "has said in the past", "has argued for years".
UNKNOWN_TIME_PHRASES: tuple[str, ...] = (
    "in the past", "for years", "for decades", "for months", "over the years", "many times", "time and again",
)  # fmt: skip


def unknown_time_text(cue: Span) -> str | None:
    """The words that put the saying at an unknown other time ("long", "once", "for years"), or None."""
    verb = cue_verb(cue)
    return (
        _unknown_time_adverb(verb)
        or _unknown_time_phrase(cue, verb)
        or _habitual_used_to(verb)
        or _undated_occasion(verb)
    )


def _undated_occasion(verb: Token) -> str | None:
    """An occasion placed at an undatable other time: "said in a recent interview", "in another
    interview", "in an earlier statement"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "at", "on"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in OCCASION_NOUNS:
                continue
            modifiers = [c for c in noun.children if c.i < noun.i]
            if any(c.lower_ in UNDATED_OCCASION_MODIFIERS for c in modifiers) or _another_outlets(noun, modifiers):
                return noun.doc[prep.i : noun.i + 1].text
    return None


def _another_outlets(noun: Token, modifiers: list[Token]) -> bool:
    """An undated interview with a named outlet ("in a Bloomberg interview", "in a CNN interview"): given
    elsewhere at some earlier time, not to this reporter today."""
    indefinite = any(c.lower_ in ("a", "an") for c in modifiers)
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in modifiers)
    return noun.lower_ in EXCHANGE_NOUNS and indefinite and named


def is_perfect(cue: Span) -> bool:
    """Perfect tense ("has said", "have argued", "had mocked …, saying"): said at some earlier time the
    sentence does not give (a date in the sentence, when there is one, is found first)."""
    verb = cue_verb(cue)
    for word in [verb, *participle_governors(verb)]:
        if word.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in word.children):
            return True
    return False


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
            if span is not None and at != at_verb and attached_to(span, verb):
                return sent.text[at : at + len(phrase)]
            at = sent_text.find(phrase, at + 1)
    return None


def _habitual_used_to(verb: Token) -> str | None:
    """The habitual past: "He used to say …"."""
    if verb.dep_ == "xcomp" and verb.head.lower_ == "used" and any(c.lower_ == "to" for c in verb.children):
        return "used to"
    return None




def is_unknown_time(cue: Span) -> bool:
    """True for "has long said", "once told", "has repeatedly said", "have often argued"."""
    return unknown_time_text(cue) is not None
