"""v7 instant tests, reruns and snapshots: what they create and the limits they count
against. Every answer is checked against the instant-tests and test-snapshots documents."""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing

from thousandeyes_async.testing import DataSpec, RateLimits, ThousandEyesEmulator

from .emulator_support import http
from .v7_spec_support import operation_id, repair_example, request_example, validate
from .v7_specs import specs

pytestmark = pytest.mark.anyio

#: v7 test type -> the operation that creates an instant test of it.
INSTANT: dict[str, str] = {
    path.split("/")[2]: item["post"]["operationId"]
    for path, item in specs()["instant-tests"]["paths"].items()
    if path.endswith("/instant")
}


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator(**kwargs: Any) -> ThousandEyesEmulator:
    return ThousandEyesEmulator(data=DataSpec(agents=4), **kwargs)


def _body(emulator: ThousandEyesEmulator, name: str) -> dict[str, Any]:
    body = request_example("instant-tests", name)
    agents = [str(a.agent_id) for a in emulator.dataset.agents]
    body["agents"] = [{"agentId": agents[0]}]
    if "targetAgentId" in body:
        body["targetAgentId"] = agents[1]
    repair_example(body)
    return body


def test_the_twelve_instant_operations() -> None:
    assert len(INSTANT) == 12


@pytest.mark.parametrize("test_type", sorted(INSTANT))
async def test_an_instant_test_is_created_and_listed(test_type: str) -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        created = await client.post(
            f"/v7/tests/{test_type}/instant", json=_body(emulator, INSTANT[test_type])
        )
        assert created.status_code == 201, created.text
        assert operation_id("instant-tests", created.request) == INSTANT[test_type]
        test = validate("instant-tests", created)
        assert test["type"] == test_type
        assert created.headers["x-instant-test-rate-limit-remaining"] == "23"
        listed = validate("tests", await client.get("/v7/tests"))["tests"]
        assert test["testId"] in [t["testId"] for t in listed]
        broken = await client.post(f"/v7/tests/{test_type}/instant", json={"agents": "all"})
        assert broken.status_code == 400
        errors = validate("instant-tests", broken, request=False)["errors"]
        assert {e["field"]: e["code"] for e in errors}["agents"] == "type"


async def test_an_instant_test_has_results_from_the_current_round_and_reruns() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        body = _body(emulator, "createHttpServerInstantTest")
        test = validate(
            "instant-tests", await client.post("/v7/tests/http-server/instant", json=body)
        )
        url = f"/v7/test-results/{test['testId']}/http-server"
        now = validate("test-results", await client.get(url))["results"]
        assert len(now) == 1  # one agent, the round that is running
        earlier = await client.get(url, params={"window": "1d"})
        assert validate("test-results", earlier)["results"] == now  # nothing before it
        await trio.sleep(3600)
        run = await client.post(f"/v7/tests/{test['testId']}/run")
        assert operation_id("instant-tests", run.request) == "runInstantTest"
        assert run.status_code == 200
        validate("instant-tests", run)
        assert run.headers["x-instant-test-rate-limit-remaining"] == "23"  # first of a new window
        rerun = validate("test-results", await client.get(url, params={"window": "1d"}))
        assert len(rerun["results"]) == 1
        assert rerun["results"] != now
        for path in ("/v7/tests/77/run", f"/v7/tests/{emulator.dataset.tests()[0].test_id}/run"):
            missing = await client.post(path)
            assert missing.status_code == 404  # unknown, or not an instant test
            validate("instant-tests", missing)


async def test_instant_tests_and_reruns_share_the_instant_test_limit() -> None:
    emulator = _emulator(limits=RateLimits(instant_tests=2))
    async with http(emulator) as client:
        body = _body(emulator, "createDnsTraceInstantTest")
        first = validate(
            "instant-tests", await client.post("/v7/tests/dns-trace/instant", json=body)
        )
        rerun = await client.post(f"/v7/tests/{first['testId']}/run")
        assert rerun.status_code == 200
        refused = await client.post("/v7/tests/dns-trace/instant", json=body)
        assert refused.status_code == 429
        assert validate("instant-tests", refused)["status"] == 429
        assert refused.headers["x-instant-test-rate-limit-remaining"] == "0"
        refused_run = await client.post(f"/v7/tests/{first['testId']}/run")
        assert refused_run.status_code == 429
        ordinary = await client.get("/v7/tests")  # the organization limit still has room
        assert ordinary.status_code == 200
        await trio.sleep(60)
        again = await client.post("/v7/tests/dns-trace/instant", json=body)
        assert again.status_code == 201


async def test_snapshots_are_created_and_count_against_their_limit() -> None:
    emulator = _emulator(limits=RateLimits(snapshots=2))
    test = emulator.dataset.tests()[0]
    body = request_example("test-snapshots", "createTestSnapshot")
    body.update(startDate="2023-12-31T22:00:00Z", endDate="2023-12-31T23:00:00Z")
    path = f"/v7/tests/{test.test_id}/snapshot"
    async with http(emulator) as client:
        created = await client.post(path, json=body)
        assert created.status_code == 201, created.text
        assert operation_id("test-snapshots", created.request) == "createTestSnapshot"
        snapshot = validate("test-snapshots", created)
        assert snapshot["sourceTestId"] == str(test.test_id)
        assert snapshot["endRoundId"] - snapshot["startRoundId"] <= 3600
        # Failed requests create nothing, so they do not count.
        backwards = {**body, "startDate": body["endDate"], "endDate": body["startDate"]}
        for bad in (backwards, {"displayName": "x"}):
            answer = await client.post(path, json=bad)
            assert answer.status_code == 400
            validate("test-snapshots", answer, request=False)
        missing = await client.post("/v7/tests/77/snapshot", json=body)
        assert missing.status_code == 404
        validate("test-snapshots", missing)
        second = await client.post(path, json=body)
        assert second.status_code == 201
        assert validate("test-snapshots", second)["id"] != snapshot["id"]
        refused = await client.post(path, json=body)
        assert refused.status_code == 429
        validate("test-snapshots", refused)
        await trio.sleep(300)
        assert (await client.post(path, json=body)).status_code == 201
