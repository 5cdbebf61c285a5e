"""Dating every quote of an article: stated → unknown time → carried from the event before → document."""

from __future__ import annotations

import datetime
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.dates.carry import (
    NEAR_PARAGRAPHS,
    Event,
    anaphoric_time,
    belongs_to_event,
    day_after,
    names_another_occasion,
    names_occasion,
    recalls_words,
    said_at_occasion_told,
    speaker_key,
)
from quotes.dates.events import DatedEvent
from quotes.dates.expressions import is_vague_time, resolve_expression
from quotes.dates.habits import HabitFrame
from quotes.dates.headlines import body_date_for_headline, is_named
from quotes.dates.occasions import WRITING_NOUNS
from quotes.dates.prospective import is_prospective
from quotes.dates.stated import stated_date
from quotes.dates.tree import cue_verb, participle_governors, sentence_of
from quotes.dates.unknown import (
    FIRST_SAYING_ADVERBS,
    REPETITION_WORDS,
    is_perfect,
    undated_occasion_text,
    unknown_time_text,
)
from quotes.position import Position

if TYPE_CHECKING:
    from spacy.tokens import Span

PRESENT_TAGS = frozenset({"VBZ", "VBP"})


@dataclass(frozen=True)
class UtteranceDate:
    """When a quote was said: ISO date at day/month/year precision, the expression, and its basis."""

    date: str | None
    date_text: str | None
    date_basis: str | None  # "stated" | "context" | "document" | None


@dataclass(frozen=True)
class DatingItem:
    """One quote of an article as :func:`assign_dates` needs it."""

    cue: Span | None
    quote_range: tuple[int, int]
    position: Position
    #: Canonical speaker, when known: a dated event carries over to the same speaker's next words,
    #: not to somebody else quoted next ("Ruiz said Tuesday …" does not date Okafor's remark).
    speaker: str | None = None
    #: The speaker's title before the name ("Federation president"): it may name the organisation that
    #: acts in a dated sentence ("The federation rejected the offer on Tuesday").
    speaker_title: str | None = None
    #: Index (in the article's items) of the quote this one goes on with: a quote with no cue after
    #: "…," Lee said recently. "…" in the same paragraph is the rest of the same words.
    continues: int | None = None

    @property
    def paragraph(self) -> int:
        return self.position.paragraph


def _is_past(cue: Span) -> bool:
    """Past (or undetermined) saying; False for present "says"/"is saying" and future "will say"."""
    verb = cue_verb(cue)
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxes):
            return False
        if any(a.lower_ in ("has", "have", "had") for a in auxes):
            return True
        if any(a.tag_ in PRESENT_TAGS for a in auxes):
            return False
        if any(a.tag_ == "VBD" for a in auxes):
            return True
        if verb.tag_ in PRESENT_TAGS:
            return False
        if verb.tag_ == "VBD":
            return True
        governors = participle_governors(verb)
        if not governors:
            return True
        verb = governors[0]
    return True


