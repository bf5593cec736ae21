"""Operations of the Event Detection API.

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from datetime import datetime

from ..._openapi import Operation, Parameter
from ..events import Event, EventDetail, Events

__all__ = ["OPERATIONS"]


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        id="get_events",
        operation_id="getEvents",
        method="GET",
        path="/events",
        group="events",
        area="events",
        summary="List events",
        parameters=(
            Parameter(
                name="aid",
                key="aid",
                location="query",
                kind=str,
                description="A unique identifier associated with your account group.",
            ),
            Parameter(
                name="window",
                key="window",
                location="query",
                kind=str,
                description="A dynamic time interval up to the current time of the request.",
            ),
            Parameter(
                name="start_date",
                key="startDate",
                location="query",
                kind=datetime,
                description="Use with the `endDate` parameter.",
            ),
            Parameter(
                name="end_date",
                key="endDate",
                location="query",
                kind=datetime,
                description="Defaults to current time the request is made.",
            ),
            Parameter(
                name="max",
                key="max",
                location="query",
                kind=int,
                description="(Optional) Maximum number of objects to return.",
            ),
            Parameter(
                name="cursor",
                key="cursor",
                location="query",
                kind=str,
                description="(Optional) Opaque cursor used for pagination.",
            ),
            Parameter(
                name="ongoing",
                key="ongoing",
                location="query",
                kind=bool,
                description=(
                    "When set to `true`, only ongoing (active) events whose start date is within "
                    "the specified time window are included in the response."
                ),
            ),
        ),
        response=Events,
        paginated=True,
        items="events",
        item=Event,
    ),
    Operation(
        id="get_event",
        operation_id="getEvent",
        method="GET",
        path="/events/{id}",
        group="events",
        area="events",
        summary="Retrieve event",
        parameters=(
            Parameter(
                name="id",
                key="id",
                location="path",
                kind=str,
                required=True,
                description="Unique event ID.",
            ),
            Parameter(
                name="aid",
                key="aid",
                location="query",
                kind=str,
                description="A unique identifier associated with your account group.",
            ),
        ),
        response=EventDetail,
    ),
)
