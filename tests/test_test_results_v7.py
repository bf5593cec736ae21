"""``te.test_results`` end to end against the emulator: every operation, across pages."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, get_args, get_type_hints

import pytest
import respx
import trio.testing

from thousandeyes_async import (
    AsyncThousandEyes,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RecordStream,
    ResponseDecodeError,
)
from thousandeyes_async.models._converter_v7 import unstructure_v7
from thousandeyes_async.models.v7 import test_results
from thousandeyes_async.models.v7.shared import SimpleTest
from thousandeyes_async.ratelimit import UnlimitedLimiter
from thousandeyes_async.ratelimit._api import Permit, Priority, RequestInfo
from thousandeyes_async.resources._test_results import OPERATIONS, TestResultsResource
from thousandeyes_async.resources._v7_streams import results_operation
from thousandeyes_async.testing import (
    DEFAULT_ACCOUNT_GROUP,
    DEFAULT_START_EPOCH,
    TEST_TYPES,
    V7_ONLY_TYPES,
    DataSpec,
    ThousandEyesEmulator,
)

from .conftest import BASE, SECRET

pytestmark = pytest.mark.anyio

NOW = datetime.fromtimestamp(DEFAULT_START_EPOCH, tz=UTC)
START = NOW - timedelta(hours=6)
PAGE_SIZE = 10
# Test ids of the organization below, one per type in TEST_TYPES + V7_ONLY_TYPES order.
A2S, A2A, BGP, HTTP, PAGE_LOAD, TRANSACTIONS, FTP, DNS_TRACE = range(1001, 1009)
DNS_SERVER, DNSSEC, SIP, VOICE, API = range(1009, 1014)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator() -> ThousandEyesEmulator:
    types = (*TEST_TYPES, *V7_ONLY_TYPES)
    return ThousandEyesEmulator(
        data=DataSpec(tests=len(types), test_types=types, api_tests=0), page_size=PAGE_SIZE
    )


async def _read(stream: RecordStream[Any]) -> list[Any]:
    async with stream:
        return [record async for record in stream]


# (method, test id, v7 path below the test, keyword arguments)
RANGE_CASES = [
    ("network", A2S, "network", {}),
    ("network", A2A, "network", {"direction": "from-target"}),
    ("path_vis", A2S, "path-vis", {}),
    ("path_vis", A2A, "path-vis", {}),
    ("http_server", HTTP, "http-server", {}),
    ("http_server", HTTP, "http-server", {"expand": ["header", "certificate"]}),
    ("page_load", PAGE_LOAD, "page-load", {}),
    ("web_transactions", TRANSACTIONS, "web-transactions", {}),
    ("api", API, "api", {}),
    ("ftp_server", FTP, "ftp-server", {}),
    ("dns_trace", DNS_TRACE, "dns-trace", {}),
    ("dns_server", DNS_SERVER, "dns-server", {}),
    ("dnssec", DNSSEC, "dnssec", {}),
    ("sip_server", SIP, "sip-server", {}),
    ("rtp_server", VOICE, "rtp-server", {}),
    ("bgp", BGP, "bgp", {}),
]


@pytest.mark.parametrize(("method", "test_id", "path", "kwargs"), RANGE_CASES)
async def test_every_range_operation_streams_the_expected_records_across_pages(
    method: str, test_id: int, path: str, kwargs: dict[str, Any]
) -> None:
    emulator = _emulator()
    query = {k: ",".join(v) if isinstance(v, list) else v for k, v in kwargs.items()}
    expected = emulator.expected_records(
        f"v7/test-results/{test_id}/{path}", start=START, end=NOW, **query
    )
    assert len(expected) > PAGE_SIZE  # the stream has to follow _links.next
    async with emulator.client(api_version="v7") as te:
        call = getattr(te.test_results, method)
        raw = call(test_id, start=START, end=NOW, raw=True, **kwargs)
        assert await _read(raw) == expected
        assert raw.pages == math.ceil(len(expected) / PAGE_SIZE)
        assert raw.test["testId"] == str(test_id)
        typed = call(str(test_id), start=START, end=NOW, **kwargs)
        records = await _read(typed)
    item = results_operation(method, OPERATIONS[method][1]).item
    assert all(type(record) is item for record in records)
    # Structured records give the server's JSON back: nothing lost, nothing invented.
    assert [unstructure_v7(record) for record in records] == expected
    assert isinstance(typed.test, SimpleTest)
    assert typed.test.test_id == str(test_id)


async def test_dns_server_with_a_server_id_reads_that_server_only() -> None:
    emulator = _emulator()
    server = emulator.dataset.test(DNS_SERVER).dns_server_ids[1]
    expected = emulator.expected_records(
        f"v7/test-results/{DNS_SERVER}/dns-server/{server}", start=START, end=NOW
    )
    async with emulator.client(api_version="v7") as te:
        records = await _read(
            te.test_results.dns_server(DNS_SERVER, server, start=START, end=NOW, raw=True)
        )
    assert records == expected
    assert emulator.requests[0].path == f"/v7/test-results/{DNS_SERVER}/dns-server/{server}"


def _round(test_id: int, emulator: ThousandEyesEmulator) -> int:
    interval = emulator.dataset.test(test_id).interval
    return int((NOW - timedelta(hours=1)).timestamp()) // interval * interval


ROUND_CASES = [
    ("path_vis_round", A2A, "path-vis/agent/{agent}/round/{round}"),
    ("page_load_round", PAGE_LOAD, "page-load/agent/{agent}/round/{round}"),
    ("web_transactions_round", TRANSACTIONS, "web-transactions/agent/{agent}/round/{round}"),
    ("console_logs", TRANSACTIONS, "web-transactions/agent/{agent}/round/{round}/console-logs"),
    ("api_round", API, "api/agent/{agent}/round/{round}"),
]


@pytest.mark.parametrize(("method", "test_id", "path"), ROUND_CASES)
async def test_every_round_operation_reads_its_agent_and_round(
    method: str, test_id: int, path: str
) -> None:
    emulator = _emulator()
    agent, round_id = emulator.dataset.test(test_id).agent_ids[1], _round(test_id, emulator)
    async with emulator.client(api_version="v7") as te:
        call = getattr(te.test_results, method)
        raw = await _read(call(test_id, agent, round_id, raw=True))
        records = await _read(call(str(test_id), str(agent), str(round_id)))
        direct = await te.request(
            "GET", f"test-results/{test_id}/" + path.format(agent=agent, round=round_id)
        )
    assert raw == direct["results"]
    assert raw
    assert all(r.get("roundId", round_id) == round_id for r in raw)
    assert all(r.get("agent", {"agentId": str(agent)})["agentId"] == str(agent) for r in raw)
    assert [unstructure_v7(record) for record in records] == raw


async def test_web_transactions_page_and_bgp_routes_read_their_ids() -> None:
    emulator = _emulator()
    agent = emulator.dataset.test(TRANSACTIONS).agent_ids[0]
    round_id = _round(TRANSACTIONS, emulator)
    prefix, bgp_round = emulator.dataset.test(BGP).prefix_id, _round(BGP, emulator)
    async with emulator.client(api_version="v7") as te:
        page = await _read(te.test_results.web_transactions_page(TRANSACTIONS, agent, round_id, 0))
        routes = await _read(te.test_results.bgp_routes(BGP, prefix, bgp_round, raw=True))
    assert page
    assert routes
    assert {r["prefixId"] for r in routes} == {str(prefix)}
    paths = [entry.path for entry in emulator.requests]
    assert paths == [
        f"/v7/test-results/{TRANSACTIONS}/web-transactions/agent/{agent}/round/{round_id}/page/0",
        f"/v7/test-results/{BGP}/bgp/routes/prefix/{prefix}/round/{bgp_round}",
    ]


async def test_a_window_is_sent_as_is_and_the_cursor_keeps_the_range() -> None:
    emulator = _emulator()
    async with emulator.client(api_version="v7") as te:
        stream = te.test_results.network(A2S, window="6h", raw=True)
        records = await _read(stream)
    expected = emulator.expected_records(f"v7/test-results/{A2S}/network", start=START, end=NOW)
    assert records == expected
    first, *rest = emulator.requests
    assert first.query == "window=6h"
    assert rest
    assert all("cursor=" in entry.query and "window" not in entry.query for entry in rest)


async def test_the_account_group_is_sent_as_aid() -> None:
    emulator = _emulator()
    async with emulator.client(api_version="v7") as te:
        stream = te.test_results.network(A2S, window="6h", account_group_id=DEFAULT_ACCOUNT_GROUP)
        await _read(stream)
        with pytest.raises(PermissionDeniedError, match="not assigned to account group 75"):
            await _read(te.test_results.network(A2S, window="1h", account_group_id=75))
    assert stream.pages > 1
    assert all(f"aid={DEFAULT_ACCOUNT_GROUP}" in entry.query for entry in emulator.requests[:-1])


class _Recording(UnlimitedLimiter):
    def __init__(self) -> None:
        self.priorities: list[Priority] = []

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        self.priorities.append(priority)
        return await super().acquire(key, request, priority)


@pytest.mark.asyncio
@respx.mock
async def test_priority_reaches_the_limiter() -> None:
    respx.get(f"{BASE}/v7/test-results/5/network").respond(200, json={"results": []})
    limiter = _Recording()
    async with AsyncThousandEyes(token=SECRET, limiter=limiter, priority=Priority.BULK) as te:
        await _read(te.test_results.network(5))
        await _read(te.test_results.network(5, priority=Priority.INTERACTIVE))
    assert limiter.priorities == [Priority.BULK, Priority.INTERACTIVE]


async def test_emulator_problems_end_the_stream_with_the_mapped_error() -> None:
    emulator = _emulator()
    async with emulator.client(api_version="v7") as te:
        with pytest.raises(NotFoundError) as missing:
            await _read(te.test_results.network(99999, window="1h"))
        with pytest.raises(BadRequestError) as wrong_type:
            await _read(te.test_results.rtp_server(A2S, window="1h"))
    assert missing.value.detail == "no test with id 99999"
    assert [e.field for e in wrong_type.value.errors] == ["testId"]


# -- refused before any request ---------------------------------------------------


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "error"),
    [
        ("network", (A2S,), {"window": "1h", "start": START}, ValueError),
        ("network", (A2S,), {"end": NOW}, ValueError),
        ("network", (A2S,), {"window": "soon"}, ValueError),
        ("network", (A2S,), {"start": START.replace(tzinfo=None)}, ValueError),
        ("network", (A2S,), {"direction": "sideways"}, ValueError),
        ("path_vis", (A2S,), {"direction": "bidirectional"}, ValueError),
        ("page_load", (A2S,), {"direction": "to-target"}, TypeError),
        ("page_load", (A2S,), {"expand": ["header"]}, TypeError),
        ("http_server", (A2S,), {"expand": ["everything"]}, ValueError),
        ("path_vis_round", (A2S, 1, 900), {"window": "1h"}, TypeError),
        ("network", (0,), {}, ValueError),
        ("network", (-5,), {}, ValueError),
        ("network", ("",), {}, ValueError),
        ("network", ("1/../2",), {}, ValueError),
        ("network", ("12?x=1",), {}, ValueError),
        ("network", (True,), {}, TypeError),
        ("network", (1.5,), {}, TypeError),
        ("network", (A2S,), {"raw": 1}, TypeError),
        ("network", (A2S,), {"prefetch": "yes"}, TypeError),
        ("network", (A2S,), {"account_group_id": 0}, ValueError),
        ("network", (A2S,), {"wndow": "1h"}, TypeError),
        ("web_transactions_page", (A2S, 1, 900, -1), {}, ValueError),
        ("bgp_routes", (BGP, "p 1", 900), {}, ValueError),
    ],
)
@pytest.mark.asyncio
@respx.mock
async def test_bad_input_is_refused_before_any_request(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception]
) -> None:
    route = respx.route().respond(200, json={"results": []})
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        with pytest.raises(error):
            getattr(te.test_results, method)(*args, **kwargs)
    assert not route.called


@pytest.mark.asyncio
@respx.mock
async def test_v6_direction_names_and_enum_values_are_taken() -> None:
    from thousandeyes_async.resources._arguments import Direction

    route = respx.get(f"{BASE}/v7/test-results/5/network").respond(200, json={"results": []})
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        await _read(te.test_results.network(5, direction=Direction.FROM_TARGET))
        await _read(te.test_results.network(5, direction="BIDIRECTIONAL"))
    assert [call.request.url.params["direction"] for call in route.calls] == [
        "from-target",
        "bidirectional",
    ]


@pytest.mark.asyncio
@respx.mock
async def test_start_and_end_are_sent_as_iso_8601_utc() -> None:
    route = respx.get(f"{BASE}/v7/test-results/5/bgp").respond(200, json={"results": []})
    plus_two = datetime(2024, 1, 1, 2, 30, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))
    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        await _read(te.test_results.bgp(5, start=plus_two))
        await _read(te.test_results.bgp(5, start=plus_two, end=plus_two + timedelta(hours=1)))
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"startDate": "2024-01-01T02:30:00Z"},
        {"startDate": "2024-01-01T02:30:00Z", "endDate": "2024-01-01T03:30:00Z"},
    ]


def test_each_method_is_annotated_with_the_record_class_of_its_operation() -> None:
    # The module imports the records for type checkers only (so that binding a client
    # loads no area); the annotations name them as ``records``.
    hints = get_type_hints(TestResultsResource, localns={"records": test_results})
    assert set(OPERATIONS) <= set(hints)
    for method, (shape, operation_id) in OPERATIONS.items():
        annotated = hints[method]
        assert annotated.__origin__ is shape
        assert get_args(annotated) == (results_operation(method, operation_id).item,)


@pytest.mark.asyncio
@respx.mock
async def test_a_bad_record_is_named_by_its_path_across_pages_after_the_good_ones() -> None:
    url = f"{BASE}/v7/test-results/5/network"
    good = {"roundId": 1704063600, "loss": 0.0}
    pages = [
        {"results": [good, good], "_links": {"next": {"href": f"{url}?cursor=2"}}},
        {"results": [good, {"roundId": 1704063600, "loss": "lots"}, good]},
    ]
    respx.get(url).mock(side_effect=[respx.MockResponse(200, json=page) for page in pages])
    read: list[Any] = []

    async def consume(stream: RecordStream[Any]) -> None:
        async with stream:
            async for record in stream:
                read.append(record)

    async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
        with pytest.raises(ResponseDecodeError) as caught:
            await consume(te.test_results.network(5, prefetch=False))
    assert [r.loss for r in read] == [0.0, 0.0, 0.0]
    assert caught.value.path == "results[3].loss"
    assert caught.value.endpoint == "GET /v7/test-results/5/network (page 2)"
