"""The resource groups: every endpoint of seed 001, and the calls around them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, get_overloads, get_type_hints

import httpx
import pytest
import respx

from thousandeyes_async import AsyncThousandEyesV6, Priority, ResponseDecodeError, ThousandEyesError
from thousandeyes_async._pagination import RecordStream
from thousandeyes_async.models import structure_test, unstructure
from thousandeyes_async.models.v6 import ENDPOINTS, Agent, InstantTest, Snapshot, Test
from thousandeyes_async.ratelimit import Permit, RequestInfo

V6 = "https://api.thousandeyes.com/v6"
FIXTURES = Path(__file__).parent / "fixtures"

StreamCall = Callable[..., RecordStream[Any]]

#: (endpoint name, how to call it, the path it must request)
ENDPOINT_CALLS: list[tuple[str, StreamCall, str]] = [
    ("net.metrics", lambda te, **kw: te.net.metrics(817, **kw), "net/metrics/817"),
    ("net.path_vis", lambda te, **kw: te.net.path_vis(817, **kw), "net/path-vis/817"),
    (
        "net.path_trace",
        lambda te, **kw: te.net.path_trace(817, 12, 1384310700, **kw),
        "net/path-vis/817/12/1384310700",
    ),
    ("net.bgp_metrics", lambda te, **kw: te.net.bgp_metrics(1137, **kw), "net/bgp-metrics/1137"),
    (
        "net.bgp_routes",
        lambda te, **kw: te.net.bgp_routes(1137, 27, 1413225900, **kw),
        "net/bgp-routes/1137/27/1413225900",
    ),
    ("web.http_server", lambda te, **kw: te.web.http_server(817, **kw), "web/http-server/817"),
    ("web.page_load", lambda te, **kw: te.web.page_load(818, **kw), "web/page-load/818"),
    (
        "web.page_load_detail",
        lambda te, **kw: te.web.page_load_detail(818, 12, 1384310700, **kw),
        "web/page-load/818/12/1384310700",
    ),
    (
        "web.transactions",
        lambda te, **kw: te.web.transactions(1161561, **kw),
        "web/web-transactions/1161561",
    ),
    (
        "web.transaction_detail",
        lambda te, **kw: te.web.transaction_detail(1161561, 12, 1573835400, **kw),
        "web/web-transactions/1161561/12/1573835400",
    ),
    (
        "web.transaction_components",
        lambda te, **kw: te.web.transaction_components(1161561, 12, 1573835400, 0, **kw),
        "web/web-transactions/1161561/12/1573835400/0",
    ),
    ("web.ftp_server", lambda te, **kw: te.web.ftp_server(367580, **kw), "web/ftp-server/367580"),
    ("dns.trace", lambda te, **kw: te.dns.trace(17594, **kw), "dns/trace/17594"),
    ("dns.server", lambda te, **kw: te.dns.server(821, **kw), "dns/server/821"),
    ("dns.dnssec", lambda te, **kw: te.dns.dnssec(822, **kw), "dns/dnssec/822"),
    (
        "voice.sip_server",
        lambda te, **kw: te.voice.sip_server(1661929, **kw),
        "voice/sip-server/1661929",
    ),
    (
        "voice.rtp_stream",
        lambda te, **kw: te.voice.rtp_stream(1661929, **kw),
        "voice/rtp-stream/1661929",
    ),
]
ENDPOINT_IDS = [name for name, _, _ in ENDPOINT_CALLS]
TEST = {"testId": 817, "testName": "http://www.thousandeyes.com", "type": "http-server"}


def sample_record(name: str, n: int) -> dict[str, Any]:
    if name.startswith("net.bgp_"):
        return {"monitorId": n, "prefixId": 27, "roundId": 1413225900, "newField": f"x{n}"}
    return {"agentId": n, "agentName": "Hong Kong", "roundId": 1384310700, "newField": f"x{n}"}


def page(name: str, records: list[dict[str, Any]], next_url: str | None = None) -> dict[str, Any]:
    endpoint = ENDPOINTS[name]
    pages: dict[str, Any] = {"current": 1}
    if next_url is not None:
        pages["next"] = next_url
    return {endpoint.group: {"test": TEST, endpoint.records_key: records}, "pages": pages}


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        yield mock


def test_the_table_covers_every_endpoint_of_the_models() -> None:
    assert list(ENDPOINTS) == ENDPOINT_IDS


@pytest.mark.parametrize("name", ENDPOINT_IDS)
def test_every_stream_method_is_typed_by_its_record_class(name: str) -> None:
    group, method_name = name.split(".")
    method = getattr(getattr(AsyncThousandEyesV6(token="t0ken-for-a-test"), group), method_name)
    returns = [get_type_hints(stub)["return"] for stub in get_overloads(method.__func__)]
    record_type = ENDPOINTS[name].record_type
    assert returns == [
        RecordStream[record_type],
        RecordStream[dict[str, Any]],
        RecordStream[record_type] | RecordStream[dict[str, Any]],
    ]


@pytest.mark.asyncio
@pytest.mark.parametrize(("name", "call", "path"), ENDPOINT_CALLS, ids=ENDPOINT_IDS)
async def test_every_endpoint_streams_structured_records(
    client: AsyncThousandEyesV6,
    router: respx.MockRouter,
    name: str,
    call: StreamCall,
    path: str,
) -> None:
    second = f"{V6}/{path}?from=2024-03-01T00:00:00&to=2024-03-02T00:00:00&page=2"
    router.get(second).mock(
        return_value=httpx.Response(200, json=page(name, [sample_record(name, 3)]))
    )
    first = router.get(f"{V6}/{path}").mock(
        return_value=httpx.Response(
            200, json=page(name, [sample_record(name, 1), sample_record(name, 2)], second)
        )
    )
    stream = call(client)
    records = [record async for record in stream]
    assert first.call_count == 1
    record_type = ENDPOINTS[name].record_type
    assert [type(r) for r in records] == [record_type] * 3
    assert [unstructure(r)["newField"] for r in records] == ["x1", "x2", "x3"]
    assert isinstance(stream.test, Test)
    assert stream.test.test_id == 817
    assert stream.pages == 2


@pytest.mark.asyncio
@pytest.mark.parametrize(("name", "call", "path"), ENDPOINT_CALLS, ids=ENDPOINT_IDS)
async def test_every_endpoint_streams_raw_dicts_untouched(
    client: AsyncThousandEyesV6,
    router: respx.MockRouter,
    name: str,
    call: StreamCall,
    path: str,
) -> None:
    records = [sample_record(name, 1), {**sample_record(name, 2), "loss": "not checked"}]
    router.get(f"{V6}/{path}").mock(return_value=httpx.Response(200, json=page(name, records)))
    stream = call(client, raw=True)
    assert [record async for record in stream] == records
    assert stream.test == TEST


@pytest.mark.asyncio
@pytest.mark.parametrize(("name", "call", "path"), ENDPOINT_CALLS, ids=ENDPOINT_IDS)
async def test_every_documented_example_body_streams(
    client: AsyncThousandEyesV6,
    router: respx.MockRouter,
    name: str,
    call: StreamCall,
    path: str,
) -> None:
    body = json.loads((FIXTURES / f"{name}.json").read_text())
    expected_raw = ENDPOINTS[name].records_of(body)
    router.get(f"{V6}/{path}").mock(return_value=httpx.Response(200, json=body))
    structured = call(client)
    records = [record async for record in structured]
    assert [unstructure(r) for r in records] == expected_raw
    test = ENDPOINTS[name].test_of(body)
    assert test is not None
    assert structured.test == structure_test(test)
    raw = call(client, raw=True)
    assert [record async for record in raw] == expected_raw
    assert raw.test == test


@pytest.mark.asyncio
async def test_a_bad_value_names_the_json_path_and_the_endpoint(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    good = {"agentId": 1, "loss": 0.0}
    bad = {"agentId": 2, "loss": "lots"}
    router.get(f"{V6}/net/metrics/817").mock(
        return_value=httpx.Response(200, json=page("net.metrics", [good, good, good, bad]))
    )
    seen: list[Any] = []

    async def drain() -> None:
        async for record in client.net.metrics(817, window="1d"):
            seen.append(record)

    with pytest.raises(ResponseDecodeError) as caught:
        await drain()
    assert len(seen) == 3
    assert caught.value.path.startswith("net.metrics[3].loss")
    assert "GET /v6/net/metrics/817" in caught.value.endpoint


@pytest.mark.asyncio
async def test_nothing_is_sent_until_the_stream_is_iterated(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    route = router.get(f"{V6}/net/metrics/817").mock(
        return_value=httpx.Response(200, json=page("net.metrics", []))
    )
    stream = client.net.metrics(817)
    assert route.call_count == 0
    assert [r async for r in stream] == []
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_streams_of_a_closed_client_refuse_to_send(
    router: respx.MockRouter,
) -> None:
    route = router.get(f"{V6}/net/metrics/817")
    async with AsyncThousandEyesV6(token="t0ken-for-a-test") as te:
        stream = te.net.metrics(817)
    with pytest.raises(RuntimeError, match="closed"):
        await anext(stream)
    assert route.call_count == 0


def test_the_v6_client_refuses_v7_and_names_the_v7_client() -> None:
    with pytest.raises(ValueError, match="for v7 use AsyncThousandEyes"):
        AsyncThousandEyesV6(token="t0ken-for-a-test", api_version="v7")


# -- tests and agents -----------------------------------------------------------


@pytest.mark.asyncio
async def test_tests_list_and_get(client: AsyncThousandEyesV6, router: respx.MockRouter) -> None:
    listing = {
        "test": [
            {"testId": 817, "testName": "www", "type": "http-server", "newField": 1},
            {"testId": 1137, "testName": "bgp", "type": "network"},
        ]
    }
    router.get(f"{V6}/tests").mock(return_value=httpx.Response(200, json=listing))
    router.get(f"{V6}/tests/817").mock(
        return_value=httpx.Response(200, json={"test": [listing["test"][0]]})
    )
    tests = await client.tests.list()
    assert [(t.test_id, t.type) for t in tests] == [(817, "http-server"), (1137, "network")]
    assert await client.tests.list(raw=True) == listing["test"]
    one = await client.tests.get(817)
    assert isinstance(one, Test)
    assert one.test_id == 817
    assert await client.tests.get(817, raw=True) == listing["test"][0]


@pytest.mark.asyncio
async def test_tests_get_of_an_empty_answer_is_a_decode_error(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    router.get(f"{V6}/tests/5").mock(return_value=httpx.Response(200, json={"test": []}))
    with pytest.raises(ResponseDecodeError, match="no test"):
        await client.tests.get(5)


@pytest.mark.asyncio
async def test_agents_list(client: AsyncThousandEyesV6, router: respx.MockRouter) -> None:
    agents = {"agents": [{"agentId": 12, "agentName": "Hong Kong", "countryId": "HK"}]}
    route = router.get(f"{V6}/agents").mock(return_value=httpx.Response(200, json=agents))
    listed = await client.agents.list(account_group_id=75)
    assert isinstance(listed[0], Agent)
    assert listed[0].agent_id == 12
    assert await client.agents.list(raw=True) == agents["agents"]
    assert route.calls[0].request.url.params["aid"] == "75"


# -- instant tests ----------------------------------------------------------------


class RecordingLimiter:
    """Lets everything through and remembers what each request asked for."""

    def __init__(self) -> None:
        self.requests: list[tuple[RequestInfo, Priority]] = []

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        self.requests.append((request, priority))
        return _Permit()


class _Permit:
    def mark_sent(self) -> None:
        return None

    async def settle(self, response: httpx.Response | None) -> bool:
        return False


@pytest.mark.asyncio
async def test_instant_run_posts_the_settings_to_the_instant_bucket(
    router: respx.MockRouter,
) -> None:
    answer = {"test": [{"testId": 9001, "type": "http-server"}]}
    route = router.post(f"{V6}/instant/http-server").mock(
        return_value=httpx.Response(201, json=answer)
    )
    limiter = RecordingLimiter()
    async with AsyncThousandEyesV6(token="t0ken-for-a-test", limiter=limiter) as te:
        result = await te.instant.run(
            "http-server", url="https://example.com", agents=[{"agentId": 12}], interval=300
        )
    assert result == InstantTest(test_id=9001, type="http-server")
    assert unstructure(result) == answer["test"][0]
    request = route.calls[0].request
    assert json.loads(request.content) == {
        "url": "https://example.com",
        "agents": [{"agentId": 12}],
        "interval": 300,
    }
    assert limiter.requests == [
        (
            RequestInfo(method="POST", path="instant/http-server", api_version="v6"),
            Priority.INTERACTIVE,
        )
    ]


@pytest.mark.asyncio
async def test_instant_run_gives_the_created_test_with_unknown_keys_kept(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    created = {
        "testId": 9002,
        "testName": "instant check",
        "type": "http-server",
        "url": "https://example.com",
        "createdDate": "2024-03-01 10:00:00",
        "agents": [{"agentId": 12, "agentName": "Tokyo"}],
    }
    router.post(f"{V6}/instant/http-server").mock(
        return_value=httpx.Response(201, json={"test": [created]})
    )
    result = await client.instant.run("http-server", url="https://example.com")
    assert isinstance(result, InstantTest)
    assert result.test_id == 9002
    assert result.url == "https://example.com"
    assert result.created_date == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert result.extra == {"agents": [{"agentId": 12, "agentName": "Tokyo"}]}
    assert unstructure(result) == created
    raw = await client.instant.run("http-server", url="https://example.com", raw=True)
    assert raw == {"test": [created]}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("answer", "path"),
    [
        ({"test": [{"testId": "9003"}]}, "test[0].testId"),
        ({"test": {"testId": 9003, "enabled": "yes"}}, "test.enabled"),
        ({"test": []}, "test"),
        ({"test": [{"testId": 1}, {"testId": 2}]}, "test"),
        ([], "$"),
    ],
)
async def test_instant_run_refuses_an_answer_it_cannot_read(
    client: AsyncThousandEyesV6, router: respx.MockRouter, answer: Any, path: str
) -> None:
    router.post(f"{V6}/instant/http-server").mock(return_value=httpx.Response(201, json=answer))
    with pytest.raises(ResponseDecodeError) as caught:
        await client.instant.run("http-server", url="https://example.com")
    assert caught.value.path == path
    assert caught.value.endpoint == "POST /v6/instant/http-server"


@pytest.mark.asyncio
@pytest.mark.parametrize("test_type", ["", "HTTP Server", "../tests", "http_server", 5])
async def test_instant_run_refuses_a_malformed_type(
    client: AsyncThousandEyesV6, router: respx.MockRouter, test_type: Any
) -> None:
    route = router.route()
    with pytest.raises(ValueError, match="test_type"):
        await client.instant.run(test_type, url="https://example.com")
    assert route.call_count == 0


# -- snapshots ------------------------------------------------------------------

LINK = {
    "displayName": "Snapshot created through API",
    "endRoundId": 1538787600,
    "extraParams": "",
    "linkId": "wdiac",
    "roundId": 1538784000,
    "shareDate": "2018-10-19 03:02:01",
    "sourceTestId": 19955,
    "startRoundId": 1538784000,
    "testId": 58856,
    "uid": 5784,
    "viewUrl": "https://wdiac.share.thousandeyes.com/view/tests/",
}
START = datetime(2018, 10, 6, tzinfo=UTC)


@pytest.mark.asyncio
@pytest.mark.parametrize("hours", [1, 2, 4, 6, 12, 24, 48])
async def test_snapshots_create_posts_the_seed_body(
    client: AsyncThousandEyesV6, router: respx.MockRouter, hours: int
) -> None:
    route = router.post(f"{V6}/snapshot").mock(
        return_value=httpx.Response(201, json={"link": LINK, "test": []})
    )
    end = START + timedelta(hours=hours)
    snapshot = await client.snapshots.create(
        19955, "Snapshot created through API", START, end, public=True
    )
    assert isinstance(snapshot, Snapshot)
    assert snapshot.link_id == "wdiac"
    assert json.loads(route.calls[0].request.content) == {
        "testId": 19955,
        "displayName": "Snapshot created through API",
        "from": "2018-10-06T00:00:00",
        "to": end.strftime("%Y-%m-%dT%H:%M:%S"),
        "isPublic": 1,
    }


@pytest.mark.asyncio
async def test_snapshots_create_raw_and_private(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    body = {"link": LINK, "test": []}
    route = router.post(f"{V6}/snapshot").mock(return_value=httpx.Response(201, json=body))
    other_zone = datetime(2018, 10, 6, 2, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))
    result = await client.snapshots.create(
        19955, "s", START, other_zone, account_group_id=75, raw=True
    )
    assert result == body
    sent = json.loads(route.calls[0].request.content)
    assert sent["isPublic"] == 0
    assert sent["to"] == "2018-10-06T02:00:00"
    assert route.calls[0].request.url.params["aid"] == "75"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("args", "error", "match"),
    [
        ((19955, "s", START, START + timedelta(hours=3)), ValueError, "1, 2, 4, 6, 12, 24, 48"),
        ((19955, "s", START, START + timedelta(hours=1, seconds=1)), ValueError, "hours"),
        ((19955, "s", START, START - timedelta(hours=1)), ValueError, "hours"),
        ((19955, "s", START.replace(tzinfo=None), START), ValueError, "timezone-aware"),
        ((19955, "", START, START + timedelta(hours=1)), ValueError, "display_name"),
        ((0, "s", START, START + timedelta(hours=1)), ValueError, "test_id"),
        ((19955, "s", START, START + timedelta(hours=1), "yes"), TypeError, "public"),
    ],
)
async def test_snapshots_create_refuses_bad_input_before_sending(
    client: AsyncThousandEyesV6,
    router: respx.MockRouter,
    args: tuple[Any, ...],
    error: type[Exception],
    match: str,
) -> None:
    route = router.route()
    with pytest.raises(error, match=match):
        await client.snapshots.create(*args)
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_a_next_link_to_another_host_never_gets_the_credential(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    elsewhere = router.get(url__startswith="https://elsewhere.example").mock(
        return_value=httpx.Response(200, json={})
    )
    router.get(f"{V6}/dns/trace/17594").mock(
        return_value=httpx.Response(
            200,
            json=page(
                "dns.trace", [sample_record("dns.trace", 1)], "https://elsewhere.example/v6/x"
            ),
        )
    )
    stream = client.dns.trace(17594, raw=True)
    assert (await anext(stream))["agentId"] == 1
    with pytest.raises(ThousandEyesError, match="refusing"):
        await anext(stream)
    assert elsewhere.call_count == 0
