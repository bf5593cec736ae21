"""The Redis backend against a real redis-server on loopback.

The session fixture (conftest) starts ``redis-server`` on a free loopback port:
from PATH, else the one the test extra ships. These tests run in real time
(the shared clock is Redis' own), on windows of a second or two.
"""

from __future__ import annotations

import email.utils
import math
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest
import uvicorn

from thousandeyes_async import Priority
from thousandeyes_async.ratelimit import (
    BucketSpec,
    Permit,
    RedisLimiter,
    RequestInfo,
    ThousandEyesPolicy,
)

from .fixed_window_app import EPOCH, FixedWindowApp
from .redis_server import free_port

pytestmark = pytest.mark.redis
HERE = Path(__file__).resolve().parent


class StaticPolicy:
    def __init__(self, limit: int, window: float) -> None:
        self.spec = BucketSpec("only", limit, window, None)

    def buckets(self, request: RequestInfo) -> tuple[BucketSpec, ...]:
        return (self.spec,)


GET = RequestInfo("GET", "net/metrics/1")


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_two_limiters_share_one_budget_through_redis(fresh_redis: str) -> None:
    first = RedisLimiter(fresh_redis, policy=StaticPolicy(3, 60.0))
    second = RedisLimiter(fresh_redis, policy=StaticPolicy(3, 60.0))
    a = await first.acquire("acme", GET)
    b = await second.acquire("acme", GET)
    c = await first.acquire("acme", GET)
    with anyio.move_on_after(0.3) as scope:
        await second.acquire("acme", GET)  # the shared window is full
    assert scope.cancelled_caught
    # The cancelled waiter took nothing; an unsent permit gives its slot back.
    await c.settle(None)
    with anyio.fail_after(10):  # a bound against hanging, not a timing
        d = await second.acquire("acme", GET)
    for permit in (a, b, d):
        permit.mark_sent()
        await permit.settle(httpx.Response(200))
    stats = second.stats("acme")["only"]
    assert stats.limit == 3
    assert stats.remaining == 0
    assert stats.in_flight == 0
    await first.aclose()
    await second.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_dead_holders_permits_expire(fresh_redis: str) -> None:
    dead = RedisLimiter(fresh_redis, policy=StaticPolicy(1, 0.5), ticket_ttl=1.0)
    await dead.acquire("acme", GET)  # never settled: its process "died"
    alive = RedisLimiter(fresh_redis, policy=StaticPolicy(1, 0.5), ticket_ttl=1.0)
    with anyio.fail_after(15):  # a bound against hanging, not a timing
        permit = await alive.acquire("acme", GET)
    stats = alive.stats("acme")["only"]
    assert stats.in_flight == 1  # only the new permit: the dead one was forgotten
    await permit.settle(None)
    await dead.aclose()
    await alive.aclose()


def _answer(date: float, reset: float, remaining: int) -> httpx.Response:
    return httpx.Response(
        200,
        headers={
            "Date": email.utils.formatdate(date, usegmt=True),
            "X-Organization-Rate-Limit-Limit": "2",
            "X-Organization-Rate-Limit-Remaining": str(remaining),
            "X-Organization-Rate-Limit-Reset": str(math.ceil(reset)),
        },
    )


@pytest.mark.realtime  # Redis' clock is the wall clock
@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize("skew", [0.0, 30.0, 86_400.0])
async def test_the_window_end_follows_reset_minus_date_whatever_the_servers_clock(
    fresh_redis: str, skew: float
) -> None:
    # The API server's clock is ``skew`` seconds off Redis' (the machine's): its
    # window ends at its own Date. Only Reset - Date may count, so the bucket
    # reopens a second or two later (whole-second headers are rounded up), not
    # at the policy's 60 s window, 30 s late or a day later.
    policy = ThousandEyesPolicy(organization_limit=2)  # window: 60 s
    first = RedisLimiter(fresh_redis, policy=policy)
    second = RedisLimiter(fresh_redis, policy=policy)
    probe = await first.acquire("acme", GET)
    probe.mark_sent()
    server_now = time.time() + skew
    await probe.settle(_answer(server_now, server_now, remaining=1))
    last = await second.acquire("acme", GET)
    last.mark_sent()
    await last.settle(_answer(server_now, server_now, remaining=0))
    assert second.stats("acme")["organization"].remaining == 0  # the window is full
    with anyio.fail_after(15):  # a bound against hanging, not a timing
        nxt = await first.acquire("acme", GET)
    await nxt.settle(None)
    await first.aclose()
    await second.aclose()


