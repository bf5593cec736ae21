"""Per-request overhead of ``client.request`` against raw ``httpx.AsyncClient.get``.

Both talk to the same in-process ASGI app through ``httpx.ASGITransport``, so the
difference is what our pipeline adds: URL building, auth, the limiter, header
sync, retry bookkeeping and JSON decoding. Rounds alternate between the two so
that machine noise hits both alike; the median round is reported.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from typing import Any

import httpx

from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter

REQUESTS_PER_ROUND = 1000
ROUNDS = 7
BODY = json.dumps(
    {
        "net": {"metrics": [{"agentId": 12, "roundId": 1384309800, "loss": 0.0}]},
        "pages": {"current": 1},
    }
).encode()


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    now = int(time.time())
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"date", time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now)).encode()),
                (b"x-organization-rate-limit-limit", b"1000000000"),
                (b"x-organization-rate-limit-remaining", b"999999999"),
                (b"x-organization-rate-limit-reset", str(now + 60).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": BODY})


async def raw_httpx(n: int) -> float:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://emulator"
    ) as http:
        started = time.perf_counter()
        for _ in range(n):
            response = await http.get(
                "/v6/net/metrics/817",
                headers={"Accept": "application/json", "Authorization": "Bearer x"},
            )
            response.raise_for_status()
            response.json()
        return time.perf_counter() - started


async def ours(n: int, **kwargs: Any) -> float:
    async with AsyncThousandEyesV6(
        token="x", transport=httpx.ASGITransport(app=app), base_url="http://emulator", **kwargs
    ) as te:
        started = time.perf_counter()
        for _ in range(n):
            await te.request("GET", "net/metrics/817")
        return time.perf_counter() - started


async def run() -> None:
    variants = {
        "raw httpx.AsyncClient.get": lambda: raw_httpx(REQUESTS_PER_ROUND),
        "client.request, no limiter": lambda: ours(REQUESTS_PER_ROUND, limiter=UnlimitedLimiter()),
        "client.request, default limiter": lambda: ours(REQUESTS_PER_ROUND),
    }
    timings: dict[str, list[float]] = {name: [] for name in variants}
    for warm_up in variants.values():
        await warm_up()
    for _ in range(ROUNDS):
        for name, variant in variants.items():
            timings[name].append(await variant())
    base = statistics.median(timings["raw httpx.AsyncClient.get"])
    print(
        f"{REQUESTS_PER_ROUND} sequential GETs per round, median of {ROUNDS} rounds, "
        "in-process ASGI"
    )
    print(f"{'variant':<34} {'us/request':>11} {'ratio':>7}")
    for name, values in timings.items():
        median = statistics.median(values)
        per_request = median / REQUESTS_PER_ROUND * 1e6
        print(f"{name:<34} {per_request:>11.1f} {median / base:>6.2f}x")


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
