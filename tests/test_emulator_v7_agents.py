"""v7 agents kept in state: update, delete, clusters, test assignment; and the
read-only agent answers. Every answer is checked against the agents document."""

from __future__ import annotations

import pytest
import trio.testing

from thousandeyes_async.testing import DataSpec, ThousandEyesEmulator

from .emulator_support import http
from .v7_spec_support import operation_id, validate

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator(seed: int = 0) -> ThousandEyesEmulator:
    return ThousandEyesEmulator(data=DataSpec(seed=seed, agents=5, agents_per_test=2))


async def test_update_shows_the_new_settings_and_delete_removes_the_agent_from_its_tests() -> None:
    emulator = _emulator()
    test = next(t for t in emulator.dataset.tests() if t.type == "agent-to-server")
    agent_id = test.agent_ids[0]
    url = f"/v7/agents/{agent_id}"
    async with http(emulator) as client:
        body = {"agentName": "Renamed", "enabled": False, "ipv6Policy": "force-ipv4"}
        updated = await client.put(url, json=body, params={"expand": "test-ids"})
        assert operation_id("agents", updated.request) == "updateAgent"
        shown = validate("agents", updated)
        assert (shown["agentName"], shown["enabled"], shown["ipv6Policy"]) == (
            "Renamed",
            False,
            "force-ipv4",
        )
        assert str(test.test_id) in shown["testIds"]
        got = validate("agents", await client.get(url, params={"expand": "test,test-ids"}))
        assert got["agentName"] == "Renamed"
        assert str(test.test_id) in [t["testId"] for t in got["tests"]]
        bad = await client.put(url, json={"ipv6Policy": "ipv8"})
        assert bad.status_code == 400
        assert validate("agents", bad, request=False)["errors"][0]["field"] == "ipv6Policy"

        deleted = await client.delete(url)
        assert deleted.status_code == 204
        validate("agents", deleted)
        for answer in (await client.get(url), await client.delete(url)):
            assert answer.status_code == 404
            validate("agents", answer)
        listed = validate("agents", await client.get("/v7/agents"))["agents"]
        assert str(agent_id) not in [a["agentId"] for a in listed]
        results = await client.get(
            f"/v7/test-results/{test.test_id}/network", params={"window": "1h"}
        )
        agents = {r["agent"]["agentId"] for r in validate("test-results", results)["results"]}
        assert agents == {str(a) for a in test.agent_ids[1:]}


async def test_assign_override_and_unassign_tests_change_the_tests_agents() -> None:
    emulator = _emulator()
    agent_id = emulator.dataset.agents[4].agent_id
    runnable = [t for t in emulator.dataset.tests() if t.type != "bgp"]
    first, second = runnable[0].test_id, runnable[1].test_id
    base = f"/v7/agents/{agent_id}/tests"
    async with http(emulator) as client:

        async def tests_of_agent() -> set[str]:
            got = await client.get(f"/v7/agents/{agent_id}", params={"expand": "test-ids"})
            return set(validate("agents", got).get("testIds", []))

        before = await tests_of_agent()
        assigned = await client.post(f"{base}/assign", json={"testIds": [str(first), str(second)]})
        assert operation_id("agents", assigned.request) == "assignTests"
        assert {str(first), str(second)} <= set(validate("agents", assigned)["testIds"])
        detail = validate(
            "tests",
            await client.get(f"/v7/tests/{runnable[0].type}/{first}", params={"expand": "agent"}),
        )
        assert str(agent_id) in [a["agentId"] for a in detail["agents"]]

        unassigned = await client.post(f"{base}/unassign", json={"testIds": [str(first)]})
        assert operation_id("agents", unassigned.request) == "unassignTests"
        assert str(first) not in validate("agents", unassigned)["testIds"]

        overridden = await client.post(f"{base}/override", json={"testIds": [str(first)]})
        assert operation_id("agents", overridden.request) == "overwriteTests"
        assert validate("agents", overridden)["testIds"] == [str(first)]
        assert await tests_of_agent() == {str(first)} != before

        bgp = next(t for t in emulator.dataset.tests() if t.type == "bgp")
        for mode in ("assign", "override", "unassign"):
            wrong = await client.post(f"{base}/{mode}", json={"testIds": ["77", str(bgp.test_id)]})
            assert wrong.status_code == 400
            errors = validate("agents", wrong, request=False)["errors"]
            assert [e["field"] for e in errors] == ["testIds[0]", "testIds[1]"]
        assert await tests_of_agent() == {str(first)}  # a refused write changed nothing
        missing = await client.post("/v7/agents/77/tests/assign", json={"testIds": []})
        assert missing.status_code == 404
        validate("agents", missing)


