"""The v6 endpoints: which path is what, and the body each one answers with."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ._config import TEST_TYPES
from ._entities import Endpoint, TestSpec, format_date
from ._records import DETAIL_ENDPOINTS, LIST_ENDPOINTS
from ._timerange import TimeRangeError, parse_timestamp, resolve_range, wire_timestamp

if TYPE_CHECKING:
    from ._emulator import ThousandEyesEmulator

__all__ = ["INSTANT", "RERUN", "Reply", "Routes", "error"]

_LIST = re.compile(
    r"^(net/metrics|net/path-vis|net/bgp-metrics|web/http-server|web/page-load|"
    r"web/web-transactions|web/ftp-server|dns/trace|dns/dnssec|voice/sip-server|"
    r"voice/rtp-stream)/([0-9]+)$"
)
_DNS_SERVER = re.compile(r"^dns/server/([0-9]+)(?:/([0-9]+))?$")
_AGENT_ROUND = re.compile(
    r"^(net/path-vis|web/page-load|web/web-transactions)/"
    r"([0-9]+)/([0-9]+)/([0-9]+)$"
)
_COMPONENT = re.compile(r"^web/web-transactions/([0-9]+)/([0-9]+)/([0-9]+)/([0-9]+)$")
_BGP_ROUTES = re.compile(r"^net/bgp-routes/([0-9]+)/([0-9]+)/([0-9]+)$")
_TEST = re.compile(r"^tests/([0-9]+)$")
INSTANT = re.compile(r"^instant/([a-z-]+)$")
RERUN = re.compile(r"^instant/([0-9]+)/rerun$")
_SNAPSHOT_HOURS = frozenset({1, 2, 4, 6, 12, 24, 48})
#: Query parameters that describe the range and the page; everything else is carried over.
_RANGE_PARAMS = frozenset({"window", "from", "to", "page", "format"})


class Reply:
    """A status and a JSON body (or XML text), plus the headers to add."""

    def __init__(
        self,
        status: int,
        body: Any = None,
        *,
        text: bytes | None = None,
        content_type: str = "application/json;charset=UTF-8",
    ) -> None:
        self.status = status
        self.body = body
        self.text = text
        #: The media type of a JSON body (v7 answers HAL and problem documents).
        self.content_type = content_type
        self.headers: list[tuple[str, str]] = []


def error(status: int, message: str) -> Reply:
    return Reply(status, {"errorMessage": message})


def _is_get_route(path: str) -> bool:
    patterns = (_LIST, _DNS_SERVER, _AGENT_ROUND, _COMPONENT, _BGP_ROUTES, _TEST)
    return path in ("tests", "agents") or any(p.match(path) for p in patterns)


def _is_post_route(path: str) -> bool:
    return path == "snapshot" or INSTANT.match(path) is not None or RERUN.match(path) is not None


class Routes:
    """Endpoint handlers of one request; ``_app`` runs them after auth and limits."""

    emulator: ThousandEyesEmulator
    method: str
    path: str
    params: dict[str, str]
    body: bytes
    origin: str
    version: str

    def route(self, now: float) -> Reply:
        path, method = self.path, self.method
        get_route, post_route = _is_get_route(path), _is_post_route(path)
        if not (get_route or post_route):
            return error(404, f"no such endpoint: {path}")
        if (method, get_route, post_route) not in (("GET", True, False), ("POST", False, True)):
            return error(405, f"method {method} not allowed on {path}")
        try:
            return self._get(path, now) if method == "GET" else self._post(path, now)
        except TimeRangeError as exc:
            return error(400, str(exc))

    def _get(self, path: str, now: float) -> Reply:
        data = self.emulator.dataset
        if path == "tests":
            tests = [t for t in data.tests() if t.type in TEST_TYPES]  # v6 has no API tests
            return Reply(200, {"test": [data.test_json(t, self.api_root) for t in tests]})
        if path == "agents":
            return Reply(200, {"agents": [a.as_json() for a in data.agents]})
        if (m := _TEST.match(path)) is not None:
            test = self._test(int(m.group(1)))
            if isinstance(test, Reply):
                return test
            return Reply(200, {"test": [data.test_json(test, self.api_root, with_agents=True)]})
        if (m := _LIST.match(path)) is not None:
            return self._list(LIST_ENDPOINTS[m.group(1)], int(m.group(2)), now, {})
        if (m := _DNS_SERVER.match(path)) is not None:
            extra = {"serverId": m.group(2)} if m.group(2) else {}
            return self._list(LIST_ENDPOINTS["dns/server"], int(m.group(1)), now, extra)
        if (m := _COMPONENT.match(path)) is not None:
            test_id, agent_id, round_id, page = (int(g) for g in m.groups())
            if page not in (0, 1):
                return error(404, f"no page {page} in this transaction")
            return self._detail(
                DETAIL_ENDPOINTS["web/web-transactions/component"], test_id, round_id, agent_id
            )
        if (m := _AGENT_ROUND.match(path)) is not None:
            name = m.group(1) + "/detail"
            test_id, agent_id, round_id = (int(g) for g in m.groups()[1:])
            return self._detail(DETAIL_ENDPOINTS[name], test_id, round_id, agent_id)
        if (m := _BGP_ROUTES.match(path)) is not None:
            test_id, prefix_id, round_id = (int(g) for g in m.groups())
            return self._detail(
                DETAIL_ENDPOINTS["net/bgp-routes"], test_id, round_id, None, prefix_id=prefix_id
            )
        return error(404, f"no such endpoint: {path}")

    @property
    def api_root(self) -> str:
        return f"{self.origin}/{self.version}"

    def _test(self, test_id: int, endpoint: Endpoint | None = None) -> TestSpec | Reply:
        data = self.emulator.dataset
        if not data.has_test(test_id) or data.test(test_id).type not in TEST_TYPES:
            return error(404, f"no test with id {test_id}")
        test = data.test(test_id)
        if endpoint is not None and test.type not in endpoint.types:
            return error(
                400, f"test {test_id} is a {test.type} test; {endpoint.path} has no data for it"
            )
        return test

    def _list(self, endpoint: Endpoint, test_id: int, now: float, extra: dict[str, str]) -> Reply:
        test = self._test(test_id, endpoint)
        if isinstance(test, Reply):
            return test
        params = {k: v for k, v in self.params.items() if k not in _RANGE_PARAMS}
        params.update(extra)
        if "serverId" in extra and int(extra["serverId"]) not in test.dns_server_ids:
            return error(404, f"no DNS server {extra['serverId']} in test {test_id}")
        start, end = resolve_range(self.params, int(now), test.interval)
        end = min(end, int(now))  # rounds that have not started yet have no data
        page_text = self.params.get("page", "1")
        if not page_text.isdigit() or int(page_text) < 1:
            return error(400, f"malformed page {page_text!r}")
        page = int(page_text)
        records = self.emulator.dataset.records(endpoint, test, start, end, params)
        size = self.emulator.page_size
        chunk = records.slice((page - 1) * size, page * size)
        pages: dict[str, Any] = {"current": page}
        if page * size < len(records):
            query = {k: v for k, v in self.params.items() if k not in _RANGE_PARAMS}
            query.update(
                {"from": wire_timestamp(start), "to": wire_timestamp(end), "page": str(page + 1)}
            )
            pages["next"] = f"{self.api_root}/{self.path}?{urlencode(query, safe=':')}"
        body = {
            endpoint.family: {
                "test": self.emulator.dataset.test_json(test, self.api_root),
                endpoint.key: chunk,
            },
            "from": format_date(start),
            "to": format_date(end),
            "pages": pages,
        }
        return Reply(200, body)

    def _detail(
        self,
        endpoint: Endpoint,
        test_id: int,
        round_id: int,
        agent_id: int | None,
        *,
        prefix_id: int | None = None,
    ) -> Reply:
        test = self._test(test_id, endpoint)
        if isinstance(test, Reply):
            return test
        if round_id % test.interval:
            return error(
                400, f"roundId {round_id} is not a multiple of the test interval {test.interval}"
            )
        if agent_id is not None and agent_id not in test.agent_ids:
            return error(404, f"agent {agent_id} does not run test {test_id}")
        if prefix_id is not None and prefix_id != test.prefix_id:
            return error(404, f"prefix {prefix_id} is not monitored by test {test_id}")
        params = {k: v for k, v in self.params.items() if k not in _RANGE_PARAMS}
        last = min(round_id, int(self.emulator.now()))  # a round in the future has no data yet
        records = self.emulator.dataset.records(endpoint, test, round_id, last, params)
        chunk = [r for r in records if agent_id is None or r.get("agentId") == agent_id]
        return Reply(
            200,
            {
                endpoint.family: {
                    "test": self.emulator.dataset.test_json(test, self.api_root),
                    endpoint.key: chunk,
                }
            },
        )

    def _json_body(self) -> dict[str, Any] | Reply:
        try:
            payload = json.loads(self.body or b"{}")
        except ValueError:
            return error(400, "request body is not valid JSON")
        if not isinstance(payload, dict):
            return error(400, "request body must be a JSON object")
        return payload

    def _post(self, path: str, now: float) -> Reply:
        data = self.emulator.dataset
        if (m := RERUN.match(path)) is not None:
            test = self._test(int(m.group(1)))
            if isinstance(test, Reply):
                return test
            return Reply(200, {"test": [data.test_json(test, self.api_root, with_agents=True)]})
        if (m := INSTANT.match(path)) is not None:
            test_type = m.group(1)
            if test_type not in TEST_TYPES:
                return error(404, f"no instant test type {test_type!r}")
            payload = self._json_body()
            if isinstance(payload, Reply):
                return payload
            agents = payload.get("agents", [])
            try:
                agent_ids = [int(a["agentId"]) for a in agents]
            except (TypeError, KeyError, ValueError):
                return error(400, 'agents must be a list of {"agentId": ...} objects')
            unknown = [a for a in agent_ids if not data.has_agent(a)]
            if unknown:
                return error(400, f"unknown agents {unknown}")
            name = payload.get("testName")
            test = data.add_test(test_type, str(name) if name else None, agent_ids)
            return Reply(201, {"test": [data.test_json(test, self.api_root, with_agents=True)]})
        return self._snapshot(now)  # route() let only the three POST routes through

    def _snapshot(self, now: float) -> Reply:
        payload = self._json_body()
        if isinstance(payload, Reply):
            return payload
        missing = [k for k in ("testId", "displayName", "from", "to") if k not in payload]
        if missing:
            return error(400, f"missing fields: {', '.join(missing)}")
        try:
            test_id = int(payload["testId"])
            start = parse_timestamp(str(payload["from"]))
            end = parse_timestamp(str(payload["to"]))
        except (TypeError, ValueError) as exc:
            return error(400, str(exc))
        if (end - start) % 3600 or (end - start) // 3600 not in _SNAPSHOT_HOURS:
            return error(400, "the range must be 1, 2, 4, 6, 12, 24 or 48 hours")
        test = self._test(test_id)
        if isinstance(test, Reply):
            return test
        serial = self.emulator.next_snapshot_id()
        link_id = f"emu{serial:04d}"
        return Reply(
            201,
            {
                "link": {
                    "displayName": str(payload["displayName"]),
                    "endRoundId": (end // test.interval) * test.interval,
                    "extraParams": "",
                    "linkId": link_id,
                    "roundId": (start // test.interval) * test.interval,
                    "shareDate": format_date(now),
                    "sourceTestId": test_id,
                    "startRoundId": (start // test.interval) * test.interval,
                    "testId": 900_000 + serial,
                    "uid": 5000 + serial,
                    "viewUrl": f"https://{link_id}.share.thousandeyes.com/view/tests/",
                },
                "test": [],
            },
        )
