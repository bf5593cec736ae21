"""What every request pays for: settling without a cancel scope, reading only the
rate-limit headers, finding the loop's limiter. Cheaper, and still correct."""

from __future__ import annotations

import asyncio
import email.utils
import sys
from collections.abc import Mapping

import anyio
import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from thousandeyes_async import AsyncThousandEyesV6
from thousandeyes_async._transport import _settle
from thousandeyes_async.ratelimit import (
    INSTANT_TEST_HEADERS,
    ORGANIZATION_HEADERS,
    BucketSpec,
    HeaderDialect,
    Permit,
    Priority,
    RateLimiter,
    RequestInfo,
    ThousandEyesPolicy,
)
from thousandeyes_async.ratelimit._api import FREE_PERMIT
from thousandeyes_async.ratelimit._bucket import Observation
from thousandeyes_async.ratelimit._registry import SharedLimiter

GET = RequestInfo("GET", "net/metrics/1", api_version="v6")


class _InstantOnly:
    """A permit that can be settled at once; awaiting its settle is a mistake."""

    def __init__(self) -> None:
        self.settled_with: list[httpx.Response | None] = []

    def mark_sent(self) -> None:
        return None

    async def settle(self, response: httpx.Response | None) -> bool:
        raise AssertionError("the pipeline awaited settle() of a permit that settles at once")

    def settle_now(self, response: httpx.Response | None) -> bool:
        self.settled_with.append(response)
        return True


@pytest.mark.anyio
async def test_the_pipeline_settles_an_instant_permit_at_once() -> None:
    permit = _InstantOnly()
    response = httpx.Response(429)
    assert await _settle(permit, response) is True
    assert permit.settled_with == [response]


@pytest.mark.anyio
async def test_a_memory_permit_settled_in_a_cancelled_scope_still_goes_back() -> None:
    limiter = RateLimiter()
    permit = await limiter.acquire("acme", GET, Priority.INTERACTIVE)
    permit.mark_sent()
    with anyio.CancelScope() as scope:
        scope.cancel()
        await _settle(permit, httpx.Response(200))
    assert limiter.stats("acme")["organization"].in_flight == 0


_NAMES = [
    ORGANIZATION_HEADERS.limit,
    ORGANIZATION_HEADERS.remaining,
    ORGANIZATION_HEADERS.reset,
    INSTANT_TEST_HEADERS.remaining,
    "Date",
    "Retry-After",
    "Content-Type",
]
_VALUES = st.sampled_from(
    [
        *["0", "5", "240", "-3", "1700000060", " 12 ", "1e3", "nan", "", "x", "30"],
        *["Mon, 13 Nov 2023", "Tue, 14 Nov 2023 22:13:20 GMT", "Tue, 14 Nov 2023 22:14:20 GMT"],
    ]
)
_NAME = st.sampled_from(_NAMES).flatmap(
    lambda name: st.sampled_from([name, name.lower(), name.upper()])
)


@given(headers=st.lists(st.tuples(_NAME, _VALUES), max_size=12), status=st.sampled_from([200, 429]))
def test_reading_raw_headers_sees_what_the_decoded_mapping_says(
    headers: list[tuple[str, str]], status: int
) -> None:
    """Repeated names are joined as httpx joins them, in any case of name."""
    response_headers = httpx.Headers(headers)
    decoded = dict(response_headers.items())
    for dialect in (ORGANIZATION_HEADERS, INSTANT_TEST_HEADERS):
        assert dialect.observe(status, response_headers) == dialect.observe(status, decoded)


def test_each_event_loop_keeps_its_own_limiter_after_the_last_one_is_remembered() -> None:
    shared = SharedLimiter()

    async def twice() -> tuple[RateLimiter, RateLimiter]:
        return shared.for_current_loop(), shared.for_current_loop()

    first, again = asyncio.run(twice())
    second, _ = asyncio.run(twice())
    assert first is again
    assert second is not first


class _Recording:
    """An unlimited limiter that keeps what it was told of each request."""

    def __init__(self) -> None:
        self.seen: list[RequestInfo] = []

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        self.seen.append(request)
        return FREE_PERMIT


@pytest.mark.anyio
async def test_the_limiter_is_told_of_a_repeated_request_by_one_object() -> None:
    limiter = _Recording()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    async with AsyncThousandEyesV6(
        token="a-bearer-token", transport=transport, limiter=limiter
    ) as te:
        for _ in range(2):
            await te.request("GET", "net/metrics/817")
        await te.request("POST", "net/metrics/817", json={})
        await te.request("GET", "https://api.thousandeyes.com/v6/net/metrics/817")
    first, again, post, absolute = limiter.seen
    assert again is first  # built once, not on every call
    assert (post.method, post.path) == ("POST", "net/metrics/817")
    assert absolute == first
    assert absolute is not first  # full URLs (next-page links) are not kept


