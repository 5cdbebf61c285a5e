"""What ``quotes extract`` says on stderr: failure lines, notes, the progress bar and the summary.

Diagnostics only: records never pass through here, so stdout stays data.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any, Protocol


class Outcome(Protocol):
    """What the reporter counts of one document: its records and whether it failed."""

    @property
    def records(self) -> tuple[Any, ...]: ...

    @property
    def error(self) -> str | None: ...


def is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Reporter:
    """Everything that goes to stderr: failure lines, notes, the progress bar and the summary."""

    def __init__(self, stream: IO[str], *, quiet: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self.documents = self.quotes = self.failed = self.skipped = 0
        self._started = time.monotonic()
        self._progress: Any = None
        self._task: Any = None

    def line(self, message: str) -> None:
        """One diagnostic line, prefixed ``quotes:``; newlines inside are escaped to keep it one line."""
        text = "quotes: " + message.replace("\r", "\\r").replace("\n", "\\n")
        try:
            if self._progress is not None:
                self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
            else:
                self.stream.write(text + "\n")
                self.stream.flush()
        except (BrokenPipeError, ValueError):
            pass  # stderr gone: diagnostics are lost, data on stdout is not affected

    def failure(self, doc_id: str, reason: str) -> None:
        self.line(f"{doc_id}: {reason}")

    def note(self, message: str) -> None:
        if not self.quiet:
            self.line(f"note: {message}")

    def done(self, result: Outcome) -> None:
        self.documents += 1
        self.quotes += len(result.records)
        self.failed += result.error is not None
        if self._progress is not None:
            rate = self.documents / max(time.monotonic() - self._live_started, 1e-9)
            self._progress.update(
                self._task, completed=self.documents + self.skipped, quotes=self.quotes, rate=f"{rate:.1f} docs/s"
            )

    def count_in_background(self, count: Callable[[], int | None]) -> None:
        """Give the progress bar a total (and so an ETA) once ``count()`` has counted the inputs, in a
        thread so that the first records are not kept waiting on a walk of a huge folder."""
        if self._progress is None:
            return
        progress, task = self._progress, self._task

        def work() -> None:
            try:
                total = count()
            except Exception:  # noqa: BLE001 - no total only means no ETA
                return
            if total is not None:
                progress.update(task, total=total, of_total=f"/{total}")

        threading.Thread(target=work, name="quotes-count", daemon=True).start()

    @contextmanager
    def live(self) -> Iterator[None]:
        """Show a progress bar while open, when stderr is a TTY and not quiet; transient (erased after)."""
        if self.quiet or not is_tty(self.stream):
            yield
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        progress = Progress(
            SpinnerColumn(),
            BarColumn(),  # pulses until the documents are counted (see count_in_background)
            TextColumn("{task.completed}{task.fields[of_total]} documents"),
            TextColumn("{task.fields[quotes]} quotes"),
            TextColumn("{task.fields[rate]}"),  # Rich's own speed column would say "it/s"
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=self.stream, stderr=True),
            transient=True,
        )
        self._task = progress.add_task("extract", total=None, quotes=0, rate="", of_total="")
        self._live_started = time.monotonic()  # after the model load, which is not document throughput
        with progress:
            self._progress = progress
            try:
                yield
            finally:
                self._progress = None

    def summary(self) -> None:
        if self.quiet:
            return
        seconds = time.monotonic() - self._started
        parts = [_count(self.documents, "document"), _count(self.quotes, "quote"), f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already in output")
        self.line(f"{', '.join(parts)}, {seconds:.1f} s")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
