"""A lone surname is the one person of the article who bears it, whatever entity label spaCy gave it
(quotes.speakers.reading.names_sole_surname_bearer)."""

from __future__ import annotations

import pytest

from quotes.speakers import SpeakerResolver


def last_speaker(nlp, paragraphs: list[str], word: str):
    """Resolve the last ``word`` of the last paragraph, every paragraph observed first, in order."""
    resolver = SpeakerResolver()
    base = 0
    for paragraph in paragraphs:
        doc = nlp(paragraph)
        resolver.observe(doc, base=base)
        base += len(paragraph) + 2
    head = [t for t in doc if t.text == word][-1]
    return resolver.final(resolver.resolve(head, base=base - len(paragraphs[-1]) - 2))


@pytest.mark.parametrize(
    "paragraphs, word, name",
    [
        # spaCy sm labels the lone "Roe" LAW
        (["Premier Jane Roe announced the plan Tuesday.", '"It is a good day," Roe told reporters.'],
         "Roe", "Jane Roe"),
        (["Premier Jane Roe opened the session, and Roe said the plan was ready."], "Roe", "Jane Roe"),
        (["Jane Roe chairs the housing board.", "Roe said the quarterly sales were strong."], "Roe", "Jane Roe"),
    ],
)
def test_lone_surname_of_the_one_bearer_is_that_person(nlp, paragraphs, word, name):
    speaker = last_speaker(nlp, paragraphs, word)
    assert (speaker.name, speaker.speaker_kind) == (name, "person")


@pytest.mark.parametrize(
    "paragraphs, word",
    [
        # the state was met before the person who shares its name
        (["Washington lawmakers passed the bill on Monday.", "Jane Washington, who sponsored it, was pleased.",
          '"It is overdue," Washington said.'], "Washington"),
        # two people share the surname: the label is not overruled
        (["Bill Roe and Mary Roe spoke Monday.", '"It is a good day," Roe told reporters.'], "Roe"),
    ],
)
def test_lone_surname_is_not_forced_to_a_person(nlp, paragraphs, word):
    speaker = last_speaker(nlp, paragraphs, word)
    assert (speaker.name, speaker.speaker_kind) == (word, "organisation")


@pytest.mark.parametrize("organisation, name", [("Roe", "Roe"), ("Roe Holdings", "Jane Roe")])
def test_an_organisation_of_that_very_name_keeps_the_label(nlp, organisation, name):
    """The organisation is put in the registry by hand: spaCy sm's labels for a made-up firm vary."""
    resolver = SpeakerResolver()
    first = "Jane Roe chairs the housing board."
    resolver.observe(nlp(first), base=0)
    resolver.registry.organisation(organisation, "org")
    doc = nlp("Roe said the quarterly sales were strong.")
    base = len(first) + 2
    resolver.observe(doc, base=base)
    speaker = resolver.final(resolver.resolve(doc[0], base=base))
    assert speaker.name == name
