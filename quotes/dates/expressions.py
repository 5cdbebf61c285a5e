"""Time expressions: the patterns that find them in a sentence and their resolution against a reference
date with news conventions (AP style, past-tense reading)."""

from __future__ import annotations

import datetime
import re

from quotes.dates.absolute import ISO_DATE, MONTH_ALT, PROSE_DATES, WEEKDAY_ALT, YEAR_GROUP, make_date, month_number

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}  # fmt: skip


_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_ALT})\b\.?,?\s+(?:of\s+)?{YEAR_GROUP}")
_MONTH_ALONE = re.compile(rf"\b(?P<last>last\s+|this\s+|past\s+)?(?P<month>{MONTH_ALT})\b")
_YEAR_ALONE = re.compile(r"(?<![\d$£€])\b(?P<year>(?:1[89]|20)\d\d)\b(?!s\b|'s\b|\d)")
_WEEKDAY = re.compile(rf"\b(?P<mod>last|this|past|next)?\s*\b(?P<weekday>{WEEKDAY_ALT})s?\b", re.IGNORECASE)
#: The count before "… ago": a number, or a vague one ("several weeks ago", "a few years ago") that
#: tells an earlier time no date can be given for.
_AGO_COUNT = (
    r"\d+|a\s+few|a\s+couple\s+of|several|few|many|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve"
)
_AGO = re.compile(rf"\b(?P<n>{_AGO_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)
_VAGUE_AGO = re.compile(
    r"\b(?:a\s+few|a\s+couple\s+of|several|few|many|some)\s+(?:day|week|month|year|decade)s?\s+ago\b", re.IGNORECASE
)
#: An earlier time with no count at all: "years ago", "long ago", "a while back". (Counted ones, "two
#: years ago", are resolved.) Also a vague span from a time told before ("years later", "a few months
#: earlier"). (A decade, "in the 1990s", is left alone: it mostly dates what is told, not the telling.)
_BARE_PAST = (
    r"(?:days|weeks|months|years|decades)\s+ago|long\s+ago|a\s+while\s+(?:ago|back)|some\s+time\s+ago"
    r"|(?:(?:a\s+few|a\s+couple\s+of|several|many|some)\s+)?(?:weeks|months|years|decades)\s+(?:earlier|later)"
)
_BARE_PAST_RE = re.compile(rf"\b(?:{_BARE_PAST})\b", re.IGNORECASE)


def is_vague_time(expression: str) -> bool:
    """An earlier time no date can be given for: "several weeks ago", "a few years ago", "years ago",
    "a while back"."""
    if _VAGUE_AGO.search(expression):
        return True
    return bool(_BARE_PAST_RE.search(expression)) and not _AGO.search(expression)


#: Day-precision expressions (weekday, day words, month + day).
DAY_PRECISION = re.compile(
    rf"\b(?:{WEEKDAY_ALT}|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
    rf"|\b(?:{MONTH_ALT})\b\.?\s+[0-3]?\d\b|\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_ALT})\b",
    re.IGNORECASE,
)

# Relative words → what they resolve to (a function of the reference date).
_SAME_DAY = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today)\b", re.IGNORECASE
)
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last\s+night)\b", re.IGNORECASE)
_LAST_WEEK = re.compile(r"\b(?:last|past|previous)\s+week\b", re.IGNORECASE)
_THIS_WEEK = re.compile(r"\b(?:this|earlier\s+this)\s+week\b", re.IGNORECASE)
_LAST_MONTH = re.compile(r"\b(?:last|previous)\s+month\b", re.IGNORECASE)
_THIS_MONTH = re.compile(r"\b(?:this|earlier\s+this)\s+month\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(?:last|previous)\s+year\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(?:this|earlier\s+this)\s+year\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:tomorrow|next|coming|later\s+this)\b", re.IGNORECASE)

#: Time expressions we detect ourselves in a sentence (the NER misses some, e.g. lower-case "yesterday"
#: or a weekday tagged as a person). Also used to accept an NER DATE only when it has a time word in it
#: ("annual" and "the year" are DATE entities too).
TIME_WORDS = re.compile(
    rf"(?:\b(?i:last|this|past|earlier\s+this)\s+)?\b(?:{WEEKDAY_ALT})(?:'s|’s)?(?:\s+(?i:night|morning|afternoon|evening))?\b"
    r"|\b(?i:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|earlier\s+today)\b"
    r"|\b(?i:last|past|previous|this|earlier\s+this)\s+(?i:week|month|year|spring|summer|fall|autumn|winter)\b"
    rf"|\b(?:{MONTH_ALT})\b\.?(?:\s+[0-3]?\d(?:st|nd|rd|th)?\b)?(?:,?\s+(?:1[89]|20)\d\d\b)?"
    rf"|\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_ALT})\b(?:\s+(?:1[89]|20)\d\d\b)?"
    r"|(?<![\d$£€])\b(?:1[89]|20)\d\d\b(?!s\b|\d)"
    rf"|\b(?i:{_AGO_COUNT})\s+(?i:day|week|month|year)s?\s+(?i:ago)\b"
    rf"|\b(?i:{_BARE_PAST})\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b",
)

