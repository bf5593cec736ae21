"""v7 tests: list, create, get, update, delete and version history, kept in state.

A created test joins the dataset, so it is listed, has results from its next
round on (v7 and v6 alike) and loses them when deleted.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._entities import CREATED_BY, Record, TestSpec
from ._routes import Reply
from ._v7_alert_rules import RULES
from ._v7_bodies import BodyRule, BodyViolations, check_body, json_body
from ._v7_collections import collection, record_event
from ._v7_objects import render_v7_test, v7_type
from ._v7_paging import iso_date
from ._v7_problems import ProblemError, ValidationProblem
from ._v7_test_bodies import TEST_BODIES, TEST_UPDATE_BODIES

if TYPE_CHECKING:
    from ._v7_routes import V7Request

__all__ = [
    "V7_TEST_TYPES",
    "check_agents",
    "create_test",
    "delete_test",
    "get_test",
    "internal_type",
    "list_tests",
    "list_tests_of_type",
    "render_test",
    "test_history",
    "update_test",
]

V7_TEST_TYPES = frozenset(TEST_BODIES)
_INTERNAL = {"dnssec": "dns-dnssec"}
#: Fields a test shows that a client set, beyond those of the generated test. Write-only
#: fields (a password, labels, alert rules...) and agents (shown only when expanded) stay out.
_HIDDEN = frozenset(
    {
        "agents",
        "labels",
        "tags",
        "sharedWithAccounts",
        "alertRules",
        "monitors",
        "password",
        "dnsServers",
        "targetSipCredentials",
        "port",
        "credentials",
        "vaultCredentials",
        "clientCertificate",
        "oAuth",
    }
)
#: Write-only fields of an API test's steps.
_STEP_SECRETS = frozenset({"password", "bearerToken", "clientId", "clientSecret"})
_SIMPLE = ("description", "enabled", "alertsEnabled")
_EXPAND = frozenset({"agent", "alert-rule", "monitor", "label", "tag", "shared-with-account"})


def internal_type(v7: str) -> str:
    return _INTERNAL.get(v7, v7)


def _known_type(test_type: str) -> None:
    if test_type not in V7_TEST_TYPES:
        raise ProblemError(404, f"no test type {test_type!r}")


def render_test(
    request: V7Request, test: TestSpec, *, detail: bool, expand: set[str] | None = None
) -> Record:
    """A test as v7 shows it, with what the client set on it."""
    data = request.emulator.dataset
    state = request.emulator.v7
    agents = [data.agent(a) for a in test.agent_ids] if expand and "agent" in expand else None
    body = render_v7_test(test, request.api_root, agents, detail=detail)
    settings = state.test_settings.get(test.test_id, {})
    shown = {k: v for k, v in settings.items() if k not in _HIDDEN}
    if "requests" in shown:
        shown["requests"] = [
            {k: v for k, v in step.items() if k not in _STEP_SECRETS}
            for step in shown["requests"]
            if isinstance(step, dict)
        ]
    body.update(shown if detail else {k: v for k, v in shown.items() if k in _SIMPLE})
    versions = state.test_versions.get(test.test_id)
    if versions:
        body["createdDate"] = iso_date(versions[0][0])
        body["modifiedDate"] = iso_date(versions[-1][0])
    return body


def list_tests(request: V7Request) -> Reply:
    tests = [render_test(request, t, detail=False) for t in request.emulator.dataset.tests()]
    return _hal({"tests": tests, "_links": {"self": request.self_link}})


def list_tests_of_type(request: V7Request, test_type: str) -> Reply:
    _known_type(test_type)
    tests = request.emulator.dataset.tests()
    # Listed by type, each test shows the fields of its type.
    rendered = [render_test(request, t, detail=True) for t in tests if v7_type(t) == test_type]
    return _hal({"tests": rendered, "_links": {"self": request.self_link}})


def _find(request: V7Request, test_type: str, text: str) -> TestSpec:
    _known_type(test_type)
    data = request.emulator.dataset
    if text.isdigit() and data.has_test(int(text)):
        test = data.test(int(text))
        if v7_type(test) == test_type:
            return test
    raise ProblemError(404, f"no {test_type} test with id {text}")


def _expand(params: Mapping[str, str], test_type: str) -> set[str]:
    allowed = _EXPAND - ({"agent"} if test_type == "bgp" else set())
    values = {v for v in params.get("expand", "").split(",") if v}
    unknown = values - allowed
    if unknown:
        names = ", ".join(sorted(allowed))
        raise ValidationProblem("expand", f"expand takes {names}, not {', '.join(sorted(unknown))}")
    return values


def get_test(request: V7Request, test_type: str, text: str) -> Reply:
    test = _find(request, test_type, text)
    expand = _expand(request.params, test_type)
    return _hal(render_test(request, test, detail=True, expand=expand))


def check_agents(request: V7Request, body: Mapping[str, Any], rule: BodyRule) -> list[int]:
    """The agent ids a body names; a 400 for any agent the organization does not have."""
    data = request.emulator.dataset
    wrong: list[dict[str, str]] = []
    ids: list[int] = []
    listed = body.get("agents", ()) if "agents" in rule.fields else ()
    for index, item in enumerate(listed):
        text = str(item["agentId"])
        if text.isdigit() and data.has_agent(int(text)):
            ids.append(int(text))
        else:
            wrong.append(_unknown_agent(f"agents[{index}].agentId", text))
    target = body.get("targetAgentId")
    known = target is None or (str(target).isdigit() and data.has_agent(int(target)))
    if "targetAgentId" in rule.fields and not known:
        wrong.append(_unknown_agent("targetAgentId", str(target)))
    if wrong:
        raise BodyViolations(wrong)
    return ids


def check_alert_rules(request: V7Request, body: Mapping[str, Any]) -> None:
    """The alert rules a test names must exist."""
    rules = collection(request, RULES).items
    listed = body.get("alertRules") or ()
    wrong = [
        {"code": "unknown", "field": f"alertRules[{i}]", "message": f"no alert rule with id {r}"}
        for i, r in enumerate(listed if isinstance(listed, list) else ())
        if str(r) not in rules
    ]
    if wrong:
        raise BodyViolations(wrong)


def check_prefix(body: Mapping[str, Any]) -> None:
    """A BGP prefix is a.b.c.d/e with e from 8 to 24, as the spec's description says."""
    if "prefix" not in body:
        return
    text = str(body["prefix"])
    try:
        network = ipaddress.IPv4Network(text) if "/" in text else None
    except ValueError:
        network = None
    if network is None or not 8 <= network.prefixlen <= 24:
        message = f"prefix must be a network a.b.c.d/e with e from 8 to 24, not {text!r}"
        raise BodyViolations([{"code": "invalid", "field": "prefix", "message": message}])


