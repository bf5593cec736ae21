"""What an export has done, written atomically next to its output.

The checkpoint holds the completed slices of every (test, data kind) as merged
half-open intervals, and the sink's committed state (file sizes, part files).
It is only ever replaced whole (temp file, fsync, ``os.replace``, fsync of the
directory), so a kill at any instant leaves either the old or the new one.
Records written after the last checkpoint are cut away on resume, then fetched
again: that is what makes a resumed export equal an uninterrupted one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from ._errors import CheckpointError

__all__ = ["CHECKPOINT_NAME", "Checkpoint", "CheckpointError", "Intervals", "write_atomically"]

CHECKPOINT_NAME: Final = "checkpoint.json"
_VERSION: Final = 1


class Intervals:
    """Disjoint, sorted, merged half-open intervals of epoch seconds."""

    __slots__ = ("_items",)

    def __init__(self, items: list[tuple[int, int]] | None = None) -> None:
        self._items: list[tuple[int, int]] = []
        for start, end in items or ():
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end <= start:
            raise ValueError(f"empty interval [{start}, {end})")
        merged: list[tuple[int, int]] = []
        placed = False
        for lo, hi in self._items:
            if hi < start:
                merged.append((lo, hi))
            elif end < lo:
                if not placed:
                    merged.append((start, end))
                    placed = True
                merged.append((lo, hi))
            else:
                start, end = min(lo, start), max(hi, end)
        if not placed:
            merged.append((start, end))
        merged.sort()
        self._items = merged

    def covers(self, start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in self._items)

    def gaps(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of ``[start, end)`` not covered."""
        gaps: list[tuple[int, int]] = []
        cursor = start
        for lo, hi in self._items:
            if hi <= cursor:
                continue
            if lo >= end:
                break
            if lo > cursor:
                gaps.append((cursor, lo))
            cursor = max(cursor, hi)
        if cursor < end:
            gaps.append((cursor, end))
        return gaps

    def as_list(self) -> list[list[int]]:
        return [[lo, hi] for lo, hi in self._items]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Intervals) and self._items == other._items

    def __repr__(self) -> str:
        return f"Intervals({self._items!r})"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file."""
    temp = path.with_name(path.name + ".tmp")
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (a no-op where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Checkpoint:
    """Completed slices per (test, kind) and the sink's committed state."""

    def __init__(self, path: Path, plan: Mapping[str, Any]) -> None:
        self.path = path
        #: A description of the export (kinds, tests, range, format) to refuse a mismatch.
        self.plan: dict[str, Any] = dict(plan)
        self.sink_state: dict[str, Any] = {}
        self._done: dict[tuple[int, str], Intervals] = {}

    # -- completed slices -----------------------------------------------------

    def mark_done(self, test_id: int, kind: str, start: int, end: int) -> None:
        self._done.setdefault((test_id, kind), Intervals()).add(start, end)

    def is_done(self, test_id: int, kind: str, start: int, end: int) -> bool:
        intervals = self._done.get((test_id, kind))
        return intervals is not None and intervals.covers(start, end)

    def completed(self, test_id: int, kind: str) -> Intervals:
        return self._done.get((test_id, kind), Intervals())

    # -- persistence ----------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        done: dict[str, dict[str, list[list[int]]]] = {}
        for (test_id, kind), intervals in sorted(self._done.items()):
            done.setdefault(kind, {})[str(test_id)] = intervals.as_list()
        return {
            "version": _VERSION,
            "plan": self.plan,
            "completed": done,
            "sink": self.sink_state,
        }

    def save(self) -> None:
        payload = json.dumps(self.to_json(), indent=1, sort_keys=True).encode()
        write_atomically(self.path, payload)

    @classmethod
    def load(cls, path: Path) -> Checkpoint:
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise CheckpointError(f"no checkpoint at {path}: there is nothing to resume") from None
        except (OSError, ValueError) as exc:
            raise CheckpointError(f"cannot read the checkpoint {path}: {exc}") from exc
        if not isinstance(data, dict) or data.get("version") != _VERSION:
            raise CheckpointError(f"{path} is not a checkpoint this version can resume")
        try:
            checkpoint = cls(path, data["plan"])
            checkpoint.sink_state = dict(data.get("sink") or {})
            for kind, tests in data["completed"].items():
                for test_id, items in tests.items():
                    intervals = Intervals([(int(lo), int(hi)) for lo, hi in items])
                    checkpoint._done[(int(test_id), str(kind))] = intervals
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CheckpointError(f"the checkpoint {path} is malformed: {exc}") from exc
        return checkpoint
