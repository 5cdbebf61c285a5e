"""Documents that speak for whoever issued them: "a statement released by the ministry said", "the
study by Harvard University found", and a statement named with no issuer ("“…,” the statement said").

Wire copy names who put out a statement ("The airline said it would appeal.", "In a statement, the
ministry said …") and then lets "the statement" speak. It is the issuer of the statement named last, in
the paragraphs just before; failing that, it is read like a role noun nobody bears, which falls back to
the last sentence's main-clause subject.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from quotes.lexicon import ISSUING_VERB_FORMS
from quotes.speakers.antecedents import RECENT_PARAGRAPHS
from quotes.speakers.mentions import entity_at
from quotes.speakers.registry import Entity, EntityRegistry, SentenceKey
from quotes.speakers.vocabulary import DOCUMENT_NOUNS, SPEAKING_THING_NOUNS

#: What an organisation or person issues in its own voice. Not reports, studies, surveys, lawsuits or
#: letters: third parties write those about the subject, or they are addressed to someone, so the last
#: subject is often their topic or addressee (found by reading PolNeAR train records, where "the
#: report"/"the letter" fell to the wrong person about as often as to the right one).
SELF_ISSUED_DOCUMENTS = frozenset({"statement", "release"})
#: Writings whose issuer a later one after "the" points back to (statements have their own search).
_ISSUED_WRITING_NOUNS = SPEAKING_THING_NOUNS - SELF_ISSUED_DOCUMENTS


def unissued_statement(head: Token) -> bool:
    """"the statement", "the release": a singular self-issued document after "the" and nothing else (no
    possessor, no "by"/"from" phrase, no modifier such as "the IG report" or "the Oakridge Statement")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lower_ not in SELF_ISSUED_DOCUMENTS:
        return False
    left = [child for child in head.children if child.i < head.i]
    right = [child for child in head.children if child.i > head.i and child.dep_ not in ("punct",)]
    return not right and [(c.dep_, c.lower_) for c in left] == [("det", "the")]


def unnamed_speaking_thing(head: Token) -> bool:
    """A writing or medium that speaks with nobody named behind it ("the staff letter noted", "a
    report found"): a later "it" ("It also said …") means that very thing, not an organisation named
    before it. A singular noun of :data:`~quotes.speakers.vocabulary.SPEAKING_THING_NOUNS` with no
    possessor (whose writing "Roe's memo" is, its owner speaks for it)."""
    return head.pos_ == "NOUN" and head.tag_ == "NN" and head.lower_ in SPEAKING_THING_NOUNS \
        and not any(child.dep_ == "poss" for child in head.children)


def document_issuer(head: Token) -> Token | None:
    """Who issued a document that speaks ("a statement released by the Prime Minister's Office", "a study
    by Harvard University", "the ministry's report", "her statement"), or None."""
    if head.pos_ != "NOUN" or head.lower_ not in DOCUMENT_NOUNS:
        return None
    return named_issuer(head)


def named_issuer(head: Token) -> Token | None:
    """Who a writing's own phrase says put it out: its possessor, a "by"/"from" phrase, a participle's
    agent, or the subject speaking in it (see :func:`document_issuer`); None when it names nobody."""
    for child in head.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl":
            for agent in (c for c in child.children if c.dep_ == "agent" or c.lower_ in ("by", "from")):
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return _subject_speaking_in(head)


def _subject_speaking_in(document: Token) -> Token | None:
    """"In a statement announcing the pick, the union called her a champion": a document the clause's
    subject speaks in was issued by that subject."""
    preposition = document.head
    if document.dep_ != "pobj" or preposition.lower_ != "in" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i != document.i), None)


