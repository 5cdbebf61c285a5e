"""Page furniture: datelines, embedded-post remnants and source citations are cut from paragraphs and
never become quotes, speakers or mentions; round-up and headline-list formats keep their speakers."""

from __future__ import annotations

import pytest

from quotes.furniture import trim_furniture
from quotes.segments import split_paragraphs


def kept(line: str) -> str:
    trimmed = trim_furniture(line, 0, len(line))
    return line[trimmed.start : trimmed.end]


@pytest.mark.parametrize(
    "line, rest",
    [
        ("HARBORTON (AP) — The mayor said the bridge will reopen.", "The mayor said the bridge will reopen."),
        ("EAST FALLS, Ore., March 3 (UPI) — The mayor said so.", "The mayor said so."),
        ("EAST FALLS — The mayor said so.", "The mayor said so."),
        ("East Falls (Reuters) - The mayor said so.", "The mayor said so."),
        ("Mar 3 (AFP) – The mayor said so.", "The mayor said so."),
        ("HARBORTON (AP) —", ""),
        ("ST. JOHN’S, N.L. — The premier said so.", "The premier said so."),  # a curly apostrophe
        ("ST. JOHN'S, N.L. — The premier said so.", "The premier said so."),
        # Negatives: a name and a dash aside, an aside in title case, a plain sentence.
        ("Jane Doe — a teacher from East Falls — said she voted.", "Jane Doe — a teacher from East Falls — said she voted."),
        ("Senator Smith (R) has not said a word.", "Senator Smith (R) has not said a word."),
        ("The mayor said the bridge will reopen.", "The mayor said the bridge will reopen."),
    ],
)
def test_a_dateline_is_cut_from_the_start_of_a_paragraph(line, rest):
    assert kept(line) == rest


@pytest.mark.parametrize(
    "line, rest",
    [
        ('<tweet id="123" author="@janedoe" datetime="2016-06-29">The bridge stays shut.</tweet>.', "The bridge stays shut."),
        ('<tweet tweet-author="@janedoe" tweet-date="June 5, 2016">The bridge stays shut<tweet/>.', "The bridge stays shut"),
        ("The bridge stays shut. pic.twitter.com/AbC123 — Jane Doe (@janedoe) June 5, 2016", "The bridge stays shut."),
        ("The bridge stays shut https://t.co/xYz987", "The bridge stays shut"),
        ('">The bridge stays shut.<tweet/>.', "The bridge stays shut."),
        ("Back at work. A post shared by Jane Doe (@jane.doe) on Jun 5, 2016 at 3:21pm PDT", "Back at work."),
        ("A post shared by Jane Doe (@jane.doe) on Jun 5, 2016 at 3:21pm PDT", ""),
        ('<tweet tweet-id="661196115484643328"><tweet/>.', ""),
        ('<tweet tweet-author="@janedoe" tweet-date="June 5, 2016', ""),
        # Negatives: prose that mentions a handle, a dash or a site keeps every word.
        ("Jane Doe (@janedoe) wrote that the bridge stays shut.", "Jane Doe (@janedoe) wrote that the bridge stays shut."),
        ("The bridge stays shut — for now.", "The bridge stays shut — for now."),
        ("Photos were posted on pic.twitter.com by the council.", "Photos were posted on pic.twitter.com by the council."),
        ("A post shared by the mayor on Monday drew 300 replies.", "A post shared by the mayor on Monday drew 300 replies."),
    ],
)
def test_embedded_post_markup_links_and_signature_are_cut_and_its_text_kept(line, rest):
    assert kept(line) == rest


@pytest.mark.parametrize(
    "line, rest",
    [
        ("“We will pay for it,” she said. [Remarks to a union, 5/7/14.]", "“We will pay for it,” she said."),
        ("Rates rose again in May. [Reuters.]", "Rates rose again in May."),
        # Negatives: brackets inside a quote or mid-sentence are the writer's, not a citation.
        ("“We need [him] to win,” she said.", "“We need [him] to win,” she said."),
        ("The report [pdf] came out in May.", "The report [pdf] came out in May."),
    ],
)
def test_a_source_citation_closing_an_item_is_cut(line, rest):
    assert kept(line) == rest


