"""Words not said yet: a cue in the future or told as a prospect ("the moderators will demand …", "she is
expected to tell the board …", "he plans to argue …"). They have no date of saying (``date: null``),
unless the sentence gives the time ahead (found first, as a stated date). A speech given out in advance
("will say, according to excerpts released by the White House") is the exception: its words are
written and delivered on the day the article tells, so those cues keep the usual dating
(:func:`quotes.dates.assign.assign_dates` is told when an article quotes such a preview)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.dates.tree import cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Auxiliaries of the future. "would", "could", "may" are left out: of a speaker they are mostly a
#: hypothetical ("his returns would reveal …") or a report of past intent, not words to come.
FUTURE_AUXILIARIES: frozenset[str] = frozenset("will 'll ’ll shall".split())
#: Heads whose infinitive is a saying to come: "is expected to say", "plans to argue". From news usage
#: of prospective verbs and adjectives. Not "going to", which in speech is mostly the act at hand ("I'm
#: going to read you the question") and in narration the next act ("going on to say").
PROSPECT_HEADS: frozenset[str] = frozenset(
    "expected set scheduled due poised slated plans plan planning intends intend intending".split()
)
#: Subjects of a speaker's own words: "I'll tell you", "we will say it plainly" are said as they are
#: quoted, in a transcript or a quoted answer.
_SPEAKING_NOW = frozenset("i we you".split())
#: Words that mark a speech handed out before it is given: "according to excerpts", "prepared
#: remarks", "as prepared for delivery". From wire and newspaper style for speech previews.
SPEECH_PREVIEW = re.compile(
    r"\b(?:excerpts?|prepared\s+(?:remarks|text|speech|testimony)|advance\s+(?:text|copy|copies)"
    r"|as\s+prepared\s+for\s+delivery)\b",
    re.IGNORECASE,
)


def is_speech_preview(text: str) -> bool:
    """The text quotes a speech handed out before it is given ("according to excerpts released …")."""
    return SPEECH_PREVIEW.search(text) is not None


def is_prospective(cue: Span, *, quote_range: tuple[int, int] | None = None) -> bool:
    """The cue is a saying still to come: a future auxiliary on it ("will demand", "she'll tell"), or a
    prospective head whose infinitive it is ("is expected to say", "plans to argue"). Not the speaker's
    own "I'll tell you" (said as quoted), not a refusal ("won't say": said now), not a past prospect
    ("was expected to testify", which may have happened), not a capitalised "Will" in mid-sentence (a
    name), nor words inside the quote. Not a participle cue on a verb in the
    future either: "will travel to Ottawa next week, saying …" announces the trip now."""
    verb = cue_verb(cue)
    outside = quote_range or (0, 0)
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    if any(c.dep_ == "nsubj" and c.lower_ in _SPEAKING_NOW for word in holders for c in word.children):
        return False
    for aux in verb.children:
        if aux.dep_ == "aux" and _future_auxiliary(aux) and not outside[0] <= aux.idx < outside[1]:
            return not _negated(verb)
    return _prospect_head(verb, outside)


def _future_auxiliary(aux: Token) -> bool:
    if aux.lower_ not in FUTURE_AUXILIARIES:
        return False
    return not (aux.text == "Will" and not aux.is_sent_start)  # "Will wrote": the columnist's name


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _prospect_head(verb: Token, outside: tuple[int, int]) -> bool:
    """"is expected to say", "plans to argue": the infinitive of a prospective head in the present."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lower_ not in PROSPECT_HEADS or _negated(head):
        return False
    if not any(c.lower_ == "to" for c in verb.children) or outside[0] <= head.idx < outside[1]:
        return False
    if head.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("was", "were", "had") for c in head.children):
        return False  # "was expected to testify", "planned to say": a past prospect
    return True
