"""``with_options``: other defaults over the same pool, credential and rate-limit budget."""

from __future__ import annotations

import httpx
import pytest

from thousandeyes_async import (
    APITimeoutError,
    AsyncThousandEyes,
    AsyncThousandEyesV6,
    AuthenticationError,
    Priority,
    RateLimiter,
    RetryPolicy,
    ServerError,
    UnlimitedLimiter,
)

from .conftest import SECRET
from .test_timeouts import VIRTUAL, Trickle


class Statuses:
    """Answers each request with the next status of a list (then 200 ``{}``)."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        status = self.statuses.pop(0) if self.statuses else 200
        return httpx.Response(status, json={} if status == 200 else {"errorMessage": "x"})


async def _no_sleep(seconds: float) -> None:
    return None


@pytest.mark.parametrize("cls", [AsyncThousandEyesV6, AsyncThousandEyes])
@pytest.mark.asyncio
async def test_a_derived_client_shares_the_pipeline(
    cls: type[AsyncThousandEyesV6] | type[AsyncThousandEyes],
) -> None:
    limiter = RateLimiter()
    async with cls(token=SECRET, transport=httpx.MockTransport(Statuses()), limiter=limiter) as te:
        derived = te.with_options(timeout=5, max_retries=1, priority=Priority.BULK)
        assert type(derived) is cls
        assert derived._http is te._http
        assert derived._credential is te._credential
        assert derived.limiter is te.limiter
        assert derived.limiter_key == te.limiter_key
        assert derived.priority is Priority.BULK
        assert te.priority is Priority.INTERACTIVE
        # Resource groups hold the derived client's calls, which lead to the derived client.
        groups = [v for k, v in vars(derived).items() if hasattr(v, "_client") and k != "_calls"]
        assert groups
        assert all(group._client is derived._calls for group in groups)
        assert derived._calls._client is derived
        assert await derived.request("GET", "tests") == {}
        assert derived.stats.requests == 1
        assert te.stats.requests == 0


@pytest.mark.asyncio
async def test_closing_a_derived_client_leaves_the_pool_open() -> None:
    server = Statuses()
    async with AsyncThousandEyesV6(
        token=SECRET, transport=httpx.MockTransport(server), limiter=UnlimitedLimiter()
    ) as te:
        async with te.with_options(max_retries=0) as derived:
            await derived.request("GET", "tests")
        with pytest.raises(RuntimeError, match="closed"):
            await derived.request("GET", "tests")
        assert not te._http.is_closed
        assert await te.request("GET", "tests") == {}
    assert te._http.is_closed


@pytest.mark.asyncio
async def test_max_retries_of_a_derived_client() -> None:
    server = Statuses(502, 502, 502)
    async with AsyncThousandEyesV6(
        token=SECRET,
        transport=httpx.MockTransport(server),
        limiter=UnlimitedLimiter(),
        max_retries=2,
    ) as te:
        te._transport.sleep = _no_sleep
        with pytest.raises(ServerError):
            await te.with_options(max_retries=0).request("GET", "tests")
        assert server.calls == 1
        assert await te.request("GET", "tests") == {}  # two 502s, then 200
        assert server.calls == 4
        with pytest.raises(ValueError, match="max_retries"):
            te.with_options(max_retries=-1)


@pytest.mark.asyncio
async def test_a_401_holds_back_the_shared_credential() -> None:
    server = Statuses(401)
    async with AsyncThousandEyes(
        token=SECRET, transport=httpx.MockTransport(server), limiter=UnlimitedLimiter()
    ) as te:
        derived = te.with_options(timeout=10)
        with pytest.raises(AuthenticationError):
            await derived.request("GET", "tests")
        with pytest.raises(AuthenticationError, match="held back"):
            await te.request("GET", "tests")
        assert server.calls == 1
        te.reset_authentication()
        assert await derived.request("GET", "tests") == {}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)
async def test_the_timeout_of_a_derived_client() -> None:
    server = Trickle(body=b"{}" + b" " * 10)
    async with AsyncThousandEyesV6(
        token=SECRET,
        transport=httpx.MockTransport(server),
        limiter=UnlimitedLimiter(),
        timeout=None,
        max_retries=0,
    ) as te:
        with pytest.raises(APITimeoutError):
            await te.with_options(timeout=2).request("GET", "tests")
        assert await te.request("GET", "tests") == {}
        assert (
            await te.with_options(timeout=2).with_options(timeout=None).request("GET", "tests")
            == {}
        )


@pytest.mark.parametrize("cls", [AsyncThousandEyesV6, AsyncThousandEyes])
@pytest.mark.asyncio
async def test_a_retry_policy_in_the_constructor(
    cls: type[AsyncThousandEyesV6] | type[AsyncThousandEyes],
) -> None:
    server = Statuses(502, 502, 502)
    policy = RetryPolicy(max_retries=1, deadline=30.0)
    async with cls(
        token=SECRET,
        transport=httpx.MockTransport(server),
        limiter=UnlimitedLimiter(),
        retry=policy,
    ) as te:
        assert te._transport.retry is policy
        te._transport.sleep = _no_sleep
        with pytest.raises(ServerError):
            await te.request("GET", "tests")
        assert server.calls == 2  # one retry, as the policy says
        derived = te.with_options(retry=RetryPolicy(max_retries=3))
        assert await derived.request("GET", "tests") == {}  # the third 502, then 200


@pytest.mark.parametrize("cls", [AsyncThousandEyesV6, AsyncThousandEyes])
@pytest.mark.parametrize(
    ("options", "names"),
    [
        ({"max_retries": 2}, "max_retries="),
        ({"retry_deadline": 60.0}, "retry_deadline="),
        ({"max_retries": 5, "retry_deadline": 600.0}, "max_retries and retry_deadline="),
    ],
)
def test_retry_with_max_retries_or_retry_deadline_is_refused(
    cls: type[AsyncThousandEyesV6] | type[AsyncThousandEyes],
    options: dict[str, float],
    names: str,
) -> None:
    with pytest.raises(ValueError, match=f"retry=RetryPolicy.* or {names}, not both"):
        cls(token=SECRET, retry=RetryPolicy(), **options)  # type: ignore[arg-type]


def test_a_retry_policy_is_checked() -> None:
    with pytest.raises(TypeError, match="RetryPolicy"):
        AsyncThousandEyes(token=SECRET, retry=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_retries"):
        AsyncThousandEyes(token=SECRET, retry=RetryPolicy(max_retries=-1))
    with pytest.raises(ValueError, match="retry_deadline"):
        AsyncThousandEyes(token=SECRET, retry=RetryPolicy(deadline=float("nan")))
    with pytest.raises(ValueError, match="not both"):
        AsyncThousandEyes(token=SECRET).with_options(retry=RetryPolicy(), max_retries=1)
