"""``--output-dir DIR``: one JSON Lines shard per partition, written by the worker, plus a manifest.

Shards are named ``part-NNNNN.jsonl`` after their partition's number in input order (zero-padded, so
``cat DIR/part-*.jsonl`` is the ``-o OUT`` output byte for byte). A worker writes a shard to a temporary
name and renames it, so a shard that exists is complete: ``--resume`` skips those partitions, and a
partition run twice (its worker died) replaces its shard with the same bytes. ``manifest.json`` records
the inputs, the settings and the partitions (which file ranges each shard holds), and once the run ends,
per-shard counts.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from typing import Any

from quotes import __version__
from quotes.partitions import Partition

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "quotes-shards/1"
SHARD_PREFIX, SHARD_SUFFIX = "part-", ".jsonl"
_TEMPORARY_SUFFIX = ".tmp"


class ShardDirError(RuntimeError):
    """DIR cannot be written or resumed; the message is one line."""


def shard_name(index: int, count: int) -> str:
    return f"{SHARD_PREFIX}{index:0{max(5, len(str(count - 1)))}d}{SHARD_SUFFIX}"


def write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.{uuid.uuid4().hex}{_TEMPORARY_SUFFIX}")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        _remove(temporary)
        raise


def earlier_partition_bytes(path: str) -> int | None:
    """The partition size the manifest in ``path`` was cut with, if there is a readable one."""
    try:
        with open(os.path.join(path, MANIFEST), encoding="utf-8") as handle:
            size = json.load(handle).get("settings", {}).get("partition_bytes")
    except (OSError, ValueError, AttributeError):
        return None
    return size if isinstance(size, int) and size > 0 else None


class ShardDir:
    """The output folder of a cluster run: which shards are done, and the manifest."""

    def __init__(self, path: str, partitions: Sequence[Partition], description: dict[str, Any], *, resume: bool):
        self.path = os.path.abspath(path)
        self.names = [shard_name(p.index, len(partitions)) for p in partitions]
        self._manifest: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "quotes_version": __version__,
            **description,
            "partitions": [
                {"shard": name, "pieces": [piece.to_json() for piece in p.pieces]}
                for name, p in zip(self.names, partitions)
            ],
            "complete": False,
        }
        try:
            os.makedirs(self.path, exist_ok=True)
            self._remove_temporaries()
            earlier = self._earlier_manifest() if resume else None
            if earlier is not None:
                self._carry_over(earlier)
            else:
                self._remove_shards()
            self.done = {i for i, name in enumerate(self.names) if os.path.exists(self.shard_path(i))}
            self._write_manifest()
        except OSError as error:
            raise ShardDirError(f"cannot write {path}: {error.strerror or error}") from None

    def shard_path(self, index: int) -> str:
        return os.path.join(self.path, self.names[index])

    def record(self, index: int, *, documents: int, quotes: int, failed: int) -> None:
        """Counts of a partition finished in this run (the manifest gets them at :meth:`finish`)."""
        self._manifest["partitions"][index].update(documents=documents, quotes=quotes, failed=failed)

    def earlier_documents(self, index: int) -> int:
        """Documents of a shard finished by an earlier run (0 when that run did not say)."""
        return int(self._manifest["partitions"][index].get("documents") or 0)

    def finish(self, *, complete: bool) -> None:
        self._manifest["complete"] = complete and all(
            os.path.exists(self.shard_path(i)) for i in range(len(self.names))
        )
        self._write_manifest()

    def _earlier_manifest(self) -> dict[str, Any] | None:
        path = os.path.join(self.path, MANIFEST)
        if not os.path.exists(path):
            raise ShardDirError(f"cannot resume {self.path}: no {MANIFEST} from an earlier run; rerun without --resume")
        try:
            with open(path, encoding="utf-8") as handle:
                earlier = json.load(handle)
        except (OSError, ValueError) as error:
            raise ShardDirError(f"cannot resume {self.path}: unreadable {MANIFEST} ({error})") from None
        if _plan_of(earlier) != _plan_of(self._manifest):
            raise ShardDirError(
                f"cannot resume {self.path}: it holds a run over other inputs or settings; "
                "rerun without --resume or choose another --output-dir"
            )
        return earlier

    def _carry_over(self, earlier: dict[str, Any]) -> None:
        for entry, old in zip(self._manifest["partitions"], earlier["partitions"]):
            if os.path.exists(os.path.join(self.path, entry["shard"])):
                entry.update({k: old[k] for k in ("documents", "quotes", "failed") if k in old})

    def _remove_shards(self) -> None:
        for name in os.listdir(self.path):
            if name.startswith(SHARD_PREFIX) and name.endswith(SHARD_SUFFIX):
                os.remove(os.path.join(self.path, name))

    def _remove_temporaries(self) -> None:
        """Half-written shards of an interrupted run (workers write them under a dot name first)."""
        for name in os.listdir(self.path):
            if name.startswith("." + SHARD_PREFIX) and name.endswith(_TEMPORARY_SUFFIX):
                _remove(os.path.join(self.path, name))

    def _write_manifest(self) -> None:
        data = json.dumps(self._manifest, ensure_ascii=False, indent=1) + "\n"
        write_atomically(os.path.join(self.path, MANIFEST), data.encode("utf-8"))


def _plan_of(manifest: dict[str, Any]) -> Any:
    """What must match for a resume: inputs, settings and every partition's pieces."""
    return (
        manifest.get("inputs"),
        manifest.get("settings"),
        [(p.get("shard"), p.get("pieces")) for p in manifest.get("partitions", [])],
    )


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
