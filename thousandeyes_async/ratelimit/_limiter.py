"""The in-memory async limiter: fair waiting on top of the pure buckets.

Waiters queue per organization key, FIFO within a priority, interactive before
bulk. A dispatch pass (run when a request is acquired, settled or released, and
when a bucket's window or pause ends) hands permits out in queue order; a
waiter blocked on one bucket holds back later waiters for that bucket only, so
an instant test waiting for its own budget does not stall ordinary requests.

No polling: each waiter sleeps on its own event; only one of them per key, the
timekeeper, also sleeps until the next time a bucket may open by itself.

Within a window, bulk permits are paced and the window's reserve and floor are
kept as :mod:`._pacing` decides; that adds times to sleep until, not polling.
Pacing follows interactive traffic: each group remembers when an interactive
request last asked for each bucket.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Sequence

import anyio
import httpx

from ._api import FREE_PERMIT, DeadlineExceeded, Permit, Priority, RequestInfo
from ._bucket import Bucket, Observation, Ticket
from ._pacing import Fairness, room
from ._policy import BucketSpec, Policy, ThousandEyesPolicy
from ._stats import RateLimitStats

__all__ = ["RateLimiter"]

logger = logging.getLogger("thousandeyes_async.ratelimit")

#: Waits longer than this are logged at DEBUG.
LOG_WAIT_OVER = 1.0


class _Waiter:
    __slots__ = ("buckets", "deadline", "done", "event", "late", "permit", "priority")

    def __init__(
        self,
        buckets: Sequence[tuple[BucketSpec, Bucket]],
        priority: int,
        deadline: float | None = None,
    ) -> None:
        self.buckets = buckets
        self.priority = priority
        #: The caller's deadline (anyio time); None: it waits as long as it takes.
        self.deadline = deadline
        self.event = anyio.Event()
        self.permit: _MemoryPermit | None = None
        self.done = False
        #: Set when a pause begun after it queued outlasts its deadline: when it ends.
        self.late: float | None = None


class _Group:
    """Everything one organization key owns: its buckets and its queue."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.buckets: dict[str, Bucket] = {}
        self.queues: dict[int, deque[_Waiter]] = {}
        self.waiting = 0
        #: Live waiters per priority and category: a dispatch pass over a
        #: priority's queue stops once every category it waits for is blocked.
        self.need: dict[int, dict[str, int]] = {}
        self.timekeeper: _Waiter | None = None
        self.wake_at: float | None = None
        #: Bulk permits granted per category in the bucket's window: (epoch, count).
        self.bulk: dict[str, tuple[int, int]] = {}
        #: When an interactive request last asked for each category's bucket.
        self.interactive_seen: dict[str, float] = {}

    def bulk_taken(self, category: str, bucket: Bucket) -> int:
        epoch, count = self.bulk.get(category, (bucket.epoch, 0))
        return count if epoch == bucket.epoch else 0

    def count_bulk(self, category: str, bucket: Bucket, ticket: Ticket, delta: int) -> None:
        if ticket.epoch == bucket.epoch:
            taken = self.bulk_taken(category, bucket)
            self.bulk[category] = (bucket.epoch, max(0, taken + delta))

    def bulk_waiting(self, category: str) -> bool:
        return self.need.get(int(Priority.BULK), {}).get(category, 0) > 0

    def bucket(self, spec: BucketSpec) -> Bucket:
        bucket = self.buckets.get(spec.category)
        if bucket is None:
            bucket = Bucket(limit=spec.limit, window=spec.window, dynamic=spec.dialect is not None)
            self.buckets[spec.category] = bucket
        return bucket

    def join(self, waiter: _Waiter) -> None:
        self.queues.setdefault(waiter.priority, deque()).append(waiter)
        self.waiting += 1
        need = self.need.setdefault(waiter.priority, {})
        for spec, _ in waiter.buckets:
            need[spec.category] = need.get(spec.category, 0) + 1

    def leave(self, waiter: _Waiter) -> None:
        """Mark ``waiter`` served or gone; the queue drops it lazily."""
        waiter.done = True
        self.waiting -= 1
        need = self.need[waiter.priority]
        for spec, _ in waiter.buckets:
            need[spec.category] -= 1

    def waiters(self) -> list[_Waiter]:
        return [w for p in sorted(self.queues) for w in self.queues[p] if not w.done]


