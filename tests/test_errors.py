"""Each status of seed 000's table maps to its exception, with a safe message."""

from __future__ import annotations

import httpx
import pytest
import respx

from thousandeyes_async import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncThousandEyesV6,
    AuthenticationError,
    BadRequestError,
    MaintenanceError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ThousandEyesError,
)

from .conftest import BASE, SECRET


@pytest.mark.parametrize(
    ("status", "error_cls"),
    [
        (301, APIError),  # a version the server does not have; never followed
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, APIError),
        (406, APIError),
        (415, APIError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, MaintenanceError),
        (504, ServerError),
    ],
)
@pytest.mark.asyncio
@respx.mock
async def test_status_maps_to_exception(status: int, error_cls: type[APIError]) -> None:
    respx.get(f"{BASE}/v6/tests").respond(status, json={"errorMessage": f"went {status}"})
    async with AsyncThousandEyesV6(token=SECRET, max_retries=0) as te:
        with pytest.raises(error_cls) as caught:
            await te.request("GET", "tests")
    error = caught.value
    assert type(error) is error_cls
    assert isinstance(error, ThousandEyesError)
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == f"{BASE}/v6/tests"
    assert f"went {status}" in error.body_excerpt
    assert SECRET not in str(error)


@pytest.mark.parametrize("status", [200, 201])
@pytest.mark.asyncio
@respx.mock
async def test_success_statuses_return_the_body(status: int) -> None:
    respx.post(f"{BASE}/v6/snapshot").respond(status, json={"link": {"linkId": "abc"}})
    async with AsyncThousandEyesV6(token=SECRET) as te:
        assert await te.request("POST", "snapshot", json={}) == {"link": {"linkId": "abc"}}


@pytest.mark.asyncio
@respx.mock
async def test_no_content_returns_none() -> None:
    respx.post(f"{BASE}/v6/tests/http-server/1/delete").respond(204)
    async with AsyncThousandEyesV6(token=SECRET) as te:
        assert await te.request("POST", "tests/http-server/1/delete") is None


@pytest.mark.asyncio
@respx.mock
async def test_error_carries_rate_limit_headers_and_cuts_long_bodies() -> None:
    respx.get(f"{BASE}/v6/tests").respond(
        400,
        text="x" * 5000,
        headers={"X-Organization-Rate-Limit-Remaining": "17", "Server": "nginx"},
    )
    async with AsyncThousandEyesV6(token=SECRET) as te:
        with pytest.raises(BadRequestError) as caught:
            await te.request("GET", "tests")
    assert caught.value.rate_limit == {"x-organization-rate-limit-remaining": "17"}
    assert len(caught.value.body_excerpt) == 500


def test_error_urls_never_carry_user_information() -> None:
    error = APIError(500, "get", httpx.URL(f"https://me%40x.com:{SECRET}@api.example.com/v6/x"))
    assert SECRET not in str(error)
    assert SECRET not in error.url
    assert error.url == "https://api.example.com/v6/x"


@pytest.mark.parametrize(
    ("failure", "error_cls", "says"),
    [
        (httpx.ReadError(""), APIConnectionError, "lost the connection while reading"),
        (httpx.ConnectError(""), APIConnectionError, "could not connect"),
        (httpx.RemoteProtocolError(""), APIConnectionError, "broken HTTP answer"),
        (httpx.ReadTimeout(""), APITimeoutError, "timed out waiting for the answer"),
        (httpx.ConnectTimeout("slow"), APITimeoutError, "timed out connecting"),
        (httpx.PoolTimeout(""), APITimeoutError, "free connection in the pool"),
    ],
)
@pytest.mark.asyncio
async def test_transport_failures_are_wrapped_with_method_url_and_cause(
    failure: httpx.RequestError, error_cls: type[APIConnectionError], says: str
) -> None:
    sleeps: list[float] = []

    async def no_sleep(delay: float) -> None:
        sleeps.append(delay)

    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    async with AsyncThousandEyesV6(
        token=SECRET, max_retries=2, transport=httpx.MockTransport(fail)
    ) as te:
        te._transport.sleep = no_sleep
        with pytest.raises(error_cls) as caught:
            await te.request("GET", "tests", params={"aid": 7})
    error = caught.value
    assert isinstance(error, ThousandEyesError)
    assert error.__cause__ is failure
    assert error.method == "GET"
    assert error.url == f"{BASE}/v6/tests?aid=7"
    message = str(error)
    assert message.startswith(f"GET {BASE}/v6/tests?aid=7 ")
    assert says in message
    assert "after 3 attempts (" in message
    assert type(failure).__name__ in message
    assert "\n" not in message
    assert len(sleeps) == 2


@pytest.mark.asyncio
async def test_a_body_in_an_unknown_encoding_is_a_connection_error_not_retried() -> None:
    calls: list[httpx.Request] = []

    def garbled(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, content=b"not gzip", headers={"Content-Encoding": "gzip"})

    async with AsyncThousandEyesV6(
        token=SECRET, max_retries=3, transport=httpx.MockTransport(garbled)
    ) as te:
        with pytest.raises(APIConnectionError, match="content encoding") as caught:
            await te.request("GET", "tests")
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert len(calls) == 1


def test_the_tree_is_drawn_in_the_docstring_and_the_readme() -> None:
    from pathlib import Path

    import thousandeyes_async._errors as errors_module

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    names = [
        "ThousandEyesError",
        "APIError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "RateLimitError",
        "ServerError",
        "MaintenanceError",
        "APIConnectionError",
        "APITimeoutError",
        "ResponseDecodeError",
        "ExportError",
        "CheckpointError",
        "SinkError",
    ]
    doc = errors_module.__doc__ or ""
    for name in names:
        assert name in doc, name
        assert name in readme, name
    for name in names[:12]:
        cls = getattr(errors_module, name)
        assert issubclass(cls, errors_module.ThousandEyesError)
