"""Photo credits closing a line are page furniture: cut before the line is read, never a speaker, a
mention or part of a quote; prose that names an agency keeps every word."""

from __future__ import annotations

import pytest

from quotes.furniture import trim_furniture
from quotes.segments import split_paragraphs
from tests.conftest import FIXTURES

CAPTION = "The premier speaks to reporters in Halifax on Tuesday."


def kept(line: str) -> str:
    trimmed = trim_furniture(line, 0, len(line))
    return line[trimmed.start : trimmed.end]


@pytest.mark.parametrize(
    "credit",
    [
        "THE CANADIAN PRESS/Adrian Wyld",
        "THE CANADIAN PRESS/HO-Jane Roe",
        "(THE CANADIAN PRESS/Adrian Wyld)",
        "AP Photo/Evan Vucci",
        "(AP Photo/Evan Vucci, File)",
        "REUTERS/Kevin Lamarque/File Photo",
        "Chip Somodevilla/Getty Images",
        "Mandel Ngan/AFP via Getty Images",
        "Scott Olson via Getty Images.",
        "(JANE ROE/AFP/Getty Images.)",
        "Photo by Adrian Wyld/The Canadian Press",
        "(Photo: Jack Gruber, USA TODAY)",
        "File photo",
        "File photo. THE CANADIAN PRESS/Sean Kilpatrick",
        "THE CANADIAN PRESS/HO - Office of the Premier",
        "Photo by Jane Roe for The Globe and Mail",
        "(Courtesy of Jane Roe)",
    ],
)
def test_a_photo_credit_closing_a_caption_is_cut(credit):
    assert kept(f"{CAPTION} {credit}") == CAPTION


@pytest.mark.parametrize(
    "credit",
    ["THE CANADIAN PRESS/Adrian Wyld", "(AP Photo/Evan Vucci)", "Chip Somodevilla/Getty Images", "File photo"],
)
def test_a_line_that_is_only_a_credit_is_empty(credit):
    assert kept(credit) == ""
    (paragraph,) = split_paragraphs(credit)
    assert not paragraph.is_prose


@pytest.mark.parametrize(
    "line",
    [
        "The Canadian Press reported the deal on Tuesday.",
        "She cited a Reuters/Ipsos poll",
        "The latest numbers come from a poll by Reuters/Ipsos",
        "The AP photo showed the crowd.",
        "The paper ran it as a file photo",
        "The mayor spoke. The Canadian Press",  # an agency's name, not its credit form
        "They ran a file photo. Photo by the city.",  # no name after "by"
        "AP Photo editors chose the picture.",
        "Getty Images sued the company in March.",
        "The mayor spoke. Courtesy of the council, lunch was free.",
        "Photo by photo, the album grew",
    ],
)
def test_prose_that_names_an_agency_keeps_every_word(line):
    assert kept(line) == line


def test_a_caption_closed_by_a_bracketed_credit_is_still_prose():
    text = "Jane Doe speaks to the crowd in Halifax on Tuesday (AP Photo/Evan Vucci)"
    (paragraph,) = split_paragraphs(text)
    assert text[paragraph.start : paragraph.end] == "Jane Doe speaks to the crowd in Halifax on Tuesday"
    assert paragraph.is_prose


@pytest.mark.parametrize(
    "credit",
    [
        "THE CANADIAN PRESS/Adrian Wyld",
        "AP Photo/Evan Vucci",
        "Photo by Adrian Wyld/The Canadian Press",
        "(THE CANADIAN PRESS/Adrian Wyld)",
        "Chip Somodevilla/Getty Images",
    ],
)
def test_a_quote_before_a_credit_keeps_its_speaker(extract, credit):
    text = f"“We will balance the budget,” said Jane Doe. {credit}"
    (record,) = extract(text)
    assert (record["quote"], record["speaker"]) == ("We will balance the budget", "Jane Doe")


# ------------------------------------------------------------------------------------ a whole article

ARTICLE = (FIXTURES / "cp-style-article.txt").read_text(encoding="utf-8")
#: The article's furniture: its headline, dateline, photo credits and the agency's footer.
FURNITURE = (
    "Harbour province to balance budget by 2026, finance minister says",
    "OTTAWA — ",
    "THE CANADIAN PRESS/Adrian Wyld",
    "(THE CANADIAN PRESS/Sean Kilpatrick)",
    "File photo. AP Photo/Evan Vucci",
    "This report by The Canadian Press was first published Jan. 2, 2024.",
)


def _spans(text: str, needle: str):
    start = text.find(needle)
    while start >= 0:
        yield start, start + len(needle)
        start = text.find(needle, start + 1)


def test_a_canadian_press_style_article_gives_its_quotes_and_none_from_its_furniture(extract):
    records = extract(ARTICLE)  # dated by its footer, "… was first published Jan. 2, 2024."
    assert [(r["speaker"], r["quote"], r["date"]) for r in records] == [
        ("Jane Doe", "her government will balance its budget within two years, despite a slowing economy", "2024-01-02"),
        ("Jane Doe", "We will balance it, and we will do it without cutting a single nurse", "2024-01-02"),
        ("Jane Doe", "the province expects revenue from its new port to grow by a third next year", "2024-01-02"),
        ("Marc Tremblay", "Nobody in this province believes those numbers", "2024-01-02"),
        ("Marc Tremblay", "his party would vote against the budget when it is tabled in March", "2024-01-02"),
        ("Jean-François Côté", "Ce budget est une fiction", "2024-01-02"),
        ("Marc Tremblay", "A port with no ships is a very expensive parking lot.", "2024-01-02"),
        ("Jane Doe", "The port is the future of this province", "2024-01-02"),
    ]
    furniture = [span for needle in FURNITURE for span in _spans(ARTICLE, needle)]
    assert len(furniture) == 7  # the Wyld credit closes a caption and a quote's paragraph
    for record in records:
        for field in ("quote", "speaker", "cue"):
            start, end = record[f"{field}_start"], record[f"{field}_end"]
            assert not any(start < f_end and f_start < end for f_start, f_end in furniture), (field, record)


def test_a_dateline_with_a_curly_apostrophe_is_no_speaker(extract):
    (record,) = extract("ST. JOHN’S, N.L. — Premier Jane Doe said Tuesday that the province will not raise taxes.")
    assert (record["speaker"], record["speaker_mention"]) == ("Jane Doe", "Premier Jane Doe")
