"""Interactive and bulk traffic sharing one window, in virtual time.

Bulk is paced along the window while interactive traffic is about and bursts
when it runs alone, the reserve waits for interactive calls until the window's
last slots, bulk keeps its floor under heavy interactive load, and a cancelled
waiter neither takes a slot nor loses one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async import Priority, RateLimiter
from thousandeyes_async.ratelimit import BucketSpec, Permit, RequestInfo
from thousandeyes_async.testing import Fault, RateLimits, ThousandEyesEmulator

pytestmark = pytest.mark.anyio

GET = RequestInfo("GET", "net/metrics/1")


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


class TenPerTenSeconds:
    """A static bucket of 10 per 10 s: one pacing slot a second."""

    def __init__(self) -> None:
        self.spec = BucketSpec("only", 10, 10.0, None)

    def buckets(self, request: RequestInfo) -> Sequence[BucketSpec]:
        return (self.spec,)


async def _use(permit: Permit) -> None:
    permit.mark_sent()
    await permit.settle(httpx.Response(200))


async def _granted_at(limiter: RateLimiter, priority: Priority, times: list[float]) -> None:
    permit = await limiter.acquire("acme", GET, priority)
    times.append(anyio.current_time())
    await _use(permit)


async def test_bulk_is_paced_one_a_slot_and_interactive_bursts() -> None:
    limiter = RateLimiter(TenPerTenSeconds(), quiet_after=None)
    start = anyio.current_time()
    bulk: list[float] = []
    interactive: list[float] = []
    async with anyio.create_task_group() as tg:
        for _ in range(7):
            tg.start_soon(_granted_at, limiter, Priority.BULK, bulk)
        await anyio.sleep(2.5)
        for _ in range(3):
            tg.start_soon(_granted_at, limiter, Priority.INTERACTIVE, interactive)
    # Interactive calls go at once; bulk then waits for the pace to catch up.
    assert [t - start for t in interactive] == pytest.approx([2.5] * 3)
    assert [t - start for t in bulk] == pytest.approx([0, 1, 2, 6, 7, 8, 9])


async def test_strict_priority_sends_bulk_at_the_window_start() -> None:
    limiter = RateLimiter(
        TenPerTenSeconds(), pace_bulk=False, interactive_reserve=0.0, bulk_floor=0.0
    )
    start = anyio.current_time()
    bulk: list[float] = []
    async with anyio.create_task_group() as tg:
        for _ in range(10):
            tg.start_soon(_granted_at, limiter, Priority.BULK, bulk)
    assert [t - start for t in bulk] == pytest.approx([0.0] * 10)


async def test_a_cancelled_paced_waiter_takes_nothing_and_its_slot_is_not_lost() -> None:
    limiter = RateLimiter(TenPerTenSeconds(), quiet_after=None)
    start = anyio.current_time()
    bulk: list[float] = []
    async with anyio.create_task_group() as tg:
        for _ in range(2):
            tg.start_soon(_granted_at, limiter, Priority.BULK, bulk)
            await anyio.sleep(0.001)  # enqueue in a known order
        doomed = anyio.CancelScope()
        tg.start_soon(_cancelled, limiter, doomed)
        await anyio.sleep(0.001)
        for _ in range(3):
            tg.start_soon(_granted_at, limiter, Priority.BULK, bulk)
            await anyio.sleep(0.001)
        await anyio.sleep(1.5)
        # The third in line, due at t=2, is cancelled half a slot before it.
        doomed.cancel()
    assert [t - start for t in bulk] == pytest.approx([0, 1, 2, 3, 4], abs=0.01)
    stats = limiter.stats("acme")["only"]
    assert stats.remaining == 5  # five sent, the cancelled one took nothing
    assert stats.waiters == 0


async def _cancelled(limiter: RateLimiter, scope: anyio.CancelScope) -> None:
    with scope:
        await limiter.acquire("acme", GET, Priority.BULK)
        raise AssertionError("the cancelled waiter got a permit")


async def _hammer(limiter: RateLimiter, priority: Priority, times: list[float]) -> None:
    while True:
        await _granted_at(limiter, priority, times)


@pytest.mark.parametrize(("floor", "per_window"), [(0.2, 2), (0.0, 0)])
async def test_heavy_interactive_load_leaves_bulk_its_floor(floor: float, per_window: int) -> None:
    limiter = RateLimiter(TenPerTenSeconds(), bulk_floor=floor)
    start = anyio.current_time()
    interactive: list[float] = []
    bulk: list[float] = []
    async with anyio.create_task_group() as tg:
        for _ in range(30):
            tg.start_soon(_hammer, limiter, Priority.INTERACTIVE, interactive)
        await anyio.sleep(0.5)  # interactive demand is there first, and never lets up
        for _ in range(5):
            tg.start_soon(_hammer, limiter, Priority.BULK, bulk)
        await anyio.sleep(39.0)
        tg.cancel_scope.cancel()
    windows = [sum(1 for t in bulk if w * 10 <= t - start < w * 10 + 10) for w in range(1, 4)]
    assert windows == [per_window] * 3
    assert len(interactive) + len(bulk) == 40  # the whole budget is used either way


def _windows(times: Sequence[float], window: float) -> list[list[float]]:
    """Accepted request times grouped by the fixed-window server's windows."""
    groups: list[list[float]] = []
    end = -math.inf
    for t in sorted(times):
        if t >= end:
            groups.append([])
            end = t + window
        groups[-1].append(t)
    return groups


