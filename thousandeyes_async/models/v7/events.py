"""Records of the Event Detection API (v7).

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
    Error,
    Link,
    SelfLinks,
    TestType,
    UnauthorizedError,
    ValidationError,
    ValidationErrorItem,
)

__all__ = [
    "REQUEST_SCHEMAS",
    "SCHEMAS",
    "UNIONS",
    "AffectedAgents",
    "AffectedCount",
    "AffectedTargets",
    "AffectedTests",
    "AgentBranchEventDetail",
    "AgentBranchEventGrouping",
    "AgentEventDetail",
    "AgentEventGrouping",
    "AgentLinks",
    "AgentLocalEventDetail",
    "AgentLocalEventGrouping",
    "ApiAffectedTarget",
    "ApplicationEventDetail",
    "ApplicationEventGrouping",
    "DnsEventDetail",
    "DnsEventGrouping",
    "DnsNameEventDetail",
    "DnsNameEventGrouping",
    "DnsServerEventDetail",
    "DnsServerEventGrouping",
    "DomainEventDetail",
    "DomainEventGrouping",
    "Error",
    "Event",
    "EventAffectedAgentType",
    "EventAgentType",
    "EventAlertSeverity",
    "EventApiAffectedAgent",
    "EventApiAffectedTest",
    "EventDetail",
    "EventDetailBase",
    "EventState",
    "EventTestLinks",
    "EventType",
    "Events",
    "GatewayEventDetail",
    "GatewayEventGrouping",
    "Link",
    "NameServerEventDetail",
    "NameServerEventGrouping",
    "NetworkEventDetail",
    "NetworkEventGrouping",
    "NetworkPopEventDetail",
    "PaginationNextAndSelfLinks",
    "ProxyEventDetail",
    "ProxyEventGrouping",
    "SelfLinks",
    "SimpleEventDetail",
    "TargetEventDetail",
    "TargetEventGrouping",
    "TargetNetworkEventDetail",
    "TargetNetworkEventGrouping",
    "TestType",
    "UnauthorizedError",
    "ValidationError",
    "ValidationErrorItem",
    "VpnEventDetail",
    "VpnEventGrouping",
    "WirelessEventDetail",
    "WirelessEventGrouping",
]


class EventAffectedAgentType(OpenStrEnum):
    """Type of the affected agent."""

    CLOUD = "cloud"
    ENTERPRISE_CLUSTER = "enterprise-cluster"
    ENTERPRISE = "enterprise"
    ENTERPRISE_LITE = "enterprise-lite"
    ENTERPRISE_PULSE = "enterprise-pulse"
    ENTERPRISE_CSC = "enterprise-csc"


class EventAgentType(OpenStrEnum):
    """Specifies the agent type associated with the event."""

    CLOUD_ENTERPRISE_AGENT = "cloud-enterprise-agent"
    ENDPOINT_AGENT = "endpoint-agent"


class EventAlertSeverity(OpenStrEnum):
    """The severity of the alert."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    UNKNOWN = "unknown"


class EventState(OpenStrEnum):
    """Indicates the state of the event, whether it is ongoing (active) or has been resolved."""

    ACTIVE = "active"
    RESOLVED = "resolved"


class EventType(OpenStrEnum):
    """Specifies the event type in a machine-readable and backwards-compatible format, such as
    `agent` or `target`.
    """

    AGENT_LOCAL = "agent-local"
    NETWORK_POP = "network-pop"
    NETWORK = "network"
    DNS = "dns"
    TARGET = "target"
    TARGET_NETWORK = "target-network"
    PROXY = "proxy"
    AGENT = "agent"
    APPLICATION = "application"
    WIRELESS = "wireless"
    GATEWAY = "gateway"
    DNS_SERVER = "dns-server"
    DNS_NAME = "dns-name"
    VPN = "vpn"
    AGENT_BRANCH = "agent-branch"
    DOMAIN = "domain"
    NAME_SERVER = "name-server"


