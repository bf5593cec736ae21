"""Client configuration, URL building, aid, lifecycle and ownership of the HTTP client."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from thousandeyes_async import AsyncThousandEyesV6, ThousandEyesError

from .conftest import BASE, SECRET


@pytest.mark.parametrize("version", ["v5", "v6"])
@pytest.mark.asyncio
@respx.mock
async def test_path_is_relative_to_the_api_version(version: str) -> None:
    route = respx.get(f"{BASE}/{version}/agents").respond(200, json={"agents": []})
    async with AsyncThousandEyesV6(token=SECRET, api_version=version) as te:
        assert await te.request("GET", "agents") == {"agents": []}
    assert route.called


@pytest.mark.parametrize("version", ["v4", "v7", "v8", "6", "", "V6"])
def test_unknown_api_version_is_refused(version: str) -> None:
    with pytest.raises(ValueError, match="api_version"):
        AsyncThousandEyesV6(token=SECRET, api_version=version)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"max_retries": -1}, ValueError),
        ({"max_retries": True}, ValueError),
        ({"account_group_id": 0}, ValueError),
        ({"account_group_id": " "}, ValueError),
        ({"account_group_id": 1.5}, TypeError),
        ({"organization": ""}, ValueError),
        ({"account_group_id": 10**30}, ValueError),
        ({"timeout": -5}, ValueError),
        ({"timeout": 0}, ValueError),
        ({"timeout": float("nan")}, ValueError),
        ({"timeout": float("inf")}, ValueError),
        ({"timeout": True}, TypeError),
        ({"timeout": "30"}, TypeError),
        ({"timeout": httpx.Timeout(10.0, read=-1.0)}, ValueError),
        ({"retry_deadline": -1}, ValueError),
        ({"retry_deadline": float("nan")}, ValueError),
        ({"retry_deadline": float("inf")}, ValueError),
        ({"base_url": "ftp://api.thousandeyes.com"}, ValueError),
        ({"base_url": "file:///etc"}, ValueError),
        ({"base_url": "api.thousandeyes.com"}, ValueError),
        ({"base_url": "https://"}, ValueError),
        (
            {"http_client": httpx.AsyncClient(), "transport": httpx.MockTransport(lambda r: r)},
            ValueError,
        ),
    ],
)
def test_bad_configuration_is_refused(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        AsyncThousandEyesV6(token=SECRET, **kwargs)


@pytest.mark.asyncio
@respx.mock
async def test_account_group_is_sent_as_aid_unless_overridden() -> None:
    route = respx.get(f"{BASE}/v6/tests").respond(200, json={})
    async with AsyncThousandEyesV6(token=SECRET, account_group_id=1234) as te:
        await te.request("GET", "tests", params={"window": "1h"})
        assert dict(route.calls.last.request.url.params) == {"window": "1h", "aid": "1234"}
        await te.request("GET", "tests", account_group_id=99)
        assert dict(route.calls.last.request.url.params) == {"aid": "99"}
        await te.request("GET", "tests", params={"aid": 7})
        assert dict(route.calls.last.request.url.params) == {"aid": "7"}
    async with AsyncThousandEyesV6(token=SECRET) as te:
        await te.request("GET", "tests")
        assert dict(route.calls.last.request.url.params) == {}


@pytest.mark.asyncio
@respx.mock
async def test_json_body_and_bool_params_are_encoded() -> None:
    route = respx.post(f"{BASE}/v6/instant/http-server").respond(200, json={})
    async with AsyncThousandEyesV6(token=SECRET) as te:
        await te.request(
            "POST", "instant/http-server", params={"headers": True, "x": None}, json={"url": "a"}
        )
    request = route.calls.last.request
    assert dict(request.url.params) == {"headers": "1"}
    assert json.loads(request.content) == {"url": "a"}
    assert request.headers["Content-Type"] == "application/json"


@pytest.mark.asyncio
@respx.mock
async def test_absolute_urls_are_followed_only_on_the_api_host() -> None:
    route = respx.get(f"{BASE}/v6/net/metrics/817").respond(200, json={})
    async with AsyncThousandEyesV6(token=SECRET) as te:
        await te._transport.request("GET", f"{BASE}/v6/net/metrics/817?from=2024-01-01T00:00:00")
        assert route.calls.last.request.url.params["from"] == "2024-01-01T00:00:00"
        with pytest.raises(ThousandEyesError, match="refusing to send credentials"):
            await te._transport.request("GET", "https://evil.example.com/v6/net/metrics/817")
    assert route.call_count == 1


@pytest.mark.parametrize("path", ["", "/", "?aid=1", "../v7/tests"])
@pytest.mark.asyncio
async def test_a_path_must_name_something_below_the_version(path: str) -> None:
    async with AsyncThousandEyesV6(token=SECRET) as te:
        with pytest.raises(ValueError, match="below /v6/"):
            await te.request("GET", path)


@pytest.mark.asyncio
@respx.mock
async def test_a_leading_slash_means_the_same_path() -> None:
    route = respx.get(f"{BASE}/v6/tests").respond(200, json={"test": []})
    async with AsyncThousandEyesV6(token=SECRET) as te:
        assert await te.request("GET", "/tests") == await te.request("GET", "tests")
    assert [str(call.request.url) for call in route.calls] == [f"{BASE}/v6/tests"] * 2


@pytest.mark.asyncio
async def test_a_users_http_client_is_never_closed() -> None:
    async with httpx.AsyncClient() as http:
        async with AsyncThousandEyesV6(token=SECRET, http_client=http):
            pass
        assert not http.is_closed


@pytest.mark.asyncio
async def test_our_http_client_is_closed_and_the_client_refuses_work_after() -> None:
    te = AsyncThousandEyesV6(token=SECRET)
    await te.aclose()
    await te.aclose()  # idempotent
    assert te._http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await te.request("GET", "tests")


async def _asgi_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    assert scope["type"] == "http"
    body = json.dumps({"path": scope["path"], "query": scope["query_string"].decode()}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body})


@pytest.mark.anyio
async def test_an_asgi_app_can_be_the_server() -> None:
    async with AsyncThousandEyesV6(
        token=SECRET, transport=httpx.ASGITransport(app=_asgi_app), base_url="http://emulator"
    ) as te:
        body = await te.request("GET", "net/metrics/817", params={"window": "1h"})
    assert body == {"path": "/v6/net/metrics/817", "query": "window=1h"}


def test_resolved_urls_are_cached_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from thousandeyes_async import _transport

    monkeypatch.setattr(_transport, "_URL_CACHE_SIZE", 3)
    transport = AsyncThousandEyesV6(token=SECRET)._transport
    first = transport.url_for("net/metrics/1")
    assert transport.url_for("net/metrics/1") is first
    for n in range(2, 10):
        assert str(transport.url_for(f"net/metrics/{n}")) == f"{BASE}/v6/net/metrics/{n}"
    assert len(transport._urls) == 3
    assert str(transport.url_for("net/metrics/1")) == f"{BASE}/v6/net/metrics/1"


@pytest.mark.asyncio
@respx.mock
async def test_timeout_reaches_every_request_also_through_a_users_http_client() -> None:
    route = respx.get(f"{BASE}/v6/tests").respond(200, json={})
    three = {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    async with AsyncThousandEyesV6(token=SECRET) as te:
        await te.request("GET", "tests")
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 10.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
    async with AsyncThousandEyesV6(token=SECRET, timeout=3.0) as te:
        await te.request("GET", "tests")
    assert route.calls.last.request.extensions["timeout"] == three
    async with httpx.AsyncClient(timeout=5.0) as http:
        # The user's client keeps its own timeout unless timeout= is given.
        async with AsyncThousandEyesV6(token=SECRET, http_client=http) as te:
            await te.request("GET", "tests")
        assert route.calls.last.request.extensions["timeout"]["read"] == 5.0
        async with AsyncThousandEyesV6(token=SECRET, http_client=http, timeout=3.0) as te:
            await te.request("GET", "tests")
        assert route.calls.last.request.extensions["timeout"] == three
