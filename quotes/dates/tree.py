"""Dependency-tree helpers shared by the dating rules: the cue's verb, its sentence, the verbs above it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotes.syntax import PARTICIPLE_HEAD_DEPS, is_verb_form

if TYPE_CHECKING:  # spaCy is only needed for type names here; the functions take parsed spans.
    from spacy.tokens import Span, Token


def cue_verb(cue: Span) -> Token:
    """The word of the cue that carries the saying: its first verb, else its syntactic root."""
    for token in cue:
        if is_verb_form(token):
            return token
    return cue.root


def sentence_of(token: Token) -> Span:
    """The token's sentence; the whole doc when it has no sentence boundaries."""
    doc = token.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return token.sent
    return doc[:]


def is_parsed(sentence: Span) -> bool:
    """Sentences without a cue word or quote get only a trivial parse: no subject anywhere. The rules
    that read a sentence's own event or habit read such a sentence by its words instead."""
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in sentence)


def governing_verb(token: Token, stop: set[int]) -> tuple[Token, list[Token]]:
    """Climb from the expression's head word to the first verb (or cue word); also the words passed."""
    passed: list[Token] = []
    while token.i not in stop and not is_verb_form(token) and token.head.i != token.i:
        passed.append(token)
        token = token.head
    return token, passed


def link_words(tokens: Sequence[Token]) -> set[str]:
    """Prepositions and subordinators on a path ("before", "after", "for") as lower-case words."""
    words: set[str] = set()
    for t in tokens:
        if t.dep_ in ("prep", "mark") or t.pos_ == "ADP" or t.tag_ == "IN":
            words.add(t.lower_)
        words.update(c.lower_ for c in t.children if c.dep_ == "mark")
    return words


def path_to(governor: Token, target: Token) -> list[Token] | None:
    """Tokens from ``governor`` up to (excluding) ``target`` if ``target`` dominates it, else None."""
    path: list[Token] = []
    token = governor
    while token.i != target.i:
        if token.head.i == token.i:
            return None
        path.append(token)
        token = token.head
    return path


#: From a participial cue (see ``quotes.syntax.PARTICIPLE_HEAD_DEPS``) through the noun phrase it hangs
#: from to the verb above: "…, with Kato stressing" (acl of the pobj of "with"), "the minister,
#: insisting …" (acl of the subject).
_NOMINAL_PATH_DEPS = frozenset("pobj prep nsubj nsubjpass dobj appos npadvmod".split())


def participle_governors(verb: Token) -> list[Token]:
    """Verbs that govern a non-finite cue: "Tokyo reacted …, with Kato stressing …" → reacted;
    "The ministry issued a statement Monday, saying …" → issued. At most two hops."""
    found: list[Token] = []
    token = verb
    for _ in range(2):
        if token.tag_ not in ("VBG", "VBN", "VB") or token.dep_ not in PARTICIPLE_HEAD_DEPS:
            break
        head = token.head
        while not is_verb_form(head) and head.dep_ in _NOMINAL_PATH_DEPS and head.head.i != head.i:
            head = head.head
        if not is_verb_form(head):
            break
        found.append(head)
        token = head
    return found


#: ``Doc.user_data`` key of the document's entities as (start token, end token, span), built once.
_ENTITIES_KEY = ("quotes", "dates", "entities")


def attached_to(span: Span, verb: Token) -> bool:
    """Whether the phrase ``span`` hangs from ``verb``: its root, climbed through non-verbs, is that verb."""
    token = span.root
    while not is_verb_form(token) and token.head.i != token.i:
        token = token.head
    return token.i == verb.i


def sentence_entities(sent: Span) -> list[Span]:
    """The named entities that lie wholly inside ``sent``, as ``sent.ents`` gives them, without its cost:
    ``Span.ents`` walks all the document's entities on every call, so calling it once per quote or per
    sentence makes a long one-paragraph document quadratic. The document's entities are listed once and
    looked up by position."""
    doc = sent.doc
    cached = doc.user_data.get(_ENTITIES_KEY)
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data[_ENTITIES_KEY] = ([e.start for e in ents], ents)
    starts, ents = cached
    found: list[Span] = []
    for k in range(bisect_left(starts, sent.start), len(ents)):
        ent = ents[k]
        if ent.start >= sent.end:
            break
        if ent.end <= sent.end:
            found.append(ent)
    return found
