"""The typed v7 groups: every operation of the eight specs is a method, named by one table."""

from __future__ import annotations

import json
import runpy
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import trio.testing

from thousandeyes_async import AsyncThousandEyes, RecordStream
from thousandeyes_async.models._converter_v7 import unstructure_v7
from thousandeyes_async.models.v7.agents import CloudEnterpriseAgent
from thousandeyes_async.models.v7.operations import OPERATIONS, OPERATIONS_BY_ID
from thousandeyes_async.models.v7.shared import SimpleTest
from thousandeyes_async.models.v7.tests import HttpServerTestResponse
from thousandeyes_async.ratelimit import RateLimiter, UnlimitedLimiter
from thousandeyes_async.ratelimit._api import Priority
from thousandeyes_async.resources import _v7_groups
from thousandeyes_async.resources._test_results import OPERATIONS as RESULTS_METHODS
from thousandeyes_async.resources._v7_methods import METHODS
from thousandeyes_async.testing import TEST_TYPES, V7_ONLY_TYPES, DataSpec, ThousandEyesEmulator

from .conftest import BASE, SECRET
from .v7_generation import GROUP, generated
from .v7_minimal import members, minimal

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parent.parent
GROUPED = [op_id for op_id, (group, _) in METHODS.items() if group != "test_results"]


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _method(te: AsyncThousandEyes, group: str, method: str) -> Any:
    target: Any = te
    for name in group.split("."):
        target = getattr(target, name)
    return getattr(target, method)


async def _read(stream: RecordStream[Any]) -> list[Any]:
    async with stream:
        return [record async for record in stream]


# -- the table ----------------------------------------------------------------


def test_the_table_maps_every_operation_of_the_eight_specs_exactly_once() -> None:
    assert len(OPERATIONS) == 151
    assert sorted(METHODS) == sorted(op.id for op in OPERATIONS)
    assert len(GROUPED) == 130
    results = {op_id for op_id, (group, _) in METHODS.items() if group == "test_results"}
    assert results == {op.id for op in OPERATIONS if op.area == "test-results"}
    assert len(results) == 21
    # One method per operation, except the two DNS server operations of one stream.
    pairs = [METHODS[op_id] for op_id in METHODS]
    doubled = {pair for pair in pairs if pairs.count(pair) > 1}
    assert doubled == {("test_results", "dns_server")}


def test_test_results_entries_are_the_methods_of_te_test_results() -> None:
    for method, (_, op_id) in RESULTS_METHODS.items():
        assert METHODS[op_id] == ("test_results", method)
    assert METHODS["get_test_dns_server_result"] == ("test_results", "dns_server")


# The names of the issue: the contract.
CONTRACT = [
    ("tests", "list"),
    ("tests", "history"),
    *[
        (f"tests.{kind}", verb)
        for kind in (
            "agent_to_server",
            "agent_to_agent",
            "bgp",
            "dns_server",
            "dns_trace",
            "dnssec",
            "http_server",
            "page_load",
            "web_transactions",
            "api",
            "ftp_server",
            "sip_server",
            "voice",
        )
        for verb in ("list", "get", "create", "update", "delete")
    ],
    *[("tests.interface_groups", v) for v in ("list", "create", "update", "delete")],
    ("instant", "agent_to_server"),
    ("instant", "http_server"),
    ("instant", "voice"),
    ("instant", "rerun"),
    ("snapshots", "create"),
    *[("agents", v) for v in ("list", "get", "update", "delete")],
    ("agents", "assign_to_cluster"),
    ("agents", "unassign_from_cluster"),
    ("agents.notification_rules", "list"),
    ("agents.notification_rules", "get"),
    ("agents.proxies", "list"),
    ("agents.local_problems", "list"),
    ("agents", "assign_tests"),
    ("agents", "override_tests"),
    ("agents", "unassign_tests"),
    ("alerts", "list"),
    ("alerts", "get"),
    *[
        (f"alerts.{g}", v)
        for g in ("rules", "suppression_windows")
        for v in ("list", "get", "create", "update", "delete")
    ],
    ("events", "list"),
    ("events", "get"),
    *[
        (g, v)
        for g in ("account_groups", "users", "roles")
        for v in ("list", "get", "create", "update", "delete")
    ],
    ("users", "current"),
    ("permissions", "list"),
    ("audit_user_events", "list"),
]


def test_the_names_of_the_issue_are_in_the_table_and_on_the_client() -> None:
    table = set(METHODS.values())
    te = AsyncThousandEyes(token=SECRET)
    for group, method in CONTRACT:
        assert (group, method) in table, (group, method)
        assert callable(_method(te, group, method))
    assert len([p for p in table if p[0] == "instant"]) == 13
    for group, method in table:
        assert callable(_method(te, group, method)), (group, method)
    assert set(_v7_groups.GROUPS) <= set(vars(te))


