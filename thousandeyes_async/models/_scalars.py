"""Strict hooks for the scalars of the API: integers, numbers, strings, booleans,
server dates and 0/1 flags.

Strict because guessing would hide a server change: a string where a number is
documented, or a bool where an integer is documented, is refused.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

__all__ = [
    "format_datetime",
    "format_iso_datetime",
    "refuse",
    "share_str",
    "shared_str",
    "structure_bool",
    "structure_datetime",
    "structure_flag",
    "structure_float",
    "structure_int",
    "structure_iso_datetime",
    "structure_str",
    "unstructure_flag",
]

_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def refuse(value: Any, expected: str) -> TypeError:
    return TypeError(f"expected {expected}, got {_json_type(value)}: {value!r:.80}")


def structure_int(value: Any, _: Any) -> int:
    if type(value) is int:
        return value
    raise refuse(value, "an integer")


def structure_float(value: Any, _: Any) -> float:
    # An integer stays an int (which typing accepts as a float): converting it
    # would change the JSON text the record gives back (3 would come back 3.0).
    kind = type(value)
    if kind is float or kind is int:
        return value  # type: ignore[no-any-return]
    raise refuse(value, "a number")


def structure_str(value: Any, _: Any) -> str:
    if type(value) is str:
        return value
    raise refuse(value, "a string")


def structure_bool(value: Any, _: Any) -> bool:
    if type(value) is bool:
        return value
    raise refuse(value, "true or false")


_DATES_CACHED = 4096
_dates: dict[str, datetime] = {}


def structure_datetime(value: Any, _: Any) -> datetime:
    # The server writes "yyyy-MM-dd hh:mm:ss" in UTC; fromisoformat is the fast path
    # but also accepts other shapes, so the shape is checked first. Pages repeat
    # dates (a round's start, a certificate's validity), so recent ones are shared:
    # datetimes are immutable, and sharing saves both the parse and the memory.
    if type(value) is str and len(value) == 19 and value[10] == " " and value[4] == "-":
        parsed = _dates.get(value)
        if parsed is not None:
            return parsed
        try:
            parsed = datetime.fromisoformat(value + "+00:00")
        except ValueError:
            pass
        else:
            if len(_dates) >= _DATES_CACHED:
                _dates.clear()
            _dates[value] = parsed
            return parsed
    raise refuse(value, "a date 'yyyy-MM-dd hh:mm:ss'")


def format_datetime(value: datetime) -> str:
    """A datetime in the server's ``yyyy-MM-dd hh:mm:ss`` UTC form."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime(_DATE_FORMAT)


def structure_flag(value: Any, _: Any) -> bool | None:
    if value is None:
        return None
    if value == 1 and type(value) in (int, bool):
        return True
    if value == 0 and type(value) in (int, bool):
        return False
    raise refuse(value, "a flag 0 or 1")


def unstructure_flag(value: bool) -> int:
    return 1 if value else 0


_STRINGS_SHARED = 8192
_strings: dict[str, str] = {}


def share_str(value: str) -> str:
    """One copy of a frequent string: ``json.loads`` makes a new one per occurrence."""
    shared = _strings.get(value)
    if shared is not None:
        return shared
    if len(_strings) >= _STRINGS_SHARED:
        _strings.clear()
    _strings[value] = value
    return value


#: The shared copy of a string, or ``None``: the cheap first look before ``share_str``.
shared_str = _strings.get


def structure_iso_datetime(value: Any, _: Any) -> datetime:
    """An ISO 8601 date-time with its zone (v7): ``2022-07-17T22:00:54Z``.

    A time without a zone is refused: it would be read in the machine's zone.
    """
    if type(value) is str and len(value) >= 20 and value[10] == "T":
        parsed = _dates.get(value)
        if parsed is not None:
            return parsed
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is not None:
                if len(_dates) >= _DATES_CACHED:
                    _dates.clear()
                _dates[value] = parsed
                return parsed
    raise refuse(value, "an ISO 8601 date-time with a zone")


def format_iso_datetime(value: datetime) -> str:
    """The v7 form of a date-time: UTC with ``Z``, fractions only when there are some."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    if value.microsecond == 0:
        spec = "seconds"
    elif value.microsecond % 1000 == 0:
        spec = "milliseconds"
    else:
        spec = "microseconds"
    return value.replace(tzinfo=None).isoformat(timespec=spec) + "Z"
