"""Pacing, reserve and floor as pure decisions of the window's estimate and the clock."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thousandeyes_async.ratelimit._bucket import Bucket
from thousandeyes_async.ratelimit._pacing import (
    Fairness,
    bulk_floor_held,
    bulk_not_before,
    quiet_from,
    room,
)

DEFAULT = Fairness()


def _next(fairness: Fairness, used: int, now: float, limit: int = 240) -> float | None:
    return bulk_not_before(fairness, start=0.0, end=60.0, limit=limit, used=used, now=now)


def test_bulk_permits_are_one_a_slot_along_the_window() -> None:
    # 240 per 60 s: the window's n-th request goes no earlier than n quarter seconds in.
    assert _next(DEFAULT, used=0, now=0.0) is None
    assert _next(DEFAULT, used=10, now=0.0) == pytest.approx(2.5)
    assert _next(DEFAULT, used=10, now=2.5) is None
    assert _next(DEFAULT, used=10, now=30.0) is None  # behind the pace: at once


def test_interactive_requests_count_against_the_pace() -> None:
    # 20 interactive requests at the start push bulk back by 20 slots.
    assert _next(DEFAULT, used=20, now=1.0) == pytest.approx(5.0)


def test_without_pacing_bulk_stops_at_the_reserve_until_its_slots() -> None:
    unpaced = Fairness(pace_bulk=False)
    assert _next(unpaced, used=215, now=0.0) is None
    # 24 permits of 240 are kept; they go one a slot in the window's last 6 s.
    assert _next(unpaced, used=216, now=0.0) == pytest.approx(54.0)
    assert _next(unpaced, used=216, now=54.0) is None
    assert _next(unpaced, used=230, now=54.0) == pytest.approx(57.5)
    assert _next(unpaced, used=239, now=59.75) is None


def test_strict_priority_never_holds_bulk_back() -> None:
    strict = Fairness(pace_bulk=False, interactive_reserve=0.0, bulk_floor=0.0)
    assert all(_next(strict, used=u, now=0.0) is None for u in range(240))


def test_an_unknown_or_ended_window_is_not_paced() -> None:
    for start, end in ((None, 60.0), (0.0, None), (None, None)):
        assert bulk_not_before(DEFAULT, start=start, end=end, limit=240, used=100, now=1.0) is None
    assert _next(DEFAULT, used=239, now=60.0) is None  # the bucket rolls over from here


def test_the_floor_is_held_only_while_bulk_waits_and_lacks_it() -> None:
    assert DEFAULT.floor(240) == 24
    assert bulk_floor_held(DEFAULT, limit=240, bulk_taken=0, bulk_waiting=True) == 24
    assert bulk_floor_held(DEFAULT, limit=240, bulk_taken=20, bulk_waiting=True) == 4
    assert bulk_floor_held(DEFAULT, limit=240, bulk_taken=30, bulk_waiting=True) == 0
    assert bulk_floor_held(DEFAULT, limit=240, bulk_taken=0, bulk_waiting=False) == 0
    # Tiny windows stay interactive's: a floor rounds down, a reserve leaves bulk one.
    assert DEFAULT.floor(5) == 0
    assert DEFAULT.reserved(1) == 0
    assert DEFAULT.reserved(5) == 1


@pytest.mark.parametrize("field", ["interactive_reserve", "bulk_floor"])
@pytest.mark.parametrize("value", [-0.1, 1.0, 2.0])
def test_shares_outside_the_unit_interval_are_refused(field: str, value: float) -> None:
    with pytest.raises(ValueError, match=field):
        Fairness(**{field: value})


@given(
    limit=st.integers(1, 500),
    span=st.floats(1.0, 600.0),
    reserve=st.floats(0.0, 0.5),
    pace=st.booleans(),
)
def test_bulk_alone_takes_the_whole_window_and_the_reserve_only_at_its_end(
    limit: int, span: float, reserve: float, pace: bool
) -> None:
    fairness = Fairness(interactive_reserve=reserve, pace_bulk=pace)
    slot = span / limit
    kept = fairness.reserved(limit)
    now, used = 0.0, 0
    while True:
        at = bulk_not_before(fairness, start=0.0, end=span, limit=limit, used=used, now=now)
        if at is not None:
            assert at > now
            now = at  # the limiter sleeps until then, and asks again
            continue
        if now >= span:
            break
        if pace:
            assert now >= used * slot - 1e-9
        if used >= limit - kept:
            assert now >= span - (limit - used) * slot - 1e-9
        used += 1
        if used == limit:
            break
    assert used == limit
    assert now < span


def _static_bucket(granted: int) -> Bucket:
    bucket = Bucket(limit=10, window=10.0, dynamic=False)
    bucket.end = 10.0  # a window from 0 to 10: one slot a second
    for _ in range(granted):
        bucket.grant(0.0)
    return bucket


def test_bulk_gives_way_to_interactive_waiting_elsewhere_except_for_its_floor() -> None:
    fairness = Fairness(bulk_floor=0.2)
    bucket = _static_bucket(1)

    def bulk(taken: int, waiting: bool) -> tuple[bool, float | None]:
        return room(
            fairness,
            bucket,
            priority=1,
            now=5.0,
            bulk_taken=taken,
            bulk_waiting=True,
            interactive_waiting=waiting,
        )

    assert bulk(taken=1, waiting=False) == (True, None)
    assert bulk(taken=1, waiting=True) == (True, None)  # one short of its floor of two
    assert bulk(taken=2, waiting=True) == (False, None)  # re-read, not a time, tells


def test_interactive_leaves_the_floor_to_waiting_bulk() -> None:
    fairness = Fairness(bulk_floor=0.2)
    bucket = _static_bucket(8)

    def interactive(taken: int, waiting: bool) -> bool:
        return room(fairness, bucket, priority=0, now=1.0, bulk_taken=taken, bulk_waiting=waiting)[
            0
        ]

    assert not interactive(taken=0, waiting=True)
    assert interactive(taken=1, waiting=True)
    assert interactive(taken=0, waiting=False)


def test_bulk_is_alone_from_quiet_after_windows_past_an_interactive_request() -> None:
    fairness = Fairness(quiet_after=2.0)
    assert quiet_from(fairness, seen=None, window=10.0) == float("-inf")
    assert quiet_from(fairness, seen=5.0, window=10.0) == 25.0
    assert quiet_from(Fairness(quiet_after=None), seen=None, window=10.0) == float("inf")


def test_alone_bulk_takes_the_reserve_at_once_at_its_stretch() -> None:
    # 10 per 10 s, a reserve of two: its stretch starts at 8 s.
    fairness = Fairness(interactive_reserve=0.2, pace_bulk=False)

    def at(used: int, now: float, alone: bool) -> float | None:
        return bulk_not_before(
            fairness, start=0.0, end=10.0, limit=10, used=used, now=now, alone=alone
        )

    assert at(8, 1.0, alone=False) == 8.0
    assert at(9, 8.0, alone=False) == 9.0  # one a slot while interactive traffic is about
    assert at(8, 1.0, alone=True) == 8.0
    assert at(9, 8.0, alone=True) is None  # alone, the whole reserve at once


def test_bulk_alone_bursts_up_to_the_reserve_and_asks_again_when_pacing_ends() -> None:
    fairness = Fairness(quiet_after=0.5)  # five seconds of a 10 s window
    bucket = _static_bucket(3)

    def bulk(now: float, seen: float | None) -> tuple[bool, float | None]:
        return room(
            fairness,
            bucket,
            priority=1,
            now=now,
            bulk_taken=3,
            bulk_waiting=True,
            interactive_seen=seen,
        )

    assert bulk(1.0, seen=None) == (True, None)  # never seen: no pace
    assert bulk(1.0, seen=0.5) == (False, 3.0)  # the fourth slot comes before pacing ends
    assert bulk(1.0, seen=-3.5) == (False, 1.5)  # pacing ends first: burst then
    assert bulk(1.5, seen=-3.5) == (True, None)
    full = _static_bucket(9)  # only the reserve left: held until its slot, paced or not
    assert room(fairness, full, priority=1, now=1.0, bulk_taken=9, bulk_waiting=True) == (
        False,
        9.0,
    )


def test_an_interactive_request_waiting_elsewhere_paces_bulk() -> None:
    bucket = _static_bucket(3)
    decision = room(
        Fairness(),
        bucket,
        priority=1,
        now=1.0,
        bulk_taken=0,
        bulk_waiting=True,
        interactive_waiting=True,
        interactive_seen=None,
    )
    # Short of its floor it may go, but on the pace: the fourth slot is at 3 s.
    assert decision == (False, 3.0)
    decision = room(
        Fairness(bulk_floor=0.0),
        bucket,
        priority=1,
        now=1.0,
        bulk_taken=0,
        bulk_waiting=True,
        interactive_waiting=True,
        interactive_seen=None,
    )
    assert decision == (False, None)


@pytest.mark.parametrize("value", [0.0, -1.0])
def test_quiet_after_must_be_positive(value: float) -> None:
    with pytest.raises(ValueError, match="quiet_after"):
        Fairness(quiet_after=value)
