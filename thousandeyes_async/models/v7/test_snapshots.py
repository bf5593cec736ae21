"""Records of the Test Snapshots API (v7).

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .._fields import extra_field, opt, required
from .._openapi import Discriminated
from .shared import (
    Error,
    Link,
    TestLinks,
    TestSelfLink,
    TestType,
    UnauthorizedError,
    UnexpandedInstantTest,
    UnexpandedTest,
    ValidationError,
    ValidationErrorItem,
)

__all__ = [
    "REQUEST_SCHEMAS",
    "SCHEMAS",
    "UNIONS",
    "AppAndSelfLinks",
    "Error",
    "Link",
    "SnapshotLinks",
    "SnapshotRequest",
    "SnapshotResponse",
    "SnapshotTest",
    "TestLinks",
    "TestSelfLink",
    "TestType",
    "UnauthorizedError",
    "UnexpandedInstantTest",
    "UnexpandedTest",
    "ValidationError",
    "ValidationErrorItem",
]


@attrs.frozen(kw_only=True)
class AppAndSelfLinks:
    """A links object containing the ThousandEyes App link"""

    #: A hyperlink from the containing resource to a URI.
    app_link: Link | None = opt()
    #: A hyperlink from the containing resource to a URI.
    self_: Link | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SnapshotLinks:
    """The ``SnapshotLinks`` schema."""

    #: A hyperlink from the containing resource to a URI.
    app_link: Link | None = opt()
    #: A hyperlink from the containing resource to a URI.
    self_: Link | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SnapshotRequest:
    """The ``SnapshotRequest`` schema."""

    #: Snapshot title.
    display_name: str = required()
    #: The start date for the snapshot in UTC time, formatted in ISO date-time.
    start_date: datetime = required()
    #: The end date for the snapshot in UTC time, formatted in ISO date-time.
    end_date: datetime = required()
    #: Set to `true` for saved events and `false` for share links.
    is_public: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SnapshotResponse:
    """The ``SnapshotResponse`` schema."""

    #: Snapshot ID.
    id: str | None = opt()
    #: The start time of the test snapshot, represented in epoch time format (in seconds).
    start_round_id: int | None = opt()
    #: The end time of the test snapshot, represented in epoch time format (in seconds).
    end_round_id: int | None = opt()
    #: The selected time of the test snapshot, represented in epoch time format (in seconds).
    round_id: int | None = opt()
    #: The date when the test snapshot was created in UTC time, formatted in ISO date-time.
    share_date: datetime | None = opt()
    #: Snapshot test ID.
    source_test_id: str | None = opt()
    #: Snapshot test ID.
    test_id: str | None = opt()
    #: User ID.
    uid: str | None = opt()
    #: Snapshot title.
    display_name: str | None = opt()
    #: Extra parameters.
    extra_params: str | None = opt()
    test: SnapshotTest | None = opt()
    links: SnapshotLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SnapshotTest:
    """The ``SnapshotTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: User that created the test.
    created_by: str | None = opt()
    #: UTC created date (ISO date-time format).
    created_date: datetime | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: Indicates if the test is shared with the account group.
    live_share: bool | None = opt()
    #: User that modified the test.
    modified_by: str | None = opt()
    #: UTC last modification date (ISO date-time format).
    modified_date: datetime | None = opt()
    #: Indicates if the test is a saved event.
    saved_event: bool | None = opt()
    #: Each test is assigned an unique ID; this is used to access test information and results from
    #: other endpoints.
    test_id: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: This is a read only value, as test type is implicit in the test creation url.
    type: TestType | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


#: The discriminated unions of this module, read by the v7 converter.
UNIONS: tuple[Discriminated, ...] = ()


#: The spec's schemas by name (the request form of a schema only requests use).
SCHEMAS: Mapping[str, Any] = {
    "AppAndSelfLinks": AppAndSelfLinks,
    "Error": Error,
    "Link": Link,
    "SnapshotLinks": SnapshotLinks,
    "SnapshotRequest": SnapshotRequest,
    "SnapshotResponse": SnapshotResponse,
    "SnapshotTest": SnapshotTest,
    "TestLinks": TestLinks,
    "TestSelfLink": TestSelfLink,
    "TestType": TestType,
    "UnauthorizedError": UnauthorizedError,
    "UnexpandedInstantTest": UnexpandedInstantTest,
    "UnexpandedTest": UnexpandedTest,
    "ValidationError": ValidationError,
    "ValidationErrorItem": ValidationErrorItem,
}


#: The request forms of schemas used both ways, by schema name.
REQUEST_SCHEMAS: Mapping[str, Any] = {}
