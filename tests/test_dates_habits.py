"""Quotes given as instances of a habit of speaking told just before ("The two rivals spent months
trading insults. Ruiz called Lee …") were said at undatable times within that stretch: no date.
Publication date 2021-02-16, a Tuesday."""

from __future__ import annotations

import pytest
from dating import holding as when

from quotes.dates.events import ParagraphText
from quotes.dates.habits import habit_frames


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A stretch spent on a word act, read by its words (the parser often makes a compound of it).
        ("The two mayors spent months lobbing sharp insults at one another.", "spent months"),
        ("Ruiz has spent weeks attacking the levy.", "spent weeks"),
        ("Ruiz spent much of the week criticizing the council.", "spent much of the week"),
        # A verb of judging with a word of habit, or over a stretch of time.
        ("The senator has repeatedly attacked the harbor plan.", "repeatedly"),
        ("For years, the union criticized the levy.", "For years"),
        ("Okafor mocked the plan throughout the campaign.", "throughout the campaign"),
        ("The rivals often traded barbs over the harbor.", "often"),
        # Not a stretch spent on something else, nor a habit of another act.
        ("The mayor spent months building the bridge.", None),
        ("The mayor often visits the harbor.", None),
        # Not one occasion, nor a dated one: those are events.
        ("Okafor mocked the plan during the debate.", None),
        ("Okafor repeatedly mocked the plan on Monday.", None),
        # Not a habit to come, nor a view held in reported words (the next words may be said now).
        ("Ruiz will repeatedly attack the plan.", None),
        ("Mayor Ann Lee has long said that the plan was dead.", None),
    ],
)
def test_habit_frames(nlp, sentence, expected):
    frames = habit_frames([ParagraphText(0, nlp(sentence))])
    assert [f.text for f in frames] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        # The instance right after the frame, in its paragraph.
        "The two mayors spent months lobbing insults at one another. Ruiz called Lee “a fraud and a bully.”",
        # And in the next paragraph, by somebody the frame names.
        "Mayor Ruiz has repeatedly attacked Councilman Lee over the levy.\n\n"
        "Ruiz called Lee “a fraud and a bully.”",
    ],
)
def test_words_after_a_habit_of_speaking_are_undatable(dated, text):
    assert when(dated(text), "a fraud") == (None, None)


def test_both_sides_of_a_feud_over_two_paragraphs(dated):
    text = (
        "The two mayors spent months lobbing insults at one another. Ruiz called Lee “a fraud.”\n\n"
        "Lee answered in kind, and called Ruiz “a clown with a budget.”\n\n"
        "“We are friends now,” Lee said on Monday."
    )
    records = dated(text)
    assert when(records, "a fraud") == (None, None)
    assert when(records, "a clown") == (None, None)
    assert when(records, "We are friends now") == ("2021-02-15", "stated")


@pytest.mark.parametrize(
    "text",
    [
        # The present: words of now.
        "The two mayors spent months lobbing insults at one another. Ruiz says Lee is “a fraud.”",
        # Somebody the frame does not name.
        "Mayor Ruiz has repeatedly attacked Councilman Lee over the levy.\n\n"
        "Councilwoman Park called the feud “a fraud on the voters.”",
        # Too far on.
        "The two mayors spent months lobbing insults at one another.\n\nThe levy passed.\n\n"
        "The harbor reopened.\n\nRuiz called the vote “a fraud.”",
        # An occasion of its own.
        "The two mayors spent months lobbing insults at one another.\n\n"
        "Ruiz said in an interview that the levy was “a fraud.”",
        # A view held, not a behaviour: the next words may be said now.
        "Mayor Ann Lee has long said that the plan was dead.\n\nLee said the vote was “a fraud.”",
    ],
)
def test_words_that_are_no_instance_of_the_habit_keep_the_publication_day(dated, text):
    assert when(dated(text), "a fraud") == ("2021-02-16", "document")


def test_repeating_at_a_dated_hearing_is_no_habit(dated):
    text = (
        "The council held a hearing on the levy on Thursday.\n\n"
        "Members repeatedly attacked the plan. Councilwoman Park called it “a fraud.”"
    )
    assert when(dated(text), "a fraud") == ("2021-02-11", "context")


def test_an_event_told_after_the_habit_ends_it(dated):
    text = (
        "The two mayors spent months lobbing insults at one another.\n\n"
        "On Monday they met at a rally. Ruiz called Lee “a fraud.”"
    )
    assert when(dated(text), "a fraud") == ("2021-02-15", "context")