_METHODS = st.sampled_from(["GET", "get", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"])
_PATHS = st.sampled_from(
    [
        *["instant/http-server", "instant/12/rerun", "snapshot", "tests/http-server/instant"],
        *["tests/12/run", "tests/12/snapshot", "net/metrics/817", "/snapshot/"],
    ]
)


@given(method=_METHODS, path=_PATHS, version=st.sampled_from(["v6", "v7", None]))
def test_only_a_post_takes_more_than_the_organization_bucket(
    method: str, path: str, version: str | None
) -> None:
    policy = ThousandEyesPolicy()
    specs = policy.buckets(RequestInfo(method, path, api_version=version))
    assert [spec.category for spec in specs] == ["organization"]
    post = policy.buckets(RequestInfo("POST", path, api_version=version))
    assert post[0].category == "organization"


_EPOCH = 1_700_000_000


def test_a_new_reset_or_date_is_read_anew_not_taken_from_the_last_answer() -> None:
    def observed(reset: int, date: float, remaining: str = "7") -> tuple[object, ...]:
        headers = httpx.Headers(
            {
                "Date": email.utils.formatdate(usegmt=True, timeval=date),
                "X-Organization-Rate-Limit-Limit": "240",
                "X-Organization-Rate-Limit-Remaining": remaining,
                "X-Organization-Rate-Limit-Reset": str(reset),
            }
        )
        obs = ORGANIZATION_HEADERS.observe(200, headers)
        return (obs.limit, obs.remaining, obs.reset, obs.date)

    assert observed(_EPOCH + 60, _EPOCH) == (240, 7, _EPOCH + 60, _EPOCH)
    assert observed(_EPOCH + 60, _EPOCH, "6") == (240, 6, _EPOCH + 60, _EPOCH)
    assert observed(_EPOCH + 120, _EPOCH) == (240, 7, _EPOCH + 120, _EPOCH)
    assert observed(_EPOCH + 120, _EPOCH + 1) == (240, 7, _EPOCH + 120, _EPOCH + 1)
    # Not plain digits: signs, spaces and exponents go through the one parser.
    assert observed(_EPOCH + 120, _EPOCH + 1, " -3 ")[1] == 0
    assert observed(_EPOCH + 120, _EPOCH + 1, "1e3")[1] == 1000
    assert observed(_EPOCH + 120, _EPOCH + 1, "1000000000")[1] == 1_000_000_000
    assert observed(_EPOCH + 120, _EPOCH + 1, "1000000001")[1] is None


class _BrokenDialect(HeaderDialect):
    def observe(self, status: int | None, headers: Mapping[str, str]) -> Observation:
        raise RuntimeError("a dialect that cannot read this answer")


class _BrokenPolicy:
    def buckets(self, request: RequestInfo) -> tuple[BucketSpec, ...]:
        return (BucketSpec("organization", 240, 60.0, _BrokenDialect("A", "B", "C")),)


@pytest.mark.anyio
async def test_a_permit_whose_answer_cannot_be_read_still_goes_back() -> None:
    """The one-bucket fast path of settling: the ticket leaves the bucket whatever happens."""
    limiter = RateLimiter(_BrokenPolicy())
    permit = await limiter.acquire("acme", GET)
    permit.mark_sent()
    with pytest.raises(RuntimeError, match="cannot read"):
        await _settle(permit, httpx.Response(200))
    assert limiter.stats("acme")["organization"].in_flight == 0
    # The probe is settled: the next request gets its own probe at once.
    assert limiter.grant_now("acme", GET, Priority.INTERACTIVE, anyio.current_time()) is not None


def test_without_trio_the_loop_is_asked_of_asyncio_and_each_loop_keeps_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import anyio.lowlevel

    monkeypatch.delitem(sys.modules, "trio", raising=False)
    shared = SharedLimiter()
    asked: list[object] = []
    token = anyio.lowlevel.current_token

    def counted() -> anyio.lowlevel.EventLoopToken:
        asked.append(None)
        return token()

    monkeypatch.setattr(anyio.lowlevel, "current_token", counted)

    async def thrice() -> tuple[RateLimiter, RateLimiter, RateLimiter]:
        return shared.for_current_loop(), shared.for_current_loop(), shared.for_current_loop()

    first = asyncio.run(thrice())
    assert first[0] is first[1] is first[2]
    assert len(asked) == 1  # only the first asks anyio
    second = asyncio.run(thrice())
    assert second[0] is second[1] is second[2]
    assert second[0] is not first[0]  # a new loop is not taken for the last one
    assert len(asked) == 2
