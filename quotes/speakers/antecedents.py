"""Antecedent search: which earlier entity a pronoun or a role noun stands for.

Pure functions over an :class:`~quotes.speakers.registry.EntityRegistry`: they read it and change
nothing (the resolver records what they find). Each agreement rule is a named check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from quotes.speakers.epithets import AGE_EPITHET
from quotes.speakers.mentions import definite_role, mention_span, possessor, strip_possessive, title_role
from quotes.speakers.parties import PARTY_MEMBER_NOUNS, PARTY_TAG, names_another_party, parties_of
from quotes.speakers.registry import Entity, EntityRegistry, SentenceKey
from quotes.speakers.vocabulary import (
    AGENT_ROLE_NOUNS,
    DETERMINERS,
    GROUP_PRONOUNS,
    NAMED_ONLY_ORG_NOUNS,
    OFFICE_OF_TITLE_WORD,
    OFFICES_OF_ROLE,
    OTHER_TIME_MODIFIERS,
    PARTY_WORDS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    STATE_OF_PARTY_TAG,
    TITLE_NORMAL,
    gender_of_title,
)

Check = Callable[[Entity], bool]
#: Roles that only the last fitting subject may take: party members ("the Ohio Republican") and age
#: epithets ("the 46-year-old").
LAST_SUBJECT_ROLES = PARTY_MEMBER_NOUNS | {AGE_EPITHET}
#: How many paragraphs before the pronoun's own its subjects are preferred over nearer other mentions.
RECENT_PARAGRAPHS = 2

# ---------------------------------------------------------------------------- agreement checks


def fits_person_pronoun(entity: Entity, gender: str | None) -> bool:
    """he/she: a person whose gender is unknown or the pronoun's."""
    return entity.kind == "person" and (entity.any_gender is None or entity.any_gender == gender)


def fits_plural_pronoun(entity: Entity) -> bool:
    """they: a group or an organisation ("Officials … They added", "The ministry … they")."""
    return entity.kind in ("group", "org")


def fits_thing_pronoun(entity: Entity) -> bool:
    """it: an organisation, a place or a writing that spoke ("The letter noted …"), never a person."""
    return entity.kind in ("org", "place", "thing")


def pronoun_check(word: str) -> Check:
    """The agreement check for a lower-cased personal pronoun (he/she/him/her/they/them/it)."""
    if word in PERSON_PRONOUNS:
        gender = PERSON_PRONOUNS[word]
        return lambda entity: fits_person_pronoun(entity, gender)
    if word in GROUP_PRONOUNS:
        return fits_plural_pronoun
    return fits_thing_pronoun


def fits_role(entity: Entity, *, wanted: str, role_gender: str | None) -> bool:
    """A role noun takes an entity of its kind ("the senator" a person, "the company" an
    organisation) whose known gender does not contradict a gendered role ("the spokeswoman")."""
    if entity.kind != wanted:
        return False
    return not (role_gender and entity.any_gender and entity.any_gender != role_gender)


def holds_other_office(entity: Entity, role_key: str, *, other_time: bool = False) -> bool:
    """The entity's title or description names a present office and none that the role may stand for:
    the NDP leader is not "the mayor", a governor not "the senator", "Sen. Jane Roe" not "the judge". A
    hypernym or synonym still fits ("the lawmaker" or "the senator" and "Senate Majority Leader"), as
    does a role that names no office ("the candidate"), a role at another time ("the former
    congressman" for "Sen. Chris Roe") or an entity whose words name no present office."""
    offices_of_role = OFFICES_OF_ROLE.get(role_key)
    if offices_of_role is None or other_time:
        return False
    offices = present_offices(entity.title) | present_offices(entity.description)
    return bool(offices) and not offices & offices_of_role


def present_offices(text: str | None) -> set[str]:
    """The offices a title or description names, except those it puts at another time ("former Gov.")."""
    return {OFFICE_OF_TITLE_WORD[key] for key, past in title_words(text) if key in OFFICE_OF_TITLE_WORD and not past}


def holds_role_now(entity: Entity, role_key: str) -> bool:
    """The entity's title or description has the role word as a present office only ("President
    Obama"), so a role at another time is someone else: "the former president" is not him, while
    "Former Texas Gov. Rick Roe" is "the former governor"."""
    uses = [past for text in (entity.title, entity.description) for key, past in title_words(text) if key == role_key]
    return bool(uses) and not any(uses)


