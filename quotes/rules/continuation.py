"""A sentence that goes on with the speaker quoted just before it: "“…,” he said. But “the plan is
dead.”", "Then, “we will see.”". A connective opens the sentence and a statement in quote marks closes
it, with no cue in between: news writing hands the quote to the last speaker, and annotators take the
connective with it (a ``mixed`` record from the sentence's start). A quote that opens its sentence and
runs on after its mark ("“They are not there yet” to back him.") is the same rule's, from the quote.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.parsing import doc_text, token_index_at
from quotes.rules.common import LocalQuote, QuoteIndex, inside_quotes, is_speech_verb

CONTINUED_MIXED = "mixed.continued"

#: At most this many words before the quote: a connective ("But", "Then,", "Instead,", "In the end,").
MAX_OPENING_WORDS = 4
#: Parts of speech of a one-word connective that needs no comma ("But “…”", "So “…”").
_CONNECTIVE_POS = frozenset({"CCONJ", "ADV", "SCONJ"})
#: What may stand between the closing mark and the sentence's end.
_SENTENCE_END = " \n.,!?\"”’'"


def continued_opening(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> int | None:
    """Start of the connective that opens the quote's sentence, when the sentence is that connective
    and the quote: a short opening ending in a comma ("Then, “…”") or one connective word ("But “…”"),
    with no quote, cue or colon of its own ("Issa: Clinton ‘…’" is a headline's label); the quote ends
    the sentence. ``None`` otherwise."""
    first = token_index_at(doc, quote.outer_start)
    if first == 0 or first >= len(doc):
        return None
    sentence = doc[first].sent
    opening = doc[sentence.start : first]
    if any(inside_quotes(t, quotes) or is_speech_verb(t) or t.text == ":" for t in opening):
        return None
    words = [t for t in opening if not t.is_punct and not t.is_space]
    if not words or len(words) > MAX_OPENING_WORDS:
        return None
    one_connective = len(words) == 1 and words[0].pos_ in _CONNECTIVE_POS
    if not (opening[-1].text == "," or one_connective):
        return None
    rest = doc_text(doc)[quote.outer_end : max(quote.outer_end, sentence.end_char)]
    if rest.strip(_SENTENCE_END):
        return None
    return opening[0].idx
