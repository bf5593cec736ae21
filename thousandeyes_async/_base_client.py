"""What both clients share: configuration, the pipeline, lifecycle and ``request()``.

``AsyncThousandEyes`` (v7) and ``AsyncThousandEyesV6`` differ only in their
credential rules, their resource groups and their :class:`ApiVersion`; clients
of either version naming the same ``organization`` share one rate-limit budget,
as they do on the server.
"""

from __future__ import annotations

import copy
import os
import random
from typing import Any, Final, Self

import attrs
import httpx

from ._api_version import ApiVersion
from ._auth import Credential
from ._observers import ResponseCallback, ResponseHook
from ._options import UNSET, call_timeout, check_seconds, check_timeout
from ._transport import DEFAULT, RetryPolicy, Transport, TransportStats, attempt_seconds
from .ratelimit._api import Limiter, Priority
from .ratelimit._registry import default_limiter
from .ratelimit._stats import RateLimitStats
from .resources._arguments import MAX_ID

__all__ = ["DEFAULT_BASE_URL", "UNSET", "BaseClient"]

DEFAULT_BASE_URL: Final = "https://api.thousandeyes.com"


class BaseClient:
    """The pipeline of one client: credential, limiter key, transport, lifecycle."""

    def __init__(
        self,
        *,
        version: ApiVersion,
        credential: Credential,
        base_url: str | None,
        account_group_id: int | str | None,
        organization: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry_deadline: float,
        retry: RetryPolicy | None,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
        limiter: Limiter | None,
        priority: Priority,
    ) -> None:
        policy = retry_policy(retry, max_retries=max_retries, retry_deadline=retry_deadline)
        if http_client is not None and transport is not None:
            raise ValueError("give http_client= or transport=, not both")
        if organization is not None and not organization:
            raise ValueError("organization must be a non-empty string when given")
        _check_account_group(account_group_id)
        given = base_url or os.environ.get("THOUSANDEYES_BASE_URL") or DEFAULT_BASE_URL
        api_url = _api_root(_check_base_url(given), version.name)
        timeout = check_timeout(timeout)
        self._version = version
        self._credential = credential
        self.api_version = version.name
        self.account_group_id = account_group_id
        self.organization = organization
        self.priority = Priority(priority)
        self._limiter_key = organization or f"credential:{credential.fingerprint}"
        if timeout is UNSET:
            timeout_value: httpx.Timeout | None = httpx.Timeout(30.0, connect=10.0)
        elif timeout is None or isinstance(timeout, httpx.Timeout):
            timeout_value = timeout
        else:
            timeout_value = httpx.Timeout(float(timeout))
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(
                transport=transport,
                timeout=timeout_value if timeout_value is not None else httpx.Timeout(None),
                follow_redirects=False,
            )
            request_timeout = None
        else:
            request_timeout = None if timeout is UNSET else timeout_value
            if timeout is UNSET:
                timeout_value = http_client.timeout
        self._http = http_client
        # The process-wide default: clients with the same organization key share buckets.
        self._limiter: Limiter = limiter if limiter is not None else default_limiter()
        self._transport = Transport(
            http=http_client,
            credential=credential,
            base_url=api_url,
            api_version=version.name,
            limiter=self._limiter,
            limiter_key=self._limiter_key,
            retry=policy,
            timeout=request_timeout,
            attempt_timeout=attempt_seconds(timeout_value),
            rng=random.Random(),
            errors=version.errors,
            accept=version.accept,
        )
        self._closed = False
        self._calls = _Calls(self)

    # -- lifecycle ------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it; a user's client stays open."""
        if self._closed:
            return
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self._transport.base_url} {self.api_version} "
            f"auth={self._credential.scheme} key={self._limiter_key!r}>"
        )

    # -- configuration --------------------------------------------------------

    @property
    def version(self) -> ApiVersion:
        """What this client's API version does differently (pagination, errors, paths)."""
        return self._version

    @property
    def limiter(self) -> Limiter:
        return self._limiter

    @property
    def limiter_key(self) -> str:
        """The organization key of this client's rate-limit buckets (never the secret)."""
        return self._limiter_key

    @property
    def stats(self) -> TransportStats:
        """What this client's pipeline has done: requests, retries, 429s, errors."""
        return self._transport.stats

    def on_response(self, callback: ResponseCallback) -> ResponseHook:
        """Call ``callback(event)`` after every attempt this client sends from now on.

        This is how to watch status codes, retries, timing and rate-limit headers
        without adding hooks to the ``httpx.AsyncClient``, which may be the user's
        own. The callback runs in the calling task and must not block. If it
        raises, the call goes on: the exception is logged (logger
        ``thousandeyes_async``, ERROR, with its traceback) and counted in
        ``stats.callback_errors``. Returns a hook to ``remove()``, also usable as
        ``with te.on_response(...):``. Clients made by :meth:`with_options` start
        with the callbacks registered at that moment.
        """
        if not callable(callback):
            raise TypeError(f"callback must be callable, not {type(callback).__name__}")
        return ResponseHook(self._transport.observers, callback)

    def rate_limit_stats(self) -> dict[str, RateLimitStats]:
        """This client's rate-limit buckets by category (empty for a limiter without stats)."""
        stats = getattr(self._limiter, "stats", None)
        return dict(stats(self._limiter_key)) if callable(stats) else {}

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = UNSET,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        priority: Priority | None = None,
    ) -> Self:
        """A client of the same class with other defaults, sharing this one's pipeline.

        The connection pool, the credential (its tokens, and the hold after a 401)
        and the rate-limit buckets are shared, so a derived client is cheap and
        counts against the same budget. Closing it leaves the pool open; closing
        this client closes it for both. Its ``stats`` start from zero.
        """
        self._check_open()
        transport = copy.copy(self._transport)
        transport.stats = TransportStats()
        transport.observers = list(self._transport.observers)
        if timeout is not UNSET:
            phases = call_timeout(timeout)
            # An explicit None must override the pool's own default, so it is sent too.
            transport.timeout = httpx.Timeout(None) if phases is None else phases
            transport.attempt_timeout = attempt_seconds(phases)
        if retry is not None:
            transport.retry = retry_policy(
                retry, max_retries=UNSET if max_retries is None else max_retries
            )
        elif max_retries is not None:
            check_max_retries(max_retries)
            transport.retry = attrs.evolve(transport.retry, max_retries=max_retries)
        derived = copy.copy(self)
        derived._transport = transport
        derived._owns_http = False
        derived._closed = False
        if priority is not None:
            derived.priority = Priority(priority)
        derived._calls = _Calls(derived)
        derived._bind_resources()
        return derived

    def _bind_resources(self) -> None:
        """Create the resource groups, bound to ``self._calls`` (each client class has its own)."""

    def reset_authentication(self) -> None:
        """Allow requests again after a 401 held the credential back."""
        self._credential.reset()

    # -- the low-level call ---------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = UNSET,  # noqa: ASYNC109 (a per-call option)
    ) -> Any:
        """Send one request through the pipeline and return the decoded JSON body.

        ``path`` is relative to the version root: ``"tests"`` and ``"/tests"`` are
        the same. The client's account group is sent as ``aid`` unless
        ``account_group_id`` or ``params["aid"]`` overrides it. Returns None for an
        empty (204) body. ``timeout`` replaces the client's for this call (None: none).
        """
        self._check_open()
        return await self._transport.request(
            method,
            path,
            params=self._with_aid(params, account_group_id),
            json=json,
            priority=self.priority if priority is None else Priority(priority),
            timeout=call_timeout(timeout),
        )

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"this {type(self).__name__} client is closed")

    def _with_aid(
        self, params: dict[str, Any] | None, account_group_id: int | str | None
    ) -> dict[str, Any]:
        merged = dict(params or {})
        _check_account_group(account_group_id)
        aid = account_group_id if account_group_id is not None else self.account_group_id
        if aid is not None and merged.get("aid") is None:
            merged["aid"] = aid
        return merged


