"""End-to-end in virtual time, with network latency: the real client against a
minimal fixed-window server.

The emulator (see test_ratelimit_emulator.py) answers at once; this server
delays each request and each answer by up to a fifth of a second, so requests
are in flight while Remaining changes, and speaks seed 003's X-RateLimit-*
dialect too. It keeps the documented semantics (240 per 60 s window opened by
the first request, whole-second Reset and Date). Time is trio's MockClock.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async import AsyncThousandEyesV6, RateLimiter, RateLimitError
from thousandeyes_async.ratelimit import CategoryPolicy

from .fixed_window_app import FixedWindowApp

pytestmark = pytest.mark.anyio
TOKEN = "sim-token-0123456789"


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _client(
    app: FixedWindowApp, limiter: object | None = None, **kw: object
) -> AsyncThousandEyesV6:
    return AsyncThousandEyesV6(
        token=TOKEN,
        transport=httpx.ASGITransport(app),
        base_url="http://emulator",
        limiter=limiter if limiter is not None else RateLimiter(),  # type: ignore[arg-type]
        max_retries=10,
        **kw,  # type: ignore[arg-type]
    )


async def _run(tasks: int, total: int, call: Callable[[int], Awaitable[object]]) -> None:
    counter = iter(range(total))

    async def worker() -> None:
        for n in counter:
            await call(n)

    async with anyio.create_task_group() as tg:
        for _ in range(tasks):
            tg.start_soon(worker)


@pytest.mark.parametrize("tasks", [1, 10, 100, 1000])
async def test_any_concurrency_uses_every_window_without_a_429(tasks: int) -> None:
    app = FixedWindowApp(latency=0.2, seed=tasks)
    total = 240 * 3
    async with _client(app) as te:
        start = anyio.current_time()
        await _run(tasks, total, lambda n: te.request("GET", f"net/metrics/{n}"))
        elapsed = anyio.current_time() - start
        stats = te.rate_limit_stats()["organization"]
    assert app.refused == 0
    assert app.accepted == total
    assert stats.rejected == 0
    if tasks >= 10:
        # Three full windows back to back: the third opens right after two minutes,
        # and takes as long as ``tasks`` workers need for 240 round trips of ~0.2 s.
        assert elapsed < 2 * 60 + 5 + 240 * 0.2 / tasks
        assert app.windows == 3


async def test_a_hidden_consumer_costs_at_most_one_429_per_window() -> None:
    app = FixedWindowApp(latency=0.2)
    total = 240 * 5

    async def outsider() -> None:
        # A third of the budget, spread over each minute.
        while True:
            app.consume()
            await anyio.sleep(60 / 80)

    async with _client(app) as te, anyio.create_task_group() as tg:
        tg.start_soon(outsider)
        await _run(100, total, lambda n: te.request("GET", f"net/metrics/{n}"))
        tg.cancel_scope.cancel()
    assert app.accepted == total
    assert max(app.org.refusals) <= 1
    assert sum(app.org.refusals) <= app.windows


async def test_a_limit_that_changes_mid_run_is_followed() -> None:
    app = FixedWindowApp(latency=0.2, limit_for_window=lambda n: 20 if n <= 3 else 240)
    total = 20 * 3 + 240 * 2
    async with _client(app) as te:
        await _run(100, total, lambda n: te.request("GET", f"net/metrics/{n}"))
        assert te.rate_limit_stats()["organization"].limit == 240
    assert app.refused == 0
    assert app.accepted == total
    assert app.windows == 5


async def test_instant_tests_and_ordinary_requests_at_once() -> None:
    app = FixedWindowApp(latency=0.2)
    async with _client(app) as te:
        start = anyio.current_time()
        done: dict[str, float] = {}

        async def ordinary() -> None:
            await anyio.sleep(0.001)  # the instant tests queue first (see the emulator test)
            await _run(50, 480, lambda n: te.request("GET", f"net/metrics/{n}"))
            done["ordinary"] = anyio.current_time() - start

        async def instant() -> None:
            await _run(
                20, 72, lambda n: te.request("POST", "instant/http-server", json={"url": "x"})
            )
            done["instant"] = anyio.current_time() - start

        async with anyio.create_task_group() as tg:
            tg.start_soon(ordinary)
            tg.start_soon(instant)
        stats = te.rate_limit_stats()
    assert app.refused == 0
    assert app.accepted == 480 + 72
    assert app.accepted_by_path["/v6/instant/http-server"] == 72
    assert stats["instant-test"].limit == 24
    assert stats["organization"].rejected == stats["instant-test"].rejected == 0
    # 552 organization requests need three windows; 72 instant tests need three too:
    # neither kind waited behind the other beyond that.
    assert done["ordinary"] < 2 * 60 + 5
    assert done["instant"] < 2 * 60 + 5


async def test_seed_003_categories_with_x_ratelimit_headers() -> None:
    app = FixedWindowApp(dialect="ratelimit", latency=0.1)
    async with _client(app, RateLimiter(CategoryPolicy())) as te:
        start = anyio.current_time()
        finished: dict[str, float] = {}

        async def plain() -> None:
            await _run(50, 900, lambda n: te.request("GET", f"alerts/{n}"))
            finished["get"] = anyio.current_time() - start

        async def paginated() -> None:
            await _run(
                20,
                120,
                lambda n: te._transport.request(
                    "GET", "alerts", params={"page": n + 2}, paginated=True
                ),
            )
            finished["paginated"] = anyio.current_time() - start

        async def writes() -> None:
            await _run(10, 60, lambda n: te.request("POST", "alerts", json={"n": n}))
            finished["write"] = anyio.current_time() - start

        async with anyio.create_task_group() as tg:
            tg.start_soon(plain)
            tg.start_soon(paginated)
            tg.start_soon(writes)
        stats = te.rate_limit_stats()
    assert app.refused == 0
    assert {k: s.limit for k, s in stats.items()} == {
        "get": 500,
        "paginated-get": 50,
        "write": 50,
    }
    # Each category runs on its own budget: 900 GETs in 2 windows, 120 paginated in 3.
    assert finished["get"] < 60 + 5
    assert 2 * 60 <= finished["paginated"] < 2 * 60 + 5
    assert 60 <= finished["write"] < 60 + 5


async def test_a_body_that_cannot_be_encoded_holds_no_permit() -> None:
    # The first request of a window is the probe: a permit taken for a request
    # that then fails to build would hold the probe slot forever.
    app = FixedWindowApp()
    async with _client(app, organization="acme") as te:
        with pytest.raises(TypeError):
            await te.request("POST", "tests", json=object())
        assert all(s.in_flight == 0 for s in te.rate_limit_stats().values())
        with anyio.fail_after(3600):
            await te.request("GET", "tests")
    assert app.accepted == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "100000"},
        {"Retry-After": "inf"},
        {
            "Date": "Thu, 01 Jan 1970 00:00:00 GMT",
            "X-Organization-Rate-Limit-Limit": "240",
            "X-Organization-Rate-Limit-Remaining": "0",
            "X-Organization-Rate-Limit-Reset": "1700000060",
        },
    ],
)
async def test_retry_deadline_bounds_a_call_paced_by_a_long_pause(headers: dict[str, str]) -> None:
    # Paced retries wait in the limiter, not in a sleep: the deadline must bound that too.
    calls: list[float] = []

    def always_429(request: httpx.Request) -> httpx.Response:
        calls.append(anyio.current_time())
        return httpx.Response(429, headers=headers)

    async with AsyncThousandEyesV6(
        token=TOKEN,
        transport=httpx.MockTransport(always_429),
        base_url="http://emulator",
        limiter=RateLimiter(),
        max_retries=100,
        retry_deadline=120.0,
    ) as te:
        started = anyio.current_time()
        with pytest.raises(RateLimitError):
            await te.request("GET", "net/metrics/1")
        took = anyio.current_time() - started
    assert took <= 120.0
    assert calls
