"""RefreshingBearer against a small in-test server, in virtual time (trio's MockClock)."""

from __future__ import annotations

import itertools
from typing import Any

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async import (
    AccessToken,
    AsyncThousandEyesV6,
    AuthenticationError,
    OAuth2ClientCredentials,
    RateLimiter,
    RefreshingBearer,
    UnlimitedLimiter,
)
from thousandeyes_async._redact import REDACTED, redact
from thousandeyes_async.ratelimit import Permit, Priority, RequestInfo, ThousandEyesPolicy
from thousandeyes_async.testing import OAuthClient, RateLimits, ThousandEyesEmulator

BASE = "https://api.thousandeyes.com"
LIFETIME = 300.0


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


class TokenServer:
    """Issues tokens (as a provider) and checks them (as the API), on the virtual clock."""

    def __init__(self, *, fetch_seconds: float = 0.0) -> None:
        self.fetch_seconds = fetch_seconds
        self.valid: dict[str, float] = {}
        self.issued: list[str] = []
        self.statuses: list[int] = []
        self.sent: list[tuple[float, str]] = []
        self.refuse_all = False
        self._numbers = itertools.count(1)

    async def provider(self) -> AccessToken:
        await anyio.sleep(self.fetch_seconds)
        token = f"tok-{next(self._numbers):04d}-a8f3"
        expires = anyio.current_time() + LIFETIME
        self.valid[token] = expires
        self.issued.append(token)
        return AccessToken(token, expires)

    def revoke_all(self) -> None:
        self.valid.clear()

    def handler(self, request: httpx.Request) -> httpx.Response:
        now = anyio.current_time()
        token = request.headers["Authorization"].removeprefix("Bearer ")
        self.sent.append((now, token))
        expires = self.valid.get(token)
        status = 200 if expires is not None and now < expires and not self.refuse_all else 401
        self.statuses.append(status)
        return httpx.Response(status, json={"ok": status == 200})

    def client(self, credential: RefreshingBearer, **kwargs: Any) -> AsyncThousandEyesV6:
        return AsyncThousandEyesV6(
            auth=credential,
            transport=httpx.MockTransport(self.handler),
            limiter=UnlimitedLimiter(),
            **kwargs,
        )


@pytest.mark.anyio
async def test_tokens_are_renewed_ahead_of_expiry_and_no_request_meets_a_401() -> None:
    server = TokenServer(fetch_seconds=2.0)
    credential = RefreshingBearer(server.provider, refresh_margin=60)
    async with server.client(credential) as te:
        for _ in range(240):  # two hours, a request every 30 s
            await te.request("GET", "agents")
            await anyio.sleep(30)
    assert server.statuses.count(401) == 0
    # One fetch per token lifetime less the margin (240 s), no more.
    assert credential.fetches == len(server.issued) == 30
    for moment, token in server.sent:
        assert moment < server.valid[token]


@pytest.mark.anyio
async def test_a_thousand_requests_on_a_stale_token_cause_one_fetch() -> None:
    server = TokenServer(fetch_seconds=1.0)
    credential = RefreshingBearer(server.provider)
    async with server.client(credential) as te:
        async with anyio.create_task_group() as tg:
            for _ in range(1000):
                tg.start_soon(te.request, "GET", "agents")
        assert credential.fetches == 1
        await anyio.sleep(LIFETIME + 1)  # now expired: all of them wait for one new token
        async with anyio.create_task_group() as tg:
            for _ in range(1000):
                tg.start_soon(te.request, "GET", "agents")
    assert credential.fetches == 2
    assert server.statuses.count(200) == 2000


@pytest.mark.anyio
async def test_a_token_revoked_early_costs_one_401_and_one_retry() -> None:
    server = TokenServer()
    credential = RefreshingBearer(server.provider)
    async with server.client(credential) as te:
        await te.request("GET", "agents")
        server.revoke_all()
        body = await te.request("GET", "agents")
        await te.request("GET", "agents")
    assert body == {"ok": True}
    assert server.statuses == [200, 401, 200, 200]
    assert credential.fetches == 2
    assert credential.refused_because is None


@pytest.mark.anyio
async def test_concurrent_401s_on_one_revoked_token_share_one_refresh() -> None:
    server = TokenServer(fetch_seconds=1.0)
    credential = RefreshingBearer(server.provider)
    async with server.client(credential) as te:
        await te.request("GET", "agents")
        server.revoke_all()
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(te.request, "GET", "agents")
    assert credential.fetches == 2
    assert credential.refused_because is None
    assert server.statuses.count(200) == 101


