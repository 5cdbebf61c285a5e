"""The article's publication date: the reference every relative time expression is read against.

From the JSONL field, the ``--date`` option or a dateline / "Published" line in the article (never a file
mtime). Absolute dates are parsed with our own patterns (fast, predictable); ``dateparser`` is only a
lazily imported fallback for values none of them fit (e.g. other languages), because its import is slow
and it reads relative words ("Monday") as *future* or current-week days, not the news convention.
"""

from __future__ import annotations

import datetime
import re

from quotes.dates.absolute import ISO_DATE, PROSE_DATES, VALUE_DATES, WEEKDAY_ALT, full_date_in, make_date, month_number
from quotes.syntax import DATED_DATELINE

_YMD = re.compile(r"^(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})(?![\d])")
_COMPACT = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])")


def parse_date_value(value: str) -> datetime.date | None:
    """A publication date given as a value (JSONL field, ``--date``); None when unparseable, never raises.

    The date is taken as written: "2021-02-16T23:30:00-05:00" is 2021-02-16 (the publisher's local date).
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 200:
        return None
    for pattern in (ISO_DATE, _YMD, _COMPACT):
        m = pattern.match(value)
        if m:
            return make_date(m.group("year"), m.group("month"), m.group("day"))
    m = _NUMERIC.match(value)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        # Dots are day-first (European); slashes are US month-first unless the first number can't be a month.
        day_first = m.group("sep") == "." or a > 12
        return make_date(m.group("year"), a if not day_first else b, b if not day_first else a)
    found = full_date_in(value, VALUE_DATES)
    if found is not None:
        return found
    if re.search(r"\d{4}", value) and len(value) <= 64:
        return _dateparser_fallback(value)
    return None


def _dateparser_fallback(value: str) -> datetime.date | None:
    """Other languages and odd layouts. Imported lazily, because importing dateparser is slow."""
    try:
        import dateparser
    except ImportError:  # optional: our own formats cover English news dates
        return None
    try:
        parsed = dateparser.parse(
            value, settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
        )
    except Exception:  # dateparser raises assorted errors on odd input; "never raise" is the contract
        return None
    return parsed.date() if parsed is not None else None


# --------------------------------------------------------------------------------------------- dates in the text

#: How many non-empty lines from the top (and, for "Published" lines, from the bottom) are searched.
TOP_LINES = 10
BOTTOM_LINES = 6
#: A line with a date and at most this many other words is a date line ("By Jane Doe | Feb. 16, 2021").
DATE_LINE_MAX_WORDS = 4
DATE_LINE_MAX_CHARS = 90

#: "This report by The Canadian Press was first published Jan. 5, 2024." closing a wire story: the same
#: line, said as a sentence about the story; only when the date ends it (a sentence going on after the
#: date is prose about some other report).
_STORY_WAS = r"(?P<story>this\s+(?:report|story|article)\b[^\n]{0,60}?\bwas\s+)?"
_STORY_DATE_MAX_CHARS = 24
_PUBLISHED = re.compile(
    rf"^\s*{_STORY_WAS}(?P<kind>first\s+published|published|posted|date|dated|last\s+updated|updated|last\s+modified|modified)"
    r"\b\s*(?:on|at)?\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_FILLER = re.compile(
    rf"\b(?:\d{{1,2}}:\d\d(?::\d\d)?|[ap]\.?m\.?|(?:{WEEKDAY_ALT})|mon|tue|wed|thu|fri|sat|sun"
    r"|[ECMP][SD]?T|GMT|UTC|ET|updated|published|posted|on|at)\b\.?|[|•·,/–—-]",
    re.IGNORECASE,
)


def _date_in_line(line: str) -> tuple[datetime.date, int, int] | None:
    """A full date (with year) in a line: month-name forms or ISO; with its character span."""
    candidates: list[tuple[int, int, datetime.date]] = []
    for pattern in PROSE_DATES:
        for m in pattern.finditer(line):
            if m.group("year"):
                d = make_date(m.group("year"), month_number(m.group("month")), m.group("day"))
                if d:
                    candidates.append((m.start(), m.end(), d))
    for m in ISO_DATE.finditer(line):
        d = make_date(m.group("year"), m.group("month"), m.group("day"))
        if d:
            candidates.append((m.start(), m.end(), d))
    if not candidates:
        return None
    start, end, d = min(candidates, key=lambda c: c[0])
    return d, start, end


def find_text_date(text: str) -> datetime.date | None:
    """A dateline or date line near the top of the article (or a "Published" line near either end).

    Prose deep in the body is never read; a dateline without a year gives no full date and is skipped.
    Preference: Published/Posted line > dateline > bare date line > Updated line.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    top = lines[:TOP_LINES]
    ends = top + [line for line in lines[TOP_LINES:][-BOTTOM_LINES:]]
    found: list[tuple[int, int, datetime.date]] = []  # (rank, line order, date)
    for order, line in enumerate(ends):
        m = _PUBLISHED.match(line) or (_published_in_byline(line) if order < len(top) else None)
        if m and m.group("story") and len(m.group("rest").strip()) > _STORY_DATE_MAX_CHARS:
            m = None
        if m:
            hit = _date_in_line(m.group("rest")) or _numeric_value(m.group("rest"))
            if hit:
                rank = 3 if "updated" in m.group("kind").lower() or "modified" in m.group("kind").lower() else 0
                found.append((rank, order, hit[0]))
            continue
        if order >= len(top):
            continue
        m = DATED_DATELINE.match(line)
        if m:
            d = parse_date_value(m.group("date")) if re.search(r"\d{4}", m.group("date")) else None
            if d:
                found.append((1, order, d))
            continue
        hit = _date_in_line(line)
        if hit and len(line.strip()) <= DATE_LINE_MAX_CHARS:
            rest = _FILLER.sub(" ", line[: hit[1]] + " " + line[hit[2] :])
            words = [w for w in rest.split() if w.lower() != "by"]
            if len(words) <= DATE_LINE_MAX_WORDS and not line.rstrip().endswith((".", "?", "!", "”", '"')):
                found.append((2, order, hit[0]))
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


