"""Sharing one window between interactive and bulk traffic: pure decisions.

A bulk export that takes a whole window's budget at its first instant leaves a
user's request waiting for the next window, a minute on the real API. So bulk
permits are paced along the window (the permit that would be the window's
n-th goes no earlier than ``n`` window/limit slots after it opened), the last
share of each window (the reserve) is kept for interactive traffic until the
window's last stretch, where it would otherwise go unused, and a floor of each
window is kept for bulk so that heavy interactive traffic cannot starve it.

Pacing is adaptive: an export running alone would pay for it with its last,
part-full window, spread over a whole window instead of sent at once. So bulk
is paced only while an interactive request has been seen on the bucket within
the last ``quiet_after`` windows. The reserve stays held either way, taken by
bulk alone all at once when its stretch begins: it is what answers the first
interactive call after a quiet spell at once, and pacing switches on from it.

Nothing here sleeps or reads a clock: each function takes ``now`` and the
window's estimate and answers with a decision, so the limiter only sleeps until
the next time a decision may change.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from ._bucket import Bucket

__all__ = ["Fairness", "bulk_floor_held", "bulk_not_before", "quiet_from", "room"]

#: Lower values are served first (``Priority.BULK``), kept here to stay free of imports.
BULK = 1


def _windows(_: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and not value > 0.0:
        raise ValueError(f"{attribute.name} must be positive or None, got {value!r}")


def _share(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value < 1.0:
        raise ValueError(f"{attribute.name} must be in [0, 1), got {value!r}")


@attrs.frozen
class Fairness:
    """How one window is shared between interactive and bulk requests.

    The defaults serve a web backend next to a background export: bulk paced,
    a tenth of each window kept for interactive requests, a tenth for bulk.
    """

    #: Share of each window that bulk may take only in the window's last stretch.
    interactive_reserve: float = attrs.field(default=0.1, validator=_share)
    #: Spread bulk permits along the window instead of sending them at its start.
    pace_bulk: bool = True
    #: Share of each window kept for waiting bulk requests, whatever interactive asks.
    bulk_floor: float = attrs.field(default=0.1, validator=_share)
    #: Windows without an interactive request after which bulk goes unpaced
    #: (None: paced always).
    quiet_after: float | None = attrs.field(default=2.0, validator=_windows)

    def reserved(self, limit: int) -> int:
        """Permits of a window of ``limit`` that belong to interactive traffic."""
        return min(limit - 1, math.ceil(self.interactive_reserve * limit - 1e-9))

    def floor(self, limit: int) -> int:
        """Permits of a window of ``limit`` that belong to bulk traffic when it waits.

        Rounded down: a window of one or a few permits stays interactive's.
        """
        return math.floor(self.bulk_floor * limit + 1e-9)


def quiet_from(fairness: Fairness, *, seen: float | None, window: float) -> float:
    """From when bulk counts as alone, given when an interactive request was last seen."""
    if fairness.quiet_after is None:
        return math.inf
    if seen is None:
        return -math.inf
    return seen + fairness.quiet_after * window


def bulk_not_before(
    fairness: Fairness,
    *,
    start: float | None,
    end: float | None,
    limit: int,
    used: int,
    now: float,
    alone: bool = False,
) -> float | None:
    """When the next bulk permit may go: None for now, else the time to ask again.

    ``start`` and ``end`` estimate the server's current window on the local
    clock (None when unknown: the window has not opened, so nothing is paced and
    the bucket's own probing applies); ``used`` counts every request the window
    holds, interactive ones and other consumers' included, so that the window as
    a whole follows the pace. ``alone`` (no interactive traffic lately): bulk
    bursts up to the reserve, and takes the reserve at once in its stretch.
    """
    if start is None or end is None or end <= start or now >= end or limit < 1:
        return None
    slot = (end - start) / limit
    at = start + used * slot if fairness.pace_bulk and not alone else -math.inf
    reserve = fairness.reserved(limit)
    if reserve > 0 and used >= limit - reserve:
        # The reserve goes to bulk only in the window's last slots: one a slot
        # while paced, so that an interactive request finds one up to the end;
        # all at once when bulk runs alone, so that none reaches the server
        # after the window's end while its latency is uncertain.
        at = max(at, end - (reserve if alone else limit - used) * slot)
    return None if now >= at else at


def bulk_floor_held(fairness: Fairness, *, limit: int, bulk_taken: int, bulk_waiting: bool) -> int:
    """Permits an interactive request must leave for bulk in the current window."""
    if not bulk_waiting:
        return 0
    return max(0, fairness.floor(limit) - bulk_taken)


def room(
    fairness: Fairness,
    bucket: Bucket,
    *,
    priority: int,
    now: float,
    bulk_taken: int,
    bulk_waiting: bool,
    interactive_waiting: bool = False,
    interactive_seen: float | None = None,
) -> tuple[bool, float | None]:
    """May a request of ``priority`` take a permit of ``bucket`` now; if not, when to ask.

    The time is None when only an answer or another request's departure can
    change the answer. ``interactive_waiting`` says an interactive request
    waits elsewhere (another process): bulk then goes only for its floor.
    ``interactive_seen`` is when an interactive request last asked for this
    bucket: bulk counts as alone from ``quiet_after`` windows after it.
    """
    free = bucket.available(now)
    if free < 1:
        return False, bucket.next_change(now)
    if bucket.unlimited or not bucket.open:
        return True, None  # nothing to share, or the window's probe
    limit = bucket.limit if bucket.limit is not None else bucket.default_limit
    if priority < BULK:
        held = bulk_floor_held(
            fairness, limit=limit, bulk_taken=bulk_taken, bulk_waiting=bulk_waiting
        )
        if free - held >= 1:
            return True, None
        return False, bucket.next_change(now)
    if interactive_waiting and bulk_taken >= fairness.floor(limit):
        return False, None
    end = bucket.end
    start = bucket.start_lo if bucket.start_lo is not None else bucket.start_hi
    if start is None and end is not None:
        start = end - bucket.window
    quiet = quiet_from(fairness, seen=interactive_seen, window=bucket.window)
    alone = not interactive_waiting and now >= quiet
    at = bulk_not_before(
        fairness,
        start=start,
        end=end,
        limit=limit,
        used=bucket.ours + bucket.foreign,
        now=now,
        alone=alone,
    )
    if at is not None and not alone and not interactive_waiting and quiet < at:
        # Bulk is alone again before that: ask again then, and burst.
        return False, quiet
    return at is None, at
