"""README's Python and spaCy examples run as written (the code blocks are read from README.md)."""

from __future__ import annotations

import contextlib
import io
import re

from conftest import REPO

import quotes
import quotes.component  # noqa: F401 - the factory; an installed quotes registers it by entry point (test_install)

README = (REPO / "README.md").read_text(encoding="utf-8")


def code_blocks(section: str) -> list[str]:
    """The ```python blocks of one ``## section`` of README.md."""
    body = README.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, flags=re.S)


def run_example(section: str) -> list[str]:
    [code] = code_blocks(section)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, f"README.md ({section})", "exec"), {"__name__": "readme"})
    return printed.getvalue().splitlines()


def test_readme_python_example_runs_and_prints_what_its_comments_say(monkeypatch):
    monkeypatch.chdir(REPO)  # the example opens examples/harbor-bridge.txt
    lines = run_example("Python API")
    found = len(quotes.extract((REPO / "examples" / "harbor-bridge.txt").read_text(encoding="utf-8")))
    assert found >= 8
    assert lines[-5:] == [
        f"{found} quotes",
        "1 quotes",
        "failed: broken: 'text' is not a string (got NoneType)",
        f"1 {found}",
        "2 0",
    ]
    assert lines[0].startswith("Elena Ruiz | indirect | The city will close two lanes")


def test_readme_spacy_example_runs(monkeypatch):
    monkeypatch.chdir(REPO)
    lines = run_example("spaCy component")
    assert len(lines) >= 9 and lines[0].startswith("indirect | The city will close two lanes")


def test_first_screen_is_the_two_commands_ci_runs():
    first = README.split("\n## ", 1)[0]
    commands = re.findall(r"```bash\n(.*?)```", first, flags=re.S)
    assert commands == [
        'python -m pip install -e ".[test,dask]" && quotes extract examples/harbor-bridge.txt\npython -m pytest -q\n'
    ]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 'python -m pip install -e ".[test,dask]"' in ci and "python -m pytest -q" in ci
