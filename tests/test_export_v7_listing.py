"""The exporter reads every page of v7's ``GET tests``, following ``_links.next``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from thousandeyes_async import AsyncThousandEyes, ThousandEyesError, UnlimitedLimiter
from thousandeyes_async.export import TestSelection
from thousandeyes_async.export._command import list_tests

BASE = "http://fake.test"
PAGE_SIZE = 2
TESTS = [
    {"testId": str(n), "testName": f"test {n}", "type": "agent-to-server"} for n in range(1, 6)
]


class PagedTests:
    """``GET /v7/tests`` in pages of ``PAGE_SIZE``, each naming the next by a cursor."""

    def __init__(self, *, loop: bool = False) -> None:
        self.requests: list[httpx.Request] = []
        self.loop = loop

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert request.url.path == "/v7/tests"
        assert request.url.params.get("aid") == "75"
        cursor = int(request.url.params.get("cursor", "0"))
        body: dict[str, Any] = {
            "tests": TESTS[cursor : cursor + PAGE_SIZE],
            "_links": {"self": {"href": str(request.url)}},
        }
        following = cursor if self.loop and cursor else cursor + PAGE_SIZE
        if following < len(TESTS):
            body["_links"]["next"] = {"href": f"{BASE}/v7/tests?aid=75&cursor={following}"}
        return httpx.Response(200, json=body, headers={"Date": "Mon, 01 Jan 2024 00:00:00 GMT"})


def _client(server: PagedTests) -> AsyncThousandEyes:
    return AsyncThousandEyes(
        token="fake-token",
        base_url=BASE,
        account_group_id="75",
        transport=httpx.MockTransport(server),
        limiter=UnlimitedLimiter(),
    )


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"], indirect=True)
async def test_the_commands_listing_reads_every_page(anyio_backend: str) -> None:
    server = PagedTests()
    async with _client(server) as client:
        tests, server_now = await list_tests(client, None)
    assert tests == TESTS
    assert len(server.requests) == 3  # 5 tests, 2 a page
    assert server_now == 1_704_067_200


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"], indirect=True)
async def test_a_selection_finds_tests_on_later_pages(anyio_backend: str) -> None:
    server = PagedTests()
    async with _client(server) as client:
        every = await TestSelection(all_tests=True).fetch(client)
        last = await TestSelection(ids=(5,)).fetch(client)
    assert [ref.id for ref in every] == [1, 2, 3, 4, 5]
    assert [(ref.id, ref.name) for ref in last] == [(5, "test 5")]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"], indirect=True)
async def test_a_next_link_seen_twice_stops_the_listing(anyio_backend: str) -> None:
    server = PagedTests(loop=True)
    async with _client(server) as client:
        with pytest.raises(ThousandEyesError, match="a second time"):
            await list_tests(client, None)
    assert len(server.requests) == 2  # the second page names itself as the next
