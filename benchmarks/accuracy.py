"""Accuracy on PolNeAR dev: our extractor next to textacy's ``direct_quotations``, scored by ``quotes.evaluate``.

    python benchmarks/accuracy.py [--split-file PATH] [--limit N] [--systems ours,textacy]
                                  [--write-predictions DIR] [--model NAME] [--dates PATH] [--speakers PATH]

The gold file lives outside the repository (``../shared/eval`` from the repo root); without it the
script says so and exits 0. Both systems use the same spaCy model; a document a system crashes on
counts as one with no predictions, and the crashes are reported. When the per-attribution gold for
utterance dates and speaker names is there (``polnear-dev-dates.jsonl``, ``polnear-dev-speakers.jsonl``),
their tables follow: dates for ours (textacy gives none), speaker names for both systems.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO_ROOT))

from gold_split import EVAL_DIR, read_gold_split  # noqa: E402

from quotes.evaluate import (  # noqa: E402
    LOOSE,
    STRICT,
    DatesReport,
    GoldDoc,
    Report,
    SpeakersReport,
    format_rules,
    load_dates_gold,
    load_speakers_gold,
    score,
    score_dates,
    score_speakers,
)
from quotes.evaluate.report import cell  # noqa: E402

DEFAULT_GOLD = EVAL_DIR / "polnear-dev.jsonl"
DEFAULT_DATES = EVAL_DIR / "polnear-dev-dates.jsonl"
DEFAULT_SPEAKERS = EVAL_DIR / "polnear-dev-speakers.jsonl"
SYSTEMS = ("ours", "textacy")


@dataclass(frozen=True)
class SystemRun:
    name: str
    predictions: dict[str, list[dict[str, Any]]]
    crashed: dict[str, str]  # doc id → "ExceptionType: message"
    seconds: float


def run_ours(gold: dict[str, GoldDoc], nlp) -> SystemRun:
    from quotes.extractor import Extractor
    from quotes.records import Document

    extractor = Extractor(nlp)
    predictions: dict[str, list[dict[str, Any]]] = {}
    crashed: dict[str, str] = {}
    started = time.perf_counter()
    for doc_id, doc in gold.items():
        try:
            records = extractor.extract(Document(doc_id=doc_id, text=doc.text, date=doc.date))
            predictions[doc_id] = [record.to_dict() for record in records]
        except Exception as error:  # a crash is a result here, not a reason to stop
            crashed[doc_id] = _describe(error)
    return SystemRun("ours", predictions, crashed, time.perf_counter() - started)


def run_textacy(gold: dict[str, GoldDoc], nlp) -> SystemRun:
    from textacy.extract.triples import direct_quotations

    predictions: dict[str, list[dict[str, Any]]] = {}
    crashed: dict[str, str] = {}
    started = time.perf_counter()
    for doc_id, doc in gold.items():
        try:
            parsed = nlp(doc.text)
            predictions[doc_id] = [_textacy_record(doc_id, parsed, triple) for triple in direct_quotations(parsed)]
        except Exception as error:  # textacy raises ValueError on an odd number of quote marks
            crashed[doc_id] = _describe(error)
    return SystemRun("textacy", predictions, crashed, time.perf_counter() - started)


def _token_range(tokens) -> tuple[int, int] | None:
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _textacy_record(doc_id: str, parsed, triple) -> dict[str, Any]:
    """A textacy (speaker tokens, cue tokens, content span) triple as one of our prediction records."""
    text = parsed.text
    content = triple.content
    speaker = _token_range(sorted(triple.speaker, key=lambda t: t.i))
    cue = _token_range(sorted(triple.cue, key=lambda t: t.i))
    return {
        "doc_id": doc_id,
        "quote": content.text,
        "quote_start": content.start_char,
        "quote_end": content.end_char,
        "type": "direct",
        "speaker": text[speaker[0]:speaker[1]] if speaker else None,
        "speaker_mention": text[speaker[0]:speaker[1]] if speaker else None,
        "speaker_start": speaker[0] if speaker else None,
        "speaker_end": speaker[1] if speaker else None,
        "cue": text[cue[0]:cue[1]] if cue else None,
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
        "rule": "textacy.direct_quotations",
    }


def _describe(error: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(error), error)).strip().splitlines()[-1]


def format_comparison(runs: list[SystemRun], reports: list[Report]) -> str:
    s8, s3 = STRICT.name, LOOSE.name
    header = (
        f"{'system':<8} {'slice':<7} {'P@.8':>5} {'R@.8':>5} {'F1@.8':>5} {'F1@.3':>5} "
        f"{'spk@.8':>6} {'spk@.3':>6} {'n_gold':>6} {'n_pred':>6}"
    )
    lines = [header, "-" * len(header)]
    for run, report in zip(runs, reports):
        for sl in report.slices:
            lines.append(
                f"{run.name:<8} {sl.name:<7} {cell(sl.precision(s8))} {cell(sl.recall(s8))} {cell(sl.f1(s8))} "
                f"{cell(sl.f1(s3))} {cell(sl.speaker_accuracy(s8)):>6} {cell(sl.speaker_accuracy(s3)):>6} "
                f"{sl.n_gold:>6} {sl.n_pred:>6}"
            )
    lines.append("")
    for run, report in zip(runs, reports):
        lines.append(
            f"{run.name:<8} crashed on {len(run.crashed)} of {report.n_docs} documents; "
            f"{run.seconds:.1f} s wall ({run.seconds / max(report.n_docs, 1) * 1000:.0f} ms/doc)"
        )
    return "\n".join(lines)


def format_dates_comparison(runs: list[SystemRun], reports: list[DatesReport]) -> str:
    """Utterance dates per basis: found at F@.8 and the share of found dated right (and at F@.3)."""
    header = f"{'system':<8} {'basis':<9} {'n_gold':>6} {'found@.8':>8} {'date@.8':>7} {'found@.3':>8} {'date@.3':>7}"
    lines = [header, "-" * len(header)]
    for run, report in zip(runs, reports):
        for b in report.bases:
            lines.append(
                f"{run.name:<8} {b.basis:<9} {b.n_gold:>6} {b.found:>8} {cell(b.accuracy):>7} "
                f"{b.found_loose:>8} {cell(b.accuracy_loose):>7}"
            )
    return "\n".join(lines)


def format_speakers_comparison(runs: list[SystemRun], reports: list[SpeakersReport]) -> str:
    """Speaker names per kind over quotes found at F@.8: strict name rule beside the lenient rule."""
    header = f"{'system':<8} {'kind':<12} {'n_gold':>6} {'found@.8':>8} {'strict':>6} {'lenient':>7}"
    lines = [header, "-" * len(header)]
    for run, report in zip(runs, reports):
        for k in report.kinds:
            lines.append(
                f"{run.name:<8} {k.kind:<12} {k.n_gold:>6} {k.found:>8} {cell(k.strict):>6} {cell(k.lenient):>7}"
            )
    return "\n".join(lines)


def print_attribution_tables(args: argparse.Namespace, gold: dict[str, GoldDoc], runs: list[SystemRun]) -> None:
    """The dates and speaker-name tables, for the gold files that exist."""
    if args.dates.exists():
        rows = load_dates_gold(str(args.dates))
        dated = [run for run in runs if run.name == "ours"]
        if dated:
            print(f"\nutterance dates ({args.dates.name}):")
            print(format_dates_comparison(dated, [score_dates(rows, gold, run.predictions) for run in dated]))
    if args.speakers.exists():
        rows = load_speakers_gold(str(args.speakers))
        print(f"\nspeaker names ({args.speakers.name}):")
        print(format_speakers_comparison(runs, [score_speakers(rows, gold, run.predictions) for run in runs]))


def _crash_summary(run: SystemRun) -> str:
    kinds = Counter(message.split(":", 1)[0] for message in run.crashed.values())
    first = next(iter(run.crashed.items()), None)
    example = f"; e.g. {first[0]}: {first[1][:120]}" if first else ""
    return f"{run.name} crashes by type: {dict(kinds)}{example}"


def write_predictions(directory: Path, run: SystemRun) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{run.name}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for records in run.predictions.values():
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


RUNNERS: dict[str, Callable[[dict[str, GoldDoc], Any], SystemRun]] = {"ours": run_ours, "textacy": run_textacy}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split-file", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: PolNeAR dev)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated: ours,textacy")
    parser.add_argument("--write-predictions", type=Path, default=None, metavar="DIR", help="write <system>.jsonl here")
    parser.add_argument("--model", default=None, help="spaCy model (default: quotes.model.load_model's choice)")
    parser.add_argument("--dates", type=Path, default=DEFAULT_DATES, help="utterance-date gold (skipped if absent)")
    parser.add_argument("--speakers", type=Path, default=DEFAULT_SPEAKERS, help="speaker-name gold (skipped if absent)")
    args = parser.parse_args(argv)

    systems = [name.strip() for name in args.systems.split(",") if name.strip()]
    unknown = [name for name in systems if name not in RUNNERS]
    if unknown:
        parser.error(f"unknown system(s) {unknown}; choose from {list(RUNNERS)}")

    gold = read_gold_split(args.split_file, limit=args.limit)
    if gold is None:
        return 0

    from quotes.model import load_model

    nlp = load_model(args.model)
    print(f"gold: {args.split_file} ({len(gold)} documents, {sum(len(d.quotes) for d in gold.values())} spans); "
          f"model: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}")
    runs = [RUNNERS[name](gold, nlp) for name in systems]
    reports = [score(gold, run.predictions) for run in runs]
    print(format_comparison(runs, reports))
    print_attribution_tables(args, gold, runs)
    for run, report in zip(runs, reports):
        if run.crashed:
            print(_crash_summary(run))
        if run.name == "ours" and report.rules:
            print(f"\nper-rule counts and matched rate ({run.name}):")
            print(format_rules(report))
        if args.write_predictions is not None:
            print(f"wrote {write_predictions(args.write_predictions, run)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
