"""QuoteIndex lookups agree with a plain scan of the spans."""

from quotes.rules.common import LocalQuote, QuoteIndex


def _quote(outer_start: int, outer_end: int) -> LocalQuote:
    return LocalQuote(outer_start + 1, outer_end - 1, outer_start, outer_end, outer_start == 0)


def test_last_closed_by_is_the_span_closing_last_before_the_position():
    # an outer quote holding a nested one, then two later quotes
    spans = [_quote(0, 30), _quote(5, 12), _quote(40, 50), _quote(60, 70)]
    index = QuoteIndex(spans)
    for char in range(0, 80):
        closed = [q for q in spans if q.outer_end <= char]
        expected = max(closed, key=lambda q: q.outer_end) if closed else None
        assert index.last_closed_by(char) == expected, char
    assert index.last_closed_by(11) is None
    assert index.last_closed_by(12) == spans[1]
    assert index.last_closed_by(55) == spans[2]
