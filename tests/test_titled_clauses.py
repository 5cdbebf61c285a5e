"""A reported clause whose only quoted words name a show, book or film is ``indirect``: the title in
quote marks is nobody's words. A clause with a quoted phrase that is speech stays ``mixed``. One
sentence per case."""

import pytest


def _types(records):
    return {r["quote"]: r["type"] for r in records}


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The actress talked about her role in “Big Sky Country” at the festival.",
         "her role in “Big Sky Country” at the festival"),
        ("She said she had loved working on “The Long Road Home” for six years.",
         "she had loved working on “The Long Road Home” for six years"),
        ("The director talked about gun violence in “42nd.”", "gun violence in “42nd.”"),
    ],
)
def test_clause_whose_quotes_are_all_titles_is_indirect(extract, text, quote):
    assert _types(extract(text)).get(quote) == "indirect"


@pytest.mark.parametrize(
    "text, quote",
    [
        # a quoted phrase that is speech
        ("The governor said the plan was “a disaster” for farmers.", "the plan was “a disaster” for farmers"),
        ("The mayor called the plan “a disaster” on Monday.", "the plan “a disaster”"),
        # short lower-case words after "to" are the speaker's, not a title
        ("The governor promised to “tear up” the old contract.", "to “tear up” the old contract"),
        # a title beside a quoted phrase that is speech
        ("He said the film “Dark Water” showed “a country in denial.”",
         "the film “Dark Water” showed “a country in denial.”"),
    ],
)
def test_clause_with_quoted_speech_stays_mixed(extract, text, quote):
    assert _types(extract(text)).get(quote) == "mixed"
