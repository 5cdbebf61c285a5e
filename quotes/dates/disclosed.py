"""Writings brought to light: "according to emails unearthed in the inquiry", "wrote in a memo obtained
by the paper", "a leaked letter said". Their words were written at some earlier time that the sentence
does not give (a date, "a memo released Friday", is found first as stated): no date of saying."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Writings that come to light after they were written. From news usage of leaks and releases.
PRIVATE_WRITING_NOUNS: frozenset[str] = frozenset(
    "email emails e-mail e-mails memo memos letter letters cable cables message messages note notes".split()
)
#: Participles that bring a writing to light, before or after it: "a leaked memo", "emails obtained by
#: the paper", "a newly uncovered email".
DISCLOSED_PARTICIPLES: frozenset[str] = frozenset(
    "leaked hacked stolen released obtained unearthed uncovered discovered surfaced disclosed published".split()
)


def disclosed_writing(verb: Token) -> str | None:
    """The writing, brought to light, that the cue's words come from: its subject ("a leaked memo
    said"), the object of "according to", or the writing the verb is in ("wrote in an email obtained by
    …"); not the present ("the leaked memo says": the writing speaking now)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return None
    for writing in _writings_of(verb):
        if writing.lower_ in PRIVATE_WRITING_NOUNS and _brought_to_light(writing):
            return writing.doc[writing.left_edge.i : writing.i + 1].text
    return None


def _writings_of(verb: Token) -> list[Token]:
    """The cue's subject and the objects of its "in", "from" and "to" (the "to" of "according to" also
    when the parser does not call it a preposition)."""
    links = [
        c for c in verb.children
        if c.lower_ in ("in", "from", "to") and (c.dep_ == "prep" or c.lower_ == "to" and verb.lower_ == "according")
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects + [noun for link in links for noun in link.children if noun.dep_ == "pobj"]


def _brought_to_light(writing: Token) -> bool:
    """A participle of leaking or release on the writing, before ("a leaked memo") or after it ("emails
    unearthed in the inquiry", "a memo obtained by the paper")."""
    return any(
        c.dep_ in ("amod", "acl") and c.lower_ in DISCLOSED_PARTICIPLES and c.tag_ in ("VBN", "JJ", "VBD")
        for c in writing.children
    )
