"""Faults the emulator injects: scripted or random (seeded), matched by method and path.

A fault is decided after a request has passed authentication and the rate
limit, so it costs the organization's budget as a real server-side failure does;
the 429 storm is the exception: it refuses requests before they are counted.
"""

from __future__ import annotations

import fnmatch
import random
from collections.abc import Sequence
from typing import Literal

import attrs

__all__ = ["Fault", "FaultInjector", "FaultKind"]

FaultKind = Literal["status", "drop", "truncate", "slow"]
_SERVER_ERRORS = (500, 502, 503, 504)


@attrs.frozen
class Fault:
    """One misbehaviour of the server. Build it with the class methods."""

    kind: FaultKind
    status: int = 200
    delay: float = 0.0

    @classmethod
    def server_error(cls, status: int = 503) -> Fault:
        """Answer with a 5xx (503 is the API's maintenance mode, seed 000)."""
        if status not in _SERVER_ERRORS:
            raise ValueError(f"status must be one of {_SERVER_ERRORS}, got {status!r}")
        return cls("status", status=status)

    @classmethod
    def drop(cls) -> Fault:
        """Close the connection without a complete response."""
        return cls("drop")

    @classmethod
    def truncate(cls) -> Fault:
        """Answer 200 with the JSON body cut short."""
        return cls("truncate")

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Answer normally after ``seconds`` (on the emulator's anyio clock)."""
        if seconds <= 0:
            raise ValueError(f"seconds must be positive, got {seconds!r}")
        return cls("slow", delay=float(seconds))

    @property
    def label(self) -> str:
        if self.kind == "status":
            return f"status {self.status}"
        if self.kind == "slow":
            return f"slow {self.delay:g}s"
        return self.kind


@attrs.define
class _Rule:
    faults: tuple[Fault, ...]
    path: str | None
    method: str | None
    #: Matching requests to let through before the rule fires.
    after: int
    #: How many more times it fires; None = forever.
    times: int | None
    probability: float = 1.0
    rng: random.Random | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)


class FaultInjector:
    """Holds the fault rules of one emulator; the first matching rule wins."""

    def __init__(self) -> None:
        self._rules: list[_Rule] = []
        #: 429 storms: (organization or None for all, seconds); opened at the next request.
        self._pending_storms: list[tuple[str | None, float]] = []
        self._storms: list[tuple[str | None, float]] = []

    def script(
        self,
        fault: Fault,
        *,
        times: int = 1,
        after: int = 0,
        path: str | None = None,
        method: str | None = None,
    ) -> None:
        """Inject ``fault`` into the next ``times`` matching requests, after ``after`` of them.

        ``path`` is a glob over the path below the version (``"net/metrics/*"``).
        """
        if times <= 0 or after < 0:
            raise ValueError("times must be positive and after non-negative")
        self._rules.append(_Rule((fault,), path, _upper(method), after, times))

    def random(
        self,
        probability: float,
        faults: Sequence[Fault] | None = None,
        *,
        seed: int = 0,
        path: str | None = None,
        method: str | None = None,
    ) -> None:
        """Inject one of ``faults`` (default: each 5xx, a drop, a truncation) at random.

        The choice is a seeded ``random.Random``, so a run replays exactly.
        """
        if not 0.0 < probability <= 1.0:
            raise ValueError(f"probability must be in (0, 1], got {probability!r}")
        if faults is not None and not faults:
            raise ValueError("faults must not be empty (leave it out for the default mix)")
        chosen = (
            tuple(faults)
            if faults
            else (
                *(Fault.server_error(s) for s in _SERVER_ERRORS),
                Fault.drop(),
                Fault.truncate(),
            )
        )
        self._rules.append(
            _Rule(chosen, path, _upper(method), 0, None, probability, random.Random(seed))
        )

    def storm(self, seconds: float, *, organization: str | None = None) -> None:
        """Answer every request 429 for ``seconds`` from the next request on."""
        if seconds <= 0:
            raise ValueError(f"seconds must be positive, got {seconds!r}")
        self._pending_storms.append((organization, float(seconds)))

    def clear(self) -> None:
        """Remove every rule and storm."""
        self._rules.clear()
        self._pending_storms.clear()
        self._storms.clear()

    def storm_until(self, organization: str, now: float) -> float | None:
        """End of a storm covering ``organization`` at ``now``, if one is raging."""
        if self._pending_storms:
            self._storms.extend((org, now + secs) for org, secs in self._pending_storms)
            self._pending_storms.clear()
        self._storms = [(org, end) for org, end in self._storms if end > now]
        ends = [end for org, end in self._storms if org is None or org == organization]
        return max(ends) if ends else None

    def pick(self, method: str, path: str) -> Fault | None:
        """The fault for this request, consuming one use of its rule."""
        for rule in self._rules:
            if not rule.matches(method, path):
                continue
            if rule.after > 0:
                rule.after -= 1
                continue
            if rule.rng is not None:
                if rule.rng.random() >= rule.probability:
                    continue
                fault = rule.rng.choice(rule.faults)
            else:
                fault = rule.faults[0]
            if rule.times is not None:
                rule.times -= 1
                if rule.times == 0:
                    self._rules.remove(rule)
            return fault
        return None


def _upper(method: str | None) -> str | None:
    return method.upper() if method else None