async def test_cluster_assign_and_unassign() -> None:
    emulator = _emulator()
    head, member, other = (a.agent_id for a in emulator.dataset.agents[:3])
    async with http(emulator) as client:
        joined = await client.post(
            f"/v7/agents/{head}/cluster/assign", json={"agents": [str(member), str(other)]}
        )
        assert operation_id("agents", joined.request) == "assignAgentToCluster"
        cluster = validate("agents", joined)
        assert cluster["agentType"] == "enterprise-cluster"
        assert [m["memberId"] for m in cluster["clusterMembers"]] == [
            str(head),
            str(member),
            str(other),
        ]
        listed = validate("agents", await client.get("/v7/agents"))["agents"]
        ids = [a["agentId"] for a in listed]
        assert str(head) in ids
        assert str(member) not in ids
        assert (await client.get(f"/v7/agents/{member}")).status_code == 404
        again = await client.post(f"/v7/agents/{other}/cluster/assign", json={"agents": []})
        assert again.status_code == 404
        unknown = await client.post(f"/v7/agents/{head}/cluster/assign", json={"agents": ["7"]})
        assert unknown.status_code == 400
        errors = validate("agents", unknown, request=False)["errors"]
        assert [e["field"] for e in errors] == ["agents[0]"]

        freed = await client.post(
            f"/v7/agents/{head}/cluster/unassign", json={"members": [str(member)]}
        )
        assert operation_id("agents", freed.request) == "unassignAgentFromCluster"
        assert [a["agentId"] for a in validate("agents", freed)["agents"]] == [str(member)]
        got = await client.get(f"/v7/agents/{head}", params={"expand": "cluster-member"})
        members = [m["memberId"] for m in validate("agents", got)["clusterMembers"]]
        assert members == [str(head), str(other)]
        not_member = await client.post(
            f"/v7/agents/{head}/cluster/unassign", json={"members": [str(member)]}
        )
        assert not_member.status_code == 400
        validate("agents", not_member, request=False)


async def test_notification_rules_proxies_and_local_problems() -> None:
    emulator = _emulator(seed=1)
    async with http(emulator) as client:
        rules = validate("agents", await client.get("/v7/agents/notification-rules"))
        rule_id = rules["agentAlertRules"][0]["ruleId"]
        rule = validate("agents", await client.get(f"/v7/agents/notification-rules/{rule_id}"))
        assert rule["ruleId"] == rule_id
        missing = await client.get("/v7/agents/notification-rules/1")
        assert missing.status_code == 404
        validate("agents", missing)
        proxies = validate("agents", await client.get("/v7/agents/proxies"))["agentProxies"]
        assert proxies
        assert all("password" not in p for p in proxies)
        week = await client.get("/v7/agents/local-problems", params={"window": "7d"})
        problems = validate("agents", week)["localProblems"]
        assert problems
        again = validate(
            "agents", await client.get("/v7/agents/local-problems", params={"window": "7d"})
        )
        assert again["localProblems"] == problems
        day = validate("agents", await client.get("/v7/agents/local-problems"))
        assert len(day["localProblems"]) < len(problems)
        bad = await client.get(
            "/v7/agents/local-problems",
            params={"window": "1h", "startDate": "2024-01-01T00:00:00Z"},
        )
        assert bad.status_code == 400
        validate("agents", bad, request=False)
