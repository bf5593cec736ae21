"""The async limiter: FIFO within a priority, priorities, cancellation, 429 pacing."""

from __future__ import annotations

import email.utils
import logging
from collections import deque
from collections.abc import Sequence
from typing import Any

import anyio
import httpx
import pytest
import trio
import trio.testing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thousandeyes_async import Priority, RateLimiter
from thousandeyes_async.ratelimit import (
    ORGANIZATION_HEADERS,
    BucketSpec,
    Permit,
    RequestInfo,
    ThousandEyesPolicy,
)
from thousandeyes_async.ratelimit._bucket import MAX_PAUSE_WINDOWS

pytestmark = pytest.mark.anyio

GET = RequestInfo("GET", "net/metrics/1")


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


class OnePerWindow:
    """A static policy with one request per 10 s: grants are easy to order."""

    def __init__(self, limit: int = 1) -> None:
        self.spec = BucketSpec("only", limit, 10.0, None)

    def buckets(self, request: RequestInfo) -> Sequence[BucketSpec]:
        return (self.spec,)


async def _use(permit: Permit, response: httpx.Response | None = None) -> bool:
    permit.mark_sent()
    return await permit.settle(response if response is not None else httpx.Response(200))


async def test_waiters_are_served_first_come_first_served() -> None:
    limiter = RateLimiter(OnePerWindow())
    order: list[int] = []

    async def worker(i: int) -> None:
        permit = await limiter.acquire("acme", GET, Priority.BULK)
        order.append(i)
        await _use(permit)

    async with anyio.create_task_group() as tg:
        for i in range(20):
            tg.start_soon(worker, i)
            await anyio.sleep(0.001)  # enqueue in a known order
    assert order == list(range(20))
    # One per 10 s window: 20 grants take 19 windows of virtual time.
    assert anyio.current_time() >= 190.0


async def test_interactive_requests_go_before_queued_bulk_ones() -> None:
    limiter = RateLimiter(OnePerWindow())
    first = await limiter.acquire("acme", GET, Priority.BULK)
    order: list[str] = []

    async def worker(name: str, priority: Priority) -> None:
        permit = await limiter.acquire("acme", GET, priority)
        order.append(name)
        await _use(permit)

    async with anyio.create_task_group() as tg:
        for i in range(5):
            tg.start_soon(worker, f"bulk{i}", Priority.BULK)
            await anyio.sleep(0.001)
        for i in range(3):
            tg.start_soon(worker, f"ui{i}", Priority.INTERACTIVE)
            await anyio.sleep(0.001)
        await _use(first)
    assert order == ["ui0", "ui1", "ui2", "bulk0", "bulk1", "bulk2", "bulk3", "bulk4"]


async def test_cancelling_a_thousand_waiters_consumes_nothing_and_keeps_the_queue() -> None:
    limiter = RateLimiter(OnePerWindow(limit=1))
    held = [await limiter.acquire("acme", GET, Priority.BULK)]
    order: list[int] = []
    scopes: dict[int, anyio.CancelScope] = {}

    async def waiter(i: int) -> None:
        with anyio.CancelScope() as scope:
            scopes[i] = scope
            permit = await limiter.acquire("acme", GET, Priority.BULK)
            order.append(i)
            await _use(permit)

    async with anyio.create_task_group() as tg:
        for i in range(1000):
            tg.start_soon(waiter, i)
            await anyio.sleep(0.001)  # trio starts tasks in no fixed order: stagger them
        await anyio.sleep(1)
        assert limiter.stats("acme")["only"].waiters == 1000
        # Cancel all but every hundredth waiter.
        for i, scope in scopes.items():
            if i % 100:
                scope.cancel()
        await anyio.sleep(1)
        stats = limiter.stats("acme")["only"]
        assert stats.waiters == 10
        assert stats.in_flight == 1
        for permit in held:
            await _use(permit)
    # The survivors were served in their original order, one per window.
    assert order == list(range(0, 1000, 100))
    stats = limiter.stats("acme")["only"]
    assert stats.waiters == 0
    assert stats.in_flight == 0


