"""What opens a quote's record: quoted words the writer's own grammar carries (after 'that', or after
words of the reported clause) are mixed; a quote its cue introduces as a statement of its own stays direct."""

import pytest


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The mayor told reporters on Monday that “we will not raise taxes this year.”", "we will not raise taxes this year."),
        ("Lee added that, “the budget is balanced for the first time in a decade.”", "the budget is balanced for the first time in a decade."),
        ("The union warns that \"any further delay will cost the city its contract.\"", "any further delay will cost the city its contract."),
        # a no-break space between 'that' and the mark is no word of the clause
        ("The mayor spoke on Monday, saying that\u00a0“we will not raise taxes this year.”", "we will not raise taxes this year."),
    ],
)
def test_quote_after_that_is_mixed_and_keeps_the_quoted_words(extract, text, quote):
    records = extract(text)
    assert [(r["quote"], r["type"], r["rule"]) for r in records] == [(quote, "mixed", "mixed.that_quote")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters on Monday, “We will not raise taxes this year.”",
        "The mayor told reporters on Monday: “We will not raise taxes this year.”",
        "Nobody expected that. “We will not raise taxes this year,” the mayor said.",  # 'that' ends a sentence
    ],
)
def test_quote_its_cue_introduces_stays_direct(extract, text):
    assert [r["type"] for r in extract(text)] == ["direct"]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Farmers “want a fair price for the harvest,” the minister said.", "Farmers “want a fair price for the harvest,”"),
        ("Okafor “has a lot of work left to do,” said Diaz.", "Okafor “has a lot of work left to do,”"),
        ("The new council “was warned about the floods for years,” the report said.", "The new council “was warned about the floods for years,”"),
        ("Meanwhile “the roads are still closed to every truck,” the minister said.", "Meanwhile “the roads are still closed to every truck,”"),
    ],
)
def test_words_of_the_clause_before_the_quote_open_a_mixed_record(extract, text, quote):
    records = extract(text)
    assert [(r["quote"], r["type"]) for r in records] == [(quote, "mixed")]


def test_second_side_of_an_interrupted_clause_opens_at_its_verb(extract):
    records = extract("The costs, the minister added, were “based on a rough guess from last year.”")
    assert [(r["quote"], r["type"]) for r in records][-1] == ("were “based on a rough guess from last year.”", "mixed")


@pytest.mark.parametrize(
    "text, quote",
    [
        ("“Farmers want a fair price for the harvest,” the minister said.", "Farmers want a fair price for the harvest"),
        ("The minister told farmers on Monday, “We want a fair price for the harvest.”", "We want a fair price for the harvest."),
    ],
)
def test_quote_with_only_the_cue_phrase_before_it_stays_direct(extract, text, quote):
    records = extract(text)
    assert [(r["quote"], r["type"]) for r in records] == [(quote, "direct")]
