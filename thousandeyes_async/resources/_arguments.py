"""Argument checks shared by the resource groups: refused before any request is sent."""

from __future__ import annotations

import enum
import re
from collections.abc import Collection
from typing import Any

#: Ids are 64-bit on the server; anything larger is a mistake, not an id.
MAX_ID = 2**63 - 1

__all__ = [
    "MAX_ID",
    "Direction",
    "direction_param",
    "flag_param",
    "path_id",
    "require_bool",
    "v7_id",
]

#: A v7 id: a string the server made up (digits today), safe as one URL path segment.
_V7_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:~-]{0,127}")


class Direction(enum.StrEnum):
    """Which way an agent-to-agent test is measured (seed 001, ``direction=``)."""

    TO_TARGET = "TO_TARGET"
    FROM_TARGET = "FROM_TARGET"
    BIDIRECTIONAL = "BIDIRECTIONAL"


def path_id(name: str, value: Any, *, minimum: int = 1) -> int:
    """An id that goes into a URL path: an int, at least ``minimum`` (1 unless zero-indexed)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        kind = "positive" if minimum == 1 else f"at least {minimum}"
        raise ValueError(f"{name} must be {kind}, got {value!r}")
    if value > MAX_ID:
        raise ValueError(f"{name} must be below 2**63 (a 64-bit id), got {value!r}")
    return value


def direction_param(value: Direction | str | None, allowed: Collection[Direction]) -> str | None:
    """The ``direction`` query value, if it is one this endpoint accepts."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"direction must be a Direction or a string, not {type(value).__name__}")
    if value not in {member.value for member in allowed}:
        choices = ", ".join(member.value for member in allowed)
        raise ValueError(f"direction must be one of {choices} for this endpoint, got {value!r}")
    return str(Direction(value).value)


def require_bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def flag_param(name: str, value: Any) -> str | None:
    """An optional ``name=1`` query flag: sent when True, left out when False."""
    return "1" if require_bool(name, value) else None


def v7_id(name: str, value: Any, *, minimum: int = 1) -> str:
    """A v7 id (a string on the wire): an int as for v6, or a string fit for a URL path."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(path_id(name, value, minimum=minimum))
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string or an int, not {type(value).__name__}")
    if not _V7_ID.fullmatch(value):
        raise ValueError(
            f"{name} must be an id of letters, digits and '_.:~-' (at most 128), got {value!r}"
        )
    return value
