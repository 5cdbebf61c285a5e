"""Is the predicted speaker the gold one? The lenient rule of the quote scorer and the strict name rule.

- *lenient* (:func:`speaker_matches`): the predicted mention overlaps the gold mention, or the names share
  a capitalised word. "He" pointing at the right span counts.
- *strict* (:func:`names_speaker`): the record's ``speaker`` names whom a careful reader would write down,
  by kind of speaker: a person's surname is a word of it; an organisation shares a distinctive word; a
  group or unnamed source shares a content word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from quotes.evaluate.gold import GoldQuote

#: Capitalised words that do not identify anybody: pronouns, articles, honorifics and titles
#: ("Mr. Smith" and "Mr. Jones" share "Mr", "President Obama" and "President Trump" share "President").
_NOT_NAMES: frozenset[str] = frozenset(
    """
    I He She It We They You His Her Its Our Their Him Them Who The A An This That These Those
    Mr Mrs Ms Miss Dr Sen Rep Gov Lt Gen Col Sgt Prof St Sir Madam President Senator Governor
    Representative Secretary Minister Prime Vice Judge Justice Mayor Chairman Director Officer
    Former New
    """.split()
)
_NAME_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def _name_tokens(name: str | None) -> set[str]:
    tokens: set[str] = set()
    for word in _NAME_WORD.findall(name or ""):
        word = re.sub(r"[’']s$", "", word).rstrip(".’'-")
        if word[:1].isupper() and word not in _NOT_NAMES:
            tokens.add(word)
    return tokens


def speaker_matches(gold: GoldQuote, prediction: Mapping[str, Any]) -> bool:
    """Right when the predicted mention overlaps the gold speaker span, or the names share a
    capitalised token ("Trump" ~ "Donald Trump"); "he" vs "Smith" is wrong."""
    p_start, p_end = prediction.get("speaker_start"), prediction.get("speaker_end")
    if None not in (gold.speaker_start, gold.speaker_end, p_start, p_end):
        if p_start < gold.speaker_end and gold.speaker_start < p_end:
            return True
    gold_names = _name_tokens(gold.speaker)
    predicted = _name_tokens(prediction.get("speaker")) | _name_tokens(prediction.get("speaker_mention"))
    return bool(gold_names & predicted)


# --------------------------------------------------------------------------- strict names

#: Words that never identify a speaker on their own: function words and pronouns.
_FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the and or of on in at to for by with from who that which this these those its his her their
    our my your i he she it we they you him them us me other others another some many several one
    mr mrs ms miss dr
    """.split()
)
#: Words that every organisation of a type shares ("the Clinton campaign" and "the Trump campaign"):
#: an organisation is named by its other words.
_GENERIC_ORGANISATION_WORDS: frozenset[str] = frozenset(
    """
    association agency bureau campaign city coalition commission committee company corporation council
    department foundation government group inc institute ministry national news office organisation
    organization party presidential service state union
    """.split()
)
#: Generational suffixes after a surname ("Vann R. Newkirk II").
_NAME_SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv".split())
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")


def _words(text: str | None) -> list[str]:
    """Lower-case words, possessive "'s" removed: "Trump’s campaign" → ["trump", "campaign"]."""
    return [re.sub(r"[’']s$", "", w.lower()) for w in _WORD.findall(text or "")]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def surname(name: str) -> str | None:
    """The last word of a person's name, generational suffixes skipped."""
    words = [w for w in _words(name) if w not in _NAME_SUFFIXES]
    return words[-1] if words else None


def names_speaker(gold_name: str, gold_kind: str, predicted: str | None) -> bool:
    """Strict rule: does the predicted ``speaker`` name the gold speaker of this kind?"""
    said = _words(predicted)
    if not said:
        return False
    if gold_kind == "person":
        last = surname(gold_name)
        return last is not None and last in said
    content = [w for w in _words(gold_name) if w not in _FUNCTION_WORDS]
    if gold_kind == "organisation":
        distinctive = [w for w in content if w not in _GENERIC_ORGANISATION_WORDS]
        content = distinctive or content
    if not content:  # "We": nothing but function words, so only the same words name it
        return _words(gold_name) == said
    return bool({_singular(w) for w in content} & {_singular(w) for w in said})
