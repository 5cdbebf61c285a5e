"""A person named after their employer with a possessive: "Dissent's Nadia Petrov tweeted",
"the Daily Planet's Jane Roe wrote", "Acme Research's Roe agrees".

Opinion and media pieces name writers and analysts by their outlet this way, and spaCy sm often tags
the whole run as one organisation or place ("Dissent's Nadia Petrov" ORG), so the speaker came out
as an organisation named with the person's name in it. The parse still makes the outlet the name's
possessor, which is what this reads.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from quotes.speakers.mentions import is_proper, possessor
from quotes.speakers.vocabulary import ORG_ROLE_NOUNS, POSSESSIVE_MARKS

#: Words that end the names of organisations, programmes and products, not of people ("Moody's
#: Investors Service", "Fox's Special Report"): after a possessive they name no person. From common
#: news usage, with the organisation role nouns.
NOT_PERSON_WORDS = frozenset(
    """
    inc corp co ltd llc corporation service services news times post journal magazine daily weekly
    review report show program programme hour tonight radio tv television channel media press center
    centre fund research analytics capital partners holdings airlines airways motors bank
    """.split()
) | ORG_ROLE_NOUNS
#: At most this many name words after the possessive ("Jane Q. Roe").
MAX_NAME_WORDS = 3


def name_after_owner(head: Token, *, known_surname: Callable[[str], bool]) -> Span | None:
    """The person's name after a proper possessor ("Nadia Petrov" of "Dissent's Nadia Petrov"), when
    ``head`` ends it: two or three capitalised words, or one that is the surname of a person met before
    (``known_surname``); None when the words end like an organisation's or programme's name."""
    owner = possessor(head)
    if owner is None or not is_proper(owner) or head.pos_ != "PROPN":
        return None
    doc = head.doc
    start = owner.i + 1
    while start < head.i and doc[start].lower_ in POSSESSIVE_MARKS:
        start += 1
    if start == owner.i + 1:
        return None  # no possessive mark between them
    words = doc[start:head.i + 1]
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return None
    if any(not w.text[:1].isupper() or w.lower_.rstrip(".") in NOT_PERSON_WORDS for w in words):
        return None
    if len(words) == 1 and not known_surname(head.lower_):
        return None
    return words