def test_a_line_of_nothing_but_post_markup_is_a_paragraph_that_is_never_read():
    text = 'The mayor spoke.\n\n<tweet tweet-id="661196115484643328"><tweet/>.\n\nShe left.'
    furniture = split_paragraphs(text)[1]
    assert (text[furniture.start : furniture.end], furniture.is_prose, furniture.is_post) == (
        '<tweet tweet-id="661196115484643328"><tweet/>.',
        False,
        True,
    )


@pytest.mark.parametrize(
    "closing, is_post",
    [
        ("— Jane Doe (@janedoe) June 5, 2016", True),
        ("pic.twitter.com/AbC123", True),
        ('<tweet tweet-id="661196115484643328"><tweet/>.', False),  # an empty embed: the line before is prose
        ("The council meets again on Friday.", False),
    ],
)
def test_a_signature_on_its_own_line_makes_the_line_before_a_post(closing, is_post):
    text = f"The council has failed this city again and again\n{closing}"
    assert split_paragraphs(text)[0].is_post is is_post


def test_post_text_without_final_punctuation_is_still_prose():
    text = '<tweet tweet-author="@janedoe" tweet-date="June 5, 2016">The council told me the bridge stays shut<tweet/>.'
    (post,) = split_paragraphs(text)
    assert post.is_prose and post.is_post


# ------------------------------------------------------------------------------------ whole articles

CITY = "HARBORTON (AP) — "


@pytest.mark.parametrize(
    "text, speaker",
    [
        (CITY + "Mayor Jane Doe on Tuesday said that the bridge will reopen in May.", "Jane Doe"),
        ("HARBORTON, Ore., March 3 (UPI) — Former Gov. John Roe told reporters that the plan should be scrapped.", "John Roe"),
        ("East Falls (Reuters) - Council member Ann Lee said that the vote would be held on Friday.", "Ann Lee"),
    ],
)
def test_the_speaker_after_a_dateline_is_the_subject_not_the_city(extract, text, speaker):
    (record,) = extract(text)
    assert record["speaker"] == speaker and record["speaker_start"] > text.index("—" if "—" in text else " - ")


@pytest.mark.parametrize("joiner", ["", "\n"])
def test_a_dateline_is_never_a_mention_a_pronoun_resolves_to(extract, joiner):
    text = "The council met on Monday.\n\n" + CITY + joiner + "It said that the vote would be held on Friday."
    (record,) = extract(text)
    assert record["speaker"] is None or "HARBORTON" not in record["speaker"] and "AP" not in record["speaker"]


def test_post_markup_is_never_a_speaker_or_part_of_a_quote(extract):
    text = (
        "The council met on Monday.\n\n"
        '<tweet tweet-author="@janedoe" tweet-date="March 10, 2016">Council aide Ann Lee told me the photo '
        "breaks the rules pic.twitter.com/CYeowyNI7y<tweet/>."
    )
    (record,) = extract(text)
    assert (record["quote"], record["speaker"]) == ("the photo breaks the rules", "Ann Lee")
    assert "tweet" not in record["speaker_mention"]


POST = "She should spend her time on the budget instead of this"


@pytest.mark.parametrize(
    "intro, embed, speaker",
    [
        (
            "One activist at the rally tweeted:",
            f'<tweet tweet-author="@janedoe" tweet-date="June 5, 2016">{POST} https://t.co/gwzQMEyL6R<tweet/>.',
            "One activist at the rally",
        ),
        ("The council member posted on Twitter:", f"{POST}\n— Jane Doe (@janedoe) June 5, 2016", "The council member"),
    ],
)
def test_a_post_the_article_introduces_is_quoted_whole_by_its_author(extract, intro, embed, speaker):
    post = POST
    text = f"{intro}\n\n{embed}"
    (record,) = extract(text)
    assert (record["quote"], record["speaker"], record["type"]) == (post, speaker, "indirect")


def test_a_label_inside_a_post_is_no_speaker(extract):
    text = (
        "The council met on Monday and heard from residents.\n\n"
        '<tweet tweet-author="@harborfan" tweet-date="March 11, 2016">Scanner: the suspect left the building '
        "twenty minutes before the fire began</tweet>."
    )
    assert extract(text) == []


def test_a_quote_with_no_cue_inside_a_post_is_not_the_article_speakers(extract):
    text = (
        "“We will reopen the bridge in May,” the mayor said.\n\n"
        '<tweet tweet-author="@janedoe" tweet-date="June 5, 2016">“The bridge is a disgrace and the city knows it.” '
        "– @harborfan<tweet/>."
    )
    assert [r["speaker"] for r in extract(text)] == ["the mayor"]


