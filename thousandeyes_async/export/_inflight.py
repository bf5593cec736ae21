"""How many slices an export fetches at once, from the latency it observes.

Little's law: requests in flight = rate x latency. The server grants a window's
budget from the window's first request, and an export's time is counted in whole
windows from there, so the budget is used best when each window's share is sent
early, not spread over the window: the last window, where the export ends, then
lasts a round trip or two instead of most of a minute. The rate to aim for is
therefore the window's limit over a small share of the window, and the slices in
flight follow the observed latency, plus a margin, within a cap.
"""

from __future__ import annotations

import math
from typing import Final

__all__ = ["DEFAULT_CAP", "InFlightTarget"]

#: Slices in flight at most unless the caller chooses (each holds its records).
DEFAULT_CAP: Final = 256
#: The share of a window within which its budget should be sent.
SPEND_SHARE: Final = 1 / 32
#: Extra slices above what the latency asks for (latency varies, slices have gaps).
MARGIN: Final = 0.25
#: Slices in flight before the first answer, and at the least.
FLOOR: Final = 4
#: Weight of the newest latency sample in the running estimate.
SMOOTHING: Final = 0.2


class InFlightTarget:
    """The number of slices to keep in flight, between ``FLOOR`` and ``cap``."""

    def __init__(self, cap: int = DEFAULT_CAP) -> None:
        if cap < 1:
            raise ValueError(f"the cap must be at least 1, got {cap}")
        self.cap = cap
        #: Running estimate of a request's round trip (None before the first answer).
        self.latency: float | None = None

    def observe(self, seconds: float) -> None:
        """Fold one request's round trip (sent to answered, limiter wait excluded) in."""
        if not math.isfinite(seconds) or seconds < 0:
            return
        if self.latency is None:
            self.latency = seconds
        else:
            self.latency += SMOOTHING * (seconds - self.latency)

    def target(self, limit: int, window: float) -> int:
        """Slices to keep in flight for a budget of ``limit`` requests per ``window`` seconds."""
        ceiling = max(1, min(self.cap, limit))
        if self.latency is None or limit <= 0 or window <= 0:
            return min(FLOOR, ceiling)
        rate = limit / (window * SPEND_SHARE)
        wanted = math.ceil(rate * self.latency * (1 + MARGIN))
        return max(min(FLOOR, ceiling), min(wanted, ceiling))
