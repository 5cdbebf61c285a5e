"""The gold split a benchmark scores: read when it is there, a ``skipped: …`` line when it is not.

PolNeAR lives outside the repository (``../shared/eval``), so every benchmark must run without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO_ROOT))

from quotes.evaluate import GoldDoc, load_gold  # noqa: E402

EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"


def read_gold_split(path: Path, *, limit: int | None = None) -> dict[str, GoldDoc] | None:
    """The first ``limit`` (all when None) gold documents of ``path``; None, after saying so, when it is absent."""
    if not path.exists():
        print(f"skipped: gold file {path} not found (PolNeAR lives in ../shared/eval)")
        return None
    gold = load_gold(str(path))
    return gold if limit is None else dict(list(gold.items())[:limit])
