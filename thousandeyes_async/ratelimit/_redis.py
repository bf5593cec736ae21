"""A limiter whose buckets live in Redis, so processes and hosts share one budget.

Each (organization key, category) bucket is stored as the pure core's state
(JSON) with a version. A grant, settle or release loads the buckets it needs
together with Redis' own clock (one Lua script), runs the same pure transition
as the in-memory limiter, and commits every bucket at once with a Lua
compare-and-set on the versions, retrying when another process got there first.
The semantics are therefore exactly those of :class:`RateLimiter`; time is the
Redis server's clock, shared by every host, so this backend runs in real time
only (not under virtual clocks).

Within one process waiters queue FIFO per priority; across processes the first
to commit wins. A waiter sleeps until the next time a bucket may open by itself
or until a local settle wakes it, re-reading Redis at most every ``recheck``
seconds while it waits for another process's answer.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import httpx

from ._api import Permit, Priority, RequestInfo
from ._bucket import Bucket, Observation
from ._policy import BucketSpec, Policy, ThousandEyesPolicy
from ._stats import RateLimitStats

if TYPE_CHECKING:
    import redis.asyncio

__all__ = ["RedisLimiter"]

logger = logging.getLogger("thousandeyes_async.ratelimit")

T = TypeVar("T")

_LOAD = """
local now = redis.call('TIME')
local out = {now[1], now[2]}
for i, key in ipairs(KEYS) do
  local v = redis.call('HMGET', key, 'state', 'version')
  out[#out + 1] = v[1] or ''
  out[#out + 1] = v[2] or '0'
end
return out
"""

_COMMIT = """
for i, key in ipairs(KEYS) do
  local version = redis.call('HGET', key, 'version') or '0'
  if version ~= ARGV[i] then return 0 end
end
local n = #KEYS
for i, key in ipairs(KEYS) do
  local version = tonumber(ARGV[i]) + 1
  redis.call('HSET', key, 'state', ARGV[n + i], 'version', tostring(version))
  redis.call('PEXPIRE', key, ARGV[2 * n + 1])
end
return 1
"""


def _import_redis() -> Any:
    try:
        import redis.asyncio as redis_asyncio
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "RedisLimiter needs the redis package: pip install 'thousandeyes-async[redis]'"
        ) from exc
    return redis_asyncio


class _Turn:
    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = anyio.Event()


class _RedisPermit:
    __slots__ = ("_finished", "_key", "_limiter", "_sent", "_tickets")

    def __init__(
        self, limiter: RedisLimiter, key: str, tickets: list[tuple[BucketSpec, int]]
    ) -> None:
        self._limiter = limiter
        self._key = key
        self._tickets = tickets
        self._sent = False
        self._finished = False

    def mark_sent(self) -> None:
        self._sent = True

    async def settle(self, response: httpx.Response | None) -> bool:
        if self._finished:
            return False
        self._finished = True
        specs = [spec for spec, _ in self._tickets]
        observations: list[Observation | None] = [None] * len(specs)
        blamed = False
        if response is not None:
            status = response.status_code
            observations = [spec.observe(status, response.headers) for spec in specs]
            blamed = status == 429 and not any(
                o is not None and Bucket.exhausted_by(o) for o in observations
            )
        last = len(specs) - 1

        def settle_all(buckets: list[Bucket], now: float) -> bool:
            paced = False
            for i, (bucket, (_, seq)) in enumerate(zip(buckets, self._tickets, strict=True)):
                ticket = bucket.ticket(seq)
                if ticket is None:
                    continue
                ticket.sent = self._sent
                paced |= bucket.settle(ticket, now, observations[i], pause=blamed and i == last)
            return paced

        paced = await self._limiter._transact(self._key, specs, settle_all)
        if response is not None and response.status_code == 429:
            logger.debug("429 for key %s (%s)", self._key, ", ".join(s.category for s in specs))
        self._limiter._wake(self._key)
        return paced


class RedisLimiter:
    """Buckets in Redis, shared by every process and host that names the same key.

    ``redis`` is a ``redis.asyncio.Redis`` client or a URL. Needs the
    ``[redis]`` extra.
    """

    def __init__(
        self,
        redis: redis.asyncio.Redis | str,
        *,
        policy: Policy | None = None,
        prefix: str = "thousandeyes-async:ratelimit",
        recheck: float = 0.25,
        ticket_ttl: float | None = None,
    ) -> None:
        module = _import_redis()
        self._redis = module.Redis.from_url(redis) if isinstance(redis, str) else redis
        self.policy: Policy = policy if policy is not None else ThousandEyesPolicy()
        self.prefix = prefix
        self.recheck = recheck
        self.ticket_ttl = ticket_ttl
        self._load = self._redis.register_script(_LOAD)
        self._commit = self._redis.register_script(_COMMIT)
        self._queues: dict[str, list[tuple[int, int, _Turn]]] = {}
        self._order = itertools.count()
        self._events: dict[str, anyio.Event] = {}
        self._seen: dict[tuple[str, str], tuple[Bucket, float]] = {}
        self._waiters: dict[str, int] = {}

    def _redis_key(self, key: str, category: str) -> str:
        return f"{self.prefix}:{key}:{category}"

    async def aclose(self) -> None:
        await self._redis.aclose()

    async def _transact(
        self,
        key: str,
        specs: Sequence[BucketSpec],
        change: Callable[[list[Bucket], float], T],
    ) -> T:
        """Load, change and commit the buckets atomically; retry on a conflict."""
        keys = [self._redis_key(key, spec.category) for spec in specs]
        ttl_ms = int(1000 * max(3600.0, 10 * max(spec.window for spec in specs)))
        for _ in range(1000):
            raw = await self._load(keys=keys)
            now = int(raw[0]) + int(raw[1]) / 1e6
            buckets: list[Bucket] = []
            versions: list[str] = []
            for i, spec in enumerate(specs):
                state, version = raw[2 + 2 * i], raw[3 + 2 * i]
                if isinstance(state, bytes):
                    state = state.decode()
                if isinstance(version, bytes):
                    version = version.decode()
                if state:
                    bucket = Bucket.from_dict(json.loads(state))
                else:
                    bucket = Bucket(
                        limit=spec.limit, window=spec.window, dynamic=spec.dialect is not None
                    )
                max_age = self.ticket_ttl if self.ticket_ttl is not None else 2 * spec.window + 120
                bucket.forget_stale(now, max_age)
                buckets.append(bucket)
                versions.append(str(version))
            result = change(buckets, now)
            states = [json.dumps(b.to_dict()) for b in buckets]
            if await self._commit(keys=keys, args=[*versions, *states, ttl_ms]):
                for spec, bucket in zip(specs, buckets, strict=True):
                    self._seen[(key, spec.category)] = (bucket, now)
                return result
        raise RuntimeError(f"could not update the rate-limit buckets of {key!r}: contention")

    def _wake(self, key: str) -> None:
        event = self._events.pop(key, None)
        if event is not None:
            event.set()

    async def acquire(
        self, key: str, request: RequestInfo, priority: Priority = Priority.INTERACTIVE
    ) -> Permit:
        """Wait in local FIFO order, then until Redis says every bucket has room."""
        specs = list(self.policy.buckets(request))
        if not specs:
            raise ValueError(f"policy {self.policy!r} gave no bucket for {request!r}")
        queue = self._queues.setdefault(key, [])
        turn = _Turn()
        entry = (int(priority), next(self._order), turn)
        heapq.heappush(queue, entry)
        self._waiters[key] = self._waiters.get(key, 0) + 1
        try:
            while queue[0] is not entry:
                await turn.event.wait()
                turn.event = anyio.Event()
            return await self._acquire_as_head(key, specs)
        finally:
            self._waiters[key] -= 1
            queue.remove(entry)
            heapq.heapify(queue)
            if queue:
                queue[0][2].event.set()  # the next in line takes its turn

    async def _acquire_as_head(self, key: str, specs: list[BucketSpec]) -> Permit:
        started = anyio.current_time()

        def try_grant(buckets: list[Bucket], now: float) -> tuple[list[int] | None, float]:
            if all(b.available(now) >= 1 for b in buckets):
                return [b.grant(now).seq for b in buckets], 0.0
            wake: float | None = None
            for b in buckets:
                if b.available(now) < 1:
                    change = b.next_change(now)
                    if change is not None and (wake is None or change < wake):
                        wake = change
            delay = self.recheck if wake is None else min(self.recheck, max(0.0, wake - now))
            return None, delay

        while True:
            # Shielded: a grant committed in Redis must reach its holder.
            with anyio.CancelScope(shield=True):
                seqs, delay = await self._transact(key, specs, try_grant)
            if seqs is not None:
                waited = anyio.current_time() - started
                if waited > 1.0:
                    logger.debug("waited %.1fs for a permit of key %s", waited, key)
                return _RedisPermit(self, key, list(zip(specs, seqs, strict=True)))
            event = self._events.setdefault(key, anyio.Event())
            with anyio.move_on_after(delay):
                await event.wait()

    def stats(self, key: str) -> dict[str, RateLimitStats]:
        """Each bucket of ``key`` as this process last read it from Redis."""
        result = {}
        for (k, category), (bucket, now) in self._seen.items():
            if k != key:
                continue
            state = bucket.state(now)
            result[category] = RateLimitStats(
                key=key,
                category=category,
                limit=state.limit,
                remaining=state.remaining,
                reset=state.reset,
                in_flight=state.in_flight,
                waiters=self._waiters.get(key, 0),
                rejected=state.rejected,
                paused_for=max(0.0, state.paused_for),
            )
        return result
