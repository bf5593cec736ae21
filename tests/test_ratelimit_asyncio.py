"""The same limiter under asyncio, in virtual time through looptime."""

from __future__ import annotations

import asyncio

import anyio
import httpx
import looptime
import pytest

from thousandeyes_async import AsyncThousandEyes, RateLimiter

from .fixed_window_app import FixedWindowApp

pytestmark = pytest.mark.anyio


def _virtual_loop() -> asyncio.AbstractEventLoop:
    return looptime.new_event_loop(start=0.0, _enabled=True)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("asyncio", {"loop_factory": _virtual_loop})


async def test_windows_run_in_virtual_time_under_asyncio() -> None:
    app = FixedWindowApp(latency=0.2)
    total = 240 * 3
    async with AsyncThousandEyes(
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
