"""A minimal fixed-window ASGI server for rate-limit simulations in virtual time.

It keeps the documented semantics of seed 000: a window opens at the first
request after the previous one ended and lasts ``window`` seconds; responses
carry ``X-Organization-Rate-Limit-*`` (and ``X-Instant-Test-Rate-Limit-*`` for
instant tests) with Reset in whole epoch seconds and a whole-second ``Date``.
All time is read through ``anyio.current_time()`` so it runs under virtual
clocks. With ``dialect="ratelimit"`` it speaks seed 003 instead: ``X-RateLimit-*``
with one budget per category (GET, paginated GET, writes).
"""

from __future__ import annotations

import email.utils
import json
import math
import random
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
import attrs

EPOCH = 1_700_000_000.0

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


@attrs.define
class Window:
    """One server budget."""

    limit: int
    window: float
    end: float = -math.inf
    count: int = 0
    opened: int = 0
    #: 429s answered over HTTP per window (index = window number - 1).
    refusals: list[int] = attrs.Factory(list)
    #: How Reset is made whole seconds (servers round it either way).
    reset_rounding: Callable[[float], float] = math.ceil
    #: When each window opened (server clock).
    opened_at: list[float] = attrs.Factory(list)
    limit_for_window: Callable[[int], int] | None = None

    def roll(self, now: float) -> None:
        if now >= self.end:
            self.end = now + self.window
            self.count = 0
            self.opened += 1
            self.opened_at.append(now)
            self.refusals.append(0)
            if self.limit_for_window is not None:
                self.limit = self.limit_for_window(self.opened)

    def has_room(self, now: float) -> bool:
        self.roll(now)
        return self.count < self.limit

    def take(self) -> None:
        self.count += 1

    def refuse(self) -> None:
        self.refusals[-1] += 1

    def headers(self, prefix: str, clock_offset: float = 0.0) -> list[tuple[bytes, bytes]]:
        reset = int(self.reset_rounding(EPOCH + clock_offset + self.end))
        return [
            (f"{prefix}-Limit".encode(), str(self.limit).encode()),
            (f"{prefix}-Remaining".encode(), str(max(0, self.limit - self.count)).encode()),
            (f"{prefix}-Reset".encode(), str(reset).encode()),
        ]


@attrs.define
class FixedWindowApp:
    """The server: counts what it accepted and refused; ``consume()`` is an outside client."""

    limit: int = 240
    window: float = 60.0
    instant_limit: int = 24
    dialect: str = "thousandeyes"
    #: Seconds before a request is processed and before its answer comes back (max).
    latency: float = 0.0
    #: The least of that delay (each way).
    min_latency: float = 0.0
    seed: int = 0
    limit_for_window: Callable[[int], int] | None = None
    reset_rounding: Callable[[float], float] = math.ceil
    #: Seconds added to the clock its Date and Reset tell (a server whose clock is off).
    clock_offset: float = 0.0
    accepted: int = 0
    refused: int = 0
    accepted_by_path: dict[str, int] = attrs.Factory(dict)
    #: When each accepted request was counted (server clock).
    accepted_at: list[float] = attrs.Factory(list)
    org: Window = attrs.field(init=False)
    instant: Window = attrs.field(init=False)
    categories: dict[str, Window] = attrs.field(init=False)
    _rng: random.Random = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.org = Window(
            self.limit,
            self.window,
            limit_for_window=self.limit_for_window,
            reset_rounding=self.reset_rounding,
        )
        self.instant = Window(self.instant_limit, self.window)
        self.categories = {
            "get": Window(500, self.window),
            "paginated-get": Window(50, self.window),
            "write": Window(50, self.window),
        }
        self._rng = random.Random(self.seed)

    def consume(self) -> bool:
        """An unseen consumer's request against the organization budget."""
        now = anyio.current_time()
        if self.org.has_room(now):
            self.org.take()
            return True
        return False

    @property
    def windows(self) -> int:
        return self.org.opened

    def _budgets(self, method: str, path: str, query: str) -> list[tuple[str, Window]]:
        if self.dialect == "ratelimit":
            key = "write"
            if method == "GET":
                key = "paginated-get" if "page=" in query else "get"
            return [("X-RateLimit", self.categories[key])]
        budgets = [("X-Organization-Rate-Limit", self.org)]
        if method == "POST" and "/instant/" in path:
            budgets.append(("X-Instant-Test-Rate-Limit", self.instant))
        return budgets

    def _http_date(self, now: float) -> bytes:
        when = math.floor(EPOCH + self.clock_offset + now)
        return email.utils.formatdate(when, usegmt=True).encode()

    async def _delay(self) -> None:
        if self.latency > 0:
            await anyio.sleep(self._rng.uniform(self.min_latency, self.latency))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        while True:
            message = await receive()
            if not message.get("more_body"):
                break
        await self._delay()
        now = anyio.current_time()
        method = scope["method"]
        path = scope["path"]
        query = scope.get("query_string", b"").decode()
        budgets = self._budgets(method, path, query)
        room = all(window.has_room(now) for _, window in budgets)
        if room:
            for _, window in budgets:
                window.take()
            self.accepted += 1
            self.accepted_at.append(now)
            self.accepted_by_path[path] = self.accepted_by_path.get(path, 0) + 1
            status, body = 200, {"path": path}
        else:
            for _, window in budgets:
                if window.count >= window.limit:
                    window.refuse()
            self.refused += 1
            status, body = 429, {"error": "throttled"}
        headers = [
            (b"content-type", b"application/json"),
            (b"date", self._http_date(now)),
        ]
        for prefix, window in budgets:
            headers.extend(window.headers(prefix, self.clock_offset))
        await self._delay()
        payload = json.dumps(body).encode()
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})