def title_words(text: str | None) -> list[tuple[str, bool]]:
    """The lower-cased words of a title or description, abbreviations normalised ("Sen." → "senator"),
    each with whether a time modifier stands shortly before it ("Former Texas Gov.")."""
    words = re.findall(r"[\w.’'-]+", (text or "").lower())
    return [
        (TITLE_NORMAL.get(word, word.rstrip(".")), any(w in OTHER_TIME_MODIFIERS for w in words[max(0, at - 3):at]))
        for at, word in enumerate(words)
    ]


# ---------------------------------------------------------------------------- searches


def nearest(registry: EntityRegistry, position: int, sentence: SentenceKey, accept: Check) -> Entity | None:
    """Nearest acceptable entity mentioned before ``position``.

    First the subjects of this paragraph and the one before (a pronoun continues the topic, and news
    names the speaker as a subject: "Trump raised questions about the debate with Clinton. His audio
    was quieter than Clinton's. He says …" means Trump). Then any mention: by sentence (latest first),
    main-clause subjects before other subjects before other mentions; mentions inside quotes only as a
    last resort (the speaker talks *about* them)."""
    recent_subject = last_fitting_subject(registry, position, sentence, accept,
                                          back_to=(sentence[0] - RECENT_PARAGRAPHS, 0))
    if recent_subject is not None:
        return recent_subject
    for quoted in (False, True):
        for entity in registry.by_salience(position, sentence, quoted=quoted):
            if accept(entity):
                return entity
    return None


def role_antecedent(registry: EntityRegistry, head: Token, span: Span, role: str, position: int,
                    sentence: SentenceKey) -> Entity | None:
    """"the Russian leader", "the company": the most recent earlier entity that fits and whose
    title/description (organisations: also name) shares the role word or a modifier of the role
    noun, and that names no other place than the role does ("the Florida senator" is not "Texas
    Sen. Ted Doe"); else the last unquoted subject that fits (:func:`last_fitting_subject`), when
    :func:`may_fall_back` allows it and it holds no other office (:func:`holds_other_office`). A role
    at another time ("the former president") is never a present holder (:func:`holds_role_now`), a
    role with a party no one of another party (:func:`~quotes.speakers.parties.names_another_party`),
    and a party member ("the Ohio Republican") the last fitting subject only. "The campaign" is only
    the campaign last named ("Jane Roe's campaign", "the Roe campaign"): the last
    organisation subject is rarely a campaign."""
    if role in NAMED_ONLY_ORG_NOUNS:
        return recent_bearer_of_name(registry, role, position)
    wanted = role_kind(role)
    role_gender = gender_of_title(head.text)
    modifiers = {t.lower_ for t in span if t.i != head.i and t.lower_ not in DETERMINERS and not t.is_punct}
    parties = parties_of(modifiers | {role})
    other_time = bool(modifiers & OTHER_TIME_MODIFIERS)
    modifiers -= OTHER_TIME_MODIFIERS  # "former" is shared by people of any office
    role_key = TITLE_NORMAL.get(role, role)
    owner = possessor(head)
    if owner is not None:  # "Grayson's spokeswoman": only someone described with both words
        owned_by = owner_entity(registry, owner, position, sentence)
        names = {owner.lower_} | (name_words(owned_by) if owned_by is not None else set())
        return described_with(registry, names, owned_by, role_key, role_gender, position)
    places = place_modifiers(span, head)

    def may_be(entity: Entity) -> bool:
        """Not ruled out as bearer or as last subject: kind and gender fit, no other place ("Texas Sen.
        Ted Doe" is not "the Florida senator"), not the present holder of a role at another time
        ("President Obama" is not "the former president"), no other party ("Democratic nominee Jane Roe"
        is not "the Republican nominee")."""
        return (fits_role(entity, wanted=wanted, role_gender=role_gender)
                and not names_another_place(registry, entity, places) and not names_another_party(entity, parties)
                and not (other_time and holds_role_now(entity, role_key)))

    def may_fall_to(entity: Entity) -> bool:
        """"Russian Foreign Minister" is not "the Russian president", as bearer or as last subject."""
        return may_be(entity) and not holds_other_office(entity, role_key, other_time=other_time)

    if role in LAST_SUBJECT_ROLES:  # a party, a home state or an age is shared by many: who acted last
        return last_fitting_subject(registry, position, sentence, may_fall_to)
    for entity, _ in registry.by_recency(position):
        if not may_be(entity):
            continue
        if bears_role(entity, role_key):
            return entity
        if not holds_other_office(entity, role_key, other_time=other_time) and bears_role(entity, role_key, modifiers):
            return entity
    if not may_fall_back(role, wanted):
        return None
    # not for an owner ("the network's editor"): the organisation named just before is mostly the
    # employer of the person named there, which the owner's role then points back to
    if wanted == "org" and head.dep_ != "poss":
        named_just_before = sole_organisation_nearby(registry, position, sentence, may_fall_to)
        if named_just_before is not None:
            return named_just_before
    return last_fitting_subject(registry, position, sentence, may_fall_to)


