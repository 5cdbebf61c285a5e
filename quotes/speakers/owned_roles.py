"""Someone's role named before its bearer: "his attorney said …", then "Jane Roe, his attorney, …".

A possessive role ("his attorney", "her spokesman", "the mayor's spokeswoman") is held for somebody
else, so it never falls to whoever was named last, and a later sentence names its bearer only when
it refers back to the words ("Jane Roe made the comments"). News also introduces the bearer later in
the article by the same role ("said Jane Roe, his attorney", "attorney Jane Roe", "Roe, a spokeswoman
for the mayor"). :func:`sole_later_bearer` takes that person when the article names exactly one with
the role, first mentioned after the possessive; two bearers, or one named before, leave it unnamed.
A pronoun owner ("his attorney") is the person the pronoun points back to, when there is one: a later
bearer said to work for someone else ("Roe, an attorney for the plaintiffs") is somebody else's.
An organisation's role by "its"/"their" ("The union filed a grievance. Its president argued …") is
also the person named before with that role in the organisation (:func:`earlier_bearer_of_org_role`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.speakers import antecedents
from quotes.speakers.antecedents import (
    described_with,
    describes_owner,
    fits_role,
    name_words,
    owner_entity,
    title_words,
)
from quotes.speakers.mentions import possessor, strip_possessive
from quotes.speakers.registry import Entity, EntityRegistry, SentenceKey
from quotes.speakers.vocabulary import (
    DEICTIC_PRONOUNS,
    PERSON_ROLE_NOUNS,
    POSSESSIVE_MARKS,
    PRONOUNS,
    TITLE_NORMAL,
    gender_of_title,
)

#: Words after a role noun that bring in whose role it is ("an attorney for the family", "an adviser to
#: the mayor", "a spokeswoman of the ministry"); the usual ways news writes the owner after the role.
OWNER_PREPOSITIONS = frozenset({"for", "to", "of"})

#: Possessive pronouns an organisation owns its roles by ("its president", "their spokeswoman").
ORG_POSSESSIVES = frozenset({"its", "their"})


def sole_later_bearer(registry: EntityRegistry, role: str, *, position: int, owners: frozenset[str],
                      by_pronoun: bool, role_gender: str | None) -> Entity | None:
    """The one person of the whole article whose title or description has ``role`` as their own role
    (:func:`has_own_role`) and a word naming the owner too (``owners``: words naming them; "Roe, a
    spokeswoman for the mayor"), or, for a pronoun owner (``by_pronoun``: "his", whose person
    ``owners`` names if it was found), no owner at all ("attorney Jane Roe", "Roe, his attorney"), when
    that person is first mentioned after ``position``; else None. The owner never bears their own role."""
    role_key = TITLE_NORMAL.get(role, role)

    def owned_alike(entity: Entity) -> bool:
        return describes_owner(entity, owners) or by_pronoun and not names_an_owner(entity, role_key)

    bearers = [
        entity for entity in registry.entities
        if fits_role(entity, wanted="person", role_gender=role_gender) and has_own_role(entity, role_key)
        and not owners & set(entity.keys) and owned_alike(entity)
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


def names_an_owner(entity: Entity, role_key: str) -> bool:
    """The title or description says whose role it is, other than by a pronoun: a possessive before the
    role word ("the plaintiffs' attorney", "Doe's attorney") or a preposition after it ("an attorney for
    the plaintiffs"); "attorney Jane Roe" and "Roe, his attorney" name no owner."""
    for text in (entity.title, entity.description):
        words = [key for key, _ in title_words(text)]
        for at, key in enumerate(words):
            if key != role_key:
                continue
            before = words[at - 1] if at else ""
            if words[at + 1:at + 2] and words[at + 1] in OWNER_PREPOSITIONS:
                return True
            if before not in PRONOUNS and any(before.endswith(mark) for mark in POSSESSIVE_MARKS):
                return True
    return False


def owned_by_pronoun(head: Token) -> bool:
    """The role's owner is a pronoun ("his attorney", "their spokeswoman")."""
    owner = possessor(head)
    return owner is not None and owner.lower_ in PRONOUNS


def owner_words(registry: EntityRegistry, head: Token, position: int, sentence: SentenceKey) -> frozenset[str] | None:
    """Words naming the owner of a possessive role ("mayor" and the mayor's name for "the mayor's
    spokeswoman", "roe" for "Roe's lawyer"; for "his attorney", the name of the person "his" points
    back to, found as a pronoun subject's is, or none); None for a role no one owns."""
    owner = possessor(head)
    if owner is None:
        return None
    if owner.lower_ in PRONOUNS:
        if owner.lower_ in DEICTIC_PRONOUNS:
            return frozenset()
        pointed_at = _pointed_at(registry, owner, position - head.idx, sentence)
        return frozenset(name_words(pointed_at)) if pointed_at is not None else frozenset()
    owned_by = owner_entity(registry, owner, position, sentence)
    return frozenset({strip_possessive(owner.lower_)} | (name_words(owned_by) if owned_by is not None else set()))


def earlier_bearer_of_org_role(registry: EntityRegistry, head: Token, position: int,
                               sentence: SentenceKey) -> Entity | None:
    """"The Acme union filed a grievance. Its president argued …": for a person role owned by "its" or
    "their" whose pronoun points back to an organisation (found as for a pronoun subject), the latest
    earlier person described with the role and a word of that organisation's name ("Jane Roe, president
    of the Acme union") or with the same possessive ("Its president, Jane Roe, said"); else None. Later
    bearers are left to :func:`sole_later_bearer`; a pronoun pointing to a person or group, to nobody."""
    owner = possessor(head)
    role = TITLE_NORMAL.get(head.lower_, head.lower_)
    if owner is None or owner.lower_ not in ORG_POSSESSIVES or role not in PERSON_ROLE_NOUNS:
        return None
    organisation = _pointed_at(registry, owner, position - head.idx, sentence)
    if organisation is None or organisation.kind != "org":
        return None
    names = name_words(organisation) | {owner.lower_}
    return described_with(registry, names, organisation, role, gender_of_title(head.text), position)


def _pointed_at(registry: EntityRegistry, pronoun: Token, base: int, sentence: SentenceKey) -> Entity | None:
    """Who a possessive pronoun points back to, found as for a pronoun subject (``base``: the paragraph's
    offset in the article)."""
    return antecedents.nearest(registry, base + pronoun.idx, sentence, antecedents.pronoun_check(pronoun.lower_))
