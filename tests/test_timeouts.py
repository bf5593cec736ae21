"""Timeouts: the whole of an attempt is bounded, not only each gap between bytes."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import httpx
import pytest

from thousandeyes_async import APITimeoutError, AsyncThousandEyesV6, UnlimitedLimiter

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
