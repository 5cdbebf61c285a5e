"""Scoring rules of ``quotes eval``: trimming, pairing, thresholds, speakers, slices, the command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotes.evaluate import (
    LOOSE,
    STRICT,
    GoldQuote,
    format_report,
    is_speech_cue,
    load_gold,
    load_predictions,
    normalise_cue,
    pair_spans,
    run_eval,
    score,
    speaker_matches,
    trim_span,
)

# --------------------------------------------------------------------------- helpers


def write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def gold_quote(text: str, quote: str, *, speaker: str | None = None, cue: str = "said", type: str = "direct",
               occurrence: int = 0) -> dict:
    start = _find(text, quote, occurrence)
    row = {"quote": quote, "quote_start": start, "quote_end": start + len(quote), "type": type, "cue": cue,
           "speaker": speaker, "speaker_start": None, "speaker_end": None}
    if speaker is not None:
        row["speaker_start"] = text.index(speaker)
        row["speaker_end"] = row["speaker_start"] + len(speaker)
    return row


def prediction(doc_id: str, text: str, quote: str, *, speaker: str | None = None, type: str = "direct",
               cue: str | None = "said", rule: str = "direct.cue_after") -> dict:
    start = text.index(quote)
    row = {"doc_id": doc_id, "quote": quote, "quote_start": start, "quote_end": start + len(quote), "type": type,
           "speaker": speaker, "speaker_mention": speaker, "speaker_start": None, "speaker_end": None, "cue": cue,
           "rule": rule}
    if speaker is not None:
        row["speaker_start"] = text.index(speaker)
        row["speaker_end"] = row["speaker_start"] + len(speaker)
    return row


def _find(text: str, sub: str, occurrence: int) -> int:
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(sub, index + 1)
    return index


def score_files(tmp_path: Path, text: str, gold: list[dict], preds: list[dict], **meta):
    gold_path = write_jsonl(tmp_path / "gold.jsonl", [{"id": "d1", "text": text, "date": None, "quotes": gold,
                                                       "meta": meta}])
    pred_path = write_jsonl(tmp_path / "pred.jsonl", preds)
    return score(load_gold(gold_path), load_predictions(pred_path))


# --------------------------------------------------------------------------- trimming


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("“We will win,” she said.", "“We will win,”", "We will win"),
        ('"We will win," she said.', '"We will win,"', "We will win"),
        ("He said that taxes will rise.", "that taxes will rise.", "taxes will rise"),
        ("He said that “taxes will rise.”", "that “taxes will rise.”", "taxes will rise"),
        ("He said  taxes will rise ...", " taxes will rise ...", "taxes will rise"),
        ("She said thatcherism is over.", "thatcherism is over.", "thatcherism is over"),  # a word, not "that"
        ("“That is false,” she said.", "“That is false,”", "That is false"),  # only the lower-case complementiser
        ("He said (it is fine).", "(it is fine).", "it is fine"),
        ("He said ``it is fine''.", "``it is fine''", "it is fine"),
    ],
)
def test_trim_span_drops_marks_punctuation_and_leading_that(text, span, kept):
    start = text.index(span)
    trimmed = trim_span(text, start, start + len(span))
    assert text[trimmed[0]:trimmed[1]] == kept


def test_trim_span_of_punctuation_only_is_empty():
    text = "He said: “…”"
    start, end = trim_span(text, 8, len(text))
    assert start == end


# --------------------------------------------------------------------------- pairing and thresholds


def test_two_predictions_on_one_gold_give_one_match(tmp_path):
    text = "“We will build it and we will pay for it,” Smith said. Nothing else happened."
    gold = [gold_quote(text, "“We will build it and we will pay for it,”", speaker="Smith")]
    preds = [
        prediction("d1", text, "“We will build it and we will pay for it,”"),
        prediction("d1", text, "We will build it and we will pay for it"),
    ]
    report = score_files(tmp_path, text, gold, preds)
    everything = report.slice("all")
    assert everything.counts(STRICT.name).matched_gold == 1
    assert everything.counts(STRICT.name).matched_pred == 1
    assert everything.precision(STRICT.name) == pytest.approx(0.5)
    assert everything.recall(STRICT.name) == pytest.approx(1.0)


def test_pairing_is_greedy_by_largest_overlap():
    gold = [(0, 100), (100, 140)]
    predicted = [(50, 140), (0, 100)]
    # The exact prediction takes the first gold span; the other falls back to the second.
    assert pair_spans(gold, predicted, LOOSE) == {1: 0, 0: 1}


def test_a_loose_superset_does_not_steal_a_strict_match():
    gold = [(0, 100)]
    exact, sprawling = (0, 95), (0, 300)
    assert pair_spans(gold, [sprawling, exact], STRICT) == {1: 0}
    assert pair_spans(gold, [sprawling, exact], LOOSE) == {0: 0}


# Gold is the letters 100..200 of a text of plain letters, so trimming changes nothing.
@pytest.mark.parametrize(
    ("pred", "strict", "loose"),
    [
        ((100, 179), False, True),  # covers 0.79 of gold
        ((100, 180), True, True),  # exactly 0.8
        ((100, 181), True, True),  # 0.81
        ((100, 224), True, True),  # gold is 100/124 = 0.806 of the prediction
        ((100, 227), False, True),  # 100/127 = 0.787 of the prediction
        ((100, 129), False, False),  # 0.29 of gold
        ((100, 131), False, True),  # 0.31 of gold
        ((0, 131), False, True),  # F@.3 does not care how long the prediction is
        ((200, 260), False, False),  # touching, no overlap
    ],
)
def test_coverage_thresholds(tmp_path, pred, strict, loose):
    text = "x" * 300
    gold = [{"quote": text[100:200], "quote_start": 100, "quote_end": 200, "type": "direct", "cue": "said",
             "speaker": None, "speaker_start": None, "speaker_end": None}]
    preds = [{"doc_id": "d1", "quote": text[pred[0]:pred[1]], "quote_start": pred[0], "quote_end": pred[1],
              "type": "direct", "cue": "said", "rule": "r"}]
    report = score_files(tmp_path, text, gold, preds)
    assert report.slice("all").counts(STRICT.name).matched_gold == int(strict)
    assert report.slice("all").counts(LOOSE.name).matched_gold == int(loose)


def test_trimming_applies_before_coverage(tmp_path):
    # Gold keeps its marks and "that"; the prediction has neither: still an exact match.
    text = "The mayor said that “the bridge will open in May.” Then she left."
    gold = [gold_quote(text, "that “the bridge will open in May.”", type="mixed")]
    preds = [prediction("d1", text, "the bridge will open in May", type="mixed")]
    report = score_files(tmp_path, text, gold, preds)
    assert report.slice("mixed").f1(STRICT.name) == pytest.approx(1.0)


# --------------------------------------------------------------------------- speakers


def _gold_speaker(name: str | None, start: int | None, end: int | None) -> GoldQuote:
    return GoldQuote(0, 10, "direct", name, start, end, "said", True)


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [
        (("he", 40, 42), {"speaker": "Donald Trump", "speaker_mention": "he", "speaker_start": 40, "speaker_end": 42}, True),
        (("Donald Trump", 0, 12), {"speaker": "Trump", "speaker_mention": "Trump", "speaker_start": 90, "speaker_end": 95}, True),
        (("Trump's campaign", 0, 16), {"speaker": "Trump", "speaker_mention": None}, True),
        (("Smith", 0, 5), {"speaker": "he", "speaker_mention": "he", "speaker_start": 30, "speaker_end": 32}, False),
        (("Mr. Smith", 0, 9), {"speaker": "Mr. Jones", "speaker_mention": "Mr. Jones"}, False),
        (("The Post", 0, 8), {"speaker": "The Times", "speaker_mention": "The Times"}, False),
        (("Smith", 0, 5), {"speaker": None, "speaker_mention": None}, False),
        (("a source", 0, 8), {"speaker": "A source", "speaker_mention": "A source", "speaker_start": 50, "speaker_end": 58}, False),
    ],
)
def test_speaker_rules(gold, pred, right):
    assert speaker_matches(_gold_speaker(*gold), pred) is right


def test_speaker_accuracy_counts_only_matched_pairs_with_a_gold_speaker(tmp_path):
    text = "“Taxes will go up next year,” Smith said. “Nobody knows what comes next,” the sign read. Later he said more."
    gold = [
        gold_quote(text, "“Taxes will go up next year,”", speaker="Smith"),
        gold_quote(text, "“Nobody knows what comes next,”", speaker=None, cue="read"),
    ]
    preds = [
        prediction("d1", text, "“Taxes will go up next year,”", speaker="he"),  # wrong speaker
        prediction("d1", text, "“Nobody knows what comes next,”", speaker="Smith"),  # gold has none
    ]
    report = score_files(tmp_path, text, gold, preds)
    counts = report.slice("all").counts(STRICT.name)
    assert (counts.speaker_right, counts.speaker_pairs) == (0, 1)
    assert report.slice("all").speaker_accuracy(STRICT.name) == 0.0


# --------------------------------------------------------------------------- cues and slices


@pytest.mark.parametrize(
    ("cue", "lemma"),
    [
        ("said", "say"),
        ("told", "tell"),
        ("says", "say"),
        ("wrote", "write"),
        ("has said", "say"),
        ("also said", "say"),
        ("reportedly said", "say"),
        ("said in a statement", "say"),
        ("said:", "say"),
        ("Has Also Said:", "say"),
        ("noted", "note"),
        ("noting", "note"),
        ("replied", "reply"),
        ("admitted", "admit"),
        ("argues", "argue"),
        ("pointed out", "point out"),
        ("went on to say", "say"),
        ("was asked", "ask"),
        ("according to", "according to"),
        (":", ":"),
        ("thinks", "think"),
        ("is widely expected", "expect"),
        ("seemed", "seem"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalise_cue(cue, lemma):
    assert normalise_cue(cue) == lemma


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        ("said", True),
        ("according to", True),
        (":", True),
        ("tweeted", True),
        ("told reporters", True),
        ("think", False),
        ("believes", False),
        ("seems", False),
        ("appeared", False),
        ("showed", False),
        ("wants", False),
        ("is expected", False),
        ("know", False),
        ("hopes", False),
        ("called", False),
        ("", False),
    ],
)
def test_speech_cues(cue, speech):
    assert is_speech_cue(cue) is speech


def test_slice_membership(tmp_path):
    text = ("Jones thinks the plan will fail. According to Lee, the plan will work. "
            "“It is done,” Kim said. Ross said that it was “a fine result” for all.")
    gold = [
        gold_quote(text, "the plan will fail", cue="thinks", type="indirect", speaker="Jones"),
        gold_quote(text, "the plan will work", cue="According to", type="indirect", speaker="Lee"),
        gold_quote(text, "“It is done,”", cue="said", type="direct", speaker="Kim"),
        gold_quote(text, "that it was “a fine result” for all", cue="said", type="mixed", speaker="Ross"),
    ]
    preds = [
        prediction("d1", text, "the plan will fail", type="indirect", cue="thinks"),  # out of the speech slice
        prediction("d1", text, "“It is done,”", cue=None),  # no cue: still speech
    ]
    report = score_files(tmp_path, text, gold, preds)
    sizes = {s.name: (s.n_gold, s.n_pred) for s in report.slices}
    assert sizes == {"direct": (1, 1), "mixed": (1, 0), "speech": (3, 1), "all": (4, 2)}
    # The belief prediction is right for precision in "all" but not counted in the speech slice.
    assert report.slice("all").precision(STRICT.name) == pytest.approx(1.0)
    assert report.slice("speech").recall(STRICT.name) == pytest.approx(1 / 3)


# --------------------------------------------------------------------------- files and the command


def _files(tmp_path: Path) -> tuple[str, str]:
    text = "“We need more buses,” Garcia said at the meeting. The vote is on Monday."
    gold_rows = [
        {"id": "d1", "text": text, "date": "2020-01-02", "quotes": [gold_quote(text, "“We need more buses,”", speaker="Garcia")],
         "meta": {"split": "dev"}},
        {"id": "d2", "text": text, "date": None, "quotes": [gold_quote(text, "“We need more buses,”", speaker="Garcia")],
         "meta": {"split": "train"}},
    ]
    preds = [
        prediction("d1", text, "“We need more buses,”", speaker="Garcia"),
        prediction("elsewhere", text, "“We need more buses,”", speaker="Garcia"),
    ]
    return write_jsonl(tmp_path / "gold.jsonl", gold_rows), write_jsonl(tmp_path / "pred.jsonl", preds)


def test_split_filter_and_ignored_predictions(tmp_path):
    gold_path, pred_path = _files(tmp_path)
    assert set(load_gold(gold_path)) == {"d1", "d2"}
    dev = load_gold(gold_path, split="dev")
    assert set(dev) == {"d1"}
    report = score(dev, load_predictions(pred_path))
    assert (report.ignored_predictions, report.ignored_documents) == (1, 1)
    assert report.slice("direct").f1(STRICT.name) == pytest.approx(1.0)
    assert report.slice("direct").speaker_accuracy(STRICT.name) == pytest.approx(1.0)


def test_offset_mismatch_is_reported(tmp_path):
    text = "“We need more buses,” Garcia said."
    bad = prediction("d1", text, "“We need more buses,”") | {"quote": "something else"}
    report = score_files(tmp_path, text, [gold_quote(text, "“We need more buses,”")], [bad])
    assert report.offset_mismatches == 1
    assert "differs from the text at their offsets" in format_report(report)


def test_run_eval_prints_the_table(tmp_path):
    gold_path, pred_path = _files(tmp_path)
    out = io.StringIO()
    assert run_eval(gold_path, pred_path, split="dev", out=out) == 0
    table = out.getvalue()
    assert table.splitlines()[0].split()[:4] == ["slice", "P@.8", "R@.8", "F1@.8"]
    for name in ("direct", "mixed", "speech", "all"):
        assert any(line.startswith(name) for line in table.splitlines())
    assert "ignored: 1 predictions for 1 documents not in gold" in table
    assert "direct.cue_after" in table  # per-rule breakdown


def test_run_eval_json_form(tmp_path):
    gold_path, pred_path = _files(tmp_path)
    out = io.StringIO()
    assert run_eval(gold_path, pred_path, as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    assert data["documents"] == 2
    assert data["slices"]["direct"]["n_gold"] == 2
    assert data["slices"]["direct"]["F@.8"]["recall"] == pytest.approx(0.5)
    assert data["rules"]["direct.cue_after"]["n_pred"] == 1


@pytest.mark.parametrize("broken", ["missing", "not-json", "no-offsets"])
def test_run_eval_fails_cleanly_on_unusable_files(tmp_path, capsys, broken):
    gold_path, pred_path = _files(tmp_path)
    if broken == "missing":
        pred_path = str(tmp_path / "absent.jsonl")
    elif broken == "not-json":
        Path(pred_path).write_text("{not json\n", encoding="utf-8")
    else:
        write_jsonl(Path(pred_path), [{"doc_id": "d1", "quote": "x"}])
    out = io.StringIO()
    assert run_eval(gold_path, pred_path, out=out) == 2
    assert out.getvalue() == ""
    assert "quotes eval:" in capsys.readouterr().err


def test_run_eval_with_an_empty_split_is_an_error(tmp_path, capsys):
    gold_path, pred_path = _files(tmp_path)
    assert run_eval(gold_path, pred_path, split="test", out=io.StringIO()) == 2
    assert "no gold documents in split 'test'" in capsys.readouterr().err
