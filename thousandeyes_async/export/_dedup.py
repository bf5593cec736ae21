"""Record identity, for exactly-once output.

Across slices, exactly-once comes from slice ownership (see ``_plan``); within a
slice a record can still come back twice (a page boundary that moves while the
server gains data, a retried page), so each slice keeps the identities it wrote.
That set is bounded by one slice's records.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._kinds import DataKind

__all__ = ["RecordKey", "SeenRecords", "record_key"]

RecordKey = tuple[Any, ...]


def _hashable(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, sort_keys=True, separators=(",", ":"))
    return value


def record_key(test_id: int, kind: DataKind, record: Mapping[str, Any]) -> RecordKey:
    """(test id, kind, and the kind's identifying fields: agent or monitor, round, ...)."""
    return (test_id, kind.name, *(_hashable(value) for value in kind.identity_of(record)))


class SeenRecords:
    """The identities already written by one unit of work."""

    __slots__ = ("_keys", "duplicates")

    def __init__(self) -> None:
        self._keys: set[RecordKey] = set()
        self.duplicates = 0

    def first_time(self, key: RecordKey) -> bool:
        if key in self._keys:
            self.duplicates += 1
            return False
        self._keys.add(key)
        return True

    def __len__(self) -> int:
        return len(self._keys)
