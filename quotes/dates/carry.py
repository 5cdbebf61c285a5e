"""Carrying an event's date to the quotes that belong to it.

News writing dates a speech event once ("Obama, speaking at a rally Monday, said …", "EU leaders met
Friday in Bratislava") and quotes it over the next paragraphs without repeating the date. The article's
current *event* is the last one dated: by a quote's own stated date or by a sentence that dates an event
(:mod:`quotes.dates.events`). A quote with no date of its own takes the event's date when it belongs to
it (:func:`belongs_to_event`); a newer event or date replaces the old one.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotes.dates.events import DatedEvent, name_words
from quotes.dates.occasions import EXCHANGE_NOUNS, GATHERING_NOUNS, OCCASION_NOUNS, SPEECH_MEDIA_NOUNS
from quotes.dates.tree import attached_to, cue_verb, sentence_of
from quotes.position import Position

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: How many paragraphs after the event (or after its last quote) the same speaker is still quoted at
#: it: news stories quote one event over a few paragraphs, with background in between.
SAME_SPEAKER_REACH = 3
#: Quotes of other people belong to an event only right after it (or when they name the occasion).
NEAR_PARAGRAPHS = 1
NEAR_SENTENCES = 2
#: Prepositions that make an occasion the topic of the words: "comment on the letter".
_TOPIC_LINKS = frozenset("on about of over regarding concerning".split())
#: Determiners of an occasion already mentioned: "after the meeting", "at that hearing".
_DEFINITE = frozenset("the that this same".split())


@dataclass
class Event:
    """The article's current event: its date, where it was last used, and who speaks at it."""

    date: str | None
    date_text: str | None
    position: Position
    names: set[str] = field(default_factory=set)
    #: The event names an occasion several people speak at (a meeting, a hearing, a debate).
    occasion: bool = False
    #: Dated by a quote's stated date, rather than by a sentence of the article.
    from_quote: bool = True

    @classmethod
    def from_sentence(cls, event: DatedEvent) -> Event:
        return cls(event.date, event.date_text, event.position, set(event.names), event.occasion, False)

    def joined_by(self, speaker: str | None, position: Position) -> None:
        """A quote took this event's date: its speaker is at the event, and the event reaches on from it."""
        self.names |= speaker_key(speaker)
        self.position = max(self.position, position)


def speaker_key(speaker: str | None) -> set[str]:
    """The word a speaker is matched by: a person's surname, a group's head noun ("McConnell aides" →
    "aides", not McConnell)."""
    # by the last place each word is found; at one place ("new" inside "news") the longer is the word there
    text = (speaker or "").lower()
    words = sorted(name_words(speaker), key=lambda word: (text.rfind(word), len(word)))
    return {words[-1]} if words else set()


