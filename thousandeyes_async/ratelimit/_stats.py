"""What a bucket looks like from outside: for progress displays, logs and tests."""

from __future__ import annotations

import attrs

__all__ = ["RateLimitStats"]


@attrs.frozen
class RateLimitStats:
    """One bucket of one organization key, as the limiter currently sees it."""

    key: str
    category: str
    #: The server's limit per window (None until a response said it).
    limit: int | None
    #: Requests the limiter may still let out in this window (its estimate).
    remaining: int | None
    #: Server epoch seconds of the current window's end, from the Reset header.
    reset: float | None
    in_flight: int
    waiters: int
    #: 429 answers seen for this bucket.
    rejected: int
    #: Seconds left of a pause after a 429 (0 when not paused).
    paused_for: float = 0.0
