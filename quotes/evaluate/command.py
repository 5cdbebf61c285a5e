"""The ``quotes eval`` command: read the files, score, print a table or JSON."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from quotes.evaluate.dating import format_dates, load_dates_gold, score_dates
from quotes.evaluate.gold import EvalInputError, load_gold, load_predictions
from quotes.evaluate.naming import format_speakers, load_speakers_gold, score_speakers
from quotes.evaluate.report import format_report
from quotes.evaluate.scoring import score


def run_eval(
    gold_path: str,
    pred_path: str,
    *,
    split: str | None = None,
    as_json: bool = False,
    dates: str | None = None,
    speakers: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Print the report (or JSON); with ``dates``/``speakers`` also the utterance-date and speaker-name
    tables for those gold files. 0 on success, 2 when a file is unusable."""
    out = out if out is not None else sys.stdout
    try:
        gold = load_gold(gold_path, split=split)
        predictions = load_predictions(pred_path)
        dates_rows = load_dates_gold(dates) if dates is not None else None
        speaker_rows = load_speakers_gold(speakers) if speakers is not None else None
    except EvalInputError as error:
        print(f"quotes eval: {error}", file=sys.stderr)
        return 2
    if not gold:
        where = f" in split {split!r}" if split else ""
        print(f"quotes eval: no gold documents{where} in {gold_path}", file=sys.stderr)
        return 2
    report = score(gold, predictions)
    result: dict[str, Any] = report.to_dict()
    tables = [format_report(report)]
    if dates_rows is not None:
        dates_report = score_dates(dates_rows, gold, predictions)
        result["dates"] = dates_report.to_dict()
        tables.append(format_dates(dates_report))
    if speaker_rows is not None:
        speakers_report = score_speakers(speaker_rows, gold, predictions)
        result["speakers"] = speakers_report.to_dict()
        tables.append(format_speakers(speakers_report))
    out.write(json.dumps(result, indent=2) + "\n" if as_json else "\n\n".join(tables) + "\n")
    return 0
