"""The report's timeline as inline SVG, drawn with matplotlib (the ``[report]`` extra).

Two panels on one date axis: all quotes per day, then one lane per top speaker with a dot on each day
they were quoted, its area proportional to that day's quotes. Lanes rather than one line per speaker:
news speakers are quoted on scattered days, and lines between them would draw trends that are not
there; lanes also tell speakers apart by position and label, not by colour. matplotlib's object API
(``Figure``, no pyplot) keeps no global state; text stays SVG text (smaller, selectable) and ids are
seeded, so the same records give the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date as Date
from html import escape

from quotes.views.corpus import CorpusSummary, SpeakerSummary

INK, LANE_DOT, TOTAL_BAR, GRID = "#1b1b1b", "#2c4aa8", "#4a4a4a", "#d0d0d0"

#: Longest speaker label on a lane before it is cut with an ellipsis.
LABEL_CHARS = 30


class ChartUnavailable(RuntimeError):
    """matplotlib is not installed; the message says how to install it."""


def require_matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise ChartUnavailable(
            "the timeline chart needs matplotlib: pip install 'quotes[report]' (or use --no-chart)"
        ) from None


def timeline_svg(summary: CorpusSummary, speakers: Sequence[SpeakerSummary]) -> str | None:
    """The chart as an ``<svg>`` element, or None when no record is dated to the day."""
    if not summary.per_day:
        return None
    require_matplotlib()
    import matplotlib
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    lanes = [s for s in speakers if s.per_day]
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(9, 1.9 + 0.32 * max(len(lanes), 1)), layout="constrained")
        total, lane_axes = figure.subplots(
            2, 1, sharex=True, height_ratios=[1.3, max(len(lanes), 1) * 0.32 + 0.2], squeeze=True
        )
        days = sorted(summary.per_day)
        total.vlines(_dates(days), 0, [summary.per_day[d] for d in days], color=TOTAL_BAR, linewidth=1.2)
        total.set_ylim(bottom=0)
        total.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        total.set_ylabel("all quotes\nper day")
        _draw_lanes(lane_axes, lanes)
        locator = AutoDateLocator(minticks=3, maxticks=9)
        lane_axes.xaxis.set_major_locator(locator)
        lane_axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        first, last = date2num(_dates([days[0], days[-1]]))
        pad = max((last - first) * 0.02, 3)  # a few days at least: ticks stay on days, never hours
        lane_axes.set_xlim(first - pad, last + pad)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return _inline(buffer.getvalue(), label=_describe(summary, lanes))


_STYLE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "quotes",
    "font.family": ["DejaVu Sans", "sans-serif"],
    "font.size": 9,
    "axes.edgecolor": INK,
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def _draw_lanes(axes, lanes: Sequence[SpeakerSummary]) -> None:
    if not lanes:
        axes.set_yticks([])
        axes.text(0.5, 0.5, "no top speaker is dated to the day", transform=axes.transAxes, ha="center")
        return
    biggest = max(max(s.per_day.values()) for s in lanes)
    for row, speaker in enumerate(lanes):
        # One marker line per distinct count: SVG then defines each dot size once and places it by
        # reference, instead of writing every dot's circle out (a scatter plot's output is ~10× larger).
        by_count: dict[int, list[str]] = {}
        for day, count in speaker.per_day.items():
            by_count.setdefault(count, []).append(day)
        for count, days in sorted(by_count.items()):
            axes.plot(
                _dates(sorted(days)),
                [row] * len(days),
                linestyle="none",
                marker="o",
                markersize=3 + 11 * (count / biggest) ** 0.5,  # area grows with the count
                markerfacecolor=LANE_DOT,
                markeredgecolor=INK,
                markeredgewidth=0.5,
                alpha=0.75,
            )
    axes.set_yticks(range(len(lanes)), [_short(s.name) for s in lanes])
    axes.set_ylim(len(lanes) - 0.5, -0.5)
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.set_title(f"quotes per day, top speakers (largest dot: {biggest} quotes)", loc="left", fontsize=9)


def _dates(days: Sequence[str]) -> list[Date]:
    return [Date.fromisoformat(day) for day in days]


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"


def _describe(summary: CorpusSummary, lanes: Sequence[SpeakerSummary]) -> str:
    return f"Quotes per day from {summary.first_day} to {summary.last_day}; lanes for " + ", ".join(
        s.name for s in lanes
    )


def _inline(svg: str, *, label: str) -> str:
    """The ``<svg>`` element alone (no XML prolog), scalable, labelled for screen readers."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r'<svg ([^>]*?)width="[^"]*" height="[^"]*"', r"<svg \1", svg, count=1)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" class="chart" ', 1)
