"""The contract between the request pipeline and a rate limiter.

The transport asks a :class:`Limiter` for a :class:`Permit` before it sends a
request and settles the permit with the response (or with ``None`` when no
response came). Everything about buckets, windows and waiting lives behind this
contract, so the pipeline does not change when the limiter does.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable
from typing import Protocol, cast, runtime_checkable

import attrs
import httpx

__all__ = [
    "DeadlineExceeded",
    "DeadlineLimiter",
    "InstantPermit",
    "Limiter",
    "Permit",
    "Priority",
    "RequestInfo",
    "UnlimitedLimiter",
    "immediate_grant",
    "takes_deadline",
]


class Priority(enum.IntEnum):
    """Who waits first when a budget is short: lower values are served first."""

    INTERACTIVE = 0
    BULK = 1


@attrs.frozen
class RequestInfo:
    """What a limiter may know of a request to choose its buckets."""

    method: str
    #: The path below ``/{version}/``, without query or format suffix, e.g. ``net/metrics/817``.
    path: str
    #: True when the request follows a next-page link.
    paginated: bool = False
    #: The API version the path is below (``"v6"``, ``"v7"``); None when unknown.
    api_version: str | None = None
    #: True for a credential's token request (to an identity provider, not the API):
    #: it takes a bucket only when the policy says token requests count.
    token: bool = False


@runtime_checkable
class Permit(Protocol):
    """Leave to send one request, held until the request is settled."""

    def mark_sent(self) -> None:
        """Called just before the request goes out: from here on it counts."""

    async def settle(self, response: httpx.Response | None) -> bool:
        """Feed the response (or ``None`` when none came) back into the buckets.

        Returns True when the limiter itself paces the retry of a 429 (it paused
        the bucket until the server's reset), so the caller must not add a sleep
        of its own.
        """


class InstantPermit(Permit, Protocol):
    """A permit whose settling never waits (in-memory buckets).

    The pipeline calls :meth:`settle_now` directly: with nothing to await, a
    cancellation cannot cut it short, so it needs no shielded cancel scope, which
    costs more than the settling itself.
    """

    def settle_now(self, response: httpx.Response | None) -> bool:
        """What :meth:`Permit.settle` does, done at once."""


@runtime_checkable
class Limiter(Protocol):
    """Hands out permits for requests keyed by organization."""

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        """Wait until ``request`` may be sent under ``key``'s budget."""


class DeadlineExceeded(Exception):
    """The budget frees only after the caller's deadline: no permit was taken.

    ``retry_after`` is the seconds from now until the budget frees, when time
    alone frees it (a pause after a 429, a spent window); None when unknown.
    """

    def __init__(self, retry_after: float | None) -> None:
        self.retry_after = retry_after
        super().__init__(
            "the rate-limit budget is held past the deadline"
            + ("" if retry_after is None else f" (it frees in {retry_after:.1f}s)")
        )


class DeadlineLimiter(Limiter, Protocol):
    """A limiter that knows the caller's deadline, so it can refuse at once.

    ``deadline`` is a time on anyio's clock (``anyio.current_time()``). When the
    budget provably frees after it, ``acquire`` raises :class:`DeadlineExceeded`
    at once; otherwise it waits no later than the deadline, then raises it.
    The pipeline passes ``deadline=`` to a limiter whose ``acquire`` takes it
    and bounds the wait of any other limiter itself (without failing fast).
    """

    async def acquire(
        self,
        key: str,
        request: RequestInfo,
        priority: Priority,
        *,
        deadline: float | None = None,
    ) -> Permit:
        """Wait until ``request`` may be sent under ``key``'s budget, by ``deadline``."""


def takes_deadline(limiter: Limiter) -> bool:
    """True when ``limiter.acquire`` takes ``deadline=`` (read once per client, not per call)."""
    try:
        parameters = inspect.signature(limiter.acquire).parameters
    except (TypeError, ValueError):
        return False
    return "deadline" in parameters


#: A limiter's bound ``grant_now(key, request, priority, now)``: see ``immediate_grant``.
ImmediateGrant = Callable[[str, RequestInfo, Priority, float], "Permit | None"]


def immediate_grant(limiter: Limiter) -> ImmediateGrant | None:
    """``limiter.grant_now``, unless a subclass overrides ``acquire`` without it.

    The pipeline asks ``grant_now`` before ``acquire``: most requests find room and
    skip the coroutine. It must grant exactly what ``acquire`` would grant at once at
    ``now`` (anyio time), and return None whenever ``acquire`` would queue, refuse or
    raise. A subclass that overrides only ``acquire`` expects every request to pass
    through it (to record or to refuse it), which the immediate grant would skip.
    Read once per client.
    """
    grant_now = getattr(limiter, "grant_now", None)
    if not callable(grant_now):
        return None
    for cls in type(limiter).__mro__:
        defined = vars(cls)
        if "grant_now" in defined:
            return cast(ImmediateGrant, grant_now)
        if "acquire" in defined:
            return None
    return None


class _FreePermit:
    __slots__ = ()

    def mark_sent(self) -> None:
        return None

    async def settle(self, response: httpx.Response | None) -> bool:
        return False

    def settle_now(self, response: httpx.Response | None) -> bool:
        return False


#: The permit of a request that no bucket limits (an uncounted token request).
FREE_PERMIT: Permit = _FreePermit()


class UnlimitedLimiter:
    """A limiter that never waits: for tests and for servers without limits."""

    _PERMIT = FREE_PERMIT

    async def acquire(
        self,
        key: str,
        request: RequestInfo,
        priority: Priority,
        *,
        deadline: float | None = None,
    ) -> Permit:
        return self._PERMIT

    def grant_now(
        self, key: str, request: RequestInfo, priority: Priority, now: float
    ) -> Permit | None:
        return self._PERMIT
