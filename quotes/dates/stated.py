"""Stated dates: the time expression in the cue's sentence that modifies the act of saying."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotes.dates.expressions import DAY_PRECISION, TIME_WORDS
from quotes.dates.occasions import DATED_MEDIA_NOUNS, OCCASION_NOUNS
from quotes.dates.tree import (
    cue_verb,
    governing_verb,
    link_words,
    participle_governors,
    path_to,
    sentence_entities,
    sentence_of,
)
from quotes.lexicon import ADDRESSEE_VERBS, speech_lemma
from quotes.syntax import ARGUMENT_DEPS, CONTENT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Verbs whose time expression dates the words themselves when they modify the cue as a participle:
#: "remarks, made last Wednesday" / "speaking at a rally Monday" / "asked about it Friday".
DELIVERY_VERBS: frozenset[str] = frozenset(
    """make made making deliver delivered delivering give gave given giving speak spoke spoken speaking
    say said saying tell told telling address addressed addressing testify testified testifying utter uttered
    ask asked asking respond responded responding answer answered answering reply replied replying
    interview interviewed talk talked talking write wrote written writing comment commented commenting
    record recorded tape taped film filmed""".split()
)
#: Verbs of passing words on: "aired Sunday" is when the remarks were broadcast, not when they were said.
#: Used only when nothing better modifies the cue ("made/delivered/given beat aired/broadcast/published").
BROADCAST_VERBS: frozenset[str] = frozenset(
    """air aired airing broadcast broadcasted broadcasting televise televised publish published publishing
    release released releasing post posted posting print printed report reported reporting issue issued
    carry carried run ran""".split()
)
#: Prepositions/subordinators that put the expression at another time than the saying
#: ("said before Monday's vote", "since 2019"): such expressions are never the date of saying.
OTHER_TIME_LINKS: frozenset[str] = frozenset("before since until till ahead prior by".split())
#: Sequence links after which the words usually follow on the same occasion ("said after a meeting
#: Tuesday"): accepted, but below an expression attached directly to the cue.
SEQUENCE_LINKS: frozenset[str] = frozenset("after following".split())
#: Topic prepositions: "she said of the 2016 election" is what was talked about, not when.
TOPIC_LINKS: frozenset[str] = frozenset("of about regarding concerning".split())
#: Duration/habit prepositions: "has said for years", "over the years" tell an unknown time.
DURATION_LINKS: frozenset[str] = frozenset("for over throughout".split())


#: A day word alone: capitalised inside a sentence it is a name, not a time ("BBC Radio 4's Today
#: programme", "NBC's Today show", "USA TODAY").
_BARE_DAY_WORD = re.compile(r"today|tonight|yesterday", re.IGNORECASE)


def named_day_word(text: str, start: int, sent: Span) -> bool:
    """``text`` (at doc offset ``start``) is a capitalised bare day word that does not open ``sent``."""
    if not _BARE_DAY_WORD.fullmatch(text) or not text[0].isupper():
        return False
    opening = sent.text[: start - sent.start_char].strip(" \t\n\"'“‘(«—-")
    return bool(opening)


def time_spans(sent: Span) -> list[tuple[int, int]]:
    """Character spans (doc-local) of time expressions in a sentence: NER DATE/TIME with a time word in
    them, plus our own matches, not day words that are names (:func:`named_day_word`); overlapping ones
    are merged."""
    spans: list[tuple[int, int]] = []
    for ent in sentence_entities(sent):
        if ent.label_ in ("DATE", "TIME") and TIME_WORDS.search(ent.text):
            if not named_day_word(ent.text, ent.start_char, sent):
                spans.append((ent.start_char, ent.end_char))
    base = sent.start_char
    for m in TIME_WORDS.finditer(sent.text):
        if not named_day_word(m.group(), base + m.start(), sent):
            spans.append((base + m.start(), base + m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def stated_date(cue: Span, *, quote_range: tuple[int, int]) -> tuple[str, int, int] | None:
    """The time expression that modifies the act of saying, as ``(text, start_char, end_char)``.

    Candidates are time expressions in the cue's sentence outside the quote. Each is climbed up to the
    verb it modifies; it counts when that verb is the cue (best), a participle describing the words
    ("made last Wednesday", "speaking Monday"), the verb governing a participial cue ("reacted Monday,
    with Kato stressing"), or — only when nothing else — a broadcast verb ("aired Sunday").
    Expressions reached through the reported content (ccomp/xcomp/relcl) or another time's link
    ("before", "since") never count.
    """
    doc = cue.doc
    verb = cue_verb(cue)
    sent = sentence_of(verb)
    cue_ids = {t.i for t in cue}
    governors = participle_governors(verb)
    phrases = _outside_quote(time_spans(sent), doc, quote_range)
    best: tuple[tuple[int, int], tuple[str, int, int]] | None = None
    for _, _, span in phrases:
        if any(t.i in cue_ids for t in span):
            continue
        rank = _attachment_rank(span, verb, cue_ids, governors)
        if rank is None and _stands_between_cue_and_quote(span, verb, quote_range):
            rank = RANK_DELIVERY
        if rank is None:
            continue
        start, end, text = _with_preposition(span)
        distance = min(abs(t.i - verb.i) for t in span)
        key = (rank, distance)
        if best is None or key < best[0]:
            best = (key, (text, start, end))
    return best[1] if best else _dated_occasion(verb, quote_range) or _dated_medium_subject(verb, phrases)


def _outside_quote(spans: list[tuple[int, int]], doc: Doc, quote_range: tuple[int, int]) -> list[tuple[int, int, Span]]:
    """The time expressions (character spans) that lie outside the quote, with their tokens: words
    inside the quote are what was said, not when."""
    found: list[tuple[int, int, Span]] = []
    for start, end in spans:
        if start < quote_range[1] and quote_range[0] < end:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.append((start, end, span))
    return found


def _dated_occasion(verb: Token, quote_range: tuple[int, int]) -> tuple[str, int, int] | None:
    """The cue sits in a relative clause of a dated occasion: "a 2011 tweet in which he said", "the
    March 2016 meeting where Trump said", "Sunday's rally, at which she said"."""
    if verb.dep_ != "relcl" or verb.head.lower_ not in OCCASION_NOUNS:
        return None
    noun = verb.head
    modifiers = [t for t in noun.subtree if t.i < noun.i]
    if not modifiers:
        return None
    doc = noun.doc
    start, end = modifiers[0].idx, noun.idx
    for m in TIME_WORDS.finditer(doc.text[start:end]):
        at, stop = start + m.start(), start + m.end()
        if not (at < quote_range[1] and quote_range[0] < stop):
            return m.group(), at, stop
    return None


#: Words between a time expression and the medium it dates: "a memo in 2019", "the memo, written in
#: 2019" (the expression itself may be the modifier: "the 2019 memo", "Monday's statement"). A noun on
#: the way means the expression dates that noun: "a memo on the 2016 vote".
_MEDIUM_LINK_DEPS = frozenset({"prep", "acl", "advmod", "npadvmod"})


def _dated_medium_subject(verb: Token, phrases: Sequence[tuple[int, int, Span]]) -> tuple[str, int, int] | None:
    """The cue's subject is a medium of words that the sentence dates: "A 2019 memo warned that …",
    "Monday's statement from the council said …", "The November 23 lawsuit alleges …". The words are
    the medium's, so its date is when they were said (an expression inside the subject is otherwise
    never the date of saying). ``phrases``: the sentence's time expressions outside the quote."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBD":
        subject = verb.head  # "As a 2012 study noted, …": the parser hangs the verb on its subject
    if subject is None or subject.lower_ not in DATED_MEDIA_NOUNS:
        return None
    for start, end, span in phrases:
        path = path_to(span.root, subject)
        if path is None:
            continue  # not inside the subject
        outside = [t for t in path if not span.start <= t.i < span.end]
        links = link_words(outside)
        if all(t.dep_ in _MEDIUM_LINK_DEPS for t in outside) and not (
            links & (OTHER_TIME_LINKS | TOPIC_LINKS | SEQUENCE_LINKS)
        ):
            return _with_preposition(span)[2], start, end
    return None


#: How closely an expression is tied to the saying; lower wins.
RANK_ON_CUE = 0  # "said Tuesday"
RANK_DELIVERY = 1  # "said after a meeting Tuesday", "remarks, made last Wednesday"
RANK_GOVERNING_VERB = 2  # "reacted Monday, with Kato stressing" (+1 for the second hop)
RANK_OTHER_PARTICIPLE = 3
RANK_BROADCAST = 4  # "aired Sunday"


def _attachment_rank(span: Span, verb: Token, cue_ids: set[int], governors: list[Token]) -> int | None:
    """How the expression is tied to the saying (a ``RANK_*``), or None when it is not its date."""
    governor, passed = governing_verb(span.root, cue_ids | {verb.i})
    if governor.i == verb.i and _on_the_addressee(passed, verb, span):
        return RANK_ON_CUE
    if is_argument_path(passed):
        return None
    links = link_words(passed)
    if links_to_another_time(links) or is_another_event_before(links, span):
        return None
    sequence = bool(links & SEQUENCE_LINKS)
    if governor.i in cue_ids or governor.i == verb.i:
        return RANK_DELIVERY if sequence else RANK_ON_CUE
    for hop, head in enumerate(governors):
        if governor.i == head.i:
            return RANK_GOVERNING_VERB + hop
    if _speaking_relative_clause(governor, verb):
        return RANK_DELIVERY
    path = path_to(governor, verb)
    if path is None or _modifies_another_event(path):
        return None
    word = governor.lower_
    if word in BROADCAST_VERBS:
        return RANK_BROADCAST
    if word in DELIVERY_VERBS:
        return RANK_DELIVERY
    return RANK_OTHER_PARTICIPLE


def _on_the_addressee(passed: Sequence[Token], verb: Token, span: Span) -> bool:
    """ "told BBC Radio 4's Today programme on Sunday that …": the parser hangs the day on the addressee,
    but nobody dates a listener; a day right after the addressee of a verb of telling dates the telling
    (not a day inside another phrase: "told the inquiry on the Monday crash that …")."""
    if len(passed) != 3 or passed[-1].dep_ not in ("dobj", "dative") or passed[-2].lower_ not in ("on", "in"):
        return False
    return speech_lemma(verb.text) in ADDRESSEE_VERBS and DAY_PRECISION.search(span.text) is not None


def _speaking_relative_clause(governor: Token, verb: Token) -> bool:
    """A relative clause of the speaker that tells the occasion of speaking: "The premier, who spoke at
    a news conference on Monday, said …", "who was speaking to reporters Monday" (not "who visited the
    site on Monday": another act; not "who had addressed the convention on Thursday" nor "who will
    address it": before or after the saying)."""
    subject = governor.head
    auxes = [c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")]
    same_time = (governor.tag_ == "VBD" and not auxes) or (governor.tag_ == "VBG" and auxes in (["was"], ["were"]))
    return (
        governor.dep_ == "relcl"
        and same_time
        and governor.lower_ in DELIVERY_VERBS
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.i == verb.i
    )


def links_to_another_time(links: set[str]) -> bool:
    """Another time or the topic, not when the words were said: "before Monday's vote", "since 2019",
    "of the 2016 election", "for years" (unless "in"/"on"/"at" also leads to it)."""
    if links & (OTHER_TIME_LINKS | TOPIC_LINKS):
        return True
    return bool(links & DURATION_LINKS) and not links & {"in", "on", "at"}


def is_another_event_before(links: set[str], span: Span) -> bool:
    """Another event before the saying: "after the 1999 shooting", "after the Sept. 11 attacks" (a day
    that names an event no words are said at); but "after a meeting Tuesday", "after Monday's debate"
    (a day, of an occasion of speech) and "soon after Sunday's shooting" are the same day."""
    if not links & SEQUENCE_LINKS:
        return False
    if not DAY_PRECISION.search(span.text):
        return True
    root, head = span.root, span.root.head
    names_an_event = root.dep_ in ("compound", "nmod", "amod", "poss") and head.pos_ in ("NOUN", "PROPN")
    return names_an_event and head.lower_ not in OCCASION_NOUNS and not _right_after(span)


#: Words that put the saying right after the event, the same day: "soon after Sunday's shooting".
_RIGHT_AFTER = frozenset("soon shortly just right immediately minutes hours moments".split())


def _right_after(span: Span) -> bool:
    before = span.doc[max(span.start - 4, 0) : span.start]
    return any(t.lower_ in SEQUENCE_LINKS and t.i > 0 and t.doc[t.i - 1].lower_ in _RIGHT_AFTER for t in before)


def _modifies_another_event(path: Sequence[Token]) -> bool:
    """The modifier's own path runs through the content of what was said, a conjoined verb, or another
    event's link: "After meeting Biden on Monday, Smith said" dates the meeting, not the saying."""
    if any(t.dep_ in CONTENT_DEPS for t in path) or (path and path[-1].dep_ == "conj"):
        return True
    return bool(link_words(path) & (OTHER_TIME_LINKS | SEQUENCE_LINKS | TOPIC_LINKS))


def _stands_between_cue_and_quote(span: Span, verb: Token, quote_range: tuple[int, int]) -> bool:
    """In "told reporters Wednesday the injury was minor" (or "said on Thursday it would …", through its
    preposition) the parser hangs the day on the reported clause, but it stands outside the quote, alone
    between the cue and the quote, so it dates the saying. After a "that" it opens the content ("recalled
    that in 2009, “I called …”" is when the content happened)."""
    head = span.root.head
    if head.dep_ == "prep" and head.i == span.start - 1:
        head = head.head
    after_that = any(t.lower_ == "that" for t in span.doc[verb.i + 1 : span.start])
    return _between(span, verb, quote_range) and _inside(head, quote_range) and not after_that


def _between(span: Span, verb: Token, quote_range: tuple[int, int]) -> bool:
    """The expression lies between the cue verb and the quote, with nothing but it in between."""
    quote_start, quote_end = quote_range
    if verb.idx < span.start_char and span.end_char <= quote_start:
        gap = span.doc.char_span(span.end_char, quote_start, alignment_mode="expand")
        return gap is None or all(t.is_punct or t.lower_ == "that" for t in gap)
    return False


def _inside(token: Token, quote_range: tuple[int, int]) -> bool:
    return quote_range[0] <= token.idx < quote_range[1]


def is_argument_path(passed: Sequence[Token]) -> bool:
    """True when the expression sits inside a subject/object/apposition ("the 2015 winner of …"), not an
    adjunct. A bare temporal noun right after an object ("told reporters Monday") is still an adjunct:
    the parser often hangs it on the object."""
    for k, token in enumerate(passed):
        if token.dep_ in ARGUMENT_DEPS and not (k == 1 and passed[0].dep_ in ("npadvmod", "tmod")):
            return True
    return False


def _with_preposition(span: Span) -> tuple[int, int, str]:
    """Trim edge punctuation (NER takes "August." at a sentence end) and include a directly preceding
    "on"/"in" that governs the expression: "said on Feb. 1"."""
    tokens = [t for t in span]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ("'s", "’s")):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        tokens = [span.root]
    doc = span.doc
    first, last = tokens[0], tokens[-1]
    if first.i > 0:
        prev = doc[first.i - 1]
        if prev.lower_ in ("on", "in") and span.root.head.i == prev.i:
            first = prev
    text = doc[first.i : last.i + 1].text
    return first.idx, first.idx + len(text), text
