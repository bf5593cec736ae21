"""Records of the Alerts API (v7).

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .._fields import extra_field, opt, required
from .._openapi import Discriminated, OpenStrEnum
from .shared import (
    AlertDirection,
    AlertRoundsViolationMode,
    AlertType,
    Error,
    Link,
    PaginationLinks,
    SelfLinks,
    SensitivityLevel,
    Severity,
    SimpleTest,
    TestLinks,
    TestSelfLink,
    TestType,
    UnauthorizedError,
    ValidationError,
    ValidationErrorItem,
)

__all__ = [
    "REQUEST_SCHEMAS",
    "SCHEMAS",
    "UNIONS",
    "Alert",
    "AlertDetail",
    "AlertDirection",
    "AlertEmbedded",
    "AlertGroupType",
    "AlertLinks",
    "AlertMeta",
    "AlertMetricDetail",
    "AlertNotification",
    "AlertRoundsViolationMode",
    "AlertSeverity",
    "AlertSimpleTest",
    "AlertState",
    "AlertSuppressionWindow",
    "AlertSuppressionWindowDetail",
    "AlertSuppressionWindowRequest",
    "AlertSuppressionWindowState",
    "AlertSuppressionWindows",
    "AlertTestType",
    "AlertType",
    "Alerts",
    "Asn",
    "BaseAlert",
    "BaseAlertSuppressionWindow",
    "BaseAlertSuppressionWindowRequest",
    "BaseRule",
    "BaseRuleRequest",
    "CustomWebhookIntegrationType",
    "DaysOfWeek",
    "EndAlertMetrics",
    "EndRepeat",
    "EndRepeatType",
    "Error",
    "ExpandAlertTestOptions",
    "IntervalType",
    "LegacyAlert",
    "LegacyAlertDetail",
    "LegacyAlertSeverity",
    "LegacyAlertState",
    "Link",
    "NotificationCustomWebhook",
    "NotificationEmail",
    "NotificationThirdParty",
    "NotificationWebhook",
    "PaginationLinks",
    "Repeat",
    "RepeatType",
    "Rule",
    "RuleDetail",
    "RuleDetailUpdate",
    "RuleDetailUpdateRequest",
    "Rules",
    "SelfLinks",
    "SensitivityLevel",
    "Severity",
    "SimpleTest",
    "StartAlertMetrics",
    "State",
    "TestLinks",
    "TestSelfLink",
    "TestType",
    "ThirdPartyIntegrationType",
    "UnauthorizedError",
    "ValidationError",
    "ValidationErrorItem",
    "WebhookIntegrationType",
]


class AlertGroupType(OpenStrEnum):
    """Category of alert type based on the application or network layer and source of the test."""

    BGP = "bgp"
    BROWSER_SESSION = "browser-session"
    CLOUD_ENTERPRISE = "cloud-enterprise"
    ENDPOINT = "endpoint"


class AlertSeverity(OpenStrEnum):
    """The severity of the alert."""

    INFO = "INFO"
    MAJOR = "MAJOR"
    MINOR = "MINOR"
    CRITICAL = "CRITICAL"
    UNKNOWN = "UNKNOWN"


class AlertState(OpenStrEnum):
    """Current state of the alert."""

    ACTIVE = "ACTIVE"
    CLEARED = "CLEARED"


class AlertSuppressionWindowState(OpenStrEnum):
    """Indicates the current status of the suppression window."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    ENDED = "ended"


class AlertTestType(OpenStrEnum):
    """Valid Alert Types for which to return test links."""

    API = "api"
    AGENT_TO_AGENT = "agent-to-agent"
    AGENT_TO_SERVER = "agent-to-server"
    BGP = "bgp"
    HTTP_SERVER = "http-server"
    PAGE_LOAD = "page-load"
    WEB_TRANSACTIONS = "web-transactions"
    FTP_SERVER = "ftp-server"
    DNS_TRACE = "dns-trace"
    DNS_SERVER = "dns-server"
    DNSSEC = "dnssec"
    SIP_SERVER = "sip-server"
    VOICE = "voice"
    ENDPOINT_HTTP_SERVER = "endpoint-http-server"
    ENDPOINT_NETWORK_SERVER = "endpoint-network-server"
    ENDPOINT_PATH_TRACE = "endpoint-path-trace"


class CustomWebhookIntegrationType(OpenStrEnum):
    """Integration type."""

    CUSTOM_WEBHOOK = "custom-webhook"


