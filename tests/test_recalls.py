"""A role lede named by the next sentence's reference back to its words ("Peter Doe made the comments
Wednesday"): the role's statement gets that person as speaker and the recall's date."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-01-12"  # a Friday: "Wednesday" is 2024-01-10
#: A later paragraph with a cue, as wire stories go on: the recall paragraph is then read for names.
GOES_ON = "\n\nHe also said the budget would be tabled in March.\n"


def lede_record(extract, lede: str, recall: str) -> dict:
    records = extract(f"{lede}\n\n{recall}{GOES_ON}", PUBLISHED)
    return next(r for r in records if r["speaker_start"] < len(lede))


@pytest.mark.parametrize(
    ("lede", "recall", "speaker"),
    [
        ("TORONTO — Ontario's finance minister says the province will not raise taxes this year.",
         "Peter Bethlenfalvy made the comments Wednesday at a news conference in Mississauga.",
         "Peter Bethlenfalvy"),
        ("HALIFAX — The city's mayor says the harbour bridge will reopen next month.",
         "Anna Berg made the remarks Wednesday during a council meeting.", "Anna Berg"),
        ("The premier says the province will hire more nurses.",
         "John Marsh made those comments Wednesday in Regina.", "John Marsh"),
        ("The company's chief executive says the plant will stay open.",
         "Maria Lopez was speaking at the annual meeting in Calgary on Wednesday.", "Maria Lopez"),
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Finance Minister Peter Bethlenfalvy made the announcement Wednesday in Toronto.",
         "Peter Bethlenfalvy"),
        # a person described by a common noun, not a role
        ("TORONTO — The head of Ontario's largest teachers' union says members will reject the offer.",
         "Harvey Doe made the comments Wednesday at a news conference.", "Harvey Doe"),
        ("A Toronto doctor says emergency rooms are at a breaking point.",
         "Dr. Jane Roe made the remarks Wednesday in an interview.", "Jane Roe"),
        # a courtesy title names no other portfolio
        ("OTTAWA — Canada's chief public health officer says the flu season has peaked.",
         "Dr. Theresa Tam made the comments at a briefing Wednesday.", "Theresa Tam"),
        # the words as the name's, taking place then
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Peter Bethlenfalvy's comments came Wednesday at a news conference.", "Peter Bethlenfalvy"),
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Peter Bethlenfalvy’s remarks came Wednesday during a visit to Sudbury.", "Peter Bethlenfalvy"),
        # a title in lower case before the name; told in the past
        ("The company's spokeswoman says the plant will stay open.",
         "Company communications director Jane Roe spoke to reporters Wednesday in Calgary.", "Jane Roe"),
        # a comma-set aside between the name and the recall
        ("OTTAWA — Canada's chief public health officer says the flu season has peaked.",
         "Theresa Tam, who has held the post since 2017, made the comments at a briefing Wednesday.",
         "Theresa Tam"),
    ],
)
def test_recall_names_the_role_lede_and_dates_it(extract, lede, recall, speaker):
    record = lede_record(extract, lede, recall)
    assert record["speaker"] == speaker
    assert record["speaker_kind"] == "person"
    assert (record["date"], record["date_text"], record["date_basis"]) == ("2024-01-10", "Wednesday", "context")


@pytest.mark.parametrize(
    ("lede", "recall", "speaker"),
    [
        # the next sentence names someone who did something else
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Peter Doe made the trip Wednesday to Ottawa.", "Ontario's finance minister"),
        ("OTTAWA — Canada's chief public health officer says the flu season has peaked.",
         "Theresa Tam, her deputy, made the trip Wednesday to Toronto.", "Canada's chief public health officer"),
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Peter Doe's trip came Wednesday after weeks of talks.", "Ontario's finance minister"),
        # the name is no subject
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Critics of Peter Doe made the comments Wednesday in Toronto.", "Ontario's finance minister"),
        # new words, not the ones just told
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Peter Doe made a statement Wednesday in Ottawa.", "Ontario's finance minister"),
        # the person holds another office
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Health Minister Sylvia Jones made the comments Wednesday in Toronto.", "Ontario's finance minister"),
        ("HALIFAX — The city's mayor says the harbour bridge will reopen next month.",
         "Councillor Jane Roe made the remarks Wednesday at city hall.", "The city's mayor"),
        ("Ontario's finance minister says the province will not raise taxes this year.",
         "Premier Doug Ford made the comments Wednesday in Toronto.", "Ontario's finance minister"),
        # the role's own word says she, the name says he
        ("The company's spokeswoman says the plant will stay open.",
         "Peter Doe made the comments Wednesday in Calgary.", "The company's spokeswoman"),
        # no person: a report is no one named next
        ("A new report says emergency rooms are at a breaking point.",
         "John Roe made the announcement Wednesday in Ottawa.", "A new report"),
        # the lede already named its speaker
        ("TORONTO — Ontario Premier Doug Ford says the province will not raise taxes this year.",
         "Peter Doe made the comments Wednesday at a news conference.", "Doug Ford"),
        # another sentence stands between the statement and the recall
        ("Ontario's finance minister says the province will not raise taxes. Opposition critics were unmoved.",
         "Peter Doe made the comments Wednesday in Toronto.", "Ontario's finance minister"),
    ],
)
def test_recall_that_cannot_name_the_lede(extract, lede, recall, speaker):
    record = lede_record(extract, lede, recall)
    assert record["speaker"] == speaker
    if speaker != "Doug Ford":
        assert record["date_basis"] == "document"


LONG_LEDE = ("TORONTO — Ontario Premier Doug Ford says the province will not raise taxes this year, even as "
             "several large cities warn of deep deficits in their own budgets.")


@pytest.mark.parametrize(
    ("between", "basis"),
    [
        ("", "context"),  # the next sentence dates the lede's words
        ("Several mayors asked for help with transit costs.\n\n", "document"),  # "says" further on is now
    ],
)
def test_present_lede_dated_only_by_the_next_sentence(extract, between, basis):
    text = f"{LONG_LEDE}\n\n{between}Ford made the comments Wednesday at a news conference.{GOES_ON}"
    record = extract(text, PUBLISHED)[0]
    assert (record["speaker"], record["date_basis"]) == ("Doug Ford", basis)


def test_future_saying_is_not_dated_by_the_next_sentence(extract):
    lede = ("TORONTO — Ontario Premier Doug Ford will travel to Ottawa next week, saying the province needs "
            "more federal money for transit and housing across the region.")
    text = f"{lede}\n\nFord made the comments Wednesday at a news conference.{GOES_ON}"
    record = extract(text, PUBLISHED)[0]
    assert (record["speaker"], record["date_basis"]) == ("Doug Ford", "document")


@pytest.mark.parametrize("phrase", ["made the announcement", "was speaking to reporters"])
def test_recall_after_the_last_quote_is_read_for_names(extract, phrase):
    text = (f"Ontario's finance minister says the province will not raise taxes this year.\n\n"
            f"Peter Doe {phrase} Wednesday in Toronto.\n\nThe province faces a large deficit.\n")
    record = extract(text, PUBLISHED)[0]
    assert (record["speaker"], record["date_basis"]) == ("Peter Doe", "context")
