"""The pure bucket core: one server rate-limit window mirrored on the client.

No I/O and no sleeping here; every method takes ``now`` (seconds on the local
anyio clock) so the logic is tested with plain numbers and property tests.

The server model (seed 000): a window opens with the first request after the
previous one ended and lasts a fixed time; responses carry Limit, Remaining and
Reset (UTC epoch seconds of the rollover, whole seconds). The bucket keeps

* ``ours``: an upper bound on how many of our requests the server counts in its
  current window (everything granted in this window, plus requests still in
  flight from the previous one that may have landed after the rollover);
* ``foreign``: a lower bound on requests from other consumers in the window,
  learned from ``Limit - Remaining`` minus what can be ours;
* ``end``: an upper bound, on the local clock, of the window's end. The server's
  window begins with the first request it counts, between that request's send
  and its answer on our clock; so the end lies at most a round trip before
  ``start_hi + span_hi``, the earliest answer counted in the window plus an upper
  bound on the window's length. That length starts as the policy's window and
  is learned: it is at most the time from a window's opening send to the first
  answer counted in the next window, and at most ``Reset - Date`` (read from one
  response, so clock skew does not matter) plus a second for the whole-second
  headers, rounded either way. Where these leave it unsure, the window's last
  permit is sent halfway through the doubt (the first time, just short of
  ``Reset - Date``: a guess, not a bound, as some servers round Reset up by a
  second or two): counted in the window or opening the next, it narrows the
  length without a 429.

It grants while ``ours + foreign < limit``. Windows are told apart by their
Reset value: a larger Reset means the server rolled over, a smaller one is a
late answer about a window that is gone. Before a window's first answer the
bucket lets a single probe out, then opens up (like TCP slow start).
"""

from __future__ import annotations

import logging
from typing import Any

import attrs

__all__ = ["Bucket", "BucketState", "Observation", "Ticket"]

logger = logging.getLogger("thousandeyes_async.ratelimit")

#: Bounded backoff when a 429 says neither Reset nor Retry-After.
BACKOFF_BASE = 1.0
BACKOFF_CAP = 60.0
#: Reset values this close (seconds) name the same window: rounding may differ.
#: Short windows get less (a quarter window), or consecutive windows would merge.
RESET_JITTER = 1.0
#: The window's length is learned until its bounds are this close (seconds, or
#: this share of the window); round trips keep them from closing much further.
SPAN_TOLERANCE = 0.05
SPAN_TOLERANCE_RATIO = 0.02
#: Added to every upper bound learned on a window's length: more than float
#: rounding can take away.
END_SLACK = 1e-6
#: What a bucket grants at once when the server does not limit its budget.
UNLIMITED = 1 << 30
#: No pause lasts longer than this many windows, whatever the server asks: a
#: Retry-After of a day, a Reset a year ahead or a Date in 1970 would otherwise
#: stop every client of the organization for as long.
MAX_PAUSE_WINDOWS = 3
#: Seconds an honest wait for Reset may exceed the window: two whole-second headers
#: and the second added for them.
WHOLE_SECOND_SLACK = 3.0


@attrs.frozen
class Observation:
    """What one response says about one bucket (all fields optional)."""

    status: int | None = None
    limit: int | None = None
    remaining: int | None = None
    #: Server epoch seconds of the window's end.
    reset: float | None = None
    #: Server epoch seconds of the response (its ``Date`` header).
    date: float | None = None
    #: Seconds from ``Retry-After``.
    retry_after: float | None = None

    @property
    def has_window(self) -> bool:
        return self.reset is not None and self.date is not None


@attrs.define(eq=False)
class Ticket:
    """One granted request as the bucket tracks it until it is settled."""

    seq: int
    epoch: int
    #: Moved into a newer window while in flight: it may count in either one.
    carried: bool = False
    granted_at: float = 0.0
    sent: bool = False
    settled: bool = False


@attrs.frozen
class BucketState:
    """A snapshot of a bucket for stats and logs."""

    limit: int | None
    remaining: int | None
    reset: float | None
    in_flight: int
    rejected: int
    paused_for: float


