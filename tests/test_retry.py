"""Retries: which failures, how many times, how long the (observed, not slept) waits."""

from __future__ import annotations

import email.utils
import random
import time
from datetime import datetime

import anyio
import httpx
import pytest
import respx

from thousandeyes_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncThousandEyesV6,
    RateLimitError,
    ResponseDecodeError,
    RetryPolicy,
    ServerError,
    UnlimitedLimiter,
)
from thousandeyes_async._transport import retry_after_seconds
from thousandeyes_async.ratelimit._policy import ORGANIZATION_HEADERS, http_date

from .conftest import BASE, SECRET, SleepRecorder

URL = f"{BASE}/v6/net/metrics/817"
DATE = "Wed, 26 Apr 2017 18:31:00 GMT"  # epoch 1493231460


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
@pytest.mark.asyncio
@respx.mock
async def test_get_is_retried_until_success(
    status: int, client: AsyncThousandEyesV6, sleeps: SleepRecorder
) -> None:
    route = respx.get(URL).mock(
        side_effect=[httpx.Response(status), httpx.Response(status), httpx.Response(200, json={})]
    )
    assert await client.request("GET", "net/metrics/817") == {}
    assert route.call_count == 3
    assert len(sleeps.delays) == 2
    assert client.stats.retries == 2
    assert client.stats.requests == 3


@pytest.mark.asyncio
@respx.mock
async def test_retries_are_bounded_by_max_retries(
    client: AsyncThousandEyesV6, sleeps: SleepRecorder
) -> None:
    route = respx.get(URL).respond(502)
    with pytest.raises(ServerError):
        await client.request("GET", "net/metrics/817")
    assert route.call_count == 4  # the first attempt and max_retries=3 retries
    assert len(sleeps.delays) == 3


@pytest.mark.asyncio
@respx.mock
async def test_backoff_is_exponential_with_full_jitter(sleeps: SleepRecorder) -> None:
    respx.get(URL).respond(500)
    policy = RetryPolicy(max_retries=6, backoff_base=0.5, backoff_cap=4.0)
    async with AsyncThousandEyesV6(token=SECRET, max_retries=6, limiter=UnlimitedLimiter()) as te:
        te._transport.retry = policy
        te._transport._rng = random.Random(7)
        te._transport.sleep = sleeps
        with pytest.raises(ServerError):
            await te.request("GET", "net/metrics/817")
    expected_rng = random.Random(7)
    expected = [expected_rng.uniform(0, min(4.0, 0.5 * 2**n)) for n in range(6)]
    assert sleeps.delays == pytest.approx(expected)
    for n, delay in enumerate(sleeps.delays):
        assert 0 <= delay <= min(4.0, 0.5 * 2**n)


@pytest.mark.asyncio
@respx.mock
async def test_429_waits_for_retry_after(
    client: AsyncThousandEyesV6, sleeps: SleepRecorder
) -> None:
    respx.get(URL).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "7"}),
            httpx.Response(200, json={"net": {}}),
        ]
    )
    assert await client.request("GET", "net/metrics/817") == {"net": {}}
    assert sleeps.delays == [7.0]
    assert client.stats.rate_limited == 1


@pytest.mark.asyncio
@respx.mock
async def test_429_waits_until_reset_measured_against_the_server_date(
    client: AsyncThousandEyesV6, sleeps: SleepRecorder
) -> None:
    # Reset is 20 s after the response's own Date; the local clock plays no part.
    headers = {"Date": DATE, "X-Organization-Rate-Limit-Reset": str(1493231460 + 20)}
    respx.get(URL).mock(side_effect=[httpx.Response(429, headers=headers), httpx.Response(200)])
    assert await client.request("GET", "net/metrics/817") is None
    # Reset has whole-second resolution, so one more second is waited to be safe.
    assert sleeps.delays == [21.0]