#: Times that point back at the event just told: "said at the time", "said then", "the following
#: morning". The date is the event's, a day later for "the following/next day".
_ANAPHORIC_TIME = re.compile(
    r"\b(?:at\s+the\s+time|then|that\s+(?:day|night|morning|afternoon|evening)|the\s+same\s+day"
    r"|(?:later|earlier)\s+that\s+(?:day|night|morning|afternoon|evening)"
    r"|the\s+(?P<next>following|next)\s+(?:day|morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)


def anaphoric_time(cue: Span, quote_range: tuple[int, int]) -> tuple[str, bool] | None:
    """A time of the cue that points back at the event told before ("Cruz said at the time", "the
    following morning, he said"): its text, and whether it is the next day."""
    verb = cue_verb(cue)
    sentence = sentence_of(verb)
    for m in _ANAPHORIC_TIME.finditer(sentence.text):
        start, end = sentence.start_char + m.start(), sentence.start_char + m.end()
        if start < quote_range[1] and quote_range[0] < end:
            continue
        span = sentence.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and attached_to(span, verb) and not _then_of_a_role(span):
            return m.group(), bool(m.group("next"))
    return None


#: Parts of speech that begin a role or an age after an appositive "then": "then ambassador to
#: Israel", "then the mayor's aide", "then 38".
_ROLE_START_POS = frozenset({"NOUN", "PROPN", "NUM", "DET", "ADJ", "PRON"})


def _then_of_a_role(span: Span) -> bool:
    """ "then" telling what somebody was at the time, not when the words were said: "said Lee, then the
    mayor's aide", "Sperling, then 38, said …". It modifies a noun, or (where the parser hangs it on
    the verb) stands after a comma before the role."""
    if len(span) != 1 or span[0].lower_ != "then":
        return False
    word = span[0]
    if word.head.pos_ in ("NOUN", "PROPN", "NUM") and word.head.i != word.i:
        return True
    doc = word.doc
    after_comma = word.i > 0 and doc[word.i - 1].text == ","
    return after_comma and word.i + 1 < len(doc) and doc[word.i + 1].pos_ in _ROLE_START_POS


def day_after(date: str | None) -> str | None:
    """The next day of a day-precision date; a month or year stays as it is."""
    if date is None or len(date) != 10:
        return date
    return (datetime.date.fromisoformat(date) + datetime.timedelta(days=1)).isoformat()


def belongs_to_event(
    event: Event,
    *,
    speaker: str | None,
    cue: Span | None,
    quote_range: tuple[int, int],
    position: Position,
    title: str | None = None,
) -> bool:
    """A quote with no date of its own belongs to the current event when it does not open an occasion of
    its own and: its speaker is unknown and it is near; or its speaker (or the organisation its title
    names) is at the event and it is within :data:`SAME_SPEAKER_REACH` paragraphs; or it refers back to
    an occasion ("after the meeting"); or it comes right after a sentence telling of a gathering."""
    if cue is not None and opens_new_occasion(cue):
        return False
    paragraphs = position.paragraph - event.position.paragraph
    sentences = position.sentences_after(event.position)
    if paragraphs < 0:
        return False
    near = sentences is not None and 0 <= sentences <= NEAR_SENTENCES or paragraphs <= NEAR_PARAGRAPHS
    words = speaker_key(speaker)
    if speaker is None or not words:
        return near
    if words & event.names:
        return paragraphs <= SAME_SPEAKER_REACH
    if not event.from_quote and name_words(title) & event.names:
        # "The federation rejected the offer on Tuesday. Federation president Sam Roe said …": the
        # speaker's title names the organisation that acted
        return paragraphs <= SAME_SPEAKER_REACH
    if cue is not None and refers_to_occasion(cue, quote_range) and paragraphs <= SAME_SPEAKER_REACH:
        return True  # "after the meeting", "at the same hearing": the event just told
    if event.occasion and near and not event.from_quote:
        return True  # others speaking right after a gathering is told
    # A quote with no speaker dated the event: only the quote right after belongs to it.
    return near and event.from_quote and not event.names


def opens_new_occasion(cue: Span) -> bool:
    """The cue names a one-to-one exchange of its own, not yet mentioned: "said in an interview", "wrote
    in an email", "said in a phone call". (A gathering, "told a press conference", can be the event
    itself.)"""
    verb = cue_verb(cue)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "on", "over"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in EXCHANGE_NOUNS:
                if any(c.lower_ in ("a", "an") for c in noun.children):
                    return True
    return False


def names_another_occasion(cue: Span) -> bool:
    """The cue is said on an occasion it names, not one told before: "said in a statement", "told a
    rally", "wrote on Twitter" ("in the same interview", "at that hearing" and "in her remarks" refer
    back)."""
    verb = cue_verb(cue)
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for prep in verb.children:
        if prep.dep_ == "prep":
            nouns += [c for c in prep.children if c.dep_ == "pobj"]
    return any(noun.lower_ in OCCASION_NOUNS and not _told_before(noun) for noun in nouns)


def said_at_occasion_told(cue: Span) -> bool:
    """The cue's own phrase names an occasion already told: "during the rally", "at that hearing"."""
    verb = cue_verb(cue)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "during", "in", "on"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in OCCASION_NOUNS and _told_before(noun):
                return True
    return False


def _told_before(noun: Token) -> bool:
    """The noun's determiner points back at something already told: "the meeting", "that hearing",
    "her remarks"."""
    return any(c.i < noun.i and (c.lower_ in _DEFINITE or c.dep_ == "poss") for c in noun.children)


def refers_to_occasion(cue: Span, quote_range: tuple[int, int], *, nouns: frozenset[str] = OCCASION_NOUNS) -> bool:
    """The cue's sentence, outside the quote, refers back to an occasion: "after the meeting", "at the
    same hearing", "during Monday's debate", "in her remarks"."""
    sentence = sentence_of(cue_verb(cue))
    for token in sentence:
        if quote_range[0] <= token.idx < quote_range[1] or token.lower_ not in nouns:
            continue
        if token.head.lower_ in _TOPIC_LINKS:  # "cannot comment on the letter": the topic, not the occasion
            continue
        if _told_before(token):
            return True
    return False


def names_occasion(cue: Span, quote_range: tuple[int, int]) -> bool:
    """The cue's sentence, outside the quote, names an occasion ("at a rally", "during the debate")."""
    sentence = sentence_of(cue_verb(cue))
    return any(t.lower_ in GATHERING_NOUNS for t in sentence if not quote_range[0] <= t.idx < quote_range[1])


def recalls_words(cue: Span, quote_range: tuple[int, int]) -> bool:
    """The cue's sentence refers back to words already said: "in his remarks", "the comments"."""
    return refers_to_occasion(cue, quote_range, nouns=SPEECH_MEDIA_NOUNS)
