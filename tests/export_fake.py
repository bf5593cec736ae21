"""A small scripted v6 server for the exporter's own tests (httpx.MockTransport).

It serves ``GET tests``, the net metrics and path-vis summaries with inclusive
from/to on the round id and ``pages.next`` links, and the path-trace detail, so
the runner can be tested on boundaries, pagination, fan-out and failures with
exact control. End-to-end tests use the emulator instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx

from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter

BASE = "http://fake.test"
INTERVAL = 300
AGENTS = (11, 12, 13)
TESTS = (
    {"testId": 1, "testName": "web one", "type": "http-server", "interval": INTERVAL},
    {"testId": 2, "testName": "web two", "type": "http-server", "interval": INTERVAL},
    {"testId": 3, "testName": "resolver", "type": "dns-trace", "interval": INTERVAL},
)


def _epoch(text: str) -> int:
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC).timestamp())


def metric(test_id: int, agent: int, round_id: int) -> dict[str, Any]:
    return {
        "agentId": agent,
        "agentName": f"agent {agent}",
        "roundId": round_id,
        "date": datetime.fromtimestamp(round_id + 5, UTC).strftime("%Y-%m-%d %H:%M:%S"),
        "loss": float((test_id * 7 + agent + round_id // INTERVAL) % 5),
        "avgLatency": 10.5,
    }


def path_vis(test_id: int, agent: int, round_id: int) -> dict[str, Any]:
    return {"agentId": agent, "roundId": round_id, "endpoints": [{"pathId": f"{agent}-{round_id}"}]}


def path_trace(test_id: int, agent: int, round_id: int) -> dict[str, Any]:
    return {"agentId": agent, "roundId": round_id, "routes": [{"hops": [{"hop": 1}]}]}


def truth(kind: str, test_id: int, start: int, end: int) -> list[dict[str, Any]]:
    """Every record of ``[start, end)``, in server order."""
    build = {"metrics": metric, "pathVis": path_vis, "trace": path_trace}[kind]
    first = -(-start // INTERVAL) * INTERVAL
    return [
        build(test_id, agent, round_id)
        for round_id in range(first, end, INTERVAL)
        for agent in AGENTS
    ]


class FakeServer:
    def __init__(self, *, page_size: int = 4) -> None:
        self.page_size = page_size
        self.requests: list[httpx.Request] = []
        #: Called before answering; may return a response to send instead.
        self.fault: Callable[[httpx.Request, int], httpx.Response | None] | None = None
        #: Repeat the last record of each page at the start of the next one.
        self.overlap_pages = False

    def client(self, *, delay: float = 0.0, **kwargs: Any) -> AsyncThousandEyesV6:
        """A client of this server; ``delay`` makes every answer take that long."""

        async def slow(request: httpx.Request) -> httpx.Response:
            await anyio.sleep(delay)
            return self.handle(request)

        # The fake server has no rate limit (and sends no rate-limit headers).
        kwargs.setdefault("limiter", UnlimitedLimiter())
        return AsyncThousandEyesV6(
            token="fake-token",
            transport=httpx.MockTransport(slow if delay else self.handle),
            base_url=BASE,
            **kwargs,
        )

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.fault is not None:
            injected = self.fault(request, len(self.requests))
            if injected is not None:
                return injected
        parts = request.url.path.strip("/").split("/")[1:]
        if parts == ["tests"]:
            return httpx.Response(200, json={"test": list(TESTS)})
        params = request.url.params
        if parts[:2] == ["net", "path-vis"] and len(parts) == 5:
            test_id, agent, round_id = (int(p) for p in parts[2:])
            body = {"net": {"pathVis": [path_trace(test_id, agent, round_id)]}}
            return httpx.Response(200, json=body)
        key = (
            {"metrics": "metrics", "path-vis": "pathVis"}.get(parts[1]) if len(parts) > 1 else None
        )
        if parts[0] != "net" or key is None or len(parts) != 3:
            return httpx.Response(404, json={"error": "no such endpoint"})
        test_id = int(parts[2])
        start, end = _epoch(params["from"]), _epoch(params["to"])
        records = truth(key, test_id, start, end + 1)  # inclusive "to"
        page = int(params.get("page", "1"))
        lo = (page - 1) * self.page_size
        chunk = records[lo : lo + self.page_size]
        if self.overlap_pages and page > 1:
            chunk = [records[lo - 1], *chunk]
        body: dict[str, Any] = {"net": {"test": {"testId": test_id}, key: chunk}}
        body["pages"] = {"current": page}
        if lo + self.page_size < len(records):
            nxt = request.url.copy_set_param("page", str(page + 1))
            body["pages"]["next"] = str(nxt)
        return httpx.Response(
            200,
            content=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