async def _export(emulator: ThousandEyesEmulator, limiter: RateLimiter, seconds: float) -> None:
    async with emulator.client(
        organization="acme", limiter=limiter, priority=Priority.BULK, max_retries=1000
    ) as te:

        async def worker() -> None:
            while True:
                await te.request("GET", "agents")

        async with anyio.create_task_group() as tg:
            for _ in range(300):
                tg.start_soon(worker)
            await anyio.sleep(seconds)
            tg.cancel_scope.cancel()


async def test_bulk_alone_uses_the_whole_budget() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=240), log_limit=None)
    await _export(emulator, RateLimiter(), 10.5 * 60)
    accepted = [r.time for r in emulator.requests if r.status == 200]
    windows = _windows(accepted, 60.0)
    first, last = windows[1][0], windows[-1][0]  # the first window learns the server
    used = sum(1 for t in accepted if first <= t < last)
    assert used >= 0.99 * 240 * (last - first) / 60.0
    assert emulator.organization_counters().refused == 0
    # Alone, not paced: all but the reserve at each window's start.
    for group in windows[1:-1]:
        assert sum(1 for t in group if t - group[0] < 1.0) == 216


async def test_bulk_paced_always_spreads_each_window() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=240), log_limit=None)
    await _export(emulator, RateLimiter(quiet_after=None), 4.5 * 60)
    assert emulator.organization_counters().refused == 0
    for group in _windows([r.time for r in emulator.requests if r.status == 200], 60.0)[1:-1]:
        assert sum(1 for t in group if t - group[0] < 5.0) <= 25


@pytest.mark.parametrize("latency", [0.1, 1.5])
async def test_an_export_alone_takes_its_true_floor(latency: float) -> None:
    # 1,400 requests at 240 a window: 6 windows, the last ending one answer after
    # it opens (its 200 requests fit under the reserve, if no window lost a slot).
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=240), log_limit=None)
    emulator.faults.random(1.0, [Fault.slow(latency)], seed=1)
    left = 1400
    started = anyio.current_time()
    async with emulator.client(
        organization="acme", limiter=RateLimiter(), priority=Priority.BULK, max_retries=1000
    ) as te:

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await te.request("GET", "agents")

        async with anyio.create_task_group() as tg:
            for _ in range(300):
                tg.start_soon(worker)
    elapsed = anyio.current_time() - started
    assert emulator.organization_counters().refused == 0
    assert elapsed <= 1.02 * (5 * 60.0 + latency)


