"""Which verbs govern a quoted phrase (``mixed.cue_phrase``), and which cues do not: verbs of praising,
attacking, advocating and rejecting; a naming verb whose quoted predicate the parser hangs elsewhere;
a cue that introduces the quote before it. One sentence per case."""

import pytest


def _phrases(records):
    return [(r["quote"], r["cue"]) for r in records if r["type"] == "mixed"]


@pytest.mark.parametrize(
    "text, quote, cue",
    [
        ("The union rejected the owners’ offer of a “modest but fair” raise.",
         "the owners’ offer of a “modest but fair” raise", "rejected"),
        ("The senator lambasted the agency’s “reckless” spending on travel.",
         "the agency’s “reckless” spending on travel", "lambasted"),
        ("The governor endorsed the candidates “who will fight for the valley.”",
         "the candidates “who will fight for the valley.”", "endorsed"),
        ("The mayor championed the plan as a “lifeline for small shops.”",
         "the plan as a “lifeline for small shops.”", "championed"),
        ("The chancellor heralded the pact with Ankara as a “breakthrough.”",
         "the pact with Ankara as a “breakthrough.”", "heralded"),
        # verbs of verdict give their object a quoted predicate
        ("The panel deemed the nominee “well qualified.”", "the nominee “well qualified.”", "deemed"),
        ("The board rated both claims “false.”", "both claims “false.”", "rated"),
        # the cue's object keeps the clause that says what it holds
        ("The mayor dismissed a report that the mine was “safe for workers.”",
         "a report that the mine was “safe for workers.”", "dismissed"),
    ],
)
def test_verbs_of_judging_and_advocating_govern_a_quoted_phrase(extract, text, quote, cue):
    assert (quote, cue) in _phrases(extract(text))


def test_a_verb_outside_those_classes_governs_no_phrase(extract):
    assert _phrases(extract("The council painted the old bridge in “festive” colours.")) == []


def test_naming_verb_whose_predicate_the_parser_hangs_on_the_speaker(extract):
    records = extract("Marsh, a Keller ally, called Nevada’s rules “weak.”")
    assert [(r["quote"], r["cue"], r["speaker_mention"]) for r in records] == [
        ("Nevada’s rules “weak.”", "called", "Marsh")
    ]


def test_a_naming_participle_with_nobody_naming_gives_no_record(extract):
    assert extract("Residents of a village called “the end of the road” voted on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "“We won fair and square,” the coach told the radio host “the night owl” after the game.",
        "“Why is it so tall?” asked the boy, who wore a “go team” cap.",
    ],
)
def test_no_phrase_after_a_cue_that_introduces_the_quote_before_it(extract, text):
    assert _phrases(extract(text)) == []


@pytest.mark.parametrize(
    "text, quote, cue",
    [
        # another act after the introducing cue governs its own phrase
        ("“It is over,” he said, calling the deal “a betrayal of workers.”", "the deal “a betrayal of workers.”", "calling"),
        # a quote that ends its own sentence introduces nothing
        ("The council called the plan “hasty.” The mayor called the budget “a disaster waiting to happen.”",
         "the budget “a disaster waiting to happen.”", "called"),
    ],
)
def test_phrase_of_a_cue_that_introduces_no_quote_before_it(extract, text, quote, cue):
    assert (quote, cue) in _phrases(extract(text))


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The mayor painted the plan as being “a gift to developers.”", "the plan as being “a gift to developers.”"),
        ("The mayor treated the vote as “a referendum on the park.”", "the vote as “a referendum on the park.”"),
    ],
)
def test_a_verb_casting_its_object_as_a_quoted_phrase_also_through_a_gerund(extract, text, quote):
    assert (quote, "mixed.as_phrase") in [(r["quote"], r["rule"]) for r in extract(text)]


def test_no_cast_when_the_gerund_has_a_clause_of_its_own(extract):
    records = extract("The mayor treated the vote as showing that the town was “tired of waiting.”")
    assert "mixed.as_phrase" not in [r["rule"] for r in records]