class Bucket:
    """One (organization, category) budget, following the server's window.

    ``dynamic`` buckets read headers; static ones (``dynamic=False``, e.g. the
    snapshot limit of 5 per 300 s) only count and never probe.
    """

    def __init__(self, *, limit: int, window: float, dynamic: bool = True) -> None:
        if limit < 1:
            raise ValueError(f"limit must be >= 1, got {limit!r}")
        if window <= 0:
            raise ValueError(f"window must be > 0, got {window!r}")
        self.default_limit = limit
        self.window = float(window)
        self._jitter = min(RESET_JITTER, self.window / 4)
        self.dynamic = dynamic
        #: Known limit; None until the server said it (dynamic buckets).
        self.limit: int | None = None if dynamic else limit
        self.epoch = 0
        self.ours = 0
        self.foreign = 0
        self.end: float | None = None
        #: Reset of the current server window (None: not seen in this window yet).
        self.reset: float | None = None
        self.prev_reset: float | None = None
        #: True once the window answered (or for static buckets): no more probing.
        self.open = not dynamic
        self.paused_until: float | None = None
        #: Bounds on the server's window length, learned from local timing: the
        #: window's end is placed at ``start_hi + span_hi``, to within a round trip.
        self.span_lo = 0.0
        self.span_hi = self.window
        #: Reset minus Date of a window's first answer: where to probe first, never a
        #: bound (a server may round Reset up by a second or two). Used for one window.
        self.span_guess: float | None = None
        self.guessed = False
        #: The window's length once its bounds closed in; kept across a 429 (which
        #: starts the learning over) to cap pauses at a few of the server's windows.
        self.learned_window: float | None = None
        #: Local bounds on when the server's current window began: ``start_lo`` is
        #: the send of the request that opened it (known when its answer said it was
        #: the first one counted), ``start_hi`` the earliest answer counted in it.
        self.start_lo: float | None = None
        self.start_hi: float | None = None
        self.prev_start_lo: float | None = None
        self.prev_start_hi: float | None = None
        #: The server answered without this bucket's headers and never sent them:
        #: it does not limit this budget, so nothing is paced until a header or a 429.
        self.unlimited = False
        self.headers_seen = False
        self.rejected = 0
        self._consecutive_429 = 0
        self._seq = 0
        self._in_flight: dict[int, Ticket] = {}

    # -- reading ----------------------------------------------------------------

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    def available(self, now: float) -> int:
        """How many requests may be granted right now."""
        self.advance(now)
        if self.paused_until is not None:
            return 0
        if self.unlimited:
            return UNLIMITED
        if not self.open:
            probing = any(not t.carried for t in self._in_flight.values())
            return 0 if probing else 1
        limit = self.limit if self.limit is not None else self.default_limit
        free = max(0, limit - self.ours - self.foreign)
        if self.foreign > 0 and free <= max(1, limit // 10):
            # Someone else shares the window: near its end, one request at a time,
            # so their next requests cost us at most one 429 instead of a burst.
            return 0 if self._in_flight else min(free, 1)
        edge = self._edge_probe_at()
        if edge is not None and now < edge and free >= 1:
            # The window's last request waits to probe where the window ends.
            return free - 1
        return free

    def _edge_probe_at(self) -> float | None:
        """When the window's last permit goes out to learn the window's length.

        Sent at the middle of what the length may be, it is counted either in
        this window (it used the permit kept for it) or as the opener of the
        next one (the window was shorter): both narrow the bounds, no 429 either
        way. Once they are narrow, no permit is held back.
        """
        if not self.dynamic or self.start_hi is None or self.foreign > 0:
            return None
        tolerance = max(SPAN_TOLERANCE, self.span_hi * SPAN_TOLERANCE_RATIO)
        if self.span_hi - self.span_lo <= tolerance:
            return None
        point = (self.span_lo + self.span_hi) / 2
        if self.span_guess is not None and self.span_lo < self.span_hi - tolerance:
            # Just short of the headers' guess: an honest server's length is learned at
            # once; a Reset rounded up is caught when this probe opens the next window.
            guess = min(self.span_guess, self.span_hi - tolerance)
            if guess > self.span_lo:
                point = guess
        return self.start_hi + point

    @property
    def probing(self) -> bool:
        """Waiting for the first answer of a window: room is about to be known."""
        return not self.open and self.paused_until is None

    def next_change(self, now: float) -> float | None:
        """When time alone may free capacity (None: only a response can)."""
        self.advance(now)
        if self.paused_until is not None:
            return self.paused_until
        edge = self._edge_probe_at()
        if edge is not None and edge > now and (self.end is None or edge < self.end):
            return edge
        return self.end

    def closed_until(self, now: float) -> float | None:
        """The earliest time this bucket can grant again, when only time can open it.

        That is the end of a pause, or of a window spent with nothing in flight;
        None while it has room or an answer still to come may give it some.
        """
        self.advance(now)
        if self.paused_until is not None:
            return self.paused_until
        if not self.open or self.unlimited or self.end is None or self._in_flight:
            return None
        limit = self.limit if self.limit is not None else self.default_limit
        return self.end if self.ours + self.foreign >= limit else None

    def state(self, now: float) -> BucketState:
        self.advance(now)
        remaining = None
        if self.limit is not None:
            remaining = max(0, self.limit - self.ours - self.foreign)
        paused = 0.0 if self.paused_until is None else self.paused_until - now
        return BucketState(
            limit=self.limit,
            remaining=remaining,
            reset=self.reset,
            in_flight=self.in_flight,
            rejected=self.rejected,
            paused_for=paused,
        )

    # -- time -------------------------------------------------------------------

    def advance(self, now: float) -> None:
        """Roll over when the window has surely ended or a pause is over."""
        if self.paused_until is not None:
            if now < self.paused_until:
                return
            self.paused_until = None
            self._rollover()
            return
        if self.end is not None and now >= self.end:
            self._rollover()

    def _rollover(self) -> None:
        # The server's window is over; what is still in flight may land in the next.
        self.epoch += 1
        self.ours = len(self._in_flight)
        for ticket in self._in_flight.values():
            ticket.epoch = self.epoch
            ticket.carried = True
        self.foreign = 0
        self.end = None
        self.prev_start_lo, self.prev_start_hi = self.start_lo, self.start_hi
        self.start_lo = self.start_hi = None
        self.span_guess = None
        if self.reset is not None:
            self.prev_reset = self.reset
        self.reset = None
        self.open = not self.dynamic

    # -- sharing (the Redis backend stores this state) ----------------------------

    _FIELDS = (
        "default_limit",
        "window",
        "dynamic",
        "limit",
        "epoch",
        "ours",
        "foreign",
        "end",
        "reset",
        "prev_reset",
        "open",
        "paused_until",
        "rejected",
        "_consecutive_429",
        "_seq",
        "span_lo",
        "span_hi",
        "span_guess",
        "guessed",
        "learned_window",
        "start_lo",
        "start_hi",
        "prev_start_lo",
        "prev_start_hi",
        "unlimited",
        "headers_seen",
    )

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self._FIELDS}
        data["in_flight"] = [
            [t.seq, t.epoch, t.carried, t.granted_at] for t in self._in_flight.values()
        ]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Bucket:
        bucket = cls(limit=data["default_limit"], window=data["window"], dynamic=data["dynamic"])
        for name in cls._FIELDS:
            if name in data:  # state stored by an older version lacks the newer fields
                setattr(bucket, name, data[name])
        for seq, epoch, carried, granted_at in data["in_flight"]:
            bucket._in_flight[seq] = Ticket(seq, epoch, carried, granted_at)
        return bucket

    def ticket(self, seq: int) -> Ticket | None:
        """The in-flight ticket with this number (None once settled or forgotten)."""
        return self._in_flight.get(seq)

    def forget_stale(self, now: float, max_age: float) -> int:
        """Drop tickets granted more than ``max_age`` ago: their holder is gone.

        A process that dies with permits in hand never settles them; without
        this they would hold back probes and shrink every later window.
        """
        stale = [s for s, t in self._in_flight.items() if now - t.granted_at > max_age]
        for seq in stale:
            del self._in_flight[seq]
        if stale and self.end is None:
            # No answer will ever date their window: it is over by now.
            self.end = now
        return len(stale)

    # -- granting ---------------------------------------------------------------

    def grant(self, now: float) -> Ticket:
        if self.available(now) < 1:
            raise RuntimeError("grant() without available capacity")
        return self.take(now)

    def take(self, now: float) -> Ticket:
        """:meth:`grant` for a caller that found room at this same ``now``: the
        check is not made twice on every request."""
        self._seq += 1
        ticket = Ticket(seq=self._seq, epoch=self.epoch, granted_at=now)
        self._in_flight[ticket.seq] = ticket
        self.ours += 1
        return ticket

    def release(self, ticket: Ticket, now: float) -> None:
        """Give back a ticket whose request was never sent: it consumed nothing."""
        if ticket.settled:
            return
        ticket.settled = True
        self._in_flight.pop(ticket.seq, None)
        self.advance(now)
        if ticket.epoch == self.epoch:
            self.ours = max(0, self.ours - 1)

    def settle(
        self, ticket: Ticket, now: float, obs: Observation | None, *, pause: bool = True
    ) -> bool:
        """Account a sent request with what its response said (None: no response).

        On a 429 the bucket holds back until the server's Reset when the headers
        show it exhausted; otherwise, when ``pause`` is set (the caller decided
        this bucket is the one to blame), it pauses for Retry-After or a bounded
        backoff. Returns True when it paced the 429 in one of these ways, so
        the caller retries through the bucket instead of sleeping on its own.
        """
        if ticket.settled:
            return False
        if not ticket.sent:
            self.release(ticket, now)
            return False
        ticket.settled = True
        self._in_flight.pop(ticket.seq, None)
        self.advance(now)
        if obs is None:
            # No answer: it may still count, so ``ours`` keeps it; a lost probe
            # no longer blocks the next one because it left ``_in_flight``. A
            # static bucket learns only the time from an answer, so a lost one
            # dates its window too: else a window of lost requests never ends.
            if not self.dynamic:
                self._observe(ticket, now, Observation())
            return False
        if obs.status == 429:
            self.rejected += 1
            self._consecutive_429 += 1
            # Refused: perhaps the window is longer than learned (or someone else
            # spent it). Learn its length again from the policy's and the headers'.
            self.span_lo, self.span_hi = 0.0, self.window
            self.guessed = False
        elif obs.status is not None and obs.status < 400:
            self._consecutive_429 = 0
        self._observe(ticket, now, obs)
        if obs.status != 429:
            return False
        if self.exhausted_by(obs):
            self._hold_until_reset(now, obs)
            return True
        if pause:
            self._pause(now, obs)
            return True
        return False

    @staticmethod
    def exhausted_by(obs: Observation) -> bool:
        """True when a 429's headers show this bucket's window used up."""
        return obs.remaining is not None and obs.remaining <= 0 and obs.has_window

    def _observe(self, ticket: Ticket, now: float, obs: Observation) -> None:
        if self.dynamic and self._headerless(ticket, obs):
            return
        if not self.dynamic or not obs.has_window:
            if ticket.epoch == self.epoch:
                if self.end is None and not ticket.carried:
                    self.end = now + self.window
                if not self.open:
                    self.open = True
                    if self.limit is None:
                        self.limit = self.default_limit
            return
        assert obs.reset is not None
        assert obs.date is not None
        if self.reset is not None:
            stale = obs.reset < self.reset - self._jitter
        elif ticket.epoch == self.epoch and not ticket.carried:
            # Sent after our rollover, it was counted in the server's current window:
            # naming the previous Reset means that window still runs (a pause ended
            # before it did), so it is adopted, not ignored.
            stale = False
        else:
            stale = self.prev_reset is not None and obs.reset <= self.prev_reset + self._jitter
        if stale:
            if ticket.epoch == self.epoch and ticket.carried:
                # It was counted in the window that is gone, not in this one.
                self.ours = max(0, self.ours - 1)
            # Counted before the previous window ended: that window lasted longer.
            if self.prev_start_hi is not None:
                self._learn_span(lower=ticket.granted_at - self.prev_start_hi)
            return
        if self.reset is not None and obs.reset > self.reset + self._jitter:
            # The server rolled over before our bound on its window end.
            self._rollover()
            self.ours += 1  # this request, counted in the new window
        if self.reset is None and self.prev_start_lo is not None and obs.status != 429:
            # The first answer of a new window: it was counted after the previous
            # window ended, so that window was no longer than this. (A 429 was not
            # counted: its Reset may lie past a window that has not rolled over.)
            self._learn_span(upper=now - self.prev_start_lo)
        if self.reset is None or obs.reset > self.reset:
            self.reset = obs.reset
        self.open = True
        if obs.limit is not None and obs.limit >= 1:
            self.limit = obs.limit
        elif self.limit is None:
            self.limit = self.default_limit
        if obs.remaining is not None and obs.status != 429:
            used = self.limit - max(0, obs.remaining)
            self.foreign = max(self.foreign, used - self.ours)
            if used == 1 and self.start_lo is None:
                # The first request the server counted in this window: the window
                # began between its send and its answer.
                self.start_lo = ticket.granted_at
                if obs.reset >= obs.date and not self.guessed:
                    # Its Reset minus Date is the window's length give or take the
                    # rounding of each: a first guess of where to probe, no bound.
                    self.span_guess = obs.reset - obs.date - 1.0
                    self.guessed = True
        elif obs.remaining is not None and obs.remaining <= 0:
            self.foreign = max(self.foreign, self.limit - self.ours)
        # The window began no later than any answer counted in it, and lasts longer
        # than any request counted in it was sent after that.
        if self.start_hi is None or now < self.start_hi:
            self.start_hi = now
        self._learn_span(lower=ticket.granted_at - self.start_hi)
        # Whole-second Date and Reset: add a second so the bound is never early.
        # A Reset before the Date cannot describe the window that counted this
        # request (two Date headers, a proxy's clock): only the window length holds.
        if obs.reset >= obs.date:
            by_headers = now + obs.reset - obs.date + 1.0
            if self.start_lo is not None:
                self._learn_span(upper=by_headers - self.start_lo)
            self._bound_end(by_headers)
        self._bound_end(self.start_hi + self.span_hi)

    def _bound_end(self, bound: float) -> None:
        self.end = bound if self.end is None else min(self.end, bound)

    def _learn_span(self, *, lower: float | None = None, upper: float | None = None) -> None:
        # The upper bound is what keeps requests from going out early: it always
        # holds. The lower one only chooses where to probe, so it yields.
        if upper is not None:
            # A difference of clock readings: rounded, it can come out a hair
            # short, and a request sent at the end it gives lands a hair early.
            upper += END_SLACK
        if upper is not None and upper < self.span_hi:
            self.span_hi = max(0.0, upper)
        if lower is not None and lower > self.span_lo:
            self.span_lo = lower
        self.span_lo = min(self.span_lo, self.span_hi)
        tolerance = max(SPAN_TOLERANCE, self.span_hi * SPAN_TOLERANCE_RATIO)
        if self.span_hi > 0 and self.span_hi - self.span_lo <= tolerance:
            self.learned_window = self.span_hi

    def _headerless(self, ticket: Ticket, obs: Observation) -> bool:
        """Follow a server that does not limit this budget; True when ``obs`` is done with."""
        said = obs.limit is not None or obs.remaining is not None or obs.reset is not None
        if said or obs.status == 429:
            self.headers_seen = self.headers_seen or said
            if self.unlimited:
                # Limits after all: start over, counting what is in flight and this one.
                self.unlimited = False
                self._rollover()
                self.ours += 1
            return False
        if self.headers_seen or obs.status is None or obs.status >= 400:
            return False
        if (
            not self.unlimited
            and ticket.epoch == self.epoch
            and not ticket.carried
            and not self.open
        ):
            # The window's probe came back without a word on limits: there are none.
            self.unlimited = True
        return self.unlimited

    def _hold_until_reset(self, now: float, obs: Observation) -> None:
        # A refusal that names its Reset lets nothing through before it, even when
        # the Reset lies beyond the window we expected (a window the server stretched,
        # or one we took for stale): otherwise every retry would collect its own 429.
        if obs.reset is None or obs.date is None:
            return
        asked = max(0.0, obs.reset - obs.date) + 1.0
        self._pause_for(now, asked, f"Reset {obs.reset:.0f} against Date {obs.date:.0f}")

    def _pause(self, now: float, obs: Observation) -> None:
        if obs.retry_after is not None:
            self._pause_for(now, max(0.0, obs.retry_after), f"Retry-After {obs.retry_after:g}")
        else:
            delay = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (self._consecutive_429 - 1))
            self._pause_for(now, delay, "backoff")

    def _pause_for(self, now: float, asked: float, source: str) -> None:
        # The server's own window when it was learned (the sandbox's 5 s under a
        # policy of 60 s), else the policy's.
        window = self.window
        if self.learned_window is not None:
            window = min(window, self.learned_window)
        cap = MAX_PAUSE_WINDOWS * window
        delay = min(asked, cap)
        # Reset and Date in whole seconds (and the second added for them) may
        # stretch an ordinary wait for the reset past a short window.
        if asked > window + WHOLE_SECOND_SLACK:
            logger.warning(
                "the server asked for a pause of %.0fs (%s), longer than the %.1fs window; "
                "pausing %.1fs",
                asked,
                source,
                window,
                delay,
            )
        until = now + delay
        if self.paused_until is None or until > self.paused_until:
            self.paused_until = until
