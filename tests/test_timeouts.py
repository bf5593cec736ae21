"""Timeouts: the whole of an attempt is bounded, not only each gap between bytes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest

from thousandeyes_async import (
    APITimeoutError,
    AsyncThousandEyes,
    AsyncThousandEyesV6,
    RecordStream,
    UnlimitedLimiter,
)

from .conftest import SECRET

VIRTUAL = [pytest.param("trio_mock_clock", id="trio-virtual-time")]


class Trickle:
    """A server answering one byte a second: each gap is short, the whole is long."""

    def __init__(self, *, body: bytes = b'{"test": [' + b" " * 120 + b"]}") -> None:
        self.body = body
        self.calls = 0

    async def _bytes(self) -> AsyncIterator[bytes]:
        for index in range(len(self.body)):
            await anyio.sleep(1.0)
            yield self.body[index : index + 1]

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(200, content=self._bytes())


def _client(server: Trickle, **options: object) -> AsyncThousandEyesV6:
    return AsyncThousandEyesV6(
        token=SECRET,
        transport=httpx.MockTransport(server),
        limiter=UnlimitedLimiter(),
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_a_trickle_is_cut_at_the_timeout_and_retried() -> None:
    server = Trickle()
    async with _client(server, timeout=2, max_retries=2) as te:
        te._transport.sleep = _no_sleep
        started = anyio.current_time()
        with pytest.raises(APITimeoutError, match="3 attempts"):
            await te.request("GET", "tests")
        spent = anyio.current_time() - started
    assert server.calls == 3  # a GET is idempotent: retried like any other timeout
    assert spent == pytest.approx(6.0, abs=0.01)  # three attempts of 2 s, not 124 s each


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_a_trickling_post_is_not_retried() -> None:
    server = Trickle()
    async with _client(server, timeout=2, max_retries=2) as te:
        with pytest.raises(APITimeoutError):
            await te.request("POST", "instant/agent-to-server", json={})
    assert server.calls == 1


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_an_answer_within_the_timeout_is_read_whole() -> None:
    server = Trickle(body=b'{"a": 1}')
    async with _client(server, timeout=30) as te:
        assert await te.request("GET", "tests") == {"a": 1}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_no_timeout_means_no_deadline() -> None:
    server = Trickle(body=b'{"a": 1}' + b" " * 100)
    async with _client(server, timeout=None) as te:
        assert await te.request("GET", "tests") == {"a": 1}


async def _no_sleep(seconds: float) -> None:
    return None


class Paged(Trickle):
    """A first page at once, naming a second page that trickles."""

    def __init__(self, first: dict[str, object]) -> None:
        super().__init__()
        self.first = first

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls == 1:
            return httpx.Response(200, json=self.first)
        return httpx.Response(200, content=self._bytes())


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_a_call_timeout_replaces_the_clients() -> None:
    async with _client(Trickle(), timeout=None, max_retries=0) as te:
        with pytest.raises(APITimeoutError):
            await te.request("GET", "tests", timeout=2)
        started = anyio.current_time()
        with pytest.raises(APITimeoutError):
            await te.request("GET", "tests", timeout=httpx.Timeout(3.0, connect=1.0))
        assert anyio.current_time() - started == pytest.approx(3.0, abs=0.01)
    async with _client(Trickle(body=b"{}" + b" " * 60), timeout=2) as te:
        assert await te.request("GET", "tests", timeout=None) == {}
        assert await te.request("GET", "tests", timeout=100) == {}
        with pytest.raises(ValueError, match="timeout"):
            await te.request("GET", "tests", timeout=-1)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_a_v6_stream_timeout_reaches_every_page() -> None:
    second = "https://api.thousandeyes.com/v6/net/metrics/817?page=2"
    server = Paged({"net": {"metrics": []}, "pages": {"current": 1, "next": second}})
    async with _client(server, timeout=None, max_retries=0) as te:
        with pytest.raises(APITimeoutError):
            await _drain(te.net.metrics(817, window="1h", raw=True, timeout=2))
    assert server.calls == 2


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_a_v7_stream_timeout_reaches_every_page() -> None:
    second = "https://api.thousandeyes.com/v7/test-results/5/network?cursor=abc"
    server = Paged({"results": [], "_links": {"next": {"href": second}}})
    async with AsyncThousandEyes(
        token=SECRET,
        transport=httpx.MockTransport(server),
        limiter=UnlimitedLimiter(),
        timeout=None,
        max_retries=0,
    ) as te:
        with pytest.raises(APITimeoutError):
            await _drain(te.test_results.network(5, window="1h", raw=True, timeout=2))
    assert server.calls == 2


async def _drain(stream: RecordStream[Any]) -> None:
    async with stream:
        async for _ in stream:
            pass


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_a_callers_cancellation_is_not_taken_for_the_attempts_timeout() -> None:
    server = Trickle()
    async with _client(server, timeout=30, max_retries=3) as te:
        with anyio.move_on_after(5) as outer:
            await te.request("GET", "tests")
        assert outer.cancelled_caught
        assert anyio.current_time() == pytest.approx(5.0, abs=0.01)
    assert server.calls == 1  # cancelled, not timed out: nothing was retried
    assert te.stats.connection_errors == 0


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_each_retry_gets_a_deadline_of_its_own() -> None:
    server = Trickle()
    async with _client(server, timeout=2, max_retries=1) as te:
        te._transport.sleep = _sleep_three
        started = anyio.current_time()
        with pytest.raises(APITimeoutError, match="2 attempts"):
            await te.request("GET", "tests")
        # 2 s, a pause of 3 s, 2 s: the second deadline starts with its own attempt.
        assert anyio.current_time() - started == pytest.approx(7.0, abs=0.01)


async def _sleep_three(seconds: float) -> None:
    await anyio.sleep(3.0)