@GROUP
def test_the_committed_groups_are_what_the_generator_writes_from_the_table() -> None:
    table = runpy.run_path(str(ROOT / "thousandeyes_async/resources/_v7_methods.py"))["METHODS"]
    groups = generated().groups(table)
    committed = (ROOT / "thousandeyes_async/resources/_v7_groups.py").read_text(encoding="utf-8")
    assert groups == committed, "run nox -s generate"
    # A renamed method changes the generated module: the table is its source.
    renamed = {**table, "get_current_user": ("users", "me")}
    other = generated().groups(renamed)
    assert "def me(" in other
    assert "def current(" not in other


# -- every operation against respx --------------------------------------------


def _ids(op_id: str) -> tuple[list[str], str]:
    op = OPERATIONS_BY_ID[op_id]
    ids = [str(11 + index) for index, _ in enumerate(op.path_parameters)]
    keys = {p.key: value for p, value in zip(op.path_parameters, ids, strict=True)}
    return ids, "/v7" + op.path.format(**keys)


def _is_list(op_id: str) -> bool:
    op = OPERATIONS_BY_ID[op_id]
    return op.method == "GET" and op.item is not None


def _answers(op_id: str) -> list[httpx.Response]:
    op = OPERATIONS_BY_ID[op_id]
    _, path = _ids(op_id)
    if _is_list(op_id):
        assert op.items is not None
        first = {
            op.items: [minimal(op.item)],
            "_links": {"next": {"href": f"{BASE}{path}?cursor=abc"}},
        }
        last = {**minimal(op.response), op.items: [minimal(op.item)]}
        return [httpx.Response(200, json=first), httpx.Response(200, json=last)]
    if op.response is None:
        return [httpx.Response(op.status)]
    return [httpx.Response(op.status, json=minimal(op.response))]


@pytest.mark.parametrize("op_id", GROUPED)
async def test_every_operation_sends_its_request_and_returns_its_typed_answer(op_id: str) -> None:
    op = OPERATIONS_BY_ID[op_id]
    group, method = METHODS[op_id]
    ids, path = _ids(op_id)
    body = [minimal(op.request)] if op.request is not None else []
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        route = mock.route(method=op.method, path=path)
        route.side_effect = [*_answers(op_id), *_answers(op_id)]
        async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
            call = _method(te, group, method)
            typed = call(*ids, *body)
            raw = call(*ids, *body, raw=True, account_group_id="77", priority=Priority.BULK)
            if _is_list(op_id):
                records, dicts = await _read(typed), await _read(raw)
                assert len(records) == 2
                assert all(isinstance(r, members(op.item)) for r in records)
                assert dicts == [minimal(op.item)] * 2
                assert [unstructure_v7(r) for r in records] == dicts
            else:
                record, answer = await typed, await raw
                if op.response is None:
                    assert record is None
                    assert answer is None
                else:
                    assert isinstance(record, members(op.response))
                    assert answer == minimal(op.response)
    requests = [call.request for call in route.calls]
    assert {r.method for r in requests} == {op.method}
    assert requests[0].url.params.get("aid") is None
    assert requests[-1].url.params["aid"] == "77"
    for request in requests:
        if op.request is not None:
            assert request.headers["content-type"] == "application/json"
            assert json.loads(request.content) == body[0]
        else:
            assert request.content == b""


async def test_a_delete_returns_none_and_a_get_takes_its_query_keywords() -> None:
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        deleted = mock.delete("/v7/tests/http-server/5").respond(204)
        got = mock.get("/v7/tests/http-server/5").respond(200, json=minimal(HttpServerTestResponse))
        async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
            assert await te.tests.http_server.delete(5) is None
            test = await te.tests.http_server.get("5", expand=["agent"], version_id="3")
    assert deleted.called
    assert isinstance(test, HttpServerTestResponse)
    assert got.calls[0].request.url.params["expand"] == "agent"
    assert got.calls[0].request.url.params["versionId"] == "3"


async def test_query_keywords_are_checked_before_anything_is_sent() -> None:
    async with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        route = mock.route()
        async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
            with pytest.raises(ValueError, match="expand must be one of"):
                await te.tests.http_server.get(5, expand=["nothing"])
            with pytest.raises(ValueError, match="state must be one of"):
                te.alerts.list(state="bogus")
            with pytest.raises(TypeError, match="max must be an int"):
                te.alerts.list(max="10")  # type: ignore[arg-type]
            with pytest.raises(ValueError, match="test_id must be an id"):
                await te.tests.http_server.get("5/../6")
    assert not route.called