class _MemoryPermit:
    __slots__ = ("_bulk", "_finished", "_group", "_limiter", "_tickets")

    def __init__(
        self,
        limiter: RateLimiter,
        group: _Group,
        tickets: list[tuple[BucketSpec, Bucket, Ticket]],
        bulk: bool,
    ) -> None:
        self._limiter = limiter
        self._group = group
        self._tickets = tickets
        self._bulk = bulk
        self._finished = False

    def mark_sent(self) -> None:
        for _, _, ticket in self._tickets:
            ticket.sent = True

    async def settle(self, response: httpx.Response | None) -> bool:
        return self.settle_now(response)

    def settle_now(self, response: httpx.Response | None) -> bool:
        if self._finished:
            return False
        self._finished = True
        now = anyio.current_time()
        tickets = self._tickets
        if response is not None and len(tickets) == 1 and response.status_code != 429:
            # Most requests: one bucket, and no 429 to blame on anyone. Settling with
            # the answer also settles the ticket, unless reading the answer failed.
            spec, bucket, ticket = tickets[0]
            try:
                bucket.settle(ticket, now, spec.observe(response.status_code, response.headers))
            finally:
                if not ticket.settled:
                    bucket.settle(ticket, now, None)
                self._limiter._dispatch(self._group, now)
            return False
        paced = False
        try:
            if response is not None:
                paced = self._settle_with(response, now)
        finally:
            # Whatever the answer held, the permit goes back: a ticket left in flight
            # would hold back probes and shrink every later window for good.
            for spec, bucket, ticket in self._tickets:
                if self._bulk and not ticket.sent:
                    # Never sent (a token gone stale in the wait): as with release().
                    self._group.count_bulk(spec.category, bucket, ticket, -1)
                bucket.settle(ticket, now, None)
            self._limiter._dispatch(self._group, now)
        return paced

    def _settle_with(self, response: httpx.Response, now: float) -> bool:
        status = response.status_code
        observations = [spec.observe(status, response.headers) for spec, _, _ in self._tickets]
        # On a 429, blame the buckets whose headers say they are used up; when
        # none does, the most specific one (the policy lists it last).
        blamed = status == 429 and not any(Bucket.exhausted_by(o) for o in observations)
        last = len(self._tickets) - 1
        paced = False
        for i, ((_, bucket, ticket), obs) in enumerate(
            zip(self._tickets, observations, strict=True)
        ):
            paced |= bucket.settle(ticket, now, obs, pause=blamed and i == last)
        if status == 429:
            self._log_429(now, observations)
            if paced:
                self._limiter._expire(self._group, now)
        return paced

    def release(self) -> None:
        """Give the reservation back: the request was never sent."""
        if self._finished:
            return
        self._finished = True
        now = anyio.current_time()
        for spec, bucket, ticket in self._tickets:
            bucket.release(ticket, now)
            if self._bulk:
                # Never sent, it did not use the bulk floor either.
                self._group.count_bulk(spec.category, bucket, ticket, -1)
        self._limiter._dispatch(self._group, now)

    def _log_429(self, now: float, observations: list[Observation]) -> None:
        parts = []
        for (spec, bucket, _), obs in zip(self._tickets, observations, strict=True):
            wake = bucket.next_change(now)
            held = f"{wake - now:.1f}s" if wake is not None else "until an answer"
            parts.append(f"{spec.category} remaining={obs.remaining} reset={obs.reset} ({held})")
        logger.debug("429 for key %s: %s", self._group.key, "; ".join(parts))