def sole_organisation_nearby(registry: EntityRegistry, position: int, sentence: SentenceKey,
                             accept: Check) -> Entity | None:
    """The one organisation named, unquoted and in any role, in the sentence before an organisation's
    role noun or earlier in its own sentence ("Workers picketed outside Acme Foods. The company said …";
    "… according to the Golf Association. The group says …"): news writes "the company" right after
    naming it, also as an object, where the last organisation *subject* may be paragraphs back. None
    when two organisations fit there (then who acted last decides, :func:`last_fitting_subject`)."""
    back_to = registry.previous_sentence(sentence)
    fitting = [entity for entity in registry.by_salience(position, sentence, quoted=False, back_to=back_to)
               if accept(entity)]
    return fitting[0] if len(fitting) == 1 else None


def last_fitting_subject(registry: EntityRegistry, position: int, sentence: SentenceKey,
                         accept: Check, *, back_to: SentenceKey = (0, 0)) -> Entity | None:
    """The subject a role noun that nobody bears falls back to, and a pronoun's first choice (searched
    back to ``back_to`` only, see :func:`nearest`): of the latest sentence with an unquoted subject that
    fits, its main-clause subject before the others ("Jane Roe said that John Doe had left. The senator
    added …" is Jane Roe, not John Doe, the later subject)."""
    for entity in registry.by_salience(position, sentence, quoted=False, min_salience=1, back_to=back_to):
        if accept(entity):
            return entity
    return None


def may_fall_back(role: str, wanted: str) -> bool:
    """May a role noun that no earlier entity bears mean the last subject of its kind? Not a role
    held for someone else: "the spokesman" is rarely the principal who acted last."""
    return wanted != "person" or role not in AGENT_ROLE_NOUNS


def place_modifiers(span: Span, head: Token) -> set[str]:
    """Lower-cased proper words of a role phrase that tie it to a place or nation ("the Indiana
    governor", "the senator from Vermont", "the Russian leader"), not party words ("the Republican
    nominee") and not the institution the role sits in ("the Senate minority leader")."""
    return {
        t.lower_ for t in span
        if t.i != head.i and t.is_alpha and t.lower_ not in PARTY_WORDS and t.ent_type_ != "ORG"
        and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "LOC"))
    }


def names_another_place(registry: EntityRegistry, entity: Entity, places: set[str]) -> bool:
    """The role names a place ("the Florida senator") that the entity's title or description does not
    have, while they name another place the article mentions ("Texas Sen."): a different person."""
    if not places:
        return False
    texts = [text for text in (entity.title, entity.description) if text]
    states = {state for text in texts for state in party_tag_states(text)}
    if any(place in text.lower() for place in places for text in [*texts, *states]):
        return False  # also inside a word glued to the next by a bad page scrape
    return bool(states) or any(registry.is_place(phrase) for text in texts for phrase in _word_runs(text))


def party_tag_states(text: str) -> set[str]:
    """The US states named by party tags in a title or description ("R-Ky." → "kentucky"): the
    state's own name is often nowhere else in the person's words, and "Ky." alone is no known place."""
    states = set()
    for match in PARTY_TAG.finditer(text):
        tag = match.group(2)  # "New York", or "Texas" followed by a capitalised word
        for key in (re.sub(r"[.\s]", "", tag).lower(), tag.split()[0].lower()):
            if key in STATE_OF_PARTY_TAG:
                states.add(STATE_OF_PARTY_TAG[key])
                break
    return states


def _word_runs(text: str) -> list[str]:
    """Single words and two-word runs of ``text``, punctuation stripped ("New Hampshire", "R-Iowa" → "Iowa")."""
    words = [w.strip(".,;:()'’").split("-")[-1] for w in text.split()]
    words = [w for w in words if w[:1].isupper()]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def owner_entity(registry: EntityRegistry, owner: Token, position: int, sentence: SentenceKey) -> Entity | None:
    """Whom a role noun as owner stands for ("the congressman" of "the congressman's spokesman", "the
    network" of "the network's editor"), found as that role is; None for other owners."""
    role = definite_role(owner) or title_role(owner)
    if role is None:
        return None
    return role_antecedent(registry, owner, mention_span(owner), role, position, sentence)


