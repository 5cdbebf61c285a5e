"""Absolute dates: month and weekday names, month-name and ISO date patterns, building a checked date."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

#: Month names and the abbreviations AP style uses (Jan., Feb., Aug., Sept., Oct., Nov., Dec.) plus the
#: three-letter forms found in feeds and HTTP dates.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

MONTH_ALT = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
WEEKDAY_ALT = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
DAY_GROUP = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
YEAR_GROUP = r"(?P<year>(?:1[89]|20)\d\d)(?![\d])"


def date_patterns(flags: int) -> tuple[re.Pattern[str], ...]:
    month = rf"\b(?P<month>{MONTH_ALT})\b\.?"
    return (
        # Feb. 16, 2021 / February 16 2021 / Feb 16th, 2021 / Feb. 16
        re.compile(rf"{month}\s+{DAY_GROUP}(?:(?:,\s*|\s+){YEAR_GROUP})?", flags),
        # 16 February 2021 / 1st of February / 16-Feb-2021
        re.compile(rf"\b{DAY_GROUP}(?:\s+of\s+|\s+|-){month}(?:(?:,\s*|\s+|-){YEAR_GROUP})?", flags),
    )


#: Capitalised month names only when scanning prose ("may" / "march" are ordinary words).
PROSE_DATES = date_patterns(0)
VALUE_DATES = date_patterns(re.IGNORECASE)
ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])")


def make_date(year: int | str, month: int | str, day: int | str) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except (ValueError, TypeError):
        return None


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def full_date_in(text: str, patterns: Sequence[re.Pattern[str]]) -> datetime.date | None:
    """The first month-name date *with a year* in ``text``."""
    found: list[tuple[int, datetime.date]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if m.group("year"):
                d = make_date(m.group("year"), month_number(m.group("month")), m.group("day"))
                if d is not None:
                    found.append((m.start(), d))
                    break
    return min(found)[1] if found else None
