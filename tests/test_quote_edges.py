"""Where a reported clause meets a quote in quote marks: the opening mark of the next sentence's quote
is no part of the clause before it, and a colon hands over to the quote after it even when a phrase
in quote marks stands in the writer's words before. One sentence per case."""

import pytest


def _records(extract, text):
    return [(r["type"], r["quote"].strip(" ,")) for r in extract(text)]


@pytest.mark.parametrize(
    "text, clause, quote",
    [
        # double apostrophes, the parser hanging the opening mark on the clause before it
        ("In any case, Mr. Dale said, the ferry trade was badly over-supplied with boats. ''It was only waiting for a "
         "slump to sink it,'' he said.",
         "the ferry trade was badly over-supplied with boats", "It was only waiting for a slump to sink it"),
        ("The answer, the adviser told them, was simple. ''Just put your savings in index funds,'' he said.",
         "was simple", "Just put your savings in index funds"),
    ],
)
def test_clause_before_the_next_sentences_quote_ends_at_its_own_sentence(extract, text, clause, quote):
    records = _records(extract, text)
    assert ("indirect", clause) in records and ("direct", quote) in records


def test_quote_inside_the_clause_keeps_it_mixed(extract):
    records = _records(extract, "The answer, the adviser told them, was ''simple and cheap'' in the long run.")
    assert ("mixed", "was ''simple and cheap'' in the long run") in records


@pytest.mark.parametrize(
    "text, quote",
    [
        ("After the vote, the “Dune” actor posted a long note about why nobody should be shocked: “Men, you will "
         "not vanish by sharing the housework,” he wrote.", "Men, you will not vanish by sharing the housework"),
        ("She set out her creed: “Change the world, then change it again,” she said.",
         "Change the world, then change it again"),
    ],
)
def test_colon_hands_over_to_the_quote_its_cue_follows(extract, text, quote):
    records = _records(extract, text)
    assert ("direct", quote) in records and not any(kind == "mixed" for kind, _ in records)


def test_scare_quote_before_the_colon_gets_no_record_of_its_own(extract):
    text = ("After the vote, the “Dune” actor posted a long note about why nobody should be shocked: “Men, you will "
            "not vanish by sharing the housework,” he wrote.")
    assert all(quote != "Dune" for _, quote in _records(extract, text))
