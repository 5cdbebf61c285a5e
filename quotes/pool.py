"""Chunks of work on a pool of worker processes, results streamed back in input order.

Each worker builds its own state once (``setup()``: the extractor with its loaded model) and then runs
``work(state, chunk)`` on the chunks it is sent. Look-ahead is bounded, so memory stays flat on huge
inputs, and a worker killed by the OS fails only the chunks it had in flight.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Chunks in flight per worker: enough to keep workers busy while the parent writes, small enough that
#: memory stays bounded on huge inputs.
CHUNKS_IN_FLIGHT_PER_WORKER = 2

WORKER_DIED = "worker process died (BrokenProcessPool)"


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of ``size`` items (the last one shorter), read lazily."""
    iterator = iter(items)
    return iter(lambda: list(islice(iterator, size)), [])


def ordered_results(
    chunks: Iterable[list[Item]],
    *,
    jobs: int,
    setup: Callable[[], Any],
    work: Callable[[Any, list[Item]], list[Result]],
    failed: Callable[[list[Item], str], list[Result]],
) -> Generator[Result, None, None]:
    """Results of ``work`` over ``chunks`` from ``jobs`` processes, in input order.

    ``failed(chunk, reason)`` stands in for a chunk whose worker died or whose results could not come
    back. ``ProcessPoolExecutor`` rather than ``Pool.imap``: a worker killed by the OS (e.g. out of
    memory) makes the executor raise ``BrokenProcessPool`` where a Pool would hang forever; the chunks
    in flight then fail and a fresh pool takes the rest. Closing the generator stops the workers at once.
    """
    chunks = iter(chunks)
    window = jobs * CHUNKS_IN_FLIGHT_PER_WORKER
    pool = _new_pool(jobs, setup)
    in_flight: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    try:
        while True:
            while len(in_flight) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                in_flight.append((chunk, _submit(pool, work, chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                yield from failed(chunk, WORKER_DIED)
                for chunk, _ in in_flight:
                    yield from failed(chunk, WORKER_DIED)
                in_flight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(jobs, setup)
            except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be pickled back
                yield from failed(chunk, f"{type(error).__name__}: {error}")
    finally:
        _stop_pool(pool)


# Worker-process state: built once per process by the pool initializer.
_worker_state: Any = None


def _init_worker(setup: Callable[[], Any]) -> None:
    # Ctrl-C goes to the whole process group; the parent alone handles it (no traceback per worker).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_state
    _worker_state = setup()


def _run_in_worker(work: Callable[[Any, list[Item]], list[Result]], chunk: list[Item]) -> list[Result]:
    return work(_worker_state, chunk)


def _new_pool(jobs: int, setup: Callable[[], Any]) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(setup,))


def _submit(
    pool: ProcessPoolExecutor, work: Callable[[Any, list[Item]], list[Result]], chunk: list[Item]
) -> Future[list[Result]]:
    try:
        return pool.submit(_run_in_worker, work, chunk)
    except BrokenProcessPool:
        broken: Future[list[Result]] = Future()
        broken.set_exception(BrokenProcessPool("pool broken"))
        return broken


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop at once: on Ctrl-C or a closed pipe nobody wants the chunks still being processed."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public way to kill busy workers
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
