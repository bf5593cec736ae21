"""The contract between the request pipeline and a rate limiter.

The transport asks a :class:`Limiter` for a :class:`Permit` before it sends a
request and settles the permit with the response (or with ``None`` when no
response came). Everything about buckets, windows and waiting lives behind this
contract, so the pipeline does not change when the limiter does.
"""

from __future__ import annotations

import enum
from typing import Protocol, runtime_checkable

import attrs
import httpx

__all__ = ["InstantPermit", "Limiter", "Permit", "Priority", "RequestInfo", "UnlimitedLimiter"]


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

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        return self._PERMIT
