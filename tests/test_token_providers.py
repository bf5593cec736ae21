"""The ready providers: their request shapes (seeds 003 and 004), and secrets kept out of sight."""

from __future__ import annotations

import email.utils
import json
import logging
from typing import Any
from urllib.parse import parse_qsl

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async import (
    APIError,
    AsyncThousandEyesV6,
    AuthenticationError,
    OAuth2ClientCredentials,
    RefreshingBearer,
    ResponseDecodeError,
    TokenEndpoint,
    UnlimitedLimiter,
)

TOKEN_URL = "https://idp.example.com/auth/oauth/token"
CLIENT_SECRET = "cs-7Hq/2+zzP9=secret"
PASSWORD = "Guest@123!pw"


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _client(credential: RefreshingBearer, handler: Any) -> AsyncThousandEyesV6:
    return AsyncThousandEyesV6(
        auth=credential, transport=httpx.MockTransport(handler), limiter=UnlimitedLimiter()
    )


@pytest.mark.anyio
async def test_client_credentials_post_a_form_and_read_expires_in() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/oauth/token":
            assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
            assert "Authorization" not in request.headers
            seen.append(dict(parse_qsl(request.content.decode())))
            return httpx.Response(200, json={"access_token": "at-001-xyz", "expires_in": 900})
        assert request.headers["Authorization"] == "Bearer at-001-xyz"
        return httpx.Response(200, json={})

    provider = OAuth2ClientCredentials(TOKEN_URL, "cid-9", CLIENT_SECRET, scope="read")
    credential = RefreshingBearer(provider)
    async with _client(credential, handler) as te:
        before = anyio.current_time()
        await te.request("GET", "agents")
    assert seen == [
        {
            "grant_type": "client_credentials",
            "client_id": "cid-9",
            "client_secret": CLIENT_SECRET,
            "scope": "read",
        }
    ]
    assert credential.token is not None
    assert credential.token.expires_at == pytest.approx(before + 900)


@pytest.mark.anyio
async def test_a_token_endpoint_with_an_epoch_expiry_is_placed_against_its_date() -> None:
    # The server's clock reads 2023 while ours reads whatever: only the difference counts.
    server_now = 1_675_129_264.0

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token/full"):
            assert json.loads(request.content) == {
                "username": "tsUserA",
                "password": PASSWORD,
                "validity_time_in_sec": 300,
            }
            body = {
                "token": "ts-token-0042",
                "creation_time_in_millis": int(server_now * 1000),
                "expiration_time_in_millis": int((server_now + 300) * 1000),
            }
            date = email.utils.formatdate(server_now, usegmt=True)
            return httpx.Response(200, json=body, headers={"Date": date})
        return httpx.Response(200, json={})

    provider = TokenEndpoint(
        "https://ts.example.com/api/rest/2.0/auth/token/full",
        {"username": "tsUserA", "password": PASSWORD, "validity_time_in_sec": 300},
        token_field="token",
        expiry_field="expiration_time_in_millis",
    )
    credential = RefreshingBearer(provider)
    async with _client(credential, handler) as te:
        before = anyio.current_time()
        await te.request("GET", "agents")
    assert credential.token is not None
    assert credential.token.expires_at == pytest.approx(before + 300)
    assert PASSWORD not in repr(provider)
    assert PASSWORD not in provider.identity


def _echo(request: httpx.Request, status: int) -> httpx.Response:
    """What a careless server does: quote everything it was sent."""
    return httpx.Response(
        status,
        json={
            "echo_body": request.content.decode(),
            "echo_headers": dict(request.headers),
            "access_token": "at-echoed-5512",
            "expires_in": 300,
        },
    )


def _texts(error: BaseException) -> str:
    return " ".join([str(error), repr(error), repr(vars(error)), repr(error.args)])


@pytest.mark.anyio
@pytest.mark.parametrize("status", [400, 401, 403])
async def test_a_refusing_echoing_token_endpoint_shows_no_secret_and_holds_back(
    status: int, caplog: pytest.LogCaptureFixture
) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return _echo(request, status)

    caplog.set_level(logging.DEBUG, logger="thousandeyes_async")
    credential = RefreshingBearer(OAuth2ClientCredentials(TOKEN_URL, "cid-echo", CLIENT_SECRET))
    async with _client(credential, handler) as te:
        with pytest.raises(AuthenticationError) as caught:
            await te.request("GET", "agents")
        with pytest.raises(AuthenticationError, match="held back"):
            await te.request("GET", "agents")
        shown = _texts(caught.value) + repr(te) + repr(credential) + caplog.text
    assert calls == 1  # refused client credentials are not asked for again
    assert caught.value.status_code == status
    assert "token endpoint" in str(caught.value)
    for secret in (CLIENT_SECRET, "cs-7Hq%2F2%2Bzz", "at-echoed-5512", "echo_body"):
        assert secret not in shown


@pytest.mark.anyio
async def test_an_api_echoing_the_token_and_the_token_endpoint_body_show_neither(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/oauth/token":
            return _echo(request, 200)
        return _echo(request, 500)

    caplog.set_level(logging.DEBUG, logger="thousandeyes_async")
    credential = RefreshingBearer(OAuth2ClientCredentials(TOKEN_URL, "cid-echo2", CLIENT_SECRET))
    async with _client(credential, handler) as te:
        te._transport.sleep = _no_sleep
        with pytest.raises(APIError) as caught:
            await te.request("GET", "agents")
        shown = _texts(caught.value) + repr(te) + repr(credential) + repr(credential.token)
    shown += caplog.text
    assert caught.value.status_code == 500
    assert "[REDACTED]" in caught.value.body_excerpt
    for secret in (CLIENT_SECRET, "at-echoed-5512"):
        assert secret not in shown


async def _no_sleep(seconds: float) -> None:
    return None


@pytest.mark.anyio
@pytest.mark.parametrize(
    "body", [b"not json at all", b'{"expires_in": 300}', b'{"access_token": "at-x-1"}']
)
async def test_a_malformed_token_answer_is_a_decode_error_without_the_body(body: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/oauth/token":
            return httpx.Response(200, content=body)
        return httpx.Response(200, json={})

    provider = OAuth2ClientCredentials(TOKEN_URL, "cid-m", CLIENT_SECRET)
    credential = RefreshingBearer(provider)
    async with _client(credential, handler) as te:
        if body == b'{"access_token": "at-x-1"}':
            await te.request("GET", "agents")  # no expires_in: valid until refused
            assert credential.token is not None
            assert credential.token.expires_at is None
            return
        with pytest.raises(ResponseDecodeError) as caught:
            await te.request("GET", "agents")
    assert body.decode() not in _texts(caught.value)


def test_providers_refuse_bad_configuration() -> None:
    with pytest.raises(ValueError, match="client_secret"):
        OAuth2ClientCredentials(TOKEN_URL, "cid", "")
    with pytest.raises(ValueError, match="user name or password"):
        OAuth2ClientCredentials("https://u:p@idp.example.com/t", "cid", "s")
    with pytest.raises(ValueError, match="expiry"):
        TokenEndpoint("https://ts.example.com/t", {}, expiry="hours")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="refresh_margin"):
        RefreshingBearer(OAuth2ClientCredentials(TOKEN_URL, "c", "s"), refresh_margin=-1)
