"""The v7 operations of every vendored specification, by snake_case id.

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..._openapi import Operation
from .administrative import OPERATIONS as _ADMINISTRATIVE
from .agents import OPERATIONS as _AGENTS
from .alerts import OPERATIONS as _ALERTS
from .events import OPERATIONS as _EVENTS
from .instant_tests import OPERATIONS as _INSTANT_TESTS
from .test_results import OPERATIONS as _TEST_RESULTS
from .test_snapshots import OPERATIONS as _TEST_SNAPSHOTS
from .tests import OPERATIONS as _TESTS

__all__ = ["OPERATIONS", "OPERATIONS_BY_ID"]

#: Every operation, spec area by spec area, each in its spec's order.
OPERATIONS: tuple[Operation, ...] = (
    *_ADMINISTRATIVE,
    *_AGENTS,
    *_ALERTS,
    *_EVENTS,
    *_INSTANT_TESTS,
    *_TEST_RESULTS,
    *_TEST_SNAPSHOTS,
    *_TESTS,
)

#: The operations by their snake_case id.
OPERATIONS_BY_ID: Mapping[str, Operation] = {op.id: op for op in OPERATIONS}
