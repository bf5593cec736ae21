"""A call's deadline (``retry_deadline``) bounds the whole call, its first wait included.

Run in virtual time (trio's MockClock): pauses of minutes pass at once, and the
times read below are the limiter's own decisions, not the machine's speed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async import (
    AsyncThousandEyes,
    AsyncThousandEyesV6,
    Priority,
    RateLimitDeadlineError,
    RateLimiter,
    RateLimitError,
    ServerError,
)
from thousandeyes_async.ratelimit import Limiter, Permit, RequestInfo

from .conftest import BASE, SECRET

PATH = "net/metrics/817"
DATE = "Wed, 26 Apr 2017 18:31:00 GMT"  # epoch 1493231460

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


class Server:
    """Answers 200 with the organization's headers; scripted answers first, in order."""

    def __init__(self) -> None:
        #: (status, Retry-After or None, seconds the answer takes)
        self.script: list[tuple[int, str | None, float]] = []
        self.requests = 0

    def answer_next(self, status: int, retry_after: str | None = None, after: float = 0.0) -> None:
        self.script.append((status, retry_after, after))

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        status, retry_after, after = self.script.pop(0) if self.script else (200, None, 0.0)
        if after:
            await anyio.sleep(after)
        headers = {"Date": DATE}
        if status == 200:
            headers |= {
                "X-Organization-Rate-Limit-Limit": "240",
                "X-Organization-Rate-Limit-Remaining": "200",
                "X-Organization-Rate-Limit-Reset": str(1493231460 + 60),
            }
        if retry_after is not None:
            headers["Retry-After"] = retry_after
        return httpx.Response(status, json={}, headers=headers)


@asynccontextmanager
async def client(
    server: Server, *, retry_deadline: float, max_retries: int = 0, limiter: Limiter | None = None
) -> AsyncIterator[AsyncThousandEyesV6]:
    async with AsyncThousandEyesV6(
        token=SECRET,
        base_url=BASE,
        transport=httpx.MockTransport(server),
        limiter=limiter if limiter is not None else RateLimiter(),
        max_retries=max_retries,
        retry_deadline=retry_deadline,
        timeout=60,
    ) as te:
        yield te


def budget(te: AsyncThousandEyesV6) -> tuple[int, int]:
    """The organization bucket's requests in flight and waiters."""
    stats = te.rate_limit_stats()["organization"]
    return stats.in_flight, stats.waiters


async def paused_by_a_429(te: AsyncThousandEyesV6, server: Server, retry_after: str) -> None:
    """A first call that opens the window, then one the server refuses (no retries)."""
    assert await te.request("GET", PATH) == {}
    server.answer_next(429, retry_after)
    with pytest.raises(RateLimitError) as refused:
        await te.request("GET", PATH)
    assert not isinstance(refused.value, RateLimitDeadlineError)  # the server's own 429


async def test_a_pause_longer_than_the_deadline_fails_the_next_call_at_once() -> None:
    server = Server()
    async with client(server, retry_deadline=10) as te:
        await paused_by_a_429(te, server, "100")
        sent = server.requests
        asked = anyio.current_time()
        with pytest.raises(RateLimitDeadlineError) as caught:
            await te.request("GET", PATH)
        assert anyio.current_time() == asked  # refused at once, not at the deadline
        assert server.requests == sent  # nothing was sent
        assert budget(te) == (0, 0)
    error = caught.value
    assert isinstance(error, RateLimitError)
    assert error.status_code == 429
    assert error.retry_after == pytest.approx(100.0)
    assert error.rate_limit == {"Retry-After": "100"}
    assert error.deadline == 10
    assert "not sending GET" in str(error)
    assert "retry_deadline" in str(error)
    assert SECRET not in str(error)


async def test_a_wait_shorter_than_the_deadline_waits_and_succeeds() -> None:
    server = Server()
    async with client(server, retry_deadline=10) as te:
        await paused_by_a_429(te, server, "5")
        asked = anyio.current_time()
        assert await te.request("GET", PATH) == {}
        assert anyio.current_time() - asked == pytest.approx(5.0)
        assert budget(te) == (0, 0)


