"""What every rule family shares: the candidate and quoted-span types, and token helpers (is this a
speech verb, what is its cue span, who is its subject)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import ASPECTUAL_VERB_FORMS, reports_finding, speech_lemma
from quotes.parsing import doc_text, token_index_at
from quotes.syntax import BORROWED_SUBJECT_DEPS, DATELINE_PREFIX, NOMINAL_SUBJECT_DEPS, SUBJECT_DEPS, is_verb


@dataclass(frozen=True)
class Candidate:
    """A quote found in one paragraph doc; offsets are doc-local characters."""

    start: int
    end: int
    type: str
    rule: str
    cue: Span | None
    speaker_head: Token | None


@dataclass(frozen=True)
class LocalQuote:
    """A quoted span in doc-local offsets: content [start, end) and marks [outer_start, outer_end)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    starts_paragraph: bool


class QuoteIndex(Sequence[LocalQuote]):
    """A paragraph's quoted spans, in text order, with log-time lookups: the rules ask "is this token
    inside a quote?" for every token and "which quotes overlap this clause?" for every clause, and a
    scan of all quotes each time makes a long paragraph quadratic."""

    def __init__(self, quotes: Sequence[LocalQuote]) -> None:
        self._quotes = list(quotes)
        self._order = sorted(range(len(self._quotes)), key=lambda i: self._quotes[i].outer_start)
        self._starts = [self._quotes[i].outer_start for i in self._order]
        # furthest end among the spans that start at or before each position (spans may nest)
        self._reach: list[int] = []
        for i in self._order:
            self._reach.append(max(self._reach[-1] if self._reach else 0, self._quotes[i].outer_end))
        # by closing mark; of two spans closing at once, the first in text order sorts last
        self._by_end = sorted(range(len(self._quotes)), key=lambda i: (self._quotes[i].outer_end, -i))
        self._ends = [self._quotes[i].outer_end for i in self._by_end]

    def __len__(self) -> int:
        return len(self._quotes)

    def __getitem__(self, index):  # type: ignore[override]
        return self._quotes[index]

    def covers(self, char: int) -> bool:
        """Is ``char`` inside the marks of some quoted span?"""
        k = bisect_right(self._starts, char)
        return k > 0 and self._reach[k - 1] > char

    def last_closed_by(self, char: int) -> LocalQuote | None:
        """The span whose closing mark ends last at or before ``char``."""
        k = bisect_right(self._ends, char)
        return self._quotes[self._by_end[k - 1]] if k else None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices (in text order) of the spans overlapping ``[start, end)``."""
        k = bisect_left(self._starts, end)
        first = bisect_right(self._reach, start, 0, k)
        found = [self._order[j] for j in range(first, k) if self._quotes[self._order[j]].outer_end > start]
        return sorted(found)


def inside_quotes(token: Token, quotes: QuoteIndex) -> bool:
    return quotes.covers(token.idx)


def content_root(doc: Doc, quote: LocalQuote) -> Token | None:
    """The quoted words' token whose head lies outside them (or that heads itself)."""
    first, end = token_index_at(doc, quote.start), token_index_at(doc, quote.end)
    return next((t for t in doc[first:end] if not first <= t.head.i < end or t.head.i == t.i), None)


def is_speech_verb(token: Token) -> bool:
    if not is_verb(token):
        return False
    if speech_lemma(token.lower_) is None:
        return reports_finding_verb(token)
    return (token.dep_ != "amod" or _has_subject(token)) and not is_discourse_marker(token)


