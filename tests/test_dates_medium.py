"""A medium of words dated in the cue's subject ("A 2019 memo warned …", "Monday's statement said …"):
its date is when the words were said. Publication date 2021-02-16, a Tuesday."""

from __future__ import annotations

import pytest
from dating import PUBLISHED, cue_of, quote_range, when

from quotes.dates import stated_date, unknown_time_text


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("A 2019 memo from the port warned that the harbor was “in grave danger.”", "warned", "2019"),
        ("Monday's statement from the council said the levy was “unlawful.”", "said", "Monday's"),
        ("The memo, written in 2019, warned that the harbor was “in grave danger.”", "warned", "in 2019"),
        ("The March 3 lawsuit alleges that the port “cheated its workers.”", "alleges", "March 3"),
        ("As a 2012 study noted, most dockworkers were “over fifty.”", "noted", "2012"),
        # The time of something else the subject is about, or inside what was said.
        ("A memo on the 2016 vote warned that the harbor was “in grave danger.”", "warned", None),
        ("A memo about the 2019 harbor plan warned that it was “in grave danger.”", "warned", None),
        ("The memo warned that the 2019 harbor plan was “in grave danger.”", "warned", None),
        # Not a medium of words: a person or a group is dated by other rules.
        ("The 2019 winner of the prize said the harbor was “in grave danger.”", "said", None),
    ],
)
def test_a_dated_medium_as_subject_dates_its_words(nlp, sentence, cue, expected):
    doc = nlp(sentence)
    found = stated_date(cue_of(doc, cue), quote_range=quote_range(doc))
    assert (found[0] if found else None) == expected


def test_a_dated_letter_in_an_article(dated):
    text = (
        "The veterans' group has complained to the campaign twice about its fliers.\n\n"
        "A Feb. 1 letter from the group warns that “further use will be met in court.”\n\n"
        "“We will not be used as props,” the group's director, Ana Ruiz, said."
    )
    records = dated(text)
    assert when(records, "further use will be") == ("2021-02-01", "stated")
    assert when(records, "We will not be used") == (PUBLISHED, "document")


def test_an_undated_medium_in_an_article_stays_on_the_publication_day(dated):
    text = (
        "The veterans' group has complained to the campaign twice about its fliers.\n\n"
        "A letter from the group warns that “further use will be met in court.”"
    )
    assert when(dated(text), "further use will be") == (PUBLISHED, "document")


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # A medium placed at an undatable earlier time: no date.
        ("An earlier report in a local paper said the mayor had used “the images.”", "said", "earlier report"),
        ("According to a recent poll of voters, the mayor leads by “a wide margin.”", "According to", "recent poll"),
        ("The mayor leads by “a wide margin,” according to recent surveys.", "according to", "recent surveys"),
        ("A previous study found that dockworkers were “over fifty.”", "found", "previous study"),
        # Not the latest one, nor one told apart from another, nor an undated one.
        ("According to the most recent poll, the mayor leads by “a wide margin.”", "According to", None),
        ("Another report said the mayor had used “the images.”", "said", None),
        ("A report said the mayor had used “the images.”", "said", None),
        ("The recent graduate said the mayor had used “the images.”", "said", None),
    ],
)
def test_an_undatable_medium_as_speaker(nlp, sentence, cue, expected):
    doc = nlp(sentence)
    assert unknown_time_text(cue_of(doc, cue), quote_range=quote_range(doc)) == expected


def test_an_earlier_report_in_an_article_is_undatable(dated):
    text = (
        "A Feb. 1 letter from the veterans' group warns that “further use will be met in court.”\n\n"
        "An earlier report in a local paper said the campaign had used “photos of veterans” in its fliers."
    )
    records = dated(text)
    assert when(records, "further use will be") == ("2021-02-01", "stated")
    assert when(records, "the campaign had used") == (None, None)
