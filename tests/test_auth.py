"""Credentials: the right header, from keywords or the environment, never leaked."""

from __future__ import annotations

import base64
import logging

import anyio
import httpx
import pytest
import respx
from anyio.lowlevel import checkpoint

from thousandeyes_async import (
    AsyncThousandEyesV6,
    AuthenticationError,
    BasicAuth,
    BearerAuth,
    UnlimitedLimiter,
)
from thousandeyes_async.ratelimit import Permit, Priority, RequestInfo

from .conftest import BASE, SECRET, SleepRecorder


@pytest.mark.asyncio
@respx.mock
async def test_token_alone_is_bearer() -> None:
    route = respx.get(f"{BASE}/v6/tests").respond(200, json={})
    async with AsyncThousandEyesV6(token=SECRET) as te:
        await te.request("GET", "tests")
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"].startswith("thousandeyes-async/")


@pytest.mark.asyncio
@respx.mock
async def test_email_and_token_is_basic() -> None:
    route = respx.get(f"{BASE}/v6/tests").respond(200, json={})
    async with AsyncThousandEyesV6(email="noreply@thousandeyes.com", token=SECRET) as te:
        await te.request("GET", "tests")
    header = route.calls.last.request.headers["Authorization"]
    scheme, encoded = header.split(" ")
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == f"noreply@thousandeyes.com:{SECRET}"


@pytest.mark.asyncio
@respx.mock
async def test_credentials_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THOUSANDEYES_TOKEN", SECRET)
    monkeypatch.setenv("THOUSANDEYES_EMAIL", "ops@example.com")
    route = respx.get(f"{BASE}/v6/tests").respond(200, json={})
    async with AsyncThousandEyesV6() as te:
        await te.request("GET", "tests")
    assert route.calls.last.request.headers["Authorization"].startswith("Basic ")


def test_no_credential_names_both_ways_to_give_one() -> None:
    with pytest.raises(ValueError, match="no ThousandEyes credential") as caught:
        AsyncThousandEyesV6()
    message = str(caught.value)
    assert "token=" in message
    assert "THOUSANDEYES_TOKEN" in message
    assert "THOUSANDEYES_EMAIL" in message


def test_repr_never_shows_the_secret() -> None:
    for te in (
        AsyncThousandEyesV6(token=SECRET),
        AsyncThousandEyesV6(email="ops@example.com", token=SECRET),
    ):
        assert SECRET not in repr(te)
        assert SECRET not in repr(te._credential)
    assert SECRET not in repr(BearerAuth(SECRET))
    assert SECRET not in repr(BasicAuth("a@b.c", SECRET))


def test_repr_never_shows_the_email_either() -> None:
    # The email is half of the Basic credential: it is redacted wherever it would show.
    email = "someone.private@example.com"
    credential = BasicAuth(email, SECRET)
    assert email not in repr(credential)
    assert repr(credential) == f"<BasicAuth fingerprint={credential.fingerprint}>"
    te = AsyncThousandEyesV6(email=email, token=SECRET)
    assert email not in repr(te)


def test_default_limiter_key_is_a_hash_of_the_credential() -> None:
    te = AsyncThousandEyesV6(token=SECRET)
    other = AsyncThousandEyesV6(token=SECRET + "x")
    assert te.limiter_key.startswith("credential:")
    assert SECRET not in te.limiter_key
    assert te.limiter_key != other.limiter_key
    assert AsyncThousandEyesV6(token=SECRET, organization="acme").limiter_key == "acme"


@pytest.mark.asyncio
@respx.mock
async def test_401_breaker_sends_exactly_one_request() -> None:
    route = respx.get(f"{BASE}/v6/tests").respond(401, json={"error": "unauthorized"})
    async with AsyncThousandEyesV6(token=SECRET, max_retries=5) as te:
        with pytest.raises(AuthenticationError):
            await te.request("GET", "tests")
        for _ in range(50):
            with pytest.raises(AuthenticationError, match="120 unauthorized requests"):
                await te.request("GET", "tests")
        with pytest.raises(AuthenticationError):
            await te.request("POST", "snapshot", json={})
        assert route.call_count == 1

        route.respond(200, json={"ok": 1})
        te.reset_authentication()
        assert await te.request("GET", "tests") == {"ok": 1}
        assert route.call_count == 2


