"""Per-request overhead of ``client.request`` against raw ``httpx.AsyncClient.get``.

Two raw baselines: a path string, which httpx parses and joins to ``base_url`` on
every call, and an ``httpx.URL`` built once, which is what our client does (it
caches the parsed URL per path). The pre-parsed one is the honest baseline.

Each is run sequentially and from 50 concurrent tasks, in-process through
``httpx.ASGITransport`` and over a loopback socket to the same ASGI app served by
uvicorn in a separate process. Within each setting, rounds alternate between the
variants so that machine noise hits all alike; the median round is reported, as
a ratio to the pre-parsed baseline of the same setting.

``--profile`` runs the default-limiter variant in-process under cProfile instead.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import json
import os
import pstats
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx

from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter

PATH = "/v6/net/metrics/817"
HEADERS = {"Accept": "application/json", "Authorization": "Bearer x"}
BODY = json.dumps(
    {
        "net": {"metrics": [{"agentId": 12, "roundId": 1384309800, "loss": 0.0}]},
        "pages": {"current": 1},
    }
).encode()
#: (setting name, requests per round, rounds, concurrent tasks)
SETTINGS = [
    ("in-process ASGI, sequential", 1000, 7, 1),
    ("in-process ASGI, 50 tasks", 1000, 7, 50),
    ("uvicorn loopback, sequential", 300, 5, 1),
    ("uvicorn loopback, 50 tasks", 400, 5, 50),
]
BASELINE = "raw httpx, pre-parsed URL"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=50)


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


async def spread(n: int, tasks: int, one: Callable[[], Awaitable[None]]) -> tuple[float, float]:
    """Send ``n`` requests from ``tasks`` tasks, each one after the other.

    Returns wall seconds and this process's CPU seconds: on a shared machine the
    CPU time is what our code costs, the wall time also what others took.
    """

    async def worker(count: int) -> None:
        for _ in range(count):
            await one()

    shares = [n // tasks + (1 if i < n % tasks else 0) for i in range(tasks)]
    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker(share) for share in shares))
    return time.perf_counter() - started, time.process_time() - cpu


def http_client(base_url: str | None) -> httpx.AsyncClient:
    """The same pool for both sides: 50 kept-alive connections, or 50 tasks would open
    and close connections past httpx's default of 20 on every request."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app) if base_url is None else None,
        base_url=base_url or "http://emulator",
        limits=LIMITS,
        timeout=httpx.Timeout(30.0, connect=10.0),
    )


async def raw_httpx(
    n: int, tasks: int, base_url: str | None, *, parsed: bool
) -> tuple[float, float]:
    async with http_client(base_url) as http:
        target: str | httpx.URL = http.base_url.join(PATH) if parsed else PATH

        async def one() -> None:
            response = await http.get(target, headers=HEADERS)
            response.raise_for_status()
            response.json()

        return await spread(n, tasks, one)


async def ours(n: int, tasks: int, base_url: str | None, **kwargs: Any) -> tuple[float, float]:
    async with (
        http_client(base_url) as http,
        AsyncThousandEyesV6(
            token="x", http_client=http, base_url=base_url or "http://emulator", **kwargs
        ) as te,
    ):

        async def one() -> None:
            await te.request("GET", "net/metrics/817")

        return await spread(n, tasks, one)


def variants(
    n: int, tasks: int, base_url: str | None
) -> dict[str, Callable[[], Awaitable[tuple[float, float]]]]:
    return {
        "raw httpx, path string": lambda: raw_httpx(n, tasks, base_url, parsed=False),
        BASELINE: lambda: raw_httpx(n, tasks, base_url, parsed=True),
        "client.request, no limiter": lambda: ours(n, tasks, base_url, limiter=UnlimitedLimiter()),
        "client.request, default limiter": lambda: ours(n, tasks, base_url),
    }


async def measure(name: str, n: int, rounds: int, tasks: int, base_url: str | None) -> None:
    runs = variants(n, tasks, base_url)
    wall: dict[str, list[float]] = {variant: [] for variant in runs}
    cpu: dict[str, list[float]] = {variant: [] for variant in runs}
    for warm_up in runs.values():
        await warm_up()
    for _ in range(rounds):
        for variant, run in runs.items():
            seconds, cpu_seconds = await run()
            wall[variant].append(seconds)
            cpu[variant].append(cpu_seconds)
    base_wall = statistics.median(wall[BASELINE])
    base_cpu = statistics.median(cpu[BASELINE])
    print(f"\n{name}: {n} GETs per round, median of {rounds} rounds")
    print(f"{'variant':<34} {'wall us/req':>11} {'ratio':>6} {'CPU us/req':>11} {'ratio':>6}")
    for variant in runs:
        w, c = statistics.median(wall[variant]), statistics.median(cpu[variant])
        print(
            f"{variant:<34} {w / n * 1e6:>11.1f} {w / base_wall:>5.2f}x"
            f" {c / n * 1e6:>11.1f} {c / base_cpu:>5.2f}x"
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def served() -> Iterator[str]:
    """The app under uvicorn in another process, on a free loopback port."""
    port = free_port()
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(port)])
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("uvicorn did not start (is it installed?)") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def serve(port: int) -> None:
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


async def profile() -> None:
    await ours(200, 1, None)
    profiler = cProfile.Profile()
    profiler.enable()
    await ours(5000, 1, None)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--in-process-only", action="store_true")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    if args.profile:
        asyncio.run(profile())
        return
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for name, n, rounds, tasks in SETTINGS:
        if name.startswith("uvicorn"):
            if args.in_process_only:
                continue
            with served() as base_url:
                asyncio.run(measure(name, n, rounds, tasks, base_url))
        else:
            asyncio.run(measure(name, n, rounds, tasks, None))
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
