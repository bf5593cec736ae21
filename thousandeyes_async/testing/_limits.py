"""Server-side rate-limit windows, as the ThousandEyes v6 server keeps them (seed 000).

"The limit rolls over one minute from the first request in a batch": a window
opens at the first request after the previous window ended and lasts
``length`` seconds. Only accepted requests are counted; a request answered 429
takes nothing from the budget (the real server counts the requests it serves),
so a client that keeps knocking during a full window does not push the
rollover later. Everything here is pure: time is passed in.
"""

from __future__ import annotations

import math
from collections import deque

import attrs

__all__ = ["Decision", "FixedWindow", "SlidingCounter"]


@attrs.frozen
class Decision:
    """One window's answer to a request: allowed or not, and the header values."""

    allowed: bool
    limit: int
    remaining: int
    #: Whole epoch seconds of the window's end (rounded up, never early).
    reset: int


@attrs.define
class FixedWindow:
    """A budget of ``limit`` requests per window of ``length`` seconds."""

    limit: int
    length: float
    count: int = 0
    #: End of the current window in emulator epoch seconds; None before the first request.
    ends_at: float | None = None

    def _roll(self, now: float) -> None:
        if self.ends_at is None or now >= self.ends_at:
            self.open(now)

    def open(self, now: float) -> None:
        """Start a new window at ``now`` (the first request after the previous one ended)."""
        self.ends_at = now + self.length
        self.count = 0

    def peek(self, now: float) -> Decision:
        """The state a request arriving at ``now`` would see, taking nothing."""
        if self.ends_at is None or now >= self.ends_at:
            return Decision(True, self.limit, self.limit, math.ceil(now + self.length))
        allowed = self.count < self.limit
        return Decision(allowed, self.limit, max(0, self.limit - self.count), self.reset_at)

    @property
    def reset_at(self) -> int:
        assert self.ends_at is not None
        return math.ceil(self.ends_at)

    def take(self, now: float, amount: int = 1) -> Decision:
        """Count ``amount`` accepted requests at ``now`` (call only when allowed)."""
        self._roll(now)
        self.count += amount
        return Decision(True, self.limit, max(0, self.limit - self.count), self.reset_at)

    def take_up_to(self, now: float, amount: int) -> int:
        """Take at most ``amount`` from what is left; returns how many were taken."""
        self._roll(now)
        taken = max(0, min(amount, self.limit - self.count))
        self.count += taken
        return taken


@attrs.define
class SlidingCounter:
    """Events in the last ``length`` seconds (the 401s behind the source-IP block)."""

    length: float
    events: deque[float] = attrs.field(factory=deque)

    def add(self, now: float) -> None:
        self.events.append(now)

    def count(self, now: float) -> int:
        while self.events and self.events[0] <= now - self.length:
            self.events.popleft()
        return len(self.events)
