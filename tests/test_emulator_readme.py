"""The user's test of README "Testing your code with the emulator", verbatim."""

from __future__ import annotations

import pytest

from thousandeyes_async import AsyncThousandEyes, RateLimitError, UnlimitedLimiter
from thousandeyes_async.testing import Fault, RateLimits, ThousandEyesEmulator


async def worst_loss(te: AsyncThousandEyes, test_id: int) -> float:
    """The code under test: the worst packet loss of a test in the last hour."""
    async with te.test_results.network(test_id, window="1h") as results:
        return max([r.loss async for r in results if r.loss is not None])


@pytest.mark.asyncio
async def test_worst_loss(thousandeyes_emulator: ThousandEyesEmulator) -> None:
    async with thousandeyes_emulator.client(api_version="v7") as te:
        loss = await worst_loss(te, 1001)
    expected = thousandeyes_emulator.expected_records(
        "v7/test-results/1001/network", start="2023-12-31T23:00:00", end="2024-01-01T00:00:00"
    )
    assert loss == max(record["loss"] for record in expected)


@pytest.mark.asyncio
@pytest.mark.looptime  # the limiter's wait for the next window passes in virtual time
@pytest.mark.thousandeyes_emulator(limits=RateLimits(organization=2))
async def test_my_code_stays_under_the_rate_limit(
    thousandeyes_emulator: ThousandEyesEmulator,
) -> None:
    async with thousandeyes_emulator.client(api_version="v7") as te:
        for _ in range(5):  # 5 requests against a limit of 2 a minute: the client waits
            await te.request("GET", "agents")
    counters = thousandeyes_emulator.organization_counters()
    assert (counters.accepted, counters.refused) == (5, 0)


@pytest.mark.asyncio
@pytest.mark.thousandeyes_emulator(limits=RateLimits(organization=2))
async def test_my_code_sees_a_429(thousandeyes_emulator: ThousandEyesEmulator) -> None:
    # Without our limiter (UnlimitedLimiter), the server's refusal reaches the code.
    async with thousandeyes_emulator.client(
        api_version="v7", max_retries=0, limiter=UnlimitedLimiter()
    ) as te:
        await te.request("GET", "agents")
        await te.request("GET", "agents")
        with pytest.raises(RateLimitError):
            await te.request("GET", "agents")
    assert thousandeyes_emulator.organization_counters().refused == 1


@pytest.mark.asyncio
@pytest.mark.looptime  # the client's retry backoff passes in virtual time
async def test_my_code_survives_maintenance(thousandeyes_emulator: ThousandEyesEmulator) -> None:
    thousandeyes_emulator.faults.script(Fault.server_error(503), times=2)
    async with thousandeyes_emulator.client(api_version="v7") as te:
        assert await worst_loss(te, 1001) >= 0.0  # retried through two 503s


def test_the_documented_example_is_this_file() -> None:
    """The example in the docs is the code above, verbatim (kept in sync by this test)."""
    from pathlib import Path

    from .readme import python_blocks

    example = python_blocks("Testing your code with the emulator")[0]
    source = Path(__file__).read_text()
    for block in example.split("\n\n\n"):
        assert block.strip() in source, block