def name_words(entity: Entity) -> set[str]:
    """The lower-cased words that name an entity: a person's name keys, an organisation's name words."""
    if entity.kind == "person":
        return set(entity.keys)
    return role_words(entity.name) - DETERMINERS


def described_with(registry: EntityRegistry, owners: set[str], owned_by: Entity | None, role_key: str,
                    role_gender: str | None, position: int) -> Entity | None:
    """The latest earlier person, not the owner, whose title or description has both the role word and
    a word naming the owner ("Jane Roe, Grayson's spokeswoman", "NATO Secretary General Jens
    Stoltenberg"; for "the congressman's spokesman", also the congressman's name: "Roe spokesman")."""
    for entity, _ in registry.by_recency(position):
        if not fits_role(entity, wanted="person", role_gender=role_gender) or entity is owned_by \
                or owners & set(entity.keys):
            continue
        if role_key in role_words(entity.title) | role_words(entity.description) and describes_owner(entity, owners):
            return entity
    return None


def describes_owner(entity: Entity, owners: set[str] | frozenset[str]) -> bool:
    """The entity's title or description has a word naming the owner of a role (``owners``): "Grayson"
    of "Jane Roe, Grayson's spokeswoman", "mayor" of "Roe, a spokeswoman for the mayor"."""
    words = role_words(entity.title) | role_words(entity.description)
    return bool(owners & {strip_possessive(word) for word in words})


def bears_role(entity: Entity, role_key: str, modifiers: set[str] | frozenset[str] = frozenset()) -> bool:
    """The entity's title or description (an organisation's: also its name) has the role word, another
    word for its very office ("Rep. Jane Roe" is "the congressman") or a modifier of the role noun ("the
    Russian leader" and "Russian President Vladimir Putin")."""
    words = role_words(entity.title) | role_words(entity.description)
    if entity.kind != "person":
        words |= role_words(entity.name)
    if role_key in words or modifiers & words:
        return True
    office = OFFICE_OF_TITLE_WORD.get(role_key)
    return office is not None and office in present_offices(entity.title) | present_offices(entity.description)


def later_role_bearer(registry: EntityRegistry, role: str, *, position: int, until_paragraph: int,
                      places: frozenset[str] = frozenset(), portfolio: frozenset[str] = frozenset()) -> Entity | None:
    """Cataphora, common in ledes ("The New York attorney general said …", then "Attorney General Eric
    Schneiderman"): the person first mentioned after ``position``, up to ``until_paragraph``, whose
    title or description has the role word (and every ``portfolio`` word: "Health Minister Jane Roe" for
    "the province's health minister") and names no other place than the role's ``places``."""
    role_key = TITLE_NORMAL.get(role, role)
    later = [
        (first.start, entity) for entity in registry.entities
        if entity.kind == "person" and bears_role(entity, role_key)
        and portfolio <= role_words(entity.title) | role_words(entity.description)
        and not names_another_place(registry, entity, set(places))
        and (first := registry.first_mention(entity.id)) is not None
        and first.start > position and first.sentence[0] <= until_paragraph
    ]
    return min(later, key=lambda pair: pair[0])[1] if later else None


def recent_bearer_of_name(registry: EntityRegistry, role: str, position: int) -> Entity | None:
    """The organisation mentioned last before ``position`` whose name has ``role`` ("the Roe campaign")."""
    for entity, _ in registry.by_recency(position):
        if entity.kind == "org" and role in role_words(entity.name):
            return entity
    return None


def role_kind(role: str) -> str:
    """"person" for person role nouns ("leader") and party members ("the Ohio Republican"), else "org"
    ("company")."""
    return "person" if role in PERSON_ROLE_NOUNS or role in LAST_SUBJECT_ROLES else "org"


def role_words(text: str | None) -> set[str]:
    """Lower-cased words of a title/description/name, abbreviations normalised ("Sen." → "senator")."""
    if not text:
        return set()
    words = set()
    for word in re.findall(r"[\w.’'-]+", text.lower()):
        words.add(TITLE_NORMAL.get(word, word.rstrip(".")))
    return words
