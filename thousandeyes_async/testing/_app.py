"""The ASGI application: routing, auth, limits, faults and bodies of the v6 and v7 APIs.

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
from urllib.parse import parse_qsl

import anyio

from ._config import EmulatorCredential
from ._counters import RequestRecord
from ._faults import Fault
from ._limits import Decision
from ._oauth import TOKEN_PATH
from ._routes import INSTANT, RERUN, Reply, Routes, error
from ._v7_instant import INSTANT_PATH, RUN_PATH, SNAPSHOT_PATH
from ._v7_routes import V7Request, problem, route_v7

if TYPE_CHECKING:
    from ._emulator import ThousandEyesEmulator

__all__ = ["ConnectionDropped", "handle"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_VERSION = re.compile(r"^/(v[0-9]+)(/.*)?$")


class ConnectionDropped(Exception):
    """Raised by the app to drop the connection; transports turn it into a network error."""


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


class _Request(Routes):
    def __init__(self, emulator: ThousandEyesEmulator, scope: Scope, body: bytes) -> None:
        self.emulator = emulator
        self.method: str = scope["method"].upper()
        self.raw_path: str = scope["path"]
        self.body = body
        self.headers = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])
        }
        self.query: str = scope.get("query_string", b"").decode("latin-1")
        self.params: dict[str, str] = dict(parse_qsl(self.query, keep_blank_values=True))
        client = scope.get("client")
        self.client = str(client[0]) if client else "unknown"
        host = self.headers.get("host") or _server_host(scope)
        self.origin = f"{scope.get('scheme', 'http')}://{host}"
        self.credential: EmulatorCredential | None = None
        self.refusal: str | None = None
        self.fault: Fault | None = None
        #: Refused by an injected 429 storm (a fault, though no ``Fault`` answers it).
        self.in_storm = False
        self.outcome = "other"
        self.version = "v6"
        self.path = ""
        self.suffix = ""

    # -- the pipeline -----------------------------------------------------------------

    async def respond(self, send: Send) -> None:
        emulator = self.emulator
        now = emulator.now()
        reply = self._pipeline(now)
        status = 0  # logged when no answer went out: dropped, or cancelled while slow
        try:
            if self.fault is not None and self.fault.kind == "slow":
                await anyio.sleep(self.fault.delay)
            # Date is when the answer leaves, as on a real server (later than now if slow).
            await self._send(send, reply, emulator.now())
            status = reply.status  # as sent (a truncated body goes out as a 200)
        finally:
            self._log(now, status)

    def _log(self, now: float, status: int) -> None:
        credential = self.credential
        self.emulator.log.add(
            RequestRecord(
                time=now,
                method=self.method,
                path=self.raw_path,
                query=self.query,
                status=status,
                client=self.client,
                credential=credential.name if credential else None,
                organization=credential.organization if credential else None,
                fault="storm 429" if self.in_storm else self.fault.label if self.fault else None,
                refusal=self.refusal,
            ),
            outcome=self.outcome,
            fault=self.in_storm or self.fault is not None,
        )

    def _error(self, status: int, message: str) -> Reply:
        """An error as this request's API version spells it."""
        if self.version == "v7":
            return problem(status, message, self.raw_path)
        return error(status, message)

    def _pipeline(self, now: float) -> Reply:
        emulator = self.emulator
        limits = emulator.limits
        match = _VERSION.match(self.raw_path)
        if match is not None and match.group(1) == "v7":
            self.version = "v7"  # so that even a 401 or a 429 is a problem document
        ip_counter = emulator.unauthorized_from(self.client)
        if limits.ip_block and ip_counter.count(now) >= limits.ip_block_threshold:
            self.outcome = "refused"
            return self._error(429, "Too many unauthorized requests from this address")
        if self.raw_path == TOKEN_PATH and self.method == "POST":
            # Outside the API's budget: the token endpoint is another service.
            reply = emulator.oauth.answer(self.body, self.headers.get("authorization"), now)
            if reply.status == 401:
                ip_counter.add(now)
                self.outcome = "unauthorized"
            return reply
        self.credential, self.refusal = emulator.authenticator.check(
            self.headers.get("authorization"), now
        )
        if self.credential is not None and self.version == "v7" and self.credential.email:
            self.credential = None  # v7 takes Bearer tokens only: Basic is a 401 there
            self.refusal = "unknown"
        if self.credential is None:
            ip_counter.add(now)
            self.outcome = "unauthorized"
            reply = self._error(401, "Unauthorized")
            if self.version == "v7":
                challenge = 'Bearer realm="ThousandEyes API", error="invalid_token"'
            else:
                challenge = 'Basic realm="ThousandEyes API"'
            reply.headers.append(("WWW-Authenticate", challenge))
            return reply
        if match is None or match.group(1) not in ("v5", "v6", "v7"):
            return error(404, f"no such API version or endpoint: {self.raw_path}")
        self.version = match.group(1)
        path = (match.group(2) or "/").strip("/")
        for suffix in (".json", ".xml") if self.version != "v7" else ():
            if path.endswith(suffix):
                path, self.suffix = path[: -len(suffix)], suffix
        self.path = path
        organization = self.credential.organization
        storm_end = emulator.faults.storm_until(organization, now)
        if storm_end is not None:
            self.outcome = "refused"
            self.in_storm = True
            reply = self._error(429, "Too many requests")
            limit = emulator.organization_state(organization).window.limit
            _headers(reply, "Organization", Decision(False, limit, 0, _ceil(storm_end)))
            return reply
        org = emulator.organization_state(organization)
        org.apply_outside_consumer(now)
        # The paths of instant tests and snapshots, which have limits of their own.
        post = self.method == "POST"
        if self.version == "v7":
            instant = post and (INSTANT_PATH.match(path) or RUN_PATH.match(path)) is not None
            snapshot = post and SNAPSHOT_PATH.match(path) is not None
        else:
            instant = post and (INSTANT.match(path) or RERUN.match(path)) is not None
            snapshot = post and path == "snapshot"
        decision = org.window.peek(now) if limits.enabled else None
        instant_decision = org.instant.peek(now) if limits.enabled and instant else None
        if limits.enabled:
            assert decision is not None
            refused = not decision.allowed
            refused_instant = instant_decision is not None and not instant_decision.allowed
            refused_snapshot = snapshot and not org.snapshots.peek(now).allowed
            if refused or refused_instant or refused_snapshot:
                self.outcome = "refused"
                reply = self._error(429, "Rate limit exceeded")
                _headers(reply, "Organization", decision)
                if instant_decision is not None:
                    _headers(reply, "Instant-Test", instant_decision)
                return reply
            decision = org.window.take(now)
            if instant:
                instant_decision = org.instant.take(now)
        self.outcome = "accepted"
        self.fault = emulator.faults.pick(self.method, path)
        if self.fault is not None and self.fault.kind == "status":
            reply = self._error(self.fault.status, _STATUS_TEXT[self.fault.status])
        elif self.version == "v7":
            assert self.credential is not None
            request = V7Request(
                emulator,
                self.method,
                path,
                self.params,
                self.origin,
                self.raw_path,
                self.query,
                self.credential,
                self.body,
                self.headers.get("content-type"),
            )
            reply = route_v7(request, now)
        else:
            reply = self._format_checked(now)
        if snapshot and limits.enabled and reply.status == 201:
            # A creation limit (seed 002): a refused or failed request created nothing.
            org.snapshots.take(now)
        if decision is not None:
            _headers(reply, "Organization", decision)
        if instant_decision is not None:
            _headers(reply, "Instant-Test", instant_decision)
        return reply

    def _format_checked(self, now: float) -> Reply:
        wants = _requested_format(self.suffix, self.headers.get("accept"), self.params)
        if wants == "xml":
            if self.emulator.xml == "406":
                return error(406, "XML output is not available from the emulator; ask for JSON")
            reply = self.route(now)
            reply.text = _xml(reply.body)
            return reply
        return self.route(now)

    async def _send(self, send: Send, reply: Reply, now: float) -> None:
        fault = self.fault
        if reply.text is not None:
            payload, content_type = reply.text, "text/xml"
        elif reply.body is None:
            payload, content_type = b"", reply.content_type
        else:
            payload = json.dumps(reply.body, separators=(",", ":")).encode()
            content_type = reply.content_type
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


_STATUS_TEXT = {
    500: "Internal server error",
    502: "Bad gateway",
    503: "The ThousandEyes API is currently in maintenance mode",
    504: "Gateway timeout",
}


def _ceil(value: float) -> int:
    whole = int(value)
    return whole if whole == value else whole + 1


def _headers(reply: Reply, family: str, decision: Decision) -> None:
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
