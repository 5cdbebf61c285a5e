"""Regenerate docs/show-example.png: the review page of examples/harbor-bridge.txt in Debian's Chromium.

    python docs/make_screenshots.py        # from the repository root; needs the [test] extra and chromium

The second quote has keyboard focus, so the picture shows its details and its marked speaker and cue.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import playwright.sync_api

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the browser tests' launch: the same Chromium flags
from chromium import chromium_context, find_chromium  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        page_path = Path(work) / "page.html"
        subprocess.run(
            [sys.executable, "-m", "quotes", "show", "examples/harbor-bridge.txt", "-o", str(page_path), "-q"],
            cwd=REPO,
            check=True,
        )
        profile = Path(work) / "profile"
        with chromium_context(
            playwright.sync_api, find_chromium() or "chromium", profile, width=960, height=800
        ) as context:
            page = context.new_page()
            page.goto(page_path.as_uri())
            page.keyboard.press("Tab")
            page.keyboard.press("Tab")
            page.screenshot(path=str(REPO / "docs" / "show-example.png"), full_page=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
