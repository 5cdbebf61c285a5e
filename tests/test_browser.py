"""The pages in a real browser: Debian's Chromium driven by Playwright, nothing fetched from anywhere.

Skips (with the reason) when Playwright or a system Chromium is missing; ``.ci/run`` installs both.
"""

from __future__ import annotations

import io

import pytest
from chromium import chromium_context, find_chromium
from conftest import EXAMPLE_ARTICLE

from quotes.records import Document
from quotes.runner import ExtractSettings
from quotes.views.report import run_report
from quotes.views.review import ShownDocument, review_page
from quotes.views.show import run_show


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("no chromium found (apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with chromium_context(sync_api, chromium, profile, width=1000, height=800) as context:
        context.set_default_timeout(15_000)
        yield context


class Visit:
    """A page opened from file:// with every request logged and every request off the page aborted."""

    def __init__(self, context, path):
        self.url = path.as_uri()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.route("**/*", lambda route: route.continue_() if route.request.url == self.url else route.abort())
        self.page.goto(self.url)
        self.page.wait_for_load_state("load")

    def left_the_page(self) -> list[str]:
        return [url for url in self.requests if url != self.url]


@pytest.fixture
def visit(browser):
    opened = []

    def open_page(path):
        opened.append(Visit(browser, path))
        return opened[-1]

    yield open_page
    for seen in opened:
        seen.page.close()


@pytest.fixture(scope="module")
def example_records(extractor):
    text = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    return text, [r.to_dict() for r in extractor.extract(Document(str(EXAMPLE_ARTICLE), text))]


@pytest.fixture
def example_page(tmp_path, extractor):
    out = tmp_path / "page.html"
    code = run_show(
        ExtractSettings(paths=(str(EXAMPLE_ARTICLE),), out=str(out), quiet=True),
        extractor_factory=lambda model: extractor,
    )
    assert code == 0
    return out


def test_example_page_shows_every_record_and_the_text(visit, example_page, example_records, tmp_path):
    text, records = example_records
    seen = visit(example_page)
    assert seen.page.locator("[data-record]").count() == len(records) > 5
    assert seen.page.locator(".article").text_content() == text
    assert seen.page.locator('[data-role="speaker"]').count() >= 4
    shot = tmp_path / "page.png"
    seen.page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
    assert seen.left_the_page() == [] and seen.dialogs == []


def test_keyboard_focus_shows_speaker_and_marks_mention_and_cue(visit, example_page, example_records):
    _, records = example_records
    seen = visit(example_page)
    page = seen.page
    tip = page.locator("#quote-tip")
    assert tip.is_hidden()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.record") == "0"
    page.keyboard.press("Tab")
    focused = records[1]
    assert tip.is_visible()
    assert focused["speaker"] in tip.inner_text() and focused["rule"] in tip.inner_text()
    active = page.locator('.is-active[data-role="speaker"]')
    assert active.count() == 1 and active.text_content() == focused["speaker_mention"]
    assert page.locator('.is-active[data-role="cue"]').text_content() == focused["cue"]
    page.keyboard.press("Escape")
    assert tip.is_hidden() and page.locator(".is-active").count() == 0


def test_hover_shows_that_quotes_details(visit, example_page, example_records):
    _, records = example_records
    last = len(records) - 1
    page = visit(example_page).page
    page.hover(f'[data-record="{last}"]')
    tip_text = page.locator("#quote-tip").inner_text()
    assert records[last]["speaker"] in tip_text and str(records[last]["date"]) in tip_text


def test_overlaps_and_script_in_text_render_as_text(visit, tmp_path):
    text = '<script>alert("x")</script> Kato said "we <b>win</b>", and Ruiz said it was "over".'
    mixed = text.index("we")
    records = (
        {
            "quote_start": mixed - 1,
            "quote_end": len(text) - 1,
            "type": "mixed",
            "speaker": "Kato",
            "speaker_start": text.index("Ruiz"),
            "speaker_end": text.index("Ruiz") + 4,
            "rule": "r",
            "confidence": 1,
        },
        {
            "quote_start": text.index("over"),
            "quote_end": text.index("over") + 4,
            "type": "direct",
            "speaker": "Ruiz",
            "speaker_start": text.index("Kato"),
            "speaker_end": text.index("said") + 2,
            "rule": "r",
            "confidence": 1,
        },
    )
    path = tmp_path / "overlap.html"
    path.write_text(
        review_page([ShownDocument("<b>doc</b>", text, records), ShownDocument("two", "x")]), encoding="utf-8"
    )
    seen = visit(path)
    page = seen.page
    assert page.locator(".article").first.text_content() == text
    assert page.locator(".article b, .article script").count() == 0 and seen.dialogs == []
    assert page.locator("nav.toc a").count() == 2
    assert page.locator("[data-record]").count() == 2
    page.focus('[data-record="1"]')
    assert "Ruiz" in page.locator("#quote-tip").inner_text()
    assert (
        page.locator('.is-active[data-role="speaker"]').evaluate_all("els => els.map(e => e.textContent).join('')")
        == "Kato sa"
    )


def test_report_page_offline_with_its_chart(visit, tmp_path, example_records):
    _, records = example_records
    source = tmp_path / "records.jsonl"
    source.write_text("".join(__import__("json").dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "report.html"
    assert run_report([str(source)], out=str(out), stderr=io.StringIO()) == 0
    seen = visit(out)
    chart = seen.page.locator("svg.chart")
    assert chart.is_visible() and chart.bounding_box()["width"] > 500
    assert seen.page.locator("table.top-speakers tbody tr").count() == len(
        {r["speaker"] for r in records if r["speaker"]}
    )
    seen.page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert seen.left_the_page() == []


def test_the_request_check_can_fail(visit, tmp_path):
    """A control: a page that does fetch something is caught (so the checks above mean something)."""
    path = tmp_path / "leaky.html"
    path.write_text(
        '<!DOCTYPE html><img src="http://198.51.100.7/pixel.png"><link rel="stylesheet" href="https://fonts.invalid/x.css">'
    )
    seen = visit(path)
    assert sorted(seen.left_the_page()) == ["http://198.51.100.7/pixel.png", "https://fonts.invalid/x.css"]
