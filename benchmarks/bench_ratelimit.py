"""Rate limiting side by side, in virtual time, against the emulator.

The emulator keeps the documented semantics: 240 requests per 60 s window
opened by the first request, whole-second Reset and Date, 429 when over (a
refused request is not counted). Each client
sends 10,000 GETs from 100 tasks through the real client pipeline:

* this library's ``RateLimiter``;
* ``aiolimiter.AsyncLimiter(240, 60)`` in front of the same pipeline (which
  sleeps until Reset after a 429);
* a naive client with no limiter that only sleeps until Reset after a 429.

Then the limiter's own CPU cost per acquire with 1,000 tasks waiting, against
aiolimiter's at the same load. Time is looptime's virtual asyncio clock: a run
of forty-odd minutes takes seconds.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import time
from collections.abc import Callable
from typing import Any

import httpx
import looptime
from aiolimiter import AsyncLimiter

from thousandeyes_async import Priority, RateLimiter, RequestInfo
from thousandeyes_async.ratelimit import Permit, UnlimitedLimiter
from thousandeyes_async.testing import RateLimits, ThousandEyesEmulator

REQUESTS = 10_000
TASKS = 100
LIMIT = 240
WINDOW = 60.0


class _NoPermit:
    def mark_sent(self) -> None:
        return None

    async def settle(self, response: httpx.Response | None) -> bool:
        return False


class AioLimiterAdapter:
    """aiolimiter behind the library's limiter contract: paces, learns nothing."""

    def __init__(self) -> None:
        self.inner = AsyncLimiter(LIMIT, WINDOW)

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        await self.inner.acquire()
        return _NoPermit()


async def _run_client(limiter: Any) -> dict[str, float]:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=LIMIT, window_seconds=WINDOW))
    loop = asyncio.get_running_loop()
    async with emulator.client(limiter=limiter, max_retries=10_000, retry_deadline=1e9) as te:
        counter = iter(range(REQUESTS))

        async def worker() -> None:
            for _ in counter:
                await te.request("GET", "agents")

        start = loop.time()
        await asyncio.gather(*(worker() for _ in range(TASKS)))
        elapsed = loop.time() - start
    counters = emulator.organization_counters()
    # Windows the run touched, the last one included: the budget the server offered.
    windows = math.floor(elapsed / WINDOW) + 1
    return {
        "budget": 100.0 * counters.accepted / (LIMIT * windows),
        "429s": counters.refused,
        "minutes": elapsed / 60.0,
    }


def _virtual(coro_factory: Callable[[], Any]) -> Any:
    loop = looptime.new_event_loop(start=0.0, _enabled=True)
    try:
        return loop.run_until_complete(coro_factory())
    finally:
        loop.close()


def _headers(now: float, state: dict[str, float]) -> httpx.Response:
    # A fixed-window answer computed in place: isolates the limiter's own cost.
    if now >= state["end"]:
        state["end"], state["count"] = now + WINDOW, 0
    state["count"] += 1
    epoch = 1_700_000_000 + now
    return httpx.Response(
        200,
        headers={
            "Date": email.utils.formatdate(math.floor(epoch), usegmt=True),
            "X-Organization-Rate-Limit-Limit": str(LIMIT),
            "X-Organization-Rate-Limit-Remaining": str(max(0, LIMIT - int(state["count"]))),
            "X-Organization-Rate-Limit-Reset": str(math.ceil(epoch - now + state["end"])),
        },
    )


async def _acquire_cost_ours(waiters: int, acquires: int) -> float:
    limiter = RateLimiter()
    loop = asyncio.get_running_loop()
    state = {"end": -math.inf, "count": 0.0}
    request = RequestInfo("GET", "net/metrics/1")
    remaining = iter(range(acquires))

    async def worker() -> None:
        for _ in remaining:
            permit = await limiter.acquire("bench", request, Priority.BULK)
            permit.mark_sent()
            await permit.settle(_headers(loop.time(), state))

    cpu = time.process_time()
    await asyncio.gather(*(worker() for _ in range(waiters)))
    spent = time.process_time() - cpu
    # Take out what building the fake answers cost: only the limiter is measured.
    probe_state = {"end": -math.inf, "count": 0.0}
    cpu = time.process_time()
    for n in range(acquires):
        _headers(n * WINDOW / LIMIT, probe_state)
    spent -= time.process_time() - cpu
    return spent / acquires


async def _acquire_cost_aiolimiter(waiters: int, acquires: int) -> float:
    limiter = AsyncLimiter(LIMIT, WINDOW)
    remaining = iter(range(acquires))

    async def worker() -> None:
        for _ in remaining:
            await limiter.acquire()

    cpu = time.process_time()
    await asyncio.gather(*(worker() for _ in range(waiters)))
    return (time.process_time() - cpu) / acquires


def main() -> None:
    rows = [
        ("thousandeyes-async RateLimiter", lambda: _run_client(RateLimiter())),
        ("aiolimiter.AsyncLimiter(240, 60)", lambda: _run_client(AioLimiterAdapter())),
        ("naive: sleep until Reset on 429", lambda: _run_client(UnlimitedLimiter())),
    ]
    print(f"{REQUESTS:,} GETs from {TASKS} tasks; server: {LIMIT} per {WINDOW:.0f} s window,")
    print("whole-second Reset; virtual time (looptime)\n")
    print(f"{'client':<34} {'budget used':>11} {'429s':>7} {'minutes':>8}")
    results = {}
    for name, factory in rows:
        result = _virtual(factory)
        results[name] = result
        print(
            f"{name:<34} {result['budget']:>10.1f}% {result['429s']:>7.0f} "
            f"{result['minutes']:>8.1f}"
        )
    best = 100.0 * REQUESTS / (LIMIT * math.ceil(REQUESTS / LIMIT))
    print(f"  (best possible budget use: {best:.1f}%, the last window is not full)")
    ours = results[rows[0][0]]["minutes"]
    for name, _ in rows[1:]:
        print(f"  {name}: {results[name]['minutes'] / ours:.2f}x the time of ours")
    waiters, acquires = 1000, 10_000
    ours_cost = _virtual(lambda: _acquire_cost_ours(waiters, acquires))
    aio_cost = _virtual(lambda: _acquire_cost_aiolimiter(waiters, acquires))
    print(f"\nCPU per acquire with {waiters:,} waiting tasks ({acquires:,} acquires):")
    print(f"  ours (acquire + settle, header parsing): {ours_cost * 1e6:5.1f} µs")
    print(f"  aiolimiter (acquire):                    {aio_cost * 1e6:5.1f} µs")
    print(f"  ratio ours / aiolimiter:                 {ours_cost / aio_cost:5.2f}")


if __name__ == "__main__":
    main()
