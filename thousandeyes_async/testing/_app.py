"""The ASGI application: routing, auth, limits, faults and bodies of the v6 API.

Plain ASGI with no framework, so that the in-process path needs nothing beyond
the package's own dependencies. ``httpx.ASGITransport`` runs it inline in the
caller's task, which is what lets it share a virtual clock with the client.
"""

from __future__ import annotations

import email.utils
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode

import anyio

from ._config import TEST_TYPES, EmulatorCredential
from ._counters import RequestRecord
from ._data import DETAIL_ENDPOINTS, LIST_ENDPOINTS, Endpoint, TestSpec, format_date
from ._faults import Fault
from ._limits import Decision
from ._timerange import TimeRangeError, parse_timestamp, resolve_range, wire_timestamp

if TYPE_CHECKING:
    from ._emulator import ThousandEyesEmulator

__all__ = ["ConnectionDropped", "handle"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_VERSION = re.compile(r"^/(v[0-9]+)(/.*)?$")
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
_INSTANT = re.compile(r"^instant/([a-z-]+)$")
_RERUN = re.compile(r"^instant/([0-9]+)/rerun$")
_SNAPSHOT_HOURS = frozenset({1, 2, 4, 6, 12, 24, 48})
#: Query parameters that describe the range and the page; everything else is carried over.
_RANGE_PARAMS = frozenset({"window", "from", "to", "page", "format"})


class ConnectionDropped(Exception):
    """Raised by the app to drop the connection; transports turn it into a network error."""


class _Reply:
    def __init__(self, status: int, body: Any = None, *, text: bytes | None = None) -> None:
        self.status = status
        self.body = body
        self.text = text
        self.headers: list[tuple[str, str]] = []


def _error(status: int, message: str) -> _Reply:
    return _Reply(status, {"errorMessage": message})


async def handle(
    emulator: ThousandEyesEmulator, scope: Scope, receive: Receive, send: Send
) -> None:
    """Serve one ASGI connection scope."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                emulator.now()  # anchor the clock when the server starts, not at a first request
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        raise RuntimeError(f"the emulator serves HTTP only, not {scope['type']!r}")
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    await _Request(emulator, scope, body).respond(send)


class _Request:
    def __init__(self, emulator: ThousandEyesEmulator, scope: Scope, body: bytes) -> None:
        self.emulator = emulator
        self.method: str = scope["method"].upper()
        self.raw_path: str = scope["path"]
        self.body = body
        self.headers = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])
        }
        self.params: dict[str, str] = dict(
            parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        )
        client = scope.get("client")
        self.client = str(client[0]) if client else "unknown"
        host = self.headers.get("host") or _server_host(scope)
        self.origin = f"{scope.get('scheme', 'http')}://{host}"
        self.credential: EmulatorCredential | None = None
        self.fault: Fault | None = None
        self.outcome = "other"
        self.version = "v6"
        self.path = ""
        self.suffix = ""

    # -- the pipeline -----------------------------------------------------------------

    async def respond(self, send: Send) -> None:
        emulator = self.emulator
        now = emulator.now()
        reply = self._pipeline(now)
        try:
            if self.fault is not None and self.fault.kind == "slow":
                await anyio.sleep(self.fault.delay)
            await self._send(send, reply, now)
        finally:
            self._log(now, reply.status)

    def _log(self, now: float, status: int) -> None:
        credential = self.credential
        self.emulator.log.add(
            RequestRecord(
                time=now,
                method=self.method,
                path=self.raw_path,
                status=status,
                client=self.client,
                credential=credential.name if credential else None,
                organization=credential.organization if credential else None,
                fault=self.fault.label if self.fault else None,
            ),
            outcome=self.outcome,
            fault=self.fault is not None,
        )

    def _pipeline(self, now: float) -> _Reply:
        emulator = self.emulator
        limits = emulator.limits
        ip_counter = emulator.unauthorized_from(self.client)
        if limits.ip_block and ip_counter.count(now) >= limits.ip_block_threshold:
            self.outcome = "refused"
            return _error(429, "Too many unauthorized requests from this address")
        self.credential = emulator.authenticator.identify(self.headers.get("authorization"))
        if self.credential is None:
            ip_counter.add(now)
            self.outcome = "unauthorized"
            reply = _error(401, "Unauthorized")
            reply.headers.append(("WWW-Authenticate", 'Basic realm="ThousandEyes API"'))
            return reply
        match = _VERSION.match(self.raw_path)
        if match is None or match.group(1) not in ("v5", "v6"):
            return _error(404, f"no such API version or endpoint: {self.raw_path}")
        self.version = match.group(1)
        path = (match.group(2) or "/").strip("/")
        for suffix in (".json", ".xml"):
            if path.endswith(suffix):
                path, self.suffix = path[: -len(suffix)], suffix
        self.path = path
        organization = self.credential.organization
        storm_end = emulator.faults.storm_until(organization, now)
        if storm_end is not None:
            self.outcome = "refused"
            self.fault = None
            reply = _error(429, "Too many requests")
            _headers(reply, "Organization", Decision(False, 0, 0, _ceil(storm_end)))
            return reply
        org = emulator.organization_state(organization)
        org.apply_outside_consumer(now)
        instant = self.method == "POST" and (
            _INSTANT.match(path) is not None or _RERUN.match(path) is not None
        )
        snapshot = self.method == "POST" and path == "snapshot"
        decision = org.window.peek(now) if limits.enabled else None
        instant_decision = org.instant.peek(now) if limits.enabled and instant else None
        if limits.enabled:
            assert decision is not None
            refused = not decision.allowed
            refused_instant = instant_decision is not None and not instant_decision.allowed
            refused_snapshot = snapshot and not org.snapshots.peek(now).allowed
            if refused or refused_instant or refused_snapshot:
                self.outcome = "refused"
                reply = _error(429, "Rate limit exceeded")
                _headers(reply, "Organization", decision)
                if instant_decision is not None:
                    _headers(reply, "Instant-Test", instant_decision)
                return reply
            decision = org.window.take(now)
            if instant:
                instant_decision = org.instant.take(now)
            if snapshot:
                org.snapshots.take(now)
        self.outcome = "accepted"
        self.fault = emulator.faults.pick(self.method, path)
        if self.fault is not None and self.fault.kind == "status":
            reply = _error(self.fault.status, _STATUS_TEXT[self.fault.status])
        else:
            reply = self._format_checked(now)
        if decision is not None:
            _headers(reply, "Organization", decision)
        if instant_decision is not None:
            _headers(reply, "Instant-Test", instant_decision)
        return reply

    def _format_checked(self, now: float) -> _Reply:
        wants = _requested_format(self.suffix, self.headers.get("accept"), self.params)
        if wants == "xml":
            if self.emulator.xml == "406":
                return _error(406, "XML output is not available from the emulator; ask for JSON")
            reply = self._route(now)
            reply.text = _xml(reply.body)
            return reply
        return self._route(now)

    async def _send(self, send: Send, reply: _Reply, now: float) -> None:
        fault = self.fault
        if reply.text is not None:
            payload, content_type = reply.text, "text/xml"
        elif reply.body is None:
            payload, content_type = b"", "application/json;charset=UTF-8"
        else:
            payload = json.dumps(reply.body, separators=(",", ":")).encode()
            content_type = "application/json;charset=UTF-8"
        if fault is not None and fault.kind == "truncate" and payload:
            reply.status = 200
            payload = payload[: max(1, len(payload) // 2)]
        headers = [
            (b"content-type", content_type.encode()),
            (b"content-length", str(len(payload)).encode()),
            (b"date", email.utils.formatdate(now, usegmt=True).encode()),
            (b"cache-control", b"no-store"),
            (b"x-server-name", b"emulator"),
        ]
        headers.extend((k.lower().encode(), v.encode()) for k, v in reply.headers)
        if fault is not None and fault.kind == "drop":
            # Headers promise a body that never comes: a dropped connection mid-response.
            await send({"type": "http.response.start", "status": reply.status, "headers": headers})
            raise ConnectionDropped("the emulator dropped the connection (injected fault)")
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    # -- routing ----------------------------------------------------------------------

    def _route(self, now: float) -> _Reply:
        path, method = self.path, self.method
        try:
            if method == "GET":
                return self._get(path, now)
            if method == "POST":
                return self._post(path, now)
        except TimeRangeError as exc:
            return _error(400, str(exc))
        if self._get_route_exists(path) or _INSTANT.match(path) or _RERUN.match(path):
            return _error(405, f"method {method} not allowed on {path}")
        return _error(404, f"no such endpoint: {path}")

    def _get_route_exists(self, path: str) -> bool:
        return any(
            pattern.match(path)
            for pattern in (_LIST, _DNS_SERVER, _AGENT_ROUND, _COMPONENT, _BGP_ROUTES, _TEST)
        ) or path in ("tests", "agents", "snapshot")

    def _get(self, path: str, now: float) -> _Reply:
        data = self.emulator.dataset
        if path == "tests":
            return _Reply(200, {"test": [data.test_json(t, self.api_root) for t in data.tests()]})
        if path == "agents":
            return _Reply(200, {"agents": [a.as_json() for a in data.agents]})
        if (m := _TEST.match(path)) is not None:
            test = self._test(int(m.group(1)))
            if isinstance(test, _Reply):
                return test
            return _Reply(200, {"test": [data.test_json(test, self.api_root, with_agents=True)]})
        if (m := _LIST.match(path)) is not None:
            return self._list(LIST_ENDPOINTS[m.group(1)], int(m.group(2)), now, {})
        if (m := _DNS_SERVER.match(path)) is not None:
            extra = {"serverId": m.group(2)} if m.group(2) else {}
            return self._list(LIST_ENDPOINTS["dns/server"], int(m.group(1)), now, extra)
        if (m := _COMPONENT.match(path)) is not None:
            test_id, agent_id, round_id, page = (int(g) for g in m.groups())
            if page not in (0, 1):
                return _error(404, f"no page {page} in this transaction")
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
        return _error(404, f"no such endpoint: {path}")

    @property
    def api_root(self) -> str:
        return f"{self.origin}/{self.version}"

    def _test(self, test_id: int, endpoint: Endpoint | None = None) -> TestSpec | _Reply:
        data = self.emulator.dataset
        if not data.has_test(test_id):
            return _error(404, f"no test with id {test_id}")
        test = data.test(test_id)
        if endpoint is not None and test.type not in endpoint.types:
            return _error(
                400, f"test {test_id} is a {test.type} test; {endpoint.path} has no data for it"
            )
        return test

    def _list(self, endpoint: Endpoint, test_id: int, now: float, extra: dict[str, str]) -> _Reply:
        test = self._test(test_id, endpoint)
        if isinstance(test, _Reply):
            return test
        params = {k: v for k, v in self.params.items() if k not in _RANGE_PARAMS}
        params.update(extra)
        if "serverId" in extra and int(extra["serverId"]) not in test.dns_server_ids:
            return _error(404, f"no DNS server {extra['serverId']} in test {test_id}")
        start, end, _explicit = resolve_range(self.params, int(now), test.interval)
        page_text = self.params.get("page", "1")
        if not page_text.isdigit() or int(page_text) < 1:
            return _error(400, f"malformed page {page_text!r}")
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
        return _Reply(200, body)

    def _detail(
        self,
        endpoint: Endpoint,
        test_id: int,
        round_id: int,
        agent_id: int | None,
        *,
        prefix_id: int | None = None,
    ) -> _Reply:
        test = self._test(test_id, endpoint)
        if isinstance(test, _Reply):
            return test
        if round_id % test.interval:
            return _error(
                400, f"roundId {round_id} is not a multiple of the test interval {test.interval}"
            )
        if agent_id is not None and agent_id not in test.agent_ids:
            return _error(404, f"agent {agent_id} does not run test {test_id}")
        if prefix_id is not None and prefix_id != test.prefix_id:
            return _error(404, f"prefix {prefix_id} is not monitored by test {test_id}")
        params = {k: v for k, v in self.params.items() if k not in _RANGE_PARAMS}
        records = self.emulator.dataset.records(endpoint, test, round_id, round_id, params)
        chunk = [r for r in records if agent_id is None or r.get("agentId") == agent_id]
        return _Reply(
            200,
            {
                endpoint.family: {
                    "test": self.emulator.dataset.test_json(test, self.api_root),
                    endpoint.key: chunk,
                }
            },
        )

    def _json_body(self) -> dict[str, Any] | _Reply:
        try:
            payload = json.loads(self.body or b"{}")
        except ValueError:
            return _error(400, "request body is not valid JSON")
        if not isinstance(payload, dict):
            return _error(400, "request body must be a JSON object")
        return payload

    def _post(self, path: str, now: float) -> _Reply:
        data = self.emulator.dataset
        if (m := _RERUN.match(path)) is not None:
            test = self._test(int(m.group(1)))
            if isinstance(test, _Reply):
                return test
            return _Reply(200, {"test": [data.test_json(test, self.api_root, with_agents=True)]})
        if (m := _INSTANT.match(path)) is not None:
            test_type = m.group(1)
            if test_type not in TEST_TYPES:
                return _error(404, f"no instant test type {test_type!r}")
            payload = self._json_body()
            if isinstance(payload, _Reply):
                return payload
            agents = payload.get("agents", [])
            try:
                agent_ids = [int(a["agentId"]) for a in agents]
            except (TypeError, KeyError, ValueError):
                return _error(400, 'agents must be a list of {"agentId": ...} objects')
            unknown = [a for a in agent_ids if not data.has_agent(a)]
            if unknown:
                return _error(400, f"unknown agents {unknown}")
            name = payload.get("testName")
            test = data.add_test(test_type, str(name) if name else None, agent_ids)
            return _Reply(201, {"test": [data.test_json(test, self.api_root, with_agents=True)]})
        if path == "snapshot":
            return self._snapshot(now)
        if self._get_route_exists(path):
            return _error(405, f"method POST not allowed on {path}")
        return _error(404, f"no such endpoint: {path}")

    def _snapshot(self, now: float) -> _Reply:
        payload = self._json_body()
        if isinstance(payload, _Reply):
            return payload
        missing = [k for k in ("testId", "displayName", "from", "to") if k not in payload]
        if missing:
            return _error(400, f"missing fields: {', '.join(missing)}")
        try:
            test_id = int(payload["testId"])
            start = parse_timestamp(str(payload["from"]))
            end = parse_timestamp(str(payload["to"]))
        except (TypeError, ValueError) as exc:
            return _error(400, str(exc))
        if (end - start) % 3600 or (end - start) // 3600 not in _SNAPSHOT_HOURS:
            return _error(400, "the range must be 1, 2, 4, 6, 12, 24 or 48 hours")
        test = self._test(test_id)
        if isinstance(test, _Reply):
            return test
        serial = self.emulator.next_snapshot_id()
        link_id = f"emu{serial:04d}"
        return _Reply(
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


_STATUS_TEXT = {
    500: "Internal server error",
    502: "Bad gateway",
    503: "The ThousandEyes API is currently in maintenance mode",
    504: "Gateway timeout",
}


def _ceil(value: float) -> int:
    whole = int(value)
    return whole if whole == value else whole + 1


def _headers(reply: _Reply, family: str, decision: Decision) -> None:
    prefix = f"X-{family}-Rate-Limit"
    reply.headers.extend(
        [
            (f"{prefix}-Limit", str(decision.limit)),
            (f"{prefix}-Remaining", str(decision.remaining)),
            (f"{prefix}-Reset", str(decision.reset)),
        ]
    )


def _server_host(scope: Scope) -> str:
    server = scope.get("server")
    if not server:
        return "localhost"
    host, port = server[0], server[1]
    return f"{host}:{port}" if port not in (None, 80, 443) else str(host)


def _requested_format(suffix: str, accept: str | None, params: dict[str, str]) -> str:
    """Request suffix, then Accept header, then the ``format`` parameter (seed 000)."""
    if suffix:
        return suffix.lstrip(".")
    if accept:
        accepted = accept.lower()
        if "application/json" in accepted:
            return "json"
        if "text/xml" in accepted or "application/xml" in accepted:
            return "xml"
    return "xml" if params.get("format") == "xml" else "json"


def _xml(value: Any, tag: str = "response") -> bytes:
    """A minimal XML rendering of a JSON body (only for ``xml="body"``)."""
    from xml.sax.saxutils import escape

    def render(item: Any, name: str) -> str:
        if isinstance(item, dict):
            inner = "".join(render(v, k) for k, v in item.items())
        elif isinstance(item, list):
            inner = "".join(render(v, name) for v in item)
            return inner
        else:
            inner = escape(str(item))
        return f"<{name}>{inner}</{name}>"

    return ('<?xml version="1.0" encoding="UTF-8"?>' + render(value, tag)).encode()
