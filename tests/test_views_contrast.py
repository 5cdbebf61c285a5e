"""The review page's styles: WCAG AA contrast, and quote types told apart without colour."""

from __future__ import annotations

import re

import pytest

from quotes.views.page import ASSETS

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def rules(css: str) -> dict[str, str]:
    """Selector → declarations of its first rule (comments dropped; later @media rules do not override)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found: dict[str, str] = {}
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        found.setdefault(selector.strip(), body)
    return found


def colour(declarations: str, prop: str) -> str:
    match = re.search(rf"(?:^|;)\s*{prop}\s*:[^;]*?({HEX.pattern})", declarations)
    assert match, f"no {prop} colour in {declarations!r}"
    return match.group(1)


def contrast(a: str, b: str) -> float:
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


BASE = rules((ASSETS / "base.css").read_text())
REVIEW = rules((ASSETS / "review.css").read_text())
INK = colour(BASE[":root"], "--ink")
WHITE = "#ffffff"
QUOTE_TYPES = (".q-direct", ".q-mixed", ".q-indirect")
TINTS = [colour(REVIEW[t], "background") for t in QUOTE_TYPES]


@pytest.mark.parametrize("selector", QUOTE_TYPES)
def test_quote_text_and_border_contrast(selector):
    background, border = colour(REVIEW[selector], "background"), colour(REVIEW[selector], "border-bottom")
    assert contrast(INK, background) >= 4.5  # text: AA
    assert min(contrast(border, WHITE), contrast(border, background)) >= 3  # non-text marks: 3:1


def test_types_differ_by_line_style_not_only_colour():
    styles = [
        re.search(r"border-bottom:\s*\S+\s+(solid|dashed|dotted|double)", REVIEW[t]).group(1) for t in QUOTE_TYPES
    ]
    assert len(set(styles)) == 3


def test_speaker_and_cue_marks_visible_on_every_tint():
    marks = [colour(REVIEW[".mark-speaker"], "border"), colour(REVIEW[".mark-cue"], "text-decoration")]
    assert all(contrast(mark, background) >= 3 for mark in marks for background in [WHITE, *TINTS])


def test_emphasis_and_tooltip_text_contrast():
    active = REVIEW[".mark-speaker.is-active, .mark-cue.is-active"]
    assert contrast(colour(active, "color"), colour(active, "background")) >= 4.5
    tip_background = colour(REVIEW[".tip"], "background")
    assert contrast(colour(REVIEW[".tip"], "color"), tip_background) >= 4.5
    assert contrast(colour(REVIEW[".tip dt"], "color"), tip_background) >= 4.5
    assert contrast(colour(BASE[":root"], "--muted"), WHITE) >= 4.5
    assert contrast(colour(BASE[":root"], "--accent"), WHITE) >= 3
