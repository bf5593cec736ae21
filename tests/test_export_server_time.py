"""The export window is read against the server's Date, whatever the machine's time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter
from thousandeyes_async.export._command import list_tests

NEW_YEAR_2024 = 1_704_067_200  # 2024-01-01T00:00:00Z


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        # Make sure the zone took: in January, New York is 5 hours behind UTC.
        assert time.localtime(NEW_YEAR_2024).tm_gmtoff == -5 * 3600
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"], indirect=True)
@pytest.mark.usefixtures("new_york")
@pytest.mark.parametrize(
    "date",
    [
        "Mon, 01 Jan 2024 00:00:00 GMT",
        "Mon, 01 Jan 2024 00:00:00 -0000",
        "Mon, 01 Jan 2024 00:00:00",
    ],
)
async def test_the_servers_clock_is_read_as_utc(date: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"test": [{"testId": 1}]}, headers={"Date": date})

    client = AsyncThousandEyesV6(
        token="fake-token",
        base_url="http://fake.test",
        transport=httpx.MockTransport(answer),
        limiter=UnlimitedLimiter(),
    )
    async with client:
        tests, server_now = await list_tests(client, None)
    assert tests == [{"testId": 1}]
    assert server_now == NEW_YEAR_2024
