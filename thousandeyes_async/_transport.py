"""The request pipeline: one request = limiter, auth, send, header sync, retry, errors.

Every call of the library goes through :meth:`Transport.request`. All waiting goes
through anyio (``anyio.sleep``, ``anyio.current_time``) so the pipeline runs under
asyncio, trio and virtual clocks alike.
"""

from __future__ import annotations

import json as jsonlib
import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, cast

import anyio
import attrs
import httpx

from ._auth import Credential
from ._errors import (
    APIError,
    AuthenticationError,
    RateLimitDeadlineError,
    RateLimitError,
    ResponseDecodeError,
    ThousandEyesError,
    connection_error,
    safe_url,
)
from ._observers import ResponseCallback, ResponseEvent, notify
from ._problem import V6_ERRORS, ErrorDecoder
from ._token_send import token_sender
from ._truncated import is_truncated_json
from ._version import __version__
from .ratelimit._api import (
    DeadlineExceeded,
    DeadlineLimiter,
    Limiter,
    Permit,
    Priority,
    RequestInfo,
    immediate_grant,
    takes_deadline,
)
from .ratelimit._policy import MAX_EPOCH, header_number, http_date, retry_after

__all__ = ["DEFAULT", "RetryPolicy", "Transport", "TransportStats", "attempt_seconds"]

logger = logging.getLogger("thousandeyes_async")

USER_AGENT = f"thousandeyes-async/{__version__}"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_URL_CACHE_SIZE = 4096
#: Bytes of an undecodable body kept on the error, to show what came instead of JSON.
_DECODE_EXCERPT = 120
_RESET_HEADERS = (
    "X-Organization-Rate-Limit-Reset",
    "X-Instant-Test-Rate-Limit-Reset",
    "X-RateLimit-Reset",
)


#: Sends a request with the headers it was built with (a fixed secret among them).
_AS_BUILT = httpx.Auth()

#: ``timeout=`` not given for one call: the client's timeout applies.
DEFAULT: Any = object()


def attempt_seconds(timeout: httpx.Timeout | None) -> float | None:
    """The whole of one attempt (send and body read) may last as long as its longest phase.

    httpx bounds each phase and each gap between bytes, so a server trickling a byte
    a second would otherwise hold a request open for as long as it likes.
    """
    if timeout is None:
        return None
    phases = [seconds for seconds in timeout.as_dict().values() if seconds is not None]
    return max(phases) if phases else None


@attrs.frozen
class RetryPolicy:
    """Bounded retries with exponential backoff and full jitter."""

    max_retries: int = 5
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    #: Seconds a call may take from its start, waits in the rate limiter included:
    #: no retry starts, and no permit is waited for, past it.
    deadline: float = 600.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
        return rng.uniform(0.0, min(self.backoff_cap, self.backoff_base * (2**attempt)))


@attrs.define
class TransportStats:
    """Counters of what the pipeline did, for progress displays and summaries."""

    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    server_errors: int = 0
    connection_errors: int = 0
    #: Exceptions raised by response callbacks (each also logged with its traceback).
    callback_errors: int = 0


def retry_after_seconds(response: httpx.Response) -> float | None:
    """How long the server asked us to wait: Retry-After, else Reset minus Date."""
    asked = retry_after(response.headers)
    if asked is not None:
        return asked
    now = http_date(response.headers.get("Date"))
    if now is None:
        return None
    resets: list[float] = []
    for name in _RESET_HEADERS:
        reset = header_number(response.headers.get(name), maximum=MAX_EPOCH)
        if reset is not None:
            resets.append(reset)
    if not resets:
        return None
    # Reset has whole-second resolution: add one second so we never come back early.
    return max(0.0, max(resets) - now) + 1.0


