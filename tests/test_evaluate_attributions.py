"""``quotes eval --dates`` and ``--speakers``: per-attribution gold tied to gold quotes and found predictions."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotes.evaluate import (
    load_gold,
    load_predictions,
    names_speaker,
    run_eval,
    score_dates,
    score_speakers,
)

TEXT = (
    "“We will rebuild the bridge,” Mayor Ana Ruiz said Tuesday. "
    "“It will take a year,” she added. "
    "The transport department said the lanes would reopen in May. "
    "Residents said they were tired of the traffic."
)


def write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def gold_quote(quote: str, attribution_id: str, *, speaker: str, fragment: str = "1/1") -> dict:
    start, end = span(quote)
    s_start = TEXT.index(speaker)
    return {"quote": quote, "quote_start": start, "quote_end": end, "type": "direct", "cue": "said",
            "speaker": speaker, "speaker_start": s_start, "speaker_end": s_start + len(speaker),
            "attribution_id": attribution_id, "fragment": fragment}  # fmt: skip


def prediction(quote: str, *, date: str | None, speaker: str | None) -> dict:
    start, end = span(quote)
    s_start = TEXT.find(speaker) if speaker else -1
    mention = (s_start, s_start + len(speaker)) if s_start >= 0 else (None, None)
    return {"doc_id": "d1", "quote": quote, "quote_start": start, "quote_end": end, "type": "direct",
            "speaker": speaker, "speaker_mention": speaker, "speaker_start": mention[0], "speaker_end": mention[1],
            "cue": "said", "rule": "direct.cue_after", "date": date}  # fmt: skip


GOLD = [
    gold_quote("We will rebuild the bridge", "E1", speaker="Mayor Ana Ruiz"),
    gold_quote("It will take a year", "E2", speaker="she"),
    gold_quote("the lanes would reopen in May", "E3", speaker="The transport department"),
    gold_quote("they were tired of the traffic", "E4", speaker="Residents"),
]
DATES = [
    {"doc_id": "d1", "attribution_id": "E1", "date": "2024-03-12", "basis": "stated", "date_text": "Tuesday"},
    {"doc_id": "d1", "attribution_id": "E2", "date": "2024-03-12", "basis": "context", "date_text": "Tuesday"},
    {"doc_id": "d1", "attribution_id": "E3", "date": "2024-03-14", "basis": "document", "date_text": None},
    {"doc_id": "d1", "attribution_id": "E4", "date": None, "basis": "unknown", "date_text": None},
    {"doc_id": "not-in-gold", "attribution_id": "E1", "date": None, "basis": "unknown", "date_text": None},
]
NAMES = [
    {"doc_id": "d1", "attribution_id": "E1", "speaker_name": "Ana Ruiz", "speaker_kind": "person"},
    {"doc_id": "d1", "attribution_id": "E2", "speaker_name": "Ana Ruiz", "speaker_kind": "person"},
    {"doc_id": "d1", "attribution_id": "E3", "speaker_name": "Department of Transport", "speaker_kind": "organisation"},
    {"doc_id": "d1", "attribution_id": "E4", "speaker_name": "Residents", "speaker_kind": "group"},
]
PREDICTIONS = [
    prediction("We will rebuild the bridge", date="2024-03-12", speaker="Ana Ruiz"),
    prediction("It will take a year", date="2024-03-14", speaker="she"),  # wrong date; lenient-only speaker
    # E3 not found: the prediction covers too little of the gold span.
    prediction("reopen in May", date="2024-03-14", speaker="The transport department"),
    prediction("they were tired of the traffic", date=None, speaker="residents"),
]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    return {
        "gold": write_jsonl(tmp_path / "gold.jsonl", [{"id": "d1", "text": TEXT, "date": "2024-03-14", "quotes": GOLD}]),
        "pred": write_jsonl(tmp_path / "pred.jsonl", PREDICTIONS),
        "dates": write_jsonl(tmp_path / "dates.jsonl", DATES),
        "names": write_jsonl(tmp_path / "names.jsonl", NAMES),
    }


def test_dates_are_scored_per_basis_over_found_quotes(files):
    report = score_dates(DATES, load_gold(files["gold"]), load_predictions(files["pred"]))
    counts = {b.basis: (b.n_gold, b.found, b.right) for b in report.bases}
    # Rows of documents outside the gold are left out; E3 is not found, so it is neither right nor wrong.
    assert counts == {
        "stated": (1, 1, 1),
        "context": (1, 1, 0),
        "document": (1, 0, 0),
        "unknown": (1, 1, 1),  # a null date is right for an unknown time
        "all": (4, 3, 2),
    }
    assert report.basis("context").accuracy == 0.0 and report.basis("document").accuracy is None
    # Loosely found: the short prediction covers more than 0.3 of E3's span.
    assert (report.basis("document").found_loose, report.basis("document").right_loose) == (1, 1)


def test_an_attribution_is_its_first_fragment(files, tmp_path):
    # The first gold fragment of E1 is the quote; a later fragment nothing predicts must not hide it.
    second = gold_quote("It will take a year", "E1", speaker="she", fragment="2/2")
    first = gold_quote("We will rebuild the bridge", "E1", speaker="Mayor Ana Ruiz", fragment="1/2")
    gold_path = write_jsonl(tmp_path / "g.jsonl", [{"id": "d1", "text": TEXT, "date": None, "quotes": [second, first]}])
    report = score_dates(DATES[:1], load_gold(gold_path), load_predictions(files["pred"]))
    assert (report.basis("stated").found, report.basis("stated").right) == (1, 1)


def test_speakers_strict_beside_lenient(files):
    report = score_speakers(NAMES, load_gold(files["gold"]), load_predictions(files["pred"]))
    person, group, everyone = report.kind("person"), report.kind("group"), report.kind("all")
    assert (person.found, person.strict_right, person.lenient_right) == (2, 1, 2)
    assert (group.found, group.strict_right) == (1, 1)
    assert report.kind("organisation").found == 0
    assert (everyone.n_gold, everyone.found, everyone.strict_right) == (4, 3, 2)


@pytest.mark.parametrize(
    ("name", "kind", "speaker", "right"),
    [
        ("Ana Ruiz", "person", "Ana Ruiz", True),
        ("Ana Ruiz", "person", "Mayor Ruiz", True),
        ("Ana Ruiz", "person", "the mayor", False),
        ("Ana Ruiz", "person", "Ruizes", False),  # the surname must be a whole word
        ("Vann R. Newkirk II", "person", "Newkirk", True),  # generational suffix skipped
        ("Ana Ruiz", "person", None, False),
        ("Hillary Clinton’s campaign", "organisation", "the Clinton campaign", True),
        ("Donald Trump’s presidential campaign", "organisation", "the Clinton campaign", False),  # generic word only
        ("Department of Veterans Affairs", "organisation", "the VA", False),
        ("Department of Veterans Affairs", "organisation", "the Veterans Affairs Department", True),
        ("Republicans", "group", "Republican leaders", True),
        ("campaign aides", "group", "aides", True),
        ("campaign aides", "group", "officials", False),
        ("We", "unnamed", "we", True),  # only function words: the same words
        ("We", "unnamed", "they", False),
    ],
)
def test_strict_name_rule(name, kind, speaker, right):
    assert names_speaker(name, kind, speaker) is right


def test_run_eval_adds_both_tables_and_json(files):
    out = io.StringIO()
    assert run_eval(files["gold"], files["pred"], dates=files["dates"], speakers=files["names"], out=out) == 0
    text = out.getvalue()
    assert "date basis" in text and "speaker kind" in text
    out = io.StringIO()
    run_eval(files["gold"], files["pred"], dates=files["dates"], speakers=files["names"], as_json=True, out=out)
    result = json.loads(out.getvalue())
    assert result["dates"]["stated"]["F@.8"] == {"found": 1, "right": 1, "accuracy": 1.0}
    assert result["speakers"]["person"]["strict"] == 0.5 and result["speakers"]["person"]["lenient"] == 1.0
    assert "slices" in result  # the quote report is still there


def test_run_eval_rejects_a_gold_file_without_the_fields(files, tmp_path, capsys):
    broken = write_jsonl(tmp_path / "broken.jsonl", [{"doc_id": "d1", "attribution_id": "E1"}])
    assert run_eval(files["gold"], files["pred"], dates=broken, out=io.StringIO()) == 2
    assert capsys.readouterr().err.startswith(f"quotes eval: {broken}:1: missing field date, basis")
