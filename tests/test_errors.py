"""Each status of seed 000's table maps to its exception, with a safe message."""

from __future__ import annotations

import httpx
import pytest
import respx

from thousandeyes_async import (
    APIError,
    AsyncThousandEyes,
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
    async with AsyncThousandEyes(token=SECRET, max_retries=0) as te:
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
    async with AsyncThousandEyes(token=SECRET) as te:
        assert await te.request("POST", "snapshot", json={}) == {"link": {"linkId": "abc"}}


@pytest.mark.asyncio
@respx.mock
async def test_no_content_returns_none() -> None:
    respx.post(f"{BASE}/v6/tests/http-server/1/delete").respond(204)
    async with AsyncThousandEyes(token=SECRET) as te:
        assert await te.request("POST", "tests/http-server/1/delete") is None


@pytest.mark.asyncio
@respx.mock
async def test_error_carries_rate_limit_headers_and_cuts_long_bodies() -> None:
    respx.get(f"{BASE}/v6/tests").respond(
        400,
        text="x" * 5000,
        headers={"X-Organization-Rate-Limit-Remaining": "17", "Server": "nginx"},
    )
    async with AsyncThousandEyes(token=SECRET) as te:
        with pytest.raises(BadRequestError) as caught:
            await te.request("GET", "tests")
    assert caught.value.rate_limit == {"x-organization-rate-limit-remaining": "17"}
    assert len(caught.value.body_excerpt) == 500


def test_error_urls_never_carry_user_information() -> None:
    error = APIError(500, "get", httpx.URL(f"https://me%40x.com:{SECRET}@api.example.com/v6/x"))
    assert SECRET not in str(error)
    assert SECRET not in error.url
    assert error.url == "https://api.example.com/v6/x"
