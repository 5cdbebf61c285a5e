"""Who, by name: the name inside a role mention, documents speaking for their issuer, titles inside
entities, subjects first for pronouns, and the speaker kind of every record. One-sentence and
multi-paragraph cases, positive and negative; no rule names a person."""

from __future__ import annotations

import pytest
from spacy.pipeline import Sentencizer

from quotes.speakers import SpeakerResolver
from tests.test_speakers import one, resolve_all

# ---------------------------------------------------------------------------- the name in a role mention


@pytest.mark.parametrize(
    "sentence, head, name",
    [
        ("Her lawyer, Maria Lopez, said the charges were false.", "lawyer", "Maria Lopez"),
        ("The network's business editor Jane Roe said the market would fall.", "editor", "Jane Roe"),
        ("An agency official named Budi told reporters the road was closed.", "official", "Budi"),
    ],
)
def test_name_in_a_role_mention_wins(nlp, sentence, head, name):
    speaker = one(nlp, sentence, head)
    assert (speaker.name, speaker.kind, speaker.speaker_kind) == (name, "person", "person")
    assert speaker.description == speaker.mention  # the role is kept as the description


@pytest.mark.parametrize(
    "sentence, head, name",
    [
        ("A spokeswoman for the ministry, Jane Doe, said the program would continue.", "spokeswoman", "Jane Doe"),
        ("A lawyer for the family, Priya Patel, said they would appeal.", "lawyer", "Priya Patel"),
    ],
)
def test_name_after_the_employer_is_the_roles(nlp, sentence, head, name):
    speaker = one(nlp, sentence, head)
    assert (speaker.name, speaker.speaker_kind) == (name, "person")


def test_name_after_a_person_employer_may_be_the_employers(nlp):
    speaker = one(nlp, "A spokeswoman for the minister, Jane Doe, said the program would continue.", "spokeswoman")
    assert speaker.name == "A spokeswoman for the minister"


def test_role_mention_without_a_name_stays_as_written(nlp):
    speaker = one(nlp, "Her lawyer, a former prosecutor, said the charges were false.", "lawyer")
    assert (speaker.name, speaker.speaker_kind) == ("Her lawyer", "unnamed")


def test_name_from_a_role_mention_links_a_later_surname(nlp):
    _, _, (first, later) = resolve_all(
        nlp,
        ["Her lawyer, Maria Lopez, said the charges were false.", "Lopez added that the trial would be long."],
        [(0, "lawyer", 0), (1, "Lopez", 0)],
    )
    assert first.name == later.name == "Maria Lopez"
    assert later.description == "Her lawyer"


# ---------------------------------------------------------------------------- documents and their issuers


@pytest.mark.parametrize(
    "sentence, head, name, kind",
    [
        ("A statement released by the Prime Minister's Office said the visit was cancelled.", "statement",
         "Prime Minister's Office", "organisation"),
        ("A report by Harvard University said sleep matters.", "report", "Harvard University", "organisation"),
    ],
)
def test_document_speaks_for_its_issuer(nlp, sentence, head, name, kind):
    speaker = one(nlp, sentence, head)
    assert (speaker.name, speaker.speaker_kind) == (name, kind)
    assert speaker.mention.lower().startswith("a ")  # the mention is still the document


def test_document_without_issuer_stays_as_written(nlp):
    speaker = one(nlp, "A statement said the visit was cancelled.", "statement")
    assert (speaker.name, speaker.speaker_kind) == ("A statement", "unnamed")


def test_possessor_of_a_document_is_resolved_across_paragraphs(nlp):
    _, _, (speaker,) = resolve_all(
        nlp,
        ["Mayor Anna Berg met the council on Monday.", "Her statement said the budget was final."],
        [(1, "statement", 0)],
    )
    assert (speaker.mention, speaker.name, speaker.speaker_kind) == ("Her statement", "Anna Berg", "person")


# ---------------------------------------------------------------------------- titles and ranks


@pytest.mark.parametrize(
    "sentence, head, name, title",
    [
        ("Skipper Rohit Sharma said the team was ready.", "Sharma", "Rohit Sharma", "Skipper"),
        ("Chief Superintendent John Doe said the suspect was arrested.", "Doe", "John Doe", "Chief Superintendent"),
    ],
)
def test_sports_and_police_ranks_are_titles(nlp, sentence, head, name, title):
    speaker = one(nlp, sentence, head)
    assert (speaker.name, speaker.title, speaker.speaker_kind) == (name, title, "person")


def test_rank_and_surname_are_one_person(nlp):
    _, _, (first, later) = resolve_all(
        nlp,
        ["Skipper Rohit Sharma said the team was ready.", "Sharma added that the pitch looked dry."],
        [(0, "Sharma", 0), (1, "Sharma", 0)],
    )
    assert first.name == later.name == "Rohit Sharma"


