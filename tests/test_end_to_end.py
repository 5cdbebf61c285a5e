"""Whole articles: our example article (in the repo) and the seed article (from ../shared, if present)."""

import json

import pytest

from tests.conftest import EXAMPLE_ARTICLE, SEED_ARTICLE


def summary(records):
    return [(r["speaker"], r["type"], r["quote"][:30]) for r in records]


def test_example_article_records(extract):
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    records = extract(text, doc_id="examples/harbor-bridge.txt")
    got = summary(records)
    assert got == [
        ("Elena Ruiz", "indirect", "The city will close two lanes "),
        ("Elena Ruiz", "direct", "The bridge is safe, but it is "),
        ("Elena Ruiz", "direct", "We would rather fix it now tha"),
        ("Elena Ruiz", "indirect", "the work would cost about $14 "),
        ("Samuel Okafor", "indirect", "the contractor had agreed to w"),
        ("Samuel Okafor", "indirect", "commuters should expect waits "),
        ("Maria Chen", "mixed", "the last closure in the ’90s c"),
        ("Maria Chen", "direct", "People find another way to wor"),
        ("Maria Chen", "direct", "I have been here twenty-two ye"),
        ("Derek Hale", "indirect", "the city had ignored cheaper o"),
    ]
    by_quote = {r["quote"][:20]: r for r in records}
    ruiz = by_quote["The city will close "]
    assert (ruiz["speaker_title"], ruiz["cue"], ruiz["date"], ruiz["date_basis"]) == ("Mayor", "said", "2024-03-12", "stated")
    assert ruiz["document_date"] == "2024-03-12" and ruiz["document_date_source"] == "text"
    she = by_quote["the work would cost "]
    assert she["speaker_mention"] == "She" and she["speaker"] == "Elena Ruiz"
    assert by_quote["the city had ignored"]["date"] == "2024-03"  # "last week": month precision
    assert all(r["doc_id"] == "examples/harbor-bridge.txt" for r in records)
    # a quote running on over two paragraphs (no closing mark, next paragraph opens one) is one record
    run_on = by_quote["I have been here twe"]
    assert run_on["quote"].endswith("years.\n\n“I will be here after this too, but the city should have warned us sooner.")


@pytest.fixture(scope="module")
def seed_records(extract):
    if not SEED_ARTICLE.exists():
        pytest.skip("seed article not present (../shared/examples)")
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    return text, extract(text, "2021-02-16")


def find(records, speaker, fragment):
    hits = [r for r in records if r["speaker"] == speaker and fragment in r["quote"]]
    assert len(hits) == 1, (speaker, fragment, summary(records))
    return hits[0]


def test_seed_article_speakers_types_and_dates(seed_records):
    text, records = seed_records
    expected = [
        # The lede is dated by the next paragraph: the remarks were made last Wednesday.
        ("Vladimir Putin", "he will adhere to the country", "indirect", ("2021-02-10", "context")),
        ("Vladimir Putin", "he wants to “develop” ties", "mixed", ("2021-02-10", "stated")),
        # The same meeting, two paragraphs of background later.
        # A request reports what was asked, from the infinitive; the people told are not part of it.
        ("Vladimir Putin", "to ask Foreign Minister", "indirect", ("2021-02-10", "context")),
        ("Katsunobu Kato", "stance on the territorial dispute is unchanged", "indirect", ("2021-02-15", "stated")),
        ("Katsunobu Kato", "We would like to continue", "direct", ("2021-02-15", "context")),
        ("Katsunobu Kato", "Putin and Japanese Prime Minister", "indirect", ("2021-02-15", "context")),
        ("Dmitry Medvedev", "the constitutional revision has made", "indirect", ("2021-02-01", "stated")),
    ]
    for speaker, fragment, qtype, when in expected:
        record = find(records, speaker, fragment)
        assert record["type"] == qtype
        if when:
            assert (record["date"], record["date_basis"]) == when
    he = find(records, "Katsunobu Kato", "Putin and Japanese Prime Minister")
    assert he["speaker_mention"] == "He" and he["speaker_title"] == "Chief Cabinet Secretary"
    medvedev = find(records, "Dmitry Medvedev", "constitutional revision")
    assert medvedev["speaker_description"] == "the deputy chairman of Russia’s Security Council and former president"
    headline_end = text.index("MOSCOW")
    bullets_start = text.index("•")
    assert all(headline_end <= r["quote_start"] and r["quote_end"] < bullets_start for r in records)
    dateline_end = text.index("Russian President")  # "MOSCOW – " is furniture: no quote, speaker or cue
    assert all(r["quote_start"] >= dateline_end and (r["speaker_start"] or dateline_end) >= dateline_end for r in records)
    assert all(r["cue_start"] is None or r["cue_start"] >= dateline_end for r in records)


def test_seed_article_without_reference_date_keeps_date_text(extract):
    if not SEED_ARTICLE.exists():
        pytest.skip("seed article not present (../shared/examples)")
    records = extract(SEED_ARTICLE.read_text(encoding="utf-8"))
    medvedev = find(records, "Dmitry Medvedev", "constitutional revision")
    assert (medvedev["date"], medvedev["date_text"], medvedev["date_basis"]) == (None, "on Feb. 1", "stated")
    assert medvedev["document_date"] is None


def test_readme_example_record_is_what_the_tool_prints(extract):
    readme = (EXAMPLE_ARTICLE.parents[1] / "README.md").read_text(encoding="utf-8")
    shown = json.loads(readme.split("```json\n", 1)[1].split("\n", 1)[0])
    records = extract(EXAMPLE_ARTICLE.read_text(encoding="utf-8"), doc_id="examples/harbor-bridge.txt")
    assert records[0] == shown
