"""Find quoted passages by their quote marks, in raw text, without ever raising.

Pairs double marks (straight ``"``, curly “ ”, « », „ “) per paragraph, and single marks (‘ ’ and
straight ``'``) only where they are really quotes: apostrophes (``nations’``, ``’90s``, ``Clintons'``,
``don’t``) never open or close anything. News convention for multi-paragraph quotes: a paragraph that
opens a quote and ends without closing it continues in the next paragraph when that paragraph starts
with an opening mark. Unbalanced or odd marks are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotes.segments import Paragraph

DOUBLE_OPENERS = frozenset("“„«‟")
DOUBLE_CLOSERS = frozenset("”»“")
SINGLE_OPENERS = frozenset("‘‹‚")
SINGLE_CLOSERS = frozenset("’›")
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_DOUBLE = DOUBLE_OPENERS | DOUBLE_CLOSERS | {STRAIGHT_DOUBLE}
ALL_SINGLE = SINGLE_OPENERS | SINGLE_CLOSERS | {STRAIGHT_SINGLE}
QUOTE_CHARS = ALL_DOUBLE | ALL_SINGLE

#: Characters after which a mark may open a quote / before which it may close one.
_OPEN_CONTEXT = set("([{—–-/:") | set(QUOTE_CHARS)
_CLOSE_CONTEXT = set(".,;:!?)]}—–-/…") | set(QUOTE_CHARS)
#: Words that start with an apostrophe (elisions) — a mark before them is not an opening quote.
_ELISION = re.compile(r"(\d\d?s?\b|em\b|til\b|tis\b|twas\b|cause\b|n\b|round\b|bout\b|ol\b|nuff\b)", re.I)


@dataclass(frozen=True)
class QuotedSpan:
    """A quoted passage inside one paragraph. ``start``/``end`` exclude the marks and outer spaces."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # last character of the closing mark; None when the quote runs on
    paragraph: int  # index into the paragraph list
    continued: bool = False  # continues a quote opened in an earlier paragraph

    @property
    def outer_start(self) -> int:
        return self.open_mark

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def find_quoted_spans(text: str, paragraphs: Sequence[Paragraph]) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    pending_open: int | None = None  # an unclosed double quote from the previous paragraph
    pending_single: int | None = None  # the same for single marks (British style)
    for index, para in enumerate(paragraphs):
        continuing = pending_open is not None and _starts_with_opener(text, para)
        continuing_single = pending_single is not None and _starts_with_single_opener(text, para)
        # An open quote that never found its close nor a continuing paragraph: unbalanced, skip it.
        if pending_open is not None and not continuing:
            spans = [s for s in spans if s.open_mark != pending_open]
        if pending_single is not None and not continuing_single:
            spans = [s for s in spans if s.open_mark != pending_single]
        doubles, pending_open = _pair_doubles(text, para, index, continuing)
        spans.extend(doubles)
        singles, pending_single = _pair_singles(text, para, index, doubles, continuing_single)
        spans.extend(singles)
    for pending in (pending_open, pending_single):
        if pending is not None:
            spans = [s for s in spans if s.open_mark != pending]
    spans.sort(key=lambda s: s.start)
    return spans


def _starts_with_opener(text: str, para: Paragraph) -> bool:
    first = text[para.start]
    return first in DOUBLE_OPENERS or first == STRAIGHT_DOUBLE or text[para.start : para.start + 2] in ("''", "``")


def _starts_with_single_opener(text: str, para: Paragraph) -> bool:
    first = text[para.start]
    return (first in SINGLE_OPENERS or first == STRAIGHT_SINGLE) and not _ELISION.match(text, para.start + 1)


def _can_open(text: str, pos: int, para: Paragraph, width: int = 1) -> bool:
    before = text[pos - 1] if pos > para.start else None
    after = text[pos + width] if pos + width < para.end else None
    if text[pos] == "«":  # French typography puts a space inside guillemets
        after = "x" if after is not None else None
    return after is not None and not after.isspace() and (before is None or before.isspace() or before in _OPEN_CONTEXT)


def _can_close(text: str, pos: int, para: Paragraph, width: int = 1) -> bool:
    before = text[pos - 1] if pos > para.start else None
    after = text[pos + width] if pos + width < para.end else None
    if text[pos] == "»":
        before = "x" if before is not None else None
    return before is not None and not before.isspace() and (after is None or after.isspace() or after in _CLOSE_CONTEXT)


def _double_marks(text: str, para: Paragraph):
    """(position, width, char) of double marks. Two apostrophes ('') and two backticks (``) are a
    double mark too: some wire and newspaper archives type quotes that way."""
    pos = para.start
    while pos < para.end:
        char = text[pos]
        pair = text[pos : pos + 2]
        if pair in ("''", "``"):
            yield pos, 2, '"' if pair == "''" else "“"
            pos += 2
            continue
        if char in ALL_DOUBLE:
            yield pos, 1, char
        pos += 1