class Transport:
    """Sends requests for one client: same credential, limiter key and base URL."""

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        credential: Credential,
        base_url: httpx.URL,
        api_version: str,
        limiter: Limiter,
        limiter_key: str,
        retry: RetryPolicy,
        timeout: httpx.Timeout | None,
        attempt_timeout: float | None = None,
        rng: random.Random | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        errors: ErrorDecoder = V6_ERRORS,
        accept: str = "application/json",
    ) -> None:
        self.http = http
        #: The version's ``Accept`` header.
        self.accept = accept
        #: How this version's error bodies are read (v6 errorMessage, v7 problem+json).
        self.errors = errors
        self.credential = credential
        self.base_url = base_url
        self.api_version = api_version
        self.limiter = limiter
        #: The limiter again when it takes the call's deadline (and can refuse at once).
        self.deadline_limiter = cast(DeadlineLimiter, limiter) if takes_deadline(limiter) else None
        #: The limiter's immediate grant, when it has one: asked before awaiting acquire().
        self.grant_now = immediate_grant(limiter)
        self.limiter_key = limiter_key
        self.retry = retry
        self.timeout = timeout
        #: Seconds for the whole of one attempt, send and body read (None: unbounded).
        self.attempt_timeout = attempt_timeout
        self.stats = TransportStats()
        #: Called with a :class:`ResponseEvent` after every attempt.
        self.observers: list[ResponseCallback] = []
        self._rng = rng or random.Random()
        #: How retries wait; replaceable so tests can observe delays without sleeping.
        self.sleep = sleep
        self._root = base_url.copy_with(path=base_url.path.rstrip("/") + f"/{api_version}/")
        self._urls: dict[str, httpx.URL] = {}
        # A fixed secret goes out among the headers the request is built with; an
        # httpx.Auth that changes nothing then keeps httpx from adding one of its own.
        # Encoded once: httpx copies a Headers object without encoding it again.
        authorization = credential.fixed_authorization()
        headers = {"Accept": accept, "User-Agent": USER_AGENT}
        self._auth: httpx.Auth = credential
        # Hooks of a credential that changes (expiring tokens); a fixed secret has none,
        # and then nothing can wait before a permit is asked for.
        kind = type(credential)
        self._fetches_tokens = (
            kind.prepare is not Credential.prepare or kind.ready is not Credential.ready
        )
        self._confirms = kind.confirm is not Credential.confirm
        if authorization is not None:
            headers["Authorization"] = authorization
            self._auth = _AS_BUILT
        self._headers = httpx.Headers(headers)
        #: What the limiter is told of each (method, path, paginated): built once.
        self._infos: dict[tuple[str, str, bool], RequestInfo] = {}
        # A credential that fetches tokens sends through the same client, timeouts,
        # retries and limiter (as token requests, which the policy may leave uncounted).
        credential.bind(
            token_sender(
                http,
                timeout=timeout,
                max_retries=retry.max_retries,
                deadline=retry.deadline,
                backoff=retry.backoff,
                rng=self._rng,
                sleep=lambda seconds: self.sleep(seconds),
                limiter=limiter,
                limiter_key=limiter_key,
            )
        )

    # -- URLs -----------------------------------------------------------------

    def url_for(self, path_or_url: str) -> httpx.URL:
        """Resolve a path below ``/{version}/`` (``"tests"`` or ``"/tests"``), or check
        an absolute URL is ours."""
        if "://" in path_or_url:
            url = httpx.URL(path_or_url)
            if (url.scheme, url.host, url.port) != (
                self._root.scheme,
                self._root.host,
                self._root.port,
            ):
                raise ThousandEyesError(
                    f"refusing to send credentials to {safe_url(url.copy_with(query=None))}: "
                    f"it is not the configured API host {self._root.host}"
                )
            return url
        cached = self._urls.get(path_or_url)
        if cached is not None:
            return cached
        relative = path_or_url.lstrip("/")
        if not relative or relative.startswith((".", "?", "#")):
            raise ValueError(f"path must be below /{self.api_version}/, got {path_or_url!r}")
        # Joining parses the URL again each time; a bulk export repeats few paths.
        url = self._root.join(relative)
        if len(self._urls) >= _URL_CACHE_SIZE:
            self._urls.pop(next(iter(self._urls)))
        self._urls[path_or_url] = url
        return url

    def request_info(self, method: str, url: httpx.URL, *, paginated: bool) -> RequestInfo:
        path = url.path
        prefix = self._root.path
        if path.startswith(prefix):
            path = path[len(prefix) :]
        for suffix in (".json", ".xml"):
            if path.endswith(suffix):
                path = path[: -len(suffix)]
        return RequestInfo(
            method=method, path=path, paginated=paginated, api_version=self.api_version
        )

    # -- sending --------------------------------------------------------------

    def _check_credential(self, method: str, url: httpx.URL) -> None:
        reason = self.credential.refused_because
        if reason is not None:
            raise AuthenticationError(
                401,
                method,
                url,
                message=(
                    f"not sending {method} {safe_url(url)}: {reason}. The credential is held back "
                    "because the server blocks a source IP after 120 unauthorized requests an "
                    "hour; fix the credential and call reset_authentication()"
                ),
            )

    async def request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        priority: Priority = Priority.INTERACTIVE,
        paginated: bool = False,
        timeout: httpx.Timeout | None = DEFAULT,  # noqa: ASYNC109 (httpx-style per-call option)
    ) -> Any:
        """Send with retries and return the decoded JSON body (None for an empty body).

        ``timeout`` replaces the client's for this call (None: no timeout); it bounds
        each attempt. The retry policy's deadline bounds the whole call from here,
        waits in the limiter included: a wait that would outlast it is refused at
        once with :class:`RateLimitDeadlineError`, before anything is sent.
        """
        method = method.upper()
        # Read before the first wait for a permit: the call's deadline counts it too.
        # Nothing waits before the first attempt's permit unless the credential
        # fetches tokens, so the same reading serves that attempt as well.
        called = anyio.current_time()
        deadline = called + self.retry.deadline
        now: float | None = called
        if timeout is DEFAULT:
            phases, per_attempt = self.timeout, self.attempt_timeout
        else:
            phases, per_attempt = timeout, attempt_seconds(timeout)
            if phases is None:
                phases = httpx.Timeout(None)
        url = self.url_for(path_or_url)
        info = self._infos.get((method, path_or_url, paginated))
        if info is None:
            info = self.request_info(method, url, paginated=paginated)
            if "://" not in path_or_url:  # a next-page link is seldom asked for twice
                if len(self._infos) >= _URL_CACHE_SIZE:
                    self._infos.pop(next(iter(self._infos)))
                self._infos[(method, path_or_url, paginated)] = info
        idempotent = method in IDEMPOTENT_METHODS
        error: BaseException | None = None
        attempt = 0
        reauthenticated = False
        while True:
            self._check_credential(method, url)
            delay: float | None
            # Built before the permit: a body that cannot be encoded must fail without
            # holding a permit that nobody would settle (it would stall the bucket).
            request = self.http.build_request(
                method,
                url,
                params=_merge_params(url, params) if params else None,
                json=json,
                headers=self._headers,
            )
            if phases is not None:
                request.extensions["timeout"] = phases.as_dict()
            while True:
                if self._fetches_tokens:
                    # A stale token is renewed before the permit, never while holding it:
                    # a counted token request could otherwise wait on this very permit.
                    await self.credential.prepare()
                    self._check_credential(method, url)
                    now = None
                # One clock reading when the budget has room: the permit's time, the
                # send time a callback sees and the start of the attempt's deadline.
                if now is None:
                    now = anyio.current_time()
                grant_now = self.grant_now
                permit = (
                    None if grant_now is None else grant_now(self.limiter_key, info, priority, now)
                )
                if permit is None:
                    # A retry paced by the limiter waits in its queue, not in a sleep:
                    # the deadline bounds every wait, or a long pause would hold the call.
                    try:
                        if self.deadline_limiter is not None:
                            permit = await self.deadline_limiter.acquire(
                                self.limiter_key, info, priority, deadline=deadline
                            )
                        else:
                            permit = await self._acquire_by(info, priority, deadline)
                    except DeadlineExceeded as late:
                        self._give_up(method, url)
                        # ``attempt`` was counted up for the retry that never got its permit.
                        refused = self._too_late(late, method, request.url, error, attempt)
                        raise refused from refused.__cause__
                    now = anyio.current_time()
                if not self._fetches_tokens or self.credential.ready():
                    break
                # The token went stale during the wait: give the unsent permit back.
                await _settle(permit, None)
            # This attempt's time; any later attempt reads the clock anew.
            started, now = now, None
            response: httpx.Response | None = None
            # When the attempt went out, read only if a callback watches (None: none did).
            sent_at: float | None = None
            try:
                # Again after the wait: another request may have met a 401 meanwhile,
                # and a queue of bulk requests must not each spend one on the IP block.
                self._check_credential(method, url)
                permit.mark_sent()
                self.stats.requests += 1
                if self.observers:
                    sent_at = started
                # Sent and read whole (httpx reads the body within send()), inline: a
                # coroutine less on every request.
                if per_attempt is None:
                    response = await self.http.send(request, auth=self._auth)
                else:
                    # The whole attempt within per_attempt seconds, however slowly bytes
                    # come. A bare cancel scope, not fail_after: its context manager layer
                    # costs about as much again as the scope itself.
                    with anyio.CancelScope(deadline=started + per_attempt):
                        response = await self.http.send(request, auth=self._auth)
                    if response is None:
                        raise httpx.ReadTimeout(
                            f"no complete answer within {per_attempt:g}s", request=request
                        )
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                # Nothing reached the server: safe to retry any method.
                await _settle(permit, None)
                self.stats.connection_errors += 1
                self._observe(request, attempt, sent_at, None)
                error, retriable, paced = exc, True, False
            except httpx.TransportError as exc:
                await _settle(permit, None)
                self.stats.connection_errors += 1
                self._observe(request, attempt, sent_at, None)
                error, retriable, paced = exc, idempotent, False
            except httpx.RequestError as exc:
                # A body in an encoding that cannot be decoded, say: asking again will not help.
                await _settle(permit, response)
                self._observe(request, attempt, sent_at, None)
                error, retriable, paced = exc, False, False
            except BaseException:
                await _settle(permit, response)
                raise
            else:
                # An in-memory permit settles at once: no coroutine for the common case.
                settled = _settled_at_once(permit, response)
                paced = await _settle(permit, response) if settled is None else settled
                if sent_at is not None:
                    self._observe(request, attempt, sent_at, response)
                status = response.status_code
                if status != 401 and self._confirms:
                    self.credential.confirm(response.request)
                if status < 300:
                    try:
                        return _decode(response)
                    except ResponseDecodeError as exc:
                        # A cut-off body is a broken transfer: an idempotent read can be repeated.
                        # Any other body (an HTML page) would come back the same.
                        error = exc
                        retriable = idempotent and is_truncated_json(response.content)
                elif status < 400:
                    # Redirects are not followed (they could carry the credential
                    # elsewhere); the server answers 301 to a version it does not have.
                    raise self.errors.error(response)
                elif status == 401:
                    error = self.errors.error(response)
                    # Once per call: an expiring credential may fetch a new token and retry.
                    if not reauthenticated and await self.credential.recover(response.request):
                        reauthenticated = True
                        logger.debug("retry of %s %s with a new token", method, safe_url(url))
                        continue
                    self.credential.mark_refused(
                        f"the server answered 401 to {method} {safe_url(url)}"
                    )
                    raise error
                else:
                    error = self.errors.error(response)
                    if status == 429:
                        self.stats.rate_limited += 1
                        retriable = True
                    elif status >= 500:
                        self.stats.server_errors += 1
                        retriable = status in RETRY_STATUSES and idempotent
                    else:
                        retriable = False
            if not retriable or attempt >= self.retry.max_retries:
                raise _wrapped(error, method, request.url, attempt + 1)
            delay = self._delay(attempt, response, paced)
            if anyio.current_time() + delay > deadline:
                self._give_up(method, url)
                raise _wrapped(error, method, request.url, attempt + 1)
            attempt += 1
            self.stats.retries += 1
            logger.debug(
                "retry %d of %s %s in %.2fs after %s",
                attempt,
                method,
                safe_url(url),
                delay,
                _describe(error),
            )
            if delay > 0:
                await self.sleep(delay)

    def _observe(
        self,
        request: httpx.Request,
        attempt: int,
        sent_at: float | None,
        response: httpx.Response | None,
    ) -> None:
        # An attempt already on its way when a callback was registered is not reported.
        if sent_at is None or not self.observers:
            return
        event = ResponseEvent(
            method=request.method,
            url=safe_url(request.url),
            attempt=attempt,
            sent_at=sent_at,
            finished_at=anyio.current_time(),
            status_code=None if response is None else response.status_code,
            headers=None if response is None else response.headers,
            bytes_received=0 if response is None else len(response.content),
        )
        self.stats.callback_errors += notify(self.observers, event)

    async def _acquire_by(self, info: RequestInfo, priority: Priority, deadline: float) -> Permit:
        """A limiter that does not take deadlines: bound its wait from outside."""
        with anyio.move_on_after(deadline - anyio.current_time()):
            return await self.limiter.acquire(self.limiter_key, info, priority)
        raise DeadlineExceeded(None)

    def _too_late(
        self,
        late: DeadlineExceeded,
        method: str,
        url: httpx.URL,
        error: BaseException | None,
        attempts: int,
    ) -> BaseException:
        """The error of a call whose deadline comes before the budget frees."""
        if error is not None and not isinstance(error, RateLimitError):
            # A retry of a failure that was not the limit's: that failure says more.
            return _wrapped(error, method, url, attempts)
        refused = RateLimitDeadlineError(
            method,
            url,
            retry_after=late.retry_after,
            deadline=self.retry.deadline,
            key=self.limiter_key,
        )
        refused.__cause__ = error
        return refused

    def _give_up(self, method: str, url: httpx.URL) -> None:
        logger.debug(
            "giving up on %s %s: retry deadline of %.0fs reached",
            method,
            safe_url(url),
            self.retry.deadline,
        )

    def _delay(self, attempt: int, response: httpx.Response | None, paced: bool) -> float:
        if response is not None and response.status_code == 429:
            if paced:
                return 0.0
            asked = retry_after_seconds(response)
            if asked is not None:
                return asked
        return self.retry.backoff(attempt, self._rng)


