"""Workers of ``--cluster local`` that start with the model in memory, as ``--jobs`` workers do.

A ``--jobs`` pool forks its workers from a process that has loaded the model; Dask spawns each worker
as a fresh interpreter, which imports Dask and spaCy and loads its own copy of the model, and on a small
run that start-up was a large part of the cluster's extra CPU. Forking the client itself is not safe
(its event loop runs in a thread), so :func:`start_with_model` starts multiprocessing's forkserver, a
single-threaded process, with Dask and the model loaded, and Dask then forks the workers from it.

The forkserver imports this module by name (its preload list takes module names only); the import loads
the model named in :data:`MODEL_VARIABLE`, which is set only while the forkserver starts.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Mapping

#: The model the forkserver loads on start ("" for the default model); unset everywhere else.
MODEL_VARIABLE = "QUOTES_FORKSERVER_MODEL"


def start_with_model(model: str | None, *, environ: Mapping[str, str]) -> bool:
    """Start this process's forkserver with Dask and ``model`` loaded, under ``environ`` (the variables
    Dask sets for its workers, e.g. one BLAS thread); False where there is no forkserver (Windows).

    A forkserver that is already running is kept as it is: workers forked from it load the model on
    their first task or in :class:`quotes.dask.QuotesPlugin`, as spawned ones do.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    settings = {**environ, MODEL_VARIABLE: model or ""}
    saved = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", __name__])
        forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return True


def _load_model_in_forkserver() -> None:
    """The preload: the model as :class:`quotes.dask.QuotesPlugin` asks for it, so the workers find it."""
    model = os.environ.pop(MODEL_VARIABLE)
    from quotes.dask import process_extractor

    try:
        process_extractor(None, model or None)
    except Exception:  # noqa: BLE001 - each worker loads it again and reports why it cannot
        pass


if MODEL_VARIABLE in os.environ:
    _load_model_in_forkserver()
