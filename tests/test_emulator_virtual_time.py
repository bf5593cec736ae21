"""Ten 60-second windows at the real limits, in virtual time, under trio and asyncio."""

from __future__ import annotations

import email.utils

import anyio
import pytest
import trio.testing

from thousandeyes_async.testing import ThousandEyesEmulator

from .emulator_support import http

WINDOWS = 10


async def drain_ten_windows(emulator: ThousandEyesEmulator) -> tuple[int, int, float]:
    """Send as fast as allowed; on 429 wait until Reset (measured against Date)."""
    accepted = refused = 0
    started = anyio.current_time()
    async with http(emulator) as client:
        for _ in range(WINDOWS * 240 + 100):
            if accepted == WINDOWS * 240:
                break
            response = await client.get("/v6/agents")
            if response.status_code == 200:
                accepted += 1
                continue
            assert response.status_code == 429
            refused += 1
            reset = int(response.headers["X-Organization-Rate-Limit-Reset"])
            date = email.utils.parsedate_to_datetime(response.headers["Date"]).timestamp()
            await anyio.sleep(reset - date)
    return accepted, refused, anyio.current_time() - started


def check(accepted: int, refused: int, elapsed: float) -> None:
    assert accepted == WINDOWS * 240
    assert refused == WINDOWS - 1  # one knock on each full window
    # Nine full windows passed in virtual time, whatever the real time was.
    assert 9 * 60 <= elapsed <= 9 * 61


@pytest.mark.anyio
@pytest.mark.parametrize(
    "anyio_backend",
    [pytest.param(("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)}), id="trio")],
)
async def test_ten_windows_under_trio_mock_clock() -> None:
    check(*await drain_ten_windows(ThousandEyesEmulator()))


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_ten_windows_under_asyncio_looptime() -> None:
    check(*await drain_ten_windows(ThousandEyesEmulator()))


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_library_and_emulator_share_the_virtual_clock() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.storm(120)
    async with emulator.client(max_retries=10) as te:
        before = anyio.current_time()
        body = await te.request("GET", "agents")  # retried after the storm's Reset
        waited = anyio.current_time() - before
    assert body["agents"]
    assert 120 <= waited <= 180
    assert emulator.requests[-1].status == 200
