"""Who said what, when, over a corpus: records folded into per-speaker and per-day counts in one pass.

Only counters are kept, never the records, so memory grows with speakers and days, not with the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: Length of a date with day precision (``YYYY-MM-DD``); ``YYYY-MM`` and ``YYYY`` are coarser.
DAY_LENGTH = len("2024-01-31")


@dataclass
class SpeakerSummary:
    """One canonical speaker over the corpus."""

    name: str
    quotes: int = 0
    documents: set[str] = field(default_factory=set)
    titles: Counter[str] = field(default_factory=Counter)
    #: Earliest and latest date of saying, at whatever precision the records give (ISO strings sort).
    first_date: str | None = None
    last_date: str | None = None
    #: Quotes per day, for records dated to the day.
    per_day: Counter[str] = field(default_factory=Counter)

    def add(self, record: Mapping[str, Any], date: str | None) -> None:
        self.quotes += 1
        self.documents.add(record["doc_id"])
        title = record.get("speaker_title")
        if isinstance(title, str) and title:
            self.titles[title] += 1
        if date:
            if self.first_date is None or date < self.first_date:
                self.first_date = date
            if self.last_date is None or date > self.last_date:
                self.last_date = date
            if len(date) == DAY_LENGTH:
                self.per_day[date] += 1


@dataclass
class CorpusSummary:
    """Counts over every record read."""

    records: int = 0
    documents: set[str] = field(default_factory=set)
    #: Records whose speaker could not be named (``speaker`` null).
    unnamed: int = 0
    #: Records with no date of saying, or one coarser than a day.
    not_dated_to_day: int = 0
    types: Counter[str] = field(default_factory=Counter)
    per_day: Counter[str] = field(default_factory=Counter)
    speakers: dict[str, SpeakerSummary] = field(default_factory=dict)

    def add(self, record: Mapping[str, Any]) -> None:
        self.records += 1
        self.documents.add(record["doc_id"])
        self.types[str(record.get("type"))] += 1
        date = record.get("date") if isinstance(record.get("date"), str) else None
        if date and len(date) == DAY_LENGTH:
            self.per_day[date] += 1
        else:
            self.not_dated_to_day += 1
        name = record.get("speaker")
        if not isinstance(name, str) or not name:
            self.unnamed += 1
            return
        speaker = self.speakers.get(name)
        if speaker is None:
            speaker = self.speakers[name] = SpeakerSummary(name)
        speaker.add(record, date)

    def top_speakers(self, count: int) -> list[SpeakerSummary]:
        """The ``count`` speakers with most quotes (ties: more documents, then by name)."""
        ranked = sorted(self.speakers.values(), key=lambda s: (-s.quotes, -len(s.documents), s.name))
        return ranked[:count]

    @property
    def first_day(self) -> str | None:
        return min(self.per_day) if self.per_day else None

    @property
    def last_day(self) -> str | None:
        return max(self.per_day) if self.per_day else None


def summarise(records: Iterable[Mapping[str, Any]]) -> CorpusSummary:
    summary = CorpusSummary()
    for record in records:
        summary.add(record)
    return summary
