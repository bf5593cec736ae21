"""``on_response``: watching every attempt without adding hooks to anyone's httpx client."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async import (
    AsyncThousandEyes,
    AsyncThousandEyesV6,
    ResponseEvent,
    UnlimitedLimiter,
)
from thousandeyes_async.export import (
    Exporter,
    ExportPlan,
    TestRef,
    TimeRange,
    make_sink,
    parse_data_kinds,
)

from .conftest import SECRET
from .export_fake import BASE, FakeServer

HOUR = 3600
START = 1_704_067_200


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


@pytest.mark.anyio
async def test_export_adds_no_hooks_to_the_users_http_client(tmp_path: Path) -> None:
    server = FakeServer()
    # Every 7th request meets a 429 once; the export must still tell them apart by kind.
    refused: list[int] = []

    def every_seventh(request: httpx.Request, count: int) -> httpx.Response | None:
        if count % 7 == 0:
            refused.append(count)
            return httpx.Response(429, json={"errorMessage": "slow down"})
        return None

    server.fault = every_seventh
    seen_hooks: list[tuple[int, int]] = []

    async def users_request_hook(request: httpx.Request) -> None:
        pass

    async def users_response_hook(response: httpx.Response) -> None:
        # Looked at while the export runs, not only once it is over.
        seen_hooks.append((len(http.event_hooks["request"]), len(http.event_hooks["response"])))

    http = httpx.AsyncClient(
        transport=httpx.MockTransport(server.handle),
        event_hooks={"request": [users_request_hook], "response": [users_response_hook]},
    )
    before = {name: list(hooks) for name, hooks in http.event_hooks.items()}
    plan = ExportPlan.build(
        [TestRef(1, "http-server"), TestRef(2, "http-server")],
        parse_data_kinds("net.metrics"),
        TimeRange(START, START + 3 * HOUR),
        slice="1h",
    )
    async with http:
        client = AsyncThousandEyesV6(
            token=SECRET,
            http_client=http,
            base_url=BASE,
            limiter=UnlimitedLimiter(),
            max_retries=10,
        )
        async with client:
            stats = await Exporter(client, plan, make_sink("jsonl"), tmp_path).run()
        assert {name: list(hooks) for name, hooks in http.event_hooks.items()} == before
    assert seen_hooks
    assert set(seen_hooks) == {(1, 1)}
    assert len(seen_hooks) == len(server.requests)
    # The export's numbers still come out right through the client's callback.
    assert refused
    assert stats.kinds["net.metrics"].rate_limited == len(refused) == stats.rate_limited
    assert stats.pages == 60
    # One GET tests first reads the server's clock; the export's own requests follow.
    assert server.requests[0].url.path == "/v6/tests"
    assert stats.requests == len(server.requests) - 1
    assert stats.windows == 1
    assert stats.sent_in_last_window == len(server.requests) - 1
    assert stats.budget_share() == 1.0


def _scripted(*answers: httpx.Response | Exception, delay: float = 0.0) -> httpx.MockTransport:
    queue = list(answers)

    async def answer(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(delay)
        item = queue.pop(0) if queue else httpx.Response(200, json={"ok": True})
        if isinstance(item, Exception):
            raise item
        return item

    return httpx.MockTransport(answer)


@pytest.mark.parametrize("cls", [AsyncThousandEyesV6, AsyncThousandEyes])
@pytest.mark.anyio
async def test_each_attempt_is_reported_with_status_timing_and_size(
    cls: type[AsyncThousandEyesV6] | type[AsyncThousandEyes],
) -> None:
    transport = _scripted(
        httpx.ConnectError("refused"),
        httpx.Response(429, headers={"Retry-After": "3"}, json={"errorMessage": "x"}),
        httpx.Response(200, json={"tests": []}),
        delay=2.0,
    )
    events: list[ResponseEvent] = []
    async with cls(token=SECRET, transport=transport, limiter=UnlimitedLimiter()) as te:
        te.on_response(events.append)
        assert await te.request("GET", "tests", params={"window": "1h"}) == {"tests": []}
    assert [e.attempt for e in events] == [0, 1, 2]
    assert [e.status_code for e in events] == [None, 429, 200]
    assert events[0].headers is None
    assert events[0].bytes_received == 0
    assert events[1].headers is not None
    assert events[1].headers["Retry-After"] == "3"
    assert events[2].bytes_received == len(b'{"tests":[]}')
    assert {e.method for e in events} == {"GET"}
    assert all(e.url.endswith("/tests?window=1h") for e in events)
    assert all(SECRET not in e.url and SECRET not in repr(e) for e in events)
    # Each answer took 2 virtual seconds; the retry after the 429 waited 3 more.
    assert [e.elapsed for e in events] == pytest.approx([2.0, 2.0, 2.0])
    assert events[2].sent_at - events[1].finished_at == pytest.approx(3.0)


@pytest.mark.anyio
async def test_a_failing_callback_is_logged_and_counted_and_the_call_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[int | None] = []

    def broken(event: ResponseEvent) -> None:
        raise RuntimeError("observer bug")

    async with AsyncThousandEyesV6(
        token=SECRET, transport=_scripted(), limiter=UnlimitedLimiter()
    ) as te:
        te.on_response(broken)
        te.on_response(lambda event: seen.append(event.status_code))
        with caplog.at_level(logging.ERROR, logger="thousandeyes_async"):
            assert await te.request("GET", "tests") == {"ok": True}
    assert seen == [200]
    assert te.stats.callback_errors == 1
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "response callback" in record.getMessage()
    assert record.exc_info is not None
    assert "observer bug" in str(record.exc_info[1])
    assert SECRET not in caplog.text


@pytest.mark.anyio
async def test_removing_a_callback_and_derived_clients() -> None:
    first: list[int | None] = []
    later: list[int | None] = []
    async with AsyncThousandEyesV6(
        token=SECRET, transport=_scripted(), limiter=UnlimitedLimiter()
    ) as te:
        with te.on_response(lambda event: first.append(event.status_code)):
            derived = te.with_options(max_retries=1)
            await te.request("GET", "tests")
        await te.request("GET", "tests")
        assert first == [200]
        # The derived client kept the callback registered when it was made ...
        await derived.request("GET", "tests")
        assert first == [200, 200]
        # ... and one registered on the parent afterwards is the parent's alone.
        hook = te.on_response(lambda event: later.append(event.status_code))
        await derived.request("GET", "tests")
        assert later == []
        await te.request("GET", "tests")
        assert later == [200]
        hook.remove()
        hook.remove()
        await te.request("GET", "tests")
        assert later == [200]
        with pytest.raises(TypeError, match="callable"):
            te.on_response("not a function")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_an_attempt_already_on_its_way_is_not_reported_with_a_made_up_time() -> None:
    events: list[ResponseEvent] = []
    te: AsyncThousandEyesV6

    async def answer(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(1.0)
        if not events and len(te._transport.observers) == 0:
            te.on_response(events.append)  # registered while this request is in flight
        return httpx.Response(200, json={})

    async with AsyncThousandEyesV6(
        token=SECRET, transport=httpx.MockTransport(answer), limiter=UnlimitedLimiter()
    ) as te:
        await te.request("GET", "tests")
        assert events == []
        await te.request("GET", "agents")
    [event] = events
    assert event.url.endswith("/agents")
    assert event.elapsed == pytest.approx(1.0)
