"""What a noun of saying reports: its "that" clause ("the mayor's claim that the bridge was safe"), or
its to-infinitive when quote marks show the words are the possessor's ("his pledge to stay “neutral”"),
said by the possessor, or by the source named with "from" ("an admission from the senator that …")."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.quotemarks import ALL_DOUBLE


def noun_report(noun: Token) -> tuple[list[Token], Token] | None:
    """ "X's statement that …", "warnings from X that …": the words the noun reports and its speaker
    (the possessor, else the source after "from"); a clause that is the subject of the sentence's verb
    stops before that verb ("X's claim that … angered residents")."""
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)), None
    ) or quoted_infinitive(noun)
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None) or _from_speaker(noun)
    if clause is None or speaker is None:
        return None
    tokens = list(clause.subtree)
    if noun.head.i > noun.i:
        tokens = [t for t in tokens if t.i < noun.head.i]
    return tokens, speaker


def quoted_infinitive(noun: Token) -> Token | None:
    """ "his promise to stay “neutral” in the talks": a noun of saying's infinitive that holds quote
    marks is what was promised in the possessor's words (without the marks an infinitive is as often
    the writer's summary of a plan)."""
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.i < noun.i:
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if infinitive and any(ch in ALL_DOUBLE for t in clause.subtree for ch in t.text):
            return clause
    return None


def _from_speaker(noun: Token) -> Token | None:
    """The speaker named after the noun with "from": "repeated warnings from her lawyer that …",
    "an admission from the senator that …"; not a time ("complaints from 2015") or a pronoun."""
    for link in noun.children:
        if link.dep_ != "prep" or link.lower_ != "from" or link.i < noun.i:
            continue
        source = next((c for c in link.children if c.dep_ == "pobj"), None)
        if source is not None and source.pos_ in ("NOUN", "PROPN") and source.ent_type_ not in ("DATE", "TIME"):
            return source
    return None