@pytest.mark.anyio
async def test_a_401_right_after_a_fresh_token_trips_the_breaker() -> None:
    server = TokenServer()
    credential = RefreshingBearer(server.provider)
    async with server.client(credential) as te:
        await te.request("GET", "agents")
        server.refuse_all = True
        with pytest.raises(AuthenticationError):
            await te.request("GET", "agents")
        assert server.statuses == [200, 401, 401]
        with pytest.raises(AuthenticationError, match="held back"):
            await te.request("GET", "agents")
        assert len(server.statuses) == 3  # the breaker held it: nothing sent
        assert credential.fetches == 2


@pytest.mark.anyio
async def test_reset_after_a_trip_fetches_a_new_token() -> None:
    server = TokenServer()
    credential = RefreshingBearer(server.provider)
    async with server.client(credential) as te:
        await te.request("GET", "agents")
        server.refuse_all = True
        with pytest.raises(AuthenticationError):
            await te.request("GET", "agents")
        server.refuse_all = False
        te.reset_authentication()
        assert await te.request("GET", "agents") == {"ok": True}
    assert credential.fetches == 3
    assert server.statuses == [200, 401, 401, 200]


@pytest.mark.anyio
async def test_a_refreshed_token_once_accepted_may_be_refreshed_again_later() -> None:
    server = TokenServer()
    credential = RefreshingBearer(server.provider)
    async with server.client(credential) as te:
        await te.request("GET", "agents")
        for _ in range(3):
            server.revoke_all()
            await te.request("GET", "agents")  # 401, refresh, 200: the new token is proven
    assert server.statuses == [200] + [401, 200] * 3
    assert credential.refused_because is None


@pytest.mark.anyio
async def test_a_failed_fetch_reaches_every_waiter_and_the_next_request_tries_again() -> None:
    calls = 0

    async def flaky() -> AccessToken:
        nonlocal calls
        calls += 1
        await anyio.sleep(1)
        if calls == 1:
            raise RuntimeError("token service down")
        return AccessToken.expiring_in("tok-good-77ab", LIFETIME)

    credential = RefreshingBearer(flaky)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    async with AsyncThousandEyesV6(
        auth=credential, transport=transport, limiter=UnlimitedLimiter()
    ) as te:
        failures: list[BaseException] = []

        async def one() -> None:
            try:
                await te.request("GET", "agents")
            except RuntimeError as exc:
                failures.append(exc)

        async with anyio.create_task_group() as tg:
            for _ in range(10):
                tg.start_soon(one)
        assert len(failures) == 10
        assert calls == 1
        await te.request("GET", "agents")
    assert calls == 2


class RecordingLimiter(UnlimitedLimiter):
    def __init__(self) -> None:
        self.paths: list[str] = []
        self.tokens: list[str] = []

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        (self.tokens if request.token else self.paths).append(request.path)
        return await super().acquire(key, request, priority)


@pytest.mark.anyio
async def test_token_fetches_retry_like_the_pipeline_and_spend_no_budget() -> None:
    from thousandeyes_async import OAuth2ClientCredentials

    granted = httpx.Response(
        200, json={"access_token": "tok-after-retries-5c1d", "expires_in": 300}
    )
    answers = iter(
        [httpx.ConnectError("refused"), httpx.Response(503), httpx.Response(502), granted]
    )
    timeouts: dict[str, Any] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts[request.url.path] = request.extensions.get("timeout")
        if request.url.path == "/auth/oauth/token":
            answer = next(answers)
            if isinstance(answer, Exception):
                raise answer
            return answer
        return httpx.Response(200, json={})

    limiter = RecordingLimiter()
    credential = RefreshingBearer(
        OAuth2ClientCredentials("https://idp.example.com/auth/oauth/token", "cid-1", "csecret-1")
    )
    async with AsyncThousandEyesV6(
        auth=credential, transport=httpx.MockTransport(handler), limiter=limiter, timeout=7.5
    ) as te:
        delays: list[float] = []

        async def no_sleep(seconds: float) -> None:
            delays.append(seconds)

        te._transport.sleep = no_sleep
        await te.request("GET", "agents")
    assert len(delays) == 3  # three retries of the token request, paced by the backoff
    assert limiter.paths == ["agents"]
    # Each attempt asked as a token request, which a policy counts only when told to.
    assert limiter.tokens == ["auth/oauth/token"] * 4
    assert timeouts["/auth/oauth/token"] == timeouts["/v6/agents"]