@pytest.mark.asyncio
@respx.mock
async def test_429_retries_give_up_with_rate_limit_error(
    client: AsyncThousandEyesV6, sleeps: SleepRecorder
) -> None:
    route = respx.get(URL).respond(429, headers={"Retry-After": "1"})
    with pytest.raises(RateLimitError) as caught:
        await client.request("GET", "net/metrics/817")
    assert route.call_count == 4
    assert caught.value.rate_limit == {"retry-after": "1"}


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.asyncio
@respx.mock
async def test_post_is_not_retried_on_server_errors(
    status: int, client: AsyncThousandEyesV6, sleeps: SleepRecorder
) -> None:
    route = respx.post(f"{BASE}/v6/instant/agent-to-server").respond(status)
    with pytest.raises(ServerError):
        await client.request("POST", "instant/agent-to-server", json={"testName": "x"})
    assert route.call_count == 1
    assert sleeps.delays == []


@pytest.mark.asyncio
@respx.mock
async def test_post_is_retried_where_the_server_did_not_act(
    client: AsyncThousandEyesV6, sleeps: SleepRecorder
) -> None:
    route = respx.post(f"{BASE}/v6/snapshot").mock(
        side_effect=[
            httpx.ConnectError("connection refused"),
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(201, json={"link": {}}),
        ]
    )
    assert await client.request("POST", "snapshot", json={"testId": 1}) == {"link": {}}
    assert route.call_count == 3
    assert route.calls.last.request.content == b'{"testId":1}'


@pytest.mark.parametrize(
    ("failure", "error_cls"),
    [
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("dropped"), APIConnectionError),
    ],
)
@pytest.mark.asyncio
@respx.mock
async def test_post_is_not_retried_after_the_request_may_have_arrived(
    failure: Exception, error_cls: type[APIConnectionError], client: AsyncThousandEyesV6
) -> None:
    route = respx.post(f"{BASE}/v6/snapshot").mock(side_effect=failure)
    with pytest.raises(error_cls) as caught:
        await client.request("POST", "snapshot", json={})
    assert caught.value.__cause__ is failure
    assert route.call_count == 1


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), httpx.ConnectError("no")],
)
@pytest.mark.asyncio
@respx.mock
async def test_get_is_retried_after_connection_failures(
    failure: Exception, client: AsyncThousandEyesV6
) -> None:
    route = respx.get(URL).mock(side_effect=[failure, httpx.Response(200, json={"a": 1})])
    assert await client.request("GET", "net/metrics/817") == {"a": 1}
    assert route.call_count == 2
    assert client.stats.connection_errors == 1


@pytest.mark.asyncio
@respx.mock
async def test_truncated_json_is_fetched_again_then_reported(
    client: AsyncThousandEyesV6,
) -> None:
    route = respx.get(URL).mock(
        side_effect=[httpx.Response(200, content=b'{"net": {"metr'), httpx.Response(200, json={})]
    )
    assert await client.request("GET", "net/metrics/817") == {}
    assert route.call_count == 2

    route.mock(side_effect=None).respond(200, content=b'{"net": {"metr')
    with pytest.raises(ResponseDecodeError, match="JSON cut short"):
        await client.request("GET", "net/metrics/817")
    assert route.call_count == 2 + 1 + 3  # max_retries=3 in the fixture


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"<xml/>",
        b"Internal Server Error",
        b'{"net": 1}}',
        b"\xff\xfe\x00J",
    ],
)
@pytest.mark.asyncio
@respx.mock
async def test_a_body_that_is_not_json_fails_at_once(
    body: bytes, client: AsyncThousandEyesV6
) -> None:
    route = respx.get(URL).respond(200, content=body, headers={"Content-Type": "text/html"})
    with pytest.raises(ResponseDecodeError, match="body is not JSON") as caught:
        await client.request("GET", "net/metrics/817")
    assert route.call_count == 1
    assert client.stats.retries == 0
    assert "\n" not in str(caught.value)