class _CountingDeque(deque[Any]):
    def __init__(self) -> None:
        super().__init__()
        self.pops = 0

    def popleft(self) -> Any:
        self.pops += 1
        return super().popleft()


class TwoStaticBuckets:
    """GETs take one budget, POSTs another: as instant tests and ordinary requests do."""

    def buckets(self, request: RequestInfo) -> Sequence[BucketSpec]:
        if request.method == "POST":
            return (BucketSpec("other", 1, 10.0, None),)
        return (BucketSpec("only", 1, 10.0, None),)


@pytest.mark.parametrize("other_waits", [False, True])
async def test_a_bucket_nobody_waits_for_does_not_make_dispatch_walk_the_queue(
    other_waits: bool,
) -> None:
    limiter = RateLimiter(TwoStaticBuckets())
    post = RequestInfo("POST", "x")
    other = await limiter.acquire("acme", post, Priority.BULK)
    held = await limiter.acquire("acme", GET, Priority.INTERACTIVE)
    queue = limiter._group("acme").queues[int(Priority.INTERACTIVE)] = _CountingDeque()
    async with anyio.create_task_group() as tg:
        if other_waits:  # a bulk request blocked on the other bucket, queued first
            tg.start_soon(limiter.acquire, "acme", post, Priority.BULK)
            await anyio.sleep(0.001)
        for _ in range(1000):
            tg.start_soon(limiter.acquire, "acme", GET, Priority.INTERACTIVE)
        await anyio.sleep(1)
        assert limiter.stats("acme")["only"].waiters == 1000
        # Each of the thousand enqueues ran a dispatch pass: it looked at the head
        # only, not at every waiter behind it (about 500,000 steps).
        assert queue.pops < 5 * 1000
        tg.cancel_scope.cancel()
    await _use(held)
    await _use(other)


async def test_cancelled_waiters_leave_the_budget_intact() -> None:
    limiter = RateLimiter(OnePerWindow(limit=2))
    held = [await limiter.acquire("acme", GET, Priority.BULK) for _ in range(2)]
    with anyio.move_on_after(5):
        async with anyio.create_task_group() as tg:
            for _ in range(1000):
                tg.start_soon(limiter.acquire, "acme", GET, Priority.BULK)
            await anyio.sleep(1)
            tg.cancel_scope.cancel()
    stats = limiter.stats("acme")["only"]
    assert (stats.waiters, stats.in_flight, stats.remaining) == (0, 2, 0)
    await held[0].settle(None)  # never sent: its slot comes back
    # The thousand cancelled waiters took nothing: the freed slot is there at once.
    with anyio.fail_after(0.001):
        again = await limiter.acquire("acme", GET, Priority.BULK)
    await _use(again)
    await _use(held[1])


async def test_a_request_cancelled_after_it_was_sent_still_counts() -> None:
    limiter = RateLimiter(OnePerWindow(limit=2))
    permit = await limiter.acquire("acme", GET)
    permit.mark_sent()
    with anyio.CancelScope(shield=True):
        await permit.settle(None)  # cancelled in flight: no response
    assert limiter.stats("acme")["only"].remaining == 1


async def test_an_unsent_permit_gives_its_slot_back() -> None:
    limiter = RateLimiter(OnePerWindow(limit=1))
    permit = await limiter.acquire("acme", GET)
    await permit.settle(None)  # never marked sent
    assert limiter.stats("acme")["only"].remaining == 1


async def test_keys_have_separate_budgets() -> None:
    limiter = RateLimiter(OnePerWindow(limit=1))
    a = await limiter.acquire("acme", GET)
    with anyio.fail_after(0.001):
        b = await limiter.acquire("globex", GET)
    await _use(a)
    await _use(b)


async def test_instant_test_waiting_for_its_budget_does_not_stall_other_requests() -> None:
    limiter = RateLimiter(ThousandEyesPolicy(instant_test_limit=1))
    probe = await limiter.acquire("acme", GET)
    await _use(probe, _org_response(240, 239, 60))
    instant = RequestInfo("POST", "instant/http-server")
    first = await limiter.acquire("acme", instant)
    await _use(first, _org_response(240, 238, 60, instant=(1, 0)))
    got: list[str] = []

    async def call(name: str, request: RequestInfo) -> None:
        permit = await limiter.acquire("acme", request)
        got.append(name)
        await _use(permit, _org_response(240, 200, 60, instant=(1, 1)))

    async with anyio.create_task_group() as tg:
        tg.start_soon(call, "instant", instant)
        await anyio.sleep(0.001)
        tg.start_soon(call, "metrics", GET)
        await anyio.sleep(0.5)
        assert got == ["metrics"]
    assert got == ["metrics", "instant"]


