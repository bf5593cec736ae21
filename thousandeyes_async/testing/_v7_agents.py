"""v7 agents: list, get, update, delete, clusters, test assignment, notification
rules, proxies and local problems.

Test assignment changes the tests themselves (their agents, hence their
results); a deleted agent leaves every test it ran. A cluster is an agent with
members: its members are no longer listed on their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ._entities import Agent, Record
from ._routes import Reply
from ._v7_bodies import BodyRule, BodyViolations, check_body, json_body
from ._v7_collections import hal, record_event
from ._v7_objects import render_v7_agent, render_v7_test
from ._v7_paging import iso_date, resolve_v7_range
from ._v7_problems import ProblemError

if TYPE_CHECKING:
    from ._v7_routes import V7Request

__all__ = [
    "assign_tests",
    "cluster_assign",
    "cluster_unassign",
    "delete_agent",
    "get_agent",
    "list_agents",
    "local_problems",
    "notification_rule",
    "notification_rules",
    "proxies",
    "update_agent",
]

_UPDATE = BodyRule(
    "AgentRequest",
    {
        "agentName": "string",
        "enabled": "boolean",
        "accountGroups": "array",
        "ipv6Policy": ("force-ipv4", "prefer-ipv6", "force-ipv6"),
        "keepBrowserCache": "boolean",
        "targetForTests": "string",
        "localResolutionPrefixes": "array",
        "tests": "array",
    },
)
_CLUSTER = BodyRule("AgentClusterAssignRequest", {"agents": "array"})
_MEMBERS = BodyRule("AgentClusterUnassignRequest", {"members": "array"})
_TESTS = BodyRule("AgentTestsAssignRequest", {"testIds": "array"})
_SHOWN = ("enabled", "ipv6Policy", "keepBrowserCache", "targetForTests")


def _agent(request: V7Request, text: str) -> Agent:
    data = request.emulator.dataset
    if text.isdigit() and data.has_agent(int(text)) and not _member_of(request, int(text)):
        return data.agent(int(text))
    raise ProblemError(404, f"no agent with id {text}")


def _member_of(request: V7Request, agent_id: int) -> int | None:
    for head, members in request.emulator.v7.clusters.items():
        if agent_id in members and agent_id != head:
            return head
    return None


def _expand(request: V7Request, *always: str) -> set[str]:
    return {v for v in request.params.get("expand", "").split(",") if v} | set(always)


def _render(request: V7Request, agent: Agent, expand: set[str]) -> Record:
    """An agent; ``expand`` names what else to show: cluster members, tests, test ids."""
    body = render_v7_agent(agent, request.api_root)
    settings = request.emulator.v7.agent_settings.get(agent.agent_id, {})
    body.update({k: settings[k] for k in _SHOWN if k in settings})
    if "accountGroups" in settings:
        body["accountGroups"] = [
            {"aid": str(a), "accountGroupName": f"Account group {a}"}
            for a in settings["accountGroups"]
        ]
    members = request.emulator.v7.clusters.get(agent.agent_id)
    if members:
        body["agentType"] = "enterprise-cluster"
    if members and "cluster-member" in expand:
        data = request.emulator.dataset
        body["clusterMembers"] = [
            {
                "memberId": str(m),
                "name": data.agent(m).name,
                "ipAddresses": [data.agent(m).ip],
                "publicIpAddresses": [data.agent(m).ip],
                "agentState": "online",
            }
            for m in members
        ]
    if "test" in expand or "test-ids" in expand:
        tests = [
            t
            for t in request.emulator.dataset.tests()
            if agent.agent_id in t.agent_ids and t.type != "bgp"  # BGP tests run on monitors
        ]
        if "test" in expand:
            body["tests"] = [render_v7_test(t, request.api_root) for t in tests]
        if "test-ids" in expand:
            body["testIds"] = [str(t.test_id) for t in tests]
    return body


def list_agents(request: V7Request) -> Reply:
    data = request.emulator.dataset
    agents = [
        _render(request, a, _expand(request))
        for a in data.agents
        if _member_of(request, a.agent_id) is None
    ]
    return hal({"agents": agents, "_links": {"self": request.self_link}})


def get_agent(request: V7Request, text: str) -> Reply:
    return hal(_render(request, _agent(request, text), _expand(request)))


def _body(request: V7Request, rule: BodyRule) -> dict[str, Any]:
    return check_body(json_body(request.body, request.content_type), rule)


def update_agent(request: V7Request, text: str, now: float) -> Reply:
    agent = _agent(request, text)
    body = _body(request, _UPDATE)
    data = request.emulator.dataset
    if "tests" in body:
        _override(request, agent.agent_id, _test_ids(request, body["tests"], "tests"))
    if "agentName" in body:
        data.rename_agent(agent.agent_id, str(body["agentName"]))
        agent = data.agent(agent.agent_id)
    settings = request.emulator.v7.agent_settings.setdefault(agent.agent_id, {})
    settings.update({k: v for k, v in body.items() if k not in ("agentName", "tests")})
    record_event(request, now, "Agent updated", agent.name)
    return hal(_render(request, agent, _expand(request)))


def delete_agent(request: V7Request, text: str, now: float) -> Reply:
    agent = _agent(request, text)
    for member in request.emulator.v7.clusters.pop(agent.agent_id, []):
        if member != agent.agent_id:
            request.emulator.dataset.retire_agent(member)
    request.emulator.dataset.retire_agent(agent.agent_id)
    record_event(request, now, "Agent deleted", agent.name)
    return Reply(204)


def _agent_ids(request: V7Request, values: list[Any], field: str) -> list[int]:
    data = request.emulator.dataset
    wrong = []
    ids = []
    for index, value in enumerate(values):
        text = str(value)
        if text.isdigit() and data.has_agent(int(text)) and not _member_of(request, int(text)):
            ids.append(int(text))
        else:
            message = f"no agent with id {text} outside a cluster"
            wrong.append({"code": "unknown", "field": f"{field}[{index}]", "message": message})
    if wrong:
        raise BodyViolations(wrong)
    return ids


def cluster_assign(request: V7Request, text: str, now: float) -> Reply:
    head = _agent(request, text)
    joining = _agent_ids(request, _body(request, _CLUSTER).get("agents", []), "agents")
    clusters = request.emulator.v7.clusters
    for agent_id in joining:
        if agent_id in clusters and agent_id != head.agent_id:
            raise BodyViolations(
                [{"code": "conflict", "field": "agents", "message": f"{agent_id} is a cluster"}]
            )
    members = clusters.setdefault(head.agent_id, [head.agent_id])
    members.extend(a for a in joining if a not in members)
    record_event(request, now, "Agent cluster changed", head.name)
    return hal(_render(request, head, _expand(request, "cluster-member")))


def cluster_unassign(request: V7Request, text: str, now: float) -> Reply:
    head = _agent(request, text)
    members = request.emulator.v7.clusters.get(head.agent_id, [head.agent_id])
    leaving = _body(request, _MEMBERS).get("members", [])
    wrong = [
        {"code": "unknown", "field": f"members[{i}]", "message": f"{m} is not a member"}
        for i, m in enumerate(leaving)
        if not (str(m).isdigit() and int(m) in members)
    ]
    if wrong:
        raise BodyViolations(wrong)
    left = {int(m) for m in leaving}
    remaining = [m for m in members if m not in left]
    clusters = request.emulator.v7.clusters
    clusters.pop(head.agent_id, None)
    if len(remaining) > 1 or (remaining and remaining[0] != head.agent_id):
        # The first remaining member leads what is left of the cluster.
        clusters[remaining[0]] = remaining
    record_event(request, now, "Agent cluster changed", head.name)
    data = request.emulator.dataset
    freed = [_render(request, data.agent(a), _expand(request)) for a in sorted(left)]
    return hal({"agents": freed, "_links": {"self": request.self_link}})


def _test_ids(request: V7Request, values: list[Any], field: str) -> list[int]:
    data = request.emulator.dataset
    wrong = []
    ids = []
    for index, value in enumerate(values):
        text = str(value.get("testId", "")) if isinstance(value, dict) else str(value)
        if text.isdigit() and data.has_test(int(text)) and data.test(int(text)).type != "bgp":
            ids.append(int(text))
        else:
            message = f"no test with id {text} that agents run"
            wrong.append({"code": "unknown", "field": f"{field}[{index}]", "message": message})
    if wrong:
        raise BodyViolations(wrong)
    return ids


def _set_agent(request: V7Request, test_id: int, agent_id: int, *, on: bool) -> None:
    data = request.emulator.dataset
    test = data.test(test_id)
    agents = set(test.agent_ids) | {agent_id} if on else set(test.agent_ids) - {agent_id}
    if agents != set(test.agent_ids):
        data.replace_test(attrs.evolve(test, agent_ids=tuple(sorted(agents))))


def _override(request: V7Request, agent_id: int, test_ids: list[int]) -> None:
    wanted = set(test_ids)
    for test in request.emulator.dataset.tests():
        if test.type != "bgp":
            _set_agent(request, test.test_id, agent_id, on=test.test_id in wanted)


def assign_tests(request: V7Request, text: str, mode: str, now: float) -> Reply:
    """``assign``, ``override`` or ``unassign`` the tests of an agent."""
    agent = _agent(request, text)
    test_ids = _test_ids(request, _body(request, _TESTS).get("testIds", []), "testIds")
    if mode == "override":
        _override(request, agent.agent_id, test_ids)
    else:
        for test_id in test_ids:
            _set_agent(request, test_id, agent.agent_id, on=mode == "assign")
    record_event(request, now, "Agent tests changed", agent.name)
    return hal(_render(request, agent, _expand(request, "test-ids")))


# -- notification rules, proxies, local problems -----------------------------------------

_RULE: Record = {
    "ruleId": "80001",
    "ruleName": "Agent offline",
    "expression": "((agentState == offline))",
    "notifyOnClear": True,
    "isDefault": True,
}


def notification_rules(request: V7Request) -> Reply:
    rules = [{**_RULE, "_links": {"self": {"href": _rule_href(request)}}}]
    return hal({"agentAlertRules": rules, "_links": {"self": request.self_link}})


def _rule_href(request: V7Request) -> str:
    return f"{request.api_root}/agents/notification-rules/{_RULE['ruleId']}"


def notification_rule(request: V7Request, text: str) -> Reply:
    if text != _RULE["ruleId"]:
        raise ProblemError(404, f"no agent notification rule with id {text}")
    agents = [render_v7_agent(a, request.api_root) for a in request.emulator.dataset.agents]
    return hal(
        {
            **_RULE,
            "notifications": {"email": {"recipients": ["noc@example.com"]}},
            "agents": agents,
            "_links": {"self": {"href": _rule_href(request)}},
        }
    )


def proxies(request: V7Request) -> Reply:
    aid = request.params.get("aid", request.credential.account_groups[0])
    proxy = {
        "aid": aid,
        "authType": "basic",
        "bypassList": ["*.example.com"],
        "lastModified": "2024-01-01T00:00:00Z",
        "location": "proxy.example.com:3128",
        "isLocalConfigured": False,
        "name": "Office proxy",
        "proxyId": "90001",
        "type": "static",
        "user": "proxy-user",
    }
    return hal({"agentProxies": [proxy], "_links": {"self": request.self_link}})


#: Local problems are drawn per agent per block of this many seconds.
_BLOCK = 21_600


def local_problems(request: V7Request, now: float) -> Reply:
    """A few short, deterministic problems per agent (about one block in five)."""
    params = dict(request.params)
    if not any(k in params for k in ("window", "startDate", "endDate")):
        params["window"] = "1d"
    span = resolve_v7_range(params, int(now), 1)
    seed = request.emulator.data_spec.seed
    found = []
    for agent in request.emulator.dataset.agents:
        for block in range(span.start // _BLOCK * _BLOCK, span.end + 1, _BLOCK):
            key = _mix(seed, agent.agent_id, block)
            if key % 5:
                continue
            start = block + key % (_BLOCK - 1800)
            duration = 300 + key % 1500
            end = start + duration
            if end < span.start or start > span.end or start > now:
                continue
            problem: Record = {
                "agent": {
                    "agentId": str(agent.agent_id),
                    "agentName": agent.name,
                    "countryId": agent.country_id,
                    "location": agent.name,
                },
                "startDate": iso_date(start),
                "duration": min(duration, int(now) - start),
                "active": end > now,
            }
            if end <= now:
                problem["endDate"] = iso_date(end)
            found.append(problem)
    return hal(
        {
            "localProblems": found,
            "startDate": iso_date(span.start),
            "endDate": iso_date(span.end),
            "_links": {"self": request.self_link},
        }
    )


def _mix(*parts: int) -> int:
    key = 0x811C9DC5
    for part in parts:
        key = ((key ^ (part & 0xFFFFFFFF)) * 0x01000193) & 0xFFFFFFFF
    return key
