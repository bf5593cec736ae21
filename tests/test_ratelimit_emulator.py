"""End-to-end in virtual time: the real client and limiter against the emulator.

The emulator keeps the documented semantics (240 per 60 s window opened by the
first request, 24 instant tests a window, whole-second Reset and Date). Time is
trio's MockClock, so an hour of windows runs in a moment.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Awaitable, Callable

import anyio
import pytest
import trio.testing

from thousandeyes_async import RateLimiter
from thousandeyes_async.ratelimit import default_limiter
from thousandeyes_async.testing import RateLimits, ThousandEyesEmulator

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


async def _run(tasks: int, total: int, call: Callable[[int], Awaitable[object]]) -> None:
    counter = iter(range(total))

    async def worker() -> None:
        for n in counter:
            await call(n)

    async with anyio.create_task_group() as tg:
        for _ in range(tasks):
            tg.start_soon(worker)


def _refusal_times(emulator: ThousandEyesEmulator) -> list[float]:
    return [r.time for r in emulator.requests if r.status == 429]


@pytest.mark.parametrize("tasks", [1, 10, 100, 1000])
async def test_any_concurrency_uses_every_window_without_a_429(tasks: int) -> None:
    emulator = ThousandEyesEmulator()
    total = 240 * 3
    async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
        start = anyio.current_time()
        await _run(tasks, total, lambda n: te.request("GET", "agents"))
        elapsed = anyio.current_time() - start
        stats = te.rate_limit_stats()["organization"]
    counters = emulator.organization_counters()
    assert (counters.accepted, counters.refused) == (total, 0)
    assert stats.rejected == 0
    assert stats.limit == 240
    # Three full windows back to back: the third opens right after two minutes.
    assert 2 * 60 <= elapsed < 2 * 60 + 2


async def test_a_hidden_consumer_costs_at_most_one_429_per_window() -> None:
    emulator = ThousandEyesEmulator()
    emulator.outside_consumer(per_window=80)  # a third of the budget, evenly spread
    total = 240 * 4
    async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
        start = anyio.current_time()
        await _run(100, total, lambda n: te.request("GET", "agents"))
        elapsed = anyio.current_time() - start
    refusals = _refusal_times(emulator)
    assert emulator.organization_counters().accepted == total
    windows = int(elapsed // 60) + 1
    assert len(refusals) <= windows
    # Never two in one window: after a 429 the bucket holds until the server's reset.
    assert all(b - a >= 59 for a, b in itertools.pairwise(refusals))


async def test_a_limit_that_changes_mid_run_is_followed() -> None:
    emulator = ThousandEyesEmulator()
    window = emulator.organization_state("default").window
    window.limit = 20

    async def raise_the_limit() -> None:
        await anyio.sleep(150)  # during the third window of 20
        window.limit = 240

    total = 20 * 3 + 240 * 2
    async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
        async with anyio.create_task_group() as tg:
            tg.start_soon(raise_the_limit)
            await _run(100, total, lambda n: te.request("GET", "agents"))
        assert te.rate_limit_stats()["organization"].limit == 240
    counters = emulator.organization_counters()
    assert (counters.accepted, counters.refused) == (total, 0)


async def test_instant_tests_and_ordinary_requests_at_once() -> None:
    emulator = ThousandEyesEmulator()
    body = {"testName": "probe", "url": "https://example.com", "agents": [{"agentId": 101}]}
    async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
        start = anyio.current_time()
        done: dict[str, float] = {}

        async def ordinary() -> None:
            # Arrive just after the instant tests: with no network latency, requests
            # that came first could otherwise fill the first window on their own.
            await anyio.sleep(0.001)
            await _run(50, 480, lambda n: te.request("GET", "agents"))
            done["ordinary"] = anyio.current_time() - start

        async def instant() -> None:
            await _run(20, 72, lambda n: te.request("POST", "instant/http-server", json=body))
            done["instant"] = anyio.current_time() - start

        async with anyio.create_task_group() as tg:
            tg.start_soon(ordinary)
            tg.start_soon(instant)
        stats = te.rate_limit_stats()
    counters = emulator.organization_counters()
    assert (counters.accepted, counters.refused) == (480 + 72, 0)
    assert stats["instant-test"].limit == 24
    assert stats["organization"].rejected == stats["instant-test"].rejected == 0
    # 552 organization requests and 72 instant tests both need three windows:
    # neither kind waited behind the other beyond that.
    assert done["ordinary"] < 2 * 60 + 2
    assert done["instant"] < 2 * 60 + 2


async def test_clients_naming_the_same_organization_share_the_default_budget() -> None:
    emulator = ThousandEyesEmulator()
    clients = [emulator.client(organization="acme", max_retries=10) for _ in range(3)]
    assert all(c.limiter is default_limiter() for c in clients)
    await _run(60, 600, lambda n: clients[n % 3].request("GET", "agents"))
    stats = clients[0].rate_limit_stats()["organization"]
    for c in clients:
        await c.aclose()
    counters = emulator.organization_counters()
    assert (counters.accepted, counters.refused) == (600, 0)
    assert stats.rejected == 0
    assert stats.limit == 240


async def test_without_organization_the_key_is_a_hash_of_the_credential() -> None:
    emulator = ThousandEyesEmulator()
    async with emulator.client() as te:
        await te.request("GET", "agents")
        key = te.limiter_key
        token = emulator.credentials[0].token
        assert key.startswith("credential:")
        assert token not in key
        assert te.rate_limit_stats()["organization"].limit == 240


async def test_rate_limit_stats_report_in_flight_waiters_and_429s() -> None:
    emulator = ThousandEyesEmulator()
    emulator.consume(240)  # someone else used this window up
    async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
        await te.request("GET", "agents")  # waits for the next window after one 429
        stats = te.rate_limit_stats()["organization"]
    assert stats.rejected == 1
    assert stats.in_flight == 0
    assert stats.waiters == 0
    assert stats.limit == 240
    assert stats.remaining == 239
    assert stats.reset is not None


async def test_long_waits_and_429s_are_logged_at_debug_without_secrets(
    caplog: pytest.LogCaptureFixture,
) -> None:
    emulator = ThousandEyesEmulator()
    emulator.consume(240)
    token = emulator.credentials[0].token
    with caplog.at_level(logging.DEBUG, logger="thousandeyes_async.ratelimit"):
        async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
            await te.request("GET", "agents")  # one 429, then a wait for the next window
            await _run(20, 240, lambda n: te.request("GET", "agents"))  # waits a window
    messages = [r.getMessage() for r in caplog.records if r.name == "thousandeyes_async.ratelimit"]
    assert any(m.startswith("429 for key") for m in messages)
    assert any(m.startswith("waited") for m in messages)
    assert all(token not in m for m in messages)


async def test_snapshot_creation_waits_for_its_five_per_five_minutes() -> None:
    emulator = ThousandEyesEmulator()
    body = {
        "testId": 1001,
        "displayName": "s",
        "from": "2023-12-31T00:00:00",
        "to": "2023-12-31T01:00:00",
        "isPublic": 1,
    }
    created_at: list[float] = []
    async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
        start = anyio.current_time()

        async def create(n: int) -> None:
            await te.request("POST", "snapshot", json=body)
            created_at.append(anyio.current_time() - start)

        await _run(7, 7, create)
        stats = te.rate_limit_stats()
    counters = emulator.organization_counters()
    assert (counters.accepted, counters.refused) == (7, 0)
    assert stats["snapshot"].limit == 5
    # Five at once, then the next two once five minutes have passed, not earlier.
    assert sorted(created_at)[4] < 1
    assert 300 <= sorted(created_at)[5] < 302


@pytest.mark.parametrize("tasks", [1, 100])
async def test_an_emulator_without_limits_is_not_paced(tasks: int) -> None:
    # No rate-limit header on the probe's answer: nothing to follow, nothing to pace.
    emulator = ThousandEyesEmulator(limits=RateLimits(enabled=False))
    total = 240 * 5
    async with emulator.client(organization="unlimited-emulator") as te:
        start = anyio.current_time()
        await _run(tasks, total, lambda n: te.request("GET", "agents"))
        elapsed = anyio.current_time() - start
        stats = te.rate_limit_stats()["organization"]
    assert emulator.organization_counters().accepted == total
    # Paced at 240 a minute, 1,200 requests would take four windows or more.
    assert elapsed < 1.0
    assert stats.in_flight == 0
    assert stats.limit is None


async def test_limits_that_appear_later_are_followed_again() -> None:
    # A server that sends headers only after a while: the first header ends the free run.
    emulator = ThousandEyesEmulator(limits=RateLimits(enabled=False))
    async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
        await _run(10, 50, lambda n: te.request("GET", "agents"))
        emulator.limits = RateLimits(organization=240)
        start = anyio.current_time()
        await _run(100, 240 * 3, lambda n: te.request("GET", "agents"))
        elapsed = anyio.current_time() - start
        stats = te.rate_limit_stats()["organization"]
    assert stats.limit == 240
    counters = emulator.organization_counters()
    assert counters.refused == 0
    assert elapsed >= 2 * 60


@pytest.mark.parametrize("tasks", [1, 100])
async def test_the_sandbox_window_is_learned_and_used_to_the_full(tasks: int) -> None:
    # 40 per 5 s while the policy assumes 60 s: whole-second Reset and Date alone
    # started each window a second or two late (about 70% of the budget).
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=40, window_seconds=5.0))
    windows = 40
    async with emulator.client(limiter=RateLimiter(), max_retries=10) as te:
        start = anyio.current_time()
        await _run(tasks, 40 * windows, lambda n: te.request("GET", "agents"))
        elapsed = anyio.current_time() - start
    assert emulator.organization_counters().refused == 0
    # The last window opens after windows - 1 windows; learning costs a few seconds.
    assert elapsed < (windows - 1) * 5.0 * 1.03 + 5.0
