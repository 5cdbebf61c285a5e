"""Property: every record's offsets slice the raw input exactly, whatever the input looks like."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLE_ARTICLE

MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„"]
WORDS = ["the", "mayor", "said", "told", "Smith", "he", "she", "according", "to", "plan", "will", "fail",
         "Monday", "last", "week", ",", ".", ":", "\n", "\n\n", "that", "reporters", "is", "safe"]

news_like_text = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.text(max_size=6)), max_size=60).map(" ".join)


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


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=news_like_text)
def test_offsets_slice_news_like_random_text(extract, text):
    assert_offsets_slice(text, extract(text))


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
