"""What the emulator costs per request, against a static ASGI app serving the same body.

The same page of ``net/metrics`` (100 records) is fetched with plain httpx from
(a) a static app that returns a precomputed copy of the body, (b) the emulator
in-process through ``httpx.ASGITransport`` and (c) the emulator on a loopback
socket under uvicorn. Rounds alternate so machine noise hits all alike; the
median round is reported, with the ratios to the static app.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from typing import Any

import httpx

from thousandeyes_async.testing import RateLimits, ThousandEyesEmulator

REQUESTS = 300
ROUNDS = 5
PAGE = "/v6/net/metrics/1001"
PARAMS = {"from": "2023-12-30T00:00:00", "to": "2023-12-31T00:00:00"}
HEADERS = {"Authorization": "Bearer emulator-token", "Accept": "application/json"}


def emulator() -> ThousandEyesEmulator:
    return ThousandEyesEmulator(limits=RateLimits(enabled=False), page_size=100)


async def static_app_for(body: bytes) -> Any:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await receive()
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


async def timed(client: httpx.AsyncClient) -> float:
    started = time.perf_counter()
    for _ in range(REQUESTS):
        response = await client.get(PAGE, params=PARAMS, headers=HEADERS)
        assert response.status_code == 200
    return REQUESTS / (time.perf_counter() - started)


async def run() -> None:
    served = emulator()
    async with httpx.AsyncClient(transport=served.transport(), base_url=served.base_url) as c:
        body = (await c.get(PAGE, params=PARAMS, headers=HEADERS)).content
    records = len(json.loads(body)["net"]["metrics"])
    static = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=await static_app_for(body)), base_url="http://static"
    )
    in_process_emulator = emulator()
    in_process = httpx.AsyncClient(
        transport=in_process_emulator.transport(), base_url=in_process_emulator.base_url
    )
    socket_emulator = emulator()
    rates: dict[str, list[float]] = {"static app": [], "in-process": [], "loopback": []}
    async with static, in_process, socket_emulator.serve() as url:
        loopback = httpx.AsyncClient(base_url=url)
        async with loopback:
            for _ in range(ROUNDS):
                rates["static app"].append(await timed(static))
                rates["in-process"].append(await timed(in_process))
                rates["loopback"].append(await timed(loopback))
    base = statistics.median(rates["static app"])
    print(f"{REQUESTS} GETs of one {records}-record page per round, median of {ROUNDS} rounds")
    print(f"{'server':<28}{'requests/s':>12}{'vs static':>12}")
    for name, label in (
        ("static app", "static ASGI app (floor)"),
        ("in-process", "emulator, in-process"),
        ("loopback", "emulator, uvicorn loopback"),
    ):
        rate = statistics.median(rates[name])
        print(f"{label:<28}{rate:>12.0f}{rate / base:>11.2f}x")
    truth = emulator()
    started = time.perf_counter()
    count = len(truth.expected_records(PAGE[4:], start=PARAMS["from"], end=PARAMS["to"]))
    generated = count / (time.perf_counter() - started)
    print(f"ground truth: {count} records generated at {generated:,.0f} records/s")


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
