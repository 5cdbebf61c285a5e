"""Regenerate docs/show-example.png: the review page of examples/harbor-bridge.txt in Debian's Chromium.

    python docs/make_screenshots.py        # from the repository root; needs the [test] extra and chromium

The second quote has keyboard focus, so the picture shows its details and its marked speaker and cue.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        page_path = Path(work) / "page.html"
        subprocess.run(
            [sys.executable, "-m", "quotes", "show", "examples/harbor-bridge.txt", "-o", str(page_path), "-q"],
            cwd=REPO,
            check=True,
        )
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(Path(work) / "profile"),
                executable_path="/usr/bin/chromium",
                args=FLAGS,
                headless=True,
                viewport={"width": 960, "height": 800},
            )
            page = context.new_page()
            page.goto(page_path.as_uri())
            page.keyboard.press("Tab")
            page.keyboard.press("Tab")
            page.screenshot(path=str(REPO / "docs" / "show-example.png"), full_page=True)
            context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