def assign_dates(
    items: Sequence[DatingItem],
    *,
    reference: datetime.date | None,
    events: Sequence[DatedEvent] = (),
    gatherings: Sequence[Position] = (),
    headline: frozenset[int] = frozenset(),
    habits: Sequence[HabitFrame] = (),
    speech_preview: bool = False,
) -> list[UtteranceDate]:
    """Date each quote of one article (items in text order): stated → unknown time → the current event's
    date (``context``) → the publication date (``document``).

    ``events`` are the article's sentences that date an event (:func:`quotes.dates.events.dated_events`);
    ``gatherings`` the sentences that go on about a gathering already told, which keep it current
    (:func:`quotes.dates.events.gathering_mentions`); ``headline`` the paragraphs that are the headline
    and subhead (:func:`quotes.dates.headlines.headline_paragraphs`); ``habits`` the sentences that tell
    a habit of speaking (:func:`quotes.dates.habits.habit_frames`), whose instances right after have no
    date; ``speech_preview`` that the article quotes a speech handed out in advance, whose future cues
    ("will say") are the words of the day told, not words to come (:mod:`quotes.dates.prospective`).
    The current event is the last one dated before the quote, by a sentence or by a quote's own stated
    date; :func:`quotes.dates.carry.belongs_to_event` decides whether the quote takes its date. A quote
    left on the publication date can take the date of a later dating of the same speaker's words
    (:func:`_dated_later`).
    """
    document = (
        UtteranceDate(reference.isoformat(), None, "document")
        if reference is not None
        else UtteranceDate(None, None, None)
    )
    pending = sorted(events, key=lambda e: e.position)
    next_pending = next_gathering = next_habit = 0
    current: Event | None = None
    aside: Event | None = None  # an undatable occasion of one speaker (see _opens_undated_occasion)
    habit: HabitFrame | None = None  # a habit of speaking told last (see _instance_of_habit)
    results: list[UtteranceDate] = []
    for item in items:
        while next_pending < len(pending) and pending[next_pending].position < item.position:
            current = _next_event(current, pending[next_pending])
            aside = habit = None
            next_pending += 1
        while next_habit < len(habits) and habits[next_habit].position < item.position:
            habit = None if _repeated_at(habits[next_habit], current) else habits[next_habit]
            next_habit += 1
        if habit is not None and current is not None and current.position > habit.position:
            habit = None  # an event told since: the story has moved on from the habit
        while next_gathering < len(gatherings) and gatherings[next_gathering] < item.position:
            if current is not None and current.occasion and gatherings[next_gathering] > current.position:
                current.position = gatherings[next_gathering]  # the story is still at the gathering
            next_gathering += 1
        result = _own_date(item, reference, speech_preview=speech_preview)
        if result is not None and current is not None and _repeated_at_gathering(item, result, current):
            result = UtteranceDate(current.date, current.date_text, "context")
        told = aside if aside is not None and (current is None or aside.position > current.position) else current
        if result is None and told is not None and item.cue is not None:
            result = _told_event_time(item, told)
        if result is not None and result.date_basis == "stated" and not _from_a_writing(item, result):
            current = Event(result.date, result.date_text, item.position, speaker_key(item.speaker))
            current.occasion = item.cue is not None and names_occasion(item.cue, item.quote_range)
            aside = habit = None
        elif result is not None and _opens_undated_occasion(item, result):
            aside = Event(None, result.date_text, item.position, speaker_key(item.speaker))
        elif item.continues is not None and _dated_by_own_sentence(results[item.continues]):
            result = _same_words(results[item.continues])
        elif result is None and aside is not None and _from_undated_occasion(item, aside, results):
            result = UtteranceDate(None, aside.date_text, None)
        elif result is None and habit is not None and _instance_of_habit(item, habit, results):
            result = UtteranceDate(None, habit.text, None)
        elif result is None and current is not None and _takes_event_date(item, current):
            result = UtteranceDate(current.date, current.date_text, "context")
            current.joined_by(item.speaker, item.position)
        results.append(result or document)
    return _headlines_from_body(items, _dated_later(items, results, events, document), document, headline)


def _repeated_at_gathering(item: DatingItem, result: UtteranceDate, event: Event) -> bool:
    """Words said again and again right after a dated gathering is told ("At Thursday's hearing … /
    Democrats repeatedly noted that …"): many times at that gathering, not at undatable other times;
    so too the first of several sayings there ("… / Lee initially refused to answer"). Not the perfect
    ("has repeatedly said"), which reaches back before it, nor a gerund in a list of habits ("… or
    repeatedly referring to her as …"): the cue, or the verb governing it, is in the past."""
    if item.cue is None or result.date is not None:
        return False
    words = (result.date_text or "").lower()
    if words not in REPETITION_WORDS and words not in FIRST_SAYING_ADVERBS:
        return False
    return _right_after_gathering(event, item.paragraph) and not is_perfect(item.cue) and _told_in_simple_past(item.cue)


def _repeated_at(frame: HabitFrame, event: Event | None) -> bool:
    """A frame of repeating right after a dated gathering ("At Thursday's hearing … / Democrats repeatedly
    attacked the plan"): many times at that gathering, not a habit over undatable times (as for a cue
    of repeating, :func:`_repeated_at_gathering`)."""
    if event is None or frame.perfect or frame.text.lower() not in REPETITION_WORDS:
        return False
    return _right_after_gathering(event, frame.position.paragraph)


def _right_after_gathering(event: Event, paragraph: int) -> bool:
    """``paragraph`` is that of the dated gathering ``event`` or the next: words of repeating or of a
    first saying there can tell many times within that gathering, or its start."""
    if not event.occasion or event.date is None:
        return False
    return 0 <= paragraph - event.position.paragraph <= NEAR_PARAGRAPHS


def _told_in_simple_past(cue: Span) -> bool:
    """The cue, or a verb governing it, is in the simple past ("noted", "called"; "attacked …, saying")."""
    verb = cue_verb(cue)
    return any(word.tag_ == "VBD" for word in [verb, *participle_governors(verb)])


