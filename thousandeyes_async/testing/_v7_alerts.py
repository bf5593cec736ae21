"""v7 alerts and events, drawn from the generated network data and the alert rules.

A rule whose expression reads ``loss >= N%`` watches the network rounds of its
tests (a default rule watches every agent-to-server test): each run of
consecutive rounds in which one agent's loss crosses it is one alert, active
(``trigger``) while the run reaches the latest round and ``clear`` after. Each
run also makes one event on its test. Ids are UUIDs that encode what the
alert is, so a get recomputes it instead of storing it: all of it follows the
seed, the rules and the tests as they are now.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import attrs

from ._entities import Record, TestSpec
from ._records import LIST_ENDPOINTS
from ._routes import Reply
from ._v7_alert_rules import RULES, SUPPRESSION_WINDOWS
from ._v7_collections import collection, hal
from ._v7_objects import v7_type
from ._v7_paging import Cursor, Range, iso_date, parse_iso_date, resolve_v7_range
from ._v7_problems import ProblemError, ValidationProblem

if TYPE_CHECKING:
    from ._v7_routes import V7Request

__all__ = ["get_alert", "get_event", "list_alerts", "list_events"]

_NETWORK = LIST_ENDPOINTS["net/metrics"]
_LOSS = re.compile(r"loss\s*>=?\s*([0-9]+(?:\.[0-9]+)?)\s*%")
#: How far back a run is followed to find where it began.
_LOOKBACK_ROUNDS = 48
_ALERT_MARK = 0xA1
_EVENT_MARK = 0xE7


@attrs.frozen
class Run:
    """Consecutive violating rounds of one agent on one test under one rule."""

    rule_id: int
    test: TestSpec
    agent_id: int
    start: int
    #: The first round after the run that did not violate; None while it lasts.
    end: int | None
    rounds: int
    threshold: float


def _watched(request: V7Request) -> list[tuple[int, float, list[TestSpec]]]:
    """(rule id, loss threshold, tests) of each rule the emulator can evaluate."""
    data = request.emulator.dataset
    out = []
    for rule in collection(request, RULES):
        match = _LOSS.search(str(rule.get("expression", "")))
        if match is None or rule.get("alertType") != "end-to-end-server":
            continue
        ids = {int(t) for t in rule.get("testIds", ()) if str(t).isdigit()}
        tests = [
            t
            for t in data.tests()
            if t.type in _NETWORK.types
            and (t.test_id in ids or (rule.get("isDefault") and t.type == "agent-to-server"))
        ]
        out.append((int(rule["ruleId"]), float(match.group(1)), tests))
    return out


def _violates(
    request: V7Request, test: TestSpec, agent_id: int, round_id: int, threshold: float
) -> bool:
    if test.first_round is not None and round_id < test.first_round:
        return False
    record = request.emulator.dataset.record(_NETWORK, test, round_id, (agent_id,), {})
    return float(record["loss"]) >= threshold


def _runs(request: V7Request, span: Range, now: int) -> Iterator[Run]:
    """Every run that overlaps ``span``, in order of start, then rule, test and agent."""
    found = []
    for rule_id, threshold, tests in _watched(request):
        for test in tests:
            step = test.interval
            last = min(span.end, now) // step * step
            first = -(-span.start // step) * step
            for agent_id in test.agent_ids:
                round_id = first
                while round_id <= last:
                    if not _violates(request, test, agent_id, round_id, threshold):
                        round_id += step
                        continue
                    start = round_id
                    back = 0
                    while back < _LOOKBACK_ROUNDS and _violates(
                        request, test, agent_id, start - step, threshold
                    ):
                        start -= step
                        back += 1
                    run = _run_from(request, rule_id, test, agent_id, start, threshold, now)
                    found.append(run)
                    round_id = (run.end if run.end is not None else last) + step
    found.sort(key=lambda r: (r.start, r.rule_id, r.test.test_id, r.agent_id))
    return iter(found)


def _run_from(
    request: V7Request,
    rule_id: int,
    test: TestSpec,
    agent_id: int,
    start: int,
    threshold: float,
    now: int,
) -> Run:
    latest = now // test.interval * test.interval
    round_id, rounds = start, 0
    while round_id <= latest and _violates(request, test, agent_id, round_id, threshold):
        round_id += test.interval
        rounds += 1
    return Run(
        rule_id, test, agent_id, start, None if round_id > latest else round_id, rounds, threshold
    )


def _uuid(mark: int, *parts: int) -> str:
    """An id of an 8-bit mark and up to four 32-bit parts (of four, the first gets 24 bits)."""
    rest: tuple[int, ...] = parts
    value = mark
    if len(parts) == 4:
        value = (mark << 24) | (parts[0] & 0xFFFFFF)
        rest = parts[1:]
    for part in rest:
        value = (value << 32) | (part & 0xFFFFFFFF)
    if len(parts) < 4:
        value <<= 128 - 8 - 32 * len(parts)
    return str(uuid.UUID(int=value))


def _decode(text: str, mark: int, count: int) -> tuple[int, ...] | None:
    try:
        value = uuid.UUID(text).int
    except ValueError:
        return None
    if value >> 120 != mark:
        return None
    if count < 4:
        value >>= 128 - 8 - 32 * count
    parts = [(value >> (32 * i)) & 0xFFFFFFFF for i in reversed(range(count))]
    if count == 4:
        parts[0] &= 0xFFFFFF
    return tuple(parts)


def _suppressed(request: V7Request, run: Run) -> bool:
    for window in collection(request, SUPPRESSION_WINDOWS):
        if not window.get("isEnabled", True):
            continue
        if str(run.test.test_id) not in [str(t) for t in window.get("testIds", ())]:
            continue
        # A window without a start date starts when it was created.
        start = parse_iso_date(str(window.get("startDate", iso_date(window["_created"]))), "start")
        if start <= run.start < start + int(window.get("duration", 0)):
            return True
    return False


def _alert(request: V7Request, run: Run, *, detail: bool = False) -> Record:
    alert_id = _uuid(_ALERT_MARK, run.rule_id, run.test.test_id, run.agent_id, run.start)
    root = request.api_root
    body: Record = {
        "id": alert_id,
        "alertType": "end-to-end-server",
        "startDate": iso_date(run.start),
        "violationCount": run.rounds,
        "duration": (run.end if run.end is not None else int(request.emulator.now())) - run.start,
        "suppressed": _suppressed(request, run),
        "meta": {"version": 1},
        "alertRuleId": str(run.rule_id),
        "alertState": "trigger" if run.end is None else "clear",
        "alertSeverity": "major",
        "_links": {
            "self": {"href": f"{root}/alerts/{alert_id}"},
            "rule": {"href": f"{root}/alerts/rules/{run.rule_id}"},
            "test": {"href": f"{root}/tests/{v7_type(run.test)}/{run.test.test_id}"},
        },
    }
    if run.end is not None:
        body["endDate"] = iso_date(run.end)
    if detail:
        body["details"] = [
            {
                "id": str(run.agent_id),
                "name": request.emulator.dataset.agent(run.agent_id).name,
                "type": "agent",
                "state": body["alertState"],
                "start": {"loss": f">= {run.threshold:g}%"},
                "end": {},
            }
        ]
    return body


def _range_of(request: V7Request, operation: str, now: int) -> tuple[Range, int]:
    """The range asked (or carried by the cursor) and the offset of the page."""
    params = dict(request.params)
    cursor_text = params.pop("cursor", None)
    if cursor_text is not None:
        if any(k in params for k in _RANGE_PARAMS):
            raise ValidationProblem("cursor", "cursor cannot be used with window or dates")
        cursor = Cursor.decode(cursor_text, operation, 0)
        return cursor.range, cursor.offset
    if not any(k in params for k in _RANGE_PARAMS):
        params["window"] = "1d"
    return resolve_v7_range(params, now, 1), 0


_RANGE_PARAMS = ("window", "startDate", "endDate")


def _page(
    request: V7Request, items: list[Record], operation: str, span: Range, offset: int
) -> tuple[list[Record], Record]:
    """The page of ``items`` from ``offset`` (``max`` at a time) and its links."""
    text = request.params.get("max", "100")
    if not text.isdigit() or int(text) < 1:
        raise ValidationProblem("max", "max must be a positive whole number")
    size = int(text)
    links: Record = {"self": request.self_link}
    if offset + size < len(items):
        query = {k: v for k, v in request.params.items() if k not in (*_RANGE_PARAMS, "cursor")}
        query["cursor"] = Cursor(operation, 0, span, offset + size).encode()
        links["next"] = {"href": f"{request.api_root}/{operation}?{urlencode(query)}"}
    return items[offset : offset + size], links


def list_alerts(request: V7Request, now: float) -> Reply:
    state = request.params.get("state", "trigger")
    if state not in ("trigger", "clear"):
        raise ValidationProblem("state", "state must be trigger or clear")
    span, offset = _range_of(request, "alerts", int(now))
    alerts = [_alert(request, r) for r in _runs(request, span, int(now))]
    alerts = [a for a in alerts if a["alertState"] == state]
    page, links = _page(request, alerts, "alerts", span, offset)
    return hal({"alerts": page, "_links": links})


def get_alert(request: V7Request, text: str, now: float) -> Reply:
    parts = _decode(text, _ALERT_MARK, 4)
    if parts is not None:
        rule_id, test_id, agent_id, start = parts
        for watched_id, threshold, tests in _watched(request):
            test = next((t for t in tests if t.test_id == test_id), None)
            if watched_id != rule_id or test is None or agent_id not in test.agent_ids:
                continue
            starts_run = _violates(request, test, agent_id, start, threshold) and not _violates(
                request, test, agent_id, start - test.interval, threshold
            )
            if starts_run and start <= now:
                run = _run_from(request, rule_id, test, agent_id, start, threshold, int(now))
                return hal(_alert(request, run, detail=True))
    raise ProblemError(404, f"no alert with id {text}")


# -- events ------------------------------------------------------------------------------


def _event(request: V7Request, runs: list[Run], *, detail: bool = False) -> Record:
    """One event per test and start round, over the agents whose runs began then."""
    first = runs[0]
    test = first.test
    event_id = _uuid(_EVENT_MARK, test.test_id, first.start)
    ongoing = any(r.end is None for r in runs)
    agents = sorted({r.agent_id for r in runs})
    body: Record = {
        "id": event_id,
        "typeName": "Network Issue",
        "state": "active" if ongoing else "resolved",
        "startDate": iso_date(first.start),
        "endDate": None if ongoing else iso_date(max(r.end or 0 for r in runs)),
        "severity": "medium",
        "title": f"Affecting destinations in {test.target}",
        "type": "target-network",
        "agentType": "cloud-enterprise-agent",
        "affectedTests": {"total": 1, "inAccountGroup": 1},
        "affectedTargets": {"total": 1, "inAccountGroup": 1},
        "affectedAgents": {"total": len(agents), "inAccountGroup": len(agents)},
        "_links": {"self": {"href": f"{request.api_root}/events/{event_id}"}},
    }
    if detail:
        data = request.emulator.dataset
        body["aid"] = request.params.get("aid", request.credential.account_groups[0])
        body["summary"] = f"Loss of {first.threshold:g}% or more from {len(agents)} agents"
        body["cause"] = ["Network Loss and/or High RTT"]
        body["grouping"] = {"prefix": "0.0.0.0/0"}
        body["affectedTests"]["tests"] = [
            {"testId": str(test.test_id), "testType": v7_type(test), "testName": test.name}
        ]
        body["affectedAgents"]["agents"] = [
            {
                "agentId": str(a),
                "type": "cloud",
                "name": data.agent(a).name,
                "location": data.agent(a).name,
                "countryCode": data.agent(a).country_id,
            }
            for a in agents
        ]
    return body


def _grouped(runs: Iterator[Run]) -> list[list[Run]]:
    groups: dict[tuple[int, int], list[Run]] = {}
    for run in runs:
        groups.setdefault((run.test.test_id, run.start), []).append(run)
    return list(groups.values())


def list_events(request: V7Request, now: float) -> Reply:
    ongoing = request.params.get("ongoing")
    if ongoing not in (None, "true", "false"):
        raise ValidationProblem("ongoing", "ongoing must be true or false")
    span, offset = _range_of(request, "events", int(now))
    events = [_event(request, g) for g in _grouped(_runs(request, span, int(now)))]
    if ongoing == "true":
        events = [e for e in events if e["state"] == "active"]
    page, links = _page(request, events, "events", span, offset)
    return hal(
        {
            "aid": request.params.get("aid", request.credential.account_groups[0]),
            "startDate": iso_date(span.start),
            "endDate": iso_date(span.end),
            "events": page,
            "_links": links,
        }
    )


def get_event(request: V7Request, text: str, now: float) -> Reply:
    parts = _decode(text, _EVENT_MARK, 2)
    if parts is not None:
        test_id, start = parts
        span = Range(start, start, True)
        runs = [
            r
            for r in _runs(request, span, int(now))
            if r.test.test_id == test_id and r.start == start
        ]
        if runs:
            return hal(_event(request, runs, detail=True))
    raise ProblemError(404, f"no event with id {text}")
