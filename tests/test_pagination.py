"""RecordStream: pages in order, look-ahead of one page, and clean stopping.

These tests use a small stand-in page format so that pagination is tested on its
own; the resource tests run the real endpoint formats through the same stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import warnings
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import anyio
import attrs
import httpx
import pytest
import respx
import sniffio
import trio.lowlevel
import trio.testing
from hypothesis import given, settings
from hypothesis import strategies as st

from thousandeyes_async import (
    APIError,
    AsyncThousandEyesV6,
    NotFoundError,
    Priority,
    ResponseDecodeError,
    ThousandEyesError,
)
from thousandeyes_async._pagination import (
    LOOKAHEAD_TASK_NAME,
    RecordStream,
    next_page_url,
    page_fetcher,
)

BASE = "https://api.thousandeyes.com"
SECRET = "s3cr3t-token-value-9f8e7d"  # the conftest client's token
URL = f"{BASE}/v6/net/metrics/817"
TEST = {"testId": 817, "testName": "http://www.thousandeyes.com", "type": "http-server"}


@attrs.frozen
class Metric:
    agent_id: int
    loss: float


class MetricsFormat:
    """The net/metrics body shape, structured into a tiny record."""

    def records_of(self, body: Mapping[str, Any], *, source: str) -> list[Any]:
        return list(body.get("net", {}).get("metrics", []))

    def test_of(self, body: Mapping[str, Any], *, source: str) -> Mapping[str, Any] | None:
        test: Mapping[str, Any] | None = body.get("net", {}).get("test")
        return test

    def structure(self, items: Sequence[Any], *, source: str, offset: int = 0) -> list[Metric]:
        out = []
        for index, item in enumerate(items, start=offset):
            loss = item.get("loss")
            if isinstance(loss, bool) or not isinstance(loss, int | float):
                raise ResponseDecodeError(
                    "loss is not a number", endpoint=source, path=f"net.metrics[{index}].loss"
                )
            out.append(Metric(item["agentId"], float(loss)))
        return out


def metric(n: int) -> dict[str, Any]:
    return {"agentId": n, "loss": n / 10, "unknownField": f"x{n}"}


def page_url(n: int) -> str:
    return f"{URL}?from=2024-03-01T00:00:00&to=2024-03-02T00:00:00&page={n}"


def body(n: int, records: list[dict[str, Any]], *, last: bool) -> dict[str, Any]:
    pages: dict[str, Any] = {"current": n}
    if not last:
        pages["next"] = page_url(n + 1)
    return {"net": {"test": TEST, "metrics": records}, "pages": pages}


class PagedServer:
    """Answers page n from ``responses[n - 1]`` and records every request."""

    def __init__(self, responses: list[dict[str, Any] | httpx.Response]) -> None:
        self.responses = responses
        self.requests: list[httpx.Request] = []
        self.block_from: int | None = None
        self.blocked: list[str] = []

    def page_of(self, request: httpx.Request) -> int:
        return int(request.url.params.get("page", "1"))

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        n = self.page_of(request)
        if self.block_from is not None and n >= self.block_from:
            try:
                await anyio.sleep_forever()
            finally:
                self.blocked.append(f"page {n} cancelled")
        answer = self.responses[n - 1]
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, json=answer)

    @property
    def pages_requested(self) -> list[int]:
        return [self.page_of(r) for r in self.requests]


def three_pages() -> list[dict[str, Any] | httpx.Response]:
    return [
        body(1, [metric(1), metric(2)], last=False),
        body(2, [metric(3), metric(4)], last=False),
        body(3, [metric(5)], last=True),
    ]


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        yield mock


def serve(router: respx.MockRouter, pages: list[dict[str, Any] | httpx.Response]) -> PagedServer:
    server = PagedServer(pages)
    router.get(url__startswith=URL).mock(side_effect=server)
    return server


def structure_test_stand_in(raw_test: Mapping[str, Any], endpoint: str) -> Any:
    if type(raw_test["testId"]) is not int:
        raise ResponseDecodeError("not an id", endpoint=endpoint, path="net.test.testId")
    return ("TestInfo", raw_test["testId"])


def stream_of(
    client: AsyncThousandEyesV6,
    *,
    params: dict[str, Any] | None = None,
    raw: bool = False,
    prefetch: bool = True,
) -> RecordStream[Any]:
    fetch = page_fetcher(
        client._calls,
        "net/metrics/817",
        params=params if params is not None else {"window": "1d"},
        priority=Priority.BULK,
    )
    return RecordStream(
        fetch,
        MetricsFormat(),
        source="GET net/metrics/817",
        raw=raw,
        prefetch=prefetch,
        structure_test=structure_test_stand_in,
    )


async def collect(stream: RecordStream[Any]) -> list[Any]:
    return [record async for record in stream]


async def drain_into(seen: list[Any], stream: RecordStream[Any]) -> None:
    async for record in stream:
        seen.append(record)


# -- order and completeness ---------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("prefetch", [True, False])
async def test_three_pages_in_server_order(
    client: AsyncThousandEyesV6, router: respx.MockRouter, prefetch: bool
) -> None:
    server = serve(router, three_pages())
    stream = stream_of(client, prefetch=prefetch)
    records = await collect(stream)
    assert records == [Metric(n, n / 10) for n in range(1, 6)]
    assert server.pages_requested == [1, 2, 3]
    assert stream.pages == 3
    assert stream.test == ("TestInfo", 817)


@pytest.mark.asyncio
async def test_an_empty_page_in_the_middle_is_followed(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    serve(
        router,
        [
            body(1, [metric(1)], last=False),
            body(2, [], last=False),
            body(3, [metric(3)], last=True),
        ],
    )
    assert await collect(stream_of(client)) == [Metric(1, 0.1), Metric(3, 0.3)]


@pytest.mark.asyncio
async def test_a_single_empty_page_yields_nothing(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, [{"net": {"test": TEST, "metrics": []}, "pages": {"current": 1}}])
    stream = stream_of(client)
    assert await collect(stream) == []
    assert server.pages_requested == [1]
    assert stream.test == ("TestInfo", 817)


@pytest.mark.asyncio
async def test_an_empty_next_is_the_last_page(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    # Seed 000's sample shows "next": "" on a final page.
    server = serve(router, [{"net": {"metrics": [metric(1)]}, "pages": {"current": 1, "next": ""}}])
    assert await collect(stream_of(client)) == [Metric(1, 0.1)]
    assert server.pages_requested == [1]


@pytest.mark.asyncio
async def test_next_is_followed_as_an_absolute_url_with_the_servers_from_to(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    await collect(stream_of(client, params={"window": "1d", "aid": 75, "direction": "TO_TARGET"}))
    first, second, third = server.requests
    assert first.url.params["window"] == "1d"
    assert "from" not in first.url.params
    for request in (second, third):
        # The window became the server's from/to: sending it again would be a 400.
        assert "window" not in request.url.params
        assert request.url.params["from"] == "2024-03-01T00:00:00"
        assert request.url.params["to"] == "2024-03-02T00:00:00"
        assert request.url.params["aid"] == "75"
        assert request.url.params["direction"] == "TO_TARGET"
        assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert [r.url.params["page"] for r in (second, third)] == ["2", "3"]


@pytest.mark.asyncio
async def test_next_on_another_host_is_refused_after_the_first_pages_records(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    evil = router.get(url__startswith="https://evil.example").mock(
        return_value=httpx.Response(200, json={})
    )
    first = body(1, [metric(1)], last=True)
    first["pages"]["next"] = "https://evil.example/v6/net/metrics/817?page=2"
    serve(router, [first])
    stream = stream_of(client)
    seen: list[Any] = []
    with pytest.raises(ThousandEyesError, match="refusing to send credentials"):
        await drain_into(seen, stream)
    assert seen == [Metric(1, 0.1)]
    assert evil.call_count == 0


@pytest.mark.asyncio
async def test_a_repeated_next_stops_instead_of_looping(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    looping = body(2, [metric(2)], last=False)
    looping["pages"]["next"] = page_url(2)
    server = serve(router, [body(1, [metric(1)], last=False), looping])
    seen: list[Any] = []
    with pytest.raises(ThousandEyesError, match="a second time"):
        await drain_into(seen, stream_of(client))
    assert seen == [Metric(1, 0.1), Metric(2, 0.2)]
    assert server.pages_requested == [1, 2]


# -- raw mode -------------------------------------------------------------------


@pytest.mark.asyncio
async def test_raw_mode_yields_the_servers_dicts_untouched(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    serve(router, three_pages())
    stream = stream_of(client, raw=True)
    records = await collect(stream)
    assert records == [metric(n) for n in range(1, 6)]
    assert all(type(r) is dict for r in records)
    assert stream.test == TEST


@pytest.mark.asyncio
async def test_raw_mode_does_not_structure(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    broken = {"agentId": 1, "loss": "not a number"}
    serve(router, [body(1, [broken], last=True)])
    assert await collect(stream_of(client, raw=True)) == [broken]


# -- errors ---------------------------------------------------------------------


@pytest.mark.asyncio
async def test_an_error_on_page_two_comes_after_page_ones_records(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(
        router,
        [body(1, [metric(1), metric(2)], last=False), httpx.Response(404, json={"error": "gone"})],
    )
    stream = stream_of(client)
    seen: list[Any] = []
    with pytest.raises(NotFoundError) as caught:
        await drain_into(seen, stream)
    assert seen == [Metric(1, 0.1), Metric(2, 0.2)]
    assert caught.value.status_code == 404
    # The error ends the stream: no silent retry of the failed page.
    assert await collect(stream) == []
    assert server.pages_requested == [1, 2]


@pytest.mark.asyncio
async def test_a_broken_record_comes_after_the_records_before_it(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    page2 = [metric(3), {"agentId": 4, "loss": "lots"}, metric(5)]
    serve(router, [body(1, [metric(1)], last=False), body(2, page2, last=True)])
    seen: list[Any] = []
    with pytest.raises(ResponseDecodeError) as caught:
        await drain_into(seen, stream_of(client))
    assert seen == [Metric(1, 0.1), Metric(3, 0.3)]
    # The index counts records across pages; the page is in the endpoint text.
    assert caught.value.path == "net.metrics[2].loss"
    assert caught.value.endpoint == "GET net/metrics/817 (page 2)"


@pytest.mark.asyncio
async def test_a_real_endpoints_error_path_counts_records_across_pages(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    def record(agent: int, loss: Any) -> dict[str, Any]:
        return {"agentId": agent, "roundId": 1384309800, "loss": loss}

    serve(
        router,
        [
            body(1, [record(1, 0.0), record(2, 0.0)], last=False),
            body(2, [], last=False),
            body(3, [record(3, 0.0), record(4, "lots")], last=True),
        ],
    )
    seen: list[Any] = []
    with pytest.raises(ResponseDecodeError) as caught:
        await drain_into(seen, client.net.metrics(817, window="1d"))
    assert [m.agent_id for m in seen] == [1, 2, 3]
    assert caught.value.path == "net.metrics[3].loss"
    assert caught.value.endpoint == "GET /v6/net/metrics/817 (page 3)"


@pytest.mark.asyncio
async def test_bad_test_metadata_comes_after_the_first_pages_records(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    first = body(1, [metric(1), metric(2)], last=False)
    first["net"]["test"] = {**TEST, "testId": "817"}
    server = serve(router, [first, *three_pages()[1:]])
    seen: list[Any] = []
    with pytest.raises(ResponseDecodeError) as caught:
        await drain_into(seen, stream_of(client))
    assert seen == [Metric(1, 0.1), Metric(2, 0.2)]
    assert caught.value.path == "net.test.testId"
    assert caught.value.endpoint == "GET net/metrics/817 (page 1)"
    assert server.pages_requested[0] == 1


@pytest.mark.asyncio
async def test_bad_test_metadata_of_a_real_endpoint_names_the_request_page_and_path(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    first = body(1, [{"agentId": 1, "roundId": 1384309800, "loss": 0.5}], last=True)
    first["net"]["test"] = {**TEST, "testId": "817"}
    serve(router, [first])
    seen: list[Any] = []
    with pytest.raises(ResponseDecodeError) as caught:
        await drain_into(seen, client.net.metrics(817, window="1d"))
    assert [(m.agent_id, m.loss) for m in seen] == [(1, 0.5)]
    assert caught.value.path == "net.test.testId"
    assert caught.value.endpoint == "GET /v6/net/metrics/817 (page 1)"


@pytest.mark.asyncio
async def test_a_test_object_of_the_wrong_shape_names_the_request_and_page(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    first = body(1, [{"agentId": 1, "roundId": 1384309800, "loss": 0.5}], last=True)
    first["net"]["test"] = [817]
    serve(router, [first])
    seen: list[Any] = []
    with pytest.raises(ResponseDecodeError) as caught:
        await drain_into(seen, client.net.metrics(817, window="1d"))
    assert len(seen) == 1
    assert caught.value.path == "net.test"
    assert caught.value.endpoint == "GET /v6/net/metrics/817 (page 1)"


@pytest.mark.asyncio
async def test_two_failures_on_one_page_are_both_reported(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    first = body(1, [metric(1), {"agentId": 2, "loss": "lots"}], last=True)
    first["net"]["test"] = {**TEST, "testId": "817"}
    first["pages"]["next"] = 2
    serve(router, [first])
    seen: list[Any] = []
    with pytest.raises(ResponseDecodeError) as caught:
        await drain_into(seen, stream_of(client))
    assert seen == [Metric(1, 0.1)]
    assert caught.value.path == "pages.next"
    notes = "\n".join(caught.value.__notes__)
    assert "net.test.testId" in notes
    assert "net.metrics[1].loss" in notes


@pytest.mark.asyncio
async def test_a_page_that_fails_to_decode_cancels_the_look_ahead_at_once(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(
        router,
        [body(1, [metric(1), {"agentId": 2, "loss": "lots"}], last=False), *three_pages()[1:]],
    )
    server.block_from = 2
    tasks_before = asyncio.all_tasks()
    stream = stream_of(client)
    assert await anext(stream) == Metric(1, 0.1)
    # The error is still to come, but the page it ends on is not wanted any more.
    assert server.blocked == ["page 2 cancelled"]
    assert asyncio.all_tasks() == tasks_before
    with pytest.raises(ResponseDecodeError, match=r"net\.metrics\[1\]\.loss"):
        await anext(stream)
    assert server.pages_requested == [1, 2]


@pytest.mark.asyncio
async def test_bad_test_metadata_starts_no_look_ahead(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    first = body(1, [metric(1)], last=False)
    first["net"]["test"] = {**TEST, "testId": "817"}
    server = serve(router, [first, *three_pages()[1:]])
    stream = stream_of(client)
    assert await anext(stream) == Metric(1, 0.1)
    await settle()
    assert server.pages_requested == [1]
    with pytest.raises(ResponseDecodeError, match=r"net\.test\.testId"):
        await anext(stream)
    assert server.pages_requested == [1]


@pytest.mark.asyncio
async def test_a_body_that_is_not_an_object_is_a_decode_error(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    router.get(url__startswith=URL).mock(return_value=httpx.Response(200, json=[1, 2]))
    with pytest.raises(ResponseDecodeError, match="expected a JSON object"):
        await collect(stream_of(client))


def test_next_page_url_reads_pages_next() -> None:
    assert next_page_url({"pages": {"current": 1, "next": "https://x/v6/a?page=2"}}) == (
        "https://x/v6/a?page=2"
    )
    assert next_page_url({"pages": {"current": 1}}) is None
    assert next_page_url({"pages": {"next": None}}) is None
    assert next_page_url({}) is None
    with pytest.raises(ResponseDecodeError):
        next_page_url({"pages": {"next": 2}})
    with pytest.raises(ResponseDecodeError):
        next_page_url({"pages": []})


# -- look-ahead and stopping (asyncio) ------------------------------------------


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_the_next_page_is_fetched_while_the_caller_holds_the_current_one(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    stream = stream_of(client)
    assert await anext(stream) == Metric(1, 0.1)
    await settle()  # the caller is busy with its record
    assert server.pages_requested == [1, 2]
    await stream.aclose()


@pytest.mark.asyncio
async def test_without_prefetch_pages_are_fetched_on_demand(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    stream = stream_of(client, prefetch=False)
    assert await anext(stream) == Metric(1, 0.1)
    await settle()
    assert server.pages_requested == [1]
    await stream.aclose()


def _trio_tasks(task: Any) -> Iterator[Any]:
    yield task
    for nursery in task.child_nurseries:
        for child in nursery.child_tasks:
            yield from _trio_tasks(child)


def lookahead_tasks() -> list[Any]:
    """The look-ahead tasks alive now, on whichever event loop runs the test."""
    if sniffio.current_async_library() == "trio":
        root = trio.lowlevel.current_root_task()
        return [task for task in _trio_tasks(root) if task.name == LOOKAHEAD_TASK_NAME]
    return [task for task in asyncio.all_tasks() if task.get_name() == LOOKAHEAD_TASK_NAME]


@pytest.mark.asyncio
@pytest.mark.parametrize("prefetch", [True, False])
async def test_break_fetches_nothing_beyond_the_one_look_ahead_page(
    client: AsyncThousandEyesV6, router: respx.MockRouter, prefetch: bool
) -> None:
    # Page 2 never answers: a look-ahead still running after the break would show.
    server = serve(router, three_pages())
    server.block_from = 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async for _record in stream_of(client, prefetch=prefetch):
            await settle()
            break
        # No gc.collect(): the temporary stream is dropped by the break itself.
        await settle()
    assert server.pages_requested == ([1, 2] if prefetch else [1])
    assert server.blocked == (["page 2 cancelled"] if prefetch else [])
    assert lookahead_tasks() == []
    resource_warnings = [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert len(resource_warnings) == (1 if prefetch else 0)


@pytest.mark.asyncio
async def test_aclose_cancels_the_look_ahead_request_and_waits_for_it(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    server.block_from = 2
    tasks_before = asyncio.all_tasks()
    stream = stream_of(client)
    assert await anext(stream) == Metric(1, 0.1)
    await settle()
    assert server.pages_requested == [1, 2]
    assert server.blocked == []
    await stream.aclose()
    assert server.blocked == ["page 2 cancelled"]
    assert asyncio.all_tasks() == tasks_before
    assert await collect(stream) == []
    assert server.pages_requested == [1, 2]


@pytest.mark.asyncio
async def test_leaving_async_with_cancels_the_look_ahead_and_leaves_no_task(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    server.block_from = 2
    tasks_before = asyncio.all_tasks()
    async with stream_of(client) as stream:
        async for record in stream:
            assert record == Metric(1, 0.1)
            await settle()
            break
        assert server.pages_requested == [1, 2]
    assert server.blocked == ["page 2 cancelled"]
    assert asyncio.all_tasks() == tasks_before


@pytest.mark.asyncio
async def test_an_exception_in_the_body_of_async_with_cancels_the_look_ahead(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    server.block_from = 2

    async def consume_and_fail() -> None:
        async with stream_of(client) as stream:
            async for _record in stream:
                await settle()
                raise KeyError("the caller failed")

    with pytest.raises(KeyError):
        await consume_and_fail()
    assert server.blocked == ["page 2 cancelled"]


@pytest.mark.asyncio
async def test_a_dropped_stream_cancels_its_look_ahead(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    server.block_from = 2
    tasks_before = asyncio.all_tasks()
    stream = stream_of(client)
    async for _record in stream:
        await settle()
        break
    assert server.pages_requested == [1, 2]
    with pytest.warns(ResourceWarning, match="dropped with its look-ahead request running"):
        del stream
    await settle()
    assert server.blocked == ["page 2 cancelled"]
    assert asyncio.all_tasks() == tasks_before


@pytest.mark.asyncio
async def test_a_stream_collected_in_another_thread_still_cancels_its_look_ahead(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    server.block_from = 2
    holder = [stream_of(client)]
    assert await anext(holder[0]) == Metric(1, 0.1)
    await settle()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dropper = threading.Thread(target=holder.clear)
        dropper.start()
        dropper.join()
    assert [w.category for w in caught] == [ResourceWarning]
    await settle()
    assert server.blocked == ["page 2 cancelled"]
    assert lookahead_tasks() == []


@pytest.mark.asyncio
async def test_a_caller_cancelled_during_a_request_can_iterate_again(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    server = serve(router, three_pages())
    server.block_from = 1
    stream = stream_of(client, prefetch=False)
    with anyio.move_on_after(0.05):
        await anext(stream)
    assert server.blocked == ["page 1 cancelled"]
    server.block_from = None
    assert await collect(stream) == [Metric(n, n / 10) for n in range(1, 6)]
    assert server.pages_requested == [1, 1, 2, 3]


@pytest.mark.asyncio
async def test_a_stream_cannot_be_entered_after_iteration_started(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    serve(router, three_pages())
    stream = stream_of(client)
    await anext(stream)
    with pytest.raises(RuntimeError, match="before iterating"):
        async with stream:
            pass
    await stream.aclose()


# -- the same under trio, in virtual time ---------------------------------------


@pytest.fixture(
    params=[
        pytest.param(("asyncio", {}), id="asyncio"),
        pytest.param(("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)}), id="trio"),
    ]
)
def anyio_backend(request: pytest.FixtureRequest) -> Any:
    return request.param


@pytest.mark.anyio
@pytest.mark.parametrize("use_async_with", [True, False])
async def test_look_ahead_is_cancelled_on_every_backend(
    router: respx.MockRouter, use_async_with: bool
) -> None:
    server = serve(router, three_pages())
    server.block_from = 2
    async with AsyncThousandEyesV6(token=SECRET, max_retries=0) as client:
        stream = stream_of(client)
        if use_async_with:
            async with stream:
                assert await anext(stream) == Metric(1, 0.1)
                await anyio.wait_all_tasks_blocked()
                assert server.pages_requested == [1, 2]
        else:
            assert await anext(stream) == Metric(1, 0.1)
            await anyio.wait_all_tasks_blocked()
            assert server.pages_requested == [1, 2]
            await stream.aclose()
    assert server.blocked == ["page 2 cancelled"]


@pytest.mark.anyio
@pytest.mark.parametrize("how", ["aclose", "async with", "aclosing"])
async def test_no_look_ahead_task_or_request_outlives_closing(
    router: respx.MockRouter, how: str
) -> None:
    server = serve(router, three_pages())
    server.block_from = 2
    async with AsyncThousandEyesV6(token=SECRET, max_retries=0) as client:
        stream = stream_of(client)
        if how == "aclose":
            assert await anext(stream) == Metric(1, 0.1)
            await anyio.wait_all_tasks_blocked()
            assert len(lookahead_tasks()) == 1
            await stream.aclose()
        else:
            scope = stream if how == "async with" else contextlib.aclosing(stream)
            async with scope:
                async for record in stream:
                    assert record == Metric(1, 0.1)
                    await anyio.wait_all_tasks_blocked()
                    assert len(lookahead_tasks()) == 1
                    break
        # Right away: not a turn of the event loop later.
        assert lookahead_tasks() == []
        assert server.blocked == ["page 2 cancelled"]
    assert server.pages_requested == [1, 2]


@pytest.mark.anyio
async def test_a_bare_async_for_with_break_cancels_its_look_ahead_deterministically(
    router: respx.MockRouter,
) -> None:
    # The everyday form: the stream is a temporary of the loop, dropped by the break.
    pages = [
        body(n, [{"agentId": n, "roundId": 1384309800, "loss": 0.0}], last=n == 3)
        for n in (1, 2, 3)
    ]
    server = serve(router, list(pages))
    server.block_from = 2
    async with AsyncThousandEyesV6(token=SECRET, max_retries=0) as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            async for metric_record in client.net.metrics(817, window="1d"):
                assert metric_record.agent_id == 1
                await anyio.wait_all_tasks_blocked()
                assert len(lookahead_tasks()) == 1
                break
        (warning,) = caught
        assert warning.category is ResourceWarning
        assert "async with stream" in str(warning.message)
        assert server.blocked == []  # cancelled, delivered on the next turn
        await anyio.wait_all_tasks_blocked()
        assert server.blocked == ["page 2 cancelled"]
        assert lookahead_tasks() == []
    assert server.pages_requested == [1, 2]


@pytest.mark.anyio
@pytest.mark.parametrize("use_async_with", [True, False])
async def test_the_look_ahead_goes_out_while_a_busy_caller_never_awaits(
    router: respx.MockRouter, use_async_with: bool
) -> None:
    # A caller doing CPU work on each record gives the event loop no turn; the
    # look-ahead request must have been sent before its first record is handed over.
    server = serve(router, three_pages())
    async with AsyncThousandEyesV6(token=SECRET, max_retries=0) as client:
        stream = stream_of(client)
        if use_async_with:
            async with stream:
                assert await anext(stream) == Metric(1, 0.1)
                assert server.pages_requested == [1, 2]
        else:
            assert await anext(stream) == Metric(1, 0.1)
            assert server.pages_requested == [1, 2]
            await stream.aclose()


@pytest.mark.anyio
async def test_three_pages_on_every_backend(router: respx.MockRouter) -> None:
    server = serve(router, three_pages())
    async with AsyncThousandEyesV6(token=SECRET, max_retries=0) as client:
        assert await collect(stream_of(client)) == [Metric(n, n / 10) for n in range(1, 6)]
        async with stream_of(client, raw=True) as stream:
            assert [r["agentId"] async for r in stream] == [1, 2, 3, 4, 5]
    assert server.pages_requested == [1, 2, 3, 1, 2, 3]


# -- any split into pages -------------------------------------------------------


def pages_of(split: list[list[int]]) -> list[dict[str, Any] | httpx.Response]:
    last = len(split)
    return [
        body(n, [metric(agent) for agent in agents], last=n == last)
        for n, agents in enumerate(split, start=1)
    ]


def run_with_pages(split: list[list[int]], consume: Any) -> tuple[Any, list[int]]:
    async def main() -> tuple[Any, list[int]]:
        with respx.mock(assert_all_called=False) as mock:
            server = serve(mock, pages_of(split))
            async with AsyncThousandEyesV6(token=SECRET, max_retries=0) as te:
                result = await consume(te)
            await settle()
            return result, server.pages_requested

    return asyncio.run(main())


page_splits = st.lists(st.lists(st.integers(1, 10**6), max_size=4), min_size=1, max_size=6)


@given(split=page_splits, prefetch=st.booleans(), raw=st.booleans())
@settings(max_examples=60, deadline=None)
def test_any_split_into_pages_comes_out_whole_and_in_order(
    split: list[list[int]], prefetch: bool, raw: bool
) -> None:
    async def consume(te: AsyncThousandEyesV6) -> list[Any]:
        return await collect(stream_of(te, raw=raw, prefetch=prefetch))

    records, requested = run_with_pages(split, consume)
    agents = [agent for page_agents in split for agent in page_agents]
    if raw:
        assert records == [metric(agent) for agent in agents]
    else:
        assert records == [Metric(agent, agent / 10) for agent in agents]
    assert requested == list(range(1, len(split) + 1))


@given(split=page_splits, stop_after=st.integers(1, 12), prefetch=st.booleans())
@settings(max_examples=60, deadline=None)
def test_stopping_early_fetches_at_most_one_page_ahead(
    split: list[list[int]], stop_after: int, prefetch: bool
) -> None:
    async def consume(te: AsyncThousandEyesV6) -> tuple[list[Any], int]:
        seen: list[Any] = []
        async with stream_of(te, prefetch=prefetch) as stream:
            async for record in stream:
                seen.append(record)
                await settle()
                if len(seen) == stop_after:
                    break
            return seen, stream.pages

    (seen, pages_read), requested = run_with_pages(split, consume)
    agents = [agent for page_agents in split for agent in page_agents]
    assert seen == [Metric(agent, agent / 10) for agent in agents[:stop_after]]
    ahead = 1 if prefetch and pages_read < len(split) else 0
    assert requested == list(range(1, pages_read + ahead + 1))


@pytest.mark.parametrize("link", ["/v6/net/metrics/817?page=2", "net/metrics/817?page=2", "ftp:x"])
@pytest.mark.asyncio
async def test_a_next_link_that_is_not_an_absolute_url_is_an_api_error_naming_it(
    client: AsyncThousandEyesV6, router: respx.MockRouter, link: str
) -> None:
    page = {"net": {"test": TEST, "metrics": [metric(1)]}, "pages": {"current": 1, "next": link}}
    server = serve(router, [page])
    stream = stream_of(client)
    seen: list[Any] = []

    async def read_all() -> None:
        async with stream:
            async for record in stream:
                seen.append(record)

    with pytest.raises(APIError, match="not an absolute http") as caught:
        await read_all()
    assert repr(link) in str(caught.value)
    assert seen == [Metric(1, 0.1)]  # the page's records come out first
    assert server.pages_requested == [1]
