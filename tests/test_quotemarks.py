import pytest

from quotes.quotemarks import find_quoted_spans
from quotes.segments import split_paragraphs


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quoted_spans(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we will win" and left.', ["we will win"]),
        ("“We will win,” he said.", ["We will win"]),  # the comma standing in for a full stop is dropped
        ("« Nous gagnerons », a-t-il dit.", ["Nous gagnerons"]),
        ("„Wir gewinnen“, sagte er.", ["Wir gewinnen"]),
        ("She called it ‘a disaster’ on Monday.", ["a disaster"]),
        ("'It is over,' she said.", ["It is over"]),
        ("“Split,” he said, “quotes.”", ["Split", "quotes."]),
        ("He said “the ‘best’ plan” was his.", ["the ‘best’ plan"]),  # inner single quotes stay inside
        ("''He can win,'' she told aides.", ["He can win"]),  # archive style: two apostrophes
        ("``It is done,'' he said.", ["It is done"]),
    ],
)
def test_pairs_quote_marks(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The nations’ long-running dispute dates to the ’90s.",
        "The Clintons' house and the '90s and rock 'n' roll.",
        "The Joneses'' yard",
        "Don’t say it’s over, the mayor’s aide wrote.",
        'A lone " mark in the middle.',
        "“Never closed and no paragraph follows",
        '""',
        "",
    ],
)
def test_apostrophes_and_odd_marks_are_no_quotes(text):
    assert quoted(text) == []


def test_quote_continues_into_next_paragraph_that_opens_with_a_mark():
    text = "“First paragraph of the quote.\n\n“Second paragraph,” she said."
    spans = find_quoted_spans(text, split_paragraphs(text))
    assert [text[s.start:s.end] for s in spans] == ["First paragraph of the quote.", "Second paragraph"]
    assert spans[0].close_mark is None and not spans[0].continued
    assert spans[1].continued


def test_unclosed_quote_without_continuation_is_dropped_but_later_quotes_survive():
    text = "“Never closed here.\n\nNo opener. But “this one” is fine."
    assert quoted(text) == ["this one"]


def test_straight_quotes_pair_by_position_not_just_alternation():
    # the apostrophe-like mark after 5 is a closing mark; the next one opens again
    text = 'Smith said "five" and Jones said "six" before noon.'
    assert quoted(text) == ["five", "six"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # An inner quote in single marks inside a single-quoted one.
        ("'We call the plan 'unworkable' and want it gone,' she said.", ["We call the plan 'unworkable' and want it gone"]),
        # A stray mark that can open, with no close for it: pairs as before, without nesting.
        ("'We met the 'team and left,' she said.", ["We met the 'team and left"]),
    ],
)
def test_single_marks_nested_in_single_marks(paragraph, expected):
    assert quoted(paragraph) == expected
