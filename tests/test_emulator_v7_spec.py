"""Every v7 answer of the emulator validates against the vendored OpenAPI documents.

Each of the 21 test-results operations is driven with several parameter
combinations, through all its pages, and into each error status the document
lists; openapi-core checks the request and the response.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import trio.testing

from thousandeyes_async.testing import (
    DEFAULT_ACCOUNT_GROUP,
    DEFAULT_START_EPOCH,
    TEST_TYPES,
    V7_ONLY_TYPES,
    DataSpec,
    Fault,
    RateLimits,
    ThousandEyesEmulator,
)

from .emulator_support import BASIC, http
from .v7_spec_support import operation_id, operations, validate

pytestmark = pytest.mark.anyio
START = int(DEFAULT_START_EPOCH)
TYPES = (*TEST_TYPES, *V7_ONLY_TYPES)
TEST_OF_TYPE = {t: 1001 + i for i, t in enumerate(TYPES)}
A2A = TEST_OF_TYPE["agent-to-agent"]
RANGE = [
    {},
    {"window": "2h"},
    {"window": "7200"},
    {"startDate": "2023-12-31T22:00:00Z"},
    {
        "startDate": "2023-12-31T22:00:00Z",
        "endDate": "2023-12-31T23:30:00Z",
        "aid": DEFAULT_ACCOUNT_GROUP,
    },
]

#: Operation id -> (test type, path below the test, extra parameter combinations; a
#: combination's ``"@"`` names another test type to ask, e.g. for ``direction``).
RANGE_OPERATIONS: dict[str, tuple[str, str, list[dict[str, str]]]] = {
    "getTestNetworkResults": (
        "agent-to-server",
        "network",
        [
            {"direction": d, "window": "1h", "@": "agent-to-agent"}
            for d in ("to-target", "from-target", "bidirectional")
        ],
    ),
    "getTestPathVisResults": (
        "agent-to-server",
        "path-vis",
        [
            {"direction": "from-target", "@": "agent-to-agent"},
            {"window": "1h", "@": "agent-to-agent"},
        ],
    ),
    "getTestHttpServerResults": (
        "http-server",
        "http-server",
        [{"expand": "header", "window": "1h"}, {"expand": "header,certificate", "window": "1h"}],
    ),
    "getTestPageLoadResults": ("page-load", "page-load", []),
    "getTestWebTransactionResults": ("web-transactions", "web-transactions", []),
    "getTestApiResults": ("api", "api", []),
    "getTestFtpServerResults": ("ftp-server", "ftp-server", []),
    "getTestDnsTraceResults": ("dns-trace", "dns-trace", []),
    "getTestDnsServersResults": ("dns-server", "dns-server", []),
    "getTestDnsServerResult": ("dns-server", "dns-server/{server}", []),
    "getTestDnsSecResults": ("dns-dnssec", "dnssec", []),
    "getTestSipServerResults": ("sip-server", "sip-server", []),
    "getTestRtpServerResults": ("voice", "rtp-server", []),
    "getTestBgpResults": ("bgp", "bgp", []),
}
ROUND_OPERATIONS: dict[str, tuple[str, str, list[dict[str, str]]]] = {
    "getTestPathVisAgentRoundResults": (
        "agent-to-server",
        "path-vis/agent/{agent}/round/{round}",
        [{"direction": "to-target", "@": "agent-to-agent"}, {"@": "agent-to-agent"}],
    ),
    "getTestPageLoadAgentRoundResults": ("page-load", "page-load/agent/{agent}/round/{round}", []),
    "getTestWebTransactionAgentRoundResults": (
        "web-transactions",
        "web-transactions/agent/{agent}/round/{round}",
        [],
    ),
    "getTestWebTransactionAgentRoundPageResults": (
        "web-transactions",
        "web-transactions/agent/{agent}/round/{round}/page/1",
        [],
    ),
    "getTestConsoleLogsAgentRoundResults": (
        "web-transactions",
        "web-transactions/agent/{agent}/round/{round}/console-logs",
        [],
    ),
    "getTestApiAgentRoundResults": ("api", "api/agent/{agent}/round/{round}", []),
    "getTestBgpRoutesPrefixRoundResults": ("bgp", "bgp/routes/prefix/{prefix}/round/{round}", []),
}
ALL_OPERATIONS = {**RANGE_OPERATIONS, **ROUND_OPERATIONS}


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator(**kwargs: Any) -> ThousandEyesEmulator:
    return ThousandEyesEmulator(
        data=DataSpec(tests=len(TYPES), test_types=TYPES, api_tests=0), **kwargs
    )


def _url(emulator: ThousandEyesEmulator, test_type: str, path: str) -> str:
    test = emulator.dataset.test(TEST_OF_TYPE[test_type])
    filled = path.format(
        server=test.dns_server_ids[0],
        agent=test.agent_ids[0],
        round=(START - 3600) // test.interval * test.interval,
        prefix=test.prefix_id,
    )
    return f"/v7/test-results/{test.test_id}/{filled}"


def _cases(name: str) -> list[tuple[str, dict[str, str]]]:
    """(URL path, query) for each parameter combination of an operation."""
    emulator = _emulator()
    test_type, path, extra = ALL_OPERATIONS[name]
    combos = (RANGE if name in RANGE_OPERATIONS else [{}, {"aid": DEFAULT_ACCOUNT_GROUP}]) + extra
    cases = []
    for combo in combos:
        params = {k: v for k, v in combo.items() if k != "@"}
        cases.append((_url(emulator, combo.get("@", test_type), path), params))
    return cases


def test_every_results_operation_of_the_document_is_driven() -> None:
    assert set(ALL_OPERATIONS) == operations("test-results")
    assert len(ALL_OPERATIONS) == 21


@pytest.mark.parametrize("name", sorted(ALL_OPERATIONS))
async def test_successful_answers_and_all_their_pages_validate(name: str) -> None:
    emulator = _emulator(page_size=5)
    pages = 0
    async with http(emulator) as client:
        for path, params in _cases(name):
            response = await client.get(path, params=params)
            assert response.status_code == 200, response.text
            assert response.headers["content-type"] == "application/hal+json"
            assert operation_id("test-results", response.request) == name
            body = validate("test-results", response)
            assert body["results"], (path, params)
            while "next" in body["_links"]:
                response = await client.get(body["_links"]["next"]["href"])
                assert operation_id("test-results", response.request) == name
                body = validate("test-results", response)
                pages += 1
    if name in RANGE_OPERATIONS:
        assert pages > 0  # the windows above span more than one page of five


@pytest.mark.parametrize("name", sorted(ALL_OPERATIONS))
async def test_error_answers_validate(name: str) -> None:
    emulator = _emulator()
    good = _cases(name)[0][0]
    if name in RANGE_OPERATIONS:
        path, bad = good, {"window": "1h", "startDate": "2023-12-31T22:00:00Z"}
    else:
        path, bad = _round_path(emulator, name, "7"), {}  # not a round of the test
    unknown_test = "/v7/test-results/999/" + good.split("/", 4)[4]
    # Accepted requests count against every rule's `after` until the first rule fires.
    for status in (500, 502, 503, 504):  # 503 and 504 fall to the documents' default answer
        emulator.faults.script(Fault.server_error(status), times=1, after=4)
    async with http(emulator) as client:
        answers = [
            (await client.get(path, params=bad), True),
            (await client.get(unknown_test), True),
            (await client.get(good, params={"aid": "999"}), True),
            (await client.get(good, headers={"Authorization": ""}), False),
            (await client.get(good, headers=BASIC), False),
            (await client.get(good), True),  # the fourth accepted request: no fault yet
            *[(await client.get(good), True) for _ in range(4)],
        ]
    statuses = []
    for response, check_request in answers:
        body = validate("test-results", response, request=check_request)
        statuses.append(response.status_code)
        if response.status_code != 200:
            assert response.headers["content-type"] == "application/problem+json"
            assert body["status"] == response.status_code
            assert body["instance"] == response.request.url.path
    assert statuses == [400, 404, 403, 401, 401, 200, 500, 502, 503, 504]


def _round_path(emulator: ThousandEyesEmulator, name: str, round_id: str) -> str:
    test_type, path, _ = ROUND_OPERATIONS[name]
    test = emulator.dataset.test(TEST_OF_TYPE[test_type])
    filled = path.format(agent=test.agent_ids[0], round=round_id, prefix=test.prefix_id)
    return f"/v7/test-results/{test.test_id}/{filled}"


async def test_the_rate_limit_answer_validates() -> None:
    emulator = _emulator(limits=RateLimits(organization=1))
    async with http(emulator) as client:
        path = _url(emulator, "agent-to-server", "network")
        validate("test-results", await client.get(path))
        refused = await client.get(path)
    assert refused.status_code == 429
    assert validate("test-results", refused)["status"] == 429


async def test_tests_and_agents_answers_validate() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        listing = validate("tests", await client.get("/v7/tests"))
        for test in listing["tests"]:
            assert operation_id("tests", httpx.Request("GET", test["_links"]["self"]["href"]))
            validate("tests", await client.get(f"/v7/tests/{test['type']}"))
            validate("tests", await client.get(test["_links"]["self"]["href"]))
            expand = {"expand": "monitor"} if test["type"] == "bgp" else {"expand": "agent"}
            detail = validate(
                "tests", await client.get(test["_links"]["self"]["href"], params=expand)
            )
            assert ("agents" in detail) == (test["type"] != "bgp")
        missing = await client.get("/v7/tests/voice/1001")
        assert missing.status_code == 404
        validate("tests", missing)
        agents = validate(
            "agents", await client.get("/v7/agents", params={"aid": DEFAULT_ACCOUNT_GROUP})
        )
        for agent in agents["agents"]:
            validate("agents", await client.get(agent["_links"]["self"]["href"]))
        missing = await client.get("/v7/agents/5")
        assert missing.status_code == 404
        validate("agents", missing)