class DaysOfWeek(OpenStrEnum):
    """Specifies the day to activate the alert suppression window."""

    SUN = "sun"
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"


class EndRepeatType(OpenStrEnum):
    """End repeat options type."""

    COUNT = "count"
    NEVER = "never"
    DATE = "date"


class ExpandAlertTestOptions(OpenStrEnum):
    """The ``ExpandAlertTestOptions`` values."""

    TEST = "test"


class IntervalType(OpenStrEnum):
    """Repeat options interval type"""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class LegacyAlertSeverity(OpenStrEnum):
    """The severity of the alert."""

    INFO = "INFO"
    MAJOR = "MAJOR"
    MINOR = "MINOR"
    CRITICAL = "CRITICAL"
    UNKNOWN = "UNKNOWN"


class LegacyAlertState(OpenStrEnum):
    """Current state of the alert."""

    ACTIVE = "ACTIVE"
    CLEARED = "CLEARED"


class RepeatType(OpenStrEnum):
    """Repeat options type."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    CUSTOM = "custom"


class State(OpenStrEnum):
    """Current state of the alert."""

    CLEAR = "clear"
    TRIGGER = "trigger"


class ThirdPartyIntegrationType(OpenStrEnum):
    """Integration type."""

    PAGER_DUTY = "pager-duty"
    SLACK = "slack"
    APP_DYNAMICS = "app-dynamics"
    SERVICE_NOW = "service-now"


class WebhookIntegrationType(OpenStrEnum):
    """Integration type."""

    WEBHOOK = "webhook"


@attrs.frozen(kw_only=True)
class Alert:
    """The ``Alert`` schema."""

    #: A unique ID for each individual alert occurrence.
    id: str | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType | None = opt()
    #: (Optional) When passing `window` or `startDate` parameter, the client will also receive the
    #: `startDate` field indicating the UTC start date of the data's...
    start_date: datetime | None = opt()
    #: (Optional) When passing `window` or `endDate` parameter, the client will also receive the
    #: `endDate` field indicating the UTC end date of the data's time...
    end_date: datetime | None = opt()
    #: Number of sources that meet the alert criteria.
    violation_count: int | None = opt()
    #: Duration in seconds the alert was active
    duration: int | None = opt()
    #: Indicates whether the alert is currently suppressed by a real-time ASW.
    suppressed: bool | None = opt()
    meta: AlertMeta | None = opt()
    #: An object containing the alert links.
    links: AlertLinks | None = opt(key="_links")
    #: A unique ID for each individual alert occurrence.
    alert_id: str | None = opt()
    #: The start date and time for querying alerts.
    date_start: str | None = opt()
    #: The end date and time for querying alerts.
    date_end: str | None = opt()
    #: Unique ID of the rule.
    rule_id: int | None = opt()
    #: Current state of the alert.
    state: AlertState | None = opt()
    #: The severity of the alert.
    severity: AlertSeverity | None = opt()
    #: Hyperlink to alerts list, with row expanded
    permalink: str | None = opt()
    #: List of hyperlinks to other areas of the API
    api_links: tuple[Mapping[str, Any], ...] | None = opt()
    #: Unique ID of the rule.
    alert_rule_id: str | None = opt()
    #: Current state of the alert.
    alert_state: State | None = opt()
    #: The severity of the alert.
    alert_severity: Severity | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertDetail:
    """The ``AlertDetail`` schema."""

    #: A unique ID for each individual alert occurrence.
    id: str | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType | None = opt()
    #: (Optional) When passing `window` or `startDate` parameter, the client will also receive the
    #: `startDate` field indicating the UTC start date of the data's...
    start_date: datetime | None = opt()
    #: (Optional) When passing `window` or `endDate` parameter, the client will also receive the
    #: `endDate` field indicating the UTC end date of the data's time...
    end_date: datetime | None = opt()
    #: Number of sources that meet the alert criteria.
    violation_count: int | None = opt()
    #: Duration in seconds the alert was active
    duration: int | None = opt()
    #: Indicates whether the alert is currently suppressed by a real-time ASW.
    suppressed: bool | None = opt()
    meta: AlertMeta | None = opt()
    #: An object containing the alert links.
    links: AlertLinks | None = opt(key="_links")
    #: Current state of the alert.
    state: State | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    #: Current state of the alert.
    alert_state: State | None = opt()
    #: The severity of the alert.
    alert_severity: Severity | None = opt()
    details: tuple[AlertMetricDetail, ...] | None = opt()
    #: Container for embedded resources in alert responses (HATEOAS).
    embedded: AlertEmbedded | None = opt(key="_embedded")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertEmbedded:
    """Container for embedded resources in alert responses (HATEOAS)."""

    #: Autonomous System Number (ASN) information for network outage alerts.
    asn: Asn | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertLinks:
    """An object containing the alert links."""

    #: A hyperlink from the containing resource to a URI.
    test: Link | None = opt()
    #: A hyperlink from the containing resource to a URI.
    rule: Link | None = opt()
    #: A hyperlink from the containing resource to a URI.
    app_link: Link | None = opt()
    #: A hyperlink from the containing resource to a URI.
    self_: Link | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertMeta:
    """The ``AlertMeta`` schema."""

    #: Indicates the number of times this alert has re-entered the 'trigger' state after being
    #: suppressed.
    version: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertMetricDetail:
    """The ``AlertMetricDetail`` schema."""

    #: String representation of the metric or metrics being considered in the alert rule at the
    #: point that the alert was cleared.
    end: EndAlertMetrics | None = opt()
    #: Unique metric detail id.
    id: str | None = opt()
    #: Geolocation of the alert.
    name: str | None = opt()
    #: String representation of the metric at the time that the source began alerting.
    start: StartAlertMetrics | None = opt()
    #: Current state of the alert.
    state: State | None = opt()
    #: Type of the alert metric.
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertNotification:
    """Alert notification object."""

    #: Email notifications.
    email: NotificationEmail | None = opt()
    #: Third party notifications.
    third_party: tuple[NotificationThirdParty, ...] | None = opt()
    #: Webhook notifications.
    webhook: tuple[NotificationWebhook, ...] | None = opt()
    #: Custom webhook notifications.
    custom_webhook: tuple[NotificationCustomWebhook, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertSimpleTest:
    """Each test includes additional fields depending on its `type`."""

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
    #: Valid Alert Types for which to return test links.
    type: AlertTestType | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertSuppressionWindow:
    """The ``AlertSuppressionWindow`` schema."""

    #: Unique ID of the alert suppression window.
    alert_suppression_window_id: str | None = opt()
    #: Name of the alert suppression window.
    name: str | None = opt()
    #: Set to `false` for `disabled`, `true` for `enabled`.
    is_enabled: bool | None = opt()
    #: Indicates the current status of the suppression window.
    status: AlertSuppressionWindowState | None = opt()
    #: The date/time when the alert suppression window starts (ISO date-time format).
    start_date: datetime | None = opt()
    #: Duration in seconds the suppression window is active.
    duration: int | None = opt()
    #: Repeat options.
    repeat: Repeat | None = opt()
    #: End repeat options.
    end_repeat: EndRepeat | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertSuppressionWindowDetail:
    """The ``AlertSuppressionWindowDetail`` schema."""

    #: Unique ID of the alert suppression window.
    alert_suppression_window_id: str | None = opt()
    #: Name of the alert suppression window.
    name: str | None = opt()
    #: Set to `false` for `disabled`, `true` for `enabled`.
    is_enabled: bool | None = opt()
    #: Indicates the current status of the suppression window.
    status: AlertSuppressionWindowState | None = opt()
    #: The date/time when the alert suppression window starts (ISO date-time format).
    start_date: datetime | None = opt()
    #: Duration in seconds the suppression window is active.
    duration: int | None = opt()
    #: Repeat options.
    repeat: Repeat | None = opt()
    #: End repeat options.
    end_repeat: EndRepeat | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: List of tests assigned to the alert suppression window.
    tests: tuple[SimpleTest, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertSuppressionWindowRequest:
    """The ``AlertSuppressionWindowRequest`` schema."""

    #: Name of the alert suppression window.
    name: str | None = opt()
    #: Set to `false` for `disabled`, `true` for `enabled`.
    is_enabled: bool | None = opt()
    #: The date/time when the alert suppression window starts (ISO date-time format).
    start_date: datetime | None = opt()
    #: Duration in seconds the suppression window is active.
    duration: int | None = opt()
    #: Repeat options.
    repeat: Repeat | None = opt()
    #: End repeat options.
    end_repeat: EndRepeat | None = opt()
    #: List of test IDs to assign to the alert suppression window.
    test_ids: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertSuppressionWindows:
    """Alert suppression windows."""

    alert_suppression_windows: tuple[AlertSuppressionWindow, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Alerts:
    """The ``Alerts`` schema."""

    alerts: tuple[Alert, ...] | None = opt()
    #: A links object containing pagination related link(s).
    links: PaginationLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Asn:
    """Autonomous System Number (ASN) information for network outage alerts."""

    #: ASN identifier.
    id: str | None = opt()
    #: Autonomous system name.
    name: str | None = opt()
    #: Resource type.
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseAlert:
    """The ``BaseAlert`` schema."""

    #: A unique ID for each individual alert occurrence.
    id: str | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType | None = opt()
    #: (Optional) When passing `window` or `startDate` parameter, the client will also receive the
    #: `startDate` field indicating the UTC start date of the data's...
    start_date: datetime | None = opt()
    #: (Optional) When passing `window` or `endDate` parameter, the client will also receive the
    #: `endDate` field indicating the UTC end date of the data's time...
    end_date: datetime | None = opt()
    #: Number of sources that meet the alert criteria.
    violation_count: int | None = opt()
    #: Duration in seconds the alert was active
    duration: int | None = opt()
    #: Indicates whether the alert is currently suppressed by a real-time ASW.
    suppressed: bool | None = opt()
    meta: AlertMeta | None = opt()
    #: An object containing the alert links.
    links: AlertLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseAlertSuppressionWindow:
    """Alert suppression window."""

    #: Unique ID of the alert suppression window.
    alert_suppression_window_id: str | None = opt()
    #: Name of the alert suppression window.
    name: str | None = opt()
    #: Set to `false` for `disabled`, `true` for `enabled`.
    is_enabled: bool | None = opt()
    #: Indicates the current status of the suppression window.
    status: AlertSuppressionWindowState | None = opt()
    #: The date/time when the alert suppression window starts (ISO date-time format).
    start_date: datetime | None = opt()
    #: Duration in seconds the suppression window is active.
    duration: int | None = opt()
    #: Repeat options.
    repeat: Repeat | None = opt()
    #: End repeat options.
    end_repeat: EndRepeat | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseAlertSuppressionWindowRequest:
    """Alert suppression window."""

    #: Name of the alert suppression window.
    name: str | None = opt()
    #: Set to `false` for `disabled`, `true` for `enabled`.
    is_enabled: bool | None = opt()
    #: The date/time when the alert suppression window starts (ISO date-time format).
    start_date: datetime | None = opt()
    #: Duration in seconds the suppression window is active.
    duration: int | None = opt()
    #: Repeat options.
    repeat: Repeat | None = opt()
    #: End repeat options.
    end_repeat: EndRepeat | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseRule:
    """The ``BaseRule`` schema."""

    #: Unique ID of the rule.
    rule_id: str | None = opt()
    #: Name of the alert rule.
    rule_name: str = required()
    #: The expression of the alert rule.
    expression: str = required()
    #: A description of the alert rule.
    description: str | None = opt()
    #: Direction for applicable alert types (eg.
    direction: AlertDirection | None = opt()
    #: Send notification when alert clears.
    notify_on_clear: bool | None = opt()
    #: If set to `true`, this alert rule becomes the default for its test type and is automatically
    #: applied to newly created tests with relevant metrics.
    is_default: bool | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType = required()
    #: Category of alert type based on the application or network layer and source of the test.
    alert_group_type: AlertGroupType | None = opt()
    #: The minimum number of agents or monitors that must meet the specified criteria to trigger the
    #: alert.
    minimum_sources: int | None = opt()
    #: The minimum percentage of all assigned agents or monitors that must meet the specified
    #: criteria to trigger the alert.
    minimum_sources_pct: int | None = opt()
    #: `exact` requires the same agents to meet the threshold in consecutive rounds.
    rounds_violating_mode: AlertRoundsViolationMode | None = opt()
    #: Specifies the divisor (y value) in the “X of Y times” condition.
    rounds_violating_out_of: int = required()
    #: Specifies the numerator (x value) in the “X of Y times” condition.
    rounds_violating_required: int | None = opt()
    #: Set true to include covered prefixes in the BGP alert rule.
    include_covered_prefixes: bool | None = opt()
    #: Used when `roundsViolatingMode` is set to `auto`.
    sensitivity_level: SensitivityLevel | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    #: An array of endpoint agent IDs associated with the rule (get `id` from `/endpoint/agents`
    #: API).
    endpoint_agent_ids: tuple[str, ...] | None = opt()
    #: An array of label IDs used to assign specific Endpoint Agents to the test (get `id` from
    #: `/endpoint/labels`).
    endpoint_label_ids: tuple[str, ...] | None = opt()
    #: A list of website domains visited during the session.
    visited_sites_filter: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseRuleRequest:
    """The ``BaseRuleRequest`` schema."""

    #: Name of the alert rule.
    rule_name: str = required()
    #: The expression of the alert rule.
    expression: str = required()
    #: A description of the alert rule.
    description: str | None = opt()
    #: Direction for applicable alert types (eg.
    direction: AlertDirection | None = opt()
    #: Send notification when alert clears.
    notify_on_clear: bool | None = opt()
    #: If set to `true`, this alert rule becomes the default for its test type and is automatically
    #: applied to newly created tests with relevant metrics.
    is_default: bool | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType = required()
    #: Category of alert type based on the application or network layer and source of the test.
    alert_group_type: AlertGroupType | None = opt()
    #: The minimum number of agents or monitors that must meet the specified criteria to trigger the
    #: alert.
    minimum_sources: int | None = opt()
    #: The minimum percentage of all assigned agents or monitors that must meet the specified
    #: criteria to trigger the alert.
    minimum_sources_pct: int | None = opt()
    #: Specifies the divisor (y value) in the “X of Y times” condition.
    rounds_violating_out_of: int = required()
    #: Specifies the numerator (x value) in the “X of Y times” condition.
    rounds_violating_required: int | None = opt()
    #: Set true to include covered prefixes in the BGP alert rule.
    include_covered_prefixes: bool | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    #: An array of endpoint agent IDs associated with the rule (get `id` from `/endpoint/agents`
    #: API).
    endpoint_agent_ids: tuple[str, ...] | None = opt()
    #: An array of label IDs used to assign specific Endpoint Agents to the test (get `id` from
    #: `/endpoint/labels`).
    endpoint_label_ids: tuple[str, ...] | None = opt()
    #: A list of website domains visited during the session.
    visited_sites_filter: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EndAlertMetrics:
    """String representation of the metric or metrics being considered in the alert rule at the
    point that the alert was cleared.
    """

    metrics: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EndRepeat:
    """End repeat options."""

    #: End repeat options type.
    type: EndRepeatType | None = opt()
    #: End repeat after number of occurrences, only valid with count type option.
    count: int | None = opt()
    #: End repeat after specific date, only valid with date type option (ISO date format).
    date: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class LegacyAlert:
    """The ``LegacyAlert`` schema."""

    #: A unique ID for each individual alert occurrence.
    alert_id: str | None = opt()
    #: The start date and time for querying alerts.
    date_start: str | None = opt()
    #: The end date and time for querying alerts.
    date_end: str | None = opt()
    #: Unique ID of the rule.
    rule_id: int | None = opt()
    #: Current state of the alert.
    state: LegacyAlertState | None = opt()
    #: The severity of the alert.
    severity: LegacyAlertSeverity | None = opt()
    #: Hyperlink to alerts list, with row expanded
    permalink: str | None = opt()
    #: List of hyperlinks to other areas of the API
    api_links: tuple[Mapping[str, Any], ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class LegacyAlertDetail:
    """The ``LegacyAlertDetail`` schema."""

    #: Current state of the alert.
    state: State | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NotificationCustomWebhook:
    """Custom webhook notification."""

    #: Integration ID.
    integration_id: str | None = opt()
    #: Integration type.
    integration_type: CustomWebhookIntegrationType | None = opt()
    #: User-configured name of the integration.
    integration_name: str | None = opt()
    #: Webhook target URL.
    target: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NotificationEmail:
    """Email notifications."""

    #: An array containing the email addresses to receive notifications.
    recipients: tuple[str, ...] | None = opt()
    #: Custom text included in alert email notifications sent to recipients.
    message: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NotificationThirdParty:
    """Webhook notification."""

    #: Integration ID.
    integration_id: str | None = opt()
    #: Integration type.
    integration_type: ThirdPartyIntegrationType | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NotificationWebhook:
    """Webhook notification."""

    #: Integration ID.
    integration_id: str | None = opt()
    #: Integration type.
    integration_type: WebhookIntegrationType | None = opt()
    #: Name of the integration, configured by the user.
    integration_name: str | None = opt()
    #: Webhook target URL.
    target: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Repeat:
    """Repeat options."""

    #: Repeat options type.
    type: RepeatType | None = opt()
    #: Repeat options interval type
    interval_type: IntervalType | None = opt()
    #: Number of `intervalTypes` to wait before reactivating the alert suppression window.
    interval_length: int | None = opt()
    days_of_week: tuple[DaysOfWeek, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Rule:
    """The ``Rule`` schema."""

    #: Unique ID of the rule.
    rule_id: str | None = opt()
    #: Name of the alert rule.
    rule_name: str = required()
    #: The expression of the alert rule.
    expression: str = required()
    #: A description of the alert rule.
    description: str | None = opt()
    #: Direction for applicable alert types (eg.
    direction: AlertDirection | None = opt()
    #: Send notification when alert clears.
    notify_on_clear: bool | None = opt()
    #: If set to `true`, this alert rule becomes the default for its test type and is automatically
    #: applied to newly created tests with relevant metrics.
    is_default: bool | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType = required()
    #: Category of alert type based on the application or network layer and source of the test.
    alert_group_type: AlertGroupType | None = opt()
    #: The minimum number of agents or monitors that must meet the specified criteria to trigger the
    #: alert.
    minimum_sources: int | None = opt()
    #: The minimum percentage of all assigned agents or monitors that must meet the specified
    #: criteria to trigger the alert.
    minimum_sources_pct: int | None = opt()
    #: `exact` requires the same agents to meet the threshold in consecutive rounds.
    rounds_violating_mode: AlertRoundsViolationMode | None = opt()
    #: Specifies the divisor (y value) in the “X of Y times” condition.
    rounds_violating_out_of: int = required()
    #: Specifies the numerator (x value) in the “X of Y times” condition.
    rounds_violating_required: int | None = opt()
    #: Set true to include covered prefixes in the BGP alert rule.
    include_covered_prefixes: bool | None = opt()
    #: Used when `roundsViolatingMode` is set to `auto`.
    sensitivity_level: SensitivityLevel | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    #: An array of endpoint agent IDs associated with the rule (get `id` from `/endpoint/agents`
    #: API).
    endpoint_agent_ids: tuple[str, ...] | None = opt()
    #: An array of label IDs used to assign specific Endpoint Agents to the test (get `id` from
    #: `/endpoint/labels`).
    endpoint_label_ids: tuple[str, ...] | None = opt()
    #: A list of website domains visited during the session.
    visited_sites_filter: tuple[str, ...] | None = opt()
    #: Alert notification object.
    notifications: AlertNotification | None = opt()
    #: Array of test IDs to link to alert rule (get `testId` from `/tests` endpoint).
    test_ids: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class RuleDetail:
    """The ``RuleDetail`` schema."""

    #: Unique ID of the rule.
    rule_id: str | None = opt()
    #: Name of the alert rule.
    rule_name: str = required()
    #: The expression of the alert rule.
    expression: str = required()
    #: A description of the alert rule.
    description: str | None = opt()
    #: Direction for applicable alert types (eg.
    direction: AlertDirection | None = opt()
    #: Send notification when alert clears.
    notify_on_clear: bool | None = opt()
    #: If set to `true`, this alert rule becomes the default for its test type and is automatically
    #: applied to newly created tests with relevant metrics.
    is_default: bool | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType = required()
    #: Category of alert type based on the application or network layer and source of the test.
    alert_group_type: AlertGroupType | None = opt()
    #: The minimum number of agents or monitors that must meet the specified criteria to trigger the
    #: alert.
    minimum_sources: int | None = opt()
    #: The minimum percentage of all assigned agents or monitors that must meet the specified
    #: criteria to trigger the alert.
    minimum_sources_pct: int | None = opt()
    #: `exact` requires the same agents to meet the threshold in consecutive rounds.
    rounds_violating_mode: AlertRoundsViolationMode | None = opt()
    #: Specifies the divisor (y value) in the “X of Y times” condition.
    rounds_violating_out_of: int = required()
    #: Specifies the numerator (x value) in the “X of Y times” condition.
    rounds_violating_required: int | None = opt()
    #: Set true to include covered prefixes in the BGP alert rule.
    include_covered_prefixes: bool | None = opt()
    #: Used when `roundsViolatingMode` is set to `auto`.
    sensitivity_level: SensitivityLevel | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    #: An array of endpoint agent IDs associated with the rule (get `id` from `/endpoint/agents`
    #: API).
    endpoint_agent_ids: tuple[str, ...] | None = opt()
    #: An array of label IDs used to assign specific Endpoint Agents to the test (get `id` from
    #: `/endpoint/labels`).
    endpoint_label_ids: tuple[str, ...] | None = opt()
    #: A list of website domains visited during the session.
    visited_sites_filter: tuple[str, ...] | None = opt()
    #: Alert notification object.
    notifications: AlertNotification | None = opt()
    tests: tuple[AlertSimpleTest, ...] | None = opt()
    #: Array of test IDs to link to alert rule (get `testId` from `/tests` endpoint).
    test_ids: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class RuleDetailUpdate:
    """The ``RuleDetailUpdate`` schema."""

    #: Unique ID of the rule.
    rule_id: str | None = opt()
    #: Name of the alert rule.
    rule_name: str = required()
    #: The expression of the alert rule.
    expression: str = required()
    #: A description of the alert rule.
    description: str | None = opt()
    #: Direction for applicable alert types (eg.
    direction: AlertDirection | None = opt()
    #: Send notification when alert clears.
    notify_on_clear: bool | None = opt()
    #: If set to `true`, this alert rule becomes the default for its test type and is automatically
    #: applied to newly created tests with relevant metrics.
    is_default: bool | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType = required()
    #: Category of alert type based on the application or network layer and source of the test.
    alert_group_type: AlertGroupType | None = opt()
    #: The minimum number of agents or monitors that must meet the specified criteria to trigger the
    #: alert.
    minimum_sources: int | None = opt()
    #: The minimum percentage of all assigned agents or monitors that must meet the specified
    #: criteria to trigger the alert.
    minimum_sources_pct: int | None = opt()
    #: `exact` requires the same agents to meet the threshold in consecutive rounds.
    rounds_violating_mode: AlertRoundsViolationMode | None = opt()
    #: Specifies the divisor (y value) in the “X of Y times” condition.
    rounds_violating_out_of: int = required()
    #: Specifies the numerator (x value) in the “X of Y times” condition.
    rounds_violating_required: int | None = opt()
    #: Set true to include covered prefixes in the BGP alert rule.
    include_covered_prefixes: bool | None = opt()
    #: Used when `roundsViolatingMode` is set to `auto`.
    sensitivity_level: SensitivityLevel | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    #: An array of endpoint agent IDs associated with the rule (get `id` from `/endpoint/agents`
    #: API).
    endpoint_agent_ids: tuple[str, ...] | None = opt()
    #: An array of label IDs used to assign specific Endpoint Agents to the test (get `id` from
    #: `/endpoint/labels`).
    endpoint_label_ids: tuple[str, ...] | None = opt()
    #: A list of website domains visited during the session.
    visited_sites_filter: tuple[str, ...] | None = opt()
    #: Alert notification object.
    notifications: AlertNotification | None = opt()
    #: Array of test IDs to link to alert rule (get `testId` from `/tests` endpoint).
    test_ids: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class RuleDetailUpdateRequest:
    """The ``RuleDetailUpdateRequest`` schema."""

    #: Name of the alert rule.
    rule_name: str = required()
    #: The expression of the alert rule.
    expression: str = required()
    #: A description of the alert rule.
    description: str | None = opt()
    #: Direction for applicable alert types (eg.
    direction: AlertDirection | None = opt()
    #: Send notification when alert clears.
    notify_on_clear: bool | None = opt()
    #: If set to `true`, this alert rule becomes the default for its test type and is automatically
    #: applied to newly created tests with relevant metrics.
    is_default: bool | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType = required()
    #: Category of alert type based on the application or network layer and source of the test.
    alert_group_type: AlertGroupType | None = opt()
    #: The minimum number of agents or monitors that must meet the specified criteria to trigger the
    #: alert.
    minimum_sources: int | None = opt()
    #: The minimum percentage of all assigned agents or monitors that must meet the specified
    #: criteria to trigger the alert.
    minimum_sources_pct: int | None = opt()
    #: Specifies the divisor (y value) in the “X of Y times” condition.
    rounds_violating_out_of: int = required()
    #: Specifies the numerator (x value) in the “X of Y times” condition.
    rounds_violating_required: int | None = opt()
    #: Set true to include covered prefixes in the BGP alert rule.
    include_covered_prefixes: bool | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    #: An array of endpoint agent IDs associated with the rule (get `id` from `/endpoint/agents`
    #: API).
    endpoint_agent_ids: tuple[str, ...] | None = opt()
    #: An array of label IDs used to assign specific Endpoint Agents to the test (get `id` from
    #: `/endpoint/labels`).
    endpoint_label_ids: tuple[str, ...] | None = opt()
    #: A list of website domains visited during the session.
    visited_sites_filter: tuple[str, ...] | None = opt()
    #: Alert notification object.
    notifications: AlertNotification | None = opt()
    #: Array of test IDs to link to alert rule (get `testId` from `/tests` endpoint).
    test_ids: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Rules:
    """The ``Rules`` schema."""

    alert_rules: tuple[BaseRule, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class StartAlertMetrics:
    """String representation of the metric at the time that the source began alerting."""

    metrics: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


#: The discriminated unions of this module, read by the v7 converter.
UNIONS: tuple[Discriminated, ...] = ()


#: The spec's schemas by name (the request form of a schema only requests use).
SCHEMAS: Mapping[str, Any] = {
    "Alert": Alert,
    "AlertDetail": AlertDetail,
    "AlertDirection": AlertDirection,
    "AlertEmbedded": AlertEmbedded,
    "AlertGroupType": AlertGroupType,
    "AlertLinks": AlertLinks,
    "AlertMeta": AlertMeta,
    "AlertMetricDetail": AlertMetricDetail,
    "AlertNotification": AlertNotification,
    "AlertRoundsViolationMode": AlertRoundsViolationMode,
    "AlertSimpleTest": AlertSimpleTest,
    "AlertSuppressionWindow": AlertSuppressionWindow,
    "AlertSuppressionWindowDetail": AlertSuppressionWindowDetail,
    "AlertSuppressionWindowRequest": AlertSuppressionWindowRequest,
    "AlertSuppressionWindowState": AlertSuppressionWindowState,
    "AlertSuppressionWindows": AlertSuppressionWindows,
    "AlertTestType": AlertTestType,
    "AlertType": AlertType,
    "Alerts": Alerts,
    "Asn": Asn,
    "BaseAlert": BaseAlert,
    "BaseAlertSuppressionWindow": BaseAlertSuppressionWindow,
    "BaseRule": BaseRule,
    "CustomWebhookIntegrationType": CustomWebhookIntegrationType,
    "DaysOfWeek": DaysOfWeek,
    "EndAlertMetrics": EndAlertMetrics,
    "EndRepeat": EndRepeat,
    "EndRepeatType": EndRepeatType,
    "Error": Error,
    "ExpandAlertTestOptions": ExpandAlertTestOptions,
    "IntervalType": IntervalType,
    "LegacyAlert": LegacyAlert,
    "LegacyAlertDetail": LegacyAlertDetail,
    "Link": Link,
    "NotificationCustomWebhook": NotificationCustomWebhook,
    "NotificationEmail": NotificationEmail,
    "NotificationThirdParty": NotificationThirdParty,
    "NotificationWebhook": NotificationWebhook,
    "PaginationLinks": PaginationLinks,
    "Repeat": Repeat,
    "RepeatType": RepeatType,
    "Rule": Rule,
    "RuleDetail": RuleDetail,
    "RuleDetailUpdate": RuleDetailUpdate,
    "Rules": Rules,
    "SelfLinks": SelfLinks,
    "SensitivityLevel": SensitivityLevel,
    "Severity": Severity,
    "SimpleTest": SimpleTest,
    "StartAlertMetrics": StartAlertMetrics,
    "State": State,
    "TestLinks": TestLinks,
    "TestSelfLink": TestSelfLink,
    "TestType": TestType,
    "ThirdPartyIntegrationType": ThirdPartyIntegrationType,
    "UnauthorizedError": UnauthorizedError,
    "ValidationError": ValidationError,
    "ValidationErrorItem": ValidationErrorItem,
    "WebhookIntegrationType": WebhookIntegrationType,
}


#: The request forms of schemas used both ways, by schema name.
REQUEST_SCHEMAS: Mapping[str, Any] = {
    "BaseAlertSuppressionWindow": BaseAlertSuppressionWindowRequest,
    "BaseRule": BaseRuleRequest,
    "RuleDetailUpdate": RuleDetailUpdateRequest,
}
