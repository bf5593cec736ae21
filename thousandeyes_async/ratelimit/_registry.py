"""The process-wide default limiter: clients naming the same organization share buckets.

Bucket times are readings of the event loop's clock, and each loop (each
``asyncio.run``, each trio run, each virtual clock) has its own, so the default
keeps one :class:`RateLimiter` per running event loop. Clients in the same loop
with the same organization key share one budget; to share across threads or
processes use a :class:`RedisLimiter`.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import weakref
from typing import Any

import anyio.lowlevel

from ._api import Permit, Priority, RequestInfo
from ._limiter import RateLimiter
from ._policy import Policy
from ._stats import RateLimitStats

__all__ = ["SharedLimiter", "default_limiter"]


class SharedLimiter:
    """One :class:`RateLimiter` per event loop, created on first use."""

    def __init__(self, policy: Policy | None = None) -> None:
        self.policy = policy
        self._lock = threading.Lock()
        self._by_loop: weakref.WeakKeyDictionary[Any, RateLimiter] = weakref.WeakKeyDictionary()
        self._strong: dict[int, tuple[Any, RateLimiter]] = {}
        #: The loop asked for last (weakly) and its limiter: every request asks, and
        #: nearly always from the same loop, so the lock and the lookup are skipped.
        self._last: tuple[weakref.ref[Any], RateLimiter] | None = None

    def for_current_loop(self) -> RateLimiter:
        """The limiter of the running event loop (raises outside one)."""
        last = self._last
        if last is not None and "trio" not in sys.modules:
            # Without trio anyio runs on asyncio, whose token is the running loop:
            # asked of asyncio directly, that costs a tenth of asking anyio.
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is not None and last[0]() is loop:
                return last[1]
        token = anyio.lowlevel.current_token().native_token
        if last is not None and last[0]() is token:
            return last[1]
        with self._lock:
            try:
                limiter = self._by_loop.get(token)
            except TypeError:  # not weak-referenceable: keep it alive instead
                entry = self._strong.get(id(token))
                limiter = entry[1] if entry is not None and entry[0] is token else None
                if limiter is None:
                    limiter = RateLimiter(self.policy)
                    self._strong[id(token)] = (token, limiter)
                return limiter
            if limiter is None:
                limiter = self._by_loop[token] = RateLimiter(self.policy)
            self._last = (weakref.ref(token), limiter)
            return limiter

    async def acquire(
        self,
        key: str,
        request: RequestInfo,
        priority: Priority = Priority.INTERACTIVE,
        *,
        deadline: float | None = None,
    ) -> Permit:
        return await self.for_current_loop().acquire(key, request, priority, deadline=deadline)

    def grant_now(
        self, key: str, request: RequestInfo, priority: Priority, now: float
    ) -> Permit | None:
        """The loop's limiter's immediate grant (see :meth:`RateLimiter.grant_now`)."""
        return self.for_current_loop().grant_now(key, request, priority, now)

    def stats(self, key: str) -> dict[str, RateLimitStats]:
        """The buckets of ``key`` in the running event loop (empty outside one)."""
        try:
            limiter = self.for_current_loop()
        except RuntimeError:  # no running event loop: nothing has been limited here
            return {}
        return limiter.stats(key)


_DEFAULT = SharedLimiter()


def default_limiter() -> SharedLimiter:
    """The process-wide limiter every client uses unless given ``limiter=``."""
    return _DEFAULT
