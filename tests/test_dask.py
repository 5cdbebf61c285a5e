"""quotes.dask: bags and dataframes of records on a 2-worker LocalCluster, one extractor per process."""

from __future__ import annotations

import pytest

pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import dask.bag as db  # noqa: E402 - after the skips
import dask.dataframe as dd  # noqa: E402
from fakes import FakeExtractor, LoggingFakeExtractor  # noqa: E402

from quotes.dask import DocumentFailed, extract_bag, extract_dataframe, record_dtypes  # noqa: E402
from quotes.records import RECORD_KEYS, Document  # noqa: E402


def expected(doc_id, text, date=None):
    return [r.to_dict() for r in FakeExtractor().extract(Document(doc_id, text, date=date), default_date=None)]


def test_a_bag_of_texts_and_dicts_gives_record_dicts_in_order(dask_client):
    items = ['He said "one".', {"id": "b", "text": 'x "two" y', "date": "2020-01-02"}, 'And "three" and\n"four"']
    bag = db.from_sequence(items, npartitions=2)
    records = extract_bag(bag, extractor_factory=FakeExtractor).compute()
    assert records == (
        expected("0:0", items[0]) + expected("b", items[1]["text"], "2020-01-02") + expected("1:0", items[2])
    )
    assert list(records[0]) == list(RECORD_KEYS)


def test_bag_field_names_and_the_default_date(dask_client):
    bag = db.from_sequence([{"key": "k1", "body": '"q" said X', "published": None}], npartitions=1)
    records = extract_bag(
        bag, id="key", text="body", date="published", default_date="2021-02-16", extractor_factory=FakeExtractor
    ).compute()
    assert [(r["doc_id"], r["date"]) for r in records] == [("k1", "2021-02-16")]


def test_a_failing_document_raises_is_skipped_or_is_included(dask_client):
    bag = db.from_sequence(['"ok" one', {"id": "bad", "text": "BOOM"}, 7, {"id": "empty", "text": " "}], npartitions=2)
    with pytest.raises(DocumentFailed, match="bad: RuntimeError: boom in text"):
        one_failure = db.from_sequence(['"ok" one', {"id": "bad", "text": "BOOM"}], npartitions=1)
        extract_bag(one_failure, extractor_factory=FakeExtractor).compute()
    assert [r["doc_id"] for r in extract_bag(bag, on_error="skip", extractor_factory=FakeExtractor).compute()] == [
        "0:0"
    ]
    included = extract_bag(bag, on_error="include", extractor_factory=FakeExtractor).compute()
    assert [r for r in included if "error" in r] == [
        {"doc_id": "bad", "error": "RuntimeError: boom in text"},
        {"doc_id": "1:0", "error": "bag item is not a text or a dict (got int)"},
        {"doc_id": "empty", "error": "empty document"},
    ]
    with pytest.raises(ValueError, match="on_error"):
        extract_bag(bag, on_error="ignore")


def test_the_extractor_is_built_once_per_worker_process_and_never_pickled(dask_client, tmp_path):
    log = tmp_path / "built.log"
    bag = db.from_sequence([f'"{n}" said X' for n in range(40)], npartitions=20)
    records = extract_bag(bag, model=str(log), extractor_factory=LoggingFakeExtractor).compute()
    assert len(records) == 40
    worker_pids = set(dask_client.run(lambda: __import__("os").getpid()).values())
    built = log.read_text().split()
    assert len(built) == len(set(built)) and set(built) <= {str(pid) for pid in worker_pids}


def test_a_dataframe_gives_a_record_table_that_round_trips_through_parquet(dask_client, tmp_path):
    frame = pd.DataFrame(
        {
            "text": ['He said "one".', "no quote here", 'a "two" b\nc "three" d'],
            "date": pd.to_datetime(["2020-03-04", None, "2021-05-06"]),  # timestamps, one missing
        },
        index=[10, 11, 12],
    )
    records = extract_dataframe(dd.from_pandas(frame, npartitions=2), extractor_factory=FakeExtractor)
    records.to_parquet(tmp_path / "records", write_index=False)
    table = pd.read_parquet(tmp_path / "records")
    want = expected("10", frame.text[10], "2020-03-04") + expected("12", frame.text[12], "2021-05-06")
    assert list(table.columns) == list(RECORD_KEYS)
    assert [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in table.to_dict("records")] == want
    assert str(table.dtypes["speaker_start"]) == "Int64" and str(table.dtypes["quote_start"]) == "int64"


def test_dataframe_columns_by_name_and_failures(dask_client):
    frame = pd.DataFrame({"key": ["a", "b"], "body": ['"q" one', "BOOM"]})
    ddf = dd.from_pandas(frame, npartitions=1)
    with pytest.raises(DocumentFailed, match="b: RuntimeError"):
        extract_dataframe(ddf, id="key", text="body", extractor_factory=FakeExtractor).compute()
    kept = extract_dataframe(ddf, id="key", text="body", on_error="skip", extractor_factory=FakeExtractor).compute()
    assert list(kept.doc_id) == ["a"]
    with pytest.raises(ValueError, match="no 'text' column"):
        extract_dataframe(ddf)


def test_record_dtypes_cover_every_record_key():
    assert list(record_dtypes()) == list(RECORD_KEYS)
