"""Which handler answers each method of each v7 path the emulator keeps state for.

Paths are matched in order, so a literal segment (``history``, ``instant``)
wins over a placeholder that would also match it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import _v7_agents as agents
from . import _v7_alerts as alerts
from . import _v7_collections as objects
from . import _v7_instant as instant
from . import _v7_tests as tests
from ._routes import Reply
from ._v7_admin import (
    ACCOUNT_GROUPS,
    INTERFACE_GROUPS,
    ROLES,
    USERS,
    audit_events,
    current_user,
    permissions,
)
from ._v7_alert_rules import RULES, SUPPRESSION_WINDOWS
from ._v7_collections import Kind
from ._v7_problems import ProblemError

if TYPE_CHECKING:
    from ._v7_routes import V7Request

__all__ = ["Handler", "find_operation"]

Handler = Callable[["V7Request", dict[str, str], float], Reply]


def _compile(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")


_TABLE: list[tuple[str, dict[str, Handler]]] = [
    ("tests", {"GET": lambda r, v, now: tests.list_tests(r)}),
    ("tests/{testId}/history", {"GET": lambda r, v, now: tests.test_history(r, v["testId"])}),
    (
        "tests/{testType}/instant",
        {"POST": lambda r, v, now: instant.create_instant(r, v["testType"], now)},
    ),
    ("tests/{testId}/run", {"POST": lambda r, v, now: instant.rerun(r, v["testId"], now)}),
    ("tests/{testId}/snapshot", {"POST": lambda r, v, now: instant.snapshot(r, v["testId"], now)}),
    (
        "tests/{testType}",
        {
            "GET": lambda r, v, now: tests.list_tests_of_type(r, v["testType"]),
            "POST": lambda r, v, now: tests.create_test(r, v["testType"], now),
        },
    ),
    (
        "tests/{testType}/{testId}",
        {
            "GET": lambda r, v, now: tests.get_test(r, v["testType"], v["testId"]),
            "PUT": lambda r, v, now: tests.update_test(r, v["testType"], v["testId"], now),
            "DELETE": lambda r, v, now: tests.delete_test(r, v["testType"], v["testId"], now),
        },
    ),
]


def _kind(kind: Kind, *, get: bool = True) -> list[tuple[str, dict[str, Handler]]]:
    one: dict[str, Handler] = {
        "PUT": lambda r, v, now: objects.update(r, kind, v["id"], now),
        "DELETE": lambda r, v, now: objects.delete(r, kind, v["id"], now),
    }
    if get:
        one["GET"] = lambda r, v, now: objects.get(r, kind, v["id"])
    return [
        (
            kind.path,
            {
                "GET": lambda r, v, now: objects.list_all(r, kind),
                "POST": lambda r, v, now: objects.create(r, kind, now),
            },
        ),
        (kind.path + "/{id}", one),
    ]


_TABLE += [
    ("alerts", {"GET": lambda r, v, now: alerts.list_alerts(r, now)}),
    ("events", {"GET": lambda r, v, now: alerts.list_events(r, now)}),
    ("events/{id}", {"GET": lambda r, v, now: alerts.get_event(r, v["id"], now)}),
    ("agents", {"GET": lambda r, v, now: agents.list_agents(r)}),
    ("agents/local-problems", {"GET": lambda r, v, now: agents.local_problems(r, now)}),
    ("agents/proxies", {"GET": lambda r, v, now: agents.proxies(r)}),
    ("agents/notification-rules", {"GET": lambda r, v, now: agents.notification_rules(r)}),
    (
        "agents/notification-rules/{id}",
        {"GET": lambda r, v, now: agents.notification_rule(r, v["id"])},
    ),
    (
        "agents/{id}",
        {
            "GET": lambda r, v, now: agents.get_agent(r, v["id"]),
            "PUT": lambda r, v, now: agents.update_agent(r, v["id"], now),
            "DELETE": lambda r, v, now: agents.delete_agent(r, v["id"], now),
        },
    ),
    (
        "agents/{id}/cluster/assign",
        {"POST": lambda r, v, now: agents.cluster_assign(r, v["id"], now)},
    ),
    (
        "agents/{id}/cluster/unassign",
        {"POST": lambda r, v, now: agents.cluster_unassign(r, v["id"], now)},
    ),
    (
        "agents/{id}/tests/{mode}",
        {"POST": lambda r, v, now: _assign(r, v, now)},
    ),
    ("users/current", {"GET": lambda r, v, now: current_user(r)}),
    ("permissions", {"GET": lambda r, v, now: permissions(r)}),
    ("audit-user-events", {"GET": lambda r, v, now: audit_events(r, now)}),
    *_kind(ACCOUNT_GROUPS),
    *_kind(USERS),
    *_kind(ROLES),
    *_kind(INTERFACE_GROUPS, get=False),
    *_kind(RULES),
    ("alerts/{id}", {"GET": lambda r, v, now: alerts.get_alert(r, v["id"], now)}),
    *_kind(SUPPRESSION_WINDOWS),
]
_ROUTES = [(_compile(template), handlers) for template, handlers in _TABLE]


def _assign(request: V7Request, values: dict[str, str], now: float) -> Reply:
    if values["mode"] not in ("assign", "override", "unassign"):
        raise ProblemError(404, f"no such endpoint: {request.raw_path}")
    return agents.assign_tests(request, values["id"], values["mode"], now)


def find_operation(path: str) -> tuple[dict[str, Handler], dict[str, str]] | None:
    """The handlers of the first template ``path`` matches, and its path values."""
    for pattern, handlers in _ROUTES:
        match = pattern.match(path)
        if match is not None:
            return handlers, match.groupdict()
    return None