def _instance_of_habit(item: DatingItem, frame: HabitFrame, earlier: Sequence[UtteranceDate]) -> bool:
    """Words told in the simple past right after a habit of speaking ("The two rivals spent months
    trading insults. / Ruiz called Lee “a fraud” …"), in its paragraph or the next, by somebody it names
    (or anybody, when it names nobody: "the two men"): an instance of the habit, at an undatable time.
    Not the present ("says": words of now), a cue on an occasion of its own ("said in an interview"),
    nor words going on with a dated quote."""
    if item.cue is None or names_another_occasion(item.cue) or not _told_in_simple_past(item.cue):
        return False
    if item.continues is not None and earlier[item.continues].date is not None:
        return False
    near = 0 <= item.paragraph - frame.position.paragraph <= NEAR_PARAGRAPHS
    return near and (not frame.names or bool(speaker_key(item.speaker) & frame.names))


def _opens_undated_occasion(item: DatingItem, result: UtteranceDate) -> bool:
    """The quote's own sentence puts it at one occasion that cannot be dated ("Lee said in a recent
    interview", "Years ago, Lee told a rally"): the same speaker's next words, with no time of their
    own and right after, are from it too (:func:`_from_undated_occasion`)."""
    if item.cue is None or result.date is not None or result.date_basis is not None or not result.date_text:
        return False
    if is_vague_time(result.date_text):
        return True
    return undated_occasion_text(item.cue, quote_range=item.quote_range) == result.date_text


def _from_undated_occasion(item: DatingItem, occasion: Event, earlier: Sequence[UtteranceDate]) -> bool:
    """Past words of the occasion's speaker in its paragraph or the next, not said on an occasion of
    their own (nor going on with a quote that was). It reaches no further, nor to anybody else: a story
    told around an aside ("at a recent news conference, she said …") goes back to its own time, which
    the current event keeps."""
    if item.cue is not None and (not _is_past(item.cue) or names_another_occasion(item.cue)):
        return False
    if item.continues is not None and earlier[item.continues].date is not None:
        return False
    near = 0 <= item.paragraph - occasion.position.paragraph <= NEAR_PARAGRAPHS
    return near and bool(speaker_key(item.speaker) & occasion.names)


def _dated_by_own_sentence(result: UtteranceDate) -> bool:
    """The quote's own sentence says when ("said Tuesday night") or that it cannot be told ("said
    recently", "has said"): a quote that goes on with it shares that. A date found otherwise (carried from an
    event, or the publication day) is left to the usual rules for each quote, which may get it right
    for one of them."""
    return result.date_basis in ("stated", None)


def _same_words(continued: UtteranceDate) -> UtteranceDate:
    """The date of a quote that goes on with another: the other's, as context (the date stands in the
    other quote's sentence); an undatable time stays undatable."""
    if continued.date_basis == "stated":
        return UtteranceDate(continued.date, continued.date_text, "context")
    return continued


def _headlines_from_body(
    items: Sequence[DatingItem], results: list[UtteranceDate], document: UtteranceDate, headline: frozenset[int]
) -> list[UtteranceDate]:
    """A headline quote left on the publication day takes the date of its speaker's first quote in the
    body, when the article dates that quote (:mod:`quotes.dates.headlines`)."""
    if not headline:
        return results
    paragraphs = [item.paragraph for item in items]
    speakers = [speaker_key(item.speaker) for item in items]
    named = [is_named(item.speaker) for item in items]

    def carried(k: int) -> bool:
        return results[k].date_basis in ("stated", "context") and results[k].date is not None

    out = list(results)
    for k, item in enumerate(items):
        if item.paragraph not in headline or results[k] != document or _told_in_the_past(item):
            continue
        body = body_date_for_headline(k, paragraphs, speakers, named, carried, headline)
        if body is not None:
            out[k] = UtteranceDate(results[body].date, results[body].date_text, "context")
    return out


def _told_in_the_past(item: DatingItem) -> bool:
    """A cue in the past tense ("Chelsea Clinton announced …"): a lede's report, not headline style."""
    return item.cue is not None and cue_verb(item.cue).tag_ == "VBD"


def _from_a_writing(item: DatingItem, result: UtteranceDate) -> bool:
    """Stated by the date of a writing ("in his 2012 book, Mr. McKinley suggested"): later quotes are
    not from it."""
    if item.cue is None or not result.date_text:
        return False
    text = sentence_of(cue_verb(item.cue)).text.lower()
    at = text.find(result.date_text.lower())
    following = text[at + len(result.date_text) :].split()[:3] if at >= 0 else []
    return any(word.strip(",.;:'\"’”") in WRITING_NOUNS for word in following)


def _told_event_time(item: DatingItem, event: Event) -> UtteranceDate | None:
    """A cue dated by pointing back at the event just told: "Cruz said at the time", "the following
    morning, he said" (stated: the sentence says when, by reference); no date when that was an
    undatable occasion ("Lee once told a rally …; at the time, she said …")."""
    assert item.cue is not None
    found = anaphoric_time(item.cue, item.quote_range)
    if found is None:
        return None
    text, next_day = found
    if event.date is None:
        return UtteranceDate(None, text, None)  # the time of an undatable occasion
    return UtteranceDate(day_after(event.date) if next_day else event.date, text, "stated")


