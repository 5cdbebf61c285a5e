"""Property: every record's offsets slice the raw input exactly, on generated news text with real quotes.

The generator writes attributions in every quote style the tool reads (straight, curly, « », single,
split quotes, cue before and after, a colon introduction, reported speech) and mixes in the noise real
articles carry (CRLF line ends, no-break spaces, emoji, stray marks, apostrophes), so the property is
checked on documents that do produce records, and the test counts how many do.
"""

import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.records import Document
from tests.conftest import EXAMPLE_ARTICLE

SPEAKERS = ["Maria Lopez", "Senator Tom Hale", "the mayor", "Officials", "Dr. Amara Singh", "A spokeswoman for the agency"]
PRONOUNS = ["she", "he", "they"]
STATEMENTS = [
    "We will rebuild the bridge before the winter comes",
    "The budget does not leave enough money for the schools",
    "Nobody in this city should wait three years for a bus",
    "Nobody on the council has moved this fast on anything",
    "The plan is going to cost far more than anyone admits",
    "Our nation’s hospitals can’t keep working like this",
]
REPORTED = [
    "the bridge would reopen in May",
    "the council had not seen the final budget",
    "the schools would get more teachers next year",
    "the company’s workers were not paid for three months",
]
FILLER = [
    "The council met on Tuesday.",
    "Traffic on the river road was heavy all week.",
    "It’s the third vote on the plan since the ’90s.",
    "Residents don’t agree on much 🙂 but they agree on this.",
    "The report runs to 40 pages.",
]


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


def _attribution(rng: random.Random) -> str:
    """One paragraph that attributes words to someone, in a randomly chosen quote style."""
    speaker = rng.choice(SPEAKERS)
    said = rng.choice(["said", "told reporters", "added", "said on Monday"])
    quote, second = rng.sample(STATEMENTS, 2)
    reported = rng.choice(REPORTED)
    lead = _capitalised(speaker)  # the speaker opening a sentence
    styles = [
        f'"{quote}," {speaker} {said}.',
        f"“{quote},” {speaker} {said}.",
        f"{lead} {said}: “{quote}.”",
        f'{lead} told reporters, "{quote}."',
        f"«{quote},» {speaker} {said}.",
        f"‘{quote},’ {speaker} {said}.",
        f"“{quote},” {speaker} {said}. “{second}.”",
        f"“{quote},” {rng.choice(PRONOUNS)} said, “and {second[0].lower() + second[1:]}.”",
        f"{lead} {said} that {reported}.",
        f"{_capitalised(reported)}, {speaker} {said}.",
        f"According to {speaker}, {reported}.",
        f"{lead} called the plan “a disaster for the city.”",
    ]
    return rng.choice(styles)


def generated_document(rng: random.Random, *, colon_intro: bool = False) -> str:
    """A short article: attributions, filler and noise, paragraphs joined with LF or CRLF.

    ``colon_intro``: may add a paragraph ending in a colon before a paragraph-long quote (the speaker
    is in the previous paragraph), a case whose offsets are wrong today (see the xfail below)."""
    paragraphs = [f"{rng.choice(SPEAKERS)} spoke at City Hall."]
    if colon_intro and rng.random() < 0.5:
        paragraphs.append(f"{_capitalised(rng.choice(SPEAKERS))} wrote on Twitter:")
        paragraphs.append(f"“{rng.choice(STATEMENTS)}.”")
    for _ in range(rng.randint(1, 4)):
        paragraph = _attribution(rng)
        if rng.random() < 0.4:
            paragraph = f"{rng.choice(FILLER)} {paragraph}"
        if rng.random() < 0.3:
            paragraph = f"{paragraph} {rng.choice(FILLER)}"
        paragraphs.append(paragraph)
    if rng.random() < 0.3:
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(['"', "’", "“Stray", "»"]))
    text = "\n\n".join(paragraphs)
    if rng.random() < 0.4:
        text = text.replace("\n", "\r\n")
    if rng.random() < 0.3:
        text = text.replace(" ", "\u00a0", rng.randint(1, 6))
    if rng.random() < 0.2:
        text = "  \n" + text + " \n"
    return text


def assert_offsets_slice(text: str, records: list[dict]) -> None:
    for record in records:
        json.loads(json.dumps(record, ensure_ascii=False))
        assert text[record["quote_start"]:record["quote_end"]] == record["quote"]
        assert record["quote"].strip()
        if record["speaker_start"] is not None:
            assert text[record["speaker_start"]:record["speaker_end"]] == record["speaker_mention"]
        if record["cue_start"] is not None:
            assert text[record["cue_start"]:record["cue_end"]] == record["cue"]
        assert 0.0 <= record["confidence"] <= 1.0
    starts = [r["quote_start"] for r in records]
    assert starts == sorted(starts), "records come in text order"


def test_generated_documents_yield_records_whose_offsets_slice(extractor):
    texts = [generated_document(random.Random(seed)) for seed in range(80)]
    results = extractor.extract_many([Document(f"gen-{i}", text) for i, text in enumerate(texts)])
    with_records = 0
    for text, records in zip(texts, results):
        assert not isinstance(records, Exception), records
        dicts = [r.to_dict() for r in records]
        assert_offsets_slice(text, dicts)
        with_records += bool(dicts)
    assert sum(len(records) for records in results) >= 2 * len(texts)
    assert with_records >= 0.95 * len(texts), f"only {with_records} of {len(texts)} generated documents gave records"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rng=st.randoms(use_true_random=False))
def test_offsets_slice_generated_documents(extract, rng):
    text = generated_document(rng)
    assert_offsets_slice(text, extract(text))


def test_offsets_slice_a_colon_introduced_quote(extract):
    """Speaker and cue stand in the colon's paragraph: their offsets count from there."""
    text = "Maria Lopez spoke at City Hall.\n\nThe mayor wrote on Twitter:\n\n“The budget does not leave enough money.”"
    records = extract(text)
    assert [(r["rule"], r["cue"], r["speaker_mention"]) for r in records] == [("direct.colon_intro", "wrote", "The mayor")]
    assert_offsets_slice(text, records)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_arbitrary_unicode_never_raises(extract, text):
    assert_offsets_slice(text, extract(text))


def test_offsets_slice_the_example_article_with_crlf_and_leading_space(extract):
    base = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    for text in (base, base.replace("\n", "\r\n"), "   \n\t" + base, base.replace("“", '"').replace("”", '"')):
        records = extract(text)
        assert len(records) >= 8
        assert_offsets_slice(text, records)
