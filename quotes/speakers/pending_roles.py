"""Person roles named before their bearer ("The province's finance minister says …"), kept until the
whole article is read (:meth:`quotes.speakers.resolver.SpeakerResolver.final`): who a later sentence
says made the words, a later bearer of the role nearby, or the one bearer of someone's role."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from quotes.speakers import antecedents, owned_roles, recalls
from quotes.speakers.registry import Entity, EntityRegistry, SentenceKey
from quotes.speakers.vocabulary import gender_of_title


@dataclass(frozen=True)
class PendingRole:
    """A person role mention waiting for a later name (see :func:`named_later`)."""

    role: str  # the role word, normalised ("Sen." → "senator")
    position: int  # raw offset of the role noun
    sentence: SentenceKey
    #: Named only by a recall sentence: someone's role ("Ontario's finance minister", not whoever is
    #: named next with the role) or a person described by a common noun ("a Toronto doctor").
    recall_only: bool
    gender: str | None  # the role word's own ("spokeswoman")
    #: Nouns before the role noun that name its portfolio ("finance" of "the finance minister").
    portfolio: frozenset[str] = frozenset()
    #: Places the role names ("florida" of "the Florida senator"): a later bearer from elsewhere is not it.
    places: frozenset[str] = frozenset()
    #: A place's office ("Ontario's finance minister"): a later bearer must hold the same portfolio.
    in_portfolio: bool = False
    #: Words naming the owner of a possessive role ("his attorney": the name of the person "his" points
    #: back to, if found), None for a role no one owns.
    owners: frozenset[str] | None = None
    #: The owner is a pronoun ("his attorney"): a later bearer may name no owner at all.
    owner_pronoun: bool = False


def pending_role(registry: EntityRegistry, head: Token, span: Span, role: str, base: int, *, recall_only: bool,
                 in_portfolio: bool) -> PendingRole:
    """The pending mention of ``role`` at ``head`` (its paragraph at ``base``)."""
    sentence = registry.walk_start(head, base=base)
    return PendingRole(
        role=role, position=head.idx + base, sentence=sentence, recall_only=recall_only,
        gender=gender_of_title(head.text), portfolio=_portfolio(span, head),
        places=frozenset(antecedents.place_modifiers(span, head)), in_portfolio=in_portfolio,
        owners=owned_roles.owner_words(registry, head, head.idx + base, sentence),
        owner_pronoun=owned_roles.owned_by_pronoun(head))


def named_later(registry: EntityRegistry, pending: PendingRole) -> Entity | None:
    """Who an unnamed role turns out to be: the person the next sentence says made the words
    ("Peter Doe made the comments Wednesday"), else (not for a ``recall_only`` mention) the first
    later bearer of the role nearby; a possessive role, the article's sole bearer of it named later."""
    recalled = recalls.recalled_speaker(registry, sentence=pending.sentence, role=pending.role,
                                        portfolio=pending.portfolio, role_gender=pending.gender)
    if recalled is None and pending.owners is not None and not pending.in_portfolio:
        return owned_roles.sole_later_bearer(registry, pending.role, position=pending.position,
                                             owners=pending.owners, by_pronoun=pending.owner_pronoun,
                                             role_gender=pending.gender)
    if recalled is not None or pending.recall_only:
        return recalled
    return antecedents.later_role_bearer(registry, pending.role, position=pending.position,
                                         until_paragraph=pending.sentence[0] + antecedents.RECENT_PARAGRAPHS,
                                         places=pending.places,
                                         portfolio=pending.portfolio if pending.in_portfolio else frozenset())


def _portfolio(span: Span, head: Token) -> frozenset[str]:
    """Lower-case noun compounds before the role noun: "finance" of "Ontario's finance minister" (not
    "chief", nor the owner in "the company's spokeswoman")."""
    return frozenset(t.lower_ for t in span if t.i < head.i and t.is_lower and t.pos_ == "NOUN"
                     and t.dep_ == "compound")
