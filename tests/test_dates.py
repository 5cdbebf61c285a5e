"""Publication dates, time-expression resolution and the date each quote was said."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.dates import (
    DatingItem,
    UtteranceDate,
    assign_dates,
    document_date,
    find_text_date,
    is_unknown_time,
    is_vague_time,
    parse_date_value,
    resolve_expression,
    stated_date,
    unknown_time_text,
)
from quotes.dates.unknown import is_perfect
from quotes.position import Position

D = datetime.date


def cue_of(doc, cue: str, *, after: str = ""):
    """The cue span found by its text (first occurrence after ``after``)."""
    start = doc.text.index(cue, doc.text.index(after) if after else 0)
    span = doc.char_span(start, start + len(cue))
    assert span is not None, cue
    return span


def range_of(doc, quote: str) -> tuple[int, int]:
    start = doc.text.index(quote)
    return start, start + len(quote)


# --------------------------------------------------------------------------------------------- resolve_expression

TUE = D(2021, 2, 16)  # a Tuesday


@pytest.mark.parametrize(
    ("expression", "reference", "expected"),
    [
        # Bare weekday: most recent such day on or before the reference.
        ("Monday", TUE, "2021-02-15"),
        ("on Tuesday", TUE, "2021-02-16"),
        ("Wednesday", TUE, "2021-02-10"),
        ("Sunday's", TUE, "2021-02-14"),
        ("Monday night", TUE, "2021-02-15"),
        ("Friday morning", TUE, "2021-02-12"),
        # "last <weekday>" is strictly before the reference (AP style).
        ("last Tuesday", TUE, "2021-02-09"),
        ("last Wednesday", TUE, "2021-02-10"),
        ("last Monday", TUE, "2021-02-15"),
        ("Friday", D(2021, 1, 3), "2021-01-01"),
        ("Thursday", D(2021, 1, 1), "2020-12-31"),
        # Day words.
        ("yesterday", TUE, "2021-02-15"),
        ("yesterday", D(2021, 3, 1), "2021-02-28"),
        ("today", TUE, "2021-02-16"),
        ("this morning", TUE, "2021-02-16"),
        ("tonight", TUE, "2021-02-16"),
        ("last night", D(2021, 1, 1), "2020-12-31"),
        ("three days ago", TUE, "2021-02-13"),
        # Month + day without a year: the most recent one not after the reference.
        ("Feb. 1", TUE, "2021-02-01"),
        ("on Feb. 1", TUE, "2021-02-01"),
        ("February 1st", TUE, "2021-02-01"),
        ("1 February", TUE, "2021-02-01"),
        ("Feb. 16", TUE, "2021-02-16"),
        ("Feb. 17", TUE, "2020-02-17"),
        ("Dec. 30", D(2021, 1, 5), "2020-12-30"),
        ("Sept. 3", D(2021, 1, 5), "2020-09-03"),
        # Leap days look back to the most recent leap year.
        ("Feb. 29", D(2021, 3, 1), "2020-02-29"),
        ("Feb. 29", D(2024, 2, 29), "2024-02-29"),
        ("Feb. 29", D(2024, 2, 28), "2020-02-29"),
        ("Feb. 29", D(2100, 3, 1), "2096-02-29"),
        ("Feb. 30", TUE, None),
        # Full dates as written, with or without a reference.
        ("Feb. 1, 2021", None, "2021-02-01"),
        ("on March 3, 2019", TUE, "2019-03-03"),
        ("2021-02-01", None, "2021-02-01"),
        ("Feb. 29, 2020", None, "2020-02-29"),
        ("Feb. 29, 2021", TUE, None),
        # Weeks, months, years.
        ("last week", TUE, "2021-02"),
        ("last week", D(2021, 3, 3), "2021-02"),
        ("last month", TUE, "2021-01"),
        ("last month", D(2021, 1, 10), "2020-12"),
        ("earlier this week", TUE, "2021-02"),
        ("earlier this month", TUE, "2021-02"),
        ("last year", TUE, "2020"),
        ("earlier this year", TUE, "2021"),
        ("in March", TUE, "2020-03"),
        ("in February", TUE, "2021-02"),
        ("in January", TUE, "2021-01"),
        ("in March 2019", None, "2019-03"),
        ("in 2012", None, "2012"),
        ("a 2012 interview", TUE, "2012"),
        # Relative expressions need a reference; the future and vague expressions never resolve.
        ("Monday", None, None),
        ("yesterday", None, None),
        ("last week", None, None),
        ("Feb. 1", None, None),
        ("in March", None, None),
        ("next Monday", TUE, None),
        ("tomorrow", TUE, None),
        ("recently", TUE, None),
        ("the 1990s", TUE, None),
        ("years ago", TUE, None),
        ("a while back", TUE, None),
        ("", TUE, None),
    ],
)
def test_resolve_expression(expression, reference, expected):
    assert resolve_expression(expression, reference) == expected


@settings(max_examples=200, deadline=None)
@given(
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    reference=st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)),
)
def test_month_day_is_never_after_the_reference(month, day, reference):
    name = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."][month - 1]
    resolved = resolve_expression(f"{name} {day}", reference)
    try:
        D(2000, month, day)
    except ValueError:
        assert resolved is None
        return
    assert resolved is not None
    found = D.fromisoformat(resolved)
    assert (found.month, found.day) == (month, day)
    assert found <= reference
    assert (reference - found).days < 366 * 8  # leap days may look back up to eight years (2100)


# --------------------------------------------------------------------------------------------- parse_date_value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-02-16", D(2021, 2, 16)),
        ("2021-02-16T05:30:00Z", D(2021, 2, 16)),
        ("2021-02-16T23:30:00-05:00", D(2021, 2, 16)),  # the publisher's local date, as written
        ("2021-02-16 05:30:00", D(2021, 2, 16)),
        ("Feb. 16, 2021", D(2021, 2, 16)),
        ("16 February 2021", D(2021, 2, 16)),
        ("February 16, 2021 5:30 am", D(2021, 2, 16)),
        ("Tuesday, February 16, 2021", D(2021, 2, 16)),
        ("Tue, 16 Feb 2021 05:30:00 GMT", D(2021, 2, 16)),
        ("2021/02/16", D(2021, 2, 16)),
        ("16.02.2021", D(2021, 2, 16)),
        ("02/16/2021", D(2021, 2, 16)),
        ("16/02/2021", D(2021, 2, 16)),
        ("20210216", D(2021, 2, 16)),
        ("  FEB 16 2021 ", D(2021, 2, 16)),
        ("16 février 2021", D(2021, 2, 16)),  # dateparser fallback
        # Garbage and incomplete values.
        ("", None),
        ("   ", None),
        ("foo", None),
        ("yesterday", None),
        ("Monday", None),
        ("5", None),
        ("2021", None),
        ("Feb. 16", None),
        ("Feb. 30, 2021", None),
        ("2021-13-01", None),
        ("not a date 2021", None),
    ],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_parse_date_value_never_raises(value):
    result = parse_date_value(value)
    assert result is None or isinstance(result, D)


# --------------------------------------------------------------------------------------------- find_text_date

BODY = (
    "The city council voted on Thursday to expand the bus network, officials said.\n\n"
    "The plan, first proposed on March 3, 2019, had stalled for two years.\n\n"
    "Critics said the cost would be too high.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LISBON, Feb. 15, 2021 (Reuters) – The city council voted on Thursday.\n\nMore text.", D(2021, 2, 15)),
        ("SPRINGFIELD, Ill., March 2, 2020 — Lawmakers met.\n", D(2020, 3, 2)),
        ("City votes on buses\n\nPublished Feb. 16, 2021\n\n" + BODY, D(2021, 2, 16)),
        ("City votes on buses\nBy Ana Costa\nFebruary 16, 2021 5:30 am\n\n" + BODY, D(2021, 2, 16)),
        ("City votes on buses\nUpdated: 2021-02-17\n\n" + BODY, D(2021, 2, 17)),
        # A Published line wins over an Updated line.
        ("Updated: 2021-02-17\nPublished: 2021-02-16\n\n" + BODY, D(2021, 2, 16)),
        # A Published line at the end of the article.
        (
            BODY + "\n" + "\n".join(f"Line {i} of the story." for i in range(20)) + "\nPublished on Feb. 16, 2021\n",
            D(2021, 2, 16),
        ),
        # A wire story's closing line says when it was first published.
        (BODY + "\nThis report by The Canadian Press was first published Jan. 5, 2024.\n", D(2024, 1, 5)),
        (BODY + "\nThis story was first published on March 3, 2023.\n", D(2023, 3, 3)),
        # Negatives: a date in ordinary prose; a dateline without a year; nothing at all; a sentence
        # about another report that goes on after its date.
        (BODY, None),
        (BODY + "\nThis report by the auditor was first published Jan. 5, 2024, and revised twice since.\n", None),
        ("City votes on buses\n\n" + "\n\n".join(["Another paragraph of the story."] * 12) + "\n\n" + BODY, None),
        ("LISBON, Feb. 15 (Reuters) – The city council voted on Thursday.\n", None),
        ("", None),
    ],
)
def test_find_text_date(text, expected):
    assert find_text_date(text) == expected


def test_find_text_date_ignores_long_prose_line_at_top():
    text = "On Feb. 15, 2021, the city council voted to expand the bus network after a long debate.\n\n" + BODY
    assert find_text_date(text) is None


# --------------------------------------------------------------------------------------------- document_date


@pytest.mark.parametrize(
    ("input_value", "option_value", "text", "expected"),
    [
        ("2021-02-16", "2020-01-01", "Published Feb. 1, 2019\n", (D(2021, 2, 16), "input", None)),
        (None, "2020-01-01", "Published Feb. 1, 2019\n", (D(2020, 1, 1), "option", None)),
        ("", "2020-01-01", "", (D(2020, 1, 1), "option", None)),
        (None, None, "Published Feb. 1, 2019\n", (D(2019, 2, 1), "text", None)),
        (None, None, "No date here.\n", (None, None, None)),
        ("foo", "2020-01-01", "", (D(2020, 1, 1), "option", "unparseable date field 'foo'; using --date")),
        (
            "foo",
            None,
            "Published Feb. 1, 2019\n",
            (D(2019, 2, 1), "text", "unparseable date field 'foo'; using the date in the text"),
        ),
        (None, "bar", "", (None, None, "unparseable --date 'bar'; no document date")),
    ],
)
def test_document_date(input_value, option_value, text, expected):
    assert document_date(input_value=input_value, option_value=option_value, text=text) == expected


def test_document_date_warning_is_one_line_when_both_values_are_bad():
    _date, _source, warning = document_date(input_value="foo", option_value="bar", text="")
    assert warning is not None and "\n" not in warning
    assert "'foo'" in warning and "'bar'" in warning


# --------------------------------------------------------------------------------------------- stated_date

STATED = [
    # (sentence, cue, quote, expected time expression or None)
    ("The mayor said Tuesday that bus fares would rise in March.", "said", "bus fares would rise in March", "Tuesday"),
    (
        "The senator told reporters last week that she would seek a second term.",
        "told",
        "she would seek a second term",
        "last week",
    ),
    ("Officials said on Feb. 3 the bridge would stay closed.", "said", "the bridge would stay closed", "on Feb. 3"),
    ("In a statement Friday, the airline said it would cut 200 jobs.", "said", "it would cut 200 jobs", "Friday"),
    (
        "During Thursday's hearing, the chief executive said the recall was voluntary.",
        "said",
        "the recall was voluntary",
        "Thursday's",
    ),
    ("In a 2015 interview, the novelist said she wrote every morning.", "said", "she wrote every morning", "2015"),
    ("Speaking at a rally Saturday, the candidate said the race was tight.", "said", "the race was tight", "Saturday"),
    (
        "The ministry issued a statement Sunday, saying the talks had collapsed.",
        "saying",
        "the talks had collapsed",
        "Sunday",
    ),
    ("Officials said yesterday that the museum would reopen.", "said", "the museum would reopen", "yesterday"),
    ("The governor said Monday night that the curfew would end.", "said", "the curfew would end", "Monday night"),
    # Participial clauses: when the words were made beats when they were aired.
    (
        "In an interview, broadcast Sunday but recorded last Thursday, the president added he hoped to visit.",
        "added",
        "he hoped to visit",
        "last Thursday",
    ),
    (
        "In his speech, aired on Sunday but given last Thursday, the president said trade would grow.",
        "said",
        "trade would grow",
        "last Thursday",
    ),
    (
        "The capital responded to the remarks Monday, with the foreign minister insisting the border was closed.",
        "insisting",
        "the border was closed",
        "Monday",
    ),
    (
        "The prime minister said after a cabinet meeting Tuesday that taxes would not rise.",
        "said",
        "taxes would not rise",
        "Tuesday",
    ),
    ("The coach told reporters Wednesday the injury was minor.", "told", "the injury was minor", "Wednesday"),
    # Negatives: the time expression belongs to the content or to another event.
    ("The senator said of the 2019 flood that the town had recovered.", "said", "the town had recovered", None),
    (
        "The song was written by the singer after the 1999 flood, her manager said.",
        "said",
        "The song was written by the singer after the 1999 flood",
        None,
    ),
    (
        "The paper sent its reporter, the 2015 winner of a prize, to interview the farmers.",
        "interview",
        "the farmers",
        None,
    ),
    (
        "The minister added that both leaders agreed in an October phone call they would meet again.",
        "added",
        "both leaders agreed in an October phone call they would meet again",
        None,
    ),
    (
        "The coach said the team, which was founded in 1920, would move to a new stadium.",
        "said",
        "the team, which was founded in 1920, would move to a new stadium",
        None,
    ),
    ("The mayor, who was elected in 2019, said the budget was balanced.", "said", "the budget was balanced", None),
    ("After meeting the unions on Monday, the minister said the strike was over.", "said", "the strike was over", None),
    ("She said before Friday's vote that the bill would pass.", "said", "the bill would pass", None),
    ("The chef said in his annual letter that prices would rise.", "said", "prices would rise", None),
    ("The company said it would reopen the plant on Monday.", "said", "it would reopen the plant on Monday", None),
]


@pytest.mark.parametrize(("sentence", "cue", "quote", "expected"), STATED, ids=[s[0][:40] for s in STATED])
def test_stated_date(nlp, sentence, cue, quote, expected):
    doc = nlp(sentence)
    found = stated_date(cue_of(doc, cue), quote_range=range_of(doc, quote))
    if expected is None:
        assert found is None
    else:
        assert found is not None
        text, start, end = found
        assert text == expected
        assert doc.text[start:end] == text


def test_stated_date_offsets_are_doc_local_in_later_sentences(nlp):
    doc = nlp("The vote was close. The spokesman said on Wednesday that turnout was high.")
    found = stated_date(cue_of(doc, "said"), quote_range=range_of(doc, "turnout was high"))
    assert found == ("on Wednesday", doc.text.index("on Wednesday"), doc.text.index("on Wednesday") + 12)


def test_stated_date_for_according_to_a_dated_statement(nlp):
    doc = nlp("The plan has been shelved, according to a statement released Tuesday.")
    found = stated_date(cue_of(doc, "according to"), quote_range=range_of(doc, "The plan has been shelved"))
    assert found is not None and found[0] == "Tuesday"


def test_stated_date_in_speakers_relative_clause(nlp):
    doc = nlp("The mayor, who spoke to reporters on Tuesday, said the budget was balanced.")
    found = stated_date(cue_of(doc, "said"), quote_range=range_of(doc, "the budget was balanced"))
    assert found is not None and found[0] == "on Tuesday"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("several weeks ago", True),
        ("a few years ago", True),
        ("years ago", True),
        ("long ago", True),
        ("a while back", True),
        # A vague span from a time told before.
        ("years later", True),
        ("a few months earlier", True),
        ("a couple of years later", True),
        # Counted: resolved, not vague.
        ("two years ago", False),
        ("30 years ago", False),
        ("a year ago", False),
        ("last week", False),
    ],
)
def test_is_vague_time(expression, expected):
    assert is_vague_time(expression) is expected


# --------------------------------------------------------------------------------------------- unknown time


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("The governor has long said the tax is unfair.", "said", "long"),
        ("The actor once told an interviewer that he disliked fame.", "told", "once"),
        ("She has repeatedly said the plan would fail.", "said", "repeatedly"),
        ("Critics have often argued the law is vague.", "argued", "often"),
        ("He has said for years that the plan would fail.", "said", "for years"),
        ("The coach used to say that defence wins titles.", "say", "used to"),
        ("The coach said during the campaign that defence wins titles.", "said", "during the campaign"),
        ("The coach later said that defence wins titles.", "said", "later"),
        ("A clip shows the coach saying defence wins titles.", "saying", "clip"),
        ("The coach wrote in his memoir that defence wins titles.", "wrote", "in his memoir"),
        ("Citing the league table, the coach repeatedly argued that defence wins titles.", "Citing", "repeatedly"),
        # A verb joined to the first of two past verbs with one subject shares its time.
        ("The coach later wrote a column and said that defence wins titles.", "said", "later"),
        ("The coach once praised the keeper, called him a wall and said defence wins titles.", "called", "once"),
        ("More recently, the coach said that defence wins titles.", "said", "recently"),
        # A saying the speaker likes, or is known by.
        ("As the coach likes to say, defence wins titles.", "say", "likes to"),
        ("The coach loved to tell players that defence wins titles.", "tell", "loved to"),
        ("The coach was known for saying that defence wins titles.", "saying", "known for"),
        # Negatives.
        ("The governor said the tax is unfair.", "said", None),
        ("The governor said Tuesday the tax is unfair.", "said", None),
        ("Once the vote was over, the governor said the tax was unfair.", "said", None),
        ("The governor said the tax had long been unfair.", "said", None),
        ("The governor said during the campaign rally that the tax was unfair.", "said", None),
        ("The governor said later in the speech that the tax was unfair.", "said", None),
        ("The governor spoke on Monday, adding later that the tax was unfair.", "adding", None),
        ("The governor used the debate to argue that the tax was unfair.", "argue", None),
        ("Later, the governor said the tax was unfair.", "said", None),
        ("The governor writes in her book that the tax is unfair.", "writes", None),
        ("Citing the budget, the governor argued on Monday that the tax was unfair.", "Citing", None),
        ("The governor said in an interview later that the tax was unfair.", "said", None),
        ("A clip from 2019 shows the governor saying the tax is unfair.", "saying", None),
        ("The governor once ran a farm and she said the tax was unfair.", "said", None),  # another subject
        ("The governor once again said the tax was unfair.", "said", None),  # "again", not an earlier time
        ("The governor said yes, as long as the tax was fair.", "said", None),
        ("The governor would like to say that the tax is unfair.", "say", None),  # a wish, now
        ("The governor liked the plan and said the tax was unfair.", "said", None),
        ("Voters tend to say the tax is unfair.", "say", None),
    ],
)
def test_unknown_time(nlp, sentence, cue, expected):
    doc = nlp(sentence)
    span = cue_of(doc, cue)
    assert unknown_time_text(span) == expected
    assert is_unknown_time(span) is (expected is not None)


# --------------------------------------------------------------------------------------------- assign_dates

ARTICLE = [
    # paragraph 0
    "The health minister told parliament the hospital plan was on track.",
    # paragraph 1
    "Lisbon answered the criticism Thursday, with the health minister insisting the plan was funded.",
    # paragraph 2
    "“We will open the first wards this year,” the minister told a news conference.",
    # paragraph 3
    "She also said the unions had agreed in a December meeting to pause their strike.",
    # paragraph 4
    "The opposition has long said the plan is too expensive.",
    # paragraph 5
    "The finance minister says the budget allows for it.",
    # paragraph 6
    "On Feb. 2, the prime minister said the plan would be reviewed.",
    # paragraph 7 (no quote)
    "The reform passed easily. Turnout was low.",
    # paragraph 8
    "The mayor added the city was ready.",
]
#: (paragraph, cue text, quote text) of each quote, in text order.
ARTICLE_QUOTES = [
    (0, "told", "the hospital plan was on track"),
    (1, "insisting", "the plan was funded"),
    (2, "told", "“We will open the first wards this year,”"),
    (3, "said", "the unions had agreed in a December meeting to pause their strike"),
    (4, "said", "the plan is too expensive"),
    (5, "says", "the budget allows for it"),
    (6, "said", "the plan would be reviewed"),
    (8, "added", "the city was ready"),
]


def article_items(nlp) -> list[DatingItem]:
    docs = list(nlp.pipe(ARTICLE))
    items = []
    for paragraph, cue, quote in ARTICLE_QUOTES:
        doc = docs[paragraph]
        span = cue_of(doc, cue, after=quote if doc.text.index(quote) < doc.text.index(cue) else "")
        local_sentence = [i for i, s in enumerate(doc.sents) if s.start <= span.start < s.end][0]
        items.append(DatingItem(span, range_of(doc, quote), Position(paragraph, local_sentence)))
    return items


@pytest.mark.parametrize(
    "sentence",
    [
        "“Countries that tried that in the past paid for it,” the governor said.",
        "The governor said “the tax was repeatedly raised” by her rivals.",
    ],
)
def test_unknown_time_words_inside_the_quote_are_what_was_said(nlp, sentence):
    doc = nlp(sentence)
    quote_range = (doc.text.index("“"), doc.text.index("”") + 1)
    assert unknown_time_text(cue_of(doc, "said"), quote_range=quote_range) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union has been warning that the plant will close.", True),
        ("The union's been warning that the plant will close.", True),
        ("Officials have been urging the mayor to act, warning that the plant will close.", True),
        ("They've warned that the plant will close.", True),
        ("The union is warning that the plant will close.", False),
        ("The union warned that the plant will close.", False),
        ("The union would have been warning that the plant will close.", False),
    ],
)
def test_is_perfect(nlp, sentence, expected):
    doc = nlp(sentence)
    assert is_perfect(cue_of(doc, "warning" if "warning" in sentence else "warned")) is expected


def test_assign_dates_with_reference(nlp):
    dates = assign_dates(article_items(nlp), reference=D(2021, 2, 16))
    assert dates == [
        UtteranceDate("2021-02-16", None, "document"),
        UtteranceDate("2021-02-11", "Thursday", "stated"),
        UtteranceDate("2021-02-11", "Thursday", "context"),  # same event, next paragraph
        UtteranceDate("2021-02-11", "Thursday", "context"),  # the December date is inside the quote
        UtteranceDate(None, "long", None),
        UtteranceDate("2021-02-16", None, "document"),  # present tense "says"
        UtteranceDate("2021-02-02", "On Feb. 2", "stated"),
        UtteranceDate("2021-02-16", None, "document"),  # previous quote two paragraphs and three sentences back
    ]


def test_assign_dates_without_reference(nlp):
    dates = assign_dates(article_items(nlp), reference=None)
    assert [d.date for d in dates] == [None] * 8
    assert [d.date_text for d in dates] == [None, "Thursday", "Thursday", "Thursday", "long", None, "On Feb. 2", None]
    assert [d.date_basis for d in dates] == [None, "stated", "context", "context", None, None, "stated", None]


def test_context_needs_a_nearby_dated_quote(nlp):
    items = article_items(nlp)
    far = DatingItem(items[2].cue, items[2].quote_range, Position(9, 20))
    dates = assign_dates([items[1], far], reference=D(2021, 2, 16))
    assert dates[1] == UtteranceDate("2021-02-16", None, "document")


def test_quote_without_cue_continues_the_event(nlp):
    items = article_items(nlp)
    bare = DatingItem(None, (0, 10), Position(items[1].paragraph + 1, items[1].position.sentence + 1))
    dates = assign_dates([items[1], bare], reference=D(2021, 2, 16))
    assert dates[1] == UtteranceDate("2021-02-11", "Thursday", "context")


def test_stated_but_unresolvable_keeps_the_text(nlp):
    doc = nlp("The mayor said last summer that the budget was balanced.")
    item = DatingItem(cue_of(doc, "said"), range_of(doc, "the budget was balanced"), Position(0, 0))
    assert assign_dates([item], reference=D(2021, 2, 16)) == [UtteranceDate(None, "last summer", "stated")]


def test_context_carries_over_to_the_same_speaker_only(nlp):
    items = article_items(nlp)
    same = [replace(items[1], speaker="Ana Ruiz"), replace(items[2], speaker="Ana Ruiz")]
    other = [replace(items[1], speaker="Ana Ruiz"), replace(items[2], speaker="Sam Okafor")]
    assert assign_dates(same, reference=D(2021, 2, 16))[1].date_basis == "context"
    assert assign_dates(other, reference=D(2021, 2, 16))[1] == UtteranceDate("2021-02-16", None, "document")


def test_speaker_key_does_not_depend_on_the_hash_seed():
    """'new' is found inside 'news' at the same place: the key is the whole last word under any seed."""
    import os
    import subprocess
    import sys

    code = "from quotes.dates.carry import speaker_key; print(sorted(speaker_key('the New York Daily News')))"
    keys = {
        subprocess.run(
            [sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True, text=True, check=True, cwd=os.path.dirname(os.path.dirname(__file__)),
        ).stdout.strip()
        for seed in range(6)
    }  # fmt: skip
    assert keys == {"['news']"}
