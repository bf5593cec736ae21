"""Rate limiting side by side, in virtual time, against the emulator.

The emulator keeps the documented semantics: 240 requests per 60 s window
opened by the first request, whole-second Reset and Date, 429 when over (a
refused request is not counted). Each client
sends 10,000 GETs from 100 tasks through the real client pipeline:

* this library's ``RateLimiter``;
* ``aiolimiter.AsyncLimiter(240, 60)`` in front of the same pipeline (which
  sleeps until Reset after a 429);
* a naive client with no limiter that only sleeps until Reset after a 429.

Then the window phase: with unbounded demand from 1 to 1,000 tasks, the share
of the budget used in steady state, with zero 429s, against an independent
fixed-window server (the tests' ``FixedWindowApp``: 240 per 60 s, 20-120 ms of
latency per request) and against the sandbox (the emulator at 40 per 5 s while
the policy assumes 60 s, so the window's length must be learned). Budget used =
requests accepted / (limit x windows elapsed), counted from the first request
to the opening of the last window, so a client that starts each window late
shows it.

Then the limiter's own CPU cost per acquire with 1,000 tasks waiting, against
aiolimiter's at the same load. Time is looptime's virtual asyncio clock: a run
of forty-odd minutes takes seconds.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
import looptime
from aiolimiter import AsyncLimiter

from thousandeyes_async import AsyncThousandEyesV6, Priority, RateLimiter
from thousandeyes_async.ratelimit import Permit, RequestInfo, UnlimitedLimiter
from thousandeyes_async.testing import RateLimits, ThousandEyesEmulator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.fixed_window_app import FixedWindowApp

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


PHASE_WINDOWS = 20
PHASE_TASKS = (1, 10, 100, 1000)
SANDBOX_LIMIT = 40
SANDBOX_WINDOW = 5.0


def _steady_budget(
    opened: Sequence[float], accepted: Sequence[float], limit: int, window: float
) -> float:
    """Accepted from the first window's opening to the last's, over what it allowed."""
    first, last = opened[0], opened[-1]
    used = sum(1 for t in accepted if first <= t < last)
    return 100.0 * used / (limit * (last - first) / window)


def _windows_of(accepted: Sequence[float], window: float) -> list[float]:
    """Window openings of a fixed-window server, replayed from its accepted requests."""
    opened: list[float] = []
    end = -math.inf
    for t in sorted(accepted):
        if t >= end:
            opened.append(t)
            end = t + window
    return opened


async def _flood(te: AsyncThousandEyesV6, tasks: int, seconds: float) -> None:
    async def worker() -> None:
        while True:
            await te.request("GET", "agents")

    workers = [asyncio.ensure_future(worker()) for _ in range(tasks)]
    await asyncio.sleep(seconds)
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


async def _phase_fixed_window(tasks: int, limiter: Any) -> tuple[float, int]:
    app = FixedWindowApp(limit=LIMIT, window=WINDOW, latency=0.06, min_latency=0.01, seed=tasks)
    async with AsyncThousandEyesV6(
        token="bench-token-0123456789",
        transport=httpx.ASGITransport(app),
        base_url="http://fixed-window",
        limiter=limiter,
        max_retries=10_000,
        retry_deadline=1e9,
    ) as te:
        await _flood(te, tasks, PHASE_WINDOWS * WINDOW)
    return _steady_budget(app.org.opened_at, app.accepted_at, LIMIT, WINDOW), app.refused


async def _phase_sandbox(tasks: int, limiter: Any) -> tuple[float, int]:
    emulator = ThousandEyesEmulator.sandbox(
        limits=RateLimits(organization=SANDBOX_LIMIT, window_seconds=SANDBOX_WINDOW)
    )
    async with emulator.client(limiter=limiter, max_retries=10_000, retry_deadline=1e9) as te:
        await _flood(te, tasks, PHASE_WINDOWS * SANDBOX_WINDOW * 3)
    accepted = [r.time for r in emulator.requests if r.status == 200]
    refused = sum(1 for r in emulator.requests if r.status == 429)
    opened = _windows_of(accepted, SANDBOX_WINDOW)
    return _steady_budget(opened, accepted, SANDBOX_LIMIT, SANDBOX_WINDOW), refused


def _phase_table() -> None:
    print(f"\nWindow phase: unbounded demand for {PHASE_WINDOWS} windows or more, budget used")
    print("in steady state (accepted / (limit x windows elapsed since the first request))\n")
    print(f"{'server':<44} {'tasks':>5} {'ours':>8} {'429s':>5} {'aiolimiter':>11} {'429s':>6}")
    servers: list[tuple[str, Callable[[int, Any], Any]]] = [
        ("fixed window 240/60 s, 20-120 ms latency", _phase_fixed_window),
        ("sandbox emulator 40/5 s (policy says 60 s)", _phase_sandbox),
    ]
    for name, run in servers:
        for tasks in PHASE_TASKS:
            ours = _virtual(lambda run=run, tasks=tasks: run(tasks, RateLimiter()))
            theirs = _virtual(lambda run=run, tasks=tasks: run(tasks, AioLimiterAdapter()))
            print(
                f"{name:<44} {tasks:>5} {ours[0]:>7.1f}% {ours[1]:>5} "
                f"{theirs[0]:>10.1f}% {theirs[1]:>6}"
            )


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
    _phase_table()
    waiters, acquires = 1000, 10_000
    ours_cost = _virtual(lambda: _acquire_cost_ours(waiters, acquires))
    aio_cost = _virtual(lambda: _acquire_cost_aiolimiter(waiters, acquires))
    print(f"\nCPU per acquire with {waiters:,} waiting tasks ({acquires:,} acquires):")
    print(f"  ours (acquire + settle, header parsing): {ours_cost * 1e6:5.1f} µs")
    print(f"  aiolimiter (acquire):                    {aio_cost * 1e6:5.1f} µs")
    print(f"  ratio ours / aiolimiter:                 {ours_cost / aio_cost:5.2f}")


if __name__ == "__main__":
    main()
