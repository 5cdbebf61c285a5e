"""Owners who speak: a possessive pronoun is resolved like its subject form ("his claim that …"), and a
person's campaign or government is named after that person ("his campaign" → "the Doe campaign").
One-sentence and multi-paragraph cases, positive and negative; no rule names a person."""

from __future__ import annotations

import pytest

from tests.test_speakers import one, resolve_all


@pytest.mark.parametrize(
    "paragraphs, head, occurrence, name",
    [
        (["Senator Jane Roe spoke in Ohio.", "Her campaign said she would return next week."], "campaign", 0,
         "the Roe campaign"),
        (["Mayor John Smith visited the plant.", "His campaign said the rally was cancelled."], "campaign", 0,
         "the Smith campaign"),
        (["Prime Minister Tom Green arrived on Monday.", "His government said taxes would fall."], "government", 0,
         "the Green government"),
    ],
)
def test_a_persons_campaign_is_named_after_the_person(nlp, paragraphs, head, occurrence, name):
    _, _, (speaker,) = resolve_all(nlp, paragraphs, [(1, head, occurrence)])
    assert (speaker.name, speaker.speaker_kind) == (name, "organisation")
    assert speaker.mention.lower().startswith(("his", "her"))  # the mention is still as written


def test_the_campaign_later_is_the_same_campaign(nlp):
    _, _, (first, later) = resolve_all(
        nlp,
        ["Senator Jane Roe spoke in Ohio.", "Her campaign said she would return.", "The campaign said it had raised money."],
        [(1, "campaign", 0), (2, "campaign", 0)],
    )
    assert first.name == later.name == "the Roe campaign"


@pytest.mark.parametrize(
    "sentence, head",
    [
        ("Their campaign said the rally was cancelled.", "campaign"),  # no person owns it
        ("The campaign said the rally was cancelled.", "campaign"),  # no owner at all
        ("His lawyer said the charges were false.", "lawyer"),  # a person, not an organisation
    ],
)
def test_without_a_named_owner_the_phrase_stays(nlp, sentence, head):
    speaker = one(nlp, sentence, head)
    assert speaker.name == speaker.mention


@pytest.mark.parametrize(
    "paragraphs, word, name, kind",
    [
        (["Governor Jane Roe spoke on Monday.", "Reporters asked about her claim that taxes would fall."], "her",
         "Jane Roe", "person"),
        (["Mayor John Smith spoke on Monday.", "Reporters asked about his claim that taxes would fall."], "his",
         "John Smith", "person"),
        (["Acme Corp. reported record profits.", "Analysts doubted its claim that demand was strong."], "its",
         "Acme Corp.", "organisation"),
    ],
)
def test_possessive_pronoun_is_resolved(nlp, paragraphs, word, name, kind):
    _, _, (speaker,) = resolve_all(nlp, paragraphs, [(1, word, 0)])
    assert (speaker.name, speaker.speaker_kind) == (name, kind)


def test_possessive_pronoun_of_the_writer_names_nobody(nlp):
    speaker = one(nlp, "Our claim that taxes would fall was right.", "Our")
    assert speaker.name is None


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        # a campaign named in passing, in a sentence with no cue, is what "the campaign" means later
        (["A new ad from Jane Roe's presidential campaign is out. The FBI said it had questions.",
          "The campaign says the spot will run in every state."], "the Roe campaign"),
        (["Tom Smith's campaign is new.", "The campaign says the spot will run in every state."], "the Smith campaign"),
    ],
)
def test_the_campaign_is_the_campaign_named_before(extract, paragraphs, name):
    records = extract("\n\n".join(paragraphs))
    assert (records[-1]["speaker_mention"], records[-1]["speaker"]) == ("The campaign", name)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no campaign named: never the last organisation subject
        ["The FBI said it would review the case.", "The campaign said the rally was cancelled."],
        # a campaign manager is a person, not a campaign
        ["Jane Roe's campaign manager was there.", "The campaign says the spot will run in every state."],
    ],
)
def test_the_campaign_without_a_campaign_named_stays_as_written(extract, paragraphs):
    records = extract("\n\n".join(paragraphs))
    assert records[-1]["speaker"] == "The campaign"


def test_a_possessed_role_is_the_person_described_with_it(nlp):
    _, _, (speaker,) = resolve_all(
        nlp,
        ["Jane Roe, Smith's spokeswoman, said he would run.", "Smith's spokeswoman said the race was close."],
        [(1, "spokeswoman", 0)],
    )
    assert (speaker.name, speaker.speaker_kind) == ("Jane Roe", "person")


@pytest.mark.parametrize(
    "paragraphs",
    [
        # never the owner of the role
        ["Tom Smith was charged with fraud on Monday.", "Smith's lawyer said the charges were false."],
        # nor someone with the role for another owner
        ["Jane Roe, Brown's lawyer, said he would appeal.", "Smith's lawyer said the charges were false."],
    ],
)
def test_a_possessed_role_with_no_bearer_stays_as_written(nlp, paragraphs):
    _, _, (speaker,) = resolve_all(nlp, paragraphs, [(1, "lawyer", 0)])
    assert speaker.name == "Smith's lawyer"
