"""Headlines: their present tense is headline style, not the time of saying.

"Vale endorses Ruiz, who says she is grateful" tells, in the present, words the story dates in its body
("In a statement Friday, Ruiz said …"). A quote of the headline (or the subhead under it) told in the
present, or by a label ("Sanders: …"), takes the date of its speaker's first quote in the body, when that
quote's date comes from the article (stated or carried); when the body leaves that quote on the
publication day, so does the headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes.dates.events import ParagraphText

#: A headline or subhead is one short sentence; a lede is longer. (News headlines run to about a dozen
#: words, subheads a little more; ledes to 25-40.)
MAX_HEADLINE_WORDS = 20
#: A sentence ending inside the paragraph: a full stop, question or exclamation mark, then a capital.
_SENTENCE_BREAK = re.compile(r"[.?!][\"'”’)]*\s+[\"'“‘(]*[A-Z]")
#: The title and at most one subhead open the article.
MAX_HEADLINE_PARAGRAPHS = 2


def headline_paragraphs(paragraphs: Sequence[ParagraphText]) -> frozenset[int]:
    """Indices of the article's opening paragraphs that read as a headline or subhead: the first
    paragraph when it is one short sentence, and the next when it is one too, in headline style (no verb
    in the past tense, which is a lede's)."""
    found: set[int] = set()
    for paragraph in paragraphs:
        if paragraph.index != len(found) or len(found) == MAX_HEADLINE_PARAGRAPHS:
            break
        if not _is_headline(paragraph) or (found and _tells_the_past(paragraph)):
            break
        found.add(paragraph.index)
    return frozenset(found)


def _is_headline(paragraph: ParagraphText) -> bool:
    """One short sentence, read from the text (a headline with no cue word is not parsed)."""
    text = paragraph.doc.text.strip()
    words = text.split()
    return 0 < len(words) <= MAX_HEADLINE_WORDS and not _SENTENCE_BREAK.search(text)


def _tells_the_past(paragraph: ParagraphText) -> bool:
    return any(t.tag_ == "VBD" for t in paragraph.doc)


def body_date_for_headline(
    index: int,
    paragraphs: Sequence[int],
    speakers: Sequence[set[str]],
    named: Sequence[bool],
    carried: Callable[[int], bool],
    headline: frozenset[int],
) -> int | None:
    """The quote (by index) of the body whose date the headline quote ``index`` takes: the first quote
    of the same speaker after the headline, when ``carried`` says its date comes from the article. Only a
    speaker ``named`` by a name: a group's head noun ("some supporters") matches too loosely."""
    words = speakers[index]
    if not words or not named[index]:
        return None
    for k in range(index + 1, len(paragraphs)):
        if paragraphs[k] in headline or not speakers[k] & words:
            continue
        return k if carried(k) else None
    return None


def is_named(speaker: str | None) -> bool:
    """A speaker given by a name, whose last word is capitalised ("Sanders", "Ted Cruz"), not a group
    ("Some miffed Sanders supporters")."""
    words = (speaker or "").split()
    return bool(words) and words[-1][:1].isupper()