async def test_a_cancelled_waiter_lets_go_of_the_buckets_held_for_its_probe() -> None:
    limiter = RateLimiter()
    await _use(await limiter.acquire("acme", GET), _org_response(240, 239, 60))
    instant = RequestInfo("POST", "instant/http-server")
    probe = await limiter.acquire("acme", instant)  # the instant-test window's probe
    got: list[str] = []
    second_instant = anyio.CancelScope()

    async def call(name: str, request: RequestInfo, scope: anyio.CancelScope) -> None:
        with scope:
            permit = await limiter.acquire("acme", request)
            got.append(name)
            await _use(permit, _org_response(240, 200, 60, instant=(24, 20)))

    async with anyio.create_task_group() as tg:
        tg.start_soon(call, "instant", instant, second_instant)
        await anyio.sleep(0.001)
        tg.start_soon(call, "metrics", GET, anyio.CancelScope())
        await anyio.sleep(0.001)
        # The organization bucket is held for the queued instant test until its probe returns.
        assert got == []
        second_instant.cancel()
        await anyio.sleep(0.001)
        # Cancelled, it holds nothing: the ordinary request goes while the probe is still out.
        assert got == ["metrics"]
        tg.cancel_scope.cancel()
    await _use(probe, _org_response(240, 200, 60, instant=(24, 23)))


async def test_a_429_pauses_the_bucket_so_waiters_do_not_each_collect_one() -> None:
    limiter = RateLimiter()
    probe = await limiter.acquire("acme", GET)
    await _use(probe, _org_response(240, 230, 60))
    permits = [await limiter.acquire("acme", GET) for _ in range(5)]
    # An unseen consumer took the rest: the first answer is a 429 with Remaining 0.
    paced = await _use(permits[0], _org_response(240, 0, 60, status=429))
    assert paced
    stats = limiter.stats("acme")["organization"]
    assert stats.rejected == 1
    assert stats.remaining == 0
    granted_at: list[float] = []

    async def waiter() -> None:
        permit = await limiter.acquire("acme", GET)
        granted_at.append(anyio.current_time())
        await _use(permit, _org_response(240, 200, 60))

    start = anyio.current_time()
    async with anyio.create_task_group() as tg:
        for _ in range(3):
            tg.start_soon(waiter)
        for permit in permits[1:]:
            await _use(permit, None)
    # Nobody went before the server's reset, a minute after the probe.
    assert min(granted_at) - start >= 60.0


def _org_response(
    limit: int,
    remaining: int,
    reset_in: int,
    *,
    status: int = 200,
    instant: tuple[int, int] | None = None,
) -> httpx.Response:
    import email.utils

    date = 1_700_000_000
    headers = {
        "Date": email.utils.formatdate(date, usegmt=True),
        ORGANIZATION_HEADERS.limit: str(limit),
        ORGANIZATION_HEADERS.remaining: str(remaining),
        ORGANIZATION_HEADERS.reset: str(date + reset_in),
    }
    if instant is not None:
        headers["X-Instant-Test-Rate-Limit-Limit"] = str(instant[0])
        headers["X-Instant-Test-Rate-Limit-Remaining"] = str(instant[1])
        headers["X-Instant-Test-Rate-Limit-Reset"] = str(date + reset_in)
    return httpx.Response(status, headers=headers)


def _window_response(now: float, end: float, remaining: int) -> httpx.Response:
    import email.utils
    import math

    epoch = 1_700_000_000
    return httpx.Response(
        200,
        headers={
            "Date": email.utils.formatdate(epoch + math.floor(now), usegmt=True),
            ORGANIZATION_HEADERS.limit: "240",
            ORGANIZATION_HEADERS.remaining: str(remaining),
            ORGANIZATION_HEADERS.reset: str(epoch + math.ceil(end)),
        },
    )


