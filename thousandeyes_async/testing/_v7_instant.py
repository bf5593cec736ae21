"""v7 instant tests, reruns and snapshots.

The pipeline charges them to the instant-test and snapshot limits (as on
v6); here they create what the documents say: an instant test that runs at
once (its results start with the current round), a rerun of one, and a
snapshot of a test's data over a range.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from ._routes import Reply
from ._v7_bodies import BodyRule, BodyViolations, check_body, json_body
from ._v7_collections import hal, record_event
from ._v7_objects import render_v7_test
from ._v7_paging import iso_date, parse_iso_date
from ._v7_problems import ProblemError
from ._v7_test_bodies import INSTANT_TEST_BODIES
from ._v7_tests import check_agents, internal_type, render_test

if TYPE_CHECKING:
    from ._v7_routes import V7Request

__all__ = ["INSTANT_PATH", "RUN_PATH", "SNAPSHOT_PATH", "create_instant", "rerun", "snapshot"]

#: The v7 paths (below ``/v7``) that the limits treat as instant tests and snapshots.
INSTANT_PATH = re.compile(r"^tests/([a-z-]+)/instant$")
RUN_PATH = re.compile(r"^tests/([0-9]+)/run$")
SNAPSHOT_PATH = re.compile(r"^tests/([^/]+)/snapshot$")

_SNAPSHOT = BodyRule(
    "SnapshotRequest",
    {"displayName": "string", "startDate": "string", "endDate": "string", "isPublic": "boolean"},
    frozenset({"displayName", "startDate", "endDate"}),
)


def create_instant(request: V7Request, test_type: str, now: float) -> Reply:
    rule = INSTANT_TEST_BODIES.get(test_type)
    if rule is None:
        raise ProblemError(404, f"no instant test of type {test_type!r}")
    body = check_body(json_body(request.body, request.content_type), rule)
    agent_ids = check_agents(request, body, rule)
    data = request.emulator.dataset
    name = str(body.get("testName") or f"Instant {test_type} test")
    test = data.add_test(internal_type(test_type), name, agent_ids)
    current = int(now) // test.interval * test.interval
    test = attrs.evolve(test, created=int(now), first_round=current)
    data.replace_test(test)
    state = request.emulator.v7
    state.test_settings[test.test_id] = body
    state.instant_tests.add(test.test_id)
    state.add_version(test.test_id, int(now))
    record_event(request, now, "Instant test created", name)
    expand = {v for v in request.params.get("expand", "").split(",") if v}
    shown = render_test(request, test, detail=True, expand=expand)
    shown.pop("interval", None)  # an instant test runs once
    reply = hal(shown, 201)
    reply.headers.append(("Location", f"{request.api_root}/tests/{test_type}/{test.test_id}"))
    return reply


def rerun(request: V7Request, text: str, now: float) -> Reply:
    """Run an instant test again: its data starts over from the current round."""
    data = request.emulator.dataset
    state = request.emulator.v7
    if not (text.isdigit() and int(text) in state.instant_tests and data.has_test(int(text))):
        raise ProblemError(404, f"no instant test with id {text}")
    test = data.test(int(text))
    current = int(now) // test.interval * test.interval
    data.replace_test(attrs.evolve(test, first_round=current))
    record_event(request, now, "Instant test run", test.name)
    return Reply(200)


def snapshot(request: V7Request, text: str, now: float) -> Reply:
    data = request.emulator.dataset
    if not (text.isdigit() and data.has_test(int(text))):
        raise ProblemError(404, f"no test with id {text}")
    test = data.test(int(text))
    body = check_body(json_body(request.body, request.content_type), _SNAPSHOT)
    start = parse_iso_date(str(body["startDate"]), "startDate")
    end = parse_iso_date(str(body["endDate"]), "endDate")
    if end <= start:
        raise BodyViolations(
            [{"code": "range", "field": "endDate", "message": "endDate must be after startDate"}]
        )
    serial = request.emulator.next_snapshot_id()
    snapshot_id = f"emu{serial:04d}"
    step = test.interval
    record_event(request, now, "Snapshot created", str(body["displayName"]))
    return hal(
        {
            "id": snapshot_id,
            "startRoundId": start // step * step,
            "endRoundId": end // step * step,
            "roundId": start // step * step,
            "shareDate": iso_date(now),
            "sourceTestId": str(test.test_id),
            "testId": str(test.test_id),
            "uid": "1",
            "displayName": str(body["displayName"]),
            "extraParams": "",
            "test": render_v7_test(test, request.api_root),
            "_links": {
                "self": {"href": f"{request.api_root}/tests/{test.test_id}/snapshot"},
                "appLink": {"href": f"https://app.thousandeyes.com/s/{snapshot_id}"},
            },
        },
        201,
    )
