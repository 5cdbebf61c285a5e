"""Dates: the article's publication date and the date each quote was said.

- ``publication``: the *document date*, the reference every relative expression is read against, from the
  JSONL field, the ``--date`` option or a dateline / "Published" line in the article (never a file mtime);
- ``absolute`` and ``expressions``: date and time-expression patterns, and their resolution against the
  reference with news-writing conventions (AP style, past-tense reading);
- ``stated`` and ``unknown``: the time expression that modifies the act of saying ("said Tuesday"), or
  words that put it at an undatable other time ("has long said");
- ``assign``: the *utterance date* of every quote of an article: stated, else unknown time, else carried
  over from the quote just before (same event), else the document date;
- ``habits`` and ``prospective``: quotes given as instances of a habit of speaking told just before ("spent
  months trading insults"), and words still to come ("will demand"), which have no date;
- ``headlines``: a headline's present-tense quote dated by its speaker's first quote in the body;
- ``tree``: the dependency-tree helpers of the dating rules (the cue's verb, the verbs above it).
"""

from quotes.dates.assign import DatingItem, UtteranceDate, assign_dates
from quotes.dates.events import DatedEvent, ParagraphText, dated_events, gathering_mentions
from quotes.dates.expressions import is_vague_time, resolve_expression
from quotes.dates.habits import HabitFrame, habit_frames
from quotes.dates.headlines import headline_paragraphs
from quotes.dates.prospective import is_prospective, is_speech_preview
from quotes.dates.publication import document_date, find_text_date, parse_date_value
from quotes.dates.stated import stated_date
from quotes.dates.unknown import is_unknown_time, unknown_time_text

__all__ = [
    "DatedEvent",
    "DatingItem",
    "HabitFrame",
    "ParagraphText",
    "UtteranceDate",
    "assign_dates",
    "dated_events",
    "gathering_mentions",
    "habit_frames",
    "headline_paragraphs",
    "document_date",
    "find_text_date",
    "is_prospective",
    "is_speech_preview",
    "is_unknown_time",
    "is_vague_time",
    "parse_date_value",
    "resolve_expression",
    "stated_date",
    "unknown_time_text",
]