class _GatedLimiter:
    """Holds the first ``held`` requests at acquire until ``gate`` is set."""

    def __init__(self, held: int) -> None:
        self.held = held
        self.calls = 0
        self.gate = anyio.Event()

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        self.calls += 1
        if self.calls <= self.held:
            await self.gate.wait()
        return await UnlimitedLimiter().acquire(key, request, priority)


@pytest.mark.asyncio
@respx.mock
async def test_401_breaker_stops_requests_already_waiting_for_a_permit() -> None:
    # A bulk export queues many requests at the limiter; once one meets a 401 the
    # queued ones must not go out each with the bad credential.
    route = respx.get(f"{BASE}/v6/tests").respond(401)
    limiter = _GatedLimiter(held=3)
    refused: list[AuthenticationError] = []
    async with AsyncThousandEyesV6(token=SECRET, limiter=limiter) as te:

        async def call() -> None:
            try:
                await te.request("GET", "tests")
            except AuthenticationError as exc:
                refused.append(exc)

        async with anyio.create_task_group() as tg:
            for _ in range(3):
                tg.start_soon(call)
            for _ in range(100):
                if limiter.calls == 3:
                    break
                await checkpoint()
            assert limiter.calls == 3
            await call()  # passes the limiter, meets the 401
            limiter.gate.set()
    assert route.call_count == 1
    assert len(refused) == 4


@pytest.mark.asyncio
@respx.mock
async def test_secret_never_reaches_logs_or_errors(
    caplog: pytest.LogCaptureFixture, sleeps: SleepRecorder
) -> None:
    caplog.set_level(logging.DEBUG)
    respx.get(f"{BASE}/v6/flaky").mock(
        side_effect=[httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(500)]
    )
    respx.get(f"{BASE}/v6/denied").respond(401, text="bad token")
    for te in (
        AsyncThousandEyesV6(token=SECRET, max_retries=2),
        AsyncThousandEyesV6(email="ops@example.com", token=SECRET, max_retries=2),
    ):
        te._transport.sleep = sleeps
        async with te:
            errors: list[Exception] = []
            for path in ("flaky", "denied", "denied"):
                try:
                    await te.request("GET", path)
                except Exception as exc:
                    errors.append(exc)
            assert len(errors) == 3
            for error in errors:
                assert SECRET not in str(error)
                assert SECRET not in repr(error)
        respx.get(f"{BASE}/v6/flaky").mock(
            side_effect=[httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(500)]
        )
    encoded = base64.b64encode(f"ops@example.com:{SECRET}".encode()).decode()
    assert caplog.records, "the retries should have been logged at DEBUG"
    for record in caplog.records:
        text = record.getMessage()
        assert SECRET not in text
        assert encoded not in text


@pytest.mark.asyncio
@respx.mock
async def test_a_link_naming_a_user_does_not_replace_the_credential() -> None:
    route = respx.get(f"{BASE}/v6/tests").respond(200, json={})
    userinfo = BASE.replace("://", "://someone:other-secret@")
    async with AsyncThousandEyesV6(token=SECRET, limiter=UnlimitedLimiter()) as te:
        await te.request("GET", f"{userinfo}/v6/tests")
    # httpx turns a URL's user and password into Basic auth when given no auth of its own.
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {SECRET}"


class _Signed(BearerAuth):
    """A subclass that sends the secret its own way (say, signing each request)."""

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        request.headers["Authorization"] = "Signed " + request.url.path
        yield request


@pytest.mark.asyncio
@respx.mock
async def test_a_credential_with_its_own_auth_flow_keeps_it() -> None:
    route = respx.get(f"{BASE}/v6/tests").respond(200, json={})
    async with AsyncThousandEyesV6(auth=_Signed(SECRET), limiter=UnlimitedLimiter()) as te:
        await te.request("GET", "tests")
    assert route.calls.last.request.headers["Authorization"] == "Signed /v6/tests"


def test_only_a_secret_that_never_changes_is_fixed() -> None:
    assert BearerAuth(SECRET).fixed_authorization() == f"Bearer {SECRET}"
    pair = base64.b64encode(f"a@example.com:{SECRET}".encode()).decode()
    assert BasicAuth("a@example.com", SECRET).fixed_authorization() == f"Basic {pair}"
    assert _Signed(SECRET).fixed_authorization() is None
