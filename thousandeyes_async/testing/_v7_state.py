"""What v7 clients change in the emulator, kept for the emulator's life.

Tests themselves live in the dataset (so that their results follow them);
this keeps the settings a client gave each test, its versions, and the
collections of the administrative objects (users, roles, alert rules...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from ._entities import Record

__all__ = ["Collection", "V7State"]


@attrs.define
class Collection:
    """Objects of one kind by id, with ids handed out in order from ``first_id``."""

    first_id: int
    items: dict[str, Record] = attrs.field(factory=dict)
    seeded: bool = False
    _next: int = 0

    def new_id(self) -> str:
        value = self.first_id + len(self.items) + self._next
        while str(value) in self.items:
            value += 1
        self._next += 1
        return str(value)

    def __iter__(self) -> Iterator[Record]:
        return iter(self.items.values())


@attrs.define
class V7State:
    """The v7 objects of one emulator."""

    #: Test id -> the fields the client set (read-only and write-only ones dropped).
    test_settings: dict[int, Record] = attrs.field(factory=dict)
    #: Test id -> its versions, oldest first: (epoch seconds, version id).
    test_versions: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict)
    collections: dict[str, Collection] = attrs.field(factory=dict)
    next_version: int = 5001
    #: Ids of the instant tests created on v7 (the tests ``/tests/{id}/run`` reruns).
    instant_tests: set[int] = attrs.field(factory=set)
    #: Agent id -> the settings a client gave it (beyond its name).
    agent_settings: dict[int, Record] = attrs.field(factory=dict)
    #: Cluster agent id -> its members, itself first.
    clusters: dict[int, list[int]] = attrs.field(factory=dict)
    #: Writes, oldest first, as ``/audit-user-events`` shows them (plus ``_epoch``).
    audit: list[Record] = attrs.field(factory=list)

    def collection(
        self, kind: str, first_id: int, seed: Callable[[Collection], None] | None = None
    ) -> Collection:
        """The collection of ``kind``, filled by ``seed`` on first use."""
        found = self.collections.get(kind)
        if found is None:
            found = self.collections[kind] = Collection(first_id)
        if not found.seeded:
            found.seeded = True
            if seed is not None:
                seed(found)
        return found

    def add_version(self, test_id: int, now: int) -> None:
        self.test_versions.setdefault(test_id, []).append((now, self.next_version))
        self.next_version += 1

    def forget_test(self, test_id: int) -> None:
        self.test_settings.pop(test_id, None)
        self.test_versions.pop(test_id, None)
