"""House styles of Canadian and British outlets and wire services: a statement that speaks for its
issuer, bodies named once and then by their kind, a show named "Today", a broadcaster's byline date,
a sports recap's schedule lines, an unpunctuated headline. One invented sentence or short article per
case."""

from __future__ import annotations

import pytest

from quotes.dates.publication import find_text_date

PUBLISHED = "2024-03-14"  # a Thursday


def the_record(records: list[dict], quote: str) -> dict:
    found = [r for r in records if r["quote"] == quote]
    assert len(found) == 1, [(r["quote"], r["rule"]) for r in records]
    return found[0]


# ----------------------------------------------------------------------- a statement speaks for its issuer


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ('Northwind Air said it would appeal.\n\n"We disagree with the ruling," the statement said.',
         "We disagree with the ruling", "Northwind Air"),
        ("Hydro-Nord said power was back.\n\nThe release said crews had worked through the night.",
         "crews had worked through the night", "Hydro-Nord"),
        # negatives: a report or a letter is often about the last subject, or addressed to them; a named
        # statement is its own thing
        ("Hydro-Nord said power was back.\n\nThe report said crews had worked through the night.",
         "crews had worked through the night", "The report"),
        ("Hydro-Nord said power was back.\n\nThe Pine Lake Statement said crews had worked all night.",
         "crews had worked all night", "The Pine Lake Statement"),
    ],
)
def test_the_statement_speaks_for_the_last_subject(extract, text, quote, speaker):
    assert the_record(extract(text, PUBLISHED), quote)["speaker"] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("The Courier said Jim Doe provided a written statement.\n\n\"We regret it,\" the statement said.",
         "We regret it", "Jim Doe"),
        ("Acme Corp. confirmed that Jane Roe met the board.\n\nAccording to the statement, Roe met the board."
         "\n\n\"The talks went well,\" the statement read.", "The talks went well", "Acme Corp."),
        # negatives: someone who acted after the statement was named puts out the one meant; a statement
        # named paragraphs before is no longer the one meant: the last subject
        ('"Refunds are owed," Jim Doe said in a statement.\n\nAcme Corp. said it would appeal.\n\n'
         '"We regret it," the statement said.', "We regret it", "Acme Corp."),
        ("Jim Doe issued a statement.\n\nThe vote was close.\n\nThe count took hours.\n\nIt was late."
         "\n\nAcme Corp. said it would appeal.\n\n\"We regret it,\" the statement said.", "We regret it", "Acme Corp."),
    ],
)
def test_the_statement_is_the_one_named_just_before(extract, text, quote, speaker):
    assert the_record(extract(text, PUBLISHED), quote)["speaker"] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("The Federation of Prairie Towns welcomed the money.\n\nThe federation said towns had waited too long.",
         "towns had waited too long", "The Federation of Prairie Towns"),
        ("Hydro-Nord said power was back.\n\nThe utility said 4,000 homes were still dark.",
         "4,000 homes were still dark", "Hydro-Nord"),
        # negative: no organisation named before: the phrase
        ("The utility said 4,000 homes were still dark.", "4,000 homes were still dark", "The utility"),
    ],
)
def test_a_body_named_once_speaks_again_by_its_kind(extract, text, quote, speaker):
    assert the_record(extract(text, PUBLISHED), quote)["speaker"] == speaker


# ----------------------------------------------------------------------- "Today" as a name


@pytest.mark.parametrize(
    "text, quote, basis",
    [
        ("Jane Roe told BBC Radio 4's Today programme that the lists would fall.", "the lists would fall", "document"),
        ("Speaking to the Today programme, Jane Roe said the lists would fall.", "the lists would fall", "document"),
        # negatives: the day word opening its sentence, or in lower case, is the time of saying
        ("Today, Jane Roe said the lists would fall.", "the lists would fall", "stated"),
        ("Jane Roe said today that the lists would fall.", "the lists would fall", "stated"),
    ],
)
def test_a_capitalised_day_word_inside_a_sentence_is_a_name(extract, text, quote, basis):
    assert the_record(extract(text, PUBLISHED), quote)["date_basis"] == basis


# ----------------------------------------------------------------------- a broadcaster's byline date


@pytest.mark.parametrize(
    "byline, expected",
    [
        ("Jane Roe · CBC News · Posted: Mar 12, 2024 4:00 PM AT | Last Updated: March 13, 2024", "2024-03-12"),
        ("Jane Roe | Northern Times | Published: March 12, 2024", "2024-03-12"),
        # negatives: no colon after the word, or no separator before it, is prose that mentions a date
        ("Jane Roe · a reader who posted on March 12, 2024 about the bridge, wrote to us again this week", None),
        ("The mayor posted: March 12, 2024 was the worst day of her term, and she wants answers", None),
    ],
)
def test_a_posted_date_inside_a_byline_dates_the_article(byline, expected):
    found = find_text_date(f"Bridge to close for repairs\n\n{byline}\n\nThe bridge will close on Monday.")
    assert (found.isoformat() if found else None) == expected


# ----------------------------------------------------------------------- a recap's schedule lines

RECAP = "Coach Jane Roe said the team was tired.\n\n{heading}\n\n{first}\n\n{second}"


