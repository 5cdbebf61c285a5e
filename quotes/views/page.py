"""The HTML shell shared by the review page and the corpus report: one file, nothing fetched.

Styles and scripts are read from ``quotes/views/assets`` and inlined. A Content-Security-Policy forbids
every request (no fonts, images, scripts or styles from anywhere but the page itself), so a page opened
from ``file://`` works offline and cannot leak what it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

ASSETS = Path(__file__).parent / "assets"

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def page_html(*, title: str, body: str, css_assets: Sequence[str] = (), js_assets: Sequence[str] = ()) -> str:
    """A complete HTML5 document with the named assets inlined."""
    styles = "\n".join(_asset(name) for name in ("base.css", *css_assets))
    scripts = "\n".join(_asset(name) for name in js_assets)
    script_block = f"<script>\n{scripts}\n</script>\n" if scripts else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="quotes">\n<title>{escape(title)}</title>\n'
        f"<style>\n{styles}\n</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n{script_block}</body>\n</html>\n"
    )


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")
