"""Time ranges as the API takes them: ``window`` or ``from``/``to``, and round ids.

Validation happens here, before any request, so that a mistake costs no request
from the organization's budget.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

__all__ = [
    "EARLIEST",
    "MAX_WINDOW",
    "WindowLike",
    "format_timestamp",
    "iso_time_range_params",
    "parse_window",
    "round_id",
    "round_start",
    "time_range_params",
]

WindowLike = str | int | timedelta

_WINDOW = re.compile(r"([0-9]+)([smhdw]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_WIRE_FORMAT = "%Y-%m-%dT%H:%M:%S"
#: The longest window, in seconds: about ten years, more than the API keeps. Without a
#: cap a typo such as ``999999d`` (2,700 years, back past year 1) reaches the server,
#: which fails on it or tries to expand millions of rounds.
MAX_WINDOW = 3660 * 86400
#: The earliest time a range may start: round ids are epoch seconds, and the wire
#: format has no room for years before 1000 (year 1 would go out as ``1-01-01``).
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)


def parse_window(window: WindowLike) -> int:
    """Return a window's length in seconds; refuse anything the server would not accept."""
    if isinstance(window, bool):
        raise TypeError("window must be a string such as '12h', an int of seconds or a timedelta")
    if isinstance(window, timedelta):
        seconds = window.total_seconds()
        if seconds != int(seconds):
            raise ValueError(f"window must be a whole number of seconds, got {window!r}")
        total = int(seconds)
    elif isinstance(window, int):
        total = window
    elif isinstance(window, str):
        match = _WINDOW.fullmatch(window)
        if match is None:
            raise ValueError(
                f"malformed window {window!r}: expected digits and an optional unit "
                "s, m, h, d or w (for example '12h', '10d' or '1200')"
            )
        total = int(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    else:
        raise TypeError(
            f"window must be a string such as '12h', an int of seconds or a timedelta, "
            f"not {type(window).__name__}"
        )
    if total <= 0:
        raise ValueError(f"window must be positive, got {window!r}")
    if total > MAX_WINDOW:
        raise ValueError(
            f"window {window!r} is longer than {MAX_WINDOW // 86400} days (about ten years, "
            "more than the API keeps); give a shorter window or start=/end="
        )
    return total


def _wire_window(window: WindowLike) -> str:
    if isinstance(window, str):
        parse_window(window)
        return window
    return str(parse_window(window))


def _require_aware(name: str, value: datetime) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(
            f"{name} must be timezone-aware (for example datetime(..., tzinfo=timezone.utc)); "
            "a naive datetime is ambiguous and is not guessed"
        )
    if value < EARLIEST:
        raise ValueError(f"{name} must not be before 1970-01-01 UTC, got {value.isoformat()}")
    return value.astimezone(UTC)


def format_timestamp(value: datetime) -> str:
    """Format an aware datetime as the API's ``YYYY-mm-ddTHH:MM:SS`` in UTC."""
    return _require_aware("datetime", value).strftime(_WIRE_FORMAT)


def time_range_params(
    *,
    window: WindowLike | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> dict[str, str]:
    """Query parameters for a time range, validated as the server would (seed 000)."""
    if window is not None and (start is not None or end is not None):
        raise ValueError("give either window= or start=/end=, not both (the server answers 400)")
    if end is not None and start is None:
        raise ValueError("end= needs start= (the server answers 400 to 'to' without 'from')")
    if window is not None:
        return {"window": _wire_window(window)}
    params: dict[str, str] = {}
    if start is not None:
        start_utc = _require_aware("start", start)
        params["from"] = start_utc.strftime(_WIRE_FORMAT)
        if end is not None:
            end_utc = _require_aware("end", end)
            if end_utc < start_utc:
                raise ValueError(
                    f"end ({end_utc.isoformat()}) is before start ({start_utc.isoformat()})"
                )
            params["to"] = end_utc.strftime(_WIRE_FORMAT)
    return params


def iso_time_range_params(
    *,
    window: WindowLike | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> dict[str, str]:
    """v7's query for a time range: ``window``, or ``startDate``/``endDate`` in ISO 8601 UTC.

    The rules are v6's (checked by :func:`time_range_params`); only the names and the
    date format differ.
    """
    params = time_range_params(window=window, start=start, end=end)
    names = {"window": "window", "from": "startDate", "to": "endDate"}
    return {names[key]: value if key == "window" else f"{value}Z" for key, value in params.items()}


def round_id(when: datetime | int | float, interval: int) -> int:
    """The id of the round that contains ``when``: its start in epoch seconds.

    Round ids are always divisible by the test's interval in seconds (seed 000).
    """
    if isinstance(interval, bool) or not isinstance(interval, int) or interval <= 0:
        raise ValueError(f"interval must be a positive number of seconds, got {interval!r}")
    epoch = _require_aware("when", when).timestamp() if isinstance(when, datetime) else float(when)
    return int(epoch // interval) * interval


def round_start(round_id_: int) -> datetime:
    """The start of a round as an aware UTC datetime."""
    if isinstance(round_id_, bool) or not isinstance(round_id_, int) or round_id_ < 0:
        raise ValueError(f"round id must be a non-negative int of epoch seconds, got {round_id_!r}")
    return datetime.fromtimestamp(round_id_, tz=UTC)
