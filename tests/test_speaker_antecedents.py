"""Antecedent search (quotes.speakers.antecedents): agreement checks and searches that change nothing;
the resolver is the one that records what they find."""

from __future__ import annotations

import copy

import pytest

from quotes.speakers import SpeakerResolver
from quotes.speakers.antecedents import (
    fits_person_pronoun,
    fits_plural_pronoun,
    fits_role,
    fits_thing_pronoun,
    holds_other_office,
    holds_role_now,
    later_role_bearer,
    nearest,
    party_tag_states,
    present_offices,
    pronoun_check,
    role_antecedent,
    role_words,
    title_words,
)
from quotes.speakers.registry import Entity

MAN = Entity(0, "person", "John Smith", ("john", "smith"), gender="m")
WOMAN = Entity(1, "person", "Ann Jones", ("ann", "jones"), gender="f")
SOMEONE = Entity(2, "person", "Taylor Reed", ("taylor", "reed"))
COMPANY = Entity(3, "org", "Acme Corp.")
TOWN = Entity(4, "place", "Springfield")
OFFICIALS = Entity(5, "group", "Officials")


@pytest.mark.parametrize(
    "word, fits, misfits",
    [
        ("he", [MAN, SOMEONE], [WOMAN, COMPANY, TOWN, OFFICIALS]),
        ("she", [WOMAN, SOMEONE], [MAN, COMPANY, TOWN, OFFICIALS]),
        ("they", [OFFICIALS, COMPANY], [MAN, WOMAN, TOWN]),
        ("it", [COMPANY, TOWN], [MAN, WOMAN, SOMEONE, OFFICIALS]),
    ],
)
def test_pronoun_agreement(word, fits, misfits):
    check = pronoun_check(word)
    assert all(check(e) for e in fits)
    assert not any(check(e) for e in misfits)


def test_named_checks_agree_with_pronoun_check():
    assert fits_person_pronoun(SOMEONE, "f") and not fits_person_pronoun(MAN, "f")
    assert fits_plural_pronoun(COMPANY) and not fits_plural_pronoun(TOWN)
    assert fits_thing_pronoun(TOWN) and not fits_thing_pronoun(SOMEONE)


def test_role_fits_kind_and_gender():
    assert fits_role(SOMEONE, wanted="person", role_gender="f")
    assert not fits_role(MAN, wanted="person", role_gender="f")  # "the spokeswoman"
    assert not fits_role(COMPANY, wanted="person", role_gender=None)
    assert fits_role(COMPANY, wanted="org", role_gender=None)


def test_role_words_normalise_abbreviated_titles():
    assert {"senator", "former"} <= role_words("Former Sen.")
    assert role_words(None) == set()


def titled(title: str | None, description: str | None = None) -> Entity:
    return Entity(9, "person", "Jane Roe", ("jane", "roe"), title=title, description=description)


@pytest.mark.parametrize(
    "entity, role, other_time",
    [
        (titled("NDP Leader"), "mayor", False),
        (titled("Gov."), "senator", False),
        (titled("Sen."), "judge", False),
        (titled("Rep."), "senator", False),
        (titled(None, "the mayor of Springfield"), "lawmaker", False),
        (titled("Foreign Minister"), "president", False),
    ],
)
def test_a_role_names_another_office_than_the_entitys(entity, role, other_time):
    assert holds_other_office(entity, role, other_time=other_time)


@pytest.mark.parametrize(
    "entity, role, other_time",
    [
        (titled("Sen."), "lawmaker", False),  # hypernym
        (titled("Senate Majority Leader"), "senator", False),  # a chamber's leader sits in it
        (titled("Russian leader"), "president", False),
        (titled("Gov."), "candidate", False),  # a role that names no office
        (titled("Sen."), "congressman", True),  # a role at another time
        (titled("former Gov."), "senator", False),  # an office the entity no longer holds
        (titled(None, "a retired teacher"), "mayor", False),  # no office at all
        (titled("Foreign Secretary"), "minister", False),  # synonym
    ],
)
def test_a_role_fits_the_same_office_a_hypernym_or_no_office(entity, role, other_time):
    assert not holds_other_office(entity, role, other_time=other_time)


def test_present_offices_read_titles_and_skip_past_ones():
    assert present_offices("Former Secretary of State and now Sen.") == {"senator"}
    assert present_offices("Prime Minister") == {"premier", "minister"}
    assert present_offices(None) == set()


@pytest.mark.parametrize(
    "entity, role, expected",
    [
        (titled("President"), "president", True),
        (titled("Sen."), "senator", True),
        (titled("Former Texas Gov."), "governor", False),
        (titled(None, "the former governor of Texas"), "governor", False),
        (titled("Sen."), "governor", False),  # not the role at all
    ],
)
def test_holds_role_now_only_for_a_present_office(entity, role, expected):
    assert holds_role_now(entity, role) is expected


