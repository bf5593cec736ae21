"""``timeout=`` on the calls that are not streams: tests, agents, instant tests, snapshots."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import httpx
import pytest

from thousandeyes_async import APITimeoutError, AsyncThousandEyesV6, UnlimitedLimiter

from .conftest import SECRET
from .test_timeouts import VIRTUAL, Trickle

START = datetime(2024, 1, 1, tzinfo=UTC)

Call = Callable[[AsyncThousandEyesV6, Any], Awaitable[Any]]

CALLS: dict[str, Call] = {
    "tests.list": lambda te, timeout: te.tests.list(timeout=timeout),
    "tests.get": lambda te, timeout: te.tests.get(817, timeout=timeout),
    "agents.list": lambda te, timeout: te.agents.list(raw=True, timeout=timeout),
    "instant.run": lambda te, timeout: te.instant.run(
        "agent-to-server", server="example.com", agents=[{"agentId": 12}], timeout=timeout
    ),
    "snapshots.create": lambda te, timeout: te.snapshots.create(
        817, "outage", START, START + timedelta(hours=1), timeout=timeout
    ),
}


def _client(handler: Any, **options: Any) -> AsyncThousandEyesV6:
    return AsyncThousandEyesV6(
        token=SECRET,
        transport=httpx.MockTransport(handler),
        limiter=UnlimitedLimiter(),
        max_retries=0,
        **options,
    )


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
@pytest.mark.parametrize("name", sorted(CALLS))
async def test_the_call_timeout_bounds_the_whole_answer(name: str) -> None:
    # The client has no timeout: only the call's can cut the trickle.
    async with _client(Trickle(), timeout=None) as te:
        started = anyio.current_time()
        with pytest.raises(APITimeoutError):
            await CALLS[name](te, 2)
        assert anyio.current_time() - started == pytest.approx(2.0, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize("name", sorted(CALLS))
async def test_the_call_timeout_reaches_the_request_phase_by_phase(name: str) -> None:
    sent: list[dict[str, float | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.extensions["timeout"])
        return httpx.Response(500, json={"errorMessage": "stop here"})

    async with _client(answer, timeout=30) as te:
        with pytest.raises(Exception, match="500"):
            await CALLS[name](te, httpx.Timeout(5.0, connect=1.0))
        with pytest.raises(Exception, match="500"):
            await CALLS[name](te, None)
        with pytest.raises(ValueError, match="timeout"):
            await CALLS[name](te, -1)
    assert sent == [
        {"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0},
        {"connect": None, "read": None, "write": None, "pool": None},
    ]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_without_a_call_timeout_the_clients_applies() -> None:
    async with _client(Trickle(), timeout=3) as te:
        started = anyio.current_time()
        with pytest.raises(APITimeoutError):
            await te.tests.list()
        assert anyio.current_time() - started == pytest.approx(3.0, abs=0.01)
