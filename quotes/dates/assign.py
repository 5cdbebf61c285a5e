"""Dating every quote of an article: stated → unknown time → carried from the event before → document."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.dates.expressions import resolve_expression
from quotes.dates.stated import stated_date
from quotes.dates.tree import cue_verb, participle_governors
from quotes.dates.unknown import unknown_time_text
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
    max_sentence_gap: int = 2,
    max_paragraph_gap: int = 1,
) -> list[UtteranceDate]:
    """Date each quote of one article (items in text order): stated → unknown time → context → document.

    A quote continues the event dated just before when the previous quote had a stated or context date,
    has the same speaker (when both are known), is at most ``max_sentence_gap`` sentences or
    ``max_paragraph_gap`` paragraphs back, and this quote's
    cue is past tense (or it has none): "“…,” Kato told a press conference." after "reacted Monday".
    """
    results: list[UtteranceDate] = []
    document = (
        UtteranceDate(reference.isoformat(), None, "document")
        if reference is not None
        else UtteranceDate(None, None, None)
    )
    previous: tuple[DatingItem, UtteranceDate] | None = None
    for item in items:
        result = _own_date(item, reference)
        if result is None and previous is not None and _continues(item, previous, max_sentence_gap, max_paragraph_gap):
            result = UtteranceDate(previous[1].date, previous[1].date_text, "context")
        if result is None:
            result = document
        results.append(result)
        previous = (item, result)
    return results


def _own_date(item: DatingItem, reference: datetime.date | None) -> UtteranceDate | None:
    """The date the quote's own sentence gives: a stated time expression, or an unknown other time."""
    if item.cue is None:
        return None
    found = stated_date(item.cue, quote_range=item.quote_range)
    if found is not None:
        return UtteranceDate(resolve_expression(found[0], reference), found[0], "stated")
    unknown = unknown_time_text(item.cue)
    if unknown is not None:
        return UtteranceDate(None, unknown, None)
    return None


def _continues(
    item: DatingItem, previous: tuple[DatingItem, UtteranceDate], max_sentence_gap: int, max_paragraph_gap: int
) -> bool:
    """The quote continues the dated event of the quote before: that one was dated from the text, the
    speakers do not differ, it is near, and this saying is not present or future."""
    before, dated = previous
    if dated.date_basis not in ("stated", "context"):
        return False
    if _different_speakers(item, before):
        return False
    sentences = item.position.sentences_after(before.position)
    near = (
        sentences is not None and 0 <= sentences <= max_sentence_gap
        or 0 <= item.paragraph - before.paragraph <= max_paragraph_gap
    )
    return near and (item.cue is None or _is_past(item.cue))


def _different_speakers(item: DatingItem, before: DatingItem) -> bool:
    """Both speakers are known and differ: "Ruiz said Tuesday …" does not date Okafor's next remark."""
    return item.speaker is not None and before.speaker is not None and item.speaker != before.speaker