@pytest.mark.parametrize(
    "heading, first, second, expected",
    [
        ("UP NEXT", "Otters: Host Moose Jaw on Tuesday night.", "Ravens: At Red Deer on Monday night.", 0),
        ("TAKEAWAYS", "Otters: The power play went 0 for 4 again.", "Ravens: Their goalie stopped 40 shots.", 0),
        # negatives: a transcript's labels in capitals under a heading, labels after prose
        ("INTERVIEW", "ROE: We were tired in the third period.", "DOE: We played well tonight.", 2),
        ("The coach spoke after the game.", "Roe: We were tired in the third period.", "Doe: We played well tonight.", 2),
    ],
)
def test_labelled_lines_under_a_section_heading_are_list_items(extract, heading, first, second, expected):
    records = extract(RECAP.format(heading=heading, first=first, second=second), PUBLISHED)
    assert len([r for r in records if r["rule"] == "reported.label"]) == expected


# ----------------------------------------------------------------------- an unpunctuated headline


@pytest.mark.parametrize(
    "headline, expected",
    [
        # a headline line without a full stop is page furniture, as in the held-out sets' seed article
        ('Premier says "we will act" after flood', []),
        ("Premier says province will rebuild dikes", []),
        # negative: with its full stop the line is a sentence (PolNeAR's converted headlines)
        ('Premier says "we will act" after flood.', ["says"]),
    ],
)
def test_a_headline_without_final_punctuation_yields_no_record(extract, headline, expected):
    records = extract(f"{headline}\n\nFREDERICTON — The premier toured the town on Thursday.", PUBLISHED)
    assert [r["cue"] for r in records] == expected


# ----------------------------------------------------------------------- "that" after an occasion


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Coach Jan Roe told reporters after the game that he would not comment.", ["he would not comment"]),
        ("Coach Jan Roe told reporters at the event that he would not discuss the trade.",
         ["he would not discuss the trade"]),
        # negative: a verb that is no saying keeps the relative clause on the occasion
        ("Coach Jan Roe told reporters after the game that he watched from the stands.", []),
    ],
)
def test_that_made_the_object_of_a_verb_of_saying_after_an_occasion_opens_the_content(extract, text, expected):
    assert [r["quote"] for r in extract(text, PUBLISHED)] == expected


# ----------------------------------------------------------------------- Canadian offices as titles


@pytest.mark.parametrize(
    "text, name",
    [
        ("MPP Adil Roe said the wait times were too long.", "Adil Roe"),
        ("Local MPP Jane Roe said the wait times were too long.", "Jane Roe"),
        ("Reeve Tom Doe said the road would close.", "Tom Doe"),
        # negative: the word as a surname after a given name is part of the name
        ("Christopher Reeve said the road would close.", "Christopher Reeve"),
    ],
)
def test_canadian_offices_before_a_name_are_titles(extract, text, name):
    assert [r["speaker"] for r in extract(text, PUBLISHED)] == [name]


# ----------------------------------------------------------------------- a role named by its appositive

UNION = "The union's general secretary, Mick Doe, told the agency: 'We did not want this.'\n\n"


@pytest.mark.parametrize(
    "second, speaker",
    [
        # the role's appositive names who it is: no mention of the earlier bearer of "secretary"
        ('The transport secretary, Mark Roe, said the strike was needless. He told the BBC: "Talk to us."', "Mark Roe"),
        # negative: a role with no name after it still points back to its bearer
        ('The vote was close. The general secretary, who spoke last, smiled. He told the BBC: "Talk to us."',
         "Mick Doe"),
    ],
)
def test_a_role_with_an_appositive_name_is_no_mention_of_an_earlier_bearer(extract, second, speaker):
    assert the_record(extract(UNION + second, PUBLISHED), "Talk to us.")["speaker"] == speaker


# ----------------------------------------------------------------------- a given name the tagger left out


@pytest.mark.parametrize(
    "text, name",
    [
        ("Evacuee Marcel Gauthier said he left with his dogs.", "Marcel Gauthier"),
        # negative: a capitalised word before a surname that is no known given name is no part of the name
        ("Whip Gauthier said he left with his dogs.", "Gauthier"),
    ],
)
def test_a_known_given_name_before_a_tagged_surname_is_part_of_the_name(extract, text, name):
    assert [r["speaker"] for r in extract(text, PUBLISHED)] == [name]


@pytest.mark.parametrize(
    "name, pronoun, expected",
    [
        ("Lise Gauthier", "she", "Lise Gauthier"),
        # negative: the pronoun of the other gender is not hers
        ("Lise Gauthier", "he", None),
    ],
)
def test_french_canadian_given_names_tell_the_gender(extract, name, pronoun, expected):
    text = f"{name} said the road was closed.\n\nThe river rose overnight. \"We left at dawn,\" {pronoun} said."
    assert the_record(extract(text, PUBLISHED), "We left at dawn")["speaker"] == expected


# ----------------------------------------------------------------------- a "person" with no capital


@pytest.mark.parametrize(
    "lead, expected",
    [
        # the tagger reads "de la" in a French name as a person: no name has no capital letter
        ("Union president Julie Roe spoke.\n\nThe Fédération interprofessionnelle de la santé du Québec said "
         "members backed a strike.", "Julie Roe"),
        # negative: a real name in between is still the one meant
        ("Union president Julie Roe spoke.\n\nNurse Anne Doe said members backed a strike.", "Anne Doe"),
    ],
)
def test_a_tagged_person_without_a_capital_is_no_name(extract, lead, expected):
    text = lead + '\n\n"We are tired," she said.'
    assert the_record(extract(text, PUBLISHED), "We are tired")["speaker"] == expected
