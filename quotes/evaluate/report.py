"""Fixed-width text tables of a quote-scoring report."""

from __future__ import annotations

from quotes.evaluate.matching import LOOSE, STRICT
from quotes.evaluate.scoring import Report


def cell(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def format_report(report: Report) -> str:
    """Fixed-width table: one row per slice, P/R/F1 at each level, speaker accuracy, counts."""
    strict, loose = STRICT.name, LOOSE.name
    header = (
        f"{'slice':<8} {'P@.8':>5} {'R@.8':>5} {'F1@.8':>5} {'P@.3':>5} {'R@.3':>5} {'F1@.3':>5} "
        f"{'spk@.8':>6} {'spk@.3':>6} {'n_gold':>7} {'n_pred':>7}"
    )
    lines = [header, "-" * len(header)]
    for s in report.slices:
        lines.append(
            f"{s.name:<8} {cell(s.precision(strict))} {cell(s.recall(strict))} {cell(s.f1(strict))} "
            f"{cell(s.precision(loose))} {cell(s.recall(loose))} {cell(s.f1(loose))} "
            f"{cell(s.speaker_accuracy(strict)):>6} {cell(s.speaker_accuracy(loose)):>6} "
            f"{s.n_gold:>7} {s.n_pred:>7}"
        )
    lines.append(f"documents: {report.n_docs}")
    if report.ignored_predictions:
        lines.append(
            f"ignored: {report.ignored_predictions} predictions for {report.ignored_documents} documents not in gold"
        )
    if report.offset_mismatches:
        lines.append(
            f"warning: {report.offset_mismatches} predictions whose quote text differs from the text at their offsets"
        )
    if report.rules:
        lines.append("")
        lines.append(format_rules(report))
    return "\n".join(lines)


def format_rules(report: Report) -> str:
    width = max([len("rule")] + [len(r.rule) for r in report.rules])
    lines = [f"{'rule':<{width}} {'n_pred':>7} {'match@.8':>8} {'match@.3':>8}"]
    for r in report.rules:
        strict, loose = cell(r.matched_rate(STRICT.name)), cell(r.matched_rate(LOOSE.name))
        lines.append(f"{r.rule:<{width}} {r.n_pred:>7} {strict:>8} {loose:>8}")
    return "\n".join(lines)
