"""The v7 client: base URL forms, Bearer only, ids and aid, problem+json errors, one budget."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
import trio.testing

from thousandeyes_async import (
    AsyncThousandEyes,
    AsyncThousandEyesV6,
    AuthenticationError,
    BadRequestError,
    BasicAuth,
    BearerAuth,
    NotFoundError,
    PermissionDeniedError,
    UnlimitedLimiter,
)
from thousandeyes_async.ratelimit import RateLimiter
from thousandeyes_async.testing import (
    DEFAULT_ACCOUNT_GROUP,
    EmulatorCredential,
    ThousandEyesEmulator,
)

from .conftest import BASE, SECRET

_PROBLEM = "application/problem+json"


@pytest.mark.parametrize(
    "base_url",
    [BASE, f"{BASE}/", f"{BASE}/v7", f"{BASE}/v7/"],
)
@pytest.mark.asyncio
@respx.mock
async def test_base_url_is_the_root_and_one_ending_in_v7_means_the_same(base_url: str) -> None:
    route = respx.get(f"{BASE}/v7/tests").respond(200, json={"tests": []})
    async with AsyncThousandEyes(token=SECRET, base_url=base_url) as te:
        assert await te.request("GET", "tests") == {"tests": []}
    assert route.call_count == 1


@pytest.mark.asyncio
@respx.mock
async def test_a_base_url_below_a_prefix_keeps_it() -> None:
    route = respx.get("https://proxy.example.com/te/v7/agents").respond(200, json={})
    async with AsyncThousandEyes(token=SECRET, base_url="https://proxy.example.com/te/v7") as te:
        await te.request("GET", "agents")
    assert route.called


@pytest.mark.asyncio
@respx.mock
async def test_the_v6_client_takes_a_base_url_ending_in_v6_alike() -> None:
    route = respx.get(f"{BASE}/v6/agents").respond(200, json={})
    async with AsyncThousandEyesV6(token=SECRET, base_url=f"{BASE}/v6/") as te:
        await te.request("GET", "agents")
    assert route.called


@pytest.mark.parametrize(
    ("client", "base_url"),
    [(AsyncThousandEyes, f"{BASE}/v6"), (AsyncThousandEyesV6, f"{BASE}/v7")],
)
def test_a_base_url_ending_in_the_other_version_is_refused(client: Any, base_url: str) -> None:
    with pytest.raises(ValueError, match="without the version"):
        client(token=SECRET, base_url=base_url)


@pytest.mark.asyncio
@respx.mock
async def test_a_leading_slash_is_relative_to_the_version_root() -> None:
    route = respx.get(f"{BASE}/v7/tests/http-server").respond(200, json={"tests": []})
    async with AsyncThousandEyes(token=SECRET) as te:
        await te.request("GET", "/tests/http-server")
        await te.request("GET", "tests/http-server")
    assert [str(call.request.url) for call in route.calls] == [f"{BASE}/v7/tests/http-server"] * 2


@pytest.mark.asyncio
@respx.mock
async def test_v7_sends_the_bearer_token_and_aid_as_a_query_parameter() -> None:
    route = respx.get(f"{BASE}/v7/agents").respond(200, json={"agents": []})
    async with AsyncThousandEyes(token=SECRET, account_group_id=1234) as te:
        await te.request("GET", "agents")
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert request.url.params["aid"] == "1234"


@pytest.mark.asyncio
@respx.mock
async def test_v7_accepts_hal_json_which_is_what_its_specs_declare() -> None:
    # Most v7 operations declare only application/hal+json: a spec-true server
    # answers a plain "Accept: application/json" with 406.
    route = respx.get(f"{BASE}/v7/agents").respond(200, json={"agents": []})
    async with AsyncThousandEyes(token=SECRET) as te:
        await te.request("GET", "agents")
    accepted = [part.strip() for part in route.calls.last.request.headers["Accept"].split(",")]
    assert accepted[0] == "application/hal+json"
    assert {"application/json", "application/problem+json"} <= set(accepted)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"token": SECRET, "email": "user@example.com"},
        {"email": "user@example.com"},
        {"auth": BasicAuth("user@example.com", SECRET)},
    ],
)
def test_email_and_basic_auth_are_refused_naming_the_bearer_token(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="v7 takes a Bearer token") as caught:
        AsyncThousandEyes(**kwargs)
    assert SECRET not in str(caught.value)


@pytest.mark.asyncio
@respx.mock
async def test_email_is_refused_before_anything_is_sent() -> None:
    route = respx.route().respond(200, json={})
    with pytest.raises(ValueError, match="Bearer"):
        AsyncThousandEyes(token=SECRET, email="user@example.com")
    assert not route.called


def test_the_token_comes_from_the_environment_and_the_email_there_is_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("THOUSANDEYES_TOKEN", SECRET)
    monkeypatch.setenv("THOUSANDEYES_EMAIL", "user@example.com")
    te = AsyncThousandEyes()
    assert te._credential.scheme == "Bearer"
    assert AsyncThousandEyes(auth=BearerAuth(SECRET))._credential.scheme == "Bearer"


def test_no_token_is_refused() -> None:
    with pytest.raises(ValueError, match="THOUSANDEYES_TOKEN"):
        AsyncThousandEyes()


def _problem(status: int, **fields: Any) -> httpx.Response:
    body = {"type": "about:blank", "status": status, "instance": "/v7/x", **fields}
    return httpx.Response(status, json=body, headers={"Content-Type": _PROBLEM})


@pytest.mark.asyncio
@respx.mock
async def test_a_400_problem_carries_its_fields_and_validation_errors() -> None:
    errors = [
        {"code": "invalid", "field": "window", "message": "window must be a number"},
        {"field": "startDate", "message": "bad date"},
    ]
    respx.get(f"{BASE}/v7/test-results/1/network").mock(
        return_value=_problem(
            400, title="Request validation failed", detail="2 errors", errors=errors
        )
    )
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        with pytest.raises(BadRequestError) as caught:
            await te.request("GET", "test-results/1/network")
    error = caught.value
    assert error.status_code == 400
    assert (error.problem_type, error.title, error.detail, error.instance) == (
        "about:blank",
        "Request validation failed",
        "2 errors",
        "/v7/x",
    )
    assert [(e.field, e.message, e.code) for e in error.errors] == [
        ("window", "window must be a number", "invalid"),
        ("startDate", "bad date", None),
    ]
    assert "Request validation failed - 2 errors" in str(error)
    assert "window: window must be a number" in str(error)


@pytest.mark.asyncio
@respx.mock
async def test_problem_fields_are_redacted() -> None:
    respx.get(f"{BASE}/v7/agents").mock(
        return_value=_problem(
            403,
            title="Forbidden",
            detail=f"token {SECRET} lacks a permission",
            errors=[{"field": "Authorization", "message": f"Bearer {SECRET}"}],
        )
    )
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        with pytest.raises(PermissionDeniedError) as caught:
            await te.request("GET", "agents")
    error = caught.value
    texts = [str(error), error.detail or "", *(str(e) for e in error.errors), error.body_excerpt]
    assert all(SECRET not in text for text in texts)
    assert "[REDACTED]" in (error.detail or "")


@pytest.mark.asyncio
@respx.mock
async def test_a_401_problem_is_read_with_its_oauth_fields() -> None:
    respx.get(f"{BASE}/v7/agents").respond(
        401,
        json={"error": "invalid_token", "error_description": "Invalid access token"},
        headers={"Content-Type": _PROBLEM},
    )
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        with pytest.raises(AuthenticationError) as caught:
            await te.request("GET", "agents")
    assert (caught.value.title, caught.value.detail) == ("invalid_token", "Invalid access token")


@pytest.mark.asyncio
@respx.mock
async def test_a_v7_error_without_a_problem_body_keeps_the_body_excerpt() -> None:
    respx.get(f"{BASE}/v7/agents").respond(404, text="<html>gone</html>")
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        with pytest.raises(NotFoundError, match="gone") as caught:
            await te.request("GET", "agents")
    assert caught.value.detail is None
    assert caught.value.errors == ()


@pytest.mark.asyncio
@respx.mock
async def test_v6_keeps_its_message_and_reads_error_message_as_detail() -> None:
    body = {"errorMessage": "No test with id 1"}
    respx.get(f"{BASE}/v6/tests/1").respond(404, json=body)
    async with AsyncThousandEyesV6(token=SECRET, limiter=UnlimitedLimiter()) as te:
        with pytest.raises(NotFoundError) as caught:
            await te.request("GET", "tests/1")
    assert caught.value.detail == "No test with id 1"
    assert str(caught.value) == (
        f'GET {BASE}/v6/tests/1 answered 404: {{"errorMessage":"No test with id 1"}}'
    )


# -- against the emulator ---------------------------------------------------------


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


@pytest.mark.anyio
async def test_emulator_problems_map_to_exceptions_with_their_fields() -> None:
    emulator = ThousandEyesEmulator()
    async with emulator.client(api_version="v7") as te:
        with pytest.raises(BadRequestError) as bad:
            await te.request("GET", "test-results/1001/network", params={"window": "soon"})
        with pytest.raises(NotFoundError) as missing:
            await te.request("GET", "test-results/99999/network")
        with pytest.raises(PermissionDeniedError) as denied:
            await te.request("GET", "agents", account_group_id="not-mine")
    assert [(e.field, e.code) for e in bad.value.errors] == [("window", "invalid")]
    assert bad.value.instance == "/v7/test-results/1001/network"
    assert bad.value.title
    assert bad.value.detail
    assert missing.value.detail == "no test with id 99999"
    assert denied.value.status_code == 403
    assert "not-mine" in (denied.value.detail or "")


@pytest.mark.anyio
async def test_emulator_refuses_a_wrong_token_with_a_401_problem() -> None:
    emulator = ThousandEyesEmulator()
    async with emulator.client(api_version="v7", token="not-the-token") as te:
        with pytest.raises(AuthenticationError) as caught:
            await te.request("GET", "agents")
    assert caught.value.detail
    assert "not-the-token" not in str(caught.value)


@pytest.mark.anyio
async def test_emulator_client_for_v7_uses_a_bearer_credential_and_the_default_account_group() -> (
    None
):
    emulator = ThousandEyesEmulator()
    async with emulator.client(api_version="v7", account_group_id=DEFAULT_ACCOUNT_GROUP) as te:
        body = await te.request("GET", "agents")
    assert te._credential.scheme == "Bearer"
    assert body["agents"]
    assert emulator.requests[-1].path.startswith("/v7/agents")


@pytest.mark.anyio
async def test_a_v6_and_a_v7_client_of_one_organization_share_one_budget() -> None:
    emulator = ThousandEyesEmulator(
        credentials=[
            EmulatorCredential("bearer-token", organization="acme"),
            EmulatorCredential("basic-token", email="me@acme.example", organization="acme"),
        ]
    )
    # The default limiter, as users get it: one registry of buckets per event loop.
    v6 = emulator.client(token="basic-token", email="me@acme.example", organization="acme")
    v7 = emulator.client(api_version="v7", token="bearer-token", organization="acme")
    async with v6, v7:
        assert v6.limiter_key == v7.limiter_key == "acme"
        await v6.request("GET", "agents")
        await v7.request("GET", "agents")
        await v7.request("GET", "tests")
        org = v7.rate_limit_stats()["organization"]
        assert org == v6.rate_limit_stats()["organization"]
        # The server counts 3 requests of the organization, and so does the one bucket.
        assert org.limit is not None
        assert org.remaining == org.limit - 3


@pytest.mark.anyio
async def test_clients_of_different_organizations_do_not_share() -> None:
    emulator = ThousandEyesEmulator()
    limiter = RateLimiter()
    a = emulator.client(api_version="v7", organization="a", limiter=limiter)
    b = emulator.client(organization="b", limiter=limiter)
    async with a, b:
        await a.request("GET", "agents")
        await b.request("GET", "agents")
        assert a.rate_limit_stats()["organization"].key == "a"
        assert b.rate_limit_stats()["organization"].key == "b"


@pytest.mark.asyncio
@respx.mock
async def test_the_v7_base_url_comes_from_the_environment_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    route = respx.get("https://eu.example.com/v7/agents").respond(200, json={})
    monkeypatch.setenv("THOUSANDEYES_BASE_URL", "https://eu.example.com/v7")
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        await te.request("GET", "agents")
    assert route.called