def _unknown_agent(field: str, text: str) -> dict[str, str]:
    return {"code": "unknown", "field": field, "message": f"no agent with id {text}"}


def _target(test_type: str, body: Mapping[str, Any]) -> str | None:
    if "url" in body:
        return str(body["url"])
    if "server" in body:
        return str(body["server"])
    if "domain" in body:
        return f"{body['domain']} A"
    if "prefix" in body:
        return str(body["prefix"])
    if "targetAgentId" in body and test_type == "agent-to-agent":
        return f"agent-{body['targetAgentId']}"
    return None


def create_test(request: V7Request, test_type: str, now: float) -> Reply:
    _known_type(test_type)
    rule = TEST_BODIES[test_type]
    body = check_body(json_body(request.body, request.content_type), rule)
    expand = _expand(request.params, test_type)
    agent_ids = check_agents(request, body, rule)
    check_prefix(body)
    check_alert_rules(request, body)
    name = str(body.get("testName") or f"{test_type} {_target(test_type, body) or ''}".strip())
    test = request.emulator.dataset.create_test(
        internal_type(test_type),
        name=name,
        interval=int(body.get("interval", 3600)),
        target=_target(test_type, body),
        agent_ids=agent_ids,
        now=int(now),
    )
    state = request.emulator.v7
    state.test_settings[test.test_id] = body
    state.add_version(test.test_id, int(now))
    record_event(request, now, "Test created", test.name)
    reply = _hal(render_test(request, test, detail=True, expand=expand), 201)
    reply.headers.append(("Location", f"{request.api_root}/tests/{test_type}/{test.test_id}"))
    return reply


def update_test(request: V7Request, test_type: str, text: str, now: float) -> Reply:
    test = _find(request, test_type, text)
    rule = TEST_UPDATE_BODIES[test_type]
    body = check_body(json_body(request.body, request.content_type), rule)
    expand = _expand(request.params, test_type)
    agent_ids = check_agents(request, body, rule)
    check_prefix(body)
    check_alert_rules(request, body)
    changes: dict[str, Any] = {}
    if "testName" in body:
        changes["name"] = str(body["testName"])
    if "interval" in body:
        changes["interval"] = int(body["interval"])
    target = _target(test_type, body)
    if target is not None:
        changes["target"] = target
    if agent_ids:
        changes["agent_ids"] = tuple(sorted(agent_ids))
    data = request.emulator.dataset
    if changes:
        test = attrs.evolve(test, **changes)
        data.replace_test(test)
    state = request.emulator.v7
    if test.test_id not in state.test_versions:
        state.add_version(test.test_id, test.created)  # the version it had from the start
    state.test_settings[test.test_id] = {**state.test_settings.get(test.test_id, {}), **body}
    state.add_version(test.test_id, int(now))
    record_event(request, now, "Test updated", test.name)
    return _hal(render_test(request, test, detail=True, expand=expand))


def delete_test(request: V7Request, test_type: str, text: str, now: float) -> Reply:
    test = _find(request, test_type, text)
    request.emulator.dataset.remove_test(test.test_id)
    request.emulator.v7.forget_test(test.test_id)
    record_event(request, now, "Test deleted", test.name)
    return Reply(204)


def test_history(request: V7Request, text: str) -> Reply:
    data = request.emulator.dataset
    if not (text.isdigit() and data.has_test(int(text))):
        raise ProblemError(404, f"no test with id {text}")
    limit_text = request.params.get("limit", "50")
    if not limit_text.isdigit() or not 0 < int(limit_text) <= 500:
        raise ValidationProblem("limit", "limit must be a whole number from 1 to 500")
    test = data.test(int(text))
    versions = request.emulator.v7.test_versions.get(test.test_id) or [(test.created, 1)]
    newest_first = list(reversed(versions))[: int(limit_text)]
    history = [
        {
            "versionTimestamp": iso_date(when),
            "testId": str(test.test_id),
            "createdBy": CREATED_BY,
            "versionId": str(version),
        }
        for when, version in newest_first
    ]
    links = {"self": request.self_link}
    return Reply(200, {"_links": links, "testVersionHistory": history})


def _hal(body: Record, status: int = 200) -> Reply:
    return Reply(status, body, content_type="application/hal+json")
