"""Dates of speech events carried through an article, dating that comes later, fronted and anaphoric
times, dated media and undatable other times. Publication date 2021-02-16, a Tuesday."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-02-16"
HEARING = "The committee held a hearing on Thursday on the contract."
MONDAY, FRIDAY, LAST_WEDNESDAY = "2021-02-15", "2021-02-12", "2021-02-10"


@pytest.fixture(scope="module")
def dated(extract):
    """``dated(text)`` → [(quote start, date, date_basis)] in text order."""

    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(r["quote"][:24], r["date"], r["date_basis"]) for r in extract(text, PUBLISHED)]

    return run


def when(records, start: str) -> tuple[str | None, str | None]:
    hits = [(date, basis) for quote, date, basis in records if quote.startswith(start)]
    assert len(hits) == 1, records
    return hits[0]


# --------------------------------------------------------------------------- one sentence


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        # Fronted time adverbials date the saying.
        ("Last year, the senator said the bill was dead.", "the bill was dead", ("2020", "stated")),
        ("Last week a campaign spokeswoman said the candidate was fine.", "the candidate was fine", ("2021-02", "stated")),
        # A date inside what was said does not.
        ("The senator said last year's bill was dead.", "last year's bill", (PUBLISHED, "document")),
        # Dated media: the cue in a relative clause of a dated tweet, interview, speech.
        ("He deleted a 2011 tweet in which he said the economy was weak.", "the economy was weak", ("2011", "stated")),
        ("He deleted a tweet in which he said the economy was weak.", "the economy was weak", (PUBLISHED, "document")),
        # After an occasion of speech that a day dates: the same occasion; after another event: not its day.
        ("Smith said after Monday's debate that the plan was dead.", "the plan was dead", (MONDAY, "stated")),
        ("Smith spoke after the Friday floods, saying that the plan was dead.", "the plan was dead",
         (PUBLISHED, "document")),
        ("Soon after the Friday floods, Smith said that the plan was dead.", "the plan was dead", (FRIDAY, "stated")),
    ],
)
def test_time_of_the_saying_in_its_own_sentence(dated, text, start, expected):
    assert when(dated(text), start) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Smith recently said the plan was dead.",
        "Smith recently\u00a0said the plan was dead.",  # a no-break space the tokenizer keeps
        "In a recent interview, Smith said the plan was dead.",
        "Smith said in another interview that the plan was dead.",
        "In a Bloomberg interview, Smith said the plan was dead.",
        "Several weeks ago, Smith said the plan was dead.",
        "Smith has said the plan was dead.",
        "Smith had said the plan was dead.",
        "Critics have embraced the plan, warning that the plan was dead.",
        # An earlier time with no count.
        "Years ago, Smith said the plan was dead.",
        "Smith told a reporter a while back that the plan was dead.",
        # A vague span from a time told before.
        "Years later, Smith said the plan was dead.",
        "A few months later, Smith told a magazine that the plan was dead.",
        # The span of a campaign holds many undated occasions.
        "Smith said at one point during the campaign that the plan was dead.",
        "On the campaign trail, Smith told crowds that the plan was dead.",
        # Words replayed on a recording the sentence does not date.
        "The ad uses footage of Smith saying, “the plan was dead.”",
        "A video shows Smith saying, “the plan was dead.”",
        # Some time after the events told.
        "Smith later said that the plan was dead.",
        # A book the sentence does not date.
        "In her memoir, Smith wrote that the plan was dead.",
        # The perfect progressive: over a stretch of time up to now.
        "Smith has been warning that the plan was dead.",
        "Smith's been saying that the plan was dead.",
        # A habit.
        "As Smith likes to say, “the plan was dead.”",
        # A verb joined to one at an undatable time shares it.
        "Smith later posted a photo and said that the plan was dead.",
    ],
)
def test_undatable_other_times_are_null(dated, text):
    date, basis = when(dated(text), "the plan was dead")
    assert (date, basis) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith said in an interview that the plan was dead.", (PUBLISHED, "document")),  # with this reporter
        ("Smith has said on Monday that the plan was dead.", (MONDAY, "stated")),  # a date still wins
        ("Two weeks ago, Smith said the plan was dead.", ("2021-02", "stated")),
        ("Smith said during the campaign event that the plan was dead.", (PUBLISHED, "document")),  # one occasion
        ("A video from Monday shows Smith saying, “the plan was dead.”", (PUBLISHED, "document")),  # dated recording
        ("Smith said later that day that the plan was dead.", (PUBLISHED, "document")),  # no day told before
        ("Smith later told reporters on Monday that the plan was dead.", (MONDAY, "stated")),
        ("Smith brought up the vote and later said that the plan was dead.", (PUBLISHED, "document")),
        ("Smith is warning that the plan was dead.", (PUBLISHED, "document")),
        ("Smith once ran a farm and she said that the plan was dead.", (PUBLISHED, "document")),
    ],
)
def test_datable_times_are_not_unknown(dated, text, expected):
    assert when(dated(text), "the plan was dead") == expected


@pytest.mark.parametrize(
    "text",
    ["“Towns that tried it in the past went broke,” Lee said.", "Lee said, “as long as the towns pay, it works.”"],
)
def test_times_inside_the_quote_are_not_the_saying(dated, text):
    assert dated(text)[0][1:] == (PUBLISHED, "document")


@pytest.mark.parametrize(
    "text", ["Smith said the plan had died years ago.", "Smith said the plan had died a few years later."]
)
def test_an_earlier_time_inside_what_was_said_is_not_the_saying(dated, text):
    assert when(dated(text), "the plan had died") == (PUBLISHED, "document")


# --------------------------------------------------------------------------- a quote going on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The rest of the same words: the time the first part's sentence gives, or that it cannot be told.
        ("“The plan is dead,” Lee said recently. “Nobody in this town wants it any more.”", (None, None)),
        ("“The plan is dead,” Lee said in a recent interview. “Nobody in this town wants it any more.”", (None, None)),
        ("“The plan is dead,” Lee said on Monday. “Nobody in this town wants it any more.”", (MONDAY, "context")),
        ("“The plan is dead,” Lee said. “Nobody in this town wants it any more.”", (PUBLISHED, "document")),
        # A reported clause between is not the quote it goes on with.
        ("“The plan is dead,” said Lee, who has accused rivals of lying. “Nobody in this town wants it any more.”", (PUBLISHED, "document")),
    ],
)
def test_a_quote_going_on_shares_the_time_of_its_first_part(dated, text, expected):
    assert when(dated(text), "Nobody in this town") == expected


def test_a_quote_going_on_takes_the_time_of_its_own_first_part(dated):
    records = dated(
        "Sen. Ann Lee spoke at a rally in Tampa on Monday.\n\n"
        "“We will win,” Lee said. “Nobody can stop us.”\n\n"
        "“Voters are tired,” Lee told a reporter recently. “They want a real change in this state.”"
    )
    assert when(records, "Nobody can stop us") == (MONDAY, "context")
    assert when(records, "They want a real change") == (None, None)


# --------------------------------------------------------------------------- an undatable occasion


@pytest.mark.parametrize(
    ("text", "next_words"),
    [
        ("Mayor Ann Lee said in a recent interview that the plan was dead. Lee said the vote would be close.", "the vote"),
        ("Mayor Ann Lee recently told a radio host that the plan was dead.\n\n“The vote will be close,” Lee said.", "The vote"),
        (
            "Mayor Ann Lee said in a recent interview that the plan was dead.\n\n"
            "Lee also insisted in the same interview that the vote would be close.",
            "the vote",
        ),
    ],
)
def test_the_speakers_next_words_are_from_the_undatable_occasion(dated, text, next_words):
    records = dated(text)
    assert when(records, "the plan was dead") == (None, None)
    assert when(records, next_words) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # Somebody else.
        "Mayor Ann Lee said in a recent interview that the plan was dead.\n\nCouncilman Tom Park said the vote would be close.",
        # Too far on.
        "Mayor Ann Lee said in a recent interview that the plan was dead.\n\nThe council meets monthly.\n\n"
        "The budget is large.\n\nLee said the vote would be close.",
        # An occasion of their own.
        "Mayor Ann Lee said in a recent interview that the plan was dead.\n\nLee said in a statement that the vote would be close.",
        # A habit, not one occasion.
        "Mayor Ann Lee has long said that the plan was dead.\n\nLee said the vote would be close.",
    ],
)
def test_an_undatable_occasion_reaches_only_its_speakers_next_words(dated, text):
    assert when(dated(text), "the vote would be close") == (PUBLISHED, "document")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "At the time" points back at the undatable occasion just told, not at Monday's rally.
        (
            "Sen. Ann Lee spoke at a rally in Tampa on Monday.\n\n"
            "Years ago, Lee told a crowd that the plan was dead. At the time, Lee said the vote would be close.",
            (None, None),
        ),
        # The rally is told after it: the time is the rally's.
        (
            "Years ago, Lee told a crowd that the plan was dead.\n\n"
            "Sen. Ann Lee spoke at a rally in Tampa on Monday. At the time, Lee said the vote would be close.",
            (MONDAY, "stated"),
        ),
    ],
)
def test_a_time_pointing_back_at_an_undatable_occasion(dated, text, expected):
    assert when(dated(text), "the vote would be close") == expected


def test_an_undatable_aside_does_not_end_the_dated_event(dated):
    records = dated(
        "Sen. Ann Lee spoke at a rally in Tampa on Monday.\n\n"
        "Her rival, Tom Park, said in a recent interview that she would lose.\n\n"
        "“We will win this state,” Lee said."
    )
    assert when(records, "she would lose") == (None, None)
    assert when(records, "We will win") == (MONDAY, "context")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # Again and again at the hearing just told.
        (HEARING, "Democrats repeatedly noted that the witness had refused before.", ("2021-02-11", "context")),
        # The perfect reaches back before it.
        (HEARING, "Democrats have repeatedly noted that the witness had refused before.", (None, None)),
        # No gathering told: a deal signed on Thursday.
        ("The contract was signed on Thursday.", "Democrats repeatedly noted that the witness had refused before.",
         (None, None)),
        # The hearing is told too far back.
        (HEARING + "\n\nThe contract is large.\n\nIt runs to 2030.", "Democrats repeatedly noted that the "
         "witness had refused before.", (None, None)),
    ],
)
def test_repeatedly_right_after_a_dated_gathering(dated, first, second, expected):
    assert when(dated(f"{first}\n\n{second}"), "the witness had refused") == expected


# --------------------------------------------------------------------------- across paragraphs


def test_event_dated_once_carries_to_its_speakers_later_quotes(dated):
    records = dated(
        "Sen. Ann Lee spoke at a rally in Tampa on Monday.\n\n"
        "The crowd filled the hall.\n\n"
        "“We will win this state,” Lee said.\n\n"
        "“Nobody else is listening to you,” she added."
    )
    assert when(records, "We will win") == (MONDAY, "context")
    assert when(records, "Nobody else") == (MONDAY, "context")


def test_event_date_does_not_reach_an_unrelated_speaker(dated):
    records = dated(
        "Sen. Ann Lee spoke at a rally in Tampa on Monday.\n\n"
        "Turnout has been high all year.\n\n"
        "The state budget is also at stake.\n\n"
        "“Voters care about roads,” said Tom Park, a professor of politics at the state university."
    )
    assert when(records, "Voters care") == (PUBLISHED, "document")


def test_present_tense_says_stays_on_the_publication_day(dated):
    records = dated("Sen. Ann Lee spoke at a rally in Tampa on Monday.\n\n“We will win,” Lee says.")
    assert when(records, "We will win") == (PUBLISHED, "document")


def test_others_at_the_same_event(dated):
    records = dated(
        "European leaders met Friday in Bratislava to discuss the union's future.\n\n"
        "The talks ran late into the evening.\n\n"
        "“We are in a critical situation,” Angela Merkel told reporters after the meeting."
    )
    assert when(records, "We are in a critical") == (FRIDAY, "context")


def test_an_interview_is_another_occasion(dated):
    records = dated(
        "European leaders met Friday in Bratislava to discuss the union's future.\n\n"
        "“We are in a critical situation,” Angela Merkel said in an interview."
    )
    assert when(records, "We are in a critical") == (PUBLISHED, "document")


def test_another_date_ends_the_event(dated):
    records = dated(
        "Sen. Ann Lee spoke at a rally in Tampa on Monday.\n\n"
        "“We will win,” Lee said.\n\n"
        "Lee said Friday that the polls were wrong.\n\n"
        "“They always are,” she added."
    )
    assert when(records, "They always are") == (FRIDAY, "context")


def test_dating_that_comes_later(dated):
    records = dated(
        "President Ivan Petrov told local media he will respect the constitution.\n\n"
        "In his remarks, aired on Sunday but made last Wednesday, Petrov added he wants better ties."
    )
    assert when(records, "he will respect") == (LAST_WEDNESDAY, "context")
    assert when(records, "he wants better ties") == (LAST_WEDNESDAY, "stated")


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # The rally the lede told of, dated in the next paragraph.
        ("During the rally Monday, Lee said the state was ready.", (MONDAY, "context")),
        # A rally not referred back to ("a rally"), or somebody else's words: the lede stays undated.
        ("At a rally Monday, Lee said the state was ready.", (PUBLISHED, "document")),
        ("During the rally Monday, Mayor Omar Diaz said the state was ready.", (PUBLISHED, "document")),
    ],
)
def test_a_later_dating_of_the_occasion_the_lede_told(dated, second, expected):
    records = dated(f"Former governor Ann Lee criticized the budget as a “waste” during a campaign stop.\n\n{second}")
    assert when(records, "the budget") == expected


def test_later_dating_of_someone_else_does_not_date_the_lede(dated):
    records = dated(
        "President Ivan Petrov told local media he will respect the constitution.\n\n"
        "In his remarks, made last Wednesday, Prime Minister Olga Sova added she wants better ties."
    )
    assert when(records, "he will respect") == (PUBLISHED, "document")


def test_times_that_point_back_at_the_event(dated):
    records = dated(
        "Ruth Vale refused to endorse the nominee in a speech at the convention in July.\n\n"
        "“No, this is a matter of principle,” Vale said at the time.\n\n"
        "At a breakfast with delegates the following morning, Vale said she would not back down."
    )
    assert when(records, "No, this is a matter of") == ("2020-07", "stated")
    assert when(records, "she would not back down") == ("2020-07", "stated")


def test_a_time_pointing_back_with_no_event_before_is_not_a_date(dated):
    records = dated("“No, this is a matter of principle,” Vale said at the time.")
    assert when(records, "No, this is a matter of") == (PUBLISHED, "document")


def test_a_dated_book_does_not_date_later_quotes(dated):
    records = dated(
        "In his 2002 book, Kevin Hart suggested that debt is a last resort.\n\n"
        "“I don't judge what people spend money on,” Hart said."
    )
    assert when(records, "debt is a last resort") == ("2002", "stated")
    assert when(records, "I don't judge") == (PUBLISHED, "document")


def test_background_years_and_dates_inside_reported_content_are_not_events(dated):
    records = dated(
        "In 2009, when the president offered states money, many took it.\n\n"
        "“It was a good deal,” Governor Ruth Vale said.\n\n"
        "Vale said she expects the senator to recover from pneumonia, which forced him to leave a Feb. 11 "
        "memorial event early. But she said the party needs a plan."
    )
    assert when(records, "It was a good deal") == (PUBLISHED, "document")
    assert when(records, "the party needs a plan") == (PUBLISHED, "document")


@pytest.mark.parametrize(
    "first",
    [
        "The leaders will meet on Thursday in Rome.",
        "The committee must raise the money before the event on Thursday.",
        "A low point came at the 2009 climate summit, when the talks failed.",
    ],
)
def test_future_and_background_events_do_not_date_later_quotes(dated, first):
    records = dated(f"{first}\n\n“We expect progress,” Mayor Ana Ruiz of Rome said.")
    assert when(records, "We expect progress") == (PUBLISHED, "document")


def test_a_dated_letter_is_not_a_gathering_others_speak_at(dated):
    records = dated(
        "The town mailed a legal warning letter to the Vale campaign on Thursday.\n\n"
        "The campaign's county chair, Ana Ruiz, said she could not discuss the warning."
    )
    assert when(records, "she could not discuss") == (PUBLISHED, "document")


def test_a_quote_from_the_dated_letter_takes_its_date(dated):
    records = dated(
        "The town mailed a legal warning letter to the Vale campaign on Thursday.\n\n"
        "The ad features images of uniformed officers.\n\n"
        "City Attorney Omar Diaz said in the letter that the ad deceives voters."
    )
    assert when(records, "the ad deceives voters") == ("2021-02-11", "context")


def test_a_gathering_the_story_stays_at_keeps_its_date(dated):
    records = dated(
        "This reporter was at a protest in downtown Tulsa on Monday.\n\n"
        "Unlike demonstrations elsewhere, the Tulsa protest remained peaceful.\n\n"
        "Demonstrators said they want justice, but pledged to remain civil."
    )
    assert when(records, "they want justice") == (MONDAY, "context")


def test_without_a_word_on_the_gathering_its_date_does_not_reach_that_far(dated):
    records = dated(
        "This reporter was at a protest in downtown Tulsa on Monday.\n\n"
        "Unlike other cities, Tulsa has had few shootings.\n\n"
        "Demonstrators said they want justice, but pledged to remain civil."
    )
    assert when(records, "they want justice") == (PUBLISHED, "document")


def test_a_month_and_day_almost_a_year_back_is_the_coming_one(dated):
    records = dated(
        "Sen. Ann Lee holds a rally at the Feb. 20 caucuses in Des Moines.\n\n“We will be there,” Lee said."
    )
    assert when(records, "We will be there") == (PUBLISHED, "document")


# --------------------------------------------------------------------------- headlines


def test_a_headline_takes_the_date_its_body_gives_its_speaker(dated):
    records = dated(
        "Senator Vale endorses Ruiz, who says she is grateful.\n\n"
        "Senator from Ohio says she cannot let Diaz win.\n\n"
        "Sen. Ruth Vale is endorsing Ana Ruiz's bid for governor, a turn in a bumpy rivalry "
        "between the two women that has swung from warm praise to bitter personal attacks.\n\n"
        "In a post on Friday, Vale said she has had many serious disagreements with Ruiz.\n\n"
        "In a statement Friday, Ruiz said: “I am deeply grateful for the support of Senator Vale.”"
    )
    assert when(records, "she is grateful") == (FRIDAY, "context")
    assert when(records, "she cannot let Diaz") == (FRIDAY, "context")


@pytest.mark.parametrize(
    "body",
    [
        # The body leaves the speaker's first quote on the publication day: so does the headline.
        "Governor Ruth Vale said the tax was unfair. On Friday, Vale said the vote would be close.",
        # Another speaker dated: no date for the headline's.
        "Mayor Ana Ruiz said on Friday that the tax was unfair.",
    ],
)
def test_a_headline_keeps_the_publication_day_without_a_dated_body_quote(dated, body):
    records = dated(f"Vale says the tax is unfair.\n\n{body}")
    assert when(records, "the tax is unfair") == (PUBLISHED, "document")


def test_a_lede_in_the_past_tense_is_not_a_subhead(dated):
    records = dated(
        "Vale says the tax is unfair.\n\n"
        "Governor Ruth Vale announced the tax was too high.\n\n"
        "In a statement Friday, Vale said the vote would be close, and added that she would sign it."
    )
    assert when(records, "the tax was too high") == (PUBLISHED, "document")
    assert when(records, "the tax is unfair") == (PUBLISHED, "document")  # the body's first Vale quote


def test_a_headline_group_speaker_is_not_matched_by_its_noun(dated):
    records = dated(
        "Some angry supporters threaten to cast protest votes.\n\n"
        "Hundreds of supporters marched through the city on Friday. Many supporters said they would vote "
        "for Stein, who spoke at a rally that evening, unless the party changes course."
    )
    assert when(records, "to cast protest votes") == (PUBLISHED, "document")


PLAN = " defended the city's plan to add 40 police officers."


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("Speaking to reporters in Ottawa on Monday, Mayor Dana Leclerc" + PLAN, (MONDAY, "context")),
        ("Addressing the council on Monday, Mayor Dana Leclerc" + PLAN, (MONDAY, "context")),
        # negatives: no day, another event's day, or a future act date no speech event
        ("Speaking to reporters, Mayor Dana Leclerc" + PLAN, (PUBLISHED, "document")),
        ("Speaking about the Monday floods, Mayor Dana Leclerc" + PLAN, (PUBLISHED, "document")),
        ("Speaking to reporters on Monday, Mayor Dana Leclerc will defend the plan to add officers.",
         (PUBLISHED, "document")),
    ],
)
def test_a_fronted_participle_of_speaking_dates_the_quotes_that_follow(dated, lede, expected):
    records = dated(lede + '\n\n"Residents do not feel safe downtown," she said.')
    assert when(records, "Residents do not") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The premier, who spoke at a news conference in Regina on Monday, said the centre would open soon.",
         (MONDAY, "stated")),
        ("The premier, who was speaking to reporters on Monday, said the centre would open soon.", (MONDAY, "stated")),
        # negatives: a relative clause of another act, and a later time on the cue itself
        ("The premier, who visited the site in Regina on Monday, said the centre would open soon.",
         (PUBLISHED, "document")),
        ("The premier, who spoke on Friday, said on Monday that the centre would open soon.", (MONDAY, "stated")),
        ("The premier, who had spoken to reporters on Monday, said the centre would open soon.", (PUBLISHED, "document")),
        ("The premier, who will speak to reporters on Monday, said the centre would open soon.", (PUBLISHED, "document")),
    ],
)
def test_the_speakers_relative_clause_of_speaking_dates_the_saying(dated, text, expected):
    assert when(dated(text), "the centre would open") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister told BBC Radio 4's Today programme on Sunday that the scheme would be reviewed.",
         ("2021-02-14", "stated")),
        ("The minister told the Commons committee on Monday that the scheme would be reviewed.", (MONDAY, "stated")),
        # negatives: a day inside another phrase after the addressee, and no day at all
        ("The minister told the inquiry on the Monday crash that the scheme would be reviewed.",
         (PUBLISHED, "document")),
        ("The minister told the Commons committee that the scheme would be reviewed.", (PUBLISHED, "document")),
    ],
)
def test_a_day_hung_on_the_addressee_dates_the_telling(dated, text, expected):
    assert when(dated(text), "the scheme would be") == expected


FEDERATION_REPLY = (
    "Mayor Jane Roe made the city's final offer last week.\n\n"
    "The Teachers' Federation rejected the offer on Monday. {speaker} told reporters the raise was too small.\n\n"
    '"Teachers are tired," Becker said.'
)


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Federation president Sam Becker", (MONDAY, "context")),
        # negatives: a title naming another organisation, and no title at all
        ("Union president Sam Becker", (PUBLISHED, "document")),
        ("Sam Becker", (PUBLISHED, "document")),
    ],
)
def test_a_speaker_whose_title_names_the_organisation_that_acted_takes_its_date(dated, speaker, expected):
    records = dated(FEDERATION_REPLY.format(speaker=speaker))
    assert when(records, "the raise was too small") == expected
    assert when(records, "Teachers are tired") == expected