def _settled_at_once(permit: Permit, response: httpx.Response | None) -> bool | None:
    """Settle an InstantPermit without awaiting (None: ``permit`` is not one).

    It has nothing to await, so nothing a cancellation could interrupt. (getattr, not
    isinstance: a check against a runtime Protocol costs microseconds.)
    """
    settle_now = getattr(permit, "settle_now", None)
    return None if settle_now is None else bool(settle_now(response))


async def _settle(permit: Permit, response: httpx.Response | None) -> bool:
    """A request that went out must be accounted for even when cancelled."""
    settled = _settled_at_once(permit, response)
    if settled is not None:
        return settled
    paced = False
    with anyio.CancelScope(shield=True):
        paced = bool(await permit.settle(response))
    return paced


def _wrapped(error: BaseException, method: str, url: httpx.URL, attempts: int) -> BaseException:
    """httpx's transport errors (often with an empty text) become ``APIConnectionError``."""
    if isinstance(error, httpx.RequestError):
        return connection_error(error, method, url, attempts=attempts)
    return error


def _merge_params(url: httpx.URL, params: Mapping[str, Any] | None) -> httpx.QueryParams | None:
    if not params:
        return None
    merged = url.params
    for key, value in params.items():
        if value is None:
            continue
        merged = merged.set(key, _param_text(value))
    return merged


def _param_text(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _decode(response: httpx.Response) -> Any:
    if response.status_code == 204 or not response.content:
        return None
    try:
        return jsonlib.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        content = response.content
        start = " ".join(content[:_DECODE_EXCERPT].decode("utf-8", errors="replace").split())
        if isinstance(exc, RecursionError):
            what = "body nests JSON too deeply to decode"
        elif is_truncated_json(content):
            what = f"body is JSON cut short after {len(content)} bytes"
        else:
            kind = response.headers.get("Content-Type", "no Content-Type")
            what = f"body is not JSON ({kind}, {exc})"
        raise ResponseDecodeError(
            what,
            endpoint=f"{response.request.method} {safe_url(response.request.url)}",
            value=start,
        ) from exc


def _describe(error: BaseException) -> str:
    if isinstance(error, APIError):
        return f"status {error.status_code}"
    return type(error).__name__