async def test_pacing_switches_on_with_interactive_traffic_and_off_after_quiet_windows() -> None:
    limiter = RateLimiter(TenPerTenSeconds(), quiet_after=2.0)
    start = anyio.current_time()
    bulk: list[float] = []
    interactive: list[float] = []
    async with anyio.create_task_group() as tg:
        # One bulk task, each request answered at once: the window is always known.
        tg.start_soon(_hammer, limiter, Priority.BULK, bulk)
        await anyio.sleep(12.5)
        tg.start_soon(_granted_at, limiter, Priority.INTERACTIVE, interactive)
        await anyio.sleep(37.0)
        tg.cancel_scope.cancel()
    offsets = [t - start for t in bulk]

    def window(w: int) -> list[float]:
        return [t for t in offsets if w * 10 <= t < w * 10 + 10]

    # Alone: all but the reserve (one) at the start, the reserve in the last slot.
    assert window(0) == pytest.approx([0.0] * 9 + [9.0])
    # The call at 12.5 s takes the reserve at once; bulk is paced from then on.
    assert [t - start for t in interactive] == pytest.approx([12.5])
    assert window(1) == pytest.approx([10.0] * 9)
    assert window(2) == pytest.approx([20.0 + i for i in range(10)])
    # Two quiet windows after the call (32.5 s) pacing ends: the rest bursts.
    assert window(3) == pytest.approx([30.0, 31.0, 32.0] + [32.5] * 6 + [39.0])
    assert window(4) == pytest.approx([40.0] * 9 + [49.0])


async def test_the_first_interactive_call_after_quiet_is_served_from_the_reserve_at_once() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=240), log_limit=None)
    limiter = RateLimiter()
    waits: list[float] = []

    async def user() -> None:
        async with emulator.client(organization="acme", limiter=limiter) as te:
            await anyio.sleep(150.0)  # the export has run alone, unpaced, for windows
            asked = anyio.current_time()
            await te.request("GET", "agents")
            waits.append(anyio.current_time() - asked)

    async with anyio.create_task_group() as tg:
        tg.start_soon(_export, emulator, limiter, 4.5 * 60)
        tg.start_soon(user)
    assert waits == [0.0]
    assert emulator.organization_counters().refused == 0
    accepted = [r.time for r in emulator.requests if r.status == 200]
    windows = _windows(accepted, 60.0)
    before = [g for g in windows if g[0] - accepted[0] < 150.0 - 60.0]
    after = [g for g in windows if g[0] - accepted[0] > 150.0]
    # Before the call the export burst; the windows after it are paced.
    assert [sum(1 for t in g if t - g[0] < 1.0) for g in before] == [216, 216]
    assert after
    assert all(sum(1 for t in g if t - g[0] < 5.0) <= 25 for g in after)


async def test_the_reserve_goes_to_bulk_in_the_window_last_slots() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=240), log_limit=None)
    limiter = RateLimiter(pace_bulk=False, interactive_reserve=0.1)
    await _export(emulator, limiter, 4.5 * 60)
    accepted = [r.time for r in emulator.requests if r.status == 200]
    assert emulator.organization_counters().refused == 0
    for group in _windows(accepted, 60.0)[1:-1]:
        offsets = [t - group[0] for t in group]
        assert len(offsets) == 240  # nothing of the window goes unused
        # Not paced: all but the reserve at once, the reserve only in the last slots.
        assert max(offsets[:216]) < 1.0
        assert min(offsets[216:]) >= 60.0 - 24 * 0.25 - 1.0


async def test_an_interactive_call_next_to_a_saturating_export_waits_under_a_second() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=240), log_limit=None)
    limiter = RateLimiter()
    waits: list[float] = []

    async def user() -> None:
        async with emulator.client(organization="acme", limiter=limiter) as te:
            await anyio.sleep(90.0)
            for _ in range(40):
                asked = anyio.current_time()
                await te.request("GET", "agents")
                waits.append(anyio.current_time() - asked)
                await anyio.sleep(7.3)  # lands anywhere in the window

    async with anyio.create_task_group() as tg:
        tg.start_soon(_export, emulator, limiter, 6 * 60.0)
        tg.start_soon(user)
    assert len(waits) == 40
    assert max(waits) <= 1.0
    assert emulator.organization_counters().refused == 0
