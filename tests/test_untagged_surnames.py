"""A known person's surname that the entity tagger leaves untagged is still a mention of that person
("Roe made the statement …" after "Jane Roe"), so that a later "she" or a role can point at it; a
surname inside a longer capitalised name or a sentence-opening function word is not. Fixtures written
for these tests."""

from __future__ import annotations

import pytest

from quotes.speakers import SpeakerResolver


def mentioned(nlp, later: str) -> list[str]:
    """Names of the persons mentioned in ``later`` (read with no entities) after a paragraph naming
    Jane Roe and Al From."""
    resolver = SpeakerResolver()
    first = "Jane Roe and Al From spoke to the committee on Monday."
    resolver.observe(nlp(first), base=0)
    doc = nlp(later)
    doc.ents = []  # as the tagger sometimes leaves a surname
    base = len(first) + 2
    resolver.observe(doc, base=base)
    registry = resolver.registry
    return [entity.name for entity, mention in registry.by_recency(base + len(later)) if mention.start >= base]


@pytest.mark.parametrize(
    "later, expected",
    [
        ("Roe made the statement during the debate.", ["Jane Roe"]),
        ("The senator thanked Sen. Roe for her work.", ["Jane Roe"]),
        # negatives: part of a longer name; a function word opening the sentence
        ("Roe Street was closed for the parade.", []),
        ("From the start, the plan was doomed.", []),
    ],
)
def test_an_untagged_known_surname_is_a_mention(nlp, later, expected):
    assert mentioned(nlp, later) == expected


def test_a_pronoun_after_an_untagged_surname_finds_that_person(nlp):
    resolver = SpeakerResolver()
    paragraphs = ["Jane Roe and Mary Doe spoke to the committee on Monday.",
                  "Doe left early. Roe made the statement during the debate.",
                  "Later she said the vote would pass."]
    docs, base = [], 0
    for i, text in enumerate(paragraphs):
        doc = nlp(text)
        if i == 1:
            doc.ents = []
        resolver.observe(doc, base=base)
        docs.append((doc, base))
        base += len(text) + 2
    doc, base = docs[2]
    she = next(t for t in doc if t.lower_ == "she")
    assert resolver.resolve(she, base=base).name == "Jane Roe"

