"""One of several processes sharing an organization's budget through Redis.

Run as ``python redis_worker.py REDIS_URL BASE_URL TOTAL WORKERS LIMIT WINDOW
[TASKS [POLICY_WINDOW]]``: waits until every worker is ready, then its TASKS
tasks take request numbers from a shared Redis counter until TOTAL requests
have been sent by all of them together. The policy starts from LIMIT per
POLICY_WINDOW (default WINDOW) until the server's headers say otherwise.
"""

from __future__ import annotations

import sys

import anyio
import redis.asyncio as redis_asyncio

from thousandeyes_async import AsyncThousandEyesV6
from thousandeyes_async.ratelimit import RedisLimiter, ThousandEyesPolicy


async def main(
    redis_url: str,
    base_url: str,
    total: int,
    workers: int,
    limit: int,
    window: float,
    tasks: int = 20,
    policy_window: float | None = None,
) -> None:
    shared = redis_asyncio.Redis.from_url(redis_url)
    policy = ThousandEyesPolicy(organization_limit=limit, window=policy_window or window)
    limiter = RedisLimiter(redis_url, policy=policy)
    await shared.incr("test:ready")
    for _ in range(3000):  # bounded: the caller starts every worker within seconds
        if int(await shared.get("test:ready") or 0) >= workers:
            break
        await anyio.sleep(0.01)
    async with AsyncThousandEyesV6(
        token="shared-budget-token",
        organization="acme",
        base_url=base_url,
        limiter=limiter,
        max_retries=20,
    ) as te:

        async def task() -> None:
            while (n := await shared.incr("test:work")) <= total:
                await te.request("GET", f"net/metrics/{n}")

        async with anyio.create_task_group() as tg:
            for _ in range(tasks):
                tg.start_soon(task)
    await limiter.aclose()
    await shared.aclose()


if __name__ == "__main__":
    url, base, total, workers, limit, window = sys.argv[1:7]
    extra = sys.argv[7:]
    anyio.run(
        main,
        url,
        base,
        int(total),
        int(workers),
        int(limit),
        float(window),
        int(extra[0]) if extra else 20,
        float(extra[1]) if len(extra) > 1 else None,
    )