def issued_statements(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """(statement, issuer) for each statement of the paragraph whose issuer it names: "Jane Roe issued a
    statement", "a statement released by the ministry", "the ministry's statement", "In a statement, the
    ministry said …"."""
    for token in doc:
        if token.pos_ != "NOUN" or token.lower_ not in SELF_ISSUED_DOCUMENTS or unissued_statement(token):
            continue
        issuer = document_issuer(token)
        if issuer is None and token.dep_ == "dobj":
            issuer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if issuer is not None:
            yield token, issuer


def issued_writings(doc: Doc) -> Iterator[tuple[Token, Token | None]]:
    """(writing, issuer or None) for each writing other than a statement the paragraph brings in, with
    who put it out when it says so: "The parents filed a lawsuit", "an affidavit written by the detective",
    "Acme released an ad" (not where it was sent from: "a letter postmarked from Ohio")."""
    for token in doc:
        if token.pos_ != "NOUN" or token.lower_ not in _ISSUED_WRITING_NOUNS:
            continue
        issuer = named_issuer(token)
        if issuer is not None and issuer.head.lower_ == "from" and issuer.head.head.dep_ == "acl":
            issuer = None
        if issuer is None and token.dep_ == "dobj" and token.head.lower_ in ISSUING_VERB_FORMS:
            issuer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if issuer is not None or not _after_the(token):
            yield token, issuer  # "the lawsuit" with nobody named points back, and is no new writing


def the_writing(head: Token) -> bool:
    """"the lawsuit", "the 60-second ad": a writing after "the" with nobody named in its phrase, which
    points back at one named before."""
    return unnamed_speaking_thing(head) and _after_the(head) and named_issuer(head) is None


def _after_the(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def speaks_in_statement(subject: Token) -> bool:
    """"Jane Roe said in a statement": the subject of a verb with "in" + a statement."""
    verb = subject.head
    return subject.dep_ == "nsubj" and any(
        prep.dep_ == "prep" and prep.lower_ == "in" and any(
            c.dep_ == "pobj" and c.lower_ in SELF_ISSUED_DOCUMENTS for c in prep.children)
        for prep in verb.children)


class StatementIssuers:
    """Who put out the statements an article has named, so that a later "the statement" is theirs (read
    as the last sentence's subject when someone acted after the statement was named, or when none was
    named in the paragraphs just before)."""

    def __init__(self) -> None:
        self._found: list[tuple[SentenceKey, Entity]] = []  # (sentence, issuer), in text order

    def note(self, sentence: SentenceKey, issuer: Entity | None) -> None:
        if issuer is not None:
            self._found.append((sentence, issuer))

    def latest(self, sentence: SentenceKey) -> tuple[SentenceKey, Entity] | None:
        """The statement named last before ``sentence`` (where, and its issuer), if that was at most
        ``RECENT_PARAGRAPHS`` back."""
        for at, issuer in reversed(self._found):
            if at <= sentence:
                return (at, issuer) if sentence[0] - at[0] <= RECENT_PARAGRAPHS else None
        return None


class WritingIssuers:
    """Who put out the writings other than statements an article has named, by noun, so that a later
    "the lawsuit contends" or "the ad says" is theirs (named in the paragraphs just before)."""

    def __init__(self) -> None:
        self._found: dict[str, list[tuple[SentenceKey, Entity | None]]] = {}  # noun → (sentence, issuer)

    def note(self, noun: str, sentence: SentenceKey, issuer: Entity | None) -> None:
        """A writing named in ``sentence``, with its issuer or None (a later one of that noun is then
        this unissued one, not an older one's); kept in text order."""
        found = self._found.setdefault(noun, [])
        found.insert(bisect.bisect_right(found, sentence, key=lambda entry: entry[0]), (sentence, issuer))

    def read_paragraph(self, registry: EntityRegistry, doc: Doc, *, base: int) -> None:
        """Note the writings the paragraph at ``base`` brings in, with their issuers as registered (who
        filed or wrote one is read from the parse: a paragraph with none brings in nothing)."""
        for writing, issuer in issued_writings(doc):
            ent = entity_at(issuer) if issuer is not None else None
            entity = None if ent is None else registry.entity_of_span(ent.start_char + base, ent.end_char + base)
            self.note(writing.lower_, registry.walk_start(writing, base=base), entity)

    def latest(self, noun: str, sentence: SentenceKey) -> Entity | None:
        """The issuer of the writing of this noun named last before ``sentence``, at most
        ``RECENT_PARAGRAPHS`` back; None when that one was named without its issuer."""
        for at, issuer in reversed(self._found.get(noun, [])):
            if at <= sentence:
                return issuer if sentence[0] - at[0] <= RECENT_PARAGRAPHS else None
        return None
