"""Words said before now at a time the sentence does not give: the first of several sayings ("the agency
initially said …", "originally promised") and a noun of saying put before now ("the campaign's earlier
claim that …", "repeated warnings that …"). No date; a date in the sentence is found first, and right
after a dated gathering a first saying is its start. Publication date 2021-02-16, a Tuesday."""

from __future__ import annotations

import pytest
from dating import PUBLISHED, cue_of, holding, when

from quotes.dates.unknown import undated_occasion_text, unknown_time_text


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("The agency initially said the spill was small.", "said", "initially"),
        ("The builder originally promised to finish the bridge by spring.", "promised", "originally"),
        # Not the saying's: the adverb is in what was said, or on another verb.
        ("The agency said the spill was initially thought to be small.", "said", None),
        ("The council originally planned a bridge, the mayor said.", "said", None),
        ("The agency said the spill was small.", "said", None),
    ],
)
def test_first_of_several_sayings(nlp, sentence, cue, expected):
    assert unknown_time_text(cue_of(nlp(sentence), cue)) == expected


def test_a_first_saying_is_one_occasion(nlp):
    doc = nlp("The agency initially said the spill was small.")
    assert undated_occasion_text(cue_of(doc, "said")) == "initially"


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("Voters mocked the union's earlier claim that the levy would pass.", "claim", "earlier claim"),
        ("Few believed her previous statement that the budget was sound.", "statement", "previous statement"),
        ("The chief's recent assertion that crime was falling drew scorn.", "assertion", "recent assertion"),
        ("The vote went ahead despite his repeated warnings that it was futile.", "warnings", "repeated warnings"),
        # The latest, often that day; or no modifier of time.
        ("The mayor's most recent claim that the budget was balanced drew scorn.", "claim", None),
        ("The mayor's claim that the budget was balanced drew scorn.", "claim", None),
        # Said again now.
        ("Roe repeated his earlier claim that the count was rigged.", "claim", None),
        # A verb cue: the modifier is on another noun.
        ("Roe expanded on his earlier remarks, saying the count was rigged.", "saying", None),
    ],
)
def test_noun_of_saying_put_before_now(nlp, sentence, cue, expected):
    assert unknown_time_text(cue_of(nlp(sentence), cue)) == expected


def test_a_first_saying_in_an_article_is_undatable(dated):
    text = (
        "The agency initially said the spill at the harbor was small.\n\n"
        "On Monday, the agency said the spill was the worst in a decade."
    )
    records = dated(text)
    assert when(records, "the spill at the harbor") == (None, None)
    assert when(records, "the spill was the worst") == ("2021-02-15", "stated")


def test_a_first_saying_right_after_a_dated_hearing_is_its_start(dated):
    text = (
        "At a hearing on Monday, the council questioned the port director about the spill.\n\n"
        "The director initially said the spill at the harbor was small."
    )
    assert when(dated(text), "the spill at the harbor") == ("2021-02-15", "context")


def test_an_earlier_claim_takes_no_date_from_the_event_told(dated):
    text = (
        "The council voted on the harbor levy on Monday.\n\n"
        "The vote was a blow to the mayor's earlier claim that the levy would pass easily."
    )
    records = dated(text)
    assert holding(records, "would pass easily") == (None, None)


def test_a_claim_without_a_time_keeps_the_publication_day(dated):
    text = "The mayor's claim that the levy would pass easily drew scorn from the council."
    assert holding(dated(text), "the levy would pass") == (PUBLISHED, "document")