def reports_finding_verb(verb: Token) -> bool:
    """ "The audit found that …", "A new poll finds …": a finding verb with a study, a poll or an
    inquiry as its active subject (``lexicon.reports_finding``)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and reports_finding(subject.lower_, verb.lower_)


def _has_subject(verb: Token) -> bool:
    """A verb with a subject of its own is a clause, even where the parse hangs it on a noun as an
    adjective ("a reporter asked campaign manager Jane Doe": "asked" as a modifier of "manager")."""
    return any(child.dep_ in NOMINAL_SUBJECT_DEPS for child in verb.children)


#: Words that point back at what was just told ("that said", "having said this").
_POINTING_BACK = frozenset({"that", "this"})
#: Set phrases of "say" that only link sentences ("Needless to say, …", "Suffice it to say, …").
_LINKING_SAY = (("needless", "to"), ("suffice", "to"), ("suffice", "it", "to"))
#: "It goes without saying that …": the writer's own emphasis, like "of course".
_GOING_WITHOUT = frozenset({"go", "goes", "went", "going"})


def is_discourse_marker(verb: Token) -> bool:
    """ "That said, the bill may pass", "That being said, …", "Having said that, …", "Needless to say,
    …", "It goes without saying that …": "say" here joins the sentence to the one before, like
    "however", or stresses the writer's point, like "of course"; nobody says anything."""
    if verb.lower_ not in ("said", "say", "saying"):
        return False
    doc = verb.doc
    before = [t.lower_ for t in doc[max(0, verb.i - 3) : verb.i]]
    if verb.lower_ == "saying":
        return before[-1:] == ["without"] and len(before) >= 2 and before[-2] in _GOING_WITHOUT
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if verb.lower_ == "say":
        return after is not None and after.text == "," and any(tuple(before[-len(p) :]) == p for p in _LINKING_SAY)
    if before[-1:] == ["having"] and after is not None and after.lower_ in _POINTING_BACK:
        follows = doc[after.i + 1] if after.i + 1 < len(doc) else None
        return follows is not None and follows.text == ","
    pointer = verb.i - 2 if before[-1:] == ["being"] else verb.i - 1
    if pointer < 0 or doc[pointer].lower_ not in _POINTING_BACK or after is None or after.text != ",":
        return False
    # the pointing word opens the clause ("But that said", "With this said"), unlike a relative
    # pronoun ("the man that said, …")
    opener = doc[pointer - 1] if pointer else None
    return opener is None or opener.is_punct or opener.pos_ in ("CCONJ", "ADV", "DET") or opener.lower_ == "with"


def cue_span(token: Token) -> Span:
    """The cue verb with a particle ("point out") or "according to"."""
    doc = token.doc
    end = token.i + 1
    if end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == token.i:
        end += 1
    if token.lower_ == "according" and end < len(doc) and doc[end].lower_ == "to":
        end += 1
    return doc[token.i : end]


def subject_of(verb: Token, *, through_control: bool = False) -> Token | None:
    """The grammatical subject of a cue, borrowed from the governing clause for participles.

    ``through_control``: also through an infinitive's controlling verb ("Roe interjected to say")
    and a writing someone put out ("Roe issued a statement saying"); for rules whose record stands
    without a subject (a direct quote), where it names the speaker and creates no record."""
    seen = 0
    current = verb
    went_on_at = len(verb.doc)  # where a verb of going on stands, once climbed through
    controlled = False  # climbed through a controlling verb or a writing
    while current is not None and seen < 4:
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                # "went on to say" takes its subject before it; one after it is a misparse
                if child.i > went_on_at or (controlled and not _may_speak(child)):
                    return None
                return child
        if current.dep_ == "agent":
            break
        if current.dep_ in BORROWED_SUBJECT_DEPS and current.head is not current:
            # "with Kato stressing …": spaCy often attaches the subject to the preposition's object.
            current = current.head
            seen += 1
            continue
        if current.dep_ == "xcomp" and _goes_on_with(current.head):
            # "Trump continued to insist …", "he went on to say …"
            current = current.head
            seen += 1
            went_on_at = current.i
            continue
        if through_control and current.dep_ == "xcomp" and controls_subject(current.head):
            # "Roe interjected to say …", "she blamed the delay to defend …": the subject acts
            current, controlled = current.head, True
            seen += 1
            continue
        if through_control and current.dep_ == "dobj" and seen and current.lower_ in ISSUED_WRITINGS:
            # "Roe issued a statement saying …": who put the writing out speaks through it
            current, controlled = current.head, True
            seen += 1
            continue
        if current.dep_ == "prep" and seen and current.head.i != current.i:
            # "closed the rally by asking …", "left after telling …": the participle's subject is
            # that of the verb the preposition modifies.
            current = current.head
            seen += 1
            continue
        break
    return None


#: Links by which the parser hangs a cue's lost subject on the phrase before it ("As part of his plea,
#: Jane Doe, 44, said …": "Doe" as an appositive of "plea"; "…, the mayor's office announced …": a conjunct).
_LOST_SUBJECT_DEPS = frozenset({"appos", "conj"})


