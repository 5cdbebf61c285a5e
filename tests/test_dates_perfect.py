"""The perfect of a saying, at some earlier time the article does not give: verbs joined to a perfect
share it ("has criticized the plan and called it …"), and the contraction the parser misreads ("he's
said …"). Publication date 2021-02-16, a Tuesday."""

from __future__ import annotations

import pytest
from dating import cue_of, when

from quotes.dates.unknown import is_perfect


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # A past form joined to a perfect shares its auxiliary.
        ("The mayor has criticized the budget and called it “a gift to developers.”", "called", True),
        ("The council has praised the plan, funded the study and promised “a new harbor.”", "promised", True),
        ("The port deal, which the mayor had called “a swindle” and vowed to undo, was signed.", "vowed", True),
        ("The governor had criticized the levy and accused the council of “robbing drivers.”", "accused", True),
        # Not a verb with its own subject or auxiliary, nor a present one.
        ("The mayor has criticized the budget and she called it “a gift to developers.”", "called", False),
        ("The mayor has criticized the budget and will call it “a gift to developers” again.", "call", False),
        ("The mayor has criticized the budget and calls it “a gift to developers.”", "calls", False),
        # After the past perfect, only an act of saying is shared: the story goes back to its own time.
        ("The farmer had worked the land for decades and said the drought was “the worst yet.”", "said", False),
        # Inside what was said, the joined verb is the reporter's next act, not the content's.
        ("She said her rivals have ignored the harbor and said that the port “needs money.”", "said that", False),
        # No "and": a verb of another clause the parser joins.
        ("The union has been fighting the plan since the mayor, at the hearing, called it “fair.”", "called", False),
        # "he's said …", "she's told …": the contracted perfect.
        ("He's said the harbor plan is “dead on arrival.”", "said", True),
        ("She’s told reporters the levy is “unfair to drivers.”", "told", True),
        # The passive is not: an empty "it", or "to".
        ("It's said that the harbor plan is “dead on arrival.”", "said", False),
        ("He's said to be “furious” about the levy.", "said", False),
        ("He said the harbor plan is “dead on arrival.”", "said", False),
    ],
)
def test_perfect_shared_and_contracted(nlp, sentence, cue, expected):
    assert is_perfect(cue_of(nlp(sentence), cue)) is expected


def test_a_verb_joined_to_a_perfect_in_an_article_is_undatable(dated):
    text = (
        "The harbor levy returns to the council on Thursday.\n\n"
        "Mayor Ana Ruiz has criticized the levy and called it “a tax on the working poor.”\n\n"
        "“We will not pass it,” Ruiz said on Monday."
    )
    records = dated(text)
    assert when(records, "it “a tax") == (None, None)
    assert when(records, "We will not pass it") == ("2021-02-15", "stated")


def test_the_past_perfect_of_another_act_keeps_the_saying_on_its_day(dated):
    text = (
        "Farmers met in the county hall on Monday to talk about the drought.\n\n"
        "One of them, Sam Okafor, had farmed the valley for forty years and said the dry spell was "
        "“the worst I have seen.”"
    )
    assert when(dated(text), "the dry spell") == ("2021-02-15", "context")


def test_a_contracted_perfect_in_an_article_is_undatable(dated):
    text = (
        "The governor spoke at a rally in the capital on Monday.\n\n"
        "“The levy is dead,” Governor Lee said.\n\n"
        "She's said the harbor plan is “a waste of money.”"
    )
    records = dated(text)
    assert when(records, "The levy is dead") == ("2021-02-15", "context")
    assert when(records, "the harbor plan") == (None, None)
