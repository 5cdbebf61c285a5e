"""Role appositives read from the words around a name, where the parse gives none.

News introduces people with a role set off by commas, after the name ("Jane Roe, a spokeswoman for the
ministry, …") or before it ("An attorney for the contractor, John Doe, …"). The parse finds the first
kind only in paragraphs it parsed, and hangs the name of the second kind on the role, so neither
reaches the person's description, which later role nouns ("the spokeswoman", "his lawyer") are matched
against. Only a short comma-set phrase opened by a determiner and holding a role word counts: lists
of names and clauses do not.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.speakers.vocabulary import PERSON_ROLE_NOUNS, TITLE_NORMAL, title_entry

#: At most this many words in a role appositive ("a spokeswoman for the state's health ministry").
MAX_ROLE_TOKENS = 10
#: Words that open a role appositive.
_OPENERS = frozenset({"a", "an", "the"})
#: Tokens that end one: the closing comma, or the end of a clause or sentence.
_CLOSERS = frozenset({",", ".", ";", ":", "—", "–", "!", "?"})


def role_appositive(ent: Span) -> str | None:
    """The role phrase set off by commas right after or right before a person's name, or None."""
    return _after(ent) or _before(ent)


def _after(ent: Span) -> str | None:
    """ "Jane Roe, a spokeswoman for the ministry, said" → "a spokeswoman for the ministry"."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in _OPENERS:
        return None
    words: list[Token] = []
    for token in doc[ent.end + 1 : min(len(doc), ent.end + 2 + MAX_ROLE_TOKENS)]:
        if token.text in _CLOSERS or token.is_sent_start:
            return _phrase(words)
        if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ not in ("WP", "WDT") and _ends_a_fronted_phrase(ent):
            return None  # "In an interview with Jane Roe, the senator said …": the clause's subject
        words.append(token)
    return None


def is_closed(last: Token) -> bool:
    """An appositive ending at ``last`` ends at punctuation or with its sentence. A comma-set phrase that
    runs straight into a verb is the clause's subject, which the parse hung on a name closing a fronted
    phrase ("In an interview with host Jane Roe, the senator said …"): it describes nobody there."""
    doc = last.doc
    return last.i + 1 >= len(doc) or doc[last.i + 1].is_punct or doc[last.i + 1].is_sent_start


def _ends_a_fronted_phrase(ent: Span) -> bool:
    """The name is the object of a preposition ("In an interview with hosts John Doe and Jane Roe, …"),
    so a subject after its comma starts the main clause rather than describing the name."""
    token = ent.root
    while token.dep_ in ("conj", "appos", "compound") and token.head is not token:
        token = token.head
    return token.dep_ == "pobj"


def _before(ent: Span) -> str | None:
    """ "An attorney for the contractor, John Doe, said" → "An attorney for the contractor": the
    phrase opens the sentence or follows a comma, and a comma or the sentence end closes the name."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.start < 2 or doc[ent.start - 1].text != "," or (after is not None and after.text not in _CLOSERS):
        return None
    words: list[Token] = []
    at = ent.start - 2
    while at >= 0 and doc[at].text not in _CLOSERS and len(words) <= MAX_ROLE_TOKENS:
        words.insert(0, doc[at])
        if doc[at].is_sent_start:
            break
        at -= 1
    if not words or words[0].lower_ not in _OPENERS:
        return None
    return _phrase(words)


def _phrase(words: list[Token]) -> str | None:
    """The words as a description when they hold a role word ("an attorney for Pagliano")."""
    if not words or len(words) > MAX_ROLE_TOKENS:
        return None
    if not any(_is_role_word(t.lower_) for t in words):
        return None
    doc = words[0].doc
    return doc[words[0].i : words[-1].i + 1].text


def _is_role_word(word: str) -> bool:
    entry = title_entry(word)
    return word in PERSON_ROLE_NOUNS or TITLE_NORMAL.get(word, word) in PERSON_ROLE_NOUNS or (
        entry is not None and entry[0] == "title"
    )
