"""ParagraphParser: one Doc per paragraph, text and offsets intact, parses only where quotes can be."""

from __future__ import annotations

import pytest

from quotes.lexicon import may_hold_cue
from quotes.parsing import ParagraphParser, PosMapper, sentence_starts, split_pieces

MIXED = (
    "Mr. Kato arrived in Tokyo on Jan. 5 with aides. The weather was cold and grey. "
    "“We will not give up. We never have,” he said.  Rain fell on the city all week."
)
PLAIN = "Prime Minister Yoshihide Suga visited Washington in April with Toshimitsu Motegi."


@pytest.fixture(scope="session")
def parser(nlp):
    return ParagraphParser(nlp)


@pytest.fixture(scope="session")
def mixed_doc(parser):
    return parser.parse([MIXED], [True])[0]


def _piece_starting(text: str, fragment: str):
    start = text.index(fragment)
    return next(p for p in split_pieces(text) if p.start <= start < p.end)


@pytest.mark.parametrize(
    ("texts", "full"),
    [
        ([MIXED, PLAIN, "He left.   Then he said: “No.”\tThe end. "], [True, False, True]),
        (["", "“Only a quote.”", "x"], [True, True, False]),
    ],
)
def test_doc_text_is_the_paragraph_and_offsets_slice_it(parser, texts, full):
    docs = parser.parse(texts, full)
    assert len(docs) == len(texts)
    for text, doc in zip(texts, docs):
        assert doc.text == text
        for token in doc:
            assert text[token.idx:token.idx + len(token.text)] == token.text


def test_candidate_sentences_get_a_real_parse(mixed_doc):
    start = MIXED.index("“We")
    said = next(t for t in mixed_doc if t.text == "said")
    assert said.pos_ == "VERB" and said.dep_ == "ROOT"
    assert any(t.dep_ == "nsubj" and t.text == "he" for t in said.children)
    assert all(t.tag_ for t in mixed_doc if t.idx >= start and t.idx < MIXED.index("Rain"))


def test_other_sentences_get_entities_and_a_flat_stand_in_parse(mixed_doc):
    cold = next(t for t in mixed_doc if t.text == "cold")
    assert cold.dep_ == "dep" and cold.tag_ == ""  # not tagged, not parsed
    assert {(e.text, e.label_) for e in mixed_doc.ents} >= {("Kato", "PERSON"), ("Tokyo", "GPE")}
    sentence_texts = [s.text.strip() for s in mixed_doc.sents]
    assert "The weather was cold and grey." in sentence_texts
    assert "Rain fell on the city all week." in sentence_texts


def test_paragraph_not_worth_parsing_gets_entities_and_sentences_only(parser):
    doc = parser.parse([PLAIN + " It rained."], [False])[0]
    assert not doc.has_annotation("DEP") and not doc.has_annotation("TAG")
    assert "Yoshihide Suga" in {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert len(list(doc.sents)) == 2


def test_quote_spanning_sentences_is_one_piece():
    text = "The talks went on. He added: “It is over. We leave now. Nobody stays.” Then he left."
    piece = _piece_starting(text, "“It is over.")
    assert piece.parse
    assert piece.start <= text.index("He added") and piece.end >= text.index("stays.”") + len("stays.”")
    assert not any(text.index("“") < s < text.index("”") for s in sentence_starts(text, [(text.index("“"), text.index("”") + 1)]))


@pytest.mark.parametrize(
    ("text", "cuts"),
    [
        ("It rained. Then it snowed.", ["Then"]),
        ("Mr. Kato and Sen. Graham met. They talked.", ["They"]),  # titles never end a sentence
        ("He lives in the U.S. The rest is unknown.", []),  # acronyms: no cut (safe side)
        ("John F. Kennedy spoke. Jan. 5 was cold.", ["Jan."]),
        ("it rained. then it snowed.", []),  # no capital after the period
    ],
)
def test_sentence_starts(text, cuts):
    assert [text[s:].split()[0] for s in sentence_starts(text)[1:]] == cuts


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("It rained. The senator said it was over. Then it snowed.", ["The senator said"]),
        ("It rained. Smith's plan is ‘dead’, aides think. Then it snowed.", ["Smith's plan"]),
        ("It rained. Smith's plan is dead. Then it snowed.", []),  # an apostrophe is no quote mark
        ("It rained. According to aides it is dead. It snowed.", ["According to aides"]),
        ("It rained all week. Smith wrote:", ["Smith wrote:"]),
    ],
)
def test_which_sentences_are_parsed(text, parsed):
    pieces = split_pieces(text)
    assert [text[p.start:p.end].strip()[: len(w)] for p, w in zip([p for p in pieces if p.parse], parsed)] == parsed
    assert sum(p.parse for p in pieces) == len(parsed)
    assert pieces[0].start == 0 and pieces[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:]))


@pytest.mark.parametrize(
    "sentence",
    [
        "There is a cat, but I did not see it.",
        "That is what he told them, whether or not they asked.",
        "Everyone knows the plan that she has proposed.",
        "“We are ready,” said the minister, who had done so.",
    ],
)
def test_pos_mapper_agrees_with_the_attribute_ruler(nlp, sentence):
    mapper = PosMapper.from_ruler(nlp)
    assert mapper is not None
    doc = nlp(sentence, disable=["attribute_ruler", "lemmatizer"])
    expected = [t.pos_ for t in nlp.get_pipe("attribute_ruler")(doc.copy())]
    assert [t.pos_ for t in mapper(doc)] == expected


def test_without_sentence_gating_the_whole_paragraph_is_parsed(nlp):
    doc = ParagraphParser(nlp, gate_sentences=False).parse([MIXED], [True])[0]
    assert doc.text == MIXED
    assert all(t.tag_ for t in doc)
    assert next(t for t in doc if t.text == "cold").tag_ == "JJ"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister said the talks had failed.", True),
        ("Officials declined to comment.", True),  # a verb form: the parser decides
        ("According to the police, the driver fled.", True),
        ("Her statement that the talks failed surprised aides.", True),
        ("She gave a speech in Ohio on Monday.", False),  # a speech noun with no clause to report
        ("The interview ran for an hour, and that was all.", True),  # noun before a "that": parse
        ("That interview ran for an hour.", False),  # "that" before the noun is no complement
        ("The results were according to plan, more or less.", True),
        ("He acted accordingly, the record shows.", False),
        ("The United States and state officials met.", False),
        ("The senator talked at length about the new bridge.", True),  # a verb of talking with "about"
        ("The two sides held talks in Geneva.", False),  # no "about": no cue
        ("", False),
    ],
)
def test_only_text_that_could_hold_a_cue_is_sent_to_the_parser(sentence, expected):
    assert may_hold_cue(sentence) is expected
    assert any(piece.parse for piece in split_pieces(sentence)) is expected
