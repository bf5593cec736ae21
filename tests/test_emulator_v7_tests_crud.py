"""v7 tests kept in the emulator's state: create, read, update, delete, history, errors.

Every answer is checked against the vendored tests document with openapi-core;
requests sent wrong on purpose are checked only for their answer.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import trio
import trio.testing

from thousandeyes_async.testing import DataSpec, ThousandEyesEmulator

from .emulator_support import http
from .v7_spec_support import (
    operation,
    operation_id,
    repair_example,
    request_example,
    validate,
)
from .v7_specs import specs

pytestmark = pytest.mark.anyio

#: v7 test type -> (create, get, update, delete, list) operation ids of the document.
TYPES: dict[str, dict[str, str]] = {}
for _path, _item in specs()["tests"]["paths"].items():
    _parts = _path.strip("/").split("/")
    if len(_parts) >= 2 and _parts[1] not in ("{testId}",) and _parts[0] == "tests":
        for _method, _op in _item.items():
            key = _method if len(_parts) == 3 else {"get": "list", "post": "create"}[_method]
            TYPES.setdefault(_parts[1], {})[key] = _op["operationId"]


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator(seed: int = 0) -> ThousandEyesEmulator:
    return ThousandEyesEmulator(data=DataSpec(seed=seed, agents=4))


def _body(emulator: ThousandEyesEmulator, name: str) -> dict[str, Any]:
    """The spec's example body of an operation, naming agents the emulator has."""
    body = request_example("tests", name)
    agents = [str(a.agent_id) for a in emulator.dataset.agents]
    if "agents" in body:
        body["agents"] = [{"agentId": agents[0]}, {"agentId": agents[1]}]
    if "targetAgentId" in body:
        body["targetAgentId"] = agents[2]
    repair_example(body)
    if "alertRules" in body:  # the example's rules are not the emulator's
        body["alertRules"] = ["60001"]
    return body


def test_every_type_of_the_document_is_covered() -> None:
    assert len(TYPES) == 13
    for names in TYPES.values():
        assert set(names) == {"list", "create", "get", "put", "delete"}


@pytest.mark.parametrize("test_type", sorted(TYPES))
async def test_create_read_update_delete_each_type(test_type: str) -> None:
    names = TYPES[test_type]
    emulator = _emulator()
    async with http(emulator) as client:
        created = await client.post(f"/v7/tests/{test_type}", json=_body(emulator, names["create"]))
        assert created.status_code == 201, created.text
        assert operation_id("tests", created.request) == names["create"]
        test = validate("tests", created)
        assert test["type"] == test_type
        assert test["testName"] == "ThousandEyes Test"
        assert "password" not in test  # write-only: never shown again
        url = f"/v7/tests/{test_type}/{test['testId']}"
        assert created.headers["location"].endswith(url)

        got = validate("tests", await client.get(url))
        assert got["testId"] == test["testId"]
        listed = validate("tests", await client.get(f"/v7/tests/{test_type}"))
        assert test["testId"] in [t["testId"] for t in listed["tests"]]
        every = validate("tests", await client.get("/v7/tests"))
        assert test["testId"] in [t["testId"] for t in every["tests"]]

        broken = await client.put(url, json={"enabled": "yes", "testName": 5})
        assert broken.status_code == 400
        errors = validate("tests", broken, request=False)["errors"]
        assert {"enabled", "testName"} <= {e["field"] for e in errors}

        await trio.sleep(60)
        update = _body(emulator, names["put"])
        update["testName"] = "renamed"
        updated = await client.put(url, json=update)
        assert updated.status_code == 200, updated.text
        assert validate("tests", updated)["testName"] == "renamed"
        assert validate("tests", await client.get(url))["testName"] == "renamed"
        history = validate("tests", await client.get(f"/v7/tests/{test['testId']}/history"))
        versions = history["testVersionHistory"]
        assert len(versions) == 2
        assert versions[0]["versionTimestamp"] > versions[1]["versionTimestamp"]

        deleted = await client.delete(url)
        assert deleted.status_code == 204
        assert deleted.content == b""
        validate("tests", deleted)
        for answer in (await client.get(url), await client.delete(url)):
            assert answer.status_code == 404
            validate("tests", answer)
        every = validate("tests", await client.get("/v7/tests"))
        assert test["testId"] not in [t["testId"] for t in every["tests"]]