class RateLimiter:
    """Buckets keyed by (organization key, category), shared by every client given it.

    ``policy`` maps each request to its buckets (default: :class:`ThousandEyesPolicy`).
    One instance serves one event loop; clients in different threads or
    processes share a budget through :class:`RedisLimiter` instead.

    Within each window, bulk permits are spread one a window/limit slot
    (``pace_bulk``), the last ``interactive_reserve`` of the window waits for
    interactive requests until the window's last slots, and ``bulk_floor`` of
    the window is kept for waiting bulk requests however many interactive ones
    come. Bulk is paced only while an interactive request asked for the bucket
    within the last ``quiet_after`` windows (None: always), so an export alone
    bursts. ``pace_bulk=False, interactive_reserve=0, bulk_floor=0`` is strict
    priority: bulk takes whatever interactive requests leave, at once.
    """

    def __init__(
        self,
        policy: Policy | None = None,
        *,
        interactive_reserve: float = 0.1,
        pace_bulk: bool = True,
        bulk_floor: float = 0.1,
        quiet_after: float | None = 2.0,
    ) -> None:
        self.policy: Policy = policy if policy is not None else ThousandEyesPolicy()
        self.fairness = Fairness(
            interactive_reserve=interactive_reserve,
            pace_bulk=pace_bulk,
            bulk_floor=bulk_floor,
            quiet_after=quiet_after,
        )
        self._groups: dict[str, _Group] = {}

    def _group(self, key: str) -> _Group:
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = _Group(key)
        return group

    async def acquire(
        self,
        key: str,
        request: RequestInfo,
        priority: Priority = Priority.INTERACTIVE,
        *,
        deadline: float | None = None,
    ) -> Permit:
        """Wait, in turn, until ``request`` fits every bucket it needs.

        With a ``deadline`` (anyio time), a bucket that only time can open after
        it (a pause after a 429, a spent window) raises :class:`DeadlineExceeded`
        at once, and so does a pause that begins while the request waits; any
        other wait ends at the deadline with the same error.
        """
        specs = self._buckets(request)
        if not specs:
            if request.token:
                return FREE_PERMIT  # a token request the policy does not count
            raise ValueError(f"policy {self.policy!r} gave no bucket for {request!r}")
        group = self._group(key)
        now = anyio.current_time()
        level = int(priority)
        permit = self._immediate(group, specs, level, now)
        if permit is not None:
            return permit
        buckets = [(spec, group.bucket(spec)) for spec in specs]
        if deadline is not None:
            opens = _opens_at(buckets, now)
            if opens is not None and opens > deadline:
                # Waiting could only end in the same refusal, later.
                raise DeadlineExceeded(opens - now)
        waiter = _Waiter(buckets, level, deadline)
        group.join(waiter)
        started = now
        try:
            self._dispatch(group, now)
            with anyio.move_on_after(None if deadline is None else deadline - now):
                while waiter.permit is None and waiter.late is None:
                    if group.timekeeper is None and group.wake_at is not None:
                        group.timekeeper = waiter
                    if group.timekeeper is waiter and group.wake_at is not None:
                        with anyio.move_on_after(max(0.0, group.wake_at - anyio.current_time())):
                            await waiter.event.wait()
                        if waiter.permit is None and not waiter.event.is_set():
                            self._dispatch(group, anyio.current_time())
                    else:
                        await waiter.event.wait()
                    if waiter.permit is None:
                        waiter.event = anyio.Event()
            if waiter.permit is None:
                now = anyio.current_time()
                opens = waiter.late if waiter.late is not None else _opens_at(buckets, now)
                raise DeadlineExceeded(None if opens is None else max(0.0, opens - now))
        except BaseException:
            if not waiter.done:
                group.leave(waiter)
                # It may have held buckets for its probe: the waiters behind it go now.
                self._dispatch(group, anyio.current_time())
            if waiter.permit is not None:
                waiter.permit.release()
            raise
        finally:
            if group.timekeeper is waiter:
                group.timekeeper = None
                self._ensure_timekeeper(group)
        waited = anyio.current_time() - started
        if waited > LOG_WAIT_OVER:
            logger.debug(
                "waited %.1fs for a %s permit of key %s (%s)",
                waited,
                Priority(waiter.priority).name.lower(),
                key,
                ", ".join(spec.category for spec, _ in buckets),
            )
        return waiter.permit

    def grant_now(
        self, key: str, request: RequestInfo, priority: Priority, now: float
    ) -> Permit | None:
        """The permit :meth:`acquire` would give at once, without awaiting; None when
        ``request`` would have to queue.

        ``now`` is a reading of anyio's clock taken just before. Every request asks
        this first: a caller with room saves the coroutine and the clock reading.
        """
        specs = self._buckets(request)
        if not specs:
            # A token request the policy does not count goes free; any other
            # request without a bucket is refused by acquire().
            return FREE_PERMIT if request.token else None
        return self._immediate(self._group(key), specs, int(priority), now)

    def _buckets(self, request: RequestInfo) -> Sequence[BucketSpec]:
        specs = self.policy.buckets(request)
        if len(specs) > 1 and len({spec.category for spec in specs}) < len(specs):
            # One bucket would be found with room once and taken from twice.
            categories = [spec.category for spec in specs]
            raise ValueError(f"policy {self.policy!r} named a bucket twice: {categories}")
        return specs

    def _immediate(
        self, group: _Group, specs: Sequence[BucketSpec], level: int, now: float
    ) -> Permit | None:
        """The grant of a request that queues behind nobody and finds room (None: it waits)."""
        if level < Priority.BULK:
            seen = group.interactive_seen
            for spec in specs:
                seen[spec.category] = now
        if group.waiting:
            return None  # others queue first: fairness is decided in the queue
        return self._grant_if_room(group, specs, level, now)

    def _grant_if_room(
        self, group: _Group, specs: Sequence[BucketSpec], level: int, now: float
    ) -> Permit | None:
        if len(specs) == 1:
            # Nearly every request: one bucket, no list to build.
            spec = specs[0]
            bucket = group.bucket(spec)
            if not self._room(group, level, spec, bucket, now)[0]:
                return None
            return self._grant(group, ((spec, bucket),), now, level)
        buckets = [(spec, group.bucket(spec)) for spec in specs]
        for spec, bucket in buckets:
            if not self._room(group, level, spec, bucket, now)[0]:
                return None
        return self._grant(group, buckets, now, level)

    def _grant(
        self,
        group: _Group,
        buckets: Sequence[tuple[BucketSpec, Bucket]],
        now: float,
        priority: int,
    ) -> _MemoryPermit:
        # Every bucket was found with room at this ``now`` (by _room), just before.
        tickets = [(spec, bucket, bucket.take(now)) for spec, bucket in buckets]
        bulk = priority >= Priority.BULK
        if bulk:
            for spec, bucket, ticket in tickets:
                group.count_bulk(spec.category, bucket, ticket, +1)
        return _MemoryPermit(self, group, tickets, bulk)

    def _room(
        self, group: _Group, priority: int, spec: BucketSpec, bucket: Bucket, now: float
    ) -> tuple[bool, float | None]:
        return room(
            self.fairness,
            bucket,
            priority=priority,
            now=now,
            bulk_taken=group.bulk_taken(spec.category, bucket),
            bulk_waiting=group.bulk_waiting(spec.category),
            interactive_seen=group.interactive_seen.get(spec.category),
        )

    def _dispatch(self, group: _Group, now: float) -> None:
        """Hand out permits in queue order; arm the timer for what stays blocked."""
        if not group.waiting and group.wake_at is None and group.timekeeper is None:
            return  # nobody waits and no timer is armed: the pass below would change nothing
        blocked: set[str] = set()
        wake: float | None = None

        def unblocked(need: dict[str, int], held: set[str]) -> bool:
            # A category nobody in this queue waits for never gets blocked: without
            # this check one idle bucket would make every pass walk the whole queue.
            return any(n > 0 and c not in blocked and c not in held for c, n in need.items())

        for priority in sorted(group.queues):
            queue = group.queues[priority]
            need = group.need.get(priority, {})
            skipped: list[_Waiter] = []
            # Categories held back for this priority only (the bulk floor keeps
            # interactive requests out, not the bulk ones it is kept for).
            held: set[str] = set()
            while queue and unblocked(need, held):
                waiter = queue[0]
                if waiter.done:
                    queue.popleft()
                    continue
                if any(s.category in blocked or s.category in held for s, _ in waiter.buckets):
                    skipped.append(queue.popleft())
                    continue
                short: list[tuple[BucketSpec, Bucket, float | None]] = []
                for spec, bucket in waiter.buckets:
                    ok, at = self._room(group, priority, spec, bucket, now)
                    if not ok:
                        short.append((spec, bucket, at))
                if not short:
                    queue.popleft()
                    group.leave(waiter)
                    waiter.permit = self._grant(group, waiter.buckets, now, priority)
                    waiter.event.set()
                    continue
                if all(bucket.probing for _, bucket, _ in short):
                    # Its other buckets are held for it for one round trip, or the
                    # requests behind it would take them before its probe returns.
                    blocked.update(spec.category for spec, _ in waiter.buckets)
                for spec, bucket, at in short:
                    if bucket.available(now) < 1 or priority >= Priority.BULK:
                        blocked.add(spec.category)
                    else:
                        held.add(spec.category)
                    if at is not None and (wake is None or at < wake):
                        wake = at
                skipped.append(queue.popleft())
            queue.extendleft(reversed(skipped))
        if wake != group.wake_at:
            group.wake_at = wake
            if group.timekeeper is not None and group.timekeeper.permit is None:
                group.timekeeper.event.set()  # re-arm its timer
        self._ensure_timekeeper(group)

    def _expire(self, group: _Group, now: float) -> None:
        """Wake the waiters that a new pause keeps past their deadline: they fail now."""
        for waiter in group.waiters():
            if waiter.deadline is None or waiter.permit is not None:
                continue
            opens = _opens_at(waiter.buckets, now)
            if opens is not None and opens > waiter.deadline:
                group.leave(waiter)
                waiter.late = opens
                waiter.event.set()
        self._dispatch(group, now)

    @staticmethod
    def _ensure_timekeeper(group: _Group) -> None:
        """Make sure one waiting task sleeps until ``wake_at`` while anyone waits."""
        keeper = group.timekeeper
        if keeper is not None and keeper.permit is None and not keeper.done:
            return
        group.timekeeper = None
        if group.wake_at is None or group.waiting == 0:
            return
        for priority in sorted(group.queues):
            for waiter in group.queues[priority]:
                if not waiter.done:
                    group.timekeeper = waiter
                    waiter.event.set()  # wake it to arm the timer
                    return

    def stats(self, key: str) -> dict[str, RateLimitStats]:
        """Each bucket of ``key``: limit, remaining, reset, in flight, waiters, 429s."""
        group = self._groups.get(key)
        if group is None:
            return {}
        now = anyio.current_time()
        waiters = group.waiters()
        result = {}
        for category, bucket in group.buckets.items():
            state = bucket.state(now)
            result[category] = RateLimitStats(
                key=key,
                category=category,
                limit=state.limit,
                remaining=state.remaining,
                reset=state.reset,
                in_flight=state.in_flight,
                waiters=sum(
                    1 for w in waiters if any(s.category == category for s, _ in w.buckets)
                ),
                rejected=state.rejected,
                paused_for=max(0.0, state.paused_for),
            )
        return result


def _opens_at(buckets: Sequence[tuple[BucketSpec, Bucket]], now: float) -> float | None:
    """When the last of ``buckets`` that only time can open opens (None: none is so closed)."""
    times = [at for _, bucket in buckets if (at := bucket.closed_until(now)) is not None]
    return max(times) if times else None
