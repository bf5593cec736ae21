"""The v7 records, one module per specification, and their operations.

Import records from their area's module (``v7.test_results.NetworkTestResult``);
classes several specifications share live in ``v7.shared``.

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

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

#: Every discriminated union of the v7 records.
UNIONS: tuple[Discriminated, ...] = (
    *administrative.UNIONS,
    *agents.UNIONS,
    *alerts.UNIONS,
    *events.UNIONS,
    *instant_tests.UNIONS,
    *shared.UNIONS,
    *test_results.UNIONS,
    *test_snapshots.UNIONS,
    *tests.UNIONS,
)