@pytest.fixture
def server() -> Iterator[tuple[str, FixedWindowApp]]:
    # Its clock deliberately 30 s ahead of Redis' (the machine's wall clock).
    offset = time.time() - time.monotonic() - EPOCH + 30.0
    app = FixedWindowApp(limit=60, window=2.0, clock_offset=offset)
    port = free_port()
    # One Date header, the app's own (its clock is the window's clock).
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
        date_header=False,
        server_header=False,
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(500):
        if srv.started:
            break
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.mark.realtime  # four processes against a server on loopback, on the wall clock
def test_four_processes_share_one_budget(
    fresh_redis: str, server: tuple[str, FixedWindowApp]
) -> None:
    base_url, app = server
    windows, limit, window = 5, 60, 2.0
    total = windows * limit
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(HERE), *sys.path]))
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(HERE / "redis_worker.py"),
                fresh_redis,
                base_url,
                str(total),
                "4",
                str(limit),
                str(window),
            ],
            env=env,
        )
        for _ in range(4)
    ]
    codes = [p.wait(timeout=120) for p in procs]
    assert codes == [0, 0, 0, 0]
    assert app.accepted == total
    # Every window the server opened was used to the full (a slow, loaded machine
    # opens them later, not more of them), and hardly anything was refused.
    assert app.accepted >= 0.97 * limit * app.windows
    assert app.refused <= 0.005 * total


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize(("across", "first"), [(True, "interactive"), (False, "bulk")])
async def test_interactive_waiting_in_one_process_goes_before_bulk_in_another(
    fresh_redis: str, across: bool, first: str
) -> None:
    # One request at a time. The export process holds it and asks again first;
    # when it gives its permit back unsent, its own waiter hears of it at once,
    # the web process only when it next re-reads Redis. Only the waiting marker
    # in Redis can put the web process's request first.
    policy = StaticPolicy(1, 1.0)
    export = RedisLimiter(fresh_redis, policy=policy, recheck=0.02)
    web = RedisLimiter(fresh_redis, policy=policy, recheck=0.3)
    if not across:
        # Without the marker (it lapses at once) priority holds only within a process.
        export.waiting_ttl = web.waiting_ttl = 1e-6
    held = await export.acquire("acme", GET, Priority.BULK)
    order: list[str] = []

    async def ask(limiter: RedisLimiter, priority: Priority, name: str) -> None:
        permit = await limiter.acquire("acme", GET, priority)
        order.append(name)
        await _use_redis(permit)

    with anyio.fail_after(15):  # a bound against hanging, not a timing
        async with anyio.create_task_group() as tg:
            tg.start_soon(ask, export, Priority.BULK, "bulk")
            await anyio.sleep(0.1)
            tg.start_soon(ask, web, Priority.INTERACTIVE, "interactive")
            await anyio.sleep(0.1)
            await held.settle(None)  # never sent: the slot is free again
    assert order[0] == first
    await export.aclose()
    await web.aclose()


async def _use_redis(permit: Permit) -> None:
    permit.mark_sent()
    await permit.settle(httpx.Response(200))


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_an_interactive_call_in_one_process_paces_bulk_in_another(fresh_redis: str) -> None:
    # 10 per 60 s: paced, the n-th bulk permit waits n * 6 s into the window.
    policy = StaticPolicy(10, 60.0)
    export = RedisLimiter(fresh_redis, policy=policy)
    web = RedisLimiter(fresh_redis, policy=policy)

    async def granted(limiter: RedisLimiter, priority: Priority) -> bool:
        with anyio.move_on_after(0.3):
            await _use_redis(await limiter.acquire("acme", GET, priority))
            return True
        return False

    # Alone, the export bursts up to the reserve (one permit of ten).
    assert [await granted(export, Priority.BULK) for _ in range(3)] == [True] * 3
    # A user's call in the web process goes at once, and paces the export from then on.
    assert await granted(web, Priority.INTERACTIVE)
    assert not await granted(export, Priority.BULK)
    await export.aclose()
    await web.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_an_uncounted_token_request_takes_nothing_from_redis(fresh_redis: str) -> None:
    class Uncounted(StaticPolicy):
        def buckets(self, request: RequestInfo) -> tuple[BucketSpec, ...]:
            return () if request.token else super().buckets(request)

    limiter = RedisLimiter(fresh_redis, policy=Uncounted(1, 60.0))
    held = await limiter.acquire("acme", GET)
    with anyio.fail_after(10):  # a bound against hanging, not a timing
        token = await limiter.acquire("acme", RequestInfo("POST", "token", token=True))
    token.mark_sent()
    await token.settle(httpx.Response(200))
    held.mark_sent()
    await held.settle(httpx.Response(200))
    assert limiter.stats("acme")["only"].in_flight == 0
    await limiter.aclose()
