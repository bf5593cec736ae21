"""Server-side parsing of ``window`` / ``from`` / ``to`` as seed 000 describes it."""

from __future__ import annotations

import re
from datetime import UTC, datetime

__all__ = ["TimeRangeError", "parse_timestamp", "resolve_range", "wire_timestamp"]

_WINDOW = re.compile(r"^([0-9]+)([smhdw]?)$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})$")


class TimeRangeError(ValueError):
    """A time range the server answers 400 to."""


def parse_timestamp(value: str) -> int:
    """``YYYY-mm-ddTHH:MM:SS`` (or with a space), UTC, to epoch seconds."""
    match = _TIMESTAMP.match(value.strip())
    if match is None:
        raise TimeRangeError(
            f"malformed date {value!r}: expected YYYY-mm-ddTHH:MM:SS (full time, UTC)"
        )
    try:
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError as exc:
        raise TimeRangeError(f"invalid date {value!r}: {exc}") from exc
    return int(moment.timestamp())


def wire_timestamp(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")


def resolve_range(params: dict[str, str], now: int, interval: int) -> tuple[int, int]:
    """Return (start, end) in epoch seconds, both inclusive.

    Without a range, the current round is returned (seed 001: "the current
    round of data will be returned"): the last round that has started.
    """
    window = params.get("window")
    start_text = params.get("from")
    end_text = params.get("to")
    if window is not None and (start_text is not None or end_text is not None):
        raise TimeRangeError("window and from/to are mutually exclusive")
    if end_text is not None and start_text is None:
        raise TimeRangeError("to requires from")
    if window is not None:
        match = _WINDOW.match(window)
        if match is None:
            raise TimeRangeError(f"malformed window {window!r}: expected [0-9]+[smhdw]?")
        return now - int(match.group(1)) * _UNIT[match.group(2)], now
    if start_text is not None:
        start = parse_timestamp(start_text)
        end = parse_timestamp(end_text) if end_text is not None else now
        if end < start:
            raise TimeRangeError("to is before from")
        return start, end
    current = (now // interval) * interval
    return current, current