def test_header_names_are_read_case_insensitively_from_any_mapping() -> None:
    # httpx.Headers ignores case; a plain mapping (lower-case, as HTTP/2 and ASGI
    # servers write names) must be read alike.
    wire = {
        "X-Organization-Rate-Limit-Limit": "240",
        "X-Organization-Rate-Limit-Remaining": "17",
        "X-Organization-Rate-Limit-Reset": "1493231520",
        "Date": "Wed, 26 Apr 2017 18:31:00 GMT",
        "Retry-After": "Wed, 26 Apr 2017 18:31:05 GMT",
    }
    lower = {name.lower(): value for name, value in wire.items()}
    seen = [
        ORGANIZATION_HEADERS.observe(429, headers)
        for headers in (httpx.Headers(wire), httpx.Headers(lower), wire, lower)
    ]
    assert seen[0].limit == 240
    assert seen[0].remaining == 17
    assert seen[0].reset == 1493231520.0
    assert seen[0].date == 1493231460.0
    assert seen[0].retry_after == 5.0
    assert all(observation == seen[0] for observation in seen)


# -- hostile headers ------------------------------------------------------------------

_HOSTILE_NUMBERS = ["inf", "Infinity", "-inf", "nan", "1e999", "9" * 5000, "-1e999", "1e308"]


@pytest.mark.parametrize("value", _HOSTILE_NUMBERS)
@pytest.mark.parametrize("field", ["limit", "remaining", "reset"])
def test_a_non_finite_or_absurd_header_is_no_information(field: str, value: str) -> None:
    headers = {
        "Date": "Wed, 26 Apr 2017 18:31:00 GMT",
        ORGANIZATION_HEADERS.limit: "240",
        ORGANIZATION_HEADERS.remaining: "17",
        ORGANIZATION_HEADERS.reset: "1493231520",
    }
    headers[getattr(ORGANIZATION_HEADERS, field)] = value
    seen = ORGANIZATION_HEADERS.observe(200, headers)
    assert getattr(seen, field) is None


@pytest.mark.parametrize("value", [*_HOSTILE_NUMBERS, "Fri, 31 Dec 99999 23:59:59 GMT"])
def test_a_non_finite_retry_after_is_no_information(value: str) -> None:
    seen = ORGANIZATION_HEADERS.observe(429, {"Retry-After": value, "Date": "x"})
    assert seen.retry_after is None


@pytest.mark.parametrize("value", ["inf", "Infinity", "1e999", "9" * 5000])
async def test_a_hostile_limit_on_a_windows_first_answer_does_not_wedge_the_bucket(
    value: str,
) -> None:
    limiter = RateLimiter()
    date = 1_700_000_000
    headers = {
        "Date": email.utils.formatdate(date, usegmt=True),
        ORGANIZATION_HEADERS.limit: value,
        ORGANIZATION_HEADERS.remaining: value,
        ORGANIZATION_HEADERS.reset: str(date + 60),
    }
    for _ in range(3):
        with anyio.fail_after(1):
            permit = await limiter.acquire("acme", GET, Priority.BULK)
        await _use(permit, httpx.Response(200, headers=headers))
    assert limiter.stats("acme")["organization"].in_flight == 0


class _ExplodingHeaders(httpx.Headers):
    """Headers that fail however they are read (decoded or raw)."""

    def items(self) -> Any:
        raise OverflowError("a header no parser expected")

    @property
    def raw(self) -> Any:
        raise OverflowError("a header no parser expected")


async def test_settle_returns_the_permit_when_reading_the_answer_fails() -> None:
    limiter = RateLimiter()
    permit = await limiter.acquire("acme", GET, Priority.BULK)
    response = httpx.Response(200)
    response.headers = _ExplodingHeaders()
    permit.mark_sent()
    with pytest.raises(OverflowError):
        await permit.settle(response)
    assert limiter.stats("acme")["organization"].in_flight == 0
    # The probe that failed to settle no longer blocks the next one.
    with anyio.fail_after(1):
        await _use(await limiter.acquire("acme", GET, Priority.BULK))


