"""v7 time ranges (``window`` / ``startDate`` / ``endDate``) and the opaque page cursor.

The cursor carries the resolved range and the offset of the next page, so that
following ``_links.next`` reads the range the first page saw (a relative window
does not slide between pages) and a client cannot build one from a page number.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import UTC, datetime

import attrs

from ._v7_problems import ValidationProblem

__all__ = ["Cursor", "Range", "iso_date", "parse_iso_date", "resolve_v7_range"]

_WINDOW = re.compile(r"^([0-9]+)([smhdw]?)$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]00:?00)$", re.IGNORECASE
)


def iso_date(epoch: float) -> str:
    """The v7 ``date-time``: ISO 8601 in UTC with a ``Z``."""
    return datetime.fromtimestamp(int(epoch), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso_date(value: str, field: str) -> int:
    """A complete ISO 8601 date-time in UTC (``Z`` or a zero offset) to epoch seconds."""
    match = _ISO.match(value.strip())
    if match is None:
        raise ValidationProblem(
            field,
            f"{field} must be a complete ISO 8601 date-time in UTC, like 2022-07-17T22:00:54Z",
        )
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError as exc:
        raise ValidationProblem(field, f"{field} is not a valid date: {exc}") from exc
    return int(moment.timestamp())


@attrs.frozen
class Range:
    """Round ids in ``[start, end]``; ``explicit`` when the request named a range."""

    start: int
    end: int
    explicit: bool


def resolve_v7_range(params: dict[str, str], now: int, interval: int) -> Range:
    """The range a query asks for; without one, the last round that has started."""
    window = params.get("window")
    start_text = params.get("startDate")
    end_text = params.get("endDate")
    if window is not None and (start_text is not None or end_text is not None):
        field = "startDate" if start_text is not None else "endDate"
        raise ValidationProblem(field, "window cannot be used with startDate or endDate")
    if end_text is not None and start_text is None:
        raise ValidationProblem("endDate", "endDate must be used with startDate")
    if window is not None:
        match = _WINDOW.match(window)
        if match is None:
            raise ValidationProblem("window", "window must be a number and an optional s/m/h/d/w")
        return Range(now - int(match.group(1)) * _UNIT[match.group(2)], now, True)
    if start_text is not None:
        start = parse_iso_date(start_text, "startDate")
        end = parse_iso_date(end_text, "endDate") if end_text is not None else now
        if end < start:
            raise ValidationProblem("endDate", "endDate is before startDate")
        return Range(start, end, True)
    current = (now // interval) * interval
    return Range(current, current, False)


@attrs.frozen
class Cursor:
    """Where the next page starts, for which operation and test, over which range."""

    operation: str
    test_id: int
    range: Range
    offset: int

    def encode(self) -> str:
        state = [self.operation, self.test_id, self.range.start, self.range.end]
        state += [int(self.range.explicit), self.offset]
        raw = json.dumps(state, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str, operation: str, test_id: int) -> Cursor:
        """The cursor a page link carried; a 400 if it is not one of ours for this query."""
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            state = json.loads(raw)
            name, test, start, end, explicit, offset = state
            if not all(isinstance(v, int) for v in (test, start, end, explicit, offset)):
                raise ValueError("not integers")
        except (binascii.Error, ValueError, TypeError):
            raise ValidationProblem("cursor", "cursor is not valid") from None
        if name != operation or test != test_id or offset < 0 or end < start:
            raise ValidationProblem("cursor", "cursor does not belong to this query")
        return cls(operation, test_id, Range(start, end, bool(explicit)), offset)