#: The separators of a byline's parts ("Jane Doe · CBC News · Posted: Mar 12, 2024 4:00 PM AT").
_BYLINE_SEPARATOR = re.compile(r"\s+[·|•]\s+")


def _published_in_byline(line: str) -> re.Match[str] | None:
    """A "Posted:"/"Published:" part of a byline after the author and outlet: broadcasters' sites put the
    date there, not on a line of its own. Only a part with a colon, so that prose is never read."""
    for part in _BYLINE_SEPARATOR.split(line)[1:]:
        m = _PUBLISHED.match(part)
        if m and ":" in part[: m.start("rest")]:
            return m
    return None


def _numeric_value(rest: str) -> tuple[datetime.date, int, int] | None:
    token = rest.strip().split()[0] if rest.strip() else ""
    d = parse_date_value(token)
    return (d, 0, 0) if d else None


def document_date(
    *, input_value: str | None, option_value: str | None, text: str
) -> tuple[datetime.date | None, str | None, str | None]:
    """The reference date: JSONL field ("input") → ``--date`` ("option") → the text ("text") → none.

    Returns ``(date, source, warning)``; ``warning`` is one line when a given value could not be parsed.
    """
    bad: list[str] = []
    result: tuple[datetime.date | None, str | None] = (None, None)
    for value, source, label in ((input_value, "input", "date field"), (option_value, "option", "--date")):
        if value is None or not str(value).strip():
            continue
        parsed = parse_date_value(str(value))
        if parsed is not None:
            result = (parsed, source)
            break
        bad.append(f"unparseable {label} {str(value).strip()!r}")
    if result[0] is None:
        found = find_text_date(text)
        if found is not None:
            result = (found, "text")
    if not bad:
        return result[0], result[1], None
    fallback = {"option": "using --date", "text": "using the date in the text", None: "no document date"}
    return result[0], result[1], f"{' and '.join(bad)}; {fallback[result[1]]}"
