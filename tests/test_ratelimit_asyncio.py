"""The same limiter under asyncio, in virtual time through looptime."""

from __future__ import annotations

import asyncio

import anyio
import httpx
import looptime
import pytest

from thousandeyes_async import AsyncThousandEyesV6, Priority, RateLimiter

from .fixed_window_app import FixedWindowApp
from .test_ratelimit_limiter import GET, _window_response

pytestmark = pytest.mark.anyio


def _virtual_loop() -> asyncio.AbstractEventLoop:
    return looptime.new_event_loop(start=0.0, _enabled=True)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("asyncio", {"loop_factory": _virtual_loop})


async def test_windows_run_in_virtual_time_under_asyncio() -> None:
    app = FixedWindowApp(latency=0.2)
    total = 240 * 3
    async with AsyncThousandEyesV6(
        token="asyncio-token-42",
        transport=httpx.ASGITransport(app),
        base_url="http://emulator",
        limiter=RateLimiter(),
    ) as te:
        counter = iter(range(total))

        async def worker() -> None:
            for n in counter:
                await te.request("GET", f"net/metrics/{n}")

        start = anyio.current_time()
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(worker)
        elapsed = anyio.current_time() - start
    assert app.refused == 0
    assert app.accepted == total
    # Two full minutes of virtual time went by (a real run would take that long).
    assert 2 * 60 <= elapsed < 2 * 60 + 5


async def test_a_thousand_waiters_cross_many_windows_without_losing_the_timer() -> None:
    # Each worker settles right after it is granted: the task that holds the
    # window timer is often granted itself, and must hand the timer on.
    limiter = RateLimiter()
    server: dict[str, float] = {"end": -1.0, "count": 0}
    work = iter(range(240 * 10))

    async def worker() -> None:
        for _ in work:
            permit = await limiter.acquire("acme", GET, Priority.BULK)
            permit.mark_sent()
            now = anyio.current_time()
            if now >= server["end"]:
                server["end"], server["count"] = now + 60, 0
            server["count"] += 1
            assert server["count"] <= 240, "the limiter let out more than the window allows"
            await permit.settle(_window_response(now, server["end"], 240 - int(server["count"])))

    with anyio.fail_after(15 * 60):  # virtual seconds: a lost timer would hang here
        await asyncio.gather(*(worker() for _ in range(1000)))
    assert 9 * 60 <= anyio.current_time() < 10 * 60