@attrs.frozen(kw_only=True)
class AffectedAgents:
    """The ``AffectedAgents`` schema."""

    #: The total number affected.
    total: int | None = opt()
    #: Indicates if in the affected account group.
    in_account_group: int | None = opt()
    #: List of affected agents.
    agents: tuple[EventApiAffectedAgent, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AffectedCount:
    """The ``AffectedCount`` schema."""

    #: The total number affected.
    total: int | None = opt()
    #: Indicates if in the affected account group.
    in_account_group: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AffectedTargets:
    """The ``AffectedTargets`` schema."""

    #: The total number affected.
    total: int | None = opt()
    #: Indicates if in the affected account group.
    in_account_group: int | None = opt()
    #: List of affected targets.
    targets: tuple[ApiAffectedTarget, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AffectedTests:
    """The ``AffectedTests`` schema."""

    #: The total number affected.
    total: int | None = opt()
    #: Indicates if in the affected account group.
    in_account_group: int | None = opt()
    #: List of affected tests.
    tests: tuple[EventApiAffectedTest, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentBranchEventDetail:
    """The ``AgentBranchEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Agent branch event type.
    type: str = required()
    grouping: AgentBranchEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentBranchEventGrouping:
    """The ``AgentBranchEventGrouping`` schema."""

    #: AS number of the agent's network (for agent-branch events).
    asn: int | None = opt()
    #: City associated with the agent's AS (for agent-branch events).
    asn_city: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentEventDetail:
    """The ``AgentEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Agent event type.
    type: str = required()
    grouping: AgentEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentEventGrouping:
    """The ``AgentEventGrouping`` schema."""

    #: Agent identifier (for agent events).
    agent_id: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentLinks:
    """A links object containing the agent link."""

    #: A hyperlink from the containing resource to a URI.
    agent: Link | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentLocalEventDetail:
    """The ``AgentLocalEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Agent local event type.
    type: str = required()
    grouping: AgentLocalEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentLocalEventGrouping:
    """The ``AgentLocalEventGrouping`` schema."""

    #: Numeric Agent ID (for agent-local events).
    agent_id: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiAffectedTarget:
    """The ``ApiAffectedTarget`` schema."""

    #: The ID of the target server.
    server_id: str | None = opt()
    #: The target name as configured in the test settings.
    name: str | None = opt()
    #: The target server IP resolved by the agent.
    ip: str | None = opt()
    #: An array of unique test IDs that contributed data points which generated the signal for the
    #: event.
    affected_test_ids: tuple[str, ...] | None = opt()
    #: An array of unique agent IDs that contributed data points which generated the signal for the
    #: event.
    affected_agent_ids: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApplicationEventDetail:
    """The ``ApplicationEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Application event type.
    type: str = required()
    grouping: ApplicationEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApplicationEventGrouping:
    """The ``ApplicationEventGrouping`` schema."""

    #: Fully qualified domain name of the application (for application events).
    fqdn: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsEventDetail:
    """The ``DnsEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: DNS event type.
    type: str = required()
    grouping: DnsEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsEventGrouping:
    """The ``DnsEventGrouping`` schema."""

    #: Root domain name (for dns events).
    root_domain: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsNameEventDetail:
    """The ``DnsNameEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: DNS name event type.
    type: str = required()
    grouping: DnsNameEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsNameEventGrouping:
    """The ``DnsNameEventGrouping`` schema."""

    #: Domain name suffix (for dns-name events).
    domain_name_suffix: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerEventDetail:
    """The ``DnsServerEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: DNS server event type.
    type: str = required()
    grouping: DnsServerEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerEventGrouping:
    """The ``DnsServerEventGrouping`` schema."""

    #: DNS server IP address (for dns-server events).
    ip_address: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DomainEventDetail:
    """The ``DomainEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Domain event type.
    type: str = required()
    grouping: DomainEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DomainEventGrouping:
    """The ``DomainEventGrouping`` schema."""

    #: Fully qualified domain name (for domain events).
    fqdn: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Event:
    """The ``Event`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: Event title
    title: str | None = opt()
    #: Specifies the event type in a machine-readable and backwards-compatible format, such as
    #: `agent` or `target`.
    type: EventType | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedCount | None = opt()
    affected_targets: AffectedCount | None = opt()
    affected_agents: AffectedCount | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EventApiAffectedAgent:
    """The ``EventApiAffectedAgent`` schema."""

    #: The ID of the virtual agent.
    agent_id: str | None = opt()
    #: Type of the affected agent.
    type: EventAffectedAgentType | None = opt()
    #: The name of the agent as defined in settings.
    name: str | None = opt()
    #: The name of the agent's location.
    location: str | None = opt()
    #: The country code of the agent's location .
    country_code: str | None = opt()
    #: An array of unique target IDs that contributed data points which generated the signal for the
    #: event.
    affected_target_ids: tuple[str, ...] | None = opt()
    #: An array of unique agent IDs that contributed data points which generated the signal for the
    #: event.
    affected_test_ids: tuple[str, ...] | None = opt()
    #: A links object containing the agent link.
    links: AgentLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EventApiAffectedTest:
    """The ``EventApiAffectedTest`` schema."""

    #: The ID of the affected test.
    test_id: str | None = opt()
    #: This is a read only value, as test type is implicit in the test creation url.
    test_type: TestType | None = opt()
    #: The test name as configured in the test settings.
    name: str | None = opt()
    #: An array of unique target IDs contributed data points which generated the signal for the
    #: event.
    affected_target_ids: tuple[str, ...] | None = opt()
    #: An array of unique agent IDs that contributed data points which generated the signal for the
    #: event.
    affected_agent_ids: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: EventTestLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EventDetailBase:
    """The ``EventDetailBase`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EventTestLinks:
    """A links object containing the self link."""

    #: A hyperlink from the containing resource to a URI.
    test: Link | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Events:
    """The ``Events`` schema."""

    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: (Optional) When passing `window` or `startDate` parameter, the client will also receive the
    #: `startDate` field indicating the UTC start date of the data's...
    start_date: datetime | None = opt()
    #: (Optional) When passing `window` or `endDate` parameter, the client will also receive the
    #: `endDate` field indicating the UTC end date of the data's time...
    end_date: datetime | None = opt()
    events: tuple[Event, ...] | None = opt()
    #: A links object containing pagination-related links, including only next and self.
    links: PaginationNextAndSelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class GatewayEventDetail:
    """The ``GatewayEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Gateway event type.
    type: str = required()
    grouping: GatewayEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class GatewayEventGrouping:
    """The ``GatewayEventGrouping`` schema."""

    #: Gateway IP address (for gateway events).
    ip_address: str | None = opt()
    #: Gateway MAC address (for gateway events).
    mac_address: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NameServerEventDetail:
    """The ``NameServerEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Name server event type.
    type: str = required()
    grouping: NameServerEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NameServerEventGrouping:
    """The ``NameServerEventGrouping`` schema."""

    #: Name server hostname (for name-server events).
    server_name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NetworkEventDetail:
    """The ``NetworkEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Network event type.
    type: str = required()
    grouping: NetworkEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NetworkEventGrouping:
    """The ``NetworkEventGrouping`` schema."""

    #: AS number of the source network (for network-pop and network events).
    source_asn: int | None = opt()
    #: AS number of the destination network (for network events).
    dest_asn: int | None = opt()
    #: The source network's country code (for network-pop and network events).
    source_country_code: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NetworkPopEventDetail:
    """The ``NetworkPopEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Network pop event type.
    type: str = required()
    grouping: NetworkEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PaginationNextAndSelfLinks:
    """A links object containing pagination-related links, including only next and self."""

    #: A hyperlink from the containing resource to a URI.
    next: Link | None = opt()
    #: A hyperlink from the containing resource to a URI.
    self_: Link | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ProxyEventDetail:
    """The ``ProxyEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Proxy event type.
    type: str = required()
    grouping: ProxyEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ProxyEventGrouping:
    """The ``ProxyEventGrouping`` schema."""

    #: Proxy name or IP (for proxy events).
    proxy: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SimpleEventDetail:
    """The ``SimpleEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TargetEventDetail:
    """The ``TargetEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Target event type.
    type: str = required()
    grouping: TargetEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TargetEventGrouping:
    """The ``TargetEventGrouping`` schema."""

    #: Target name (for target events).
    target: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TargetNetworkEventDetail:
    """The ``TargetNetworkEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Target network event type.
    type: str = required()
    grouping: TargetNetworkEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TargetNetworkEventGrouping:
    """The ``TargetNetworkEventGrouping`` schema."""

    #: Prefix value for target-network events.
    prefix: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VpnEventDetail:
    """The ``VpnEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: VPN event type.
    type: str = required()
    grouping: VpnEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VpnEventGrouping:
    """The ``VpnEventGrouping`` schema."""

    #: VPN type (for vpn events).
    vpn_type: str | None = opt()
    #: VPN server IP address (for vpn events).
    vpn_server_ip_address: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WirelessEventDetail:
    """The ``WirelessEventDetail`` schema."""

    #: A unique ID for each event.
    id: str | None = opt()
    #: Event type name.
    type_name: str | None = opt()
    #: Indicates the state of the event, whether it is ongoing (active) or has been resolved.
    state: EventState | None = opt()
    #: The start date and time (in UTC, ISO 8601 format) when the event was first detected.
    start_date: datetime | None = opt()
    #: The end date and time (in UTC, ISO 8601 format) when the event was resolved (due to timeout).
    end_date: datetime | None = opt()
    #: The severity of the alert.
    severity: EventAlertSeverity | None = opt()
    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: A brief summary describing the cause of the event.
    summary: str | None = opt()
    #: Specifies the agent type associated with the event.
    agent_type: EventAgentType | None = opt()
    affected_tests: AffectedTests | None = opt()
    affected_targets: AffectedTargets | None = opt()
    affected_agents: AffectedAgents | None = opt()
    #: The cause of the error.
    cause: tuple[str, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Wireless event type.
    type: str = required()
    grouping: WirelessEventGrouping | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WirelessEventGrouping:
    """The ``WirelessEventGrouping`` schema."""

    #: Wireless network SSID (for wireless events).
    ssid: str | None = opt()
    #: Wireless network BSSID (for wireless events).
    bssid: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


#: One of the ``EventDetail`` kinds.
EventDetail = (
    TargetEventDetail
    | TargetNetworkEventDetail
    | ProxyEventDetail
    | DnsEventDetail
    | AgentLocalEventDetail
    | NetworkEventDetail
    | NetworkPopEventDetail
    | AgentEventDetail
    | ApplicationEventDetail
    | WirelessEventDetail
    | GatewayEventDetail
    | DnsServerEventDetail
    | DnsNameEventDetail
    | VpnEventDetail
    | AgentBranchEventDetail
    | DomainEventDetail
    | NameServerEventDetail
)


#: The discriminated unions of this module, read by the v7 converter.
UNIONS: tuple[Discriminated, ...] = (
    Discriminated(
        EventDetail,
        "type",
        {
            "target": TargetEventDetail,
            "target-network": TargetNetworkEventDetail,
            "proxy": ProxyEventDetail,
            "dns": DnsEventDetail,
            "agent-local": AgentLocalEventDetail,
            "network": NetworkEventDetail,
            "network-pop": NetworkPopEventDetail,
            "agent": AgentEventDetail,
            "application": ApplicationEventDetail,
            "wireless": WirelessEventDetail,
            "gateway": GatewayEventDetail,
            "dns-server": DnsServerEventDetail,
            "dns-name": DnsNameEventDetail,
            "vpn": VpnEventDetail,
            "agent-branch": AgentBranchEventDetail,
            "domain": DomainEventDetail,
            "name-server": NameServerEventDetail,
        },
    ),
)


#: The spec's schemas by name (the request form of a schema only requests use).
SCHEMAS: Mapping[str, Any] = {
    "AffectedAgents": AffectedAgents,
    "AffectedCount": AffectedCount,
    "AffectedTargets": AffectedTargets,
    "AffectedTests": AffectedTests,
    "AgentBranchEventDetail": AgentBranchEventDetail,
    "AgentBranchEventGrouping": AgentBranchEventGrouping,
    "AgentEventDetail": AgentEventDetail,
    "AgentEventGrouping": AgentEventGrouping,
    "AgentLinks": AgentLinks,
    "AgentLocalEventDetail": AgentLocalEventDetail,
    "AgentLocalEventGrouping": AgentLocalEventGrouping,
    "ApiAffectedTarget": ApiAffectedTarget,
    "ApplicationEventDetail": ApplicationEventDetail,
    "ApplicationEventGrouping": ApplicationEventGrouping,
    "DnsEventDetail": DnsEventDetail,
    "DnsEventGrouping": DnsEventGrouping,
    "DnsNameEventDetail": DnsNameEventDetail,
    "DnsNameEventGrouping": DnsNameEventGrouping,
    "DnsServerEventDetail": DnsServerEventDetail,
    "DnsServerEventGrouping": DnsServerEventGrouping,
    "DomainEventDetail": DomainEventDetail,
    "DomainEventGrouping": DomainEventGrouping,
    "Error": Error,
    "Event": Event,
    "EventAffectedAgentType": EventAffectedAgentType,
    "EventAgentType": EventAgentType,
    "EventAlertSeverity": EventAlertSeverity,
    "EventApiAffectedAgent": EventApiAffectedAgent,
    "EventApiAffectedTest": EventApiAffectedTest,
    "EventDetail": EventDetail,
    "EventDetailBase": EventDetailBase,
    "EventState": EventState,
    "EventTestLinks": EventTestLinks,
    "EventType": EventType,
    "Events": Events,
    "GatewayEventDetail": GatewayEventDetail,
    "GatewayEventGrouping": GatewayEventGrouping,
    "Link": Link,
    "NameServerEventDetail": NameServerEventDetail,
    "NameServerEventGrouping": NameServerEventGrouping,
    "NetworkEventDetail": NetworkEventDetail,
    "NetworkEventGrouping": NetworkEventGrouping,
    "NetworkPopEventDetail": NetworkPopEventDetail,
    "PaginationNextAndSelfLinks": PaginationNextAndSelfLinks,
    "ProxyEventDetail": ProxyEventDetail,
    "ProxyEventGrouping": ProxyEventGrouping,
    "SelfLinks": SelfLinks,
    "SimpleEventDetail": SimpleEventDetail,
    "TargetEventDetail": TargetEventDetail,
    "TargetEventGrouping": TargetEventGrouping,
    "TargetNetworkEventDetail": TargetNetworkEventDetail,
    "TargetNetworkEventGrouping": TargetNetworkEventGrouping,
    "TestType": TestType,
    "UnauthorizedError": UnauthorizedError,
    "ValidationError": ValidationError,
    "ValidationErrorItem": ValidationErrorItem,
    "VpnEventDetail": VpnEventDetail,
    "VpnEventGrouping": VpnEventGrouping,
    "WirelessEventDetail": WirelessEventDetail,
    "WirelessEventGrouping": WirelessEventGrouping,
}


#: The request forms of schemas used both ways, by schema name.
REQUEST_SCHEMAS: Mapping[str, Any] = {}