@pytest.mark.parametrize(
    "before",
    [
        "The council met on Monday and heard from residents.",  # no colon: the article does not quote it
        "Here is the post",  # a label, not a sentence with a subject
    ],
)
def test_a_post_nobody_introduces_gives_no_record(extract, before):
    text = f'{before}\n\n<tweet tweet-author="@janedoe" tweet-date="June 5, 2016">The bridge stays shut<tweet/>.'
    assert extract(text) == []


def test_the_introducer_is_resolved_in_its_own_paragraph_not_at_the_same_offset_in_the_post(extract):
    text = (
        "The mayor spoke on Monday. One user tweeted:\n\n"
        '<tweet tweet-author="@harborfan" tweet-date="March 11, 2016">@cityhall I teach that age group and they '
        "have no business voting for anything<tweet/>."
    )
    (record,) = extract(text)
    assert (record["speaker"], text[record["speaker_start"] : record["speaker_end"]]) == ("One user", "One user")


def test_an_introduced_embed_left_as_bare_markup_gives_no_record(extract):
    assert extract('The governor posted a reply:\n\n<tweet tweet-id="661196115484643328"><tweet/>.') == []


# -------------------------------------------------------------------------------------------- round-ups


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Who won the debate? Jane Doe, The Harbor Record: “The governor won it on substance and lost on style.”", "Jane Doe"),
        ("Polls missed the late swing - Carl Brown: “The lesson is simple: keep calling voters as late as you can.”", "Carl Brown"),
        ("POLLS WERE TOO EARLY - Mark Stone and Ann Lee: “The polls failed to predict the result, but they were not wrong.”", "Mark Stone and Ann Lee"),
        ("Jane Doe, former mayor of Harborton: “We will win this one, and we will win it well.”", "Jane Doe"),
        # Negatives: a clause with a verb before the colon keeps its subject; a role label is no name.
        ("The governor fired back: “The plan is dead on arrival and everybody knows it.”", "The governor"),
        ("The mayor, a Democrat, said: “The plan is dead on arrival and everybody knows it.”", "The mayor"),
    ],
)
def test_a_round_up_label_before_a_colon_names_the_speaker(extract, text, speaker):
    (record,) = extract(text)
    assert record["speaker"] == speaker and record["type"] == "direct"


@pytest.mark.parametrize(
    "intro, speaker",
    [
        ("Jane Doe, The Harbor Record:", "Jane Doe"),
        ("Senator Jane Doe continued:", "Jane Doe"),
        ("Heading into Tuesday - Jane Doe:", "Jane Doe"),
        # Negatives: a label that names no one, a title without a name.
        ("Transcript as follows:", None),
        ("The Full Statement:", None),
    ],
)
def test_a_label_paragraph_ending_in_a_colon_introduces_the_next_quote(extract, intro, speaker):
    text = f"{intro}\n\n“The governor won it on substance and lost it on style, and everybody saw it.”"
    (record,) = extract(text)
    assert record["speaker"] == speaker


@pytest.mark.parametrize("name", ["Warren", "Clinton"])
def test_a_headline_style_list_item_gives_its_long_quote_to_the_lead_name(extract, name):
    text = (
        f"{name} Said Reform “Has To Start At Home.” “We have to fix our own house first, and that is "
        "where the work starts.” [Remarks to a bank, 10/7/14.]"
    )
    records = extract(text)
    long_quote = [r for r in records if r["quote"].startswith("We have to fix")]
    assert [(r["speaker"], r["cue"], r["quote"][-7:]) for r in long_quote] == [(name, "Said", "starts.")]


def test_a_lead_the_tagger_reads_as_one_name_with_the_verb_names_no_one(extract):
    text = "Senator Said Reform “Has To Start At Home.” “We have to fix our own house first, and that is where it starts.”"
    assert all(r["speaker"] is None for r in extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Bridge Repairs Begin “Next Week.” “The work will take until the spring of next year at the earliest.”",
        "The bridge repairs begin Monday, said the city. “The work will take until the spring of next year.”",
    ],
)
def test_a_lead_without_a_title_cased_speech_verb_names_no_one(extract, text):
    assert all(r["rule"] != "direct.headline_lead" for r in extract(text))
