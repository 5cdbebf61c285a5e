"""Titles as other outlets write them: abbreviations without a full stop ("Prof", "Det Insp", "Cllr",
"Adv"), sports and police roles standing for a person named before ("the skipper"), and a titled or
known surname the tagger took for a place or a title of a work. One-sentence and multi-paragraph
cases, positive and negative; no rule names a person."""

from __future__ import annotations

import pytest

from tests.test_speakers import one, resolve_all


@pytest.mark.parametrize(
    "sentence, head, name, title",
    [
        ("Prof Alan Green, of the university, said the figures were alarming.", "Green", "Alan Green", "Prof"),
        ("Det Insp Mark Jones said the victim was 34.", "Jones", "Mark Jones", "Det Insp"),
        ("Cllr Sarah Hughes said the council would review the decision.", "Hughes", "Sarah Hughes", "Cllr"),
        ("Supt Rajesh Kumar said the crowd had dispersed by evening.", "Kumar", "Rajesh Kumar", "Supt"),
        ("Adv Dali Mpofu said his client would appeal.", "Mpofu", "Dali Mpofu", "Adv"),
    ],
)
def test_abbreviated_titles_without_a_full_stop(nlp, sentence, head, name, title):
    speaker = one(nlp, sentence, head)
    assert (speaker.name, speaker.title, speaker.speaker_kind) == (name, title, "person")


@pytest.mark.parametrize(
    "paragraphs, head, name",
    [
        (["Prof Alan Green said the figures were alarming.", '"It is a crisis," Prof Green said.'], "Green",
         "Alan Green"),
        (["Det Insp Mark Jones said the victim was 34.", '"We need witnesses," Det Insp Jones said.'], "Jones",
         "Mark Jones"),
        (["Skipper Rohit Sharma said the team was ready.", '"We have to back our batters," Sharma told reporters.'],
         "Sharma", "Rohit Sharma"),
    ],
)
def test_titled_or_known_surname_is_the_person_whatever_the_tagger_says(nlp, paragraphs, head, name):
    _, _, (speaker,) = resolve_all(nlp, paragraphs, [(1, head, 0)])
    assert (speaker.name, speaker.speaker_kind) == (name, "person")


@pytest.mark.parametrize(
    "paragraphs, head, occurrence, name",
    [
        (["Skipper Rohit Sharma won the toss.", '"We are confident," the skipper said.'], "skipper", 0, "Rohit Sharma"),
        (["Det Sgt Jane Roe said the road was closed.", "The detective said inquiries continued."], "detective", 0,
         "Jane Roe"),
    ],
)
def test_rank_nouns_stand_for_the_person_named_with_them(nlp, paragraphs, head, occurrence, name):
    _, _, (speaker,) = resolve_all(nlp, paragraphs, [(1, head, occurrence)])
    assert (speaker.name, speaker.speaker_kind) == (name, "person")


@pytest.mark.parametrize(
    "paragraphs, head, name",
    [
        (["Jane Roe flew to France.", "Paris said the summit would go ahead."], "Paris", "Paris"),
        (["Tom Korea spoke on Monday.", "North Korea said the test was a success."], "Korea", "North Korea"),
    ],
)
def test_a_place_stays_a_place(nlp, paragraphs, head, name):
    _, _, (speaker,) = resolve_all(nlp, paragraphs, [(1, head, 0)])
    assert (speaker.name, speaker.speaker_kind) == (name, "organisation")


def _speaker_of(records: list[dict], quote: str) -> tuple[str | None, str]:
    (found,) = [r for r in records if r["quote"] == quote]
    return found["speaker"], found["speaker_mention"]


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        # one sentence: two titles joined before one name are that person's, the mention spans both
        ('"We will win," said former Ohio Gov. and Democratic Governors Association Chairman John Doe.',
         "We will win", ("John Doe", "former Ohio Gov. and Democratic Governors Association Chairman John Doe")),
        # two paragraphs: the earlier subject is not who speaks
        ("Jane Roe spoke at the rally in the park on Monday.\n\n"
         '"The plan is sound," said former Iowa Gov. and National Farmers Union Chairman Mark Doe.',
         "The plan is sound", ("Mark Doe", "former Iowa Gov. and National Farmers Union Chairman Mark Doe")),
        # negatives: an honorific starts another person; two titled names stay two people
        ('"We will win," said the Governor and Mrs. Jane Roe.', "We will win",
         ("the Governor and Mrs. Jane Roe", "the Governor and Mrs. Jane Roe")),
        ('"We will win," said Gov. John Doe and Sen. Jane Roe.', "We will win",
         ("John Doe and Jane Roe", "Gov. John Doe and Sen. Jane Roe")),
    ],
)
def test_titles_joined_before_one_name_are_that_persons(extract, text, quote, expected):
    assert _speaker_of(extract(text), quote) == expected
