"""Styles of outlets the rules were not developed on: British single quote marks, wire-service
datelines and sign-offs, round-ups, quotes followed by another sentence. One sentence (or one short
article) per case, written for these tests."""

from __future__ import annotations

import pytest


def only(records: list[dict], quote: str) -> dict:
    found = [r for r in records if r["quote"] == quote]
    assert len(found) == 1, [(r["quote"], r["rule"]) for r in records]
    return found[0]


LEAD = "The council met on Monday.\n\n"


@pytest.mark.parametrize(
    "text, quote, mention, cue",
    [
        # the sentence after a quote that ends with a full stop is another sentence, not its cue
        ('The mayor told reporters: "We have no plans to raise taxes." Her deputy said the budget was on track.',
         "We have no plans to raise taxes.", "The mayor", "told"),
        ("The mayor said: 'We have no plans to raise taxes.' Her deputy told the BBC she disagreed.",
         "We have no plans to raise taxes.", "The mayor", "said"),
        # negatives: a comma, an abbreviation with its comma, a lower-case word keep the cue after the quote
        ('"We have no plans to raise taxes," her deputy said.', "We have no plans to raise taxes", "her deputy", "said"),
        ('"We have no plans to leave the U.S.," her deputy said.', "We have no plans to leave the U.S.", "her deputy", "said"),
        ('"We have no plans to raise taxes." her deputy said.', "We have no plans to raise taxes.", "her deputy", "said"),
        ('"We have no plans to raise taxes." Her deputy said.', "We have no plans to raise taxes.", "Her deputy", "said"),
    ],
)
def test_a_quote_ending_its_sentence_takes_no_cue_from_the_next_sentence(extract, text, quote, mention, cue):
    record = only(extract(LEAD + text), quote)
    assert (record["speaker_mention"], record["cue"]) == (mention, cue)


# ------------------------------------------------------------------------- British single quote marks

def quoted(text: str) -> list[str]:
    from quotes.quotemarks import find_quoted_spans
    from quotes.segments import split_paragraphs

    return [text[s.start : s.end] for s in find_quoted_spans(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'I love the fans' support and I thank them,' he said.", ["I love the fans' support and I thank them"]),
        ("‘The players’ wives were brilliant,’ said the manager.", ["The players’ wives were brilliant"]),
        # negatives: the next mark opens another quote, or there is no later mark: the plural's mark closes
        ("He called them 'the boys' and 'the girls' all day.", ["the boys", "the girls"]),
        ("He called them 'the boys' and left.", ["the boys"]),
    ],
)
def test_a_plural_possessive_inside_single_quotes_is_an_apostrophe(text, expected):
    assert quoted(text) == expected


def test_single_marks_run_on_over_paragraphs_like_double_marks():
    text = "Jane Doe said: 'We waited for months.\n\n'Nobody told us anything.\n\n'Now we want answers.'"
    assert quoted(text) == ["We waited for months.", "Nobody told us anything.", "Now we want answers."]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe said: 'We waited for months.\n\nThe council has not replied.",  # nothing reopens it
        "The '90s were different.\n\n'Tis the season, the mayor wrote.",  # elisions, not marks
    ],
)
def test_an_unclosed_single_mark_runs_on_only_into_a_paragraph_that_reopens_it(text):
    assert quoted(text) == []


BRITISH = (
    "Minister slams 'woke' critics as row deepens\n\n"
    "Mum-of-two Sarah Jones, 34, from Leeds, said: 'I couldn't believe it when the letter arrived.\n\n"
    "'Now we just want answers.'\n\n"
    "'We are investigating,' a spokesman for West Yorkshire Police said.\n\n"
    "'It's the nation's worst-kept secret,' one minister quipped.\n\n"
    "Chancellor Jeremy Hunt told the BBC: 'We will not be borrowing more.'\n\n"
    "The Liberal Democrats' Ed Davey branded the plans 'a shambles'.\n"
)


@pytest.mark.parametrize(
    "quote, qtype, mention, cue",
    [
        ("I couldn't believe it when the letter arrived.\n\n'Now we just want answers.", "direct",
         "Mum-of-two Sarah Jones", "said"),
        ("We are investigating", "direct", "a spokesman for West Yorkshire Police", "said"),
        ("It's the nation's worst-kept secret", "direct", "one minister", "quipped"),
        ("We will not be borrowing more.", "direct", "Chancellor Jeremy Hunt", "told"),
        ("the plans 'a shambles'", "mixed", "The Liberal Democrats' Ed Davey", "branded"),
    ],
)
def test_british_single_quotes_end_to_end(extract, quote, qtype, mention, cue):
    record = only(extract(BRITISH), quote)
    assert (record["type"], record["speaker_mention"], record["cue"]) == (qtype, mention, cue)
    assert BRITISH[record["quote_start"] : record["quote_end"]] == quote
    assert BRITISH[record["cue_start"] : record["cue_end"]] == cue
    assert BRITISH[record["speaker_start"] : record["speaker_end"]] == mention


def test_british_headline_with_a_scare_quote_is_no_record(extract):
    assert all("woke" not in r["quote"] for r in extract(BRITISH))