class _Calls:
    """The :class:`ClientCalls` of one client: what its resources and streams may use."""

    __slots__ = ("_client",)

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return repr(self._client)

    @property
    def api_version(self) -> str:
        return self._client.api_version

    @property
    def version(self) -> ApiVersion:
        return self._client.version

    @property
    def priority(self) -> Priority:
        return self._client.priority

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = UNSET,  # noqa: ASYNC109 (a per-call option)
    ) -> Any:
        return await self._client.request(
            method,
            path,
            params=params,
            json=json,
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def get_page(
        self,
        path_or_url: str,
        *,
        params: dict[str, Any],
        priority: Priority,
        paginated: bool,
        timeout: httpx.Timeout | None = DEFAULT,  # noqa: ASYNC109 (a per-call option)
    ) -> Any:
        client = self._client
        client._check_open()
        return await client._transport.request(
            "GET",
            path_or_url,
            params=params,
            priority=priority,
            paginated=paginated,
            timeout=timeout,
        )

    def with_aid(
        self, params: dict[str, Any] | None, account_group_id: int | str | None
    ) -> dict[str, Any]:
        return self._client._with_aid(params, account_group_id)


def retry_policy(
    retry: RetryPolicy | None, *, max_retries: Any = UNSET, retry_deadline: Any = UNSET
) -> RetryPolicy:
    """The policy of ``retry=``, else one made of ``max_retries=`` and ``retry_deadline=``."""
    if retry is None:
        policy = RetryPolicy(
            max_retries=5 if max_retries is UNSET else max_retries,
            deadline=600.0 if retry_deadline is UNSET else retry_deadline,
        )
    elif not isinstance(retry, RetryPolicy):
        raise TypeError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
    else:
        given = [
            name
            for name, value in (("max_retries", max_retries), ("retry_deadline", retry_deadline))
            if value is not UNSET
        ]
        if given:
            raise ValueError(
                f"give retry=RetryPolicy(...) or {' and '.join(given)}=, not both: "
                "set them on the policy instead"
            )
        policy = retry
    check_max_retries(policy.max_retries)
    check_seconds("retry_deadline", policy.deadline, allow_zero=True)
    check_seconds("backoff_base", policy.backoff_base, allow_zero=True)
    check_seconds("backoff_cap", policy.backoff_cap, allow_zero=True)
    return policy


def check_max_retries(max_retries: object) -> None:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")


def _check_account_group(value: int | str | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"account_group_id must be an int or a string, not {type(value).__name__}")
    if isinstance(value, int) and not 0 < value <= MAX_ID:
        raise ValueError(f"account_group_id must be positive and below 2**63, got {value!r}")
    if isinstance(value, str) and not value.strip():
        raise ValueError("account_group_id must not be empty")


def _check_base_url(base_url: str | httpx.URL) -> httpx.URL:
    """The API's URL; one with a password is refused, as it would show in reprs and logs."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"base_url is not a URL: {exc}") from None
    if url.scheme not in ("http", "https"):
        shown = url.scheme or "no scheme"
        raise ValueError(
            f"base_url must start with https:// (or http:// for a local emulator), got {shown}"
        )
    if url.userinfo:
        raise ValueError(
            "base_url must not hold a user name or password (user:password@host): "
            "give the credential as token= (and email=) instead"
        )
    if not url.host:
        raise ValueError("base_url has no host")
    return url


_VERSION_SEGMENTS: Final = ("v5", "v6", "v7")


def _api_root(url: httpx.URL, version: str) -> httpx.URL:
    """The root without the version: a base URL that already ends in it means the same."""
    segments = url.path.rstrip("/").split("/")
    last = segments[-1]
    if last == version:
        return url.copy_with(path="/".join(segments[:-1]) or "/")
    if last in _VERSION_SEGMENTS:
        raise ValueError(
            f"base_url ends in /{last} but this client speaks {version}: give the API root "
            f"without the version (for example {DEFAULT_BASE_URL})"
        )
    return url
