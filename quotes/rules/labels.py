"""A paragraph that opens with a label and a colon: "Vale: My housing plans are not final yet." (a
headline crediting its claim), "FALLIN: I think …" (a transcript's turn), also a transcript quoted
turn by turn (""WALLACE: …"): the rest of the paragraph is the label's words, ``reported.label``."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.lexicon import LABEL_INTRO
from quotes.parsing import doc_text
from quotes.quotemarks import DOUBLE_CLOSERS, QUOTE_CHARS
from quotes.rules.common import Candidate, trim
from quotes.segments import title_cased

_WORD = re.compile(r"[A-Za-z]+")


def with_label(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The paragraph's candidates with its label's record first, when it opens with a speaker's
    label and no candidate starts before the label's words."""
    labelled = label_candidate(doc)
    if labelled is None:
        return candidates
    if doc_text(doc)[:1] in TURN_OPENERS:
        candidates = _under_quoted_label(candidates, labelled)
    candidates = [c for c in candidates if not _inside_label(c, labelled)]
    if any(c.start < labelled.start for c in candidates):
        return candidates
    return [labelled, *candidates]


def _inside_label(candidate: Candidate, labelled: Candidate) -> bool:
    """ "Brennan: I'd say, stop …": the parser may read the label itself as the words of a cue in the
    turn ('say' with 'Brennan' as its content); words that end before the label's colon are the
    label, never a quote."""
    return labelled.cue is not None and candidate.end <= labelled.cue.start_char


def _under_quoted_label(candidates: list[Candidate], labelled: Candidate) -> list[Candidate]:
    """ ""WALLACE: Let's start …": a transcript quoted turn by turn. The label, not the quoted span,
    says whose words they are, so the span's own uncued candidate (it starts at the label) gives way
    to the label's; a cue of the span's own ("…," he said) keeps it, and the label is no label."""
    opening = [c for c in candidates if c.start < labelled.start]
    if any(c.cue is not None for c in opening):
        return candidates
    return [c for c in candidates if c.start >= labelled.start]


#: Labels before a colon that are page furniture, not speakers ("Update: …", "Photo: …"), nor the
#: exclamations of click-bait headlines ("Wow: …", "Bombshell: …").
FURNITURE_LABELS = frozenset(
    """
    note update updated correction clarification disclosure related photo photos video watch listen read
    source sources credit caption image advertisement share posted published tags topics contact email
    follow by editor's editors latest background context analysis opinion editorial breaking exclusive more also plus
    previously earlier later meanwhile timeline summary verdict result results answer fact facts reality
    warning why what how when where who here this that these it in on at for from with
    contributing contributors wow bombshell revealed leaked
    """.split()
)


#: Marks that open a transcript turn set in quote marks (""WALLACE: …" over several paragraphs, the
#: news convention of a long quote): the label after the mark still names the turn's speaker.
TURN_OPENERS = frozenset({'"', "“"})


def label_candidate(doc: Doc) -> Candidate | None:
    """ "Vale: My housing plans are not final yet." / "FALLIN: I think …": the rest of a
    paragraph opening with a name and a colon is that speaker's words, also when an opening quote
    mark comes first (a transcript quoted turn by turn). A quote mark right after the colon is left
    to the direct rules."""
    text = doc_text(doc)
    lead = 1 if text[:1] in TURN_OPENERS else 0
    match = LABEL_INTRO.match(text)
    if match is None:
        return None
    colon = text.index(":")
    label = [t for t in doc if lead <= t.idx < colon]
    label_text = text[lead:colon]
    if text[colon + 1 :].lstrip()[:1] in QUOTE_CHARS or label_text.split()[0].lower() in FURNITURE_LABELS:
        return None
    if label_text.lower().split()[-1] in FURNITURE_LABELS:
        return None
    # a name, or one or two capitalised words (the tagger often misses a bare surname at the start of
    # a line); not an interview's "Q:" and "A:" turns, which are questions and answers, not quotes
    names = [t for t in label if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")]
    if len(label_text) == 1 or not names and (lead or len(label_text.split()) > 2):
        return None  # (in quote marks, a lone word before a colon is as likely the speaker's "Look: …")
    if title_cased(text) and len(label_text.split()) > 2 and label[-1].ent_type_ not in ("PERSON", "ORG"):
        return None  # in a headline every word looks like a name: "Storm Over Harbour Town: …" is a title
    words = _WORD.findall(text[colon + 1 :])
    if len(words) < 3:
        return None
    start, end = trim(doc, colon + 1, len(text.rstrip()))
    if lead and text[end - 1 : end] in DOUBLE_CLOSERS | {'"'}:
        start, end = trim(doc, start, end - 1)  # the turn's own closing mark
    cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if cue is None or start >= end:
        return None
    return Candidate(start, end, "indirect", "reported.label", cue, names[-1] if names else label[-1])
