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
to commit wins, except that bulk requests give way to interactive ones waiting
in any process: each process keeps a marker per priority in a Redis sorted set
while it has waiters of that priority, refreshed with every read and expiring
on its own when the process dies. Pacing, reserve and floor are those of
:class:`RateLimiter`, decided on the shared buckets; the time an interactive
request last asked is kept in the bucket's state, so bulk in every process is
paced after an interactive call in any of them, and while one waits anywhere.
A waiter sleeps until the next time a bucket may open by itself or until a
local settle wakes it, re-reading Redis at most every ``recheck`` seconds while
it waits for another process's answer.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import httpx

from ._api import FREE_PERMIT, Permit, Priority, RequestInfo
from ._bucket import Bucket, Observation
from ._pacing import Fairness, room
from ._policy import BucketSpec, Policy, ThousandEyesPolicy
from ._stats import RateLimitStats

if TYPE_CHECKING:
    import redis.asyncio

__all__ = ["RedisLimiter"]

logger = logging.getLogger("thousandeyes_async.ratelimit")

T = TypeVar("T")

# KEYS: the buckets, then ARGV[1] waiting sets (one per priority). For each set,
# ARGV[3 + i] says what to do with this process' marker (ARGV[2]) first: '1'
# refresh it for ARGV[3] seconds, '0' remove it, '' leave it; then its live
# markers are counted.
_LOAD = """
local now = redis.call('TIME')
local out = {now[1], now[2]}
local sets = tonumber(ARGV[1] or '0')
local t = tonumber(now[1]) + tonumber(now[2]) / 1e6
local buckets = #KEYS - sets
for i, key in ipairs(KEYS) do
  if i <= buckets then
    local v = redis.call('HMGET', key, 'state', 'version')
    out[#out + 1] = v[1] or ''
    out[#out + 1] = v[2] or '0'
  else
    local flag = ARGV[3 + i - buckets]
    if flag == '1' then
      redis.call('ZADD', key, t + tonumber(ARGV[3]), ARGV[2])
      redis.call('PEXPIRE', key, math.ceil(tonumber(ARGV[3]) * 1000))
    elseif flag == '0' then
      redis.call('ZREM', key, ARGV[2])
    end
    out[#out + 1] = redis.call('ZCOUNT', key, '(' .. tostring(t), '+inf')
  end
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


class _Shared:
    """What one read of Redis tells besides the buckets: bulk counts and waiters."""

    __slots__ = ("bulk", "marks", "seen", "waiting")

    def __init__(self, marks: dict[int, bool]) -> None:
        #: Per bucket: (epoch, bulk permits granted in that window).
        self.bulk: list[tuple[int, int]] = []
        #: Per bucket: when an interactive request last asked for it, any process.
        self.seen: list[float | None] = []
        #: Priorities this process waits at (True) or no longer (False): markers to set.
        self.marks = marks
        #: Per priority: processes with live waiters.
        self.waiting: dict[int, int] = {}

    def bulk_taken(self, i: int, bucket: Bucket) -> int:
        epoch, count = self.bulk[i]
        return count if epoch == bucket.epoch else 0

    def count_bulk(self, i: int, bucket: Bucket, epoch: int, delta: int) -> None:
        if epoch == bucket.epoch:
            self.bulk[i] = (bucket.epoch, max(0, self.bulk_taken(i, bucket) + delta))


class _Turn:
    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = anyio.Event()


class _RedisPermit:
    __slots__ = ("_bulk", "_finished", "_key", "_limiter", "_sent", "_tickets")

    def __init__(
        self,
        limiter: RedisLimiter,
        key: str,
        tickets: list[tuple[BucketSpec, int]],
        bulk: bool,
    ) -> None:
        self._limiter = limiter
        self._key = key
        self._tickets = tickets
        self._bulk = bulk
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

        shared = _Shared({})

        def settle_all(buckets: list[Bucket], now: float) -> bool:
            paced = False
            for i, (bucket, (_, seq)) in enumerate(zip(buckets, self._tickets, strict=True)):
                ticket = bucket.ticket(seq)
                if ticket is None:
                    continue
                ticket.sent = self._sent
                if self._bulk and not self._sent:
                    shared.count_bulk(i, bucket, ticket.epoch, -1)  # it took nothing
                paced |= bucket.settle(ticket, now, observations[i], pause=blamed and i == last)
            return paced

        paced = await self._limiter._transact(self._key, specs, settle_all, shared)
        if response is not None and response.status_code == 429:
            logger.debug("429 for key %s (%s)", self._key, ", ".join(s.category for s in specs))
        self._limiter._wake(self._key)
        return paced


class RedisLimiter:
    """Buckets in Redis, shared by every process and host that names the same key.

    ``redis`` is a ``redis.asyncio.Redis`` client or a URL. Needs the
    ``[redis]`` extra. ``interactive_reserve``, ``pace_bulk``, ``bulk_floor``
    and ``quiet_after`` are those of :class:`RateLimiter`; interactive requests waiting in any
    process go before bulk ones of every process. A process's mark that it has
    waiters lapses ``waiting_ttl`` seconds after it stops refreshing it.
    """

    def __init__(
        self,
        redis: redis.asyncio.Redis | str,
        *,
        policy: Policy | None = None,
        prefix: str = "thousandeyes-async:ratelimit",
        recheck: float = 0.25,
        ticket_ttl: float | None = None,
        interactive_reserve: float = 0.1,
        pace_bulk: bool = True,
        bulk_floor: float = 0.1,
        waiting_ttl: float | None = None,
        quiet_after: float | None = 2.0,
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
        self.fairness = Fairness(
            interactive_reserve=interactive_reserve,
            pace_bulk=pace_bulk,
            bulk_floor=bulk_floor,
            quiet_after=quiet_after,
        )
        self.waiting_ttl = waiting_ttl if waiting_ttl is not None else max(2.0, 8 * recheck)
        #: This process' name in the waiting sets (random: never the host's identity).
        self._member = uuid.uuid4().hex
        self._local: dict[tuple[str, int], int] = {}

    def _redis_key(self, key: str, category: str) -> str:
        return f"{self.prefix}:{key}:{category}"

    def _waiting_key(self, key: str, priority: int) -> str:
        return f"{self.prefix}:{key}:waiting:{priority}"

    def _marks(self, key: str) -> dict[int, bool]:
        """Every priority's marker of this process: set while it has waiters there."""
        return {int(p): self._local.get((key, int(p)), 0) > 0 for p in Priority}

    async def aclose(self) -> None:
        await self._redis.aclose()

    async def _transact(
        self,
        key: str,
        specs: Sequence[BucketSpec],
        change: Callable[[list[Bucket], float], T],
        shared: _Shared | None = None,
    ) -> T:
        """Load, change and commit the buckets atomically; retry on a conflict.

        With ``shared``, the read also refreshes this process' waiting markers
        and fills in the bulk counts and waiters that ``change`` may consult.
        """
        keys = [self._redis_key(key, spec.category) for spec in specs]
        marks = sorted(shared.marks.items()) if shared is not None else []
        sets = [self._waiting_key(key, p) for p, _ in marks]
        args: list[Any] = [len(sets), self._member, self.waiting_ttl]
        args += ["1" if on else "0" for _, on in marks]
        ttl_ms = int(1000 * max(3600.0, 10 * max(spec.window for spec in specs)))
        for _ in range(1000):
            raw = await self._load(keys=[*keys, *sets], args=args)
            now = int(raw[0]) + int(raw[1]) / 1e6
            buckets: list[Bucket] = []
            versions: list[str] = []
            bulk: list[tuple[int, int]] = []
            seen: list[float | None] = []
            for i, spec in enumerate(specs):
                state, version = raw[2 + 2 * i], raw[3 + 2 * i]
                if isinstance(state, bytes):
                    state = state.decode()
                if isinstance(version, bytes):
                    version = version.decode()
                if state:
                    data = json.loads(state)
                    bucket = Bucket.from_dict(data)
                    epoch, count = data.get("bulk", (bucket.epoch, 0))
                    bulk.append((int(epoch), int(count)))
                    interactive = data.get("interactive")
                    seen.append(float(interactive) if interactive is not None else None)
                else:
                    bucket = Bucket(
                        limit=spec.limit, window=spec.window, dynamic=spec.dialect is not None
                    )
                    bulk.append((bucket.epoch, 0))
                    seen.append(None)
                max_age = self.ticket_ttl if self.ticket_ttl is not None else 2 * spec.window + 120
                bucket.forget_stale(now, max_age)
                buckets.append(bucket)
                versions.append(str(version))
            if shared is not None:
                shared.bulk = bulk
                shared.seen = seen
                counts = raw[2 + 2 * len(specs) :]
                shared.waiting = {p: int(c) for (p, _), c in zip(marks, counts, strict=True)}
            result = change(buckets, now)
            if shared is not None:
                bulk, seen = shared.bulk, shared.seen
            states = [
                json.dumps({**b.to_dict(), "bulk": list(taken), "interactive": at})
                for b, taken, at in zip(buckets, bulk, seen, strict=True)
            ]
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
        """Wait in local priority and FIFO order, then until Redis says every bucket has room.

        Bulk waits, in addition, while an interactive request waits in any process.
        """
        specs = list(self.policy.buckets(request))
        if not specs:
            if request.token:
                return FREE_PERMIT  # a token request the policy does not count
            raise ValueError(f"policy {self.policy!r} gave no bucket for {request!r}")
        queue = self._queues.setdefault(key, [])
        turn = _Turn()
        entry = (int(priority), next(self._order), turn)
        heapq.heappush(queue, entry)
        self._waiters[key] = self._waiters.get(key, 0) + 1
        local = (key, int(priority))
        self._local[local] = self._local.get(local, 0) + 1
        started = anyio.current_time()
        try:
            while True:
                while queue[0] is not entry:
                    await turn.event.wait()
                    turn.event = anyio.Event()
                permit, delay = await self._try_grant(key, specs, int(priority))
                if permit is not None:
                    waited = anyio.current_time() - started
                    if waited > 1.0:
                        logger.debug("waited %.1fs for a permit of key %s", waited, key)
                    return permit
                # Asleep, it stays in line: an interactive waiter that arrives now
                # goes ahead of it (the heap puts it first) and wakes it when done.
                event = self._events.setdefault(key, anyio.Event())
                with anyio.move_on_after(delay):
                    await event.wait()
        finally:
            self._waiters[key] -= 1
            self._local[local] -= 1
            queue.remove(entry)
            heapq.heapify(queue)
            if queue:
                queue[0][2].event.set()  # the next in line takes its turn
            if self._local[local] == 0:
                with anyio.CancelScope(shield=True):
                    await self._unmark(key, specs)

    async def _unmark(self, key: str, specs: list[BucketSpec]) -> None:
        """Take this process' waiting markers down at once rather than at their expiry."""
        try:
            await self._transact(key, specs, lambda buckets, now: None, _Shared(self._marks(key)))
        except Exception:  # the marker lapses by itself; nothing else is at stake
            logger.debug("could not clear the waiting marker of key %s", key, exc_info=True)

    async def _try_grant(
        self, key: str, specs: list[BucketSpec], priority: int
    ) -> tuple[Permit | None, float]:
        shared = _Shared(self._marks(key))
        bulk = priority >= Priority.BULK

        def try_grant(buckets: list[Bucket], now: float) -> tuple[list[int] | None, float]:
            elsewhere = sum(n for p, n in shared.waiting.items() if p < priority) > 0
            bulk_waiting = sum(n for p, n in shared.waiting.items() if p >= Priority.BULK) > 0
            wake: float | None = None
            blocked = False
            if not bulk:
                shared.seen = [now] * len(buckets)  # bulk is paced from now on
            for i, bucket in enumerate(buckets):
                ok, at = room(
                    self.fairness,
                    bucket,
                    priority=priority,
                    now=now,
                    bulk_taken=shared.bulk_taken(i, bucket),
                    bulk_waiting=bulk_waiting,
                    interactive_waiting=bulk and elsewhere,
                    interactive_seen=shared.seen[i],
                )
                if not ok:
                    blocked = True
                    if at is not None and (wake is None or at < wake):
                        wake = at
            if not blocked:
                seqs = []
                for i, bucket in enumerate(buckets):
                    ticket = bucket.grant(now)
                    seqs.append(ticket.seq)
                    if bulk:
                        shared.count_bulk(i, bucket, ticket.epoch, +1)
                return seqs, 0.0
            delay = self.recheck if wake is None else min(self.recheck, max(0.0, wake - now))
            return None, delay

        # Shielded: a grant committed in Redis must reach its holder.
        with anyio.CancelScope(shield=True):
            seqs, delay = await self._transact(key, specs, try_grant, shared)
        if seqs is None:
            return None, delay
        return _RedisPermit(self, key, list(zip(specs, seqs, strict=True)), bulk), 0.0

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