def lost_subject(verb: Token) -> Token | None:
    """The subject of a finite root cue that has none in the parse, when the noun phrase right before
    the cue opens after a comma and the parser hung it on the phrase before (an opening phrase
    swallowed the subject). A noun phrase that opens no new phrase after a comma is left alone."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    last = verb.i - 1
    while last >= 0 and doc[last].text == ",":
        last -= 1
    if last >= 0 and doc[last].text == ")":
        return _name_before_bracket(verb, last)
    if last < 0 or doc[last].pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    chosen = None
    current = doc[last]
    while current.head.i < current.i and current.i > verb.sent.start:
        edge = current.left_edge.i
        if current.pos_ in ("NOUN", "PROPN") and edge > 0 and doc[edge - 1].text == ",":
            chosen = current
        if current.dep_ not in _LOST_SUBJECT_DEPS | {"compound", "nummod", "amod"}:
            break
        current = current.head
    return chosen


#: What may stand before a subject that opens its clause ("But Sen. Jane Roe (…) says …").
_CLAUSE_OPENERS = frozenset({",", ";", "and", "but", "so", "yet", "or"})


def _name_before_bracket(verb: Token, closing: int) -> Token | None:
    """ "But Sen. Jane Roe (a Vermont Democrat so young she is taken for an aide) says …": a long
    bracketed description between the subject and the cue can leave the cue without a subject in the
    parse. The name right before the bracket is the subject when it opens the clause (at the sentence
    start, or after a comma or a conjunction)."""
    doc = verb.doc
    opening = next((t.i for t in reversed(doc[verb.sent.start : closing]) if t.text == "("), None)
    if opening is None or opening == verb.sent.start:
        return None
    name = doc[opening - 1]
    if name.pos_ != "PROPN":
        return None
    first = name.i
    while first > verb.sent.start and doc[first - 1].dep_ == "compound" and doc[first - 1].head == name:
        first -= 1
    return name if first == verb.sent.start or doc[first - 1].lower_ in _CLAUSE_OPENERS else None


#: Writings a participle can hang on that speak for whoever put them out ("issued a statement saying",
#: "placed ads calling", "released a video showing"); documents and media news lets speak.
ISSUED_WRITINGS = frozenset(
    """
    statement release letter memo email message post tweet ad ads advertisement advertisements video
    website report note
    """.split()
)
#: Verbs whose infinitive complement takes another subject than theirs, or none of its own: raising
#: and linking verbs ("seems to tell", "is to say") whose subject is no speaker.
#: Forms as written: the selective parse runs no lemmatizer.
_NO_CONTROL_FORMS = frozenset(
    """
    be is are was were been being am 's seem seems seemed appear appears appeared happen happens happened
    tend tends tended prove proves proved proven turn turns turned
    """.split()
)


#: Pronoun subjects that can be a speaker reached through a controlling verb; not "it" ("It seems unfair
#: to tell …" has no one in it) nor quantifiers ("all she could do was shout …").
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


def _may_speak(subject: Token) -> bool:
    """A subject reached through a controlling verb names someone: a noun or a personal pronoun."""
    return subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in _SPEAKING_PRONOUNS


def controls_subject(verb: Token) -> bool:
    """``verb``'s subject is the subject of its infinitive ("Roe interjected to say", "Roe refused to
    condemn"): a verb with no object (which would control it: "urged Roe to say") that is no raising
    or linking verb ("It seems unfair to tell")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ in _NO_CONTROL_FORMS:
        return False
    return not any(child.dep_ in ("dobj", "iobj", "dative") for child in verb.children)


def _goes_on_with(verb: Token) -> bool:
    """A verb of going on with an act ("continued", "went on", "began"), whose subject does the act."""
    lemma = ASPECTUAL_VERB_FORMS.get(verb.lower_)
    if lemma == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    return lemma is not None


def according_to_source(token: Token) -> Token | None:
    for to in token.children:
        if to.lower_ == "to":
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range without surrounding whitespace, trailing , ; : ., a dateline, a leading "that" or a
    trailing opening quote mark."""
    text = doc_text(doc)
    dateline = DATELINE_PREFIX.match(text, start)
    if dateline and dateline.end() < end:
        start = dateline.end()
    while True:
        before = (start, end)
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
            end -= 1
        if text[start : start + 5].lower() == "that ":
            start += 5
        end = _before_dangling_open_mark(text, start, end)
        if (start, end) == before:
            return start, end


def _before_dangling_open_mark(text: str, start: int, end: int) -> int:
    """ "… with courses. ''It was …'' he said": the parser hangs the opening mark of the next
    sentence's quote on the clause before it; the mark opens no quote of this clause."""
    for mark in ("''", "“", '"', "‘"):
        if end - len(mark) > start and text.endswith(mark, start, end) and text[end - len(mark) - 1].isspace():
            return end - len(mark)
    return end

