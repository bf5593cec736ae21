"""What to export: tests, data kinds, a time range, and its slicing into work units.

Slices are half-open intervals ``[start, end)`` in epoch seconds, aligned on
multiples of the slice length so that two runs of the same plan cut the same
slices. The API's ranges are inclusive at both ends (seed 000: "The date range
is inclusive"), so a round starting exactly on a boundary comes back from both
neighbouring queries; a record belongs to the slice whose interval contains its
``roundId`` (slice ownership), which is what makes the output exactly-once with
no memory shared between slices.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import attrs

from .._timerange import WindowLike, parse_window
from ._kinds import DataKind
from ._kinds_v7 import ALL_KINDS

if TYPE_CHECKING:
    from ._clients import ExportClient

__all__ = [
    "MAX_SLICES",
    "ExportPlan",
    "TestRef",
    "TestSelection",
    "TimeRange",
    "WorkUnit",
    "check_slice_count",
    "family_root",
    "slice_count",
    "slice_range",
]

#: The most slices a plan may hold. Every slice costs at least one request per test
#: and kind family, so at 240 requests a minute 50,000 slices are 3.5 hours of the
#: whole budget per test on slicing alone. Real plans stay far below: a year of
#: 1-hour slices is 8,760, a year of 15-minute slices 35,040, and the number of
#: tests does not count. ``--slice 1s`` reaches the cap after 14 hours.
MAX_SLICES = 50_000


@attrs.frozen
class TestRef:
    """A test to export, with the type that decides which kinds apply to it."""

    __test__ = False  # not a pytest test class, despite the name

    id: int
    type: str | None = None
    name: str | None = None


@attrs.frozen
class TimeRange:
    """A half-open range ``[start, end)`` of round start times, in epoch seconds."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(
                f"the time range is empty: end ({_iso(self.end)}) is not after "
                f"start ({_iso(self.start)})"
            )

    @classmethod
    def last(cls, window: WindowLike, *, now: float) -> TimeRange:
        """The ``window`` before ``now``, ending on a whole second."""
        end = int(now)
        return cls(end - parse_window(window), end)

    @classmethod
    def between(cls, start: datetime, end: datetime) -> TimeRange:
        return cls(_epoch("start", start), _epoch("end", end))


def _epoch(name: str, value: datetime) -> int:
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"{name} must be timezone-aware; a naive datetime is not guessed")
    seconds = value.timestamp()
    if seconds != int(seconds):
        raise ValueError(f"{name} must be on a whole second, got {value.isoformat()}")
    return int(seconds)


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_slice_length(slice_seconds: int) -> None:
    if isinstance(slice_seconds, bool) or not isinstance(slice_seconds, int) or slice_seconds <= 0:
        raise ValueError(
            f"slice length must be a positive number of seconds, got {slice_seconds!r}"
        )


def slice_count(time_range: TimeRange, slice_seconds: int) -> int:
    """How many slices :func:`slice_range` cuts, without cutting them."""
    _check_slice_length(slice_seconds)
    return (time_range.end - 1) // slice_seconds - time_range.start // slice_seconds + 1


