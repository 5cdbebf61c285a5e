"""Dates: the article's publication date and the date each quote was said.

Two jobs, kept apart:
- *document date*: the reference every relative expression is read against, from the JSONL field, the
  ``--date`` option or a dateline / "Published" line in the article (never a file mtime);
- *utterance date*: the time expression that modifies the act of saying ("said Tuesday"), resolved with
  news-writing conventions (AP style, past-tense reading), else carried over from the quote just before
  (same event), else the document date.

Absolute dates are parsed with our own regexes (fast, predictable); ``dateparser`` is only a lazily
imported fallback for values none of them fit (e.g. other languages), because it costs ~1 s to import
and interprets relative words ("Monday") as *future* or current-week days, not the news convention.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotes.position import Position

if TYPE_CHECKING:  # spaCy is only needed for type names here; the functions take parsed spans.
    from spacy.tokens import Span, Token

# --------------------------------------------------------------------------------------------- tables

#: Month names and the abbreviations AP style uses (Jan., Feb., Aug., Sept., Oct., Nov., Dec.) plus the
#: three-letter forms found in feeds and HTTP dates.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}  # fmt: skip

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
#: Dependency labels of arguments (subject, object, apposition): a time word inside one describes that
#: thing ("the 2015 winner"), not when the words were said.
ARGUMENT_DEPS: frozenset[str] = frozenset("nsubj nsubjpass dobj dative attr oprd appos agent".split())
#: Duration/habit prepositions: "has said for years", "over the years" tell an unknown time.
DURATION_LINKS: frozenset[str] = frozenset("for over throughout".split())
#: Dependency labels that lead into what was said or into another event, never to the saying itself.
CONTENT_DEPS: frozenset[str] = frozenset("ccomp xcomp parataxis relcl csubj csubjpass".split())

#: Adverbs that place the saying at an unknown other time ("has long said", "once told"). From news
#: usage of habitual/previous-time adverbs with speech verbs.
UNKNOWN_TIME_ADVERBS: frozenset[str] = frozenset(
    """long once repeatedly often frequently previously always consistently routinely regularly
    formerly constantly""".split()
)
#: Prepositional phrases with the same meaning: "has said in the past", "has argued for years".
UNKNOWN_TIME_PHRASES: tuple[str, ...] = (
    "in the past", "for years", "for decades", "for months", "over the years", "many times", "time and again",
)  # fmt: skip

PRESENT_TAGS = frozenset({"VBZ", "VBP"})

# --------------------------------------------------------------------------------------------- regexes

_MONTH_ALT = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
_WEEKDAY_ALT = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d])"


def _date_patterns(flags: int) -> tuple[re.Pattern[str], ...]:
    month = rf"\b(?P<month>{_MONTH_ALT})\b\.?"
    return (
        # Feb. 16, 2021 / February 16 2021 / Feb 16th, 2021 / Feb. 16
        re.compile(rf"{month}\s+{_DAY}(?:(?:,\s*|\s+){_YEAR})?", flags),
        # 16 February 2021 / 1st of February / 16-Feb-2021
        re.compile(rf"\b{_DAY}(?:\s+of\s+|\s+|-){month}(?:(?:,\s*|\s+|-){_YEAR})?", flags),
    )


#: Capitalised month names only when scanning prose ("may" / "march" are ordinary words).
_PROSE_DATES = _date_patterns(0)
_VALUE_DATES = _date_patterns(re.IGNORECASE)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])")
_YMD = re.compile(r"^(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})(?![\d])")
_COMPACT = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])")
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH_ALT})\b\.?,?\s+(?:of\s+)?{_YEAR}")
_MONTH_ALONE = re.compile(rf"\b(?P<last>last\s+|this\s+|past\s+)?(?P<month>{_MONTH_ALT})\b")
_YEAR_ALONE = re.compile(r"(?<![\d$£€])\b(?P<year>(?:1[89]|20)\d\d)\b(?!s\b|'s\b|\d)")
_WEEKDAY = re.compile(rf"\b(?P<mod>last|this|past|next)?\s*\b(?P<weekday>{_WEEKDAY_ALT})s?\b", re.IGNORECASE)
_AGO = re.compile(
    r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)

#: Day-precision expressions (weekday, day words, month + day).
_DAY_PRECISION = re.compile(
    rf"\b(?:{_WEEKDAY_ALT}|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
    rf"|\b(?:{_MONTH_ALT})\b\.?\s+[0-3]?\d\b|\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ALT})\b",
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
_TIME_WORDS = re.compile(
    rf"(?:\b(?:last|this|past|earlier\s+this)\s+)?\b(?:{_WEEKDAY_ALT})(?:'s|’s)?(?:\s+(?:night|morning|afternoon|evening))?\b"
    r"|\b(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|earlier\s+today)\b"
    r"|\b(?:last|past|previous|this|earlier\s+this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\b"
    rf"|\b(?:{_MONTH_ALT})\b\.?(?:\s+[0-3]?\d(?:st|nd|rd|th)?\b)?(?:,?\s+(?:1[89]|20)\d\d\b)?"
    rf"|\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ALT})\b(?:\s+(?:1[89]|20)\d\d\b)?"
    r"|(?<![\d$£€])\b(?:1[89]|20)\d\d\b(?!s\b|\d)"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:day|week|month|year)s?\s+ago\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b",
)

# --------------------------------------------------------------------------------------------- records


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


# --------------------------------------------------------------------------------------------- absolute dates


def _make_date(year: int | str, month: int | str, day: int | str) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except (ValueError, TypeError):
        return None


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _full_date_in(text: str, patterns: Sequence[re.Pattern[str]]) -> datetime.date | None:
    """The first month-name date *with a year* in ``text``."""
    found: list[tuple[int, datetime.date]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if m.group("year"):
                d = _make_date(m.group("year"), _month_number(m.group("month")), m.group("day"))
                if d is not None:
                    found.append((m.start(), d))
                    break
    return min(found)[1] if found else None


def parse_date_value(value: str) -> datetime.date | None:
    """A publication date given as a value (JSONL field, ``--date``); None when unparseable, never raises.

    The date is taken as written: "2021-02-16T23:30:00-05:00" is 2021-02-16 (the publisher's local date).
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 200:
        return None
    for pattern in (_ISO, _YMD, _COMPACT):
        m = pattern.match(value)
        if m:
            return _make_date(m.group("year"), m.group("month"), m.group("day"))
    m = _NUMERIC.match(value)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        # Dots are day-first (European); slashes are US month-first unless the first number can't be a month.
        day_first = m.group("sep") == "." or a > 12
        return _make_date(m.group("year"), a if not day_first else b, b if not day_first else a)
    found = _full_date_in(value, _VALUE_DATES)
    if found is not None:
        return found
    if re.search(r"\d{4}", value) and len(value) <= 64:
        return _dateparser_fallback(value)
    return None


def _dateparser_fallback(value: str) -> datetime.date | None:
    """Other languages and odd layouts. Imported lazily: the import alone costs about a second."""
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

_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?,\s*"
    r"(?P<date>[^()\n–—-]{4,40}?)\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]"
)
_PUBLISHED = re.compile(
    r"^\s*(?P<kind>first\s+published|published|posted|date|dated|last\s+updated|updated|last\s+modified|modified)"
    r"\b\s*(?:on|at)?\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_FILLER = re.compile(
    rf"\b(?:\d{{1,2}}:\d\d(?::\d\d)?|[ap]\.?m\.?|(?:{_WEEKDAY_ALT})|mon|tue|wed|thu|fri|sat|sun"
    r"|[ECMP][SD]?T|GMT|UTC|ET|updated|published|posted|on|at)\b\.?|[|•·,/–—-]",
    re.IGNORECASE,
)


