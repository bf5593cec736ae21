"""The v7 page link: ``_links.next.href``, an opaque cursor that carries the range."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from thousandeyes_async import APIError, AsyncThousandEyes, ResponseDecodeError, ThousandEyesError
from thousandeyes_async._pagination import LINKS_NEXT, RecordStream, links_next_url, page_fetcher
from thousandeyes_async.ratelimit import UnlimitedLimiter
from thousandeyes_async.ratelimit._api import Priority

from .conftest import BASE, SECRET


def test_links_next_url_reads_the_href() -> None:
    href = f"{BASE}/v7/test-results/1/network?cursor=abc"
    assert links_next_url({"_links": {"self": {"href": "x"}, "next": {"href": href}}}) == href
    assert links_next_url({"_links": {"self": {"href": "x"}}}) is None
    assert links_next_url({"_links": {"next": None}}) is None
    assert links_next_url({"_links": {"next": {"href": ""}}}) is None
    assert links_next_url({}) is None


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"_links": []}, "_links"),
        ({"_links": {"next": "https://x"}}, "_links.next"),
        ({"_links": {"next": {"href": 2}}}, "_links.next.href"),
    ],
)
def test_a_malformed_link_names_its_json_path(body: dict[str, Any], path: str) -> None:
    with pytest.raises(ResponseDecodeError) as caught:
        links_next_url(body, endpoint="GET x")
    assert caught.value.path == path


class _Results:
    """The raw records of a v7 page (its ``results``)."""

    def records_of(self, body: Any, *, source: str) -> list[Any]:
        return list(body.get("results", []))

    def test_of(self, body: Any, *, source: str) -> Any:
        return body.get("test")

    def structure(self, items: Any, *, source: str, offset: int = 0) -> Any:
        return list(items)


def _page(results: list[int], next_href: str | None) -> dict[str, Any]:
    links: dict[str, Any] = {"self": {"href": "ignored"}}
    if next_href is not None:
        links["next"] = {"href": next_href}
    return {"results": results, "test": {"testId": "1"}, "_links": links}


def _stream(te: AsyncThousandEyes, params: dict[str, Any]) -> RecordStream[Any]:
    fetch = page_fetcher(
        te._calls,
        "test-results/1/network",
        params=params,
        priority=Priority.INTERACTIVE,
        link=LINKS_NEXT,
    )
    return RecordStream(fetch, _Results(), source="GET /v7/x", raw=True, link=LINKS_NEXT)


@pytest.mark.asyncio
@respx.mock
async def test_the_stream_follows_the_cursor_without_sending_the_range_again() -> None:
    first = f"{BASE}/v7/test-results/1/network"
    second = f"{first}?cursor=c2&aid=7"
    route = respx.get(first).mock(
        side_effect=[
            respx.MockResponse(200, json=_page([1, 2], second)),
            respx.MockResponse(200, json=_page([3], None)),
        ]
    )
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        params = {"window": "1h", "direction": "to-target", "aid": 7}
        async with _stream(te, params) as stream:
            assert [r async for r in stream] == [1, 2, 3]
            assert stream.pages == 2
            assert stream.test == {"testId": "1"}
    sent = [dict(call.request.url.params) for call in route.calls]
    assert sent == [
        {"window": "1h", "direction": "to-target", "aid": "7"},
        {"cursor": "c2", "aid": "7", "direction": "to-target"},
    ]


@pytest.mark.asyncio
@respx.mock
async def test_a_start_date_is_not_sent_beside_the_cursor() -> None:
    first = f"{BASE}/v7/test-results/1/network"
    route = respx.get(first).mock(
        side_effect=[
            respx.MockResponse(200, json=_page([1], f"{first}?cursor=c2")),
            respx.MockResponse(200, json=_page([2], None)),
        ]
    )
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        params = {"startDate": "2024-01-01T00:00:00Z", "endDate": "2024-01-02T00:00:00Z"}
        async with _stream(te, params) as stream:
            assert [r async for r in stream] == [1, 2]
    assert dict(route.calls[1].request.url.params) == {"cursor": "c2"}


@pytest.mark.asyncio
@respx.mock
async def test_a_link_to_another_host_is_not_followed() -> None:
    first = f"{BASE}/v7/test-results/1/network"
    respx.get(first).respond(200, json=_page([1], "https://evil.example.com/v7/x?cursor=c"))
    async with (
        AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te,
        _stream(te, {}) as stream,
    ):
        assert await anext(stream) == 1
        with pytest.raises(ThousandEyesError, match="refusing to send credentials"):
            await anext(stream)


@pytest.mark.asyncio
@respx.mock
async def test_a_relative_or_repeated_link_is_named_as_the_v7_link() -> None:
    first = f"{BASE}/v7/test-results/1/network"
    respx.get(first).respond(200, json=_page([1], "/v7/x?cursor=c"))
    async with (
        AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te,
        _stream(te, {}) as stream,
    ):
        assert await anext(stream) == 1
        with pytest.raises(APIError, match=r"_links\.next\.href"):
            await anext(stream)
    again = f"{first}?cursor=same"
    respx.get(first).mock(
        side_effect=[
            respx.MockResponse(200, json=_page([1], again)),
            respx.MockResponse(200, json=_page([2], again)),
        ]
    )
    async with (
        AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te,
        _stream(te, {}) as stream,
    ):
        with pytest.raises(ThousandEyesError, match=r"_links\.next\.href .* a second time"):
            [r async for r in stream]