_header_text = st.one_of(
    st.sampled_from([*_HOSTILE_NUMBERS, "", " ", "0", "-1", "240", "1700000060", "abc"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=30),
)
_date_text = st.one_of(
    st.just("Thu, 01 Jan 1970 00:00:00 GMT"),
    st.just("Tue, 14 Nov 2023 22:13:20 GMT"),
    st.just("Fri, 31 Dec 9999 23:59:59 GMT"),
    st.text(max_size=40),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    answers=st.lists(
        st.tuples(
            st.sampled_from([200, 204, 429, 500, 503]),
            st.dictionaries(
                st.sampled_from(
                    [
                        ORGANIZATION_HEADERS.limit,
                        ORGANIZATION_HEADERS.remaining,
                        ORGANIZATION_HEADERS.reset,
                        "Retry-After",
                    ]
                ),
                _header_text,
            ),
            _date_text,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_headers_return_every_permit_and_the_bucket_still_grants(
    answers: list[tuple[int, dict[str, str], str]],
) -> None:
    async def scenario() -> None:
        limiter = RateLimiter()
        for status, headers, date in answers:
            permit = await limiter.acquire("acme", GET, Priority.BULK)
            wire = {name: value for name, value in {**headers, "Date": date}.items() if _ok(value)}
            permit.mark_sent()
            await permit.settle(httpx.Response(status, headers=wire))
            assert limiter.stats("acme")["organization"].in_flight == 0
        # Whatever was said, the bucket grants again within a few windows (the pause cap).
        with anyio.fail_after(3 * 60 + 61):
            await _use(await limiter.acquire("acme", GET, Priority.BULK))
        assert limiter.stats("acme")["organization"].in_flight == 0

    trio.run(scenario, clock=trio.testing.MockClock(autojump_threshold=0))


def _ok(value: str) -> bool:
    # httpx refuses header values it cannot encode; those never reach a limiter.
    return "\n" not in value and "\r" not in value and value.isprintable() and value.isascii()


# -- pauses are capped ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "server_value"),
    [
        ({"Retry-After": "100000"}, "Retry-After 100000"),
        (
            {
                "Date": "Thu, 01 Jan 1970 00:00:00 GMT",
                ORGANIZATION_HEADERS.limit: "240",
                ORGANIZATION_HEADERS.remaining: "0",
                ORGANIZATION_HEADERS.reset: "1700000060",
            },
            "Reset 1700000060 against Date 0",
        ),
        (
            {
                "Date": email.utils.formatdate(1_700_000_000, usegmt=True),
                ORGANIZATION_HEADERS.limit: "240",
                ORGANIZATION_HEADERS.remaining: "0",
                ORGANIZATION_HEADERS.reset: str(1_700_000_000 + 365 * 86400),
            },
            f"Reset {1_700_000_000 + 365 * 86400} against Date 1700000000",
        ),
    ],
)
async def test_a_429_pause_is_capped_at_a_few_windows_and_logged(
    headers: dict[str, str], server_value: str, caplog: pytest.LogCaptureFixture
) -> None:
    limiter = RateLimiter()
    permit = await limiter.acquire("acme", GET, Priority.BULK)
    with caplog.at_level(logging.WARNING, logger="thousandeyes_async.ratelimit"):
        assert await _use(permit, httpx.Response(429, headers=headers))
    paused = limiter.stats("acme")["organization"].paused_for
    assert 0 < paused <= MAX_PAUSE_WINDOWS * 60.0
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert server_value in warnings[0].getMessage()
    started = anyio.current_time()
    await _use(await limiter.acquire("acme", GET, Priority.BULK))
    assert anyio.current_time() - started <= MAX_PAUSE_WINDOWS * 60.0 + 1.0


async def test_a_pause_within_a_window_is_not_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RateLimiter()
    permit = await limiter.acquire("acme", GET, Priority.BULK)
    with caplog.at_level(logging.WARNING, logger="thousandeyes_async.ratelimit"):
        await _use(permit, httpx.Response(429, headers={"Retry-After": "30"}))
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]
    assert limiter.stats("acme")["organization"].paused_for == 30.0


TOKEN = RequestInfo("POST", "auth/oauth/token", token=True)


def test_token_requests_take_a_bucket_only_when_the_policy_counts_them() -> None:
    from thousandeyes_async.ratelimit import CategoryPolicy

    assert ThousandEyesPolicy().buckets(TOKEN) == ()
    counted = ThousandEyesPolicy(count_token_requests=True).buckets(TOKEN)
    assert [spec.category for spec in counted] == ["organization"]
    assert CategoryPolicy().buckets(TOKEN) == ()
    get_token = RequestInfo("GET", "token", token=True)
    counted = CategoryPolicy(count_token_requests=True).buckets(get_token)
    assert [spec.category for spec in counted] == ["write"]


async def test_an_uncounted_token_request_gets_a_free_permit_even_with_no_room() -> None:
    limiter = RateLimiter(ThousandEyesPolicy(organization_limit=1))
    held = await limiter.acquire("org", GET, Priority.INTERACTIVE)  # the lone probe
    with anyio.fail_after(1):
        permit = await limiter.acquire("org", TOKEN, Priority.INTERACTIVE)
    await _use(permit)
    await _use(held)
    assert limiter.stats("org")["organization"].in_flight == 0


async def test_a_counted_token_request_waits_for_the_organization_bucket() -> None:
    limiter = RateLimiter(ThousandEyesPolicy(organization_limit=1, count_token_requests=True))
    held = await limiter.acquire("org", GET, Priority.INTERACTIVE)
    with anyio.move_on_after(5) as waiting:
        await limiter.acquire("org", TOKEN, Priority.INTERACTIVE)
    assert waiting.cancelled_caught
    await _use(held)


async def test_an_api_request_the_policy_gives_no_bucket_is_still_an_error() -> None:
    class Nothing:
        def buckets(self, request: RequestInfo) -> Sequence[BucketSpec]:
            return ()

    limiter = RateLimiter(Nothing())
    with pytest.raises(ValueError, match="no bucket"):
        await limiter.acquire("org", GET, Priority.INTERACTIVE)
    await _use(await limiter.acquire("org", TOKEN, Priority.INTERACTIVE))


@pytest.mark.parametrize("give_back", ["release", "settle without an answer"])
async def test_a_bulk_permit_never_sent_does_not_count_against_the_bulk_floor(
    give_back: str,
) -> None:
    # A stale token or a refused credential after the wait: the permit goes back
    # unsent, by release() or by settling with no answer. Either way the bulk
    # floor must not count it as used, or bulk gets less than its share.
    limiter = RateLimiter(OnePerWindow(limit=10))
    spec = limiter.policy.buckets(GET)[0]
    permit = await limiter.acquire("acme", GET, Priority.BULK)
    group = limiter._groups["acme"]
    bucket = group.buckets[spec.category]
    assert group.bulk_taken(spec.category, bucket) == 1
    if give_back == "release":
        permit.release()
    else:
        await permit.settle(None)
    assert group.bulk_taken(spec.category, bucket) == 0
    assert bucket.in_flight == 0
    sent = await limiter.acquire("acme", GET, Priority.BULK)
    assert await _use(sent) is False
    assert group.bulk_taken(spec.category, bucket) == 1


class _SameBucketTwice:
    def __init__(self) -> None:
        self.spec = BucketSpec("only", 10, 10.0, None)

    def buckets(self, request: RequestInfo) -> Sequence[BucketSpec]:
        return (self.spec, self.spec)


async def test_a_policy_that_names_a_bucket_twice_is_refused_before_anything_is_granted() -> None:
    # Found with room once, the bucket would be taken from twice: one request would
    # hold two permits of it.
    limiter = RateLimiter(_SameBucketTwice())
    with pytest.raises(ValueError, match="named a bucket twice"):
        limiter.grant_now("acme", GET, Priority.BULK, anyio.current_time())
    with pytest.raises(ValueError, match="named a bucket twice"):
        await limiter.acquire("acme", GET, Priority.BULK)
    assert all(bucket.in_flight == 0 for bucket in limiter._group("acme").buckets.values())
