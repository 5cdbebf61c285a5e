"""Role mentions outside cue subjects: "The admiral chuckled." is a mention of the admiral named before.

Only cue subjects are resolved, so a sentence like "the GOP candidate took to Twitter" left no trace
for a later "he tweeted", which then went back to whoever was named last. A definite person role
("the admiral", "the Florida senator") that an earlier person bears by title or description is
registered as a mention of that person; a role nobody bears is left alone (falling back to the last
subject is for cue subjects, whose resolution is checked by more evidence).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.speakers.antecedents import bears_role, place_modifiers
from quotes.speakers.mentions import is_parsed, salience
from quotes.speakers.parties import names_another_party, parties_of
from quotes.speakers.registry import Entity, EntityRegistry
from quotes.speakers.vocabulary import OTHER_TIME_MODIFIERS, PERSON_ROLE_NOUNS, TITLE_NORMAL

#: At most this many words between "the" and the role noun ("the first-term Florida senator").
MAX_ROLE_MODIFIERS = 3


def register_role_mentions(registry: EntityRegistry, doc: Doc, *, base: int) -> None:
    """Register each definite person role of the paragraph at ``base`` that an earlier person bears."""
    for token in doc:
        span = definite_role_span(token)
        if span is None or registry.entity_of_span(span.start_char + base, span.end_char + base) is not None:
            continue
        rank = _rank(span, token)
        if rank == 0:
            continue  # only a subject carries the topic on; others would just compete with the names
        entity = latest_bearer(registry, span, token, token.idx + base)
        if entity is not None:
            registry.add_mention(entity, span, base=base, salience=rank)


def latest_bearer(registry: EntityRegistry, span: Span, head: Token, position: int) -> Entity | None:
    """The latest person before ``position`` whose title or description has the role and the places the
    role names, and no other party. Read from the words only: sentences without a cue have no real
    parse to walk. None for a role at another time ("the former senator") or one that introduces
    someone ("the most unlikely candidate")."""
    words = {t.lower_ for t in span}
    if words & OTHER_TIME_MODIFIERS or any(_introduces(word) for word in words):
        return None
    role = TITLE_NORMAL.get(head.lower_, head.lower_)
    places, parties = place_modifiers(span, head), parties_of(words)
    for entity, _ in registry.by_recency(position):
        if entity.kind == "person" and bears_role(entity, role) and _has_places(entity, places) \
                and not names_another_party(entity, parties):
            return entity
    return None


#: Modifiers with which a definite role introduces someone rather than pointing back ("the most
#: unlikely candidate", "the first senator", "the other lawyer").
INTRODUCING_MODIFIERS = frozenset({"most", "least", "only", "first", "last", "next", "other", "same", "new"})


def _introduces(word: str) -> bool:
    return word in INTRODUCING_MODIFIERS or (len(word) > 5 and word.endswith("est"))  # "the longest-serving"


def _has_places(entity: Entity, places: set[str]) -> bool:
    """Every place the role names ("the Mexican president") is in the person's title or description."""
    texts = " ".join(text for text in (entity.title, entity.description) if text).lower()
    return all(place in texts for place in places)


def definite_role_span(token: Token) -> Span | None:
    """"the (Florida) senator" ending at ``token``, a singular person role noun in lower case that no
    name follows ("the senator Jane Roe" names her; so does "the transport secretary, Mark Harper,"),
    else None."""
    if token.lower_ not in PERSON_ROLE_NOUNS or not token.is_lower or token.tag_ in ("NNS", "NNPS"):
        return None
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.text == "," and token.i + 2 < len(doc):
        after = doc[token.i + 2] if doc[token.i + 2].ent_type_ == "PERSON" else None
    if after is not None and after.is_alpha and after.text[:1].isupper():
        return None
    start = token.i - 1
    while start >= 0 and token.i - start <= MAX_ROLE_MODIFIERS and doc[start].lower_ != "the" \
            and (doc[start].is_alpha or doc[start].text == "-") and not doc[start + 1].is_sent_start:
        start -= 1
    if start < 0 or doc[start].lower_ != "the" or doc[start + 1].is_sent_start:
        return None
    return doc[start:token.i + 1]


def _rank(span: Span, head: Token) -> int:
    """The mention's salience: from the parse, else a role opening its sentence or clause is its subject."""
    if is_parsed(head):
        return salience(head)
    opens = span.start == 0 or bool(span[0].is_sent_start) or span.doc[span.start - 1].text in (",", "-", "—", "–")
    return 1 if opens else 0