def test_title_words_mark_words_after_a_time_modifier():
    assert title_words("Former Texas Gov.") == [("former", False), ("texas", True), ("governor", True)]


@pytest.mark.parametrize(
    "text, states",
    [
        ("R-Ky.", {"kentucky"}),
        ("D-N.Y., a member of the committee", {"new york"}),
        ("I-Vt.", {"vermont"}),
        ("R-Utah", {"utah"}),
        ("R-W.Va.", {"west virginia"}),
        ("a co-founder of the firm", set()),
        ("the author of H-1B reform", set()),
    ],
)
def test_party_tags_name_us_states(text, states):
    assert party_tag_states(text) == states


def observed(nlp, text: str):
    resolver = SpeakerResolver()
    doc = nlp(text)
    resolver.observe(doc, base=0)
    return resolver, doc


def word(doc, text: str, occurrence: int = 0):
    return [t for t in doc if t.text == text][occurrence]


def test_nearest_skips_the_nearer_incompatible_subject(nlp):
    resolver, doc = observed(nlp, "Ms. Jones met Mr. Smith on Tuesday. She said the bill would pass.")
    she = word(doc, "She")
    found = nearest(resolver.registry, she.idx, resolver.registry.walk_start(she, base=0), pronoun_check("she"))
    assert found.name == "Jones"


def test_nearest_finds_nothing_for_a_pronoun_without_antecedent(nlp):
    resolver, doc = observed(nlp, "Acme Corp. reported profits on Monday. She said demand was strong.")
    she = word(doc, "She")
    assert nearest(resolver.registry, she.idx, resolver.registry.walk_start(she, base=0), pronoun_check("she")) is None


def test_role_takes_the_entity_with_that_title(nlp):
    resolver, doc = observed(nlp, "Sen. Maria Lopez met Gov. Tom Baker on Monday. The senator said the budget was wrong.")
    senator = word(doc, "senator")
    span = doc[senator.i - 1:senator.i + 1]
    assert role_antecedent(resolver.registry, senator, span, "senator", senator.idx,
                           resolver.registry.walk_start(senator, base=0)).name == "Maria Lopez"


def test_role_without_a_fitting_entity(nlp):
    resolver, doc = observed(nlp, "Acme Corp. reported profits on Monday. The senator said the budget was wrong.")
    senator = word(doc, "senator")
    span = doc[senator.i - 1:senator.i + 1]
    assert role_antecedent(resolver.registry, senator, span, "senator", senator.idx,
                           resolver.registry.walk_start(senator, base=0)) is None


def test_searches_change_nothing(nlp):
    resolver, doc = observed(nlp, "Taylor Reed met the board on Monday. He said the plan would work.")
    before = copy.deepcopy(resolver.registry.entities)
    he = word(doc, "He")
    found = nearest(resolver.registry, he.idx, resolver.registry.walk_start(he, base=0), pronoun_check("he"))
    assert found.name == "Taylor Reed"
    assert resolver.registry.entities == before  # the gender is not learnt by the search


def test_resolving_a_pronoun_records_the_gender_it_implies(nlp):
    resolver, doc = observed(nlp, "Taylor Reed met the board on Monday. He said the plan would work.")
    reed = resolver.registry.entities[0]
    assert reed.gender is None
    speaker = resolver.resolve(word(doc, "He"), base=0)
    assert speaker.name == "Taylor Reed"
    assert reed.any_gender == "m"  # learnt, weaker than a stated gender


def test_resolution_order_matters_only_through_recorded_gender(nlp):
    """A learnt gender rules a person out for a later pronoun of the other gender."""
    text = "Taylor Reed met Jordan Blake on Friday. He left early. She said the talks had failed."
    resolver, doc = observed(nlp, text)
    assert resolver.resolve(word(doc, "He"), base=0).name == "Taylor Reed"
    assert resolver.resolve(word(doc, "She"), base=0).name == "Jordan Blake"
    fresh, doc2 = observed(nlp, text)
    assert fresh.resolve(word(doc2, "She"), base=0).name == "Taylor Reed"  # no "he" recorded first


def test_a_later_bearer_from_another_state_is_not_the_role(nlp):
    resolver, doc = observed(nlp, "The Florida senator said the bill would pass. Sen. John Doe, R-Ky., agreed.")
    role = word(doc, "senator")
    found = [later_role_bearer(resolver.registry, "senator", position=role.idx, until_paragraph=2, places=places)
             for places in (frozenset(), frozenset({"florida"}), frozenset({"kentucky"}))]
    assert [entity.name if entity else None for entity in found] == ["John Doe", None, "John Doe"]
