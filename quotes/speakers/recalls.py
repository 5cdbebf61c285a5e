"""A sentence that names who made the statement told just before it: "Peter Doe made the comments Wednesday".

Wire copy often opens with a role as the speaker ("The province's finance minister says …") and names
the person only in the next sentence, by a verb phrase that refers back to those words ("Peter Doe made
the comments Wednesday at a news conference"). :func:`opens_recall` finds such a sentence by its words
(it holds no cue, so it usually has no parse), and :func:`recalled_speaker` links the unnamed role of
the statement right before it to the person it names, when that person can hold the role.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.recalling import PHRASE_WORDS, is_recall_phrase
from quotes.speakers.antecedents import fits_role, holds_other_office, role_words
from quotes.speakers.registry import Entity, EntityRegistry, SentenceKey
from quotes.speakers.vocabulary import MAX_TITLE_TOKENS, PERSON_ROLE_NOUNS, POSSESSIVE_MARKS, title_class, title_entry

#: Singular nouns for a person that wire ledes use as the speaker before naming them in the next
#: sentence ("The head of the teachers' union says …", "A Toronto doctor says …", "the province's chief
#: medical officer"), besides the role nouns; hand-picked, not the vague "source".
PERSON_NOUNS: frozenset[str] = frozenset(
    """
    head boss chief officer official doctor physician nurse expert researcher scientist owner founder
    organizer organiser activist advocate critic member worker resident student teacher parent farmer
    """.split()
)


def names_a_person(head: Token) -> bool:
    """A singular common noun for a person (:data:`PERSON_NOUNS` or a role noun)."""
    return head.tag_ == "NN" and (head.lower_ in PERSON_NOUNS or head.lower_ in PERSON_ROLE_NOUNS)


def opens_recall(ent: Span) -> bool:
    """The person entity ``ent`` (title words before it allowed) opens its sentence, and
    a recall phrase (:func:`quotes.recalling.is_recall_phrase`) follows the name right away or after
    a comma-set aside."""
    doc = ent.doc
    before = doc[ent.sent.start:ent.start]
    if len(before) > MAX_TITLE_TOKENS or not all(_title_word(t) for t in before):
        return False
    # "Doe's comments came …": the tagger may put the possessive mark inside the name
    after = ent.end - 1 if ent[-1].lower_ in POSSESSIVE_MARKS else _after_appositive(ent)
    return is_recall_phrase([t.lower_ for t in doc[after:min(ent.sent.end, after + PHRASE_WORDS)]])


def _title_word(token: Token) -> bool:
    """A word of a title before a name, read without a parse (the sentence holds no cue): a title
    word ("Dr.", "Minister") or a content word ("Finance", "communications director"); not a function
    word, which would make the name no subject ("Critics of Jane Roe made the comments")."""
    return title_entry(token.text) is not None or (token.is_alpha and not token.is_stop)


#: The longest comma-set appositive or relative clause skipped between a name and its recall phrase.
MAX_APPOSITIVE_TOKENS = 15


def _after_appositive(ent: Span) -> int:
    """Where the words after the name go on, past a comma-set aside ("Jane Roe, who has led the union
    since 2019, made the comments"): the token after its closing comma, else right after the name."""
    doc = ent.doc
    if ent.end >= ent.sent.end or doc[ent.end].text != ",":
        return ent.end
    for k in range(ent.end + 1, min(ent.sent.end, ent.end + MAX_APPOSITIVE_TOKENS)):
        if doc[k].text == ",":
            return k + 1
    return ent.end


def recalled_speaker(
    registry: EntityRegistry, *, sentence: SentenceKey, role: str, portfolio: frozenset[str],
    role_gender: str | None,
) -> Entity | None:
    """The person a recall sentence right after ``sentence`` names, when they can be the unnamed
    ``role`` spoken of there (:func:`fits_role`; no title or description naming another office,
    :func:`holds_other_office`, :func:`another_portfolio`)."""
    entity = registry.recalls.get(registry.next_sentence(sentence))
    if entity is None or not fits_role(entity, wanted="person", role_gender=role_gender):
        return None
    if holds_other_office(entity, role) or another_portfolio(entity, role, portfolio):
        return None
    return entity


def another_portfolio(entity: Entity, role: str, portfolio: frozenset[str]) -> bool:
    """The role names its portfolio by a noun ("the finance minister") and the person's title has other
    words besides the role word and courtesy titles ("Dr."), none of them the portfolio ("Health
    Minister Jane Roe", "Premier Doug Ford"): another office. A bare "Minister" tells nothing."""
    rest = {word for word in role_words(entity.title) - {role} if not _is_honorific(word)}
    return bool(portfolio and rest and not portfolio & rest)


def _is_honorific(word: str) -> bool:
    """"dr", "mr": a courtesy title, which names no office (role words come without their full stop)."""
    return (title_class(word) or title_class(word + ".")) == "honorific"