def _date_in_line(line: str) -> tuple[datetime.date, int, int] | None:
    """A full date (with year) in a line: month-name forms or ISO; with its character span."""
    candidates: list[tuple[int, int, datetime.date]] = []
    for pattern in _PROSE_DATES:
        for m in pattern.finditer(line):
            if m.group("year"):
                d = _make_date(m.group("year"), _month_number(m.group("month")), m.group("day"))
                if d:
                    candidates.append((m.start(), m.end(), d))
    for m in _ISO.finditer(line):
        d = _make_date(m.group("year"), m.group("month"), m.group("day"))
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
        m = _PUBLISHED.match(line)
        if m:
            hit = _date_in_line(m.group("rest")) or _numeric_value(m.group("rest"))
            if hit:
                rank = 3 if "updated" in m.group("kind").lower() or "modified" in m.group("kind").lower() else 0
                found.append((rank, order, hit[0]))
            continue
        if order >= len(top):
            continue
        m = _DATELINE.match(line)
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


# --------------------------------------------------------------------------------------------- resolving


def _most_recent_month_day(month: int, day: int, reference: datetime.date) -> datetime.date | None:
    """The latest (year, month, day) not after ``reference``; Feb. 29 looks back to a leap year."""
    for year in range(reference.year, reference.year - 9, -1):
        d = _make_date(year, month, day)
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
    m = _ISO.search(text)
    if m:
        d = _make_date(m.group("year"), m.group("month"), m.group("day"))
        return d.isoformat() if d else None
    # Month-name dates: full ones as written, month+day against the reference.
    for pattern in _PROSE_DATES:
        m = pattern.search(text)
        if m:
            month, day = _month_number(m.group("month")), int(m.group("day"))
            if m.group("year"):
                d = _make_date(m.group("year"), month, day)
                return d.isoformat() if d else None
            if _make_date(2000, month, day) is None:  # "Feb. 31": not a date (2000 is a leap year)
                return None
            if reference is None:
                return None
            d = _most_recent_month_day(month, day, reference)
            return d.isoformat() if d else None
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{int(m.group('year')):04d}-{_month_number(m.group('month')):02d}"
    if _FUTURE.search(text):  # words already said cannot be dated in the future
        return None
    relative = _resolve_relative(text, reference)
    if relative is not None or reference is None and _is_relative(text):
        return relative
    m = _MONTH_ALONE.search(text)
    if m and reference is not None:
        month = _month_number(m.group("month"))
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