# --------------------------------------------------------------------------------------------- resolving


def _most_recent_month_day(month: int, day: int, reference: datetime.date) -> datetime.date | None:
    """The latest (year, month, day) not after ``reference``; Feb. 29 looks back to a leap year."""
    for year in range(reference.year, reference.year - 9, -1):
        d = make_date(year, month, day)
        if d is not None and d <= reference:
            return d
    return None


def _month_shift(reference: datetime.date, months: int) -> str:
    index = reference.year * 12 + reference.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower()) or None


def resolve_expression(expression: str, reference: datetime.date | None) -> str | None:
    """Resolve a time expression to "YYYY-MM-DD", "YYYY-MM" or "YYYY" (news conventions, past reading).

    Relative expressions need ``reference``; absolute ones are returned as written. None when unresolvable.
    """
    text = expression.replace("’", "'").strip()
    if not text:
        return None
    m = ISO_DATE.search(text)
    if m:
        d = make_date(m.group("year"), m.group("month"), m.group("day"))
        return d.isoformat() if d else None
    # Month-name dates: full ones as written, month+day against the reference.
    for pattern in PROSE_DATES:
        m = pattern.search(text)
        if m:
            month, day = month_number(m.group("month")), int(m.group("day"))
            if m.group("year"):
                d = make_date(m.group("year"), month, day)
                return d.isoformat() if d else None
            if make_date(2000, month, day) is None:  # "Feb. 31": not a date (2000 is a leap year)
                return None
            if reference is None:
                return None
            d = _most_recent_month_day(month, day, reference)
            return d.isoformat() if d else None
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{int(m.group('year')):04d}-{month_number(m.group('month')):02d}"
    if _FUTURE.search(text):  # words already said cannot be dated in the future
        return None
    relative = _resolve_relative(text, reference)
    if relative is not None or reference is None and _is_relative(text):
        return relative
    m = _MONTH_ALONE.search(text)
    if m and reference is not None:
        month = month_number(m.group("month"))
        strictly_before = bool(m.group("last"))
        year = (
            reference.year
            if month < reference.month or (month == reference.month and not strictly_before)
            else (reference.year - 1)
        )
        return f"{year:04d}-{month:02d}"
    if m:
        return None
    m = _YEAR_ALONE.search(text)
    if m:
        return m.group("year")
    return None


def _is_relative(text: str) -> bool:
    return any(
        p.search(text)
        for p in (_WEEKDAY, _AGO, _SAME_DAY, _DAY_BEFORE, _LAST_WEEK, _THIS_WEEK, _LAST_MONTH, _THIS_MONTH,
                  _LAST_YEAR, _THIS_YEAR)
    )  # fmt: skip


def _resolve_relative(text: str, reference: datetime.date | None) -> str | None:
    if reference is None:
        return None
    m = _WEEKDAY.search(text)
    if m:
        weekday = WEEKDAYS[m.group("weekday").lower()]
        back = (reference.weekday() - weekday) % 7
        if (m.group("mod") or "").lower() in ("last", "past") and back == 0:
            back = 7  # AP: "last Wednesday" is never the reference day itself
        return (reference - datetime.timedelta(days=back)).isoformat()
    if _DAY_BEFORE.search(text):
        return (reference - datetime.timedelta(days=1)).isoformat()
    if _SAME_DAY.search(text):
        return reference.isoformat()
    m = _AGO.search(text)
    if m:
        n = _number(m.group("n"))
        if n is None:
            return None
        unit = m.group("unit").lower()
        if unit == "day":
            return (reference - datetime.timedelta(days=n)).isoformat()
        if unit == "week":
            return (reference - datetime.timedelta(days=7 * n)).strftime("%Y-%m")
        if unit == "month":
            return _month_shift(reference, n)
        return f"{reference.year - n:04d}"
    if _LAST_WEEK.search(text):
        return (reference - datetime.timedelta(days=7)).strftime("%Y-%m")
    if _THIS_WEEK.search(text) or _THIS_MONTH.search(text):
        return reference.strftime("%Y-%m")
    if _LAST_MONTH.search(text):
        return _month_shift(reference, 1)
    if _LAST_YEAR.search(text):
        return f"{reference.year - 1:04d}"
    if _THIS_YEAR.search(text):
        return f"{reference.year:04d}"
    return None
