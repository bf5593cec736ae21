"""The server's now, and a planned time range checked against it.

Rounds after the server's now do not exist yet, so a range that runs past it is
clipped (and the summary says so), and one that starts at or after it is a usage
error: neither may pass for an export that found nothing. The clock is the
server's (its ``Date`` header), not the machine's, so clock skew does not matter.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from .._observers import ResponseEvent
from ..ratelimit import Priority
from ..ratelimit._policy import http_date
from ._clients import ExportClient
from ._errors import RangeAfterNowError
from ._plan import TimeRange

__all__ = ["RangeAfterNowError", "clip_to_server_now", "reading_server_date", "server_now"]


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(int(epoch), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def range_after_now(start: int, now: float) -> RangeAfterNowError:
    """The error for a range that starts at ``start``, not before the server's ``now``."""
    return RangeAfterNowError(
        f"the time range starts at {_iso(start)}, not before the server's now "
        f"({_iso(now)}, server time): it holds no round yet; choose an earlier --from"
    )


def clip_to_server_now(time_range: TimeRange, now: float) -> TimeRange:
    """``time_range`` ending no later than the server's ``now`` (on a whole second).

    Raises :class:`RangeAfterNowError` when nothing of it lies before ``now``.
    """
    limit = int(now)
    if time_range.start >= limit:
        raise range_after_now(time_range.start, now)
    if time_range.end <= limit:
        return time_range
    return TimeRange(time_range.start, limit)


def clipped_note(end: int) -> str:
    """How the summary says that the range was clipped."""
    return f"range clipped to {_iso(end)} (server time)"


@contextmanager
def reading_server_date(client: ExportClient) -> Iterator[list[float]]:
    """Collect the server's clock from the ``Date`` of each response inside the block."""
    seen: list[float] = []

    def read_date(event: ResponseEvent) -> None:
        # The pipeline's own parser: a Date without a zone is UTC, not local time.
        server_time = http_date(None if event.headers is None else event.headers.get("Date"))
        if server_time is not None:
            seen.append(server_time)

    with client.on_response(read_date):
        yield seen


async def server_now(client: ExportClient, account_group_id: int | str | None) -> float | None:
    """The server's clock, from one ``GET tests`` (its first page); None without a Date."""
    with reading_server_date(client) as seen:
        await client.request(
            "GET", "tests", account_group_id=account_group_id, priority=Priority.BULK
        )
    return seen[-1] if seen else None
