"""``te.snapshots``: share a time range of a test's data (seed 002, ``POST /snapshot``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Final, Literal, overload

import httpx

from .._errors import ResponseDecodeError
from .._options import UNSET
from .._timerange import format_timestamp
from ..models import structure_snapshot
from ..models.v6 import Snapshot
from ..ratelimit._api import Priority
from ._arguments import path_id, require_bool
from ._group import ResourceGroup

__all__ = ["SNAPSHOT_HOURS", "SnapshotsResource"]

#: The only durations the server accepts for a snapshot, in hours (seed 002).
SNAPSHOT_HOURS: Final = (1, 2, 4, 6, 12, 24, 48)


def _snapshot_range(start: datetime, end: datetime) -> tuple[str, str]:
    start_text, end_text = format_timestamp(start), format_timestamp(end)
    length = end - start
    if length not in {timedelta(hours=hours) for hours in SNAPSHOT_HOURS}:
        allowed = ", ".join(str(hours) for hours in SNAPSHOT_HOURS)
        raise ValueError(
            f"a snapshot must span exactly {allowed} hours; {start.isoformat()} to "
            f"{end.isoformat()} is {length}"
        )
    return start_text, end_text


class SnapshotsResource(ResourceGroup):
    """Create snapshots (at most 5 per organization every 5 minutes, seed 002)."""

    __slots__ = ()

    @overload
    async def create(
        self,
        test_id: int,
        display_name: str,
        start: datetime,
        end: datetime,
        public: bool = ...,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[False] = ...,
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> Snapshot: ...
    @overload
    async def create(
        self,
        test_id: int,
        display_name: str,
        start: datetime,
        end: datetime,
        public: bool = ...,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[True],
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> dict[str, Any]: ...
    async def create(
        self,
        test_id: int,
        display_name: str,
        start: datetime,
        end: datetime,
        public: bool = False,
        *,
        account_group_id: int | str | None = None,
        raw: bool = False,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = UNSET,  # noqa: ASYNC109 (a per-call option)
    ) -> Snapshot | dict[str, Any]:
        """Snapshot ``test_id`` from ``start`` to ``end`` (aware datetimes).

        ``public=True`` makes a share link instead of a saved event. The span must
        be 1, 2, 4, 6, 12, 24 or 48 hours: anything else is refused before sending.
        Returns the created snapshot (the body's ``link``; the whole body when raw).
        """
        test = path_id("test_id", test_id)
        if not isinstance(display_name, str) or not display_name.strip():
            raise ValueError("display_name must be a non-empty string")
        start_text, end_text = _snapshot_range(start, end)
        require_bool("public", public)
        require_bool("raw", raw)
        endpoint = f"POST {self._path('snapshot')}"
        body = await self._client.request(
            "POST",
            "snapshot",
            json={
                "testId": test,
                "displayName": display_name,
                "from": start_text,
                "to": end_text,
                "isPublic": 1 if public else 0,
            },
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )
        if raw:
            if not isinstance(body, dict):
                raise ResponseDecodeError("expected a JSON object", endpoint=endpoint)
            return body
        return structure_snapshot(body, endpoint=endpoint)
