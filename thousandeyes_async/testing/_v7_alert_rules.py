"""v7 alert rules and alert suppression windows, kept as collections.

One default rule is there from the start: loss of 10% or more on a network
round, the rule the emulator's generated alerts come from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._entities import Record
from ._v7_bodies import BodyRule, BodyViolations
from ._v7_collections import Kind
from ._v7_objects import render_v7_test
from ._v7_paging import iso_date, parse_iso_date

if TYPE_CHECKING:
    from ._v7_routes import V7Request

__all__ = ["DEFAULT_RULE_ID", "LOSS_THRESHOLD", "RULES", "SUPPRESSION_WINDOWS"]

DEFAULT_RULE_ID = "60001"
#: Percent loss at or above which a round of the default rule violates it.
LOSS_THRESHOLD = 2.5

ALERT_TYPES = (
    "page-load",
    "http-server",
    "end-to-end-server",
    "end-to-end-agent",
    "voice",
    "dns-server",
    "dns-trace",
    "dnssec",
    "bgp",
    "path-trace",
    "ftp",
    "sip-server",
    "transactions",
    "web-transactions",
    "agent",
    "network-outage",
    "application-outage",
    "device-device",
    "device-interface",
    "endpoint-network-server",
    "endpoint-http-server",
    "endpoint-path-trace",
    "endpoint-browser-sessions-agent",
    "endpoint-browser-sessions-application",
    "api",
    "web-transaction",
    "unknown",
)
SEVERITIES = ("info", "major", "minor", "critical", "unknown")

_RULE_FIELDS = (
    "ruleName",
    "expression",
    "description",
    "direction",
    "notifyOnClear",
    "isDefault",
    "alertType",
    "alertGroupType",
    "minimumSources",
    "minimumSourcesPct",
    "roundsViolatingOutOf",
    "roundsViolatingRequired",
    "includeCoveredPrefixes",
    "severity",
    "endpointAgentIds",
    "endpointLabelIds",
    "visitedSitesFilter",
    "notifications",
)


def _rule(request: V7Request, item: Record) -> Record:
    body = {k: item[k] for k in _RULE_FIELDS if k in item}
    body["ruleId"] = item["ruleId"]
    body["roundsViolatingMode"] = "exact" if item.get("roundsViolatingRequired") else "any"
    body["sensitivityLevel"] = "medium"
    body["testIds"] = [str(t) for t in item.get("testIds", ())]
    return body


def _check_tests(request: V7Request, body: Record) -> None:
    data = request.emulator.dataset
    wrong = [
        {"code": "unknown", "field": f"testIds[{i}]", "message": f"no test with id {t}"}
        for i, t in enumerate(body.get("testIds", ()))
        if not (str(t).isdigit() and data.has_test(int(t)))
    ]
    if wrong:
        raise BodyViolations(wrong)


RULES = Kind(
    path="alerts/rules",
    list_key="alertRules",
    id_field="ruleId",
    first_id=int(DEFAULT_RULE_ID),
    body=BodyRule(
        "RuleDetailUpdate",
        {
            "ruleName": "string",
            "expression": "string",
            "description": "string",
            "direction": ("to-target", "from-target", "bidirectional"),
            "notifyOnClear": "boolean",
            "isDefault": "boolean",
            "alertType": ALERT_TYPES,
            "alertGroupType": ("bgp", "browser-session", "cloud-enterprise", "endpoint"),
            "minimumSources": "integer",
            "minimumSourcesPct": "integer",
            "roundsViolatingOutOf": "integer",
            "roundsViolatingRequired": "integer",
            "includeCoveredPrefixes": "boolean",
            "severity": SEVERITIES,
            "endpointAgentIds": "array",
            "endpointLabelIds": "array",
            "visitedSitesFilter": "array",
            "notifications": "object",
            "testIds": "array",
        },
        frozenset({"alertType", "expression", "roundsViolatingOutOf", "ruleName"}),
        frozenset({"ruleId", "roundsViolatingMode", "sensitivityLevel"}),
    ),
    render=_rule,
    seed=lambda request: [
        {
            "ruleId": DEFAULT_RULE_ID,
            "ruleName": "Default Network Loss",
            "expression": f"((loss >= {LOSS_THRESHOLD:g}%))",
            "description": "Loss on a round of any agent-to-server test",
            "alertType": "end-to-end-server",
            "alertGroupType": "cloud-enterprise",
            "isDefault": True,
            "notifyOnClear": True,
            "minimumSources": 1,
            "roundsViolatingOutOf": 1,
            "roundsViolatingRequired": 1,
            "severity": "major",
        }
    ],
    check=_check_tests,
    label="Alert rule",
)


def _window(request: V7Request, item: Record) -> Record:
    start = parse_iso_date(str(item.get("startDate", iso_date(item["_created"]))), "startDate")
    end = start + int(item.get("duration", 0))
    now = request.emulator.now()
    status = "active" if start <= now < end else "ended" if now >= end else "inactive"
    body: Record = {
        "alertSuppressionWindowId": item["alertSuppressionWindowId"],
        "name": item.get("name", ""),
        "isEnabled": item.get("isEnabled", True),
        "status": status,
        "startDate": iso_date(start),
        "duration": int(item.get("duration", 0)),
    }
    for key in ("repeat", "endRepeat"):
        if key in item:
            body[key] = item[key]
    if "test" in request.params.get("expand", "").split(","):
        data = request.emulator.dataset
        body["tests"] = [
            render_v7_test(data.test(int(t)), request.api_root)
            for t in item.get("testIds", ())
            if data.has_test(int(t))
        ]
    return body


_REPEAT_TYPES = ("day", "week", "month", "custom")


def _check_window(request: V7Request, body: Record) -> None:
    _check_tests(request, body)
    if "startDate" in body:
        parse_iso_date(str(body["startDate"]), "startDate")
    wrong = []
    repeat = body.get("repeat", {})
    if isinstance(repeat, dict) and repeat.get("type", "day") not in (
        "day",
        "week",
        "month",
        "custom",
    ):
        wrong.append(
            {"code": "enum", "field": "repeat.type", "message": "day, week, month, custom"}
        )
    end = body.get("endRepeat", {})
    if isinstance(end, dict) and end.get("type", "never") not in ("count", "never", "date"):
        wrong.append({"code": "enum", "field": "endRepeat.type", "message": "count, never, date"})
    if wrong:
        raise BodyViolations(wrong)


SUPPRESSION_WINDOWS = Kind(
    path="alert-suppression-windows",
    list_key="alertSuppressionWindows",
    id_field="alertSuppressionWindowId",
    first_id=70_001,
    body=BodyRule(
        "AlertSuppressionWindowRequest",
        {
            "name": "string",
            "isEnabled": "boolean",
            "startDate": "string",
            "duration": "integer",
            "repeat": "object",
            "endRepeat": "object",
            "testIds": "array",
        },
        read_only=frozenset({"alertSuppressionWindowId", "status"}),
    ),
    render=_window,
    check=_check_window,
    label="Alert suppression window",
)