@pytest.mark.asyncio
@respx.mock
async def test_deeply_nested_json_is_a_decode_error(client: AsyncThousandEyesV6) -> None:
    route = respx.get(URL).respond(200, content=b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(ResponseDecodeError, match="too deeply") as caught:
        await client.request("GET", "net/metrics/817")
    assert isinstance(caught.value.__cause__, RecursionError)
    assert route.call_count == 1


@pytest.mark.parametrize("anyio_backend", ["trio_mock_clock"], indirect=True)
@pytest.mark.anyio
@respx.mock
async def test_retry_deadline_stops_retrying_in_virtual_time() -> None:
    route = respx.get(URL).respond(429, headers={"Retry-After": "50"})
    started = anyio.current_time()
    async with AsyncThousandEyesV6(
        token=SECRET, max_retries=10, retry_deadline=120, limiter=UnlimitedLimiter()
    ) as te:
        with pytest.raises(RateLimitError):
            await te.request("GET", "net/metrics/817")
    # Two waits of 50 s fit in 120 s; a third would not, so no third retry starts.
    assert route.call_count == 3
    assert anyio.current_time() - started == pytest.approx(100.0)


@pytest.mark.anyio
@respx.mock
async def test_retries_wait_through_anyio_under_every_backend() -> None:
    route = respx.get(URL).mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": "0.01"}), httpx.Response(200)]
    )
    async with AsyncThousandEyesV6(token=SECRET) as te:
        assert await te.request("GET", "net/metrics/817") is None
    assert route.call_count == 2


@pytest.mark.asyncio
@respx.mock
async def test_client_errors_are_not_retried(client: AsyncThousandEyesV6) -> None:
    route = respx.get(URL).respond(404)
    with pytest.raises(Exception, match="404"):
        await client.request("GET", "net/metrics/817")
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "Wed, 26 Apr 2017 18:31:09 GMT", "Date": DATE}, 9.0),
        # A date without the server's clock to compare with says nothing.
        ({"Retry-After": "Wed, 26 Apr 2017 18:31:09 GMT"}, None),
        # No usable Retry-After: the latest Reset against Date, plus a second.
        ({"X-Organization-Rate-Limit-Reset": "1493231465", "Date": DATE}, 6.0),
        (
            {
                "Retry-After": "soon",
                "X-Organization-Rate-Limit-Reset": "1493231462",
                "X-Instant-Test-Rate-Limit-Reset": "1493231470",
                "Date": DATE,
            },
            11.0,
        ),
        ({"X-Organization-Rate-Limit-Reset": "1493231400", "Date": DATE}, 1.0),
        ({"X-Organization-Rate-Limit-Reset": "1493231465"}, None),
        ({"X-Organization-Rate-Limit-Reset": "x", "Date": DATE}, None),
        ({"Date": "not a date", "X-RateLimit-Reset": "1493231465"}, None),
        ({}, None),
    ],
)
def test_retry_after_seconds_reads_the_server_wait(
    headers: dict[str, str], expected: float | None
) -> None:
    response = httpx.Response(429, headers=headers)
    assert retry_after_seconds(response) == expected


def test_each_date_text_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every response carries a Date and the limiter reads it: parsing it once a
    # second instead of once a request keeps it off the per-request cost.
    parsed: list[str] = []
    real = email.utils.parsedate_to_datetime

    def counting(value: str) -> datetime:
        parsed.append(value)
        return real(value)

    monkeypatch.setattr(email.utils, "parsedate_to_datetime", counting)
    date = "Wed, 26 Apr 2017 18:31:59 GMT"
    assert [http_date(date) for _ in range(100)] == [1493231519.0] * 100
    assert http_date("Wed, 26 Apr 2017 18:32:00 GMT") == 1493231520.0
    assert parsed.count(date) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Wed, 26 Apr 2017 18:31:00 GMT",
        "Wed, 26 Apr 2017 18:31:00 -0000",
        "Wed, 26 Apr 2017 18:31:00",
    ],
)
def test_http_dates_are_utc_whatever_the_local_zone(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert http_date(text) == 1493231460.0
    finally:
        monkeypatch.undo()
        time.tzset()


def test_of_two_date_headers_the_applications_own_is_read() -> None:
    # uvicorn puts its Date (its host's clock) before the application's; httpx joins them.
    response = httpx.Response(
        200,
        headers=[
            ("Date", "Wed, 26 Apr 2017 18:31:00 GMT"),
            ("Date", "Wed, 26 Apr 2017 18:31:30 GMT"),
            ("X-Organization-Rate-Limit-Reset", "1493231500"),
        ],
    )
    assert http_date(response.headers["Date"]) == 1493231490.0
    seen = ORGANIZATION_HEADERS.observe(200, response.headers)
    assert (seen.date, seen.reset) == (1493231490.0, 1493231500.0)
    assert http_date("Wed, 26 Apr 2017 18:31:00 GMT") == 1493231460.0
