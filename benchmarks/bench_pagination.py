"""Look-ahead pagination against a server with latency, side by side.

A caller that spends time on each page (writing it out, structuring it) while
the next page is on its way should see pages cost max(latency, work) rather
than latency + work. Three contenders read the same 40 pages of net/metrics:

- a plain loop that GETs a page, handles it, then follows ``pages.next``;
- ``RecordStream`` with ``prefetch=False`` (the same, through the library);
- ``RecordStream`` with the default look-ahead of one page.

The server is an in-process httpx transport that waits ``LATENCY`` before each
answer; the caller does ``WORK`` of CPU work per page. Real time is measured.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx

from thousandeyes_async import AsyncThousandEyesV6

BASE = "https://api.thousandeyes.com"
PAGES = 40
PER_PAGE = 200
LATENCY = 0.02
WORK = 0.02


def page_body(n: int) -> bytes:
    records = [
        {"agentId": n * PER_PAGE + i, "roundId": 1384309800, "loss": 0.0, "avgLatency": 167.04}
        for i in range(PER_PAGE)
    ]
    pages: dict[str, Any] = {"current": n}
    if n < PAGES:
        pages["next"] = f"{BASE}/v6/net/metrics/817?from=2024-03-01T00:00:00&page={n + 1}"
    return json.dumps({"net": {"metrics": records}, "pages": pages}).encode()


BODIES = {n: page_body(n) for n in range(1, PAGES + 1)}


async def serve(request: httpx.Request) -> httpx.Response:
    await anyio.sleep(LATENCY)
    n = int(request.url.params.get("page", "1"))
    return httpx.Response(200, content=BODIES[n], headers={"Content-Type": "application/json"})


def work_on(records: int) -> None:
    # CPU work per page, as writing or structuring it would be.
    end = time.perf_counter() + WORK
    while time.perf_counter() < end:
        pass


def client() -> AsyncThousandEyesV6:
    return AsyncThousandEyesV6(token="bench-token", transport=httpx.MockTransport(serve))


async def plain_loop() -> int:
    count = 0
    async with client() as te:
        body = await te.request("GET", "net/metrics/817", params={"window": "1d"})
        while True:
            records = body["net"]["metrics"]
            count += len(records)
            work_on(len(records))
            next_url = body["pages"].get("next")
            if not next_url:
                return count
            body = await te._transport.request("GET", next_url, paginated=True)


async def stream(prefetch: bool) -> int:
    count = 0
    async with (
        client() as te,
        te.net.metrics(817, window="1d", raw=True, prefetch=prefetch) as records,
    ):
        async for _record in records:
            count += 1
            if count % PER_PAGE == 0:
                work_on(PER_PAGE)
    return count


async def timed(run: Callable[[], Awaitable[int]]) -> tuple[float, int]:
    started = time.perf_counter()
    count = await run()
    return time.perf_counter() - started, count


def main() -> None:
    contenders: list[tuple[str, Callable[[], Awaitable[int]]]] = [
        ("plain loop over pages.next", plain_loop),
        ("RecordStream prefetch=False", lambda: stream(False)),
        ("RecordStream look-ahead (default)", lambda: stream(True)),
    ]
    best: dict[str, float] = {}
    for _ in range(3):
        for name, run in contenders:
            elapsed, count = anyio.run(timed, run)
            assert count == PAGES * PER_PAGE, (name, count)
            best[name] = min(best.get(name, elapsed), elapsed)
    print(
        f"pagination: {PAGES} pages of {PER_PAGE} records, {LATENCY * 1000:.0f} ms server "
        f"latency and {WORK * 1000:.0f} ms of caller work per page; best of 3 runs"
    )
    print(f"{'contender':36} {'seconds':>8} {'pages/s':>8} {'vs plain loop':>14}")
    baseline = best["plain loop over pages.next"]
    for name, _run in contenders:
        elapsed = best[name]
        print(f"{name:36} {elapsed:8.3f} {PAGES / elapsed:8.1f} {baseline / elapsed:13.2f}x")
    ratio = best["RecordStream prefetch=False"] / best["RecordStream look-ahead (default)"]
    print(f"  ratio look-ahead / prefetch=False: {ratio:.2f}x faster")


if __name__ == "__main__":
    main()
