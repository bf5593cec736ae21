"""Options a client and each of its calls take: timeouts, and "not given" apart from None."""

from __future__ import annotations

import math
from typing import Any

import httpx

from ._transport import DEFAULT

__all__ = ["UNSET", "call_timeout", "check_seconds", "check_timeout"]

#: An option not given, where None has a meaning of its own (``timeout=None``: none).
UNSET: Any = object()


def check_seconds(name: str, value: object, *, allow_zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    seconds = float(value)
    low_ok = seconds >= 0 if allow_zero else seconds > 0
    if not math.isfinite(seconds) or not low_ok:
        bound = "zero or more" if allow_zero else "positive"
        raise ValueError(f"{name} must be a finite, {bound} number of seconds, got {value!r}")
    return seconds


def call_timeout(timeout: Any) -> Any:
    """A call's ``timeout=`` as the pipeline takes it: the client's default, None or phases."""
    timeout = check_timeout(timeout)
    if timeout is UNSET:
        return DEFAULT
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def check_timeout(timeout: Any) -> Any:
    """A timeout in seconds, an ``httpx.Timeout``, None (no timeout) or the default."""
    if timeout is UNSET or timeout is None:
        return timeout
    if isinstance(timeout, httpx.Timeout):
        for phase, seconds in timeout.as_dict().items():
            if seconds is not None:
                check_seconds(f"timeout's {phase}", seconds)
        return timeout
    return check_seconds("timeout", timeout)
