"""``quotes report``: records of a corpus → one HTML page with the top speakers and a timeline.

Exit codes: 0 every record file and line was used; 1 some were not (each named on stderr, the report
is made from the rest); 2 usage error (bad option, OUT not writable, matplotlib missing without
``--no-chart``); 130 Ctrl-C.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from html import escape
from typing import IO, Any

from quotes.reporting import Reporter
from quotes.views.corpus import CorpusSummary, SpeakerSummary, summarise
from quotes.views.page import page_html
from quotes.views.records_io import RecordProblem, read_records
from quotes.views.show import EXIT_FAILURES, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, unwritable
from quotes.views.timeline import ChartUnavailable, require_matplotlib, timeline_svg

DEFAULT_TOP, DEFAULT_CHART_SPEAKERS = 25, 8

#: Titles listed per speaker before "+N more".
TITLES_SHOWN = 4


def run_report(
    paths: Sequence[str] = (),
    *,
    out: str | None = None,
    top: int = DEFAULT_TOP,
    chart_speakers: int = DEFAULT_CHART_SPEAKERS,
    chart: bool = True,
    quiet: bool = False,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: Any = None,
) -> int:
    """Write the corpus report of the records in ``paths`` (stdin when empty); return the exit code."""
    report = Reporter(stderr if stderr is not None else sys.stderr, quiet=quiet)
    problem = unwritable(out) or (f"--top must be 1 or more, not {top}" if top < 1 else None)
    if out == "-":
        problem = "-o - is not supported; leave out -o to write to stdout"
    if problem is None and chart_speakers < 0:
        problem = f"--chart-speakers must be 0 or more, not {chart_speakers}"
    if problem is None and chart:
        try:
            require_matplotlib()
        except ChartUnavailable as missing:
            problem = str(missing)
    if problem:
        report.line(problem)
        return EXIT_USAGE
    sources = list(paths) or ["-"]
    try:
        summary = summarise(_usable(read_records(sources, stdin=stdin), report))
        svg = timeline_svg(summary, summary.top_speakers(chart_speakers)) if chart and chart_speakers else None
        page = report_page(summary, sources=sources, top=top, chart_svg=svg, chart=chart)
    except KeyboardInterrupt:
        report.line("interrupted")
        return EXIT_INTERRUPTED
    try:
        if out is None:
            (stdout if stdout is not None else sys.stdout).write(page)
        else:
            with open(out, "w", encoding="utf-8") as handle:
                handle.write(page)
    except BrokenPipeError:
        pass
    except OSError as error:
        report.line(f"cannot write {out or 'stdout'}: {error.strerror or error}")
        return EXIT_USAGE
    if not quiet:
        report.line(f"{summary.records} records, {len(summary.speakers)} speakers" + (f", wrote {out}" if out else ""))
    return EXIT_FAILURES if report.failed else EXIT_OK


def _usable(items: Iterable[dict[str, Any] | RecordProblem], report: Reporter) -> Iterator[dict[str, Any]]:
    for item in items:
        if isinstance(item, RecordProblem):
            report.failure(item.location, item.error)
            report.failed += 1
        else:
            yield item


def report_page(
    summary: CorpusSummary, *, sources: Sequence[str], top: int, chart_svg: str | None, chart: bool = True
) -> str:
    """The report's HTML: overview, timeline and the top speakers table."""
    parts = ["<h1>quotes: corpus report</h1>", _overview(summary, sources)]
    if chart:
        parts.append("<h2>Timeline</h2>")
        if chart_svg:
            parts.append(
                f'<figure class="timeline">{chart_svg}<figcaption>Top: quotes per day, all speakers. '
                "Below: one lane per top speaker, a dot on each day they were quoted, its area by that "
                "day's quotes. Only records dated to the day are drawn.</figcaption></figure>"
            )
        else:
            parts.append('<p class="note">No record is dated to the day, so there is no timeline.</p>')
    parts.append(speakers_table(summary.top_speakers(top), total=len(summary.speakers)))
    parts.append(_types_table(summary))
    return page_html(title="quotes: corpus report", body="\n".join(parts), css_assets=("report.css",))


def speakers_table(speakers: Sequence[SpeakerSummary], *, total: int) -> str:
    rows = "".join(
        f'<tr><td class="num">{rank}</td><th scope="row">{escape(s.name)}</th>'
        f'<td class="num">{s.quotes:,}</td><td class="num">{len(s.documents):,}</td>'
        f'<td>{_titles(s)}</td><td class="date">{escape(s.first_date or "–")}</td>'
        f'<td class="date">{escape(s.last_date or "–")}</td></tr>'
        for rank, s in enumerate(speakers, start=1)
    )
    return (
        f'<table class="top-speakers"><caption>Top {len(speakers)} of {total:,} speakers</caption>'
        '<thead><tr><th scope="col" class="num">#</th><th scope="col">speaker</th>'
        '<th scope="col" class="num">quotes</th><th scope="col" class="num">documents</th>'
        '<th scope="col">titles seen</th><th scope="col">first date</th><th scope="col">last date</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _titles(speaker: SpeakerSummary) -> str:
    common = [title for title, _ in speaker.titles.most_common()]
    shown = escape(", ".join(common[:TITLES_SHOWN]))
    more = len(common) - TITLES_SHOWN
    return shown + (f' <span class="more">+{more} more</span>' if more > 0 else "")


def _overview(summary: CorpusSummary, sources: Sequence[str]) -> str:
    span = f"{summary.first_day} to {summary.last_day}" if summary.per_day else "no record dated to the day"
    facts = [
        ("records", f"{summary.records:,}"),
        ("documents", f"{len(summary.documents):,}"),
        ("speakers", f"{len(summary.speakers):,}"),
        ("records without a named speaker", f"{summary.unnamed:,}"),
        ("days quoted", span),
        ("records not dated to the day", f"{summary.not_dated_to_day:,}"),
        ("read from", ", ".join(sources)),
    ]
    items = "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in facts)
    return f'<dl class="overview">{items}</dl>'


def _types_table(summary: CorpusSummary) -> str:
    rows = "".join(
        f'<tr><th scope="row">{escape(kind)}</th><td class="num">{count:,}</td></tr>'
        for kind, count in sorted(summary.types.items(), key=lambda item: -item[1])
    )
    return (
        '<table class="types"><caption>Quotes by type</caption>'
        '<thead><tr><th scope="col">type</th><th scope="col" class="num">quotes</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