async def test_a_long_deadline_waits_through_the_pause() -> None:
    # A bulk export's deadline of minutes is not cut short by a pause within it.
    server = Server()
    async with client(server, retry_deadline=600) as te:
        await paused_by_a_429(te, server, "100")
        asked = anyio.current_time()
        assert await te.request("GET", PATH, priority=Priority.BULK) == {}
        assert anyio.current_time() - asked == pytest.approx(100.0)


async def test_a_retry_whose_pause_outlasts_the_deadline_is_refused_at_once() -> None:
    server = Server()
    async with client(server, retry_deadline=10, max_retries=5) as te:
        assert await te.request("GET", PATH) == {}
        server.answer_next(429, "100")
        asked = anyio.current_time()
        with pytest.raises(RateLimitDeadlineError) as caught:
            await te.request("GET", PATH)
        assert anyio.current_time() == asked
        assert server.requests == 2  # the refused attempt, no retry
        assert budget(te) == (0, 0)
    assert caught.value.retry_after == pytest.approx(100.0)
    # The server's 429 is what started the pause: it is the cause.
    cause = caught.value.__cause__
    assert isinstance(cause, RateLimitError)
    assert not isinstance(cause, RateLimitDeadlineError)


async def test_a_retry_of_a_server_error_past_the_deadline_raises_that_error() -> None:
    # A 503 whose retry meets the pause another call's 429 began: the 503 says more.
    server = Server()
    async with client(server, retry_deadline=10, max_retries=5) as te:
        assert await te.request("GET", PATH) == {}
        server.answer_next(503, after=1.0)
        server.answer_next(429, "100")
        errors: dict[str, BaseException] = {}

        async def call(name: str) -> None:
            try:
                await te.request("GET", PATH)
            except RateLimitError as exc:
                errors[name] = exc
            except ServerError as exc:
                errors[name] = exc

        async with anyio.create_task_group() as tg:
            tg.start_soon(call, "first")  # answered 503 after a second
            await anyio.sleep(0.5)  # while it is on its way
            tg.start_soon(call, "second")  # answered 429 at once
        assert server.requests == 3
        assert budget(te) == (0, 0)
    first = errors["first"]
    assert isinstance(first, ServerError)
    assert not isinstance(first, RateLimitError)
    assert first.status_code == 503
    assert isinstance(errors["second"], RateLimitDeadlineError)


async def test_a_pause_that_begins_while_calls_wait_fails_them_at_once() -> None:
    server = Server()
    async with client(server, retry_deadline=10) as te:
        # The window's probe takes a second and is refused; four calls wait behind it.
        server.answer_next(429, "100", after=1.0)
        failed_at: list[float] = []

        async def call() -> None:
            with pytest.raises(RateLimitError) as caught:
                await te.request("GET", PATH)
            if isinstance(caught.value, RateLimitDeadlineError):
                assert caught.value.retry_after == pytest.approx(100.0)
                failed_at.append(anyio.current_time())

        started = anyio.current_time()
        async with anyio.create_task_group() as tg:
            for _ in range(5):
                tg.start_soon(call)
        assert server.requests == 1
        assert failed_at == [started + 1.0] * 4  # when the 429 came, not at their deadline
        assert budget(te) == (0, 0)


async def test_a_wait_without_a_known_end_ends_at_the_deadline() -> None:
    server = Server()
    async with client(server, retry_deadline=10) as te:
        # The window's probe takes 30 s: the calls behind it cannot know for how long.
        server.answer_next(200, after=30.0)
        results: list[object] = []

        async def call() -> None:
            try:
                results.append(await te.request("GET", PATH))
            except RateLimitDeadlineError as exc:
                results.append((anyio.current_time(), exc.retry_after, exc.rate_limit))

        started = anyio.current_time()
        async with anyio.create_task_group() as tg:
            for _ in range(3):
                tg.start_soon(call)
        assert results == [(started + 10.0, None, {})] * 2 + [{}]
        assert server.requests == 1
        assert budget(te) == (0, 0)


