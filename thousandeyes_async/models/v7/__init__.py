"""The v7 records, one module per specification, and their operations.

Import records from their area's module (``v7.test_results.NetworkTestResult``);
classes several specifications share live in ``v7.shared``. Each module is
imported the first time it is asked for, so a program pays only for its areas.

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._areas import area_module

if TYPE_CHECKING:
    from .._openapi import Discriminated
    from . import (
        administrative,
        agents,
        alerts,
        events,
        instant_tests,
        shared,
        test_results,
        test_snapshots,
        tests,
    )

__all__ = [
    "UNIONS",
    "administrative",
    "agents",
    "alerts",
    "events",
    "instant_tests",
    "shared",
    "test_results",
    "test_snapshots",
    "tests",
]

#: The record modules, each imported on first use.
AREAS: tuple[str, ...] = (
    "administrative",
    "agents",
    "alerts",
    "events",
    "instant_tests",
    "shared",
    "test_results",
    "test_snapshots",
    "tests",
)

if TYPE_CHECKING:
    #: Every discriminated union of the v7 records (asking imports every area).
    UNIONS: tuple[Discriminated, ...]


def __getattr__(name: str) -> Any:
    if name in AREAS:
        return area_module(__name__, name)
    if name == "UNIONS":
        return tuple(u for area in AREAS for u in area_module(__name__, area).UNIONS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *AREAS, "UNIONS"})