@pytest.mark.anyio
async def test_token_fetches_give_up_with_the_pipelines_retry_bound() -> None:
    from thousandeyes_async import OAuth2ClientCredentials, ServerError

    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(503, text="maintenance")

    credential = RefreshingBearer(
        OAuth2ClientCredentials("https://idp.example.com/token", "cid-2", "csecret-2")
    )
    async with AsyncThousandEyesV6(
        auth=credential,
        transport=httpx.MockTransport(handler),
        limiter=UnlimitedLimiter(),
        max_retries=2,
    ) as te:
        with pytest.raises(ServerError, match="token endpoint"):
            await te.request("GET", "agents")
    assert calls == 3
    assert credential.refused_because is None  # a server error is not a refusal


def test_the_limiter_key_comes_from_the_provider_never_from_a_token() -> None:
    from thousandeyes_async import OAuth2ClientCredentials

    def client(client_id: str, **kwargs: Any) -> AsyncThousandEyesV6:
        provider = OAuth2ClientCredentials("https://idp.example.com/t", client_id, "csecret-3")
        return AsyncThousandEyesV6(auth=RefreshingBearer(provider), **kwargs)

    first, again, other = client("cid-a"), client("cid-a"), client("cid-b")
    assert first.limiter_key == again.limiter_key != other.limiter_key
    assert "cid-a" not in first.limiter_key
    assert client("cid-a", organization="acme").limiter_key == "acme"


@pytest.mark.anyio
async def test_every_token_ever_fetched_stays_redacted() -> None:
    server = TokenServer()
    credential = RefreshingBearer(server.provider)
    async with server.client(credential) as te:
        for _ in range(3):
            server.revoke_all()
            await te.request("GET", "agents")
    assert len(server.issued) == 3
    for token in server.issued:
        assert redact(f"echo: {token}") == f"echo: {REDACTED}"
    assert all(token not in repr(credential) for token in server.issued)
    assert all(token not in repr(credential.token) for token in server.issued)


class CountingRateLimiter(RateLimiter):
    """A real limiter that notes, per token request, whether its policy charged it."""

    def __init__(self, policy: ThousandEyesPolicy) -> None:
        super().__init__(policy)
        self.token_requests: list[bool] = []

    async def acquire(
        self, key: str, request: RequestInfo, priority: Priority = Priority.INTERACTIVE
    ) -> Permit:
        if request.token:
            self.token_requests.append(bool(self.policy.buckets(request)))
        return await super().acquire(key, request, priority)


async def _refreshing_run(policy: ThousandEyesPolicy) -> tuple[CountingRateLimiter, Any]:
    client = OAuthClient("counted", "oauth-secret-31d9-Kp", token_lifetime=300)
    # Two requests a minute for 30 concurrent calls: most wait longer than a token lives,
    # so their permits arrive after it went stale.
    emulator = ThousandEyesEmulator(
        oauth_clients=[client], limits=RateLimits(organization=2, window_seconds=60)
    )
    provider = OAuth2ClientCredentials(emulator.token_url, client.client_id, client.client_secret)
    credential = RefreshingBearer(provider, refresh_margin=60)
    limiter = CountingRateLimiter(policy)
    # Virtual time: a hang fails here instead of waiting forever. The last calls
    # queue for a quarter of an hour: their deadline must allow for it.
    with anyio.fail_after(3 * 3600):
        async with (
            emulator.client(
                auth=credential, limiter=limiter, max_retries=10, retry_deadline=3600
            ) as te,
            anyio.create_task_group() as tg,
        ):
            for _ in range(30):
                tg.start_soon(te.request, "GET", "agents")
    api = [r for r in emulator.requests if r.path == "/v6/agents"]
    assert [r.status for r in api] == [200] * 30
    assert credential.fetches >= 3  # the run spans several token lifetimes
    assert len(limiter.token_requests) == credential.fetches
    return limiter, credential


@pytest.mark.anyio
async def test_counted_token_requests_never_wait_on_their_callers_permit() -> None:
    # The first token request takes the window's lone probe: fetched while an API
    # request held it, it would wait for that request's answer, which waits for it.
    limiter, _ = await _refreshing_run(ThousandEyesPolicy(count_token_requests=True))
    assert all(limiter.token_requests)  # not empty: one per fetch, three or more


@pytest.mark.anyio
async def test_by_default_token_requests_are_not_counted() -> None:
    limiter, _ = await _refreshing_run(ThousandEyesPolicy())
    assert not any(limiter.token_requests)
