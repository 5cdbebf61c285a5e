"""Pure mention code (quotes.speakers.mentions): one sentence each, what a mention is and is not."""

from __future__ import annotations

import pytest

from quotes.speakers.mentions import (
    common_noun_kind,
    definite_role,
    description,
    entity_at,
    is_pronoun,
    is_relative_pronoun,
    mention_span,
    name_parts,
    org_key,
    salience,
    strip_possessive,
    title_start,
)


def token(doc, word: str, occurrence: int = 0):
    return [t for t in doc if t.text == word][occurrence]


def test_entity_at_gives_the_whole_entity(nlp):
    doc = nlp("Russian President Vladimir Putin spoke in Moscow on Monday.")
    ent = entity_at(token(doc, "Vladimir"))
    assert (ent.text, ent.label_) == ("Vladimir Putin", "PERSON")
    assert entity_at(token(doc, "Putin")).text == "Vladimir Putin"
    assert [(e.start, e.end, e.label_) for e in doc.ents if e.start <= token(doc, "Putin").i < e.end] == [
        (ent.start, ent.end, ent.label_)]


def test_entity_at_outside_any_entity(nlp):
    doc = nlp("Russian President Vladimir Putin spoke in Moscow on Monday.")
    assert entity_at(token(doc, "spoke")) is None


@pytest.mark.parametrize("word, expected", [("He", True), ("they", True), ("I", True), ("Smith", False)])
def test_is_pronoun(nlp, word, expected):
    doc = nlp(f"{word} said the plan would fail.")
    assert is_pronoun(doc[0]) is expected


def test_relative_pronoun_opens_a_relative_clause(nlp):
    doc = nlp("The bill was backed by Ms. Jones, who said it would pass.")
    assert is_relative_pronoun(token(doc, "who"))
    other = nlp("She said that the bill would pass.")
    assert not is_relative_pronoun(token(other, "that"))


def test_salience_main_subject_other_subject_object(nlp):
    doc = nlp("Mr. Brown said that Mr. Smith criticised Ms. Jones.")
    assert salience(token(doc, "Brown")) == 2
    assert salience(token(doc, "Smith")) == 1
    assert salience(token(doc, "Jones")) == 0


@pytest.mark.parametrize(
    "sentence, head, role",
    [
        ("The senator said the budget was a mistake.", "senator", "senator"),
        ("The company said demand was strong.", "company", "company"),
        ("A senator said the budget was a mistake.", "senator", None),  # not definite
        ("The senators said the budget was a mistake.", "senators", None),  # plural
        ("The Trump campaign said the poll was fake.", "campaign", None),  # names its organisation
        ("The official said the budget was a mistake.", "official", None),  # vague source, no role
    ],
)
def test_definite_role(nlp, sentence, head, role):
    assert definite_role(token(nlp(sentence), head)) == role


@pytest.mark.parametrize(
    "sentence, head, kind",
    [
        ("Russia's foreign ministry said the talks stalled.", "ministry", "org"),
        ("Officials said the talks stalled.", "Officials", "group"),
        ("A source said the talks stalled.", "source", "unnamed"),
    ],
)
def test_common_noun_kind(nlp, sentence, head, kind):
    assert common_noun_kind(token(nlp(sentence), head)) == kind


def test_mention_span_takes_title_and_conjunct(nlp):
    doc = nlp("Putin and Japanese Prime Minister Yoshihide Suga said they would meet.")
    assert mention_span(doc[0]).text == "Putin and Japanese Prime Minister Yoshihide Suga"


def test_mention_span_leaves_out_the_verb_and_relative_clause(nlp):
    doc = nlp("Analysts who follow the bank said the rate would rise.")
    assert mention_span(doc[0]).text == "Analysts"


def test_name_parts_split_title_from_name(nlp):
    doc = nlp("Former Maryland Gov. Martin O’Malley said he would run.")
    head = token(doc, "O’Malley")
    span = mention_span(head)
    parts = name_parts(doc, span.start, span.end, head)
    assert (parts.title(doc), parts.name(doc)) == ("Former Maryland Gov.", "Martin O’Malley")
    assert parts.keys(doc) == ("martin", "o’malley")


def test_name_parts_without_title(nlp):
    doc = nlp("Maria Lopez said the vote was close.")
    parts = name_parts(doc, 0, 2, doc[1])
    assert (parts.title(doc), parts.name(doc)) == (None, "Maria Lopez")


def test_name_suffix_is_not_a_name_key(nlp):
    doc = nlp("Martin Luther King Jr. said the march would go on.")
    head = token(doc, "King")
    span = mention_span(head)
    assert name_parts(doc, span.start, span.end, head).keys(doc)[-1] == "king"


def test_title_start_stops_at_a_possessive(nlp):
    doc = nlp("Russia's Foreign Minister Sergei Lavrov said the talks had failed.")
    assert doc[title_start(doc, token(doc, "Sergei").i):token(doc, "Sergei").i].text == "Foreign Minister"


def test_title_start_without_title_word(nlp):
    doc = nlp("Yesterday Sergei Lavrov said the talks had failed.")
    assert title_start(doc, token(doc, "Sergei").i) == token(doc, "Sergei").i


def test_description_is_the_comma_set_appositive(nlp):
    doc = nlp("Dmitry Medvedev, the deputy chairman of the council, said talks were impossible.")
    assert description(token(doc, "Medvedev")) == "the deputy chairman of the council"


def test_parenthetical_is_no_description(nlp):
    doc = nlp("Sen. Bernie Sanders (I-Vt.) said the system was rigged.")
    assert description(token(doc, "Sanders")) is None


def test_possessive_and_article_do_not_change_an_organisation_name():
    assert strip_possessive("Russia’s") == "Russia"
    assert strip_possessive("the Clintons'") == "the Clintons"
    assert org_key("The White House's") == org_key("White House") == "white house"
    assert org_key("White House") != org_key("White Sox")
