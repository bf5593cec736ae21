"""Operations of the Test Snapshots API.

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from ..._openapi import Operation, Parameter
from ..test_snapshots import SnapshotRequest, SnapshotResponse

__all__ = ["OPERATIONS"]


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        id="create_test_snapshot",
        operation_id="createTestSnapshot",
        method="POST",
        path="/tests/{testId}/snapshot",
        group="tests.snapshot",
        area="test-snapshots",
        summary="Create test snapshot",
        parameters=(
            Parameter(
                name="test_id",
                key="testId",
                location="path",
                kind=str,
                required=True,
                description="Test ID",
            ),
            Parameter(
                name="aid",
                key="aid",
                location="query",
                kind=str,
                description="A unique identifier associated with your account group.",
            ),
        ),
        request=SnapshotRequest,
        request_required=True,
        response=SnapshotResponse,
        status=201,
    ),
)
