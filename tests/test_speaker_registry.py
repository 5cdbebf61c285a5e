"""The article registry (quotes.speakers.registry): entities, name linking, mentions, and the named
state changes."""

from __future__ import annotations

from quotes.speakers.mentions import name_parts
from quotes.speakers.registry import Entity, EntityRegistry, NameIndex, Paragraph


def person_entity(entity_id: int, *words: str) -> Entity:
    return Entity(entity_id, "person", " ".join(words), tuple(w.lower() for w in words))


def index_of(*entities: Entity) -> NameIndex:
    index = NameIndex()
    for entity in entities:
        index.add(entity)
    return index


# ---------------------------------------------------------------------------- name linking (no parse)

def test_surname_links_to_full_name():
    kato = person_entity(0, "Katsunobu", "Kato")
    assert index_of(kato).link(("kato",), [kato], {}) == 0


def test_first_name_links_only_when_no_surname_matches():
    anna, berg = person_entity(0, "Anna", "Berg"), person_entity(1, "Tom", "Anna")
    entities = [anna, berg]
    assert index_of(anna, berg).link(("anna",), entities, {}) == 1  # a surname first
    assert index_of(anna).link(("anna",), [anna], {}) == 0


def test_full_name_links_to_earlier_surname_alone():
    kato = person_entity(0, "Kato")
    assert index_of(kato).link(("katsunobu", "kato"), [kato], {}) == 0


def test_different_first_names_stay_apart():
    bill = person_entity(0, "Bill", "Clinton")
    assert index_of(bill).link(("hillary", "clinton"), [bill], {}) is None


def test_unknown_name_links_to_nobody():
    kato = person_entity(0, "Katsunobu", "Kato")
    assert index_of(kato).link(("suga",), [kato], {}) is None
    assert index_of(kato).link((), [kato], {}) is None


def test_most_recently_mentioned_wins_then_first_met():
    bill, hillary = person_entity(0, "Bill", "Clinton"), person_entity(1, "Hillary", "Clinton")
    entities = [bill, hillary]
    index = index_of(bill, hillary)
    assert index.link(("clinton",), entities, {0: 10, 1: 50}) == 1
    assert index.link(("clinton",), entities, {0: 90, 1: 50}) == 0
    assert index.link(("clinton",), entities, {}) == 0


def test_renamed_person_is_found_by_the_new_name_only():
    entity = person_entity(0, "Kato")
    index = index_of(entity)
    index.remove(entity)
    entity.name, entity.keys = "Katsunobu Kato", ("katsunobu", "kato")
    index.add(entity)
    assert index.link(("katsunobu",), [entity], {}) == 0
    assert index.has_surname("kato") and not index.has_surname("katsunobu")


# ---------------------------------------------------------------------------- entities from text

def registry_with(nlp, text: str, *, quoted=()) -> tuple[EntityRegistry, object]:
    doc = nlp(text)
    registry = EntityRegistry()
    registry.add_paragraph(doc, base=0, quoted=list(quoted))
    return registry, doc


def test_person_keeps_the_longest_name_and_title(nlp):
    registry, doc = registry_with(nlp, "Kato met Chief Cabinet Secretary Katsunobu Kato on Monday.")
    first = registry.person(doc, name_parts(doc, 0, 1, doc[0]), None)
    later_head = [t for t in doc if t.text == "Kato"][1]
    later = registry.person(doc, name_parts(doc, later_head.i - 1, later_head.i + 1, later_head), None)
    assert later is first
    assert (first.name, first.title) == ("Katsunobu Kato", "Chief Cabinet Secretary")


def test_gendered_title_sets_gender(nlp):
    registry, doc = registry_with(nlp, "Ms. Jones said the bill would pass.")
    entity = registry.person(doc, name_parts(doc, 0, 2, doc[1]), None)
    assert entity.gender == "f"


def test_organisations_of_one_name_are_one_entity(nlp):
    registry = EntityRegistry()
    assert registry.organisation("the White House", "org") is registry.organisation("White House", "org")
    assert registry.organisation("White House", "org") is not registry.organisation("White House", "place")


def test_learn_gender_fills_unknown_gender_only():
    registry = EntityRegistry()
    unknown, known = Entity(0, "person", "Taylor Reed"), Entity(1, "person", "Mr. Smith", gender="m")
    registry.learn_gender(unknown, "f")
    registry.learn_gender(known, "f")
    assert (unknown.any_gender, known.any_gender) == ("f", "m")


# ---------------------------------------------------------------------------- mentions

def test_a_span_is_one_mention_and_answers_with_the_last_entity(nlp):
    registry, doc = registry_with(nlp, "Acme Corp. said demand was strong.")
    first, second = registry.organisation("Acme Corp.", "org"), registry.organisation("Acme", "group")
    registry.add_mention(first, doc[0:2], base=0, salience=2)
    registry.add_mention(second, doc[0:2], base=0, salience=2)
    assert [e.id for e, _ in registry.by_recency(100)] == [first.id]
    assert registry.entity_of_span(0, len("Acme Corp.")) is second


def test_mentions_inside_quotes_are_marked(nlp):
    text = "“Smith is weak,” Brown said."
    registry, doc = registry_with(nlp, text, quoted=[(0, text.index(",") + 2)])
    smith, brown = registry.organisation("Smith", "org"), registry.organisation("Brown", "org")
    registry.add_mention(smith, doc[1:2], base=0, salience=1)
    registry.add_mention(brown, doc[-3:-2], base=0, salience=2)
    assert [e.name for e in registry.by_salience(len(text), (0, 0), quoted=False)] == ["Brown"]
    assert [e.name for e in registry.by_salience(len(text), (0, 0), quoted=True)] == ["Smith"]


def test_by_salience_prefers_the_later_sentence_then_subjects(nlp):
    text = "Mr. Brown met Mr. Smith. Ms. Jones thanked Mr. Lee. They left."
    registry, doc = registry_with(nlp, text)
    for word, sal in (("Brown", 2), ("Smith", 0), ("Jones", 2), ("Lee", 0)):
        head = [t for t in doc if t.text == word][0]
        registry.add_mention(registry.organisation(word, "org"), doc[head.i:head.i + 1], base=0, salience=sal)
    they = [t for t in doc if t.text == "They"][0]
    order = [e.name for e in registry.by_salience(they.idx, (0, 2), quoted=False)]
    assert order == ["Jones", "Lee", "Brown", "Smith"]
    assert [e.name for e, _ in registry.by_recency(they.idx)] == ["Lee", "Jones", "Smith", "Brown"]
    met = [t for t in doc if t.text == "met"][0]
    assert [e.name for e, _ in registry.by_recency(met.idx)] == ["Brown"]  # only mentions before


def test_paragraph_sentence_and_quote_lookup():
    para = Paragraph(0, (0, 8, 15), ((3, 9), (20, 30)))
    assert [para.sentence_of(i) for i in (0, 7, 8, 20)] == [0, 0, 1, 2]
    assert [para.is_quoted(c) for c in (2, 3, 8, 9, 25, 30)] == [False, True, True, False, True, False]