async def test_alerts_take_a_window_or_start_and_end_and_a_state() -> None:
    start = datetime(2030, 1, 1, tzinfo=UTC)
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        route = mock.get("/v7/alerts").respond(200, json={"alerts": [], "_links": {}})
        async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
            assert await _read(te.alerts.list(window="2h", state="trigger")) == []
            ranged = te.alerts.list(start=start, end=start + timedelta(hours=1), max=5)
            assert await _read(ranged) == []
            with pytest.raises(ValueError, match="not both"):
                te.alerts.list(window="1h", start=start)
    first, second = (dict(call.request.url.params) for call in route.calls)
    assert first == {"window": "2h", "state": "trigger"}
    assert second == {
        "startDate": "2030-01-01T00:00:00Z",
        "endDate": "2030-01-01T01:00:00Z",
        "max": "5",
    }


async def test_instant_tests_and_snapshots_take_their_own_buckets() -> None:
    op = OPERATIONS_BY_ID
    limiter = RateLimiter()
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        mock.get("/v7/tests").respond(200, json={"tests": []})
        async with AsyncThousandEyes(token=SECRET, limiter=limiter, organization="acme") as te:
            await _read(te.tests.list())
            # An ordinary call takes the organization's bucket only.
            assert set(te.rate_limit_stats()) == {"organization"}
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        mock.post("/v7/tests/http-server/instant").respond(
            201, json=minimal(op["create_http_server_instant_test"].response)
        )
        mock.post("/v7/tests/9/run").respond(200)
        mock.post("/v7/tests/9/snapshot").respond(
            201, json=minimal(op["create_test_snapshot"].response)
        )
        async with AsyncThousandEyes(token=SECRET, limiter=limiter, organization="acme") as te:
            await te.instant.http_server(minimal(op["create_http_server_instant_test"].request))
            await te.instant.rerun(9)
            await te.snapshots.create(9, minimal(op["create_test_snapshot"].request))
            stats = te.rate_limit_stats()
            sent = [c.request.url.path for c in mock.calls]
    assert set(stats) == {"organization", "instant-test", "snapshot"}
    assert sent == ["/v7/tests/http-server/instant", "/v7/tests/9/run", "/v7/tests/9/snapshot"]


# -- against the emulator, where it serves the path ----------------------------


def _emulator() -> ThousandEyesEmulator:
    types = (*TEST_TYPES, *V7_ONLY_TYPES)
    # The API test comes from test_types here, not from the organization's own API tests.
    data = DataSpec(tests=len(types), test_types=types, api_tests=0)
    return ThousandEyesEmulator(data=data, page_size=10)


async def test_tests_and_agents_against_the_emulator() -> None:
    emulator = _emulator()
    async with emulator.client(api_version="v7") as te:
        tests = await _read(te.tests.list())
        raw_tests = await _read(te.tests.list(raw=True))
        http = await _read(te.tests.http_server.list())
        agents = await _read(te.agents.list())
        one = await te.tests.http_server.get(http[0].test_id, expand=["agent"])
        agent = await te.agents.get(agents[0].agent_id, raw=True)
    assert len(tests) == len(TEST_TYPES) + len(V7_ONLY_TYPES)
    assert all(type(t) is SimpleTest for t in tests)
    assert [unstructure_v7(t) for t in tests] == raw_tests
    assert [t.type for t in http] == ["http-server"]
    assert isinstance(one, HttpServerTestResponse)
    assert one.test_id == http[0].test_id
    assert all(type(a) is CloudEnterpriseAgent for a in agents)
    assert agent["agentId"] == agents[0].agent_id


TYPES = [
    "agent_to_server",
    "agent_to_agent",
    "bgp",
    "dns_server",
    "dns_trace",
    "dnssec",
    "http_server",
    "page_load",
    "web_transactions",
    "api",
    "ftp_server",
    "sip_server",
    "voice",
]


@pytest.mark.parametrize("kind", TYPES)
async def test_every_test_type_lists_and_gets_its_tests_from_the_emulator(kind: str) -> None:
    list_id = next(i for i, m in METHODS.items() if m == (f"tests.{kind}", "list"))
    get_id = next(i for i, m in METHODS.items() if m == (f"tests.{kind}", "get"))
    emulator = _emulator()
    async with emulator.client(api_version="v7") as te:
        group = getattr(te.tests, kind)
        tests = await _read(group.list())
        raw = await _read(group.list(raw=True))
        one = await group.get(tests[0].test_id)
    assert len(tests) == 1
    assert all(isinstance(t, members(OPERATIONS_BY_ID[list_id].item)) for t in tests)
    assert [unstructure_v7(t) for t in tests] == raw
    assert isinstance(one, members(OPERATIONS_BY_ID[get_id].response))
    assert one.test_id == tests[0].test_id