def _pair_doubles(text: str, para: Paragraph, index: int, continuing: bool):
    found: list[QuotedSpan] = []
    open_at: int | None = None
    open_width = 1
    open_is_continuation = False
    for pos, width, char in _double_marks(text, para):
        opens = _can_open(text, pos, para, width) and (char != "”" or open_at is None)
        closes = _can_close(text, pos, para, width) and char not in DOUBLE_OPENERS - {"“"}
        if open_at is None:
            if opens and (char in DOUBLE_OPENERS or char == STRAIGHT_DOUBLE or not closes):
                open_at, open_width = pos, width
                open_is_continuation = continuing and pos == para.start
        elif closes and pos > open_at + open_width - 1:
            span = _make_span(text, open_at + open_width, pos, open_at, pos + width - 1, index, open_is_continuation)
            if span:
                found.append(span)
            open_at = None
        elif opens and char in DOUBLE_OPENERS:
            open_at, open_width = pos, width  # the earlier opener was never closed: start again here
            open_is_continuation = False
    pending = None
    if open_at is not None:
        span = _make_span(text, open_at + open_width, para.end, open_at, None, index, open_is_continuation)
        if span:
            found.append(span)
            pending = open_at
    return found, pending


def _pair_singles(
    text: str, para: Paragraph, index: int, doubles: Sequence[QuotedSpan], continuing: bool = False
) -> tuple[list[QuotedSpan], int | None]:
    """Single-quoted quotes outside double-quoted ones (inner quotes belong to their outer quote), and
    the opening mark of one left open at the paragraph's end. British papers quote in single marks,
    with the same convention as double marks for a quote over several paragraphs: each paragraph
    reopens it, only the last closes it."""
    inside = [(d.open_mark, d.outer_end) for d in doubles]
    paired = _pair_singles_in(text, para, index, inside, continuing, nest=True)
    return paired if paired is not None else _pair_singles_in(text, para, index, inside, continuing, nest=False)


def _pair_singles_in(
    text: str, para: Paragraph, index: int, inside: Sequence[tuple[int, int]], continuing: bool, *, nest: bool
) -> tuple[list[QuotedSpan], int | None] | None:
    """:func:`_pair_singles` outside the double-quoted stretches ``inside``. With ``nest``, a mark that
    can only open inside an open quote opens an inner one (`'The plans are 'unworkable' and …'`),
    which the next closing mark closes; None when the marks do not balance that way (a quote left open
    at the paragraph's end: the inner "opening" may have been something else), for the caller to pair
    again without nesting."""
    found: list[QuotedSpan] = []
    open_at: int | None = None
    inner = 0
    for pos in range(para.start, para.end):
        char = text[pos]
        if char not in ALL_SINGLE or any(a <= pos < b for a, b in inside):
            continue
        if char == STRAIGHT_SINGLE and "''" in text[pos - 1 : pos + 2]:
            continue  # half of a '' double mark
        before = text[pos - 1] if pos > para.start else " "
        if open_at is None:
            if (
                char in (SINGLE_OPENERS | {STRAIGHT_SINGLE})
                and _can_open(text, pos, para)
                and not before.isalnum()
                and not _ELISION.match(text, pos + 1)
            ):
                open_at = pos
        elif nest and _opens_inner(text, pos, para, before):
            inner += 1
        elif char in (SINGLE_CLOSERS | {STRAIGHT_SINGLE}) and _can_close(text, pos, para):
            after = text[pos + 1] if pos + 1 < para.end else " "
            if after.isalnum():
                continue  # don’t, Clinton’s: an apostrophe inside a word
            if _plural_possessive(text, pos, para, inside):
                continue
            if inner:
                inner -= 1  # the inner quote closes; the outer one goes on
                continue
            span = _make_span(text, open_at + 1, pos, open_at, pos, index, continuing and open_at == para.start)
            if span:
                found.append(span)
            open_at = None
    if nest and (inner or open_at is not None):
        return None  # not balanced as nested quotes: the inner "opening" may have been something else
    pending = None
    if open_at is not None and not inside:
        # left open: a quote running on into the next paragraph, kept only if that one reopens it
        span = _make_span(text, open_at + 1, para.end, open_at, None, index, continuing and open_at == para.start)
        if span:
            found.append(span)
            pending = open_at
    return found, pending


def _opens_inner(text: str, pos: int, para: Paragraph, before: str) -> bool:
    """A single mark inside an open single quote that can open and cannot close: `'… 'unworkable' …'`."""
    char = text[pos]
    if char not in SINGLE_OPENERS and char != STRAIGHT_SINGLE:
        return False
    if before.isalnum() or _ELISION.match(text, pos + 1):
        return False
    return _can_open(text, pos, para) and not _can_close(text, pos, para)


def _plural_possessive(text: str, pos: int, para: Paragraph, inside: Sequence[tuple[int, int]]) -> bool:
    """`‘I love the fans’ support,’ he said`: a mark after a plural -s that runs on into a word is an
    apostrophe when the next mark that is not inside a word can only close (this quote's real end);
    when the next one opens a quote instead (‘the boys’ and ‘the girls’), this one closes."""
    if text[pos - 1] not in "sS" or pos + 2 >= para.end or not text[pos + 1].isspace() or not text[pos + 2].isalnum():
        return False
    for later in range(pos + 1, para.end):
        if text[later] not in ALL_SINGLE or any(a <= later < b for a, b in inside):
            continue
        before, after = text[later - 1], text[later + 1] if later + 1 < para.end else " "
        if before.isalnum() and after.isalnum():
            continue  # don’t
        return not _can_open(text, later, para) and _can_close(text, later, para)
    return False


def _make_span(text, start, end, open_mark, close_mark, paragraph, continued):
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1  # "…,” he said": the comma stands in for the sentence's full stop
    if start >= end:
        return None
    return QuotedSpan(start, end, open_mark, close_mark, paragraph, continued)