def _next_event(current: Event | None, sentence: DatedEvent) -> Event:
    """A sentence's event replaces the current one, unless it is the sentence of the quote that dated it."""
    if current is not None and current.position == sentence.position:
        current.names |= sentence.names
        current.occasion = current.occasion or sentence.occasion
        return current
    return Event.from_sentence(sentence)


def _takes_event_date(item: DatingItem, event: Event) -> bool:
    """The quote's saying is past (or it has no cue) and it belongs to the event."""
    if item.cue is not None and not _is_past(item.cue):
        return False
    return belongs_to_event(
        event,
        speaker=item.speaker,
        cue=item.cue,
        quote_range=item.quote_range,
        position=item.position,
        title=item.speaker_title,
    )


def _dated_later(
    items: Sequence[DatingItem],
    results: list[UtteranceDate],
    events: Sequence[DatedEvent],
    document: UtteranceDate,
) -> list[UtteranceDate]:
    """Dating that comes later: a statement reported undated, then dated in the next sentences by a
    reference back to the words ("in his remarks, aired Sunday but made last Wednesday, Putin added …",
    "Trump made the comments Friday"). A quote left with the publication date takes the date of the
    first later dating within :data:`NEAR_PARAGRAPHS` paragraphs, when that dating is of the same
    speaker and refers back to what was said; a quote told in the present only from the next sentence
    (:func:`_right_after`)."""
    later = [(e.position, e.date, e.date_text, set(e.names), e.recalls_words) for e in events]
    later += [
        (item.position, r.date, r.date_text, speaker_key(item.speaker), _recalls_occasion(item.cue, item.quote_range))
        for item, r in zip(items, results)
        if r.date_basis == "stated" and item.cue is not None
    ]
    later.sort(key=lambda d: (d[0], not d[4]))  # at one sentence, a dating that refers back first
    positions = [d[0] for d in later]
    out = list(results)
    for k, (item, result) in enumerate(zip(items, results)):
        if result != document:
            continue
        at = bisect_right(positions, item.position)
        if at == len(later):
            continue
        position, date, date_text, names, recalls = later[at]
        near = position.paragraph - item.position.paragraph <= NEAR_PARAGRAPHS
        past = item.cue is None or _is_past(item.cue) or (
            _right_after(item.position, position) and not _is_future(item.cue))
        if recalls and near and past and speaker_key(item.speaker) & names:
            out[k] = UtteranceDate(date, date_text, "context")
    return out


def _is_future(cue: Span) -> bool:
    """A modal on the saying or on the verbs a participle cue hangs from ("will return the favor,
    saying …"): words not said yet, which no later dating of past words dates."""
    said = cue_verb(cue)
    return any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"
        for verb in [said, *participle_governors(said)] for c in verb.children
    )


def _right_after(said: Position, dating: Position) -> bool:
    """The dating is the sentence after the quote's, or opens the next paragraph: a wire lede's present
    ("The minister says …") is news style for words the next sentence dates ("Doe made the comments
    Wednesday"); further on, "says" is words still said now."""
    if dating.paragraph == said.paragraph:
        return dating.sentence == said.sentence + 1
    return dating.paragraph == said.paragraph + 1 and dating.sentence == 0


def _recalls_occasion(cue: Span, quote_range: tuple[int, int]) -> bool:
    """A dated quote's sentence refers back to words already said ("in his remarks, made Wednesday") or
    its cue to the occasion they were said at ("At the rally on Monday, Lee said …")."""
    return recalls_words(cue, quote_range) or said_at_occasion_told(cue)


def _own_date(item: DatingItem, reference: datetime.date | None, *, speech_preview: bool) -> UtteranceDate | None:
    """The date the quote's own sentence gives: a stated time expression, an unknown other time, or no
    date for words not said yet ("will demand", "is expected to tell"; :mod:`quotes.dates.prospective`),
    unless the article quotes a speech handed out in advance."""
    if item.cue is None:
        return None
    found = stated_date(item.cue, quote_range=item.quote_range)
    if found is not None:
        if is_vague_time(found[0]):
            return UtteranceDate(None, found[0], None)
        return UtteranceDate(resolve_expression(found[0], reference), found[0], "stated")
    unknown = unknown_time_text(item.cue, quote_range=item.quote_range)
    if unknown is not None:
        return UtteranceDate(None, unknown, None)
    if is_perfect(item.cue):
        return UtteranceDate(None, None, None)
    if not speech_preview and is_prospective(item.cue, quote_range=item.quote_range):
        return UtteranceDate(None, None, None)
    return None
