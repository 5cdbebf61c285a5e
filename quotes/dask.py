"""Quotes on Dask: record dicts from a bag, a record table from a dataframe, one model per worker process.

The spaCy model never travels with the tasks: a task names the model, and each worker process loads it
once, on its first task or ahead of time through :class:`QuotesPlugin`, and keeps it (see
:func:`process_extractor`). Needs the ``[dask]`` extra: ``pip install "quotes[dask]"``.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import partial
from typing import Any, Literal

try:
    import dask
    import dask.bag
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as error:  # pragma: no cover - depends on the installed extras
    raise ImportError(f'quotes.dask needs the [dask] extra: pip install "quotes[dask]" ({error})') from None

from quotes.api import Extractor
from quotes.inputs import document_from_object
from quotes.records import Document, InputFailure, QuoteRecord
from quotes.runner import DEFAULT_BATCH_SIZE, DocumentResult, ExtractorFactory, document_results

OnError = Literal["raise", "skip", "include"]

_extractors: dict[tuple[Any, str | None], Extractor] = {}
_locks: dict[tuple[Any, str | None], threading.Lock] = {}
_cache_lock = threading.Lock()


class DocumentFailed(RuntimeError):
    """A document could not be processed (``on_error="raise"``); the message is ``doc_id: reason``."""


def default_factory() -> ExtractorFactory:
    from quotes.runner import default_extractor

    return default_extractor


def process_extractor(factory: ExtractorFactory | None = None, model: str | None = None) -> Extractor:
    """This process's :class:`quotes.Extractor` for ``model`` (its rules built by ``factory``, as on
    ``--jobs`` workers), built on first use and kept for every later task."""
    key = (factory or default_factory(), model)
    with _cache_lock:
        if key not in _extractors:
            _extractors[key] = Extractor._wrap(key[0](model), partial(key[0], model))
            _locks[key] = threading.Lock()
        return _extractors[key]


def extract_documents(
    documents: Iterable[Document | InputFailure],
    *,
    factory: ExtractorFactory | None = None,
    model: str | None = None,
    default_date: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> list[DocumentResult]:
    """Results in input order from this process's extractor (:meth:`quotes.Extractor.pipe`,
    ``batch_size`` documents per model batch), as ``--jobs`` gets them.

    One call at a time per process: a worker with several threads shares one model rather than
    loading one per thread (and the GIL leaves threads nothing to gain here). A list, not a generator,
    so that a caller that stops reading early cannot leave the lock held.
    """
    extractor = process_extractor(factory, model)
    with _locks[(factory or default_factory(), model)]:
        return list(document_results(documents, extractor, batch_size=batch_size, default_date=default_date))


class QuotesPlugin(WorkerPlugin):
    """Loads the model in every worker process as it starts (``client.register_plugin(QuotesPlugin())``),
    so the first tasks do not wait for it and a missing model shows before any document."""

    idempotent = True

    def __init__(
        self, *, model: str | None = None, factory: ExtractorFactory | None = None, ignore_interrupts: bool = False
    ) -> None:
        self.model = model
        self.factory = factory
        #: Workers of a cluster started by the CLI share its terminal: Ctrl-C is for the client alone.
        self.ignore_interrupts = ignore_interrupts
        maker = factory or default_factory()
        self.name = f"quotes-{maker.__module__}.{maker.__qualname__}-{model or 'default-model'}"

    def setup(self, worker: Any) -> None:
        if self.ignore_interrupts:
            import signal

            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)
            except ValueError:  # not the main thread: the worker keeps its own handling
                pass
        process_extractor(self.factory, self.model)


# ----------------------------------------------------------------------------------------------- bags


@dataclass(frozen=True)
class _Settings:
    text: str = "text"
    id: str | None = "id"
    date: str | None = "date"
    default_date: str | None = None
    model: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    on_error: OnError = "raise"
    factory: ExtractorFactory | None = None


def extract_bag(
    bag: dask.bag.Bag,
    *,
    text: str = "text",
    id: str = "id",  # noqa: A002 - the JSONL field name, as in the CLI's --id-field
    date: str = "date",
    default_date: str | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: OnError = "raise",
    extractor_factory: ExtractorFactory | None = None,
) -> dask.bag.Bag:
    """A bag of record dicts (the CLI's JSON objects) from a bag of texts or of dicts with ``text``,
    ``id`` and ``date`` keys, partition by partition, records in item order.

    A text, or a dict without an id, gets the id ``PARTITION:POSITION`` (its partition number and its
    place in it). ``default_date`` is the CLI's ``--date``. A document that fails raises
    :class:`DocumentFailed` (``on_error="raise"``), is left out (``"skip"``) or becomes a
    ``{"doc_id", "error"}`` dict in its place (``"include"``).
    """
    settings = _settings(locals())
    parts = bag.to_delayed()
    tasks = [dask.delayed(_bag_partition, pure=True)(part, index, settings) for index, part in enumerate(parts)]
    return dask.bag.from_delayed(tasks)


def _bag_partition(items: Sequence[Any], index: int, settings: _Settings) -> list[dict[str, Any]]:
    documents = (_bag_document(item, f"{index}:{position}", settings) for position, item in enumerate(items))
    return list(_record_dicts(documents, settings))


def _bag_document(item: Any, location: str, settings: _Settings) -> Document | InputFailure:
    if isinstance(item, str):
        return document_from_object({"text": item}, location)
    if isinstance(item, dict):
        return document_from_object(
            item, location, id_field=settings.id or "", text_field=settings.text, date_field=settings.date or ""
        )
    return InputFailure(location, f"bag item is not a text or a dict (got {type(item).__name__})")


def _record_dicts(documents: Iterable[Document | InputFailure], settings: _Settings) -> Iterator[dict[str, Any]]:
    results = extract_documents(
        documents,
        factory=settings.factory,
        model=settings.model,
        default_date=settings.default_date,
        batch_size=settings.batch_size,
    )
    for result in results:
        if result.error is None:
            yield from (record.to_dict() for record in result.records)
        elif settings.on_error == "raise":
            raise DocumentFailed(f"{result.doc_id}: {result.error}")
        elif settings.on_error == "include":
            yield {"doc_id": result.doc_id, "error": result.error}


def _settings(arguments: dict[str, Any]) -> _Settings:
    if arguments["on_error"] not in ("raise", "skip", "include"):
        raise ValueError(f"on_error must be 'raise', 'skip' or 'include', not {arguments['on_error']!r}")
    if arguments["batch_size"] < 1:
        raise ValueError(f"batch_size must be 1 or more, not {arguments['batch_size']}")
    return _Settings(
        text=arguments["text"],
        id=arguments["id"],
        date=arguments["date"],
        default_date=arguments["default_date"],
        model=arguments["model"],
        batch_size=arguments["batch_size"],
        on_error=arguments["on_error"],
        factory=arguments["extractor_factory"],
    )


# ----------------------------------------------------------------------------------------- dataframes


def record_dtypes() -> dict[str, str]:
    """pandas dtypes of the record columns, from :class:`QuoteRecord`'s annotations: strings as
    ``string``, offsets as ``int64`` (``Int64`` where they can be missing), confidence as ``float64``."""
    dtypes = {}
    for spec in fields(QuoteRecord):
        annotation = str(spec.type)
        if annotation.startswith("int"):
            dtypes[spec.name] = "Int64" if "None" in annotation else "int64"
        elif annotation.startswith("float"):
            dtypes[spec.name] = "float64"
        else:
            dtypes[spec.name] = "string"
    return dtypes


def extract_dataframe(
    ddf: Any,
    *,
    text: str = "text",
    id: str | None = "id",  # noqa: A002 - the column name, as in the CLI's --id-field
    date: str | None = "date",
    default_date: str | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: Literal["raise", "skip"] = "raise",
    extractor_factory: ExtractorFactory | None = None,
) -> Any:
    """A Dask dataframe of records, one row per quote (the CLI's keys as columns), ready for
    ``to_parquet``, from a dataframe with a ``text`` column and optional ``id`` and ``date`` columns.

    Without an ``id`` column a row's index label is its doc id. Dates may be strings, dates or
    timestamps (their calendar date is used); missing ones fall back to ``default_date`` and the text.
    Failed documents raise :class:`DocumentFailed` or, with ``on_error="skip"``, are left out.
    """
    import pandas as pd

    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip' for a dataframe, not {on_error!r}")
    if text not in ddf.columns:
        raise ValueError(f"no {text!r} column in the dataframe (columns: {', '.join(map(str, ddf.columns))})")
    settings = _settings(locals())
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in record_dtypes().items()})
    return ddf.map_partitions(_frame_partition, settings, meta=meta, align_dataframes=False)


def _frame_partition(frame: Any, settings: _Settings) -> Any:
    import pandas as pd

    labels = list(frame.index)
    texts = frame[settings.text].tolist()
    ids = frame[settings.id].tolist() if settings.id is not None and settings.id in frame.columns else labels
    dates = frame[settings.date].tolist() if settings.date is not None and settings.date in frame.columns else []
    documents = [
        document_from_object(
            {"id": _cell(ids[row]), "text": _cell(texts[row]), "date": _date_cell(dates[row]) if dates else None},
            str(labels[row]),
        )
        for row in range(len(labels))
    ]
    rows = list(_record_dicts(documents, settings))
    dtypes = record_dtypes()
    if not rows:
        return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in dtypes.items()})
    return pd.DataFrame.from_records(rows, columns=list(dtypes)).astype(dtypes)


def _cell(value: Any) -> Any:
    """None for a missing cell (None, NaN, NA), else the value."""
    import pandas as pd

    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # arrays and other non-scalars are not "missing"
        return value


def _date_cell(value: Any) -> Any:
    value = _cell(value)
    if isinstance(value, (datetime.date, datetime.datetime)):  # pandas Timestamps are datetimes
        return value.strftime("%Y-%m-%d")
    return value
