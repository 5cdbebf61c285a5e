"""Cues of several words whose verb alone says nothing: "made (it) clear that …" reports its clause
as "said" would."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.lexicon import MAKE_FORMS


def made_clear(verb: Token) -> tuple[list[Token], Span] | None:
    """The that-clause of "made (it) clear that …" and the cue span; None for any other "make", or a
    negated one ("did not make clear whether …": nothing was said)."""
    if verb.lower_ not in MAKE_FORMS or any(c.dep_ == "neg" for c in verb.children):
        return None
    doc = verb.doc
    clear = next((c for c in verb.children if c.lower_ == "clear" and verb.i < c.i <= verb.i + 2), None)
    if clear is None or (clear.i == verb.i + 2 and doc[verb.i + 1].lower_ != "it"):
        return None
    # the parser hangs the clause on "made" or on "clear"
    clause = next(
        (
            c
            for head in (verb, clear)
            for c in head.children
            if c.i > clear.i and c.dep_ in ("ccomp", "advcl") and any(m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    return [t for t in clause.subtree if t.i > clear.i], doc[verb.i : clear.i + 1]
