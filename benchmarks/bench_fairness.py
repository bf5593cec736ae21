"""Interactive calls next to a bulk export that saturates the budget, side by side.

The README's FastAPI set-up: users call a route that makes one API call each
through an interactive client, while a background export at bulk priority keeps
the same organization's budget (240 per 60 s) saturated through another client.
1, 5 and 20 users together make up to a tenth of the budget (calls arrive at
random, seeded). Against the emulator in-process, in virtual time (looptime).

Three limiter set-ups, one run each:

* same priority: both clients at bulk priority, no pacing (first come, first served);
* strict priority: interactive before bulk, bulk sent as soon as there is room;
* the default scheme: interactive before bulk, bulk paced along the window, a
  reserve for interactive calls released in the window's last slots, a floor for bulk.

Printed per row: interactive latency p50/p95/max (from the route's call to its
answer), bulk's share of the budget the interactive calls left over in steady
state (accepted, from the first window's opening to the last's), and 429s.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import statistics
from collections.abc import Callable, Sequence
from typing import Any

import looptime

from thousandeyes_async import Priority, RateLimiter
from thousandeyes_async.testing import RateLimits, ThousandEyesEmulator

LIMIT = 240
WINDOW = 60.0
#: Windows measured, after one to settle in.
WINDOWS = 15
#: Three windows of export requests queued at all times, like an export of
#: many tests at once.
EXPORT_TASKS = 3 * LIMIT
#: Interactive calls together make this share of the budget.
INTERACTIVE_SHARE = 0.10
USERS = (0, 1, 5, 20)
EXPORT_IP = "10.0.0.2"
USER_IP = "10.0.0.1"


def _strict() -> RateLimiter:
    return RateLimiter(pace_bulk=False, interactive_reserve=0.0, bulk_floor=0.0)


SETUPS: Sequence[tuple[str, Callable[[], RateLimiter], Priority]] = (
    ("same priority", _strict, Priority.BULK),
    ("strict priority (before)", _strict, Priority.INTERACTIVE),
    ("paced + reserve (default)", RateLimiter, Priority.INTERACTIVE),
)


def _windows_of(accepted: Sequence[float], window: float) -> list[float]:
    """Window openings of a fixed-window server, replayed from its accepted requests."""
    opened: list[float] = []
    end = -math.inf
    for t in sorted(accepted):
        if t >= end:
            opened.append(t)
            end = t + window
    return opened


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


async def _scenario(
    make_limiter: Callable[[], RateLimiter], user_priority: Priority, users: int, seed: int
) -> dict[str, float]:
    emulator = ThousandEyesEmulator(
        limits=RateLimits(organization=LIMIT, window_seconds=WINDOW), log_limit=None
    )
    limiter = make_limiter()
    loop = asyncio.get_running_loop()
    duration = (WINDOWS + 2) * WINDOW
    latencies: list[float] = []
    rng = random.Random(seed)
    # Each user's calls arrive at random, together a tenth of the budget.
    mean_gap = users / (INTERACTIVE_SHARE * LIMIT / WINDOW) if users else math.inf
    common: dict[str, Any] = {
        "organization": "acme",
        "limiter": limiter,
        "max_retries": 10_000,
        "retry_deadline": 1e9,
    }
    async with (
        emulator.client(client_ip=EXPORT_IP, priority=Priority.BULK, **common) as export,
        emulator.client(client_ip=USER_IP, priority=user_priority, **common) as app,
    ):

        async def exporter() -> None:
            while True:
                await export.request("GET", "agents")

        async def user(gaps: list[float]) -> None:
            for gap in gaps:
                await asyncio.sleep(gap)
                asked = loop.time()
                await app.request("GET", "agents")
                if asked >= WINDOW:  # the first window settles the limiter in
                    latencies.append(loop.time() - asked)

        def schedule() -> list[float]:
            gaps, t = [], 0.0
            while True:
                gap = rng.expovariate(1.0 / mean_gap)
                t += gap
                if t >= duration - WINDOW:
                    return gaps
                gaps.append(gap)

        tasks = [asyncio.ensure_future(exporter()) for _ in range(EXPORT_TASKS)]
        tasks += [asyncio.ensure_future(user(schedule())) for _ in range(users)]
        await asyncio.sleep(duration)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    records = [r for r in emulator.requests if r.status in (200, 429)]
    accepted = [r for r in records if r.status == 200]
    opened = _windows_of([r.time for r in accepted], WINDOW)
    first, last = opened[1], opened[-1]  # the first window settles the limiter in
    inside = [r for r in accepted if first <= r.time < last]
    budget = LIMIT * (last - first) / WINDOW
    interactive = sum(1 for r in inside if r.client == USER_IP)
    bulk = sum(1 for r in inside if r.client == EXPORT_IP)
    return {
        "p50": statistics.median(latencies) if latencies else math.nan,
        "p95": _percentile(latencies, 0.95) if latencies else math.nan,
        "max": max(latencies) if latencies else math.nan,
        "calls": len(latencies),
        "bulk": 100.0 * bulk / (budget - interactive),
        "429s": sum(1 for r in records if r.status == 429),
    }


def _virtual(factory: Callable[[], Any]) -> Any:
    loop = looptime.new_event_loop(start=0.0, _enabled=True)
    try:
        return loop.run_until_complete(factory())
    finally:
        loop.close()


def _seconds(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.2f} s"


def _row(name: str, users: int, result: dict[str, float]) -> str:
    return (
        f"| {name} | {users} | {result['calls']:.0f} | {_seconds(result['p50'])} "
        f"| {_seconds(result['p95'])} | {_seconds(result['max'])} | {result['bulk']:.1f}% "
        f"| {result['429s']:.0f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="*", default=list(USERS))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(
        f"Emulator {LIMIT} per {WINDOW:.0f} s, virtual time; export: {EXPORT_TASKS} tasks at "
        f"bulk priority; users: together {INTERACTIVE_SHARE:.0%} of the budget; "
        f"{WINDOWS} windows measured\n"
    )
    print("| set-up | users | calls | p50 | p95 | max | bulk / leftover | 429s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, make_limiter, priority in SETUPS:
        for users in args.users:
            result = _virtual(
                lambda m=make_limiter, p=priority, u=users: _scenario(m, p, u, args.seed)
            )
            print(_row(name, users, result), flush=True)


if __name__ == "__main__":
    main()
