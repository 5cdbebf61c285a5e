"""Verb phrases that refer back to words already reported: "made the comments", "was speaking at".

Wire copy often tells a statement first and then who made it, and when, in the next sentence: "Peter
Doe made the comments Wednesday at a news conference". Speaker resolution reads such a sentence's
subject as the speaker of the statement before it (:mod:`quotes.speakers.recalls`); dating reads its
time as the time of those words (:mod:`quotes.dates.events`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Verb, the determiners that point back (no "a": "made a statement" is new words, not the ones just
#: told) and the speech nouns it takes. Gathered from wire style (Canadian Press, AP): "made the
#: comments/remarks/announcement/statement/pledge", "made those comments", "delivered the remarks".
RECALL_PHRASES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "made": (
        frozenset({"the", "those", "these", "his", "her", "their"}),
        frozenset({"comment", "comments", "remark", "remarks", "announcement", "statement", "statements",
                   "pledge", "promise"}),
    ),
    "delivered": (
        frozenset({"the", "those", "his", "her", "their"}),
        frozenset({"remarks", "comments", "statement", "message"}),
    ),
}
#: "Peter Doe was speaking at a news conference / to reporters": the occasion of the words just told.
SPEAKING_AT = ("was", "speaking", frozenset({"at", "to", "with", "during", "after", "before", "in"}))
#: "Peter Doe spoke at a news conference / to reporters Wednesday": the same, told in the past.
SPOKE_AT = ("spoke", frozenset({"at", "to", "during"}))
#: "Peter Doe's comments came during a news conference Wednesday": a possessive mark (as the words of
#: a text split it, "s" too), a speech noun of :data:`RECALL_PHRASES`, a verb of taking place.
POSSESSED_WORDS = (frozenset({"'s", "’s", "s"}), frozenset({"came", "come", "comes"}))
#: How many words a recall phrase has.
PHRASE_WORDS = 3
_WORD = re.compile(r"[A-Za-z]+")


def is_recall_phrase(words: Sequence[str]) -> bool:
    """``words`` (lower case) open with a phrase of :data:`RECALL_PHRASES`, :data:`SPEAKING_AT`,
    :data:`SPOKE_AT` or :data:`POSSESSED_WORDS` (from the possessive mark on: the name stands before it)."""
    if len(words) < PHRASE_WORDS:
        return False
    verb, second, third = words[:PHRASE_WORDS]
    if verb in RECALL_PHRASES:
        determiners, nouns = RECALL_PHRASES[verb]
        return second in determiners and third in nouns
    if verb == SPOKE_AT[0]:
        return second in SPOKE_AT[1]
    marks, verbs = POSSESSED_WORDS
    if verb in marks:
        return second in RECALL_PHRASES["made"][1] and third in verbs
    auxiliary, participle, prepositions = SPEAKING_AT
    return (verb, second) == (auxiliary, participle) and third in prepositions


def holds_recall_phrase(words: Sequence[str]) -> bool:
    """Some run of ``words`` (lower case) makes a recall phrase (:func:`is_recall_phrase`)."""
    return any(is_recall_phrase(words[k:k + PHRASE_WORDS]) for k in range(len(words)))


def has_recall_phrase(text: str) -> bool:
    """Some words of ``text`` make a recall phrase: the cheap test, before any parse, that a paragraph
    may name who made the words told before it, so its names are read even after the last quote."""
    return holds_recall_phrase([word.lower() for word in _WORD.findall(text)])
