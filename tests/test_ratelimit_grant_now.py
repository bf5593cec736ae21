"""The limiter's immediate grant: what the pipeline asks before awaiting acquire().

It must grant exactly what the queue would grant at once, and nothing more: the
reference here is a limiter whose every request goes through the queue.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import anyio
import httpx
import pytest

from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter
from thousandeyes_async.ratelimit import (
    BucketSpec,
    Permit,
    Priority,
    RateLimiter,
    RequestInfo,
    ThousandEyesPolicy,
)
from thousandeyes_async.ratelimit._api import FREE_PERMIT, DeadlineExceeded
from thousandeyes_async.ratelimit._registry import SharedLimiter

VIRTUAL = [pytest.param("trio_mock_clock", id="trio-virtual-time")]
GET = RequestInfo("GET", "net/metrics/1", api_version="v6")
INSTANT = RequestInfo("POST", "instant/http-server", api_version="v6")
#: Server epoch seconds at anyio time 0.
EPOCH = 1_700_000_000


class _QueueOnly(RateLimiter):
    """Every request joins the queue; its dispatch pass decides."""

    def _grant_if_room(
        self, group: Any, specs: Sequence[BucketSpec], level: int, now: float
    ) -> Permit | None:
        return None


def _answer(status: int, *, limit: int, remaining: int, reset: float) -> httpx.Response:
    date = EPOCH + anyio.current_time()
    return httpx.Response(
        status,
        headers={
            "Date": _http_date(date),
            "X-Organization-Rate-Limit-Limit": str(limit),
            "X-Organization-Rate-Limit-Remaining": str(remaining),
            "X-Organization-Rate-Limit-Reset": str(int(reset)),
        },
    )


def _http_date(epoch: float) -> str:
    import email.utils

    return email.utils.formatdate(int(epoch), usegmt=True)


async def _at_once(limiter: RateLimiter, request: RequestInfo, priority: Priority) -> Permit | None:
    """The permit acquire() gives without waiting (None: it would wait)."""
    permit: Permit | None = None
    with anyio.move_on_after(0):
        permit = await limiter.acquire("acme", request, priority)
    return permit


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
@pytest.mark.parametrize("seed", range(12))
async def test_the_immediate_grant_gives_what_the_queue_gives_at_once(seed: int) -> None:
    """Random traffic (both priorities, 200s and 429s, time passing, a small limit
    so that windows fill and pacing, reserves and probes all come into play)."""
    rng = random.Random(seed)
    policy = ThousandEyesPolicy(organization_limit=12, window=10.0)
    fast, queued = RateLimiter(policy), _QueueOnly(policy)
    held: list[tuple[Permit, Permit]] = []
    window_end = EPOCH + 10.0
    served = 0
    granted = 0
    for _ in range(300):
        move = rng.random()
        if move < 0.45:
            priority = Priority.BULK if rng.random() < 0.5 else Priority.INTERACTIVE
            now = anyio.current_time()
            mine = fast.grant_now("acme", GET, priority, now)
            theirs = await _at_once(queued, GET, priority)
            assert (mine is None) == (theirs is None), (seed, priority, now)
            if mine is not None and theirs is not None:
                granted += 1
                mine.mark_sent()
                theirs.mark_sent()
                held.append((mine, theirs))
        elif move < 0.8 and held:
            mine, theirs = held.pop(rng.randrange(len(held)))
            if EPOCH + anyio.current_time() >= window_end:
                window_end = EPOCH + anyio.current_time() + 10.0
                served = 0
            served += 1
            status = 429 if served > 12 or rng.random() < 0.05 else 200
            response = _answer(status, limit=12, remaining=max(0, 12 - served), reset=window_end)
            assert await mine.settle(response) == await theirs.settle(response)
        else:
            await anyio.sleep(rng.choice([0.05, 0.4, 1.5, 4.0]))
        if "acme" in fast._groups:
            theirs_buckets = queued._groups["acme"].buckets
            for category, bucket in fast._groups["acme"].buckets.items():
                assert bucket.to_dict() == theirs_buckets[category].to_dict()
    assert granted > 20  # the traffic did get permits, not only refusals


@pytest.mark.anyio
async def test_no_immediate_grant_while_others_queue() -> None:
    limiter = RateLimiter(ThousandEyesPolicy(organization_limit=5))
    probe = await limiter.acquire("acme", GET)
    # The window's probe is out: the next request waits for its answer.
    assert limiter.grant_now("acme", GET, Priority.INTERACTIVE, anyio.current_time()) is None
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(limiter.acquire, "acme", GET, Priority.BULK)
        await anyio.wait_all_tasks_blocked()
        probe.mark_sent()
        group = limiter._groups["acme"]
        # Room again, but a bulk request queues: it is served first, in turn.
        bucket = group.buckets["organization"]
        bucket.open = True
        bucket.limit = 5
        assert group.waiting == 1
        assert limiter.grant_now("acme", GET, Priority.INTERACTIVE, anyio.current_time()) is None
        await probe.settle(None)
    assert group.waiting == 0


@pytest.mark.anyio
async def test_an_interactive_request_is_seen_even_when_it_must_queue() -> None:
    limiter = RateLimiter()
    await limiter.acquire("acme", GET)  # the probe, unanswered
    now = anyio.current_time() + 1.0
    assert limiter.grant_now("acme", GET, Priority.INTERACTIVE, now) is None
    assert limiter._groups["acme"].interactive_seen["organization"] == now


@pytest.mark.anyio
async def test_token_requests_and_requests_without_buckets() -> None:
    limiter = RateLimiter()
    now = anyio.current_time()
    token = RequestInfo("POST", "oauth/token", token=True)
    assert limiter.grant_now("acme", token, Priority.INTERACTIVE, now) is FREE_PERMIT

    class _Nothing:
        def buckets(self, request: RequestInfo) -> tuple[()]:
            return ()

    empty = RateLimiter(_Nothing())
    assert empty.grant_now("acme", GET, Priority.INTERACTIVE, now) is None
    with pytest.raises(ValueError, match="gave no bucket"):
        await empty.acquire("acme", GET)


@pytest.mark.anyio
async def test_a_paused_bucket_grants_nothing_at_once_and_refuses_a_short_deadline() -> None:
    limiter = RateLimiter()
    permit = await limiter.acquire("acme", GET)
    permit.mark_sent()
    now = anyio.current_time()
    await permit.settle(_answer(429, limit=240, remaining=0, reset=EPOCH + now + 30))
    assert limiter.grant_now("acme", GET, Priority.INTERACTIVE, now) is None
    with pytest.raises(DeadlineExceeded):
        await limiter.acquire("acme", GET, deadline=now + 5)


@pytest.mark.anyio
async def test_an_instant_test_needs_room_in_both_its_buckets() -> None:
    limiter = RateLimiter()
    now = anyio.current_time()
    first = limiter.grant_now("acme", INSTANT, Priority.INTERACTIVE, now)
    assert first is not None
    # Both buckets probe: neither grants again before the answer.
    assert limiter.grant_now("acme", INSTANT, Priority.INTERACTIVE, now) is None
    assert limiter.grant_now("acme", GET, Priority.INTERACTIVE, now) is None


@pytest.mark.anyio
async def test_the_shared_limiter_grants_from_the_loops_limiter() -> None:
    shared = SharedLimiter()
    permit = shared.grant_now("acme", GET, Priority.INTERACTIVE, anyio.current_time())
    assert permit is not None
    assert shared.for_current_loop().stats("acme")["organization"].in_flight == 1
    assert UnlimitedLimiter().grant_now("acme", GET, Priority.BULK, 0.0) is FREE_PERMIT


class _CountingLimiter(RateLimiter):
    def __init__(self) -> None:
        super().__init__()
        self.immediate = 0
        self.awaited = 0

    def grant_now(
        self, key: str, request: RequestInfo, priority: Priority, now: float
    ) -> Permit | None:
        self.immediate += 1
        return super().grant_now(key, request, priority, now)

    async def acquire(
        self,
        key: str,
        request: RequestInfo,
        priority: Priority = Priority.INTERACTIVE,
        *,
        deadline: float | None = None,
    ) -> Permit:
        self.awaited += 1
        return await super().acquire(key, request, priority, deadline=deadline)


@pytest.mark.anyio
async def test_the_pipeline_awaits_acquire_only_when_the_immediate_grant_says_no() -> None:
    limiter = _CountingLimiter()
    date = _http_date(EPOCH)
    headers = {
        "Date": date,
        "X-Organization-Rate-Limit-Limit": "240",
        "X-Organization-Rate-Limit-Remaining": "200",
        "X-Organization-Rate-Limit-Reset": str(EPOCH + 60),
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}, headers=headers))
    async with AsyncThousandEyesV6(token="a-token", transport=transport, limiter=limiter) as te:
        for _ in range(3):
            await te.request("GET", "net/metrics/817")
    # The first request is the window's probe and goes at once; so do the others.
    assert (limiter.immediate, limiter.awaited) == (3, 0)


class _Refusing(RateLimiter):
    """A subclass that decides in acquire() alone: no request may skip it."""

    async def acquire(
        self,
        key: str,
        request: RequestInfo,
        priority: Priority = Priority.INTERACTIVE,
        *,
        deadline: float | None = None,
    ) -> Permit:
        raise DeadlineExceeded(None)


class _Recording(UnlimitedLimiter):
    def __init__(self) -> None:
        self.seen: list[str] = []

    async def acquire(
        self,
        key: str,
        request: RequestInfo,
        priority: Priority,
        *,
        deadline: float | None = None,
    ) -> Permit:
        self.seen.append(request.path)
        return await super().acquire(key, request, priority, deadline=deadline)


def test_a_subclass_that_overrides_acquire_alone_gets_every_request() -> None:
    from thousandeyes_async.ratelimit._api import immediate_grant

    assert immediate_grant(_Refusing()) is None
    assert immediate_grant(_Recording()) is None
    assert immediate_grant(_CountingLimiter()) is not None  # overrides both
    assert immediate_grant(RateLimiter()) is not None
    assert immediate_grant(SharedLimiter()) is not None


@pytest.mark.anyio
async def test_the_pipeline_sends_nothing_a_subclass_acquire_refuses() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(handler)
    async with AsyncThousandEyesV6(token="a-token", transport=transport, limiter=_Refusing()) as te:
        with pytest.raises(Exception, match="deadline"):
            await te.request("GET", "net/metrics/817")
    assert sent == []
