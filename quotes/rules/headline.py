"""Headline-style lists: "Senator Said Reform “Has To Start At Home.” “…long quote…”".

Opposition-research and round-up pages list remarks under a Title-Cased lead that names the speaker
and a verb of saying. The parser reads such a lead as one long proper noun ("Said" as a name), so the
lead is read by its casing instead: a run of capitalised words with a capitalised speech-verb form after
the first of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotes.lexicon import speech_lemma
from quotes.parsing import token_index_at
from quotes.rules.common import LocalQuote

#: A lead longer than this (in tokens) is a sentence, not a list item's heading.
MAX_LEAD_TOKENS = 12


def headline_lead(doc: Doc, quotes: Sequence[LocalQuote]) -> tuple[Token, Token] | None:
    """(cue, speaker head) of a Title-Cased lead opening the paragraph before its first quote."""
    if not quotes:
        return None
    lead_end = token_index_at(doc, quotes[0].outer_start)
    if not 0 < lead_end <= MAX_LEAD_TOKENS:
        return None
    lead = doc[:lead_end]
    if any(t.is_alpha and not t.text[0].isupper() for t in lead):
        return None  # a lower-case word: running prose, read by the parse
    for previous, token in zip(lead, lead[1:]):
        if previous.is_alpha and token.is_title and speech_lemma(token.text) is not None:
            # the name must end before the verb, or the parse has swallowed the lead into it
            swallowed = previous.right_edge.i >= token.i or token.ent_iob_ != "O"
            return None if swallowed else (token, previous)
    return None
