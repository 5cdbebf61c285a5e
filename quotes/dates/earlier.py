"""Words a noun of saying puts at an earlier time: "the campaign's earlier claim that …", "repeated
warnings that …", "his past promise to …". The noun is the cue, and its modifier says the words were
said before now, at a time (or times) the sentence does not give: no date of saying. A date in the
sentence ("her claim on Monday that …") is found first as stated."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.dates.occasions import UNDATED_MEDIUM_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Modifiers of a noun of saying that put it before now: those of an undated medium ("earlier",
#: "previous", "past", "recent") and of repeating ("repeated warnings", "frequent complaints"). From
#: news usage of adjectives on claim/statement/warning/promise.
EARLIER_WORDS_MODIFIERS: frozenset[str] = UNDATED_MEDIUM_MODIFIERS | frozenset({"repeated", "frequent", "former"})
#: Verbs whose object noun of saying is said again now: "repeated his earlier claim that …", "renewed her
#: past pledge to …". Word forms: the pipeline runs without a lemmatizer.
SAYING_AGAIN_VERBS: frozenset[str] = frozenset(
    """repeat repeats repeated repeating reiterate reiterates reiterated reiterating renew renews renewed
    renewing restate restates restated restating""".split()
)


def earlier_words(cue: Token) -> str | None:
    """The noun cue and its modifier ("earlier claim", "repeated warnings") when a modifier puts the
    words before now; None for a verb cue, a graded modifier ("the most recent claim": the latest, often
    that day), or a noun a verb of saying again takes ("repeated his earlier claim")."""
    if cue.pos_ != "NOUN":
        return None
    if cue.dep_ in ("dobj", "conj") and cue.head.lower_ in SAYING_AGAIN_VERBS:
        return None
    return noun_with_modifier(cue, EARLIER_WORDS_MODIFIERS)


def noun_with_modifier(noun: Token, modifiers: frozenset[str]) -> str | None:
    """The noun with the first of ``modifiers`` that is an adjective before it ("earlier claim", "recent
    study"), or None. Not a graded one ("the most recent poll": the latest, often out that day)."""
    for modifier in noun.children:
        if modifier.dep_ != "amod" or modifier.i > noun.i or modifier.lower_ not in modifiers:
            continue
        if not any(c.lower_ in ("most", "more") for c in modifier.children):
            return noun.doc[modifier.i : noun.i + 1].text
    return None
