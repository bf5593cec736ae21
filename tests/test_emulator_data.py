"""The emulator's endpoints, shapes, time ranges and pagination, through plain httpx."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import anyio
import pytest
import trio.testing

from thousandeyes_async.testing import (
    DEFAULT_START_EPOCH,
    TEST_TYPES,
    DataSpec,
    ThousandEyesEmulator,
)
from thousandeyes_async.testing._records import LIST_ENDPOINTS

from .emulator_support import http

pytestmark = pytest.mark.anyio
START = int(DEFAULT_START_EPOCH)
#: The seed-001 field tables (required fields; optional ones are checked separately).
COMMON = {"agentId", "agentName", "countryId", "date", "roundId", "permalink"}
FIELDS: dict[str, tuple[str, str, set[str]]] = {
    "net/metrics/1001": (
        "net",
        "metrics",
        COMMON | {"serverIp", "server", "loss", "minLatency", "maxLatency", "avgLatency", "jitter"},
    ),
    "net/path-vis/1001": (
        "net",
        "pathVis",
        COMMON | {"server", "serverIp", "sourceIp", "sourcePrefix", "endpoints"},
    ),
    "net/bgp-metrics/1003": (
        "net",
        "bgpMetrics",
        {
            "monitorId",
            "monitorName",
            "countryId",
            "date",
            "roundId",
            "permalink",
            "prefixId",
            "prefix",
            "updates",
            "pathChanges",
            "reachability",
        },
    ),
    "web/http-server/1004": (
        "web",
        "httpServer",
        COMMON
        | {
            "serverIp",
            "responseCode",
            "numRedirects",
            "redirectTime",
            "dnsTime",
            "sslTime",
            "connectTime",
            "waitTime",
            "receiveTime",
            "wireSize",
            "responseTime",
            "throughput",
            "totalTime",
            "errorType",
            "sslCipher",
            "sslVersion",
        },
    ),
    "web/page-load/1005": (
        "web",
        "pageLoad",
        COMMON
        | {"responseTime", "totalSize", "numObjects", "numErrors", "domLoadTime", "pageLoadTime"},
    ),
    "web/web-transactions/1006": ("web", "webTransaction", COMMON | {"componentErrors"}),
    "web/ftp-server/1007": (
        "web",
        "ftpServer",
        COMMON
        | {
            "serverIp",
            "responseCode",
            "dnsTime",
            "connectTime",
            "negotiationTime",
            "waitTime",
            "responseTime",
            "transferTime",
            "wireSize",
            "totalTime",
            "errorType",
        },
    ),
    "dns/trace/1008": (
        "dns",
        "trace",
        COMMON
        | {
            "output",
            "errorDetails",
            "queries",
            "failedQueries",
            "finalServerQueried",
            "finalQueryTime",
            "mappings",
        },
    ),
    "dns/server/1009": (
        "dns",
        "server",
        COMMON | {"serverId", "server", "resolutionTime", "errorDetails", "queries", "mappings"},
    ),
    "dns/dnssec/1010": ("dns", "dnssec", COMMON | {"valid", "errorDetails"}),
    "voice/sip-server/1011": (
        "voice",
        "sipMetrics",
        COMMON
        | {
            "authUser",
            "serverIp",
            "availability",
            "connectTime",
            "dnsTime",
            "inviteTime",
            "numRedirects",
            "optionsRequest",
            "optionsResponse",
            "registerTime",
            "responseCode",
            "responseTime",
            "totalTime",
            "waitTime",
            "errorType",
        },
    ),
    "voice/rtp-stream/1012": (
        "voice",
        "metrics",
        COMMON
        | {
            "serverIp",
            "dscp",
            "dscpName",
            "mos",
            "codecName",
            "codecMaxMos",
            "loss",
            "discards",
            "latency",
            "pdv",
        },
    ),
}
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


async def collect(client: Any, path: str, params: dict[str, str]) -> list[Any]:
    """Follow pages.next (bounded) and return every page body."""
    bodies = []
    response = await client.get(path, params=params)
    for _ in range(10_000):
        assert response.status_code == 200, response.text
        body = response.json()
        bodies.append(body)
        next_url = body["pages"].get("next")
        if not next_url:
            return bodies
        response = await client.get(next_url)
    raise AssertionError("pagination did not end")


@pytest.mark.parametrize("path", sorted(FIELDS))
async def test_each_list_endpoint_has_the_seed_shape(path: str) -> None:
    family, key, fields = FIELDS[path]
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        response = await client.get(f"/v6/{path}", params={"window": "1h"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {family, "pages", "from", "to"}
    assert body["pages"]["current"] == 1
    test = body[family]["test"]
    assert test["testId"] == int(path.rsplit("/", 1)[1])
    assert isinstance(test["apiLinks"], list)
    records = body[family][key]
    assert records
    for record in records:
        assert fields <= set(record), fields - set(record)
        assert record["roundId"] % test["interval"] == 0
        datetime.strptime(record["date"], DATE_FORMAT)
        assert isinstance(record["roundId"], int)
        assert START - 3600 <= record["roundId"] <= START


@pytest.mark.parametrize(
    ("path", "optional"),
    [
        ("web/http-server/1004", "errorDetails"),
        ("web/ftp-server/1007", "errorDetails"),
        ("web/web-transactions/1006", "errorDetails"),
        ("voice/sip-server/1011", "problemDetail"),
        ("voice/rtp-stream/1012", "errorDetail"),
    ],
)
def test_optional_error_fields_show_up_in_some_records(path: str, optional: str) -> None:
    records = ThousandEyesEmulator().expected_records(path, start=START - 7 * 86400, end=START)
    with_error = [r for r in records if optional in r]
    assert 0 < len(with_error) < len(records) / 4
    if "errorType" in records[0]:
        assert all(r["errorType"] != "None" for r in with_error)


async def test_value_types_follow_the_tables() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        metrics = (await client.get("/v6/net/metrics/1001", params={"window": "1h"})).json()
        record = metrics["net"]["metrics"][0]
        assert isinstance(record["agentId"], int)
        assert all(isinstance(record[k], float) for k in ("loss", "minLatency", "jitter"))
        path_vis = (await client.get("/v6/net/path-vis/1001")).json()["net"]["pathVis"][0]
        assert {"numberOfHops", "ipAddress", "pathId", "responseTime"} == set(
            path_vis["endpoints"][0]
        )
        assert isinstance(path_vis["endpoints"][0]["pathId"], str)
        dnssec = (await client.get("/v6/dns/dnssec/1010")).json()["dns"]["dnssec"][0]
        assert dnssec["valid"] in (0, 1)
        http_server = (
            await client.get(
                "/v6/web/http-server/1004", params={"headers": "1", "certificates": "1"}
            )
        ).json()["web"]["httpServer"][0]
        assert {"requestHeaders", "responseHeaders", "sslCerts"} <= set(http_server)
        cert = http_server["sslCerts"][0]
        assert cert["fetchDateInValidCertDateRange"] is True
        assert isinstance(cert["subjectAltNames"], list)
        plain = (await client.get("/v6/web/http-server/1004")).json()["web"]["httpServer"][0]
        assert "sslCerts" not in plain
        assert "requestHeaders" not in plain


async def test_detail_endpoints() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        tests = {t["testId"]: t for t in (await client.get("/v6/tests")).json()["test"]}
        detail = (await client.get("/v6/tests/1001")).json()["test"][0]
        agent = detail["agents"][0]["agentId"]
        round_id = START - START % tests[1001]["interval"]
        trace = await client.get(f"/v6/net/path-vis/1001/{agent}/{round_id}")
        assert trace.status_code == 200
        (record,) = trace.json()["net"]["pathVis"]
        assert record["agentId"] == agent
        assert record["roundId"] == round_id
        assert len(record["routes"]) == 3
        hop = record["routes"][0]["hops"][0]
        assert {"hop", "ipAddress", "prefix", "rdns", "network", "responseTime", "location"} <= set(
            hop
        )
        assert "pages" not in trace.json()

        bgp = tests[1003]
        bgp_round = START - START % bgp["interval"]
        metrics = (await client.get("/v6/net/bgp-metrics/1003")).json()["net"]["bgpMetrics"]
        prefix_id = metrics[0]["prefixId"]
        routes = await client.get(f"/v6/net/bgp-routes/1003/{prefix_id}/{bgp_round}")
        assert routes.status_code == 200
        route = routes.json()["net"]["bgpRoutes"][0]
        assert route["active"] == 1
        assert {"asn", "asName"} == set(route["hops"][0])

        page_load_agent = (await client.get("/v6/tests/1005")).json()["test"][0]["agents"][0]
        pl_round = START - START % tests[1005]["interval"]
        har = await client.get(f"/v6/web/page-load/1005/{page_load_agent['agentId']}/{pl_round}")
        assert har.json()["web"]["pageLoad"][0]["har"]["log"]["version"] == "1.2"

        wt_agent = (await client.get("/v6/tests/1006")).json()["test"][0]["agents"][0]["agentId"]
        wt_round = START - START % tests[1006]["interval"]
        wt = (await client.get(f"/v6/web/web-transactions/1006/{wt_agent}/{wt_round}")).json()
        detail_record = wt["web"]["webTransaction"][0]
        assert {"markers", "pages", "transactionTime"} <= set(detail_record)
        assert {"pageNum", "pageName", "componentCount", "errorCount", "duration"} == set(
            detail_record["pages"][0]
        )
        component = await client.get(f"/v6/web/web-transactions/1006/{wt_agent}/{wt_round}/0")
        assert "har" in component.json()["web"]["webTransaction"][0]

        assert (
            await client.get(f"/v6/net/path-vis/1001/{agent}/{round_id + 1}")
        ).status_code == 400
        assert (await client.get(f"/v6/net/path-vis/1001/99999/{round_id}")).status_code == 404
        future = round_id + tests[1001]["interval"]
        later = await client.get(f"/v6/net/path-vis/1001/{agent}/{future}")
        assert later.json()["net"]["pathVis"] == []  # that round has not happened yet
        dns = (await client.get("/v6/tests/1009")).json()["test"][0]
        server_id = dns["dnsServers"][0]["serverId"]
        one = (await client.get(f"/v6/dns/server/1009/{server_id}")).json()["dns"]["server"]
        assert {r["serverId"] for r in one} == {server_id}
    assert len(emulator.endpoints) == 17


async def test_tests_agents_and_every_test_type() -> None:
    emulator = ThousandEyesEmulator(data=DataSpec(tests=30, agents=20))
    async with http(emulator) as client:
        tests = (await client.get("/v6/tests")).json()["test"]
        agents = (await client.get("/v6/agents")).json()["agents"]
        assert (await client.get("/v6/tests/5")).status_code == 404
    assert len(tests) == 30
    assert len(agents) == 20
    assert {t["type"] for t in tests} == set(TEST_TYPES)
    assert all(t["interval"] in (300, 600, 900) for t in tests)
    assert {"agentId", "agentName", "agentType", "countryId"} <= set(agents[0])


async def test_wrong_test_type_and_unknown_paths() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        assert (await client.get("/v6/web/page-load/1001")).status_code == 400
        assert (await client.get("/v6/net/metrics/99")).status_code == 404
        assert (await client.get("/v6/nothing/here")).status_code == 404
        assert (await client.post("/v6/net/metrics/1001")).status_code == 405
        assert (await client.get("/v6/snapshot")).status_code == 405
        assert (await client.get("/v6/instant/http-server")).status_code == 405
        assert (await client.delete("/v6/agents")).status_code == 405
        assert (await client.get("/v5/net/metrics/1001")).status_code == 200
        assert (await client.get("/v9/net/metrics/1001")).status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"window": "1h", "from": "2023-12-31T00:00:00"},
        {"window": "1h", "to": "2023-12-31T00:00:00"},
        {"to": "2023-12-31T00:00:00"},
        {"window": "1y"},
        {"from": "2023-12-31"},
        {"from": "2023-12-31T02:00:00", "to": "2023-12-31T01:00:00"},
    ],
)
async def test_time_range_400s(params: dict[str, str]) -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        response = await client.get("/v6/net/metrics/1001", params=params)
    assert response.status_code == 400
    assert response.json()["errorMessage"]


async def test_time_ranges_select_rounds_inclusively() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        # test 1004 runs every 300 s; [00:00, 00:10] holds rounds 00:00, 00:05, 00:10
        body = (
            await client.get(
                "/v6/web/http-server/1004",
                params={"from": "2023-12-31 00:00:00", "to": "2023-12-31T00:10:00"},
            )
        ).json()
        rounds = sorted({r["roundId"] for r in body["web"]["httpServer"]})
        base = int(datetime(2023, 12, 31, tzinfo=UTC).timestamp())
        assert rounds == [base, base + 300, base + 600]
        assert body["from"] == "2023-12-31 00:00:00"
        assert body["to"] == "2023-12-31 00:10:00"
        current = (await client.get("/v6/web/http-server/1004")).json()
        assert {r["roundId"] for r in current["web"]["httpServer"]} == {START - START % 300}
        future = (
            await client.get(
                "/v6/web/http-server/1004",
                params={"from": "2023-12-31T23:55:00", "to": "2024-01-02T00:00:00"},
            )
        ).json()
        assert max(r["roundId"] for r in future["web"]["httpServer"]) == START
        assert future["to"] == "2024-01-01 00:00:00"  # the server's now, not the future
        await anyio.sleep(600)
        open_ended = (
            await client.get("/v6/web/http-server/1004", params={"from": "2023-12-31T23:55:00"})
        ).json()
        assert max(r["roundId"] for r in open_ended["web"]["httpServer"]) == START + 600


async def test_pagination_with_relative_window_matches_ground_truth() -> None:
    emulator = ThousandEyesEmulator(page_size=7)
    async with http(emulator) as client:
        bodies = await collect(client, "/v6/net/metrics/1001", {"window": "1d", "aid": "42"})
    assert len(bodies) > 3
    assert [b["pages"]["current"] for b in bodies] == list(range(1, len(bodies) + 1))
    first_next = bodies[0]["pages"]["next"]
    assert first_next.startswith(emulator.base_url + "/v6/net/metrics/1001?")
    assert "from=2023-12-31T00:00:00" in first_next
    assert "to=2024-01-01T00:00:00" in first_next
    assert "window" not in first_next
    assert "aid=42" in first_next
    queries = [r.query for r in emulator.requests]
    assert queries[0] == "window=1d&aid=42"
    assert all("from=2023-12-31T00:00:00" in q and "page=" in q for q in queries[1:])
    records = [r for b in bodies for r in b["net"]["metrics"]]
    expected = emulator.expected_records(
        "net/metrics/1001",
        start=datetime(2023, 12, 31, tzinfo=UTC),
        end="2024-01-01T00:00:00",
    )
    assert records == expected
    assert all(len(b["net"]["metrics"]) == 7 for b in bodies[:-1])
    keys = [(r["roundId"], r["agentId"]) for r in records]
    assert len(set(keys)) == len(keys)


async def test_pagination_keeps_the_window_while_time_passes() -> None:
    emulator = ThousandEyesEmulator(page_size=10)
    async with http(emulator) as client:
        first = (await client.get("/v6/dns/server/1009", params={"window": "6h"})).json()
        await anyio.sleep(7200)  # two hours later the next page is still the same query
        second = (await client.get(first["pages"]["next"])).json()
    expected = emulator.expected_records("dns/server/1009", start=START - 6 * 3600, end=START)
    assert first["dns"]["server"] + second["dns"]["server"] == expected[:20]


async def test_a_million_records_cost_nothing_up_front() -> None:
    emulator = ThousandEyesEmulator(
        data=DataSpec(agents=50, agents_per_test=50, intervals=(60,)), page_size=1000
    )
    async with http(emulator) as client:
        response = await client.get("/v6/net/metrics/1001", params={"window": "3w"})
        body = response.json()
    assert len(body["net"]["metrics"]) == 1000
    test = emulator.dataset.test(1001)
    records = emulator.dataset.records(
        LIST_ENDPOINTS["net/metrics"], test, START - 21 * 86400, START
    )
    assert len(records) > 1_000_000
    assert records[len(records) - 1]["roundId"] == START


async def test_same_seed_same_data_other_seed_other_data() -> None:
    def truth(seed: int) -> list[Any]:
        return ThousandEyesEmulator(data=DataSpec(seed=seed)).expected_records(
            "voice/rtp-stream/1012", start=START - 7200, end=START
        )

    assert truth(7) == truth(7)
    assert truth(7) != truth(8)
    one, two = (
        ThousandEyesEmulator(data=DataSpec(seed=3)),
        ThousandEyesEmulator(data=DataSpec(seed=3)),
    )
    async with http(one) as a, http(two) as b:
        assert (await a.get("/v6/tests")).json() == (await b.get("/v6/tests")).json()


async def test_ground_truth_refuses_bad_input() -> None:
    emulator = ThousandEyesEmulator()
    with pytest.raises(ValueError, match="unknown endpoint"):
        emulator.expected_records("net/nothing/1001", start=0, end=1)
    with pytest.raises(ValueError, match="no web/page-load data"):
        emulator.expected_records("web/page-load/1001", start=0, end=1)
    with pytest.raises(ValueError, match="timezone-aware"):
        emulator.expected_records("net/metrics/1001", start=datetime(2024, 1, 1), end=1)


@pytest.mark.parametrize(
    ("path", "params", "headers"),
    [
        ("/v6/agents.xml", {}, {}),
        ("/v6/agents", {}, {"Accept": "text/xml"}),
        ("/v6/agents", {"format": "xml"}, {}),
    ],
)
async def test_xml_is_refused_with_406(
    path: str, params: dict[str, str], headers: dict[str, str]
) -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        response = await client.get(path, params=params, headers=headers)
    assert response.status_code == 406


async def test_json_wins_by_precedence_and_xml_body_mode() -> None:
    emulator = ThousandEyesEmulator(xml="body")
    async with http(emulator) as client:
        json_suffix = await client.get("/v6/agents.json", headers={"Accept": "text/xml"})
        assert json_suffix.json()["agents"]
        accept_json = await client.get(
            "/v6/agents", params={"format": "xml"}, headers={"Accept": "application/json"}
        )
        assert accept_json.json()["agents"]
        xml = await client.get("/v6/agents.xml")
    assert xml.status_code == 200
    assert xml.headers["content-type"] == "text/xml"
    assert xml.text.startswith("<?xml")
    assert "<agentId>101</agentId>" in xml.text


async def test_instant_test_and_snapshot_bodies() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        created = await client.post(
            "/v6/instant/agent-to-server",
            json={"testName": "probe", "server": "example.com:443", "agents": [{"agentId": 102}]},
        )
        assert created.status_code == 201
        test = created.json()["test"][0]
        assert test["type"] == "agent-to-server"
        assert test["testName"] == "probe"
        assert [a["agentId"] for a in test["agents"]] == [102]
        fetched = await client.get(f"/v6/net/metrics/{test['testId']}")
        assert fetched.json()["net"]["metrics"][0]["agentId"] == 102
        bad = await client.post("/v6/instant/agent-to-server", json={"agents": [{"agentId": 1}]})
        assert bad.status_code == 400
        assert (await client.post("/v6/instant/nonsense", json={})).status_code == 404
        snapshot = await client.post(
            "/v6/snapshot",
            json={
                "testId": 1004,
                "displayName": "Snap",
                "from": "2023-12-31T00:00:00",
                "to": "2023-12-31T02:00:00",
            },
        )
        assert snapshot.status_code == 201
        link = snapshot.json()["link"]
        assert snapshot.json()["test"] == []
        assert link["sourceTestId"] == 1004
        assert link["displayName"] == "Snap"
        assert {
            "endRoundId",
            "extraParams",
            "linkId",
            "roundId",
            "shareDate",
            "startRoundId",
            "testId",
            "uid",
            "viewUrl",
        } <= set(link)
        wrong_range = await client.post(
            "/v6/snapshot",
            json={
                "testId": 1004,
                "displayName": "Snap",
                "from": "2023-12-31T00:00:00",
                "to": "2023-12-31T03:00:00",
            },
        )
        assert wrong_range.status_code == 400
        missing = await client.post("/v6/snapshot", json={"testId": 1004})
        assert missing.status_code == 400


def test_draws_are_stable_and_in_range() -> None:
    from thousandeyes_async.testing._entities import Draws

    first, again = Draws(42), Draws(42)
    values = [first.randrange(5, 10) for _ in range(1000)]
    assert values == [again.randrange(5, 10) for _ in range(1000)]
    assert set(values) == {5, 6, 7, 8, 9}
    floats = [first.uniform(1.0, 2.0) for _ in range(1000)]
    assert all(1.0 <= f < 2.0 for f in floats)
    assert Draws(0).random() != Draws(1).random()
    with pytest.raises(ValueError, match="empty range"):
        first.randrange(3, 3)