def test_name_without_title_keeps_all_its_words(nlp):
    speaker = one(nlp, "Rohit Sharma said the team was ready.", "Sharma")
    assert (speaker.name, speaker.title) == ("Rohit Sharma", None)


# ---------------------------------------------------------------------------- pronouns: subjects first


def test_pronoun_takes_the_recent_subject_over_a_later_possessive(nlp):
    _, _, (first, second) = resolve_all(
        nlp,
        ["Donald Trump is raising questions about the debate with Hillary Clinton.",
         "He notes that the microphone failed. His audio was quieter than Clinton's.",
         "He says the commission must explain."],
        [(1, "He", 0), (2, "He", 0)],
    )
    assert first.name == second.name == "Donald Trump"


def test_pronoun_subject_in_the_same_sentence(nlp):
    speaker = one(nlp, "Taylor Reed thanked the staff of Jordan Blake before he left the stage.", "he")
    assert speaker.name == "Taylor Reed"


def test_subject_that_disagrees_is_skipped(nlp):
    _, _, (speaker,) = resolve_all(
        nlp, ["Ms. Jones met the lawyer of Mr. Smith on Monday.", "He said the deal was dead."], [(1, "He", 0)]
    )
    assert speaker.name == "Smith"


def _unparsed(nlp, text):
    return Sentencizer()(nlp.get_pipe("ner")(nlp.make_doc(text)))


@pytest.mark.parametrize(
    "unparsed, expected",
    [
        # in a sentence with no parse, the name that opens the clause is its subject
        ("In a statement on Tuesday, Anna Berg thanked Sam Baker and the staff.", "Anna Berg"),
        ("In a statement on Tuesday, presidential nominee Anna Berg thanked Sam Baker.", "Anna Berg"),
        # a name inside the sentence is not: the later mention is nearer
        ("The council thanked Anna Berg and Sam Baker on Tuesday.", "Sam Baker"),
        ("The council thanked presidential nominee Anna Berg and Sam Baker.", "Sam Baker"),
    ],
)
def test_unparsed_sentence_names_its_subject_first(nlp, unparsed, expected):
    resolver = SpeakerResolver()
    resolver.observe(_unparsed(nlp, unparsed), base=0)
    parsed = nlp("She said the budget was final.")
    resolver.observe(parsed, base=len(unparsed) + 2)
    assert resolver.resolve(parsed[0], base=len(unparsed) + 2).name == expected


# ---------------------------------------------------------------------------- speaker_kind on records


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Mayor Anna Berg said the bridge would reopen in May.", "person"),
        ("The ministry said the talks would resume next week.", "organisation"),
        ("Acme Corp. said demand was strong this year.", "organisation"),
        ("Officials said the border would reopen soon.", "group"),
        ("A source said the deal was close to done.", "unnamed"),
        ("He said the plan would fail before the vote.", "unnamed"),  # no antecedent
    ],
)
def test_every_record_has_a_speaker_kind(extract, text, kind):
    (record,) = extract(text)
    assert record["speaker_kind"] == kind
    assert list(record)[-1] == "speaker_kind"  # appended after the existing keys


def test_speaker_kind_of_a_resolved_pronoun_is_its_referent(extract):
    records = extract("Acme Corp. reported record profits on Monday.\n\nIt said demand was strong this year.")
    assert [r["speaker_kind"] for r in records] == ["organisation"]


# ---------------------------------------------------------------------------- titles standing for a person


def test_name_after_a_title_head(nlp):
    from quotes.speakers.mentions import name_after_title

    doc = nlp("Mr. Trump said the plan was good.")
    assert name_after_title(doc[0]).text == "Trump"
    alone = nlp("The Senator from Texas said the bill was bad.")
    assert name_after_title(alone[1]) is None


def test_capitalised_title_alone_is_a_role(nlp):
    _, _, (speaker,) = resolve_all(
        nlp, ["Sen. Ted Cruz spoke in Houston on Monday.", "The Senator from Texas said the bill was bad."],
        [(1, "Senator", 0)],
    )
    assert (speaker.name, speaker.kind, speaker.speaker_kind) == ("Ted Cruz", "role", "person")


def test_capitalised_title_alone_without_antecedent(nlp):
    speaker = one(nlp, "The Senator from Texas said the bill was bad.", "Senator")
    assert speaker.name != "Senator"
    assert speaker.speaker_kind == "unnamed"


# ---------------------------------------------------------------------------- acronyms and full names


def test_acronym_and_initials():
    from quotes.speakers.mentions import acronym, initials

    assert (acronym("EDC"), acronym("U.N."), acronym("NATO's"), acronym("Trump")) == ("EDC", "UN", "NATO", None)
    assert initials("Export Development Canada") == "EDC"
    assert initials("Immigration, Refugees and Citizenship Canada") == "IRCC"
    assert initials("White House") is None  # too short to stand for an acronym
    assert initials("Export development Canada") is None


