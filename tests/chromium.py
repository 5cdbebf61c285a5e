"""Debian's Chromium under Playwright, launched one way for the browser tests and docs/make_screenshots.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
#: Flags that work in a root container without a display or network.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    found = [path for path in CHROMIUM_PATHS if shutil.which(path)]
    return found[0] if found else shutil.which("chromium")


@contextmanager
def chromium_context(sync_api: Any, executable: str, profile: Path, *, width: int, height: int) -> Iterator[Any]:
    """A persistent browser context on a fresh ``profile`` folder (its ``--user-data-dir``), closed on exit."""
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            args=CHROMIUM_FLAGS,
            headless=True,
            viewport={"width": width, "height": height},
        )
        try:
            yield context
        finally:
            context.close()