async def test_a_generated_test_can_be_updated_and_deleted() -> None:
    emulator = _emulator()
    test = emulator.dataset.tests()[0]
    url = f"/v7/tests/{test.type}/{test.test_id}"
    async with http(emulator) as client:
        before = validate("tests", await client.get(url))
        body = _body(emulator, TYPES[test.type]["put"])
        body["interval"] = 3600
        updated = validate("tests", await client.put(url, json=body))
        assert updated["interval"] == 3600 != before["interval"]
        history = validate("tests", await client.get(f"/v7/tests/{test.test_id}/history"))
        assert len(history["testVersionHistory"]) == 2
        one = await client.get(f"/v7/tests/{test.test_id}/history", params={"limit": 1})
        assert len(validate("tests", one)["testVersionHistory"]) == 1
        assert (await client.delete(url)).status_code == 204
        results = await client.get(f"/v7/test-results/{test.test_id}/network")
        assert results.status_code == 404
        history = await client.get(f"/v7/tests/{test.test_id}/history")
        assert history.status_code == 404
        validate("tests", history)


async def _http_results(client: httpx.AsyncClient, test_id: str) -> list[dict[str, Any]]:
    response = await client.get(f"/v7/test-results/{test_id}/http-server", params={"window": "1h"})
    assert response.status_code == 200, response.text
    return list(validate("test-results", response)["results"])


async def test_a_created_http_server_test_has_results_from_its_next_round_until_deleted() -> None:
    emulator = _emulator()
    body = _body(emulator, "createHttpServerTest")
    body["interval"] = 300
    async with http(emulator) as client:
        created = validate("tests", await client.post("/v7/tests/http-server", json=body))
        test_id = created["testId"]
        assert await _http_results(client, test_id) == []  # no round has run yet
        await trio.sleep(300)
        first = await _http_results(client, test_id)
        assert len(first) == 2  # one round, two agents
        assert {r["agent"]["agentId"] for r in first} == {a["agentId"] for a in body["agents"]}
        v6 = await client.get(f"/v6/web/http-server/{test_id}.json", params={"window": "1h"})
        assert v6.status_code == 200
        assert len(v6.json()["web"]["httpServer"]) == 2
        await trio.sleep(600)
        assert len(await _http_results(client, test_id)) == 6
        assert (await client.delete(f"/v7/tests/http-server/{test_id}")).status_code == 204
        gone = await client.get(f"/v7/test-results/{test_id}/http-server")
        assert gone.status_code == 404
        validate("test-results", gone)
        assert (await client.get(f"/v6/web/http-server/{test_id}.json")).status_code == 404


async def _created_results(seed: int) -> list[dict[str, Any]]:
    emulator = _emulator(seed)
    body = _body(emulator, "createHttpServerTest")
    async with http(emulator) as client:
        created = validate("tests", await client.post("/v7/tests/http-server", json=body))
        await trio.sleep(600)
        return await _http_results(client, created["testId"])


async def test_results_of_created_tests_are_deterministic_under_the_seed() -> None:
    first, again, other = [await _created_results(s) for s in (3, 3, 4)]
    assert first == again
    assert first
    assert first != other


