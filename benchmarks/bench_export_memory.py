"""Peak memory (RSS) of an export as the number of records grows: it must stay flat.

Each case runs in a fresh interpreter: the real exporter (planner, fetchers, the
bounded queue, the writer, checkpoints) pulls net metrics from an in-process
server that generates pages on the fly (500 records a page, no rate limit), and
writes them to JSON Lines or Parquet. The child reports its peak RSS; the table
compares each size's peak with the smallest one's.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from typing import Any

SIZES = (10_000, 100_000, 1_000_000)
FORMATS = ("jsonl", "parquet")
AGENTS = 10
INTERVAL = 60
PAGE = 500
START = 1_704_067_200


def _child(fmt: str, records: int) -> None:
    import anyio
    import httpx

    from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter
    from thousandeyes_async.export import (
        Exporter,
        ExportPlan,
        TestRef,
        TimeRange,
        make_sink,
        parse_data_kinds,
    )

    def epoch(text: str) -> int:
        parsed = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
        return int(parsed.timestamp())

    def handle(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        start, end = epoch(params["from"]), epoch(params["to"])
        page = int(params.get("page", "1"))
        rounds = list(range(-(-start // INTERVAL) * INTERVAL, end + 1, INTERVAL))
        rows = [(r, a) for r in rounds for a in range(1, AGENTS + 1)]
        chunk = rows[(page - 1) * PAGE : page * PAGE]
        metrics = [
            {
                "agentId": a,
                "agentName": f"Agent {a}",
                "countryId": "US",
                "date": "2024-01-01 00:00:05",
                "roundId": r,
                "permalink": f"https://app.example/net?roundId={r}&agentId={a}",
                "serverIp": "192.0.2.10",
                "server": "example.com:443",
                "loss": (r // 60 + a) % 3 / 10,
                "minLatency": 10.0 + a,
                "maxLatency": 30.0 + a,
                "avgLatency": 20.0 + a,
                "jitter": 1.5,
            }
            for r, a in chunk
        ]
        body: dict[str, Any] = {"net": {"metrics": metrics}, "pages": {"current": page}}
        if page * PAGE < len(rows):
            body["pages"]["next"] = str(request.url.copy_set_param("page", str(page + 1)))
        return httpx.Response(200, content=json.dumps(body).encode())

    seconds = records // AGENTS * INTERVAL
    plan = ExportPlan.build(
        [TestRef(1, "agent-to-server")],
        parse_data_kinds("net.metrics"),
        TimeRange(START, START + seconds),
        slice="1h",
    )

    async def run() -> int:
        client = AsyncThousandEyesV6(
            token="bench",
            transport=httpx.MockTransport(handle),
            base_url="http://bench.test",
            limiter=UnlimitedLimiter(),  # this measures memory, not pacing
        )
        async with client:
            with tempfile.TemporaryDirectory() as out:
                stats = await Exporter(client, plan, make_sink(fmt), out).run()
        return stats.records

    written = anyio.run(run)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"records": written, "peak_mib": peak_kib / 1024}))


def main() -> None:
    print(__doc__.strip().splitlines()[0])
    print(f"{'format':<8} {'records':>10} {'peak RSS MiB':>13} {'vs 10k':>8}")
    for fmt in FORMATS:
        base: float | None = None
        for size in SIZES:
            done = subprocess.run(
                [sys.executable, __file__, "--child", fmt, str(size)],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(done.stdout.strip().splitlines()[-1])
            peak = result["peak_mib"]
            base = peak if base is None else base
            print(f"{fmt:<8} {result['records']:>10} {peak:>13.1f} {peak / base:>7.2f}x")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], int(sys.argv[3]))
    else:
        main()
