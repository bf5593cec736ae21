"""``te.paginate``: any v7 HAL list as a stream of dicts, with the limiter and cursor paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import respx
import trio.testing

from thousandeyes_async import AsyncThousandEyes, RecordStream, ResponseDecodeError
from thousandeyes_async.ratelimit import UnlimitedLimiter
from thousandeyes_async.ratelimit._api import Permit, Priority, RequestInfo
from thousandeyes_async.testing import (
    DEFAULT_START_EPOCH,
    TEST_TYPES,
    DataSpec,
    ThousandEyesEmulator,
)

from .conftest import BASE, SECRET

pytestmark = pytest.mark.anyio

NOW = datetime.fromtimestamp(DEFAULT_START_EPOCH, tz=UTC)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


class _Recording(UnlimitedLimiter):
    def __init__(self) -> None:
        self.seen: list[tuple[str, bool, Priority]] = []

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        self.seen.append((request.path, request.paginated, priority))
        return await super().acquire(key, request, priority)


async def _read(stream: RecordStream[Any]) -> list[Any]:
    async with stream:
        return [item async for item in stream]


async def test_paginate_follows_the_cursor_and_keeps_aid_but_not_the_range() -> None:
    limiter = _Recording()
    next_url = f"{BASE}/v7/dashboards?cursor=c2"
    pages = [
        httpx.Response(
            200, json={"dashboards": [{"id": "a"}], "_links": {"next": {"href": next_url}}}
        ),
        httpx.Response(200, json={"dashboards": [{"id": "b"}, {"id": "c"}], "_links": {}}),
    ]
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        route = mock.get("/v7/dashboards")
        route.side_effect = pages
        async with AsyncThousandEyes(token=SECRET, limiter=limiter) as te:
            stream = te.paginate(
                "/dashboards",
                items="dashboards",
                params={"window": "1d", "title": "net"},
                account_group_id=42,
                priority=Priority.BULK,
            )
            assert await _read(stream) == [{"id": "a"}, {"id": "b"}, {"id": "c"}]
    first, second = (call.request.url.params for call in route.calls)
    assert dict(first) == {"window": "1d", "title": "net", "aid": "42"}
    assert dict(second) == {"cursor": "c2", "title": "net", "aid": "42"}
    assert stream.pages == 2
    assert limiter.seen == [
        ("dashboards", False, Priority.BULK),
        ("dashboards", True, Priority.BULK),
    ]


async def test_a_page_without_the_items_is_empty_and_a_wrong_one_is_refused() -> None:
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        mock.get("/v7/tags").respond(200, json={"_links": {}})
        mock.get("/v7/bad").respond(200, json={"bad": {"id": 1}})
        async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
            assert await _read(te.paginate("tags", items="tags")) == []
            with pytest.raises(ResponseDecodeError, match="expected an array of items"):
                await _read(te.paginate("bad", items="bad"))


@pytest.mark.parametrize(
    ("path", "items", "message"),
    [
        ("", "x", "non-empty path"),
        ("https://elsewhere.example/v7/x", "x", "relative to the version root"),
        ("tags?x=1", "tags", "without a query"),
        ("tags", "", "items must name the array"),
    ],
)
async def test_paginate_refuses_what_it_cannot_page_before_sending(
    path: str, items: str, message: str
) -> None:
    async with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        route = mock.route()
        async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
            with pytest.raises(ValueError, match=message):
                te.paginate(path, items=items)
    assert not route.called


async def test_paginate_reads_the_emulator_as_the_typed_streams_do() -> None:
    emulator = ThousandEyesEmulator(
        data=DataSpec(tests=len(TEST_TYPES), test_types=TEST_TYPES), page_size=10
    )
    start = (NOW - timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M:%SZ")
    end = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
    async with emulator.client(api_version="v7") as te:
        tests = await _read(te.paginate("tests", items="tests"))
        assert tests == await _read(te.tests.list(raw=True))
        results = te.paginate(
            "test-results/1001/network",
            items="results",
            params={"startDate": start, "endDate": end},
        )
        records = await _read(results)
        typed = await _read(
            te.test_results.network(1001, start=NOW - timedelta(hours=6), end=NOW, raw=True)
        )
    assert results.pages > 1
    assert records == typed