# --------------------------------------------------------------------------------------------- stated dates


def _cue_verb(cue: Span) -> Token:
    """The word of the cue that carries the saying: its first verb, else its syntactic root."""
    for token in cue:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return token
    return cue.root


def _time_spans(sent: Span) -> list[tuple[int, int]]:
    """Character spans (doc-local) of time expressions in a sentence: NER DATE/TIME with a time word in
    them, plus our own matches; overlapping ones are merged."""
    spans: list[tuple[int, int]] = []
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME") and _TIME_WORDS.search(ent.text):
            spans.append((ent.start_char, ent.end_char))
    base = sent.start_char
    for m in _TIME_WORDS.finditer(sent.text):
        spans.append((base + m.start(), base + m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _sentence(token: Token) -> Span:
    """The token's sentence; the whole doc when it has no sentence boundaries."""
    doc = token.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return token.sent
    return doc[:]


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def _governing_verb(token: Token, stop: set[int]) -> tuple[Token, list[Token]]:
    """Climb from the expression's head word to the first verb (or cue word); also the words passed."""
    passed: list[Token] = []
    while token.i not in stop and not _is_verb(token) and token.head.i != token.i:
        passed.append(token)
        token = token.head
    return token, passed


def _links(tokens: Sequence[Token]) -> set[str]:
    """Prepositions and subordinators on a path ("before", "after", "for") as lower-case words."""
    words: set[str] = set()
    for t in tokens:
        if t.dep_ in ("prep", "mark") or t.pos_ == "ADP" or t.tag_ == "IN":
            words.add(t.lower_)
        words.update(c.lower_ for c in t.children if c.dep_ == "mark")
    return words


def _path_to(governor: Token, target: Token) -> list[Token] | None:
    """Tokens from ``governor`` up to (excluding) ``target`` if ``target`` dominates it, else None."""
    path: list[Token] = []
    token = governor
    while token.i != target.i:
        if token.head.i == token.i:
            return None
        path.append(token)
        token = token.head
    return path


#: Dependency labels climbed from a participial cue to the verb it hangs off: "…, with Kato stressing"
#: (acl of the pobj of "with"), "…, saying" (advcl), "the minister, insisting …" (acl of the subject).
_PARTICIPLE_DEPS = frozenset("advcl pcomp acl xcomp".split())
_NOMINAL_PATH_DEPS = frozenset("pobj prep nsubj nsubjpass dobj appos npadvmod".split())


def _governors(verb: Token) -> list[Token]:
    """Verbs that govern a non-finite cue: "Tokyo reacted …, with Kato stressing …" → reacted;
    "The ministry issued a statement Monday, saying …" → issued. At most two hops."""
    found: list[Token] = []
    token = verb
    for _ in range(2):
        if token.tag_ not in ("VBG", "VBN", "VB") or token.dep_ not in _PARTICIPLE_DEPS:
            break
        head = token.head
        while not _is_verb(head) and head.dep_ in _NOMINAL_PATH_DEPS and head.head.i != head.i:
            head = head.head
        if not _is_verb(head):
            break
        found.append(head)
        token = head
    return found


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
    verb = _cue_verb(cue)
    sent = _sentence(verb)
    cue_ids = {t.i for t in cue}
    governors = _governors(verb)
    quote_start, quote_end = quote_range
    best: tuple[tuple[int, int], tuple[str, int, int]] | None = None
    for start, end in _time_spans(sent):
        if start < quote_end and quote_start < end:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.i in cue_ids for t in span):
            continue
        rank = _attachment_rank(span, verb, cue_ids, governors)
        if rank is None and _between(span, verb, quote_range) and _inside(span.root.head, quote_range):
            # "told reporters Wednesday the injury was minor": the parser hangs the day on the reported
            # clause, but it stands outside the quote, between the cue and the quote: it dates the saying.
            rank = 1
        if rank is None:
            continue
        start, end, text = _with_preposition(span)
        distance = min(abs(t.i - verb.i) for t in span)
        key = (rank, distance)
        if best is None or key < best[0]:
            best = (key, (text, start, end))
    return best[1] if best else None


def _attachment_rank(span: Span, verb: Token, cue_ids: set[int], governors: list[Token]) -> int | None:
    """0 = on the cue; 1 = after/following on the cue ("said after a meeting Tuesday") or a delivery
    participle ("made last Wednesday"); 2, 3 = the verb(s) governing a participial cue; 3 = another
    participial modifier; 4 = a broadcast participle ("aired Sunday"). None = not the date of saying."""
    governor, passed = _governing_verb(span.root, cue_ids | {verb.i})
    if _is_argument_path(passed):
        return None
    links = _links(passed)
    if links & (OTHER_TIME_LINKS | TOPIC_LINKS) or links & DURATION_LINKS and not links & {"in", "on", "at"}:
        return None
    sequence = bool(links & SEQUENCE_LINKS)
    # "after the 1999 shooting" is another event; "after a meeting Tuesday" is the same occasion.
    if sequence and not _DAY_PRECISION.search(span.text):
        return None
    if governor.i in cue_ids or governor.i == verb.i:
        return 1 if sequence else 0
    for hop, head in enumerate(governors):
        if governor.i == head.i:
            return 2 + hop
    path = _path_to(governor, verb)
    if path is None:
        return None
    # The modifier's own path must not run through the content of what was said or another event.
    if any(t.dep_ in CONTENT_DEPS for t in path) or (path and path[-1].dep_ == "conj"):
        return None
    # "After meeting Biden on Monday, Smith said": the meeting's date, not the saying's.
    if _links(path) & (OTHER_TIME_LINKS | SEQUENCE_LINKS | TOPIC_LINKS):
        return None
    word = governor.lower_
    if word in BROADCAST_VERBS:
        return 4
    if word in DELIVERY_VERBS:
        return 1
    return 3


def _between(span: Span, verb: Token, quote_range: tuple[int, int]) -> bool:
    """The expression lies between the cue verb and the quote, with nothing but it in between."""
    quote_start, quote_end = quote_range
    if verb.idx < span.start_char and span.end_char <= quote_start:
        gap = span.doc.char_span(span.end_char, quote_start, alignment_mode="expand")
        return gap is None or all(t.is_punct or t.lower_ == "that" for t in gap)
    return False


def _inside(token: Token, quote_range: tuple[int, int]) -> bool:
    return quote_range[0] <= token.idx < quote_range[1]


def _is_argument_path(passed: Sequence[Token]) -> bool:
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


# --------------------------------------------------------------------------------------------- unknown time


def unknown_time_text(cue: Span) -> str | None:
    """The words that put the saying at an unknown other time ("long", "once", "for years"), or None."""
    verb = _cue_verb(cue)
    for child in verb.children:
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in UNKNOWN_TIME_ADVERBS:
            return child.text
    sent = _sentence(verb)
    sent_text = sent.text.lower()
    at_verb = verb.idx - sent.start_char
    for phrase in UNKNOWN_TIME_PHRASES:
        at = sent_text.find(phrase)
        while at != -1:
            span = cue.doc.char_span(sent.start_char + at, sent.start_char + at + len(phrase), alignment_mode="expand")
            if span is not None and at != at_verb and _attached_to(span, verb):
                return sent.text[at : at + len(phrase)]
            at = sent_text.find(phrase, at + 1)
    # "He used to say …": habitual past.
    if verb.dep_ == "xcomp" and verb.head.lower_ == "used" and any(c.lower_ == "to" for c in verb.children):
        return "used to"
    return None


def _attached_to(span: Span, verb: Token) -> bool:
    token = span.root
    while not _is_verb(token) and token.head.i != token.i:
        token = token.head
    return token.i == verb.i


def is_unknown_time(cue: Span) -> bool:
    """True for "has long said", "once told", "has repeatedly said", "have often argued"."""
    return unknown_time_text(cue) is not None


# --------------------------------------------------------------------------------------------- assignment


def _is_past(cue: Span) -> bool:
    """Past (or undetermined) saying; False for present "says"/"is saying" and future "will say"."""
    verb = _cue_verb(cue)
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
        governors = _governors(verb)
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
        result: UtteranceDate | None = None
        if item.cue is not None:
            found = stated_date(item.cue, quote_range=item.quote_range)
            if found is not None:
                result = UtteranceDate(resolve_expression(found[0], reference), found[0], "stated")
            else:
                unknown = unknown_time_text(item.cue)
                if unknown is not None:
                    result = UtteranceDate(None, unknown, None)
        if result is None and previous is not None and _continues(item, previous, max_sentence_gap, max_paragraph_gap):
            result = UtteranceDate(previous[1].date, previous[1].date_text, "context")
        if result is None:
            result = document
        results.append(result)
        previous = (item, result)
    return results


def _continues(
    item: DatingItem, previous: tuple[DatingItem, UtteranceDate], max_sentence_gap: int, max_paragraph_gap: int
) -> bool:
    before, dated = previous
    if dated.date_basis not in ("stated", "context"):
        return False
    if item.speaker is not None and before.speaker is not None and item.speaker != before.speaker:
        return False
    sentences = item.position.sentences_after(before.position)
    near = (
        sentences is not None and 0 <= sentences <= max_sentence_gap
        or 0 <= item.paragraph - before.paragraph <= max_paragraph_gap
    )
    return near and (item.cue is None or _is_past(item.cue))