def test_acronym_after_the_full_name_is_the_full_name(nlp):
    _, _, (full, short) = resolve_all(
        nlp,
        ["Export Development Canada said exports rose in May.", "EDC said the outlook was good."],
        [(0, "Canada", 0), (1, "EDC", 0)],
    )
    assert full.name == short.name == "Export Development Canada"
    assert short.mention == "EDC" and short.speaker_kind == "organisation"


def test_full_name_after_the_acronym_becomes_canonical(nlp):
    _, resolver, (short, full) = resolve_all(
        nlp,
        ["EDC said exports rose in May.", "Export Development Canada said the outlook was good."],
        [(0, "EDC", 0), (1, "Canada", 0)],
    )
    assert short.name == "EDC"  # only what was seen so far
    assert resolver.final(short).name == full.name == "Export Development Canada"


def test_other_acronym_stays_apart(nlp):
    _, _, (_, other) = resolve_all(
        nlp,
        ["Export Development Canada said exports rose in May.", "The EPA said the outlook was good."],
        [(0, "Canada", 0), (1, "EPA", 0)],
    )
    assert "EPA" in other.name


def test_common_noun_tagged_org_names_no_organisation(nlp):
    from spacy.tokens import Span

    resolver = SpeakerResolver()
    first = nlp("Wells Fargo fired thousands of workers on Monday.")
    resolver.observe(first, base=0)
    second = nlp("The Bank regretted it. The bank said the practice had ended.")
    second.ents = [Span(second, 1, 2, label="ORG")]  # NER took the common noun for a name
    base = len(first.text) + 2
    resolver.observe(second, base=base)
    bank = [t for t in second if t.lower_ == "bank"][1]
    assert resolver.resolve(bank, base=base).name == "Wells Fargo"


def test_named_organisation_is_registered(nlp):
    resolver = SpeakerResolver()
    doc = nlp("The Bank of England said rates would rise.")
    resolver.observe(doc, base=0)
    assert any("Bank of England" in e.name for e in resolver.registry.entities)


# ---------------------------------------------------------------------------- never junk


def test_punctuation_is_never_a_speaker(nlp):
    doc = nlp("’’ said the plan would fail.")
    resolver = SpeakerResolver()
    resolver.observe(doc, base=0)
    speaker = resolver.resolve(doc[0], base=0)
    assert speaker.name is None and speaker.speaker_kind == "unnamed"


def test_colon_introduced_quote_has_its_speaker_and_cue_where_they_are(extract):
    text = "The president wrote on Twitter on Monday:\n\n“We will win this fight and nobody can stop us.”"
    (record,) = extract(text)
    assert record["rule"] == "direct.colon_intro"
    assert text[record["speaker_start"]:record["speaker_end"]] == record["speaker_mention"] == "The president"
    assert text[record["cue_start"]:record["cue_end"]] == record["cue"] == "wrote"


def test_continued_quote_gets_the_previous_paragraphs_speaker(extract):
    text = ("“We will rebuild the bridge,” Mayor Anna Berg said on Tuesday.\n\n"
            "“It will take two years, and it will cost less than people fear.”")
    records = extract(text)
    assert [r["speaker"] for r in records] == ["Anna Berg", "Anna Berg"]
    assert records[1]["speaker_kind"] == "person"


# ---------------------------------------------------------------------------- roles named later (cataphora)


def test_role_named_in_the_next_paragraph(nlp):
    _, resolver, (speaker,) = resolve_all(
        nlp,
        ["The state attorney general said the company had misled its customers.",
         "Attorney General Eric Schneiderman filed the suit in Albany on Monday."],
        [(0, "general", 0)],
    )
    final = resolver.final(speaker)
    assert (final.name, final.kind, final.speaker_kind) == ("Eric Schneiderman", "role", "person")


def test_role_named_before_keeps_its_antecedent(nlp):
    _, resolver, (speaker,) = resolve_all(
        nlp,
        ["Sen. Maria Lopez spoke in Albany on Monday.", "The senator said the budget was a mistake.",
         "Sen. Tom Baker disagreed with the plan."],
        [(1, "senator", 0)],
    )
    assert resolver.final(speaker).name == "Maria Lopez"


def test_role_named_far_later_is_not_linked(nlp):
    filler = ["The weather was mild.", "Traffic was light downtown.", "The stadium was full."]
    _, resolver, (speaker,) = resolve_all(
        nlp,
        ["The state attorney general said the company had misled its customers.", *filler,
         "Attorney General Eric Schneiderman filed the suit in Albany on Monday."],
        [(0, "general", 0)],
    )
    assert resolver.final(speaker).name != "Eric Schneiderman"