def _duration(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def check_slice_count(time_range: TimeRange, slice_seconds: int) -> None:
    """Refuse a plan of more than :data:`MAX_SLICES` slices, saying how to get under it."""
    count = slice_count(time_range, slice_seconds)
    if count <= MAX_SLICES:
        return
    # The shortest slice in whole units of its size that gets under the cap.
    shortest = -(-(time_range.end - time_range.start) // (MAX_SLICES - 1))
    unit = next(size for size in (86400, 3600, 60, 1) if shortest > size or size == 1)
    shortest = -(-shortest // unit) * unit
    while slice_count(time_range, shortest) > MAX_SLICES:
        shortest += unit
    raise ValueError(
        f"slices of {_duration(slice_seconds)} cut the time range into {count:,} slices, "
        f"more than the {MAX_SLICES:,} a plan may hold: use a slice of at least "
        f"{_duration(shortest)} or a shorter range"
    )


def slice_range(time_range: TimeRange, slice_seconds: int) -> list[tuple[int, int]]:
    """Cut ``time_range`` into half-open slices aligned on multiples of ``slice_seconds``."""
    check_slice_count(time_range, slice_seconds)
    slices: list[tuple[int, int]] = []
    cursor = time_range.start
    while cursor < time_range.end:
        boundary = (cursor // slice_seconds + 1) * slice_seconds
        upper = min(boundary, time_range.end)
        slices.append((cursor, upper))
        cursor = upper
    return slices


def family_root(kind: DataKind) -> DataKind:
    """The summary kind a detail kind fans out from (a summary kind is its own root)."""
    while kind.parent is not None:
        kind = ALL_KINDS[kind.parent]
    return kind


@attrs.frozen
class TestSelection:
    """Which tests: explicit ids, or every test filtered by type and name."""

    __test__ = False  # not a pytest test class, despite the name

    ids: tuple[int, ...] = ()
    all_tests: bool = False
    types: tuple[str, ...] = ()
    name_contains: str | None = None

    def __attrs_post_init__(self) -> None:
        if bool(self.ids) == self.all_tests:
            raise ValueError("name tests with explicit ids or ask for all tests (not both)")
        for test_id in self.ids:
            if isinstance(test_id, bool) or not isinstance(test_id, int) or test_id <= 0:
                raise ValueError(f"test ids must be positive integers, got {test_id!r}")
        if (self.types or self.name_contains) and not self.all_tests:
            raise ValueError("type and name filters apply to all tests, not to explicit ids")

    async def fetch(
        self, client: ExportClient, *, account_group_id: int | str | None = None
    ) -> tuple[TestRef, ...]:
        """The selected tests of the account group, from ``GET tests`` of the client's API."""
        from .._client import AsyncThousandEyesV6
        from ._test_listing import v7_tests

        if isinstance(client, AsyncThousandEyesV6):
            tests = await client.tests.list(account_group_id=account_group_id, raw=True)
            return self.resolve(tests)
        return self.resolve(await v7_tests(client, account_group_id))

    def resolve(self, tests: Iterable[Mapping[str, Any]]) -> tuple[TestRef, ...]:
        """Pick the tests from a ``GET tests`` listing; explicit ids must all exist."""
        known: dict[int, TestRef] = {}
        for test in tests:
            test_id = test.get("testId")
            # v7 spells test ids as strings of digits.
            if isinstance(test_id, str) and test_id.isdigit():
                test_id = int(test_id)
            if isinstance(test_id, int) and not isinstance(test_id, bool):
                known[test_id] = TestRef(
                    test_id,
                    _text(test.get("type")),
                    _text(test.get("testName")),
                )
        if self.ids:
            missing = [test_id for test_id in self.ids if test_id not in known]
            if missing:
                raise ValueError(
                    "no such test in this account group: " + ", ".join(map(str, missing))
                )
            return tuple(known[test_id] for test_id in self.ids)
        chosen = []
        for ref in sorted(known.values(), key=lambda ref: ref.id):
            if self.types and ref.type not in self.types:
                continue
            if self.name_contains and self.name_contains.lower() not in (ref.name or "").lower():
                continue
            chosen.append(ref)
        return tuple(chosen)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@attrs.frozen
class WorkUnit:
    """One slice of one test for one family of kinds: fetched and written as a whole."""

    test: TestRef
    #: The summary kind fetched with the time range.
    root: DataKind
    #: The kinds of the family this unit writes (the root only if it is wanted).
    kinds: tuple[DataKind, ...]
    start: int
    end: int

    def owns(self, round_id: Any) -> bool:
        """Whether a record of this round belongs to this unit's slice."""
        return isinstance(round_id, int) and self.start <= round_id < self.end


@attrs.frozen
class ExportPlan:
    """Tests x data kinds x a time range, cut into slices."""

    tests: tuple[TestRef, ...]
    kinds: tuple[DataKind, ...]
    time_range: TimeRange
    slice_seconds: int = 3600
    account_group_id: int | str | None = None

    def __attrs_post_init__(self) -> None:
        if not self.kinds:
            raise ValueError("the plan has no data kind")
        check_slice_count(self.time_range, self.slice_seconds)

    @classmethod
    def build(
        cls,
        tests: Sequence[TestRef | int],
        kinds: Sequence[DataKind],
        time_range: TimeRange,
        *,
        slice: WindowLike = "1h",
        account_group_id: int | str | None = None,
    ) -> ExportPlan:
        refs = tuple(test if isinstance(test, TestRef) else TestRef(test) for test in tests)
        return cls(refs, tuple(kinds), time_range, parse_window(slice), account_group_id)

    def kinds_for(self, test: TestRef) -> tuple[DataKind, ...]:
        """The planned kinds that have data for this test's type (all when it is unknown)."""
        if test.type is None:
            return self.kinds
        return tuple(kind for kind in self.kinds if test.type in kind.test_types)

    def slices(self) -> list[tuple[int, int]]:
        return slice_range(self.time_range, self.slice_seconds)

    def units(self) -> Iterator[WorkUnit]:
        """Every work unit of the plan, slice by slice so early slices finish first."""
        families: dict[TestRef, dict[str, list[DataKind]]] = {}
        for test in self.tests:
            grouped: dict[str, list[DataKind]] = {}
            for kind in self.kinds_for(test):
                grouped.setdefault(family_root(kind).name, []).append(kind)
            families[test] = grouped
        for start, end in self.slices():
            for test in self.tests:
                for root_name, kinds in families[test].items():
                    yield WorkUnit(test, ALL_KINDS[root_name], tuple(kinds), start, end)

    def pairs(self) -> list[tuple[TestRef, DataKind]]:
        """Every (test, kind) the plan writes."""
        return [(test, kind) for test in self.tests for kind in self.kinds_for(test)]