@pytest.mark.parametrize("test_type", sorted(TYPES))
async def test_a_body_that_breaks_the_schema_gets_a_400_listing_each_violation(
    test_type: str,
) -> None:
    emulator = _emulator()
    create = TYPES[test_type]["create"]
    body = _body(emulator, create)
    assert operation("tests", create)[0] == "POST"
    broken = {k: v for k, v in body.items() if k not in ("agents", "prefix")}
    broken["enabled"] = "yes"
    if "interval" in body:
        broken["interval"] = 61
    async with http(emulator) as client:
        answer = await client.post(f"/v7/tests/{test_type}", json=broken)
        problem = validate("tests", answer, request=False)
        fields = {e["field"]: e["code"] for e in problem["errors"]}
        assert answer.status_code == 400
        assert answer.headers["content-type"] == "application/problem+json"
        assert fields["enabled"] == "type"
        if test_type == "bgp":
            assert fields["prefix"] == "required"
        else:
            assert fields["agents"] == "required"
            assert fields["interval"] == "enum"
        listed = validate("tests", await client.get(f"/v7/tests/{test_type}"))
        assert all(t["testName"] != "ThousandEyes Test" for t in listed["tests"])


async def test_unknown_agents_and_nested_faults_are_listed() -> None:
    emulator = _emulator()
    body = _body(emulator, "createAgentToAgentTest")
    body["agents"] = [{"agentId": "999"}, {"sourceIpAddress": "1.1.1.1"}]
    async with http(emulator) as client:
        answer = await client.post("/v7/tests/agent-to-agent", json=body)
        assert answer.status_code == 400
        fields = [e["field"] for e in validate("tests", answer, request=False)["errors"]]
        assert fields == ["agents[1].agentId"]
        body["agents"] = [{"agentId": "999"}]
        body["targetAgentId"] = "998"
        answer = await client.post("/v7/tests/agent-to-agent", json=body)
        fields = [e["field"] for e in validate("tests", answer, request=False)["errors"]]
        assert fields == ["agents[0].agentId", "targetAgentId"]


async def test_writes_need_a_json_content_type_and_a_json_body() -> None:
    emulator = _emulator()
    body = _body(emulator, "createDnsTraceTest")
    text = json.dumps(body)
    async with http(emulator) as client:
        plain = await client.post(
            "/v7/tests/dns-trace", content=text, headers={"Content-Type": "text/plain"}
        )
        missing = await client.post("/v7/tests/dns-trace", content=text)
        broken = await client.post(
            "/v7/tests/dns-trace", content=b"{", headers={"Content-Type": "application/json"}
        )
        for answer, field in ((plain, "Content-Type"), (missing, "Content-Type"), (broken, "body")):
            assert answer.status_code == 400  # the documents list no 415: their 400 it is
            problem = validate("tests", answer, request=False)
            assert [e["field"] for e in problem["errors"]] == [field]
        accepted = await client.post(
            "/v7/tests/dns-trace",
            content=text,
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        assert accepted.status_code == 201


async def test_unknown_ids_types_and_methods() -> None:
    emulator = _emulator()
    test = emulator.dataset.tests()[0]
    async with http(emulator) as client:
        body = _body(emulator, TYPES[test.type]["put"])
        answers = {
            "unknown id": await client.get("/v7/tests/http-server/77"),
            "other type": await client.get(f"/v7/tests/voice/{test.test_id}"),
            "update unknown": await client.put("/v7/tests/http-server/77", json=body),
            "delete unknown": await client.delete("/v7/tests/http-server/77"),
            "history unknown": await client.get("/v7/tests/77/history"),
        }
        for name, answer in answers.items():
            assert answer.status_code == 404, name
            validate("tests", answer, request=False)
        bad_limit = await client.get(f"/v7/tests/{test.test_id}/history", params={"limit": 0})
        assert bad_limit.status_code == 400
        unknown_type = await client.post("/v7/tests/smtp", json=body)
        assert unknown_type.status_code == 404
        patch = await client.patch(f"/v7/tests/{test.type}/{test.test_id}", json=body)
        assert patch.status_code == 405
        assert patch.headers["content-type"] == "application/problem+json"
