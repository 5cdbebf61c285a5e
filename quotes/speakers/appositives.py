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
        words.append(token)
    return None


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
