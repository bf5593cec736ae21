"""Export throughput: 200 tests x 7 days of net metrics at 240 requests a minute.

In virtual time (trio's MockClock) against the emulator at the real limit (240
requests per 60-second window), with 0.5 s per response (a distant API) and with
0.1 s (a near one, where a sequential loop outruns the limit). Side by side:

- ours: ``Exporter`` (concurrent 1-day slices under the client's limiter, bulk priority);
- naive: the loop existing exporters use: one request at a time, following
  ``pages.next``, sleeping 20 s after every 429.

Both fetch the same slices. Neither can beat the true floor: windows open with
their first request, so N requests at 240 a window need ceil(N / 240) windows,
the last one ending when its last request is answered (one response time after
it opens). N / 240 minutes is no floor: it counts the last window only as far as
it is filled. The table prints each run's time against the true floor, and the
speed-up.

Then, for 0.1 to 2 s a response, side by side, each run's time over that floor:

- ours: slices in flight adapt to the observed latency (the budget's rate times
  the latency, plus a margin, within a cap);
- fixed 8: eight slices in flight whatever the latency (the exporter before);
- all at once: every slice in flight from the start, so only the limiter's
  window timing separates it from the floor: the limiter's share of the gap.
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio
import httpx
import trio.testing

from thousandeyes_async.export import (
    Exporter,
    ExportPlan,
    ExportStats,
    TestRef,
    TimeRange,
    make_sink,
    parse_data_kinds,
)
from thousandeyes_async.export._inflight import InFlightTarget
from thousandeyes_async.testing import DEFAULT_TOKEN, DataSpec, Fault, ThousandEyesEmulator

TESTS = 200
DAYS = 7
LIMIT = 240
LATENCIES = (0.5, 0.1)
FLOOR_LATENCIES = (0.1, 2.0)
END = 1_704_067_200
START = END - DAYS * 86400


def _emulator(latency: float) -> ThousandEyesEmulator:
    spec = DataSpec(
        seed=1, tests=TESTS, test_types=("agent-to-server",), agents_per_test=1, intervals=(900,)
    )
    emulator = ThousandEyesEmulator(data=spec)
    emulator.faults.random(1.0, [Fault.slow(latency)], seed=1)
    return emulator


def _plan() -> ExportPlan:
    tests = [TestRef(1001 + i, "agent-to-server") for i in range(TESTS)]
    return ExportPlan.build(
        tests, parse_data_kinds("net.metrics"), TimeRange(START, END), slice="1d"
    )


class _Fixed(InFlightTarget):
    """A fixed number of slices in flight, whatever the latency."""

    def __init__(self, slices: int) -> None:
        super().__init__(slices)

    def target(self, limit: int, window: float) -> int:
        return self.cap


async def _export(out: Path, latency: float, fixed: int | None = None) -> tuple[float, ExportStats]:
    emulator = _emulator(latency)
    started = anyio.current_time()
    async with emulator.client(max_retries=50) as client:
        exporter = Exporter(client, _plan(), make_sink("jsonl"), out)
        if fixed is not None:
            exporter.in_flight = _Fixed(fixed)
        stats = await exporter.run()
    return anyio.current_time() - started, stats


async def ours(out: Path, latency: float) -> dict[str, Any]:
    elapsed, stats = await _export(out, latency)
    return {
        "elapsed": elapsed,
        "requests": stats.requests,
        "needed": stats.pages,
        "429s": stats.rate_limited,
        "records": stats.records,
    }


async def naive(out: Path, latency: float) -> dict[str, Any]:
    emulator = _emulator(latency)
    started = anyio.current_time()
    requests = needed = refused = records = 0
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=emulator.base_url + "/v6/",
        headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"},
    ) as http:
        with open(out / "net.metrics.jsonl", "w") as sink:  # noqa: ASYNC230 - as naive loops do
            for unit in _plan().units():
                url: str | None = f"net/metrics/{unit.test.id}"
                params: dict[str, str] | None = {
                    "from": _wire(unit.start),
                    "to": _wire(unit.end),
                }
                while url is not None:
                    requests += 1
                    response = await http.get(url, params=params)
                    if response.status_code == 429:
                        refused += 1
                        await anyio.sleep(20)
                        continue
                    response.raise_for_status()
                    needed += 1
                    body = response.json()
                    for record in body["net"]["metrics"]:
                        if unit.start <= record["roundId"] < unit.end:
                            sink.write(json.dumps(record) + "\n")
                            records += 1
                    url, params = body.get("pages", {}).get("next"), None
    return {
        "elapsed": anyio.current_time() - started,
        "requests": requests,
        "needed": needed,
        "429s": refused,
        "records": records,
    }


def _wire(epoch: int) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S")


async def _both(latency: float) -> tuple[dict[str, Any], dict[str, Any]]:
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        return await ours(Path(a) / "out", latency), await naive(Path(b), latency)


def true_floor(needed: int, latency: float) -> float:
    """Whole windows from the first request; the last ends when its requests are answered."""
    return (math.ceil(needed / LIMIT) - 1) * 60 + latency


async def _floor_ratio(latency: float, fixed: int | None) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as directory:
        elapsed, stats = await _export(Path(directory) / "out", latency, fixed)
    return elapsed / true_floor(stats.pages, latency), stats.rate_limited, stats.pages


def floor_table(latencies: tuple[float, ...] = FLOOR_LATENCIES) -> None:
    print("time over the true floor, by latency (virtual time)")
    print(
        f"{'latency':>7} {'ours':>8} {'429s':>5} {'fixed 8':>8} {'429s':>5} "
        f"{'all at once':>12} {'429s':>5} {'needed':>7}"
    )
    for latency in latencies:
        cells = []
        needed = 0
        for fixed in (None, 8, TESTS * DAYS):
            # A run of its own for each: the limiter's buckets outlive a client in a run.
            clock = trio.testing.MockClock(autojump_threshold=0)
            ratio, refused, needed = anyio.run(
                _floor_ratio, latency, fixed, backend="trio", backend_options={"clock": clock}
            )
            cells.append(f"{ratio:>7.4f}x {refused:>5}")
        print(f"{latency:>6.1f}s {cells[0]} {cells[1]:>14} {cells[2]:>18} {needed:>7}")
    print("all at once is the limiter's share: ours over it is what in-flight slices still cost")


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    print(
        f"{'latency':>7} {'exporter':<8} {'virtual time':>13} {'requests':>9} {'needed':>7} "
        f"{'429s':>6} {'records':>8} {'vs floor':>9}"
    )
    speedups = []
    for latency in LATENCIES:
        clock = trio.testing.MockClock(autojump_threshold=0)
        mine, theirs = anyio.run(_both, latency, backend="trio", backend_options={"clock": clock})
        for name, result in (("ours", mine), ("naive", theirs)):
            floor = true_floor(result["needed"], latency)
            print(
                f"{latency:>6.1f}s {name:<8} {result['elapsed'] / 60:>9.1f} min "
                f"{result['requests']:>9} {result['needed']:>7} {result['429s']:>6} "
                f"{result['records']:>8} {result['elapsed'] / floor:>8.3f}x"
            )
        speedups.append((latency, theirs["elapsed"] / mine["elapsed"]))
    needed = mine["needed"]
    windows = math.ceil(needed / LIMIT)
    print(
        f"true floor: {needed} requests need {windows} windows of {LIMIT}: {windows - 1} whole "
        f"minutes and one response = {true_floor(needed, LATENCIES[-1]) / 60:.2f} min at "
        f"{LATENCIES[-1]:.1f}s (not {needed / LIMIT:.2f} min: the last window is not full)"
    )
    for latency, speedup in speedups:
        print(f"speed-up of ours over the naive loop at {latency:.1f}s a response: {speedup:.2f}x")


if __name__ == "__main__":
    # ``floor [SECONDS ...]``: only the table against the true floor, at those response
    # times (the naive loop takes a while; each row about 15 s of CPU).
    if sys.argv[1:2] == ["floor"]:
        floor_table(tuple(float(x) for x in sys.argv[2:]) or FLOOR_LATENCIES)
    else:
        main()
        print()
        floor_table()
