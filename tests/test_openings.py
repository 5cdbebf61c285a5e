"""What opens a quote's record: quoted words the writer's own grammar carries (after 'that', or after
their subject) are mixed; a quote its cue introduces as a statement of its own stays direct."""

import pytest


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The mayor told reporters on Monday that “we will not raise taxes this year.”", "we will not raise taxes this year."),
        ("Lee added that, “the budget is balanced for the first time in a decade.”", "the budget is balanced for the first time in a decade."),
        ("The union warns that \"any further delay will cost the city its contract.\"", "any further delay will cost the city its contract."),
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
    ],
)
def test_subject_before_the_quote_opens_a_mixed_record(extract, text, quote):
    records = extract(text)
    assert [(r["quote"], r["type"]) for r in records] == [(quote, "mixed")]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("“Farmers want a fair price for the harvest,” the minister said.", "Farmers want a fair price for the harvest"),
        ("Again “we want a fair price for the harvest,” the minister said.", "we want a fair price for the harvest"),  # no subject
    ],
)
def test_quote_with_no_subject_before_it_stays_direct(extract, text, quote):
    records = extract(text)
    assert [(r["quote"], r["type"]) for r in records] == [(quote, "direct")]
