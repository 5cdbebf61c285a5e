"""A sentence that goes on with the speaker quoted just before it: "“…,” he said. But “the plan is
dead.”", "Then, “we will see.”". A connective opens the sentence and a statement in quote marks closes
it, with no cue in between: news writing hands the quote to the last speaker, and annotators take the
connective with it (a ``mixed`` record from the sentence's start). A quote that opens its sentence and
runs on after its mark ("“They are not there yet” to back him.") is the same rule's, from the quote,
and so is a sentence closed by a quote right after a sentence closed by its cue ("…,” Lee added. But
that is not “the whole story.”"): the speaker just named goes on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.parsing import doc_text, token_index_at
from quotes.rules.common import LocalQuote, QuoteIndex, content_root, inside_quotes, is_speech_verb
from quotes.syntax import SUBJECT_DEPS, is_verb

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
    opening = _opening_of_closing_quote(doc, quote, quotes)
    if opening is None:
        return None
    words = [t for t in opening if not t.is_punct and not t.is_space]
    if not words or len(words) > MAX_OPENING_WORDS:
        return None
    one_connective = len(words) == 1 and words[0].pos_ in _CONNECTIVE_POS
    if not (opening[-1].text == "," or one_connective):
        return None
    return opening[0].idx


def continued_sentence(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> int | None:
    """Start of the quote's sentence when that sentence has no cue, ends with the quote, and follows,
    in the same paragraph, a sentence closed by its cue and speaker ("“…,” Lee added.", "…, he
    said."): the words go on with that speaker's ("But that is not “the whole story.”"). ``None``
    otherwise, or when the quote opens its sentence (the direct rules' case)."""
    opening = _opening_of_closing_quote(doc, quote, quotes)
    if opening is None or not len(opening) or opening.start == 0:
        return None
    if not _closed_by_cue(doc[opening.start - 1].sent):
        return None
    return opening[0].idx if _speakers_words(doc, quote) else None


def _opening_of_closing_quote(doc: Doc, quote: LocalQuote, quotes: QuoteIndex) -> Span | None:
    """The words of the quote's sentence before its marks (maybe none), when the quote ends that
    sentence and those words hold no quote, cue or colon; ``None`` otherwise."""
    first = token_index_at(doc, quote.outer_start)
    if first == 0 or first >= len(doc):
        return None
    sentence = doc[first].sent
    opening = doc[sentence.start : first]
    if any(inside_quotes(t, quotes) or is_speech_verb(t) or t.text == ":" for t in opening):
        return None
    rest = doc_text(doc)[quote.outer_end : max(quote.outer_end, sentence.end_char)]
    return None if rest.strip(_SENTENCE_END) else opening


def _speakers_words(doc: Doc, quote: LocalQuote) -> bool:
    """The quote is a clause of its own (a statement), or the predicate of a "be" or the object of a
    pronoun's act ("that is not “…”", "he has made “…”"); not the object of somebody else's act
    ("the council chose “a plan …”"), which the writer tells of, quoting a phrase."""
    root = content_root(doc, quote)
    if root is None or is_verb(root):
        return root is not None
    verb = next((a for a in root.ancestors if is_verb(a)), None)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return verb.lower_ in _BE_FORMS or subject is not None and subject.pos_ == "PRON"


_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "’s", "'re", "’re"})


def _closed_by_cue(sentence) -> bool:
    """The sentence's last clause is its cue and speaker after what was said ("…,” Lee added.", "…, the
    mayor said."): a speech verb heading the sentence with words before it and nothing after its subject."""
    root = sentence.root
    if not is_speech_verb(root) or root.i == sentence.start:
        return False
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    end = max([root.i] + [t.i for s in subjects for t in s.subtree if t.i > root.i])
    return all(t.is_punct for t in sentence.doc[end + 1 : sentence.end])
