"""The emulator's v7 API: results over the v6 organization, HAL pages, problems, auth, limits."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async.testing import (
    DEFAULT_ACCOUNT_GROUP,
    DEFAULT_START_EPOCH,
    TEST_TYPES,
    V7_ONLY_TYPES,
    DataSpec,
    EmulatorCredential,
    Fault,
    RateLimits,
    ThousandEyesEmulator,
)

from .emulator_support import BASIC, http

pytestmark = pytest.mark.anyio
START = int(DEFAULT_START_EPOCH)
HOUR_AGO = "2023-12-31T23:00:00"
NOW = "2024-01-01T00:00:00"
V7_RANGE = {"startDate": HOUR_AGO + "Z", "endDate": NOW + "Z"}
V6_RANGE = {"from": HOUR_AGO, "to": NOW}
# Test ids of the default organization, one per type in TEST_TYPES order.
A2S, A2A, BGP, HTTP, PAGE_LOAD, TRANSACTIONS = 1001, 1002, 1003, 1004, 1005, 1006
DNS_SERVER, DNSSEC, SIP, VOICE = 1009, 1010, 1011, 1012


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _with_api_tests(**kwargs: Any) -> ThousandEyesEmulator:
    types = (*TEST_TYPES, *V7_ONLY_TYPES)
    return ThousandEyesEmulator(
        data=DataSpec(tests=len(types), test_types=types, api_tests=0), **kwargs
    )


async def _v6_and_v7(
    v6_path: str, v7_path: str, v6_params: dict[str, str] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        v6 = (await client.get(v6_path, params={**V6_RANGE, **(v6_params or {})})).json()
        v7 = (await client.get(v7_path, params=V7_RANGE)).json()
    family = next(k for k in v6 if k not in ("from", "to", "pages"))
    key = next(k for k in v6[family] if k != "test")
    return v6[family][key], v7["results"], v7


def _same_round(v6: dict[str, Any], v7: dict[str, Any]) -> None:
    assert str(v6["agentId"]) == v7["agent"]["agentId"]
    assert v6["agentName"] == v7["agent"]["agentName"]
    assert v6["roundId"] == v7["roundId"] == v7["startTime"]
    assert v6["date"].replace(" ", "T") + "Z" == v7["date"]
    assert v6["permalink"] == v7["_links"]["appLink"]["href"]


async def test_network_results_are_the_v6_metrics_of_the_same_rounds() -> None:
    v6, v7, body = await _v6_and_v7(f"/v6/net/metrics/{A2S}", f"/v7/test-results/{A2S}/network")
    assert len(v6) == len(v7) > 0
    for old, new in zip(v6, v7, strict=True):
        _same_round(old, new)
        for name in ("avgLatency", "minLatency", "maxLatency", "jitter", "loss", "serverIp"):
            assert old[name] == new[name]
        assert "direction" not in new  # an agent-to-server test runs one way
    assert body["test"]["testId"] == str(A2S)
    assert (body["startDate"], body["endDate"]) == (V7_RANGE["startDate"], V7_RANGE["endDate"])


async def test_http_server_results_match_v6_with_headers_and_certificates() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        v6 = await client.get(
            f"/v6/web/http-server/{HTTP}", params={**V6_RANGE, "headers": "1", "certificates": "1"}
        )
        v7 = await client.get(
            f"/v7/test-results/{HTTP}/http-server",
            params={**V7_RANGE, "expand": "header,certificate"},
        )
        plain = await client.get(f"/v7/test-results/{HTTP}/http-server", params=V7_RANGE)
    old_records, new_records = v6.json()["web"]["httpServer"], v7.json()["results"]
    assert len(old_records) == len(new_records) > 0
    for old, new in zip(old_records, new_records, strict=True):
        _same_round(old, new)
        assert (old["totalTime"], old["responseCode"]) == (new["totalTime"], new["responseCode"])
        assert int(old["wireSize"]) == new["wireSize"]
        assert new["headers"]["requestHeaders"] == old["requestHeaders"]
        cert = new["sslCertificates"][0]
        assert cert["validBefore"] == old["sslCerts"][0]["notValidAfter"].replace(" ", "T") + "Z"
    assert all("headers" not in r and "sslCertificates" not in r for r in plain.json()["results"])


async def test_dnssec_voice_and_bgp_results_match_v6() -> None:
    v6, v7, _ = await _v6_and_v7(f"/v6/dns/dnssec/{DNSSEC}", f"/v7/test-results/{DNSSEC}/dnssec")
    assert [bool(r["valid"]) for r in v6] == [r["isValid"] for r in v7]
    v6, v7, _ = await _v6_and_v7(
        f"/v6/voice/rtp-stream/{VOICE}", f"/v7/test-results/{VOICE}/rtp-server"
    )
    assert [(r["mos"], r["latency"]) for r in v6] == [(r["mos"], r["latency"]) for r in v7]
    v6, v7, _ = await _v6_and_v7(f"/v6/net/bgp-metrics/{BGP}", f"/v7/test-results/{BGP}/bgp")
    assert len(v6) == len(v7) > 0
    for old, new in zip(v6, v7, strict=True):
        assert str(old["monitorId"]) == new["monitor"]["monitorId"]
        assert (old["reachability"], old["roundId"]) == (new["reachability"], new["roundId"])


async def test_a_round_of_path_vis_detail_matches_v6() -> None:
    emulator = ThousandEyesEmulator()
    test = emulator.dataset.test(A2S)
    agent, round_id = test.agent_ids[0], (START - 3600) // test.interval * test.interval
    async with http(emulator) as client:
        v6 = await client.get(f"/v6/net/path-vis/{A2S}/{agent}/{round_id}")
        v7 = await client.get(f"/v7/test-results/{A2S}/path-vis/agent/{agent}/round/{round_id}")
    (old,) = v6.json()["net"]["pathVis"]
    (new,) = v7.json()["results"]
    _same_round(old, new)
    assert [r["hops"] for r in old["routes"]] == [t["hops"] for t in new["pathTraces"]]


async def _pages(client: httpx.AsyncClient, path: str, params: dict[str, str]) -> list[Any]:
    bodies = [(await client.get(path, params=params)).json()]
    while "next" in bodies[-1]["_links"]:
        bodies.append((await client.get(bodies[-1]["_links"]["next"]["href"])).json())
    return bodies


async def test_pages_follow_an_opaque_cursor_to_exactly_the_expected_records() -> None:
    emulator = ThousandEyesEmulator(page_size=7)
    async with http(emulator) as client:
        bodies = await _pages(client, f"/v7/test-results/{A2S}/network", {"window": "6h"})
    assert len(bodies) > 2
    records = [r for body in bodies for r in body["results"]]
    expected = emulator.expected_records(
        f"v7/test-results/{A2S}/network", start=START - 6 * 3600, end=START
    )
    assert records == expected
    for body in bodies[:-1]:
        query = parse_qs(urlsplit(body["_links"]["next"]["href"]).query)
        assert set(query) == {"cursor"}  # no page number, no range in the clear
        assert not query["cursor"][0].isdigit()
    assert bodies[0]["_links"]["self"]["href"].endswith("/network?window=6h")


async def test_next_links_keep_the_other_parameters() -> None:
    emulator = ThousandEyesEmulator(page_size=4)
    params = {"window": "2h", "direction": "from-target", "aid": DEFAULT_ACCOUNT_GROUP}
    async with http(emulator) as client:
        bodies = await _pages(client, f"/v7/test-results/{A2A}/path-vis", params)
    assert len(bodies) > 1
    for body in bodies[:-1]:
        query = parse_qs(urlsplit(body["_links"]["next"]["href"]).query)
        assert set(query) == {"cursor", "direction", "aid"}
    records = [r for body in bodies for r in body["results"]]
    assert records == emulator.expected_records(
        f"v7/test-results/{A2A}/path-vis",
        start=START - 7200,
        end=START,
        direction="from-target",
    )


async def test_a_relative_window_does_not_slide_between_pages() -> None:
    emulator = ThousandEyesEmulator(page_size=5)
    async with http(emulator) as client:
        first = (
            await client.get(f"/v7/test-results/{A2S}/network", params={"window": "2h"})
        ).json()
        await anyio.sleep(3 * 3600)  # virtual time: new rounds arrive meanwhile
        second = (await client.get(first["_links"]["next"]["href"])).json()
    assert (second["startDate"], second["endDate"]) == (first["startDate"], first["endDate"])
    assert all(r["roundId"] <= START for r in second["results"])


async def test_without_a_range_the_last_round_is_returned_without_dates() -> None:
    emulator = ThousandEyesEmulator()
    interval = emulator.dataset.test(A2S).interval
    async with http(emulator) as client:
        body = (await client.get(f"/v7/test-results/{A2S}/network")).json()
    assert {r["roundId"] for r in body["results"]} == {START // interval * interval}
    assert "startDate" not in body
    assert "endDate" not in body


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"window": "1h", "startDate": "2023-12-31T00:00:00Z"}, "startDate"),
        ({"window": "1h", "endDate": "2023-12-31T00:00:00Z"}, "endDate"),
        ({"endDate": "2023-12-31T00:00:00Z"}, "endDate"),
        ({"window": "1 hour"}, "window"),
        ({"startDate": "2023-12-31 00:00:00"}, "startDate"),  # not ISO 8601
        ({"startDate": "2023-12-31T00:00:00+02:00"}, "startDate"),  # not UTC
        ({"startDate": "2023-12-31T00:00:00Z", "endDate": "2023-12-30T00:00:00Z"}, "endDate"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"direction": "sideways"}, "direction"),
    ],
)
async def test_bad_queries_are_400_problems_naming_the_field(
    params: dict[str, str], field: str
) -> None:
    async with http(ThousandEyesEmulator()) as client:
        response = await client.get(f"/v7/test-results/{A2A}/network", params=params)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 400
    assert body["instance"] == f"/v7/test-results/{A2A}/network"
    assert [e["field"] for e in body["errors"]] == [field]


async def test_a_cursor_belongs_to_its_own_query() -> None:
    emulator = ThousandEyesEmulator(page_size=2)
    async with http(emulator) as client:
        first = (
            await client.get(f"/v7/test-results/{A2S}/network", params={"window": "1h"})
        ).json()
        cursor = parse_qs(urlsplit(first["_links"]["next"]["href"]).query)["cursor"][0]
        other_test = await client.get(f"/v7/test-results/{HTTP}/network", params={"cursor": cursor})
        other_operation = await client.get(
            f"/v7/test-results/{A2S}/path-vis", params={"cursor": cursor}
        )
        tampered = base64.urlsafe_b64encode(b'["getTestNetworkResults",1001,1,0,1,0]').decode()
        backwards = await client.get(f"/v7/test-results/{A2S}/network", params={"cursor": tampered})
    for response in (other_test, other_operation, backwards):
        assert response.status_code == 400
        assert response.json()["errors"][0]["field"] == "cursor"


async def test_agent_to_agent_directions() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        both = (await client.get(f"/v7/test-results/{A2A}/path-vis", params=V7_RANGE)).json()
        back = await client.get(
            f"/v7/test-results/{A2A}/path-vis", params={**V7_RANGE, "direction": "from-target"}
        )
        metrics = (await client.get(f"/v7/test-results/{A2A}/network", params=V7_RANGE)).json()
        one_way = await client.get(
            f"/v7/test-results/{A2S}/network", params={"direction": "to-target"}
        )
    directions = [r["direction"] for r in both["results"]]
    assert directions == ["to-target", "from-target"] * (len(directions) // 2)
    assert {r["direction"] for r in back.json()["results"]} == {"from-target"}
    assert len(back.json()["results"]) * 2 == len(directions)
    assert {r["direction"] for r in metrics["results"]} == {"to-target"}
    assert one_way.status_code == 400  # direction is for agent-to-agent tests only
    assert (
        emulator.expected_records(f"v7/test-results/{A2A}/path-vis", start=START - 3600, end=START)
        == both["results"]
    )


async def test_bearer_only_on_v7() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator, headers=BASIC) as client:
        v7 = await client.get(f"/v7/test-results/{A2S}/network")
        v6 = await client.get(f"/v6/net/metrics/{A2S}")
    assert v6.status_code == 200
    assert v7.status_code == 401
    assert v7.headers["content-type"] == "application/problem+json"
    assert v7.headers["www-authenticate"].startswith("Bearer")
    assert v7.json()["error"] == "invalid_token"
    assert emulator.totals.unauthorized == 1


async def test_the_source_ip_block_answers_v7_with_a_problem() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(ip_block_threshold=2))
    async with http(emulator, headers=BASIC) as client:
        statuses = [(await client.get("/v7/agents")).status_code for _ in range(3)]
        blocked = await client.get("/v7/agents")
    assert statuses == [401, 401, 429]
    assert blocked.headers["content-type"] == "application/problem+json"
    assert blocked.json()["status"] == 429


async def test_account_groups() -> None:
    credential = EmulatorCredential("t0ken", account_groups=("11", "12"))
    emulator = ThousandEyesEmulator(credentials=[credential])
    async with http(emulator, headers={"Authorization": "Bearer t0ken"}) as client:
        assert (await client.get("/v7/agents", params={"aid": "12"})).status_code == 200
        refused = await client.get(f"/v7/test-results/{A2S}/network", params={"aid": "13"})
    assert refused.status_code == 403
    assert refused.json()["status"] == 403


async def test_not_found_and_method_not_allowed_are_problems() -> None:
    async with http(ThousandEyesEmulator()) as client:
        unknown_test = await client.get("/v7/test-results/999/network")
        unknown_op = await client.get(f"/v7/test-results/{A2S}/nothing")
        wrong_agent = await client.get(f"/v7/test-results/{A2S}/path-vis/agent/1/round/{START}")
        posted = await client.post("/v7/agents")
    for response in (unknown_test, unknown_op, wrong_agent):
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
    assert posted.status_code == 405


async def test_v6_and_v7_spend_one_organization_budget() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=3))
    async with http(emulator) as client:
        statuses = [(await client.get("/v6/agents")).status_code for _ in range(2)]
        ok = await client.get("/v7/agents")
        refused = await client.get("/v7/agents")
    assert statuses == [200, 200]
    assert ok.headers["x-organization-rate-limit-remaining"] == "0"
    assert ok.headers["x-organization-rate-limit-limit"] == "3"
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.headers["x-organization-rate-limit-reset"] == str(START + 60)
    assert emulator.organization_counters().refused == 1


async def test_faults_counters_and_the_log_on_v7_paths() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.server_error(502), path="test-results/*/network", times=1)
    async with http(emulator) as client:
        failed = await client.get(f"/v7/test-results/{A2S}/network", params={"window": "1h"})
        served = await client.get(f"/v7/test-results/{A2S}/network", params={"window": "1h"})
    assert failed.status_code == 502
    assert failed.json()["title"] == "Bad Gateway"
    assert served.status_code == 200
    assert emulator.totals.faults == 1
    assert emulator.totals.accepted == 2
    assert [(r.path, r.query, r.status, r.fault) for r in emulator.requests] == [
        (f"/v7/test-results/{A2S}/network", "window=1h", 502, "status 502"),
        (f"/v7/test-results/{A2S}/network", "window=1h", 200, None),
    ]


async def test_storms_drops_and_truncations_on_v7_paths() -> None:
    emulator = ThousandEyesEmulator()
    path = f"/v7/test-results/{A2S}/network"
    emulator.faults.script(Fault.drop(), path="test-results/*")
    emulator.faults.script(Fault.truncate(), path="test-results/*")
    async with http(emulator) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(path)
        cut = await client.get(path)
        emulator.faults.storm(30)
        stormed = await client.get(path)
    assert cut.status_code == 200
    assert cut.headers["content-type"] == "application/hal+json"
    with pytest.raises(ValueError):  # the JSON is cut short
        cut.json()
    assert stormed.status_code == 429
    assert stormed.json()["status"] == 429
    assert [r.fault for r in emulator.requests] == ["drop", "truncate", "storm 429"]


async def test_an_instant_test_path_under_v7_takes_no_instant_budget() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(instant_tests=1))
    async with http(emulator) as client:
        v7 = await client.post("/v7/instant/http-server", json={})
        v6 = await client.post("/v6/instant/http-server", json={"agents": [{"agentId": 101}]})
    assert v7.status_code == 405
    assert "x-instant-test-rate-limit-remaining" not in v7.headers
    assert v6.status_code == 201


async def test_tests_and_agents_plan_an_export() -> None:
    emulator = _with_api_tests()
    async with http(emulator) as client:
        tests = (await client.get("/v7/tests")).json()["tests"]
        dnssec = (await client.get("/v7/tests/dnssec")).json()["tests"]
        one = (await client.get(f"/v7/tests/voice/{VOICE}", params={"expand": "agent"})).json()
        wrong_type = await client.get(f"/v7/tests/bgp/{VOICE}")
        agents = (await client.get("/v7/agents")).json()["agents"]
        agent = (await client.get(f"/v7/agents/{agents[0]['agentId']}")).json()
        v6_tests = (await client.get("/v6/tests")).json()["test"]
    v7_types = [("dnssec" if t == "dns-dnssec" else t) for t in TEST_TYPES]
    assert [t["type"] for t in tests] == [*v7_types, "api"]
    assert [t["testId"] for t in dnssec] == [str(DNSSEC)]
    assert [a["agentId"] for a in one["agents"]] == [
        str(a) for a in emulator.dataset.test(VOICE).agent_ids
    ]
    assert one["_links"]["testResults"] == [
        {"href": f"{emulator.base_url}/v7/test-results/{VOICE}/rtp-server"}
    ]
    assert wrong_type.status_code == 404
    assert len(agents) == len(emulator.dataset.agents)
    assert agent == agents[0]
    assert "api" not in {t["type"] for t in v6_tests}  # v6 had no API tests


async def test_api_and_console_log_results_are_deterministic() -> None:
    api_test = 1001 + len(TEST_TYPES)
    first, second = _with_api_tests(), _with_api_tests()
    test, script = first.dataset.test(api_test), first.dataset.test(TRANSACTIONS)
    agent, round_id = test.agent_ids[0], (START - 3600) // test.interval * test.interval
    script_round = (START - 3600) // script.interval * script.interval
    bodies = []
    for emulator in (first, second):
        async with http(emulator) as client:
            bodies.append(
                (
                    await client.get(f"/v7/test-results/{api_test}/api", params={"window": "1h"}),
                    await client.get(
                        f"/v7/test-results/{api_test}/api/agent/{agent}/round/{round_id}"
                    ),
                    await client.get(
                        f"/v7/test-results/{TRANSACTIONS}/web-transactions/agent/"
                        f"{script.agent_ids[0]}/round/{script_round}/console-logs"
                    ),
                )
            )
    assert [r.status_code for r in (*bodies[0], *bodies[1])] == [200] * 6
    assert [r.json() for r in bodies[0]] == [r.json() for r in bodies[1]]
    listing, detail, logs = bodies[0]
    assert len(logs.json()["results"][0]["consoleLogs"]) == 2
    assert {r["agent"]["agentId"] for r in detail.json()["results"]} == {str(agent)}
    assert detail.json()["results"][0]["requests"]
    assert listing.json()["results"] == first.expected_records(
        f"v7/test-results/{api_test}/api", start=START - 3600, end=START
    )


def test_expected_records_rejects_what_v7_does_not_serve() -> None:
    emulator = ThousandEyesEmulator()
    with pytest.raises(ValueError, match="not a v7 results path"):
        emulator.expected_records(f"v7/test-results/{A2S}/nothing", start=0, end=1)
    with pytest.raises(ValueError, match="has no"):
        emulator.expected_records(f"v7/test-results/{A2S}/dnssec", start=0, end=1)
    start = datetime(2023, 12, 31, 23, tzinfo=UTC)
    assert emulator.expected_records(
        f"v7/test-results/{DNS_SERVER}/dns-server/{DNS_SERVER * 10 + 1}", start=start, end=START
    ) == [
        r
        for r in emulator.expected_records(
            f"v7/test-results/{DNS_SERVER}/dns-server", start=start, end=START
        )
        if r["serverId"] == str(DNS_SERVER * 10 + 1)
    ]


async def test_sip_errors_use_the_v7_enumeration() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator) as client:
        body = (
            await client.get(f"/v7/test-results/{SIP}/sip-server", params={"window": "2d"})
        ).json()
    kinds = {r["errorType"] for r in body["results"]}
    assert kinds <= {"none", "register"}
    assert "register" in kinds
