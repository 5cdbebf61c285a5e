"""A contest or sitting reported as the article's event (a game, a match, a council vote, a ruling) is
the occasion its participants are quoted at in the next paragraphs. Publication date 2021-02-16, a
Tuesday."""

from __future__ import annotations

import pytest
from dating import PUBLISHED, when

from quotes.dates.events import reports_contest

SATURDAY, SUNDAY, MONDAY, THURSDAY = "2021-02-13", "2021-02-14", "2021-02-15", "2021-02-11"


# --------------------------------------------------------------------------- one sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Oilers beat the Flames 4-2 on Saturday night.", True),
        ("The town council voted 5-2 on Monday to widen the bridge.", True),
        ("Riverton drew 1-1 with Harbor City in Sunday's match.", True),
        ("The appeals court ruled on Monday that the new map was lawful.", True),
        ("The mayor denied the report on Monday.", False),
        ("The Oilers signed a new goalie on Saturday.", False),
        ("The mayor toured the new library on Monday.", False),
    ],
)
def test_a_sentence_reporting_a_contest_or_sitting(nlp, sentence, expected):
    assert reports_contest(next(nlp(sentence).sents)) is expected


# --------------------------------------------------------------------------- across paragraphs

GAME = (
    "The Oilers beat the Flames 4-2 on Saturday night at the downtown arena.\n\n"
    "\u201cWe played hard from the first shift,\u201d coach Jane Roe said.\n\n"
    "\u201cIt was a team effort,\u201d said forward John Doe.\n\n"
)


def test_everyone_quoted_after_a_game_speaks_of_it(dated):
    records = dated(GAME + "Goalie Mark Fenn stopped 31 shots. \u201cThe guys made it easy,\u201d Fenn said.")
    assert when(records, "We played hard") == (SATURDAY, "context")
    assert when(records, "It was a team effort") == (SATURDAY, "context")
    assert when(records, "The guys made it easy") == (SATURDAY, "context")


def test_everyone_quoted_after_a_council_vote_speaks_of_it(dated):
    records = dated(
        "The town council voted 5-2 on Monday night to widen the bridge on Elm Street.\n\n"
        "\u201cThis is a safer crossing for everyone,\u201d Mayor Linda Park said.\n\n"
        "Councilman Tom Reyes voted against the plan. \u201cShops will lose parking,\u201d he said.\n\n"
        "\u201cWe listened to the neighborhood,\u201d said Councilwoman Ana Ruiz."
    )
    assert when(records, "This is a safer") == (MONDAY, "context")
    assert when(records, "Shops will lose") == (MONDAY, "context")
    assert when(records, "We listened") == (MONDAY, "context")


def test_a_quote_about_another_day_keeps_its_date(dated):
    records = dated(GAME + "On Thursday, Roe said the club would sign a new defender.")
    assert when(records, "the club would sign") == (THURSDAY, "stated")


def test_a_quote_from_another_occasion_keeps_the_publication_day(dated):
    records = dated(GAME + "\u201cWe need more depth,\u201d Roe said in an interview.")
    assert when(records, "We need more depth") == (PUBLISHED, "document")


def test_quotes_after_an_event_that_is_no_contest_keep_the_publication_day(dated):
    records = dated(
        "The Oilers signed a new goalie on Saturday.\n\n"
        "\u201cHe will help us,\u201d coach Jane Roe said.\n\n"
        "\u201cIt is a good deal,\u201d said forward John Doe."
    )
    assert when(records, "It is a good deal") == (PUBLISHED, "document")
