"""The v7 endpoints: test results (all 21 operations), and read-only tests and agents.

Answers are HAL+JSON with ``_links.self`` and, while more pages remain, an
opaque ``_links.next``; errors are problem documents. The auth, the limits and
the faults are the shared pipeline's, so v6 and v7 requests spend one budget.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import attrs

from ._entities import Record, TestSpec
from ._routes import Reply
from ._v7_bodies import BodyViolations
from ._v7_objects import render_v7_test, v7_type
from ._v7_operations import find_operation
from ._v7_paging import Cursor, Range, iso_date, resolve_v7_range
from ._v7_problems import PROBLEM_JSON, ProblemError, ValidationProblem, problem_body
from ._v7_records import RANGE_RESULTS, ROUND_RESULTS, Result, V7Records

if TYPE_CHECKING:
    from ._config import EmulatorCredential
    from ._emulator import ThousandEyesEmulator

__all__ = ["HAL_JSON", "V7Request", "expected_v7_records", "problem", "route_v7", "v7_records"]

HAL_JSON = "application/hal+json"
_RANGE_PARAMS = frozenset({"window", "startDate", "endDate", "cursor"})
_TEST_RESULTS = re.compile(r"^test-results/([^/]+)/(.+)$")
_PATTERNS = [
    (re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", name) + "$"), name, result)
    for table in (RANGE_RESULTS, ROUND_RESULTS)
    for name, result in table.items()
]


def problem(
    status: int, detail: str, instance: str, errors: list[dict[str, str]] | None = None
) -> Reply:
    return Reply(status, problem_body(status, detail, instance, errors), content_type=PROBLEM_JSON)


@attrs.frozen
class V7Request:
    """What a v7 handler needs of the request the pipeline accepted."""

    emulator: ThousandEyesEmulator
    method: str
    #: The path below ``/v7``, without slashes at either end.
    path: str
    params: dict[str, str]
    origin: str
    raw_path: str
    query: str
    credential: EmulatorCredential
    body: bytes = b""
    content_type: str | None = None

    @property
    def api_root(self) -> str:
        return f"{self.origin}/v7"

    @property
    def self_link(self) -> dict[str, str]:
        url = f"{self.origin}{self.raw_path}" + (f"?{self.query}" if self.query else "")
        return {"href": url}


def route_v7(request: V7Request, now: float) -> Reply:
    """Answer one v7 request that passed auth and the limits."""
    try:
        aid = request.params.get("aid")
        if aid is not None and aid not in request.credential.account_groups:
            raise ProblemError(403, f"you are not assigned to account group {aid}")
        found = find_operation(request.path)
        if found is not None:
            handlers, values = found
            handler = handlers.get(request.method)
            if handler is None:
                raise ProblemError(405, f"{request.method} is not allowed on {request.raw_path}")
            return handler(request, values, now)
        if request.method != "GET":
            raise ProblemError(405, f"{request.method} is not allowed on {request.raw_path}")
        body = _dispatch(request, now)
    except BodyViolations as exc:
        return problem(400, exc.detail, request.raw_path, exc.errors())
    except ValidationProblem as exc:
        return problem(400, exc.detail, request.raw_path, exc.errors())
    except ProblemError as exc:
        return problem(exc.status, exc.detail, request.raw_path)
    return Reply(200, body, content_type=HAL_JSON)


def _dispatch(request: V7Request, now: float) -> Record:
    path = request.path
    match = _TEST_RESULTS.match(path)
    if match is not None:
        for pattern, name, result in _PATTERNS:
            found = pattern.match(match.group(2))
            if found is not None:
                test = _test(request, match.group(1), result)
                values = found.groupdict()
                if name in RANGE_RESULTS:
                    return _range(request, result, test, values, name, now)
                return _round(request, result, test, values, now)
    raise ProblemError(404, f"no such endpoint: {request.raw_path}")


def _test(request: V7Request, text: str, result: Result) -> TestSpec:
    data = request.emulator.dataset
    if not text.isdigit() or not data.has_test(int(text)):
        raise ProblemError(404, f"no test with id {text}")
    test = data.test(int(text))
    if test.type not in result.endpoint.types:
        raise ValidationProblem("testId", f"test {text} is a {v7_type(test)} test: no such results")
    return test


def _expand(params: Mapping[str, str], allowed: frozenset[str]) -> set[str]:
    values = {v for v in params.get("expand", "").split(",") if v}
    unknown = values - allowed
    if unknown:
        names = ", ".join(sorted(allowed)) or "nothing"
        raise ValidationProblem("expand", f"expand takes {names}, not {', '.join(sorted(unknown))}")
    return values


def _directions(
    params: Mapping[str, str], result: Result, test: TestSpec
) -> tuple[str | None, ...]:
    """One copy of each record per direction shown (agent-to-agent tests run both ways)."""
    asked = params.get("direction")
    if not result.directions:
        return (None,)
    if asked is not None and asked not in result.directions:
        raise ValidationProblem("direction", f"direction must be one of {list(result.directions)}")
    if test.type != "agent-to-agent":
        if asked is not None:
            raise ValidationProblem("direction", "direction applies to agent-to-agent tests only")
        return (None,)
    if asked is not None:
        return (asked,)
    # Without a direction, path visualization shows both; metrics show the default one.
    return (
        ("to-target", "from-target") if "bidirectional" not in result.directions else ("to-target",)
    )


def _v6_params(params: Mapping[str, str], result: Result) -> dict[str, str]:
    flags = _expand(params, frozenset(result.expand))
    return {result.expand[name]: "1" for name in flags}


def v7_records(
    emulator: ThousandEyesEmulator,
    result: Result,
    test: TestSpec,
    start: int,
    end: int,
    v6_params: dict[str, str],
    directions: tuple[str | None, ...],
) -> V7Records:
    base = emulator.dataset.records(result.endpoint, test, start, end, v6_params)
    return V7Records(base, result, directions)


def expected_v7_records(
    emulator: ThousandEyesEmulator, path: str, start: int, end: int, params: dict[str, str]
) -> list[Record]:
    """The records of a v7 range query (``test-results/{testId}/...``) across all its pages."""
    match = _TEST_RESULTS.match(path)
    if match is not None and match.group(1).isdigit():
        for pattern, name, result in _PATTERNS:
            found = pattern.match(match.group(2))
            if found is None or name not in RANGE_RESULTS:
                continue
            test = emulator.dataset.test(int(match.group(1)))
            if test.type not in result.endpoint.types:
                raise ValueError(f"test {test.test_id} ({v7_type(test)}) has no {name} results")
            v6_params = _v6_params(params, result)
            if "serverId" in found.groupdict():
                v6_params["serverId"] = found.group("serverId")
            directions = _directions(params, result, test)
            return list(v7_records(emulator, result, test, start, end, v6_params, directions))
    names = ", ".join(RANGE_RESULTS)
    raise ValueError(f"not a v7 results path over a range: {path!r}; one of {names}")


def _range(
    request: V7Request,
    result: Result,
    test: TestSpec,
    values: dict[str, str],
    name: str,
    now: float,
) -> Record:
    params = request.params
    v6_params = _v6_params(params, result)
    directions = _directions(params, result, test)
    if "serverId" in values:
        if not values["serverId"].isdigit() or int(values["serverId"]) not in test.dns_server_ids:
            raise ProblemError(404, f"no DNS server {values['serverId']} in test {test.test_id}")
        v6_params["serverId"] = values["serverId"]
    cursor_text = params.get("cursor")
    if cursor_text is not None:
        if any(k in params for k in ("window", "startDate", "endDate")):
            raise ValidationProblem("cursor", "cursor cannot be used with window or dates")
        cursor = Cursor.decode(cursor_text, result.operation, test.test_id)
        span, offset = cursor.range, cursor.offset
    else:
        asked = resolve_v7_range(params, int(now), test.interval)
        # Rounds that have not started yet have no data.
        span, offset = Range(asked.start, min(asked.end, int(now)), asked.explicit), 0
    records = v7_records(
        request.emulator, result, test, span.start, span.end, v6_params, directions
    )
    size = request.emulator.page_size
    links: Record = {"self": request.self_link}
    if offset + size < len(records):
        query = {k: v for k, v in params.items() if k not in _RANGE_PARAMS}
        query["cursor"] = Cursor(result.operation, test.test_id, span, offset + size).encode()
        path = name.replace("{serverId}", values.get("serverId", ""))
        href = f"{request.api_root}/test-results/{test.test_id}/{path}?{urlencode(query)}"
        links["next"] = {"href": href}
    body: Record = {
        "results": records.slice(offset, offset + size),
        "test": render_v7_test(test, request.api_root),
    }
    if span.explicit:
        body["startDate"] = iso_date(span.start)
        body["endDate"] = iso_date(span.end)
    body["_links"] = links
    return body


def _round(
    request: V7Request, result: Result, test: TestSpec, values: dict[str, str], now: float
) -> Record:
    round_text = values["roundId"]
    if not round_text.isdigit() or int(round_text) % test.interval:
        raise ValidationProblem(
            "roundId", f"roundId must be a multiple of the test interval {test.interval}"
        )
    round_id = int(round_text)
    agent_text = values.get("agentId")
    if agent_text is not None and (
        not agent_text.isdigit() or int(agent_text) not in test.agent_ids
    ):
        raise ProblemError(404, f"agent {agent_text} does not run test {test.test_id}")
    if "prefixId" in values and values["prefixId"] != str(test.prefix_id):
        raise ProblemError(404, f"prefix {values['prefixId']} is not monitored by this test")
    if "pageId" in values and values["pageId"] not in ("0", "1"):
        raise ProblemError(404, f"no page {values['pageId']} in this transaction")
    directions = _directions(request.params, result, test)
    last = min(round_id, int(now))  # a round in the future has no data yet
    v6_params = _v6_params(request.params, result)
    records = v7_records(request.emulator, result, test, round_id, last, v6_params, directions)
    agent_id = values.get("agentId")
    chunk = [r for r in records if agent_id is None or r["agent"]["agentId"] == agent_id]
    return {
        "results": chunk,
        "test": render_v7_test(test, request.api_root),
        "_links": {"self": request.self_link},
    }
