"""Someone's role named before its bearer: "his attorney said …", then "Jane Roe, his attorney, …".

A possessive role ("his attorney", "her spokesman", "the mayor's spokeswoman") is held for somebody
else, so it never falls to whoever was named last, and a later sentence names its bearer only when
it refers back to the words ("Jane Roe made the comments"). News also introduces the bearer later in
the article by the same role ("said Jane Roe, his attorney", "attorney Jane Roe", "Roe, a spokeswoman
for the mayor"). :func:`sole_later_bearer` takes that person when the article names exactly one with
the role, first mentioned after the possessive; two bearers, or one named before, leave it unnamed.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.speakers.antecedents import describes_owner, fits_role, name_words, owner_entity, title_words
from quotes.speakers.mentions import possessor, strip_possessive
from quotes.speakers.registry import Entity, EntityRegistry, SentenceKey
from quotes.speakers.vocabulary import PERSON_ROLE_NOUNS, PRONOUNS, TITLE_NORMAL


def sole_later_bearer(registry: EntityRegistry, role: str, *, position: int, owners: frozenset[str],
                      role_gender: str | None) -> Entity | None:
    """The one person of the whole article whose title or description has ``role`` as their own role
    (:func:`has_own_role`) and, when the owner is named (``owners``: words naming them; empty for
    "his"/"her"), a word naming the owner too ("Roe, a spokeswoman for the mayor"), when that person
    is first mentioned after ``position``; else None. The owner never bears their own role."""
    role_key = TITLE_NORMAL.get(role, role)
    bearers = [
        entity for entity in registry.entities
        if fits_role(entity, wanted="person", role_gender=role_gender) and has_own_role(entity, role_key)
        and not owners & set(entity.keys) and (not owners or describes_owner(entity, owners))
    ]
    if len(bearers) != 1:
        return None
    first = registry.first_mention(bearers[0].id)
    return bearers[0] if first is not None and first.start > position else None


def has_own_role(entity: Entity, role_key: str) -> bool:
    """The title or description has the role word (abbreviations and synonyms normalised: "attorney" is
    "lawyer"), not followed by another role noun, which makes another office of it ("Attorney General
    Jane Roe" is nobody's attorney)."""
    for text in (entity.title, entity.description):
        keys = [key for key, _ in title_words(text)]
        for at, key in enumerate(keys):
            following = keys[at + 1] if at + 1 < len(keys) else None
            if key == role_key and following not in PERSON_ROLE_NOUNS:
                return True
    return False


def owner_words(registry: EntityRegistry, head: Token, position: int, sentence: SentenceKey) -> frozenset[str] | None:
    """Words naming the owner of a possessive role ("mayor" and the mayor's name for "the mayor's
    spokeswoman", "roe" for "Roe's lawyer"); empty for a pronoun owner ("his attorney"); None for a
    role no one owns."""
    owner = possessor(head)
    if owner is None:
        return None
    if owner.lower_ in PRONOUNS:
        return frozenset()
    owned_by = owner_entity(registry, owner, position, sentence)
    return frozenset({strip_possessive(owner.lower_)} | (name_words(owned_by) if owned_by is not None else set()))
