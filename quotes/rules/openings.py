"""What opens a quote's record: the quote mark, or words of the writer's report before it.

A quote its cue introduces as a statement of its own ("She said, “We will win.”") is direct. When the
writer's own grammar carries the quoted words, they are quoted inside an indirect report, which makes
the record ``mixed``: the complementiser of the cue's clause ("She said that “we will win.”") is the
writer's word, not the speaker's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotes.parsing import doc_text, token_index_at
from quotes.rules.common import Candidate, LocalQuote

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


def words_open_before(doc: Doc, clause: Candidate, quote: LocalQuote) -> bool:
    """ "Voters “think the plan is unfair,” she said.", "Costs, he added, were “based on a guess.”", "…, he
    said, and “everyone ran.”": does the reported clause hold a word of its own before the opening
    mark? Then the writer's sentence carries the quoted words and the content starts at that word, even
    a single one (the subject, the verb, a connective). The writer's complementiser 'that' is no such
    word, nor is the cue's own phrase."""
    cue = _cue_phrase(clause.cue.root) if clause.cue is not None else set()
    before = doc[token_index_at(doc, clause.start) : token_index_at(doc, quote.outer_start)]
    return any(not (t.is_punct or t.is_space) and t.lower_ != "that" and t.i not in cue for t in before)


#: Links from a cue to the words of its own phrase: who speaks, to whom, when and where, not what.
_CUE_PHRASE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "iobj", "prep", "agent", "npadvmod", "aux", "auxpass", "neg", "punct"}
)


def _cue_phrase(cue: Token) -> set[int]:
    """Token indices of the cue and its speaker, addressee, time and place ("he told reporters on
    Monday"), without the content it governs."""
    phrase = {cue.i}
    for child in cue.children:
        if child.dep_ in _CUE_PHRASE_DEPS:
            phrase.update(t.i for t in child.subtree)
    return phrase
