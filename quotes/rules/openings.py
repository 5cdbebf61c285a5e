"""What opens a quote's record: the quote mark, or words of the writer's report before it.

A quote its cue introduces as a statement of its own ("She said, “We will win.”") is direct. When the
writer's own grammar carries the quoted words, they are quoted inside an indirect report, which makes
the record ``mixed``: the complementiser of the cue's clause ("She said that “we will win.”") is the
writer's word, not the speaker's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from quotes.parsing import doc_text
from quotes.rules.common import Candidate, LocalQuote
from quotes.syntax import NOMINAL_SUBJECT_DEPS

#: The rule of a quote that is the complement of its cue through 'that'.
THAT_QUOTE = "mixed.that_quote"

#: 'that' (with or without a comma after it) right before the opening mark: the end of the text
#: before the mark must match.
_THAT_BEFORE_MARK = re.compile(r"(?:^|\W)that,?\s*$", re.IGNORECASE)


def opens_after_that(doc: Doc, quote: LocalQuote) -> bool:
    """ "He told reporters that “we will not back down.”", "she added that, “…”": is the quote mark
    right after the complementiser 'that' of the writer's clause?"""
    text = doc_text(doc)
    return bool(_THAT_BEFORE_MARK.search(text[max(0, quote.outer_start - 12) : quote.outer_start]))


def typed_by_opening(doc: Doc, quote: LocalQuote, candidate: Candidate) -> Candidate:
    """A direct record with a cue, retyped ``mixed`` when the writer's 'that' introduces its quote
    (the span stays the quoted words: the 'that' is the writer's)."""
    if candidate.type != "direct" or candidate.cue is None or not opens_after_that(doc, quote):
        return candidate
    return replace(candidate, type="mixed", rule=THAT_QUOTE)


def subject_opens(doc: Doc, clause: Candidate, quote: LocalQuote) -> bool:
    """ "Voters “think the plan is unfair,” she said.": the clause's words before the opening mark are
    the subject of a verb inside the marks, so the writer's sentence carries the quoted words and the
    content starts at the subject (a one-word subject as much as "The people of the valley “…”")."""
    before = [t for t in doc if clause.start <= t.idx < quote.outer_start and not t.is_punct]
    return bool(before) and all(
        t.dep_ in NOMINAL_SUBJECT_DEPS and quote.start <= t.head.idx < quote.end for t in before if t.head not in before
    )
