"""``emulator.client()``: our own client wired to the emulator in-process."""

from __future__ import annotations

import anyio
import pytest
import trio.testing

from thousandeyes_async import AuthenticationError, RateLimitError, UnlimitedLimiter
from thousandeyes_async.testing import EmulatorCredential, RateLimits, ThousandEyesEmulator

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


async def test_client_reads_pages_through_the_library() -> None:
    emulator = ThousandEyesEmulator(page_size=4)
    async with emulator.client() as te:
        body = await te.request("GET", "net/metrics/1001", params={"window": "2h"})
        records = list(body["net"]["metrics"])
        next_url = body["pages"].get("next")
        for _ in range(100):
            if not next_url:
                break
            page = await te._transport.request("GET", next_url, paginated=True)
            records.extend(page["net"]["metrics"])
            next_url = page["pages"].get("next")
    start, end = body["from"].replace(" ", "T"), body["to"].replace(" ", "T")
    assert records == emulator.expected_records("net/metrics/1001", start=start, end=end)
    assert emulator.totals.accepted == emulator.totals.requests > 1


async def test_client_with_basic_credential_and_organization_budget() -> None:
    emulator = ThousandEyesEmulator(
        credentials=[EmulatorCredential("t0k3n", email="ops@example.com", organization="acme")],
        limits=RateLimits(organization=2),
    )
    # Without a limiter the server's refusal reaches the caller...
    async with emulator.client(max_retries=0, limiter=UnlimitedLimiter()) as te:
        await te.request("GET", "agents")
        await te.request("GET", "agents")
        with pytest.raises(RateLimitError):
            await te.request("GET", "agents")
    assert emulator.credential_counters("ops@example.com").refused == 1

    # ...with the default limiter the third request waits for the next window instead.
    emulator = ThousandEyesEmulator(
        credentials=[EmulatorCredential("t0k3n", email="ops@example.com", organization="acme")],
        limits=RateLimits(organization=2),
    )
    started = anyio.current_time()
    async with emulator.client(max_retries=0, organization="acme-test") as te:
        for _ in range(3):
            await te.request("GET", "agents")
    assert emulator.credential_counters("ops@example.com").refused == 0
    assert anyio.current_time() - started >= 60


async def test_client_with_a_wrong_token_gets_401() -> None:
    emulator = ThousandEyesEmulator()
    async with emulator.client(token="not-the-token") as te:
        with pytest.raises(AuthenticationError):
            await te.request("GET", "agents")
    assert emulator.totals.unauthorized == 1
