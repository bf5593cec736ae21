"""What the pipeline skips for a fixed secret, and what it must still call otherwise."""

from __future__ import annotations

import anyio
import httpx
import pytest

from thousandeyes_async import AsyncThousandEyesV6, BearerAuth, UnlimitedLimiter

VIRTUAL = [pytest.param("trio_mock_clock", id="trio-virtual-time")]


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


class _Hooked(BearerAuth):
    """A credential with hooks of its own: the pipeline must call each of them."""

    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.calls: list[str] = []

    async def prepare(self) -> None:
        self.calls.append("prepare")
        await anyio.sleep(5.0)  # fetching a token takes time

    def ready(self) -> bool:
        self.calls.append("ready")
        return True

    def confirm(self, request: httpx.Request) -> None:
        self.calls.append("confirm")


class _Confirming(BearerAuth):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.confirmed = 0

    def confirm(self, request: httpx.Request) -> None:
        self.confirmed += 1


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_a_credential_with_hooks_gets_every_call() -> None:
    auth = _Hooked("a-token-with-hooks")
    async with AsyncThousandEyesV6(
        auth=auth, transport=httpx.MockTransport(_ok), limiter=UnlimitedLimiter()
    ) as te:
        await te.request("GET", "agents")
    assert auth.calls == ["prepare", "ready", "confirm"]


@pytest.mark.anyio
async def test_a_confirm_hook_alone_is_called() -> None:
    auth = _Confirming("a-token-confirming")
    async with AsyncThousandEyesV6(
        auth=auth, transport=httpx.MockTransport(_ok), limiter=UnlimitedLimiter()
    ) as te:
        await te.request("GET", "agents")
        await te.request("GET", "agents")
    assert auth.confirmed == 2


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_an_attempt_after_a_token_wait_is_timed_from_after_the_wait() -> None:
    """The call's first clock reading serves its first attempt only when nothing
    waited in between: after a token fetch, the attempt reads the clock again."""
    auth = _Hooked("a-token-with-hooks")
    sent: list[float] = []
    async with AsyncThousandEyesV6(
        auth=auth, transport=httpx.MockTransport(_ok), limiter=UnlimitedLimiter()
    ) as te:
        te.on_response(lambda event: sent.append(event.sent_at))
        started = anyio.current_time()
        await te.request("GET", "agents")
    assert sent == [pytest.approx(started + 5.0)]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_each_retry_is_timed_from_its_own_start() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json={})])
    sent: list[float] = []
    async with AsyncThousandEyesV6(
        token="a-fixed-token",
        transport=httpx.MockTransport(lambda request: next(answers)),
        limiter=UnlimitedLimiter(),
    ) as te:
        te.on_response(lambda event: sent.append(event.sent_at))
        started = anyio.current_time()
        await te.request("GET", "agents")
    assert sent[0] == pytest.approx(started)
    assert sent[1] > sent[0]  # read after the backoff's sleep, not the call's start