async def test_cancelled_while_waiting_leaves_nothing_behind() -> None:
    server = Server()
    async with client(server, retry_deadline=10) as te:
        await paused_by_a_429(te, server, "5")
        with anyio.move_on_after(2):
            await te.request("GET", PATH)
        assert budget(te) == (0, 0)
        sent = server.requests
        await anyio.sleep(3)  # the pause is over
        asked = anyio.current_time()
        assert await te.request("GET", PATH) == {}
        assert anyio.current_time() == asked  # no permit was kept by the cancelled call
        assert server.requests == sent + 1
        assert budget(te) == (0, 0)


class PlainLimiter:
    """A limiter whose ``acquire`` does not take a deadline (a user's own, say)."""

    def __init__(self) -> None:
        self.inner = RateLimiter()

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        return await self.inner.acquire(key, request, priority)


async def test_a_limiter_without_deadlines_is_bounded_from_outside() -> None:
    server = Server()
    limiter = PlainLimiter()
    async with client(server, retry_deadline=10, limiter=limiter) as te:
        assert await te.request("GET", PATH) == {}
        server.answer_next(429, "100")
        with pytest.raises(RateLimitError):
            await te.request("GET", PATH)
        asked = anyio.current_time()
        with pytest.raises(RateLimitDeadlineError) as caught:
            await te.request("GET", PATH)
        # It cannot know the pause's end: it waits no longer than the deadline.
        assert anyio.current_time() - asked == pytest.approx(10.0)
        assert caught.value.retry_after is None
        stats = limiter.inner.stats(te.limiter_key)["organization"]
        assert (stats.in_flight, stats.waiters) == (0, 0)


class PagedServer:
    """A v7 list of three pages; each later page is refused once with a Retry-After."""

    def __init__(self, waits: dict[int, str]) -> None:
        self.waits = dict(waits)
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        page = int(request.url.params.get("cursor", "1"))
        wait = self.waits.pop(page, None)
        if wait is not None:
            return httpx.Response(429, headers={"Date": DATE, "Retry-After": wait})
        links = {"next": {"href": f"{BASE}/v7/dashboards?cursor={page + 1}"}} if page < 3 else {}
        headers = {
            "Date": DATE,
            "X-Organization-Rate-Limit-Limit": "240",
            "X-Organization-Rate-Limit-Remaining": "200",
            "X-Organization-Rate-Limit-Reset": str(1493231460 + 60),
        }
        return httpx.Response(
            200, json={"dashboards": [{"id": page}], "_links": links}, headers=headers
        )


async def _read_pages(server: PagedServer) -> list[int]:
    async with (
        AsyncThousandEyes(
            token=SECRET,
            base_url=BASE,
            transport=httpx.MockTransport(server),
            limiter=RateLimiter(),
            max_retries=2,
            retry_deadline=10,
        ) as te,
        te.paginate("dashboards", items="dashboards", prefetch=False) as stream,
    ):
        return [item["id"] async for item in stream]


async def test_each_page_of_a_stream_has_its_own_deadline() -> None:
    # Two pauses of 8 s: 16 s in all, more than the deadline, but each page's fits.
    server = PagedServer({2: "8", 3: "8"})
    started = anyio.current_time()
    assert await _read_pages(server) == [1, 2, 3]
    assert anyio.current_time() - started == pytest.approx(16.0)
    assert server.requests == 5


async def test_a_page_whose_pause_outlasts_the_deadline_ends_the_stream_at_once() -> None:
    server = PagedServer({2: "100"})
    started = anyio.current_time()
    with pytest.raises(RateLimitDeadlineError) as caught:
        await _read_pages(server)
    assert anyio.current_time() == started
    assert caught.value.retry_after == pytest.approx(100.0)
    assert server.requests == 2
