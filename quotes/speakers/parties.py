"""Party membership in role mentions: "the Wisconsin Republican" is a person, and "the Republican
nominee" is nobody the article calls a Democrat.

US news names a politician by party and state once the full name was given ("House Speaker Jane Roe
says …" then "The Wisconsin Republican says …"); the tagger labels the party noun NORP, like a group.
A party word in a role and another party in a person's title, description or party tag ("Democratic
nominee Jane Roe", "Sen. Jane Roe, D-Ore.") tell two people apart as a place does.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.speakers.registry import Entity

#: Party words of the two US parties, by the party they name. Other parties' words are left out: "Labour",
#: "Green", "independent" also describe people who belong to no party ("an independent analyst").
PARTY_OF_WORD: dict[str, str] = {
    "republican": "republican", "gop": "republican", "democratic": "democrat", "democrat": "democrat",
}
#: Singular party nouns that stand for one member ("the Republican", "the Ohio Democrat").
PARTY_MEMBER_NOUNS = frozenset({"republican", "democrat"})
#: A party-and-state tag after a US lawmaker's name ("R-Ky.", "D-N.Y.", "I-Vt.", "R-Utah"): the party's
#: letter, then the state.
PARTY_TAG = re.compile(r"\b([RDI])-\s?((?:[A-Z][a-z]?\.\s?)+|[A-Z][a-z]+\.|[A-Z][A-Za-z]*(?:\s[A-Z][a-z]+)?)")
_PARTY_OF_TAG = {"R": "republican", "D": "democrat"}


def party_member_role(head: Token) -> str | None:
    """"republican" for "the (Wisconsin) Republican", "democrat" for "the Democrat": a singular party
    noun after "the" is one party member, whom the article named before; else None."""
    if head.lower_ not in PARTY_MEMBER_NOUNS or head.tag_ in ("NNS", "NNPS") or not head.text[:1].isupper():
        return None
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
        return None
    return head.lower_


def parties_of(words: set[str] | frozenset[str]) -> set[str]:
    """The parties lower-cased words name ({"republican"} for "gop")."""
    return {PARTY_OF_WORD[word] for word in words if word in PARTY_OF_WORD}


def entity_parties(entity: Entity) -> set[str]:
    """The parties a person's title, description or party tag names ("Democratic nominee", "R-Ky.")."""
    parties = set()
    for text in (entity.title, entity.description):
        if text:
            parties |= parties_of(set(re.findall(r"[\w-]+", text.lower())))
            parties |= {_PARTY_OF_TAG[letter] for letter, _ in PARTY_TAG.findall(text) if letter in _PARTY_OF_TAG}
    return parties


def names_another_party(entity: Entity, parties: set[str]) -> bool:
    """The role names a party ("the Republican nominee") and the entity's words name only another one
    ("Democratic nominee Jane Roe"): a different person. Words that name no party clash with nothing."""
    if not parties:
        return False
    own = entity_parties(entity)
    return bool(own) and not own & parties
