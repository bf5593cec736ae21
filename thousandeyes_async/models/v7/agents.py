"""Records of the Agents API (v7).

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
    AccountGroup,
    AgentBase,
    AgentResponse,
    CloudEnterpriseAgentType,
    ClusterMember,
    Coordinates,
    EnterpriseAgent,
    EnterpriseAgentData,
    EnterpriseAgentIpv6Policy,
    EnterpriseAgentState,
    Error,
    ErrorDetail,
    ErrorDetailCode,
    InterfaceIpMapping,
    Link,
    NetworkProviderInfo,
    NetworkProviderType,
    SelfLinks,
    SimpleAgent,
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
    "AccountGroup",
    "AgentBase",
    "AgentClusterAssignRequest",
    "AgentClusterUnassignRequest",
    "AgentDetails",
    "AgentDetailsExpand",
    "AgentIpv6Policy",
    "AgentLabel",
    "AgentListExpand",
    "AgentNotification",
    "AgentProxies",
    "AgentProxy",
    "AgentRequest",
    "AgentResponse",
    "AgentTag",
    "AgentTestsAssignRequest",
    "AlertEmail",
    "AlertIntegrationBase",
    "AlertIntegrationType",
    "CloudAgentDetail",
    "CloudEnterpriseAgent",
    "CloudEnterpriseAgentType",
    "CloudEnterpriseAgents",
    "ClusterMember",
    "Coordinates",
    "EnterpriseAgent",
    "EnterpriseAgentClusterDetail",
    "EnterpriseAgentData",
    "EnterpriseAgentDetail",
    "EnterpriseAgentIpv6Policy",
    "EnterpriseAgentResponseExpands",
    "EnterpriseAgentState",
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "InterfaceIpMapping",
    "Link",
    "ListNotificationRulesResponse",
    "LocalProblem",
    "LocalProblemAgent",
    "LocalProblemAgentResults",
    "NetworkProviderInfo",
    "NetworkProviderType",
    "NotificationRule",
    "NotificationRuleDetail",
    "NotificationRules",
    "ProxyAuthType",
    "ProxyType",
    "SelfLinks",
    "SimpleAgent",
    "SimpleEnterpriseAgent",
    "SimpleTest",
    "TestLinks",
    "TestSelfLink",
    "TestType",
    "UnauthorizedError",
    "ValidationError",
    "ValidationErrorItem",
]


class AgentDetailsExpand(OpenStrEnum):
    """The ``AgentDetailsExpand`` values."""

    CLUSTER_MEMBER = "cluster-member"
    TEST = "test"
    TEST_IDS = "test-ids"
    NOTIFICATION_RULE = "notification-rule"


class AgentIpv6Policy(OpenStrEnum):
    """IP version policy, (Enterprise Agents and Enterprise Clusters only)"""

    FORCE_IPV4 = "force-ipv4"
    PREFER_IPV6 = "prefer-ipv6"
    FORCE_IPV6 = "force-ipv6"


class AgentListExpand(OpenStrEnum):
    """The ``AgentListExpand`` values."""

    CLUSTER_MEMBER = "cluster-member"
    TEST = "test"
    TEST_IDS = "test-ids"


class AlertIntegrationType(OpenStrEnum):
    """Type of the alert integration"""

    PAGER_DUTY = "pager-duty"
    SLACK = "slack"


class ProxyAuthType(OpenStrEnum):
    """The type of authentication the proxy requires"""

    BASIC = "basic"
    NTLM = "ntlm"
    KERBEROS = "kerberos"
    UNKNOWN = "unknown"


class ProxyType(OpenStrEnum):
    """The type of proxy, STATIC or PAC."""

    STATIC = "static"
    PAC = "pac"


@attrs.frozen(kw_only=True)
class AgentClusterAssignRequest:
    """The ``AgentClusterAssignRequest`` schema."""

    #: Contains list of agent IDs (get `agentId` from `/agents` operation)
    agents: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentClusterUnassignRequest:
    """The ``AgentClusterUnassignRequest`` schema."""

    #: Contains list of member IDs.
    members: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentLabel:
    """The ``AgentLabel`` schema."""

    #: Label Id.
    label_id: str | None = opt()
    #: Name of the label.
    name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentNotification:
    """Alert notification object."""

    email: AlertEmail | None = opt()
    third_party: tuple[AlertIntegrationBase, ...] | None = opt()
    webhook: tuple[AlertIntegrationBase, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentProxies:
    """The ``AgentProxies`` schema."""

    agent_proxies: tuple[AgentProxy, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentProxy:
    """The ``AgentProxy`` schema."""

    #: Account id that this proxy configuration belongs to
    aid: str | None = opt()
    #: The type of authentication the proxy requires
    auth_type: ProxyAuthType | None = opt()
    #: A list of hostnames, network prefixes, or wildcards used to determine which test targets
    #: should not be proxied.
    bypass_list: tuple[str, ...] | None = opt()
    #: Last modification timestamp of the proxy.
    last_modified: datetime | None = opt()
    #: The location of the proxy.
    location: str | None = opt()
    #: Set to `true` if this proxy configuration comes from the agent’s config file.
    is_local_configured: bool | None = opt()
    #: Expression of agent notification rule.
    name: str | None = opt()
    #: Password for proxy authentication
    password: str | None = opt()
    #: Agent proxy's unique ID.
    proxy_id: str | None = opt()
    #: The type of proxy, STATIC or PAC.
    type: ProxyType | None = opt()
    #: Username for proxy authentication.
    user: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentRequest:
    """The ``AgentRequest`` schema."""

    #: Name of the agent.
    agent_name: str | None = opt()
    #: Flag indicating if the agent is enabled.
    enabled: bool | None = opt()
    #: Contains a list of account groups IDs.
    account_groups: tuple[str, ...] | None = opt()
    #: IP version policy, (Enterprise Agents and Enterprise Clusters only)
    ipv6_policy: AgentIpv6Policy | None = opt()
    #: Flag indicating if the agent retains cache.
    keep_browser_cache: bool | None = opt()
    #: Test target IP address.
    target_for_tests: str | None = opt()
    #: Public IP ranges for rDNS lookups.
    local_resolution_prefixes: tuple[str, ...] | None = opt()
    #: Contains list of test IDs.
    tests: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentTag:
    """The ``AgentTag`` schema."""

    #: Tag Id.
    id: str | None = opt()
    #: Tag key, for example, "Location" or "Department".
    key: str | None = opt()
    #: Tag value, for example, "San Francisco" or "Engineering".
    value: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentTestsAssignRequest:
    """The ``AgentTestsAssignRequest`` schema."""

    #: List of test IDs to assign.
    test_ids: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertEmail:
    """The ``AlertEmail`` schema."""

    #: Message used for email notification.
    message: str | None = opt()
    #: List of recipients emails that will be notified.
    recipients: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertIntegrationBase:
    """The ``AlertIntegrationBase`` schema."""

    #: Unique ID of the integration.
    integration_id: str | None = opt()
    #: Name of the integration.
    integration_name: str | None = opt()
    #: Type of the alert integration
    integration_type: AlertIntegrationType | None = opt()
    #: Target URL of the integration.
    target: str | None = opt()
    #: (PagerDuty only) Authentication method.
    auth_method: str | None = opt()
    #: (PagerDuty only) Authentication user.
    auth_user: str | None = opt()
    #: (PagerDuty only) Authentication token.
    auth_token: str | None = opt()
    #: (Slack only) Slack `#channel` or `@user`.
    channel: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class CloudAgentDetail:
    """The ``CloudAgentDetail`` schema."""

    #: Array of private IP addresses.
    ip_addresses: tuple[str, ...] | None = opt()
    #: Array of public IP addresses.
    public_ip_addresses: tuple[str, ...] | None = opt()
    #: Network (including ASN) of agent’s public IP.
    network: str | None = opt()
    #: Unique ID of the agent.
    agent_id: str | None = opt()
    #: Name of the agent.
    agent_name: str | None = opt()
    #: Location of the agent.
    location: str | None = opt()
    #: 2-digit ISO country code
    country_id: str | None = opt()
    #: Geographic coordinates for agent location.
    coordinates: Coordinates | None = opt()
    network_provider_info: NetworkProviderInfo | None = opt()
    #: Flag indicating if the agent is enabled.
    enabled: bool | None = opt()
    #: Flag indicating if has normal SSL operations or if instead it's set to ignore SSL errors on
    #: browserbot-based tests.
    verify_ssl_certificates: bool | None = opt()
    #: Prefix containing agents public IP address.
    prefix: str | None = opt()
    #: Cloud agent type.
    agent_type: str = required()
    #: List of tests.
    tests: tuple[SimpleTest, ...] | None = opt()
    #: List of labels - see `/labels` for more information.
    labels: tuple[AgentLabel, ...] | None = opt()
    #: List of tags.
    tags: tuple[AgentTag, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class CloudEnterpriseAgent:
    """The ``CloudEnterpriseAgent`` schema."""

    #: Type of the agent.
    agent_type: CloudEnterpriseAgentType | None = opt()
    #: Array of private IP addresses.
    ip_addresses: tuple[str, ...] | None = opt()
    #: Array of public IP addresses.
    public_ip_addresses: tuple[str, ...] | None = opt()
    #: Network (including ASN) of agent’s public IP.
    network: str | None = opt()
    #: Unique ID of the agent.
    agent_id: str | None = opt()
    #: Name of the agent.
    agent_name: str | None = opt()
    #: Location of the agent.
    location: str | None = opt()
    #: 2-digit ISO country code
    country_id: str | None = opt()
    #: Geographic coordinates for agent location.
    coordinates: Coordinates | None = opt()
    network_provider_info: NetworkProviderInfo | None = opt()
    #: Flag indicating if the agent is enabled.
    enabled: bool | None = opt()
    #: Flag indicating if has normal SSL operations or if instead it's set to ignore SSL errors on
    #: browserbot-based tests.
    verify_ssl_certificates: bool | None = opt()
    #: Prefix containing agents public IP address.
    prefix: str | None = opt()
    #: List of test IDs assigned to the agent.
    test_ids: tuple[int, ...] | None = opt()
    #: List of tests.
    tests: tuple[SimpleTest, ...] | None = opt()
    #: If an enterprise agent is clustered, detailed information about each cluster member will be
    #: shown as array entries in the clusterMembers field.
    cluster_members: tuple[ClusterMember, ...] | None = opt()
    #: Shows overall utilization percentage (online Enterprise Agents and Enterprise Clusters only).
    utilization: int | None = opt()
    #: List of account groups.
    account_groups: tuple[AccountGroup, ...] | None = opt()
    #: IP version policy, (Enterprise Agents and Enterprise Clusters only)
    ipv6_policy: EnterpriseAgentIpv6Policy | None = opt()
    #: If an enterprise agent or a cluster member presents at least one error, the errors will be
    #: shown as an array of entries in the errorDetails field...
    error_details: tuple[ErrorDetail, ...] | None = opt()
    #: Fully qualified domain name of the agent (Enterprise Agents only)
    hostname: str | None = opt()
    #: UTC last seen date (ISO date-time format).
    last_seen: datetime | None = opt()
    #: State of the agent.
    agent_state: EnterpriseAgentState | None = opt()
    #: Flag indicating if the agent retains cache.
    keep_browser_cache: bool | None = opt()
    #: UTC Agent creation date (ISO date-time format).
    created_date: datetime | None = opt()
    #: Test target IP address.
    target_for_tests: str | None = opt()
    #: Serial number of an enterprise agent or cluster member device.
    serial_number: str | None = opt()
    #: To perform rDNS lookups for public IP ranges, this field represents the public IP ranges.
    local_resolution_prefixes: tuple[str, ...] | None = opt()
    interface_ip_mapping: tuple[InterfaceIpMapping, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class CloudEnterpriseAgents:
    """The ``CloudEnterpriseAgents`` schema."""

    agents: tuple[CloudEnterpriseAgent, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EnterpriseAgentClusterDetail:
    """The ``EnterpriseAgentClusterDetail`` schema."""

    #: Enterprise Cluster agent type.
    agent_type: str = required()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Array of private IP addresses.
    ip_addresses: tuple[str, ...] | None = opt()
    #: Array of public IP addresses.
    public_ip_addresses: tuple[str, ...] | None = opt()
    #: Network (including ASN) of agent’s public IP.
    network: str | None = opt()
    #: Unique ID of the agent.
    agent_id: str | None = opt()
    #: Name of the agent.
    agent_name: str | None = opt()
    #: Location of the agent.
    location: str | None = opt()
    #: 2-digit ISO country code
    country_id: str | None = opt()
    #: Geographic coordinates for agent location.
    coordinates: Coordinates | None = opt()
    network_provider_info: NetworkProviderInfo | None = opt()
    #: Flag indicating if the agent is enabled.
    enabled: bool | None = opt()
    #: Flag indicating if has normal SSL operations or if instead it's set to ignore SSL errors on
    #: browserbot-based tests.
    verify_ssl_certificates: bool | None = opt()
    #: Prefix containing agents public IP address.
    prefix: str | None = opt()
    #: List of test IDs assigned to the agent.
    test_ids: tuple[int, ...] | None = opt()
    #: List of tests.
    tests: tuple[SimpleTest, ...] | None = opt()
    #: If an enterprise agent is clustered, detailed information about each cluster member will be
    #: shown as array entries in the clusterMembers field.
    cluster_members: tuple[ClusterMember, ...] | None = opt()
    #: Shows overall utilization percentage (online Enterprise Agents and Enterprise Clusters only).
    utilization: int | None = opt()
    #: List of account groups.
    account_groups: tuple[AccountGroup, ...] | None = opt()
    #: IP version policy, (Enterprise Agents and Enterprise Clusters only)
    ipv6_policy: EnterpriseAgentIpv6Policy | None = opt()
    #: If an enterprise agent or a cluster member presents at least one error, the errors will be
    #: shown as an array of entries in the errorDetails field...
    error_details: tuple[ErrorDetail, ...] | None = opt()
    #: Fully qualified domain name of the agent (Enterprise Agents only)
    hostname: str | None = opt()
    #: UTC last seen date (ISO date-time format).
    last_seen: datetime | None = opt()
    #: State of the agent.
    agent_state: EnterpriseAgentState | None = opt()
    #: Flag indicating if the agent retains cache.
    keep_browser_cache: bool | None = opt()
    #: UTC Agent creation date (ISO date-time format).
    created_date: datetime | None = opt()
    #: Test target IP address.
    target_for_tests: str | None = opt()
    #: Serial number of an enterprise agent or cluster member device.
    serial_number: str | None = opt()
    #: To perform rDNS lookups for public IP ranges, this field represents the public IP ranges.
    local_resolution_prefixes: tuple[str, ...] | None = opt()
    interface_ip_mapping: tuple[InterfaceIpMapping, ...] | None = opt()
    #: List of notification rule objects configured on agent
    notification_rules: tuple[NotificationRules, ...] | None = opt()
    #: List of labels.
    labels: tuple[AgentLabel, ...] | None = opt()
    #: List of tags.
    tags: tuple[AgentTag, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EnterpriseAgentDetail:
    """The ``EnterpriseAgentDetail`` schema."""

    #: Enterprise agent type.
    agent_type: str = required()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    #: Array of private IP addresses.
    ip_addresses: tuple[str, ...] | None = opt()
    #: Array of public IP addresses.
    public_ip_addresses: tuple[str, ...] | None = opt()
    #: Network (including ASN) of agent’s public IP.
    network: str | None = opt()
    #: Unique ID of the agent.
    agent_id: str | None = opt()
    #: Name of the agent.
    agent_name: str | None = opt()
    #: Location of the agent.
    location: str | None = opt()
    #: 2-digit ISO country code
    country_id: str | None = opt()
    #: Geographic coordinates for agent location.
    coordinates: Coordinates | None = opt()
    network_provider_info: NetworkProviderInfo | None = opt()
    #: Flag indicating if the agent is enabled.
    enabled: bool | None = opt()
    #: Flag indicating if has normal SSL operations or if instead it's set to ignore SSL errors on
    #: browserbot-based tests.
    verify_ssl_certificates: bool | None = opt()
    #: Prefix containing agents public IP address.
    prefix: str | None = opt()
    #: List of test IDs assigned to the agent.
    test_ids: tuple[int, ...] | None = opt()
    #: List of tests.
    tests: tuple[SimpleTest, ...] | None = opt()
    #: If an enterprise agent is clustered, detailed information about each cluster member will be
    #: shown as array entries in the clusterMembers field.
    cluster_members: tuple[ClusterMember, ...] | None = opt()
    #: Shows overall utilization percentage (online Enterprise Agents and Enterprise Clusters only).
    utilization: int | None = opt()
    #: List of account groups.
    account_groups: tuple[AccountGroup, ...] | None = opt()
    #: IP version policy, (Enterprise Agents and Enterprise Clusters only)
    ipv6_policy: EnterpriseAgentIpv6Policy | None = opt()
    #: If an enterprise agent or a cluster member presents at least one error, the errors will be
    #: shown as an array of entries in the errorDetails field...
    error_details: tuple[ErrorDetail, ...] | None = opt()
    #: Fully qualified domain name of the agent (Enterprise Agents only)
    hostname: str | None = opt()
    #: UTC last seen date (ISO date-time format).
    last_seen: datetime | None = opt()
    #: State of the agent.
    agent_state: EnterpriseAgentState | None = opt()
    #: Flag indicating if the agent retains cache.
    keep_browser_cache: bool | None = opt()
    #: UTC Agent creation date (ISO date-time format).
    created_date: datetime | None = opt()
    #: Test target IP address.
    target_for_tests: str | None = opt()
    #: Serial number of an enterprise agent or cluster member device.
    serial_number: str | None = opt()
    #: To perform rDNS lookups for public IP ranges, this field represents the public IP ranges.
    local_resolution_prefixes: tuple[str, ...] | None = opt()
    interface_ip_mapping: tuple[InterfaceIpMapping, ...] | None = opt()
    #: List of notification rule objects configured on agent
    notification_rules: tuple[NotificationRules, ...] | None = opt()
    #: List of labels.
    labels: tuple[AgentLabel, ...] | None = opt()
    #: List of tags.
    tags: tuple[AgentTag, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class EnterpriseAgentResponseExpands:
    """The ``EnterpriseAgentResponseExpands`` schema."""

    #: List of test IDs assigned to the agent.
    test_ids: tuple[int, ...] | None = opt()
    #: List of tests.
    tests: tuple[SimpleTest, ...] | None = opt()
    #: List of notification rule objects configured on agent
    notification_rules: tuple[NotificationRules, ...] | None = opt()
    #: List of labels.
    labels: tuple[AgentLabel, ...] | None = opt()
    #: List of tags.
    tags: tuple[AgentTag, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ListNotificationRulesResponse:
    """The ``ListNotificationRulesResponse`` schema."""

    agent_alert_rules: tuple[NotificationRule, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class LocalProblem:
    """The ``LocalProblem`` schema."""

    agent: LocalProblemAgent = required()
    #: Date and time when the local problem interval started, in UTC.
    start_date: datetime = required()
    #: Date and time when the local problem interval ended, in UTC.
    end_date: datetime | None = opt()
    #: Duration of the local problem interval in seconds.
    duration: int = required()
    #: Indicates whether the local problem is active.
    active: bool = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class LocalProblemAgent:
    """The ``LocalProblemAgent`` schema."""

    #: Agent ID.
    agent_id: str | None = opt()
    #: Agent name.
    agent_name: str | None = opt()
    #: Two-letter ISO country code where the agent is located.
    country_id: str | None = opt()
    #: Agent location.
    location: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class LocalProblemAgentResults:
    """The ``LocalProblemAgentResults`` schema."""

    local_problems: tuple[LocalProblem, ...] | None = opt()
    #: (Optional) When passing `window` or `startDate` parameter, the client will also receive the
    #: `startDate` field indicating the UTC start date of the data's...
    start_date: datetime | None = opt()
    #: (Optional) When passing `window` or `endDate` parameter, the client will also receive the
    #: `endDate` field indicating the UTC end date of the data's time...
    end_date: datetime | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NotificationRule:
    """The ``NotificationRule`` schema."""

    #: Agent notification rule ID
    rule_id: str | None = opt()
    #: Name of the agent notification rule
    rule_name: str | None = opt()
    #: Expression of agent notification rule
    expression: str | None = opt()
    #: Send notification when notification clears
    notify_on_clear: bool | None = opt()
    #: Agent notification rule will be automatically included on all new Enterprise Agents.
    is_default: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NotificationRuleDetail:
    """The ``NotificationRuleDetail`` schema."""

    #: Agent notification rule ID
    rule_id: str | None = opt()
    #: Name of the agent notification rule
    rule_name: str | None = opt()
    #: Expression of agent notification rule
    expression: str | None = opt()
    #: Send notification when notification clears
    notify_on_clear: bool | None = opt()
    #: Agent notification rule will be automatically included on all new Enterprise Agents.
    is_default: bool | None = opt()
    #: Alert notification object.
    notifications: AgentNotification | None = opt()
    agents: tuple[AgentResponse, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NotificationRules:
    """The ``NotificationRules`` schema."""

    agent_alert_rules: tuple[NotificationRule, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SimpleEnterpriseAgent:
    """The ``SimpleEnterpriseAgent`` schema."""

    #: Array of private IP addresses.
    ip_addresses: tuple[str, ...] | None = opt()
    #: Array of public IP addresses.
    public_ip_addresses: tuple[str, ...] | None = opt()
    #: Network (including ASN) of agent’s public IP.
    network: str | None = opt()
    #: Unique ID of the agent.
    agent_id: str | None = opt()
    #: Name of the agent.
    agent_name: str | None = opt()
    #: Location of the agent.
    location: str | None = opt()
    #: 2-digit ISO country code
    country_id: str | None = opt()
    #: Geographic coordinates for agent location.
    coordinates: Coordinates | None = opt()
    network_provider_info: NetworkProviderInfo | None = opt()
    #: Flag indicating if the agent is enabled.
    enabled: bool | None = opt()
    #: Flag indicating if has normal SSL operations or if instead it's set to ignore SSL errors on
    #: browserbot-based tests.
    verify_ssl_certificates: bool | None = opt()
    #: Prefix containing agents public IP address.
    prefix: str | None = opt()
    #: List of test IDs assigned to the agent.
    test_ids: tuple[int, ...] | None = opt()
    #: List of tests.
    tests: tuple[SimpleTest, ...] | None = opt()
    #: If an enterprise agent is clustered, detailed information about each cluster member will be
    #: shown as array entries in the clusterMembers field.
    cluster_members: tuple[ClusterMember, ...] | None = opt()
    #: Shows overall utilization percentage (online Enterprise Agents and Enterprise Clusters only).
    utilization: int | None = opt()
    #: List of account groups.
    account_groups: tuple[AccountGroup, ...] | None = opt()
    #: IP version policy, (Enterprise Agents and Enterprise Clusters only)
    ipv6_policy: EnterpriseAgentIpv6Policy | None = opt()
    #: If an enterprise agent or a cluster member presents at least one error, the errors will be
    #: shown as an array of entries in the errorDetails field...
    error_details: tuple[ErrorDetail, ...] | None = opt()
    #: Fully qualified domain name of the agent (Enterprise Agents only)
    hostname: str | None = opt()
    #: UTC last seen date (ISO date-time format).
    last_seen: datetime | None = opt()
    #: State of the agent.
    agent_state: EnterpriseAgentState | None = opt()
    #: Flag indicating if the agent retains cache.
    keep_browser_cache: bool | None = opt()
    #: UTC Agent creation date (ISO date-time format).
    created_date: datetime | None = opt()
    #: Test target IP address.
    target_for_tests: str | None = opt()
    #: Serial number of an enterprise agent or cluster member device.
    serial_number: str | None = opt()
    #: To perform rDNS lookups for public IP ranges, this field represents the public IP ranges.
    local_resolution_prefixes: tuple[str, ...] | None = opt()
    interface_ip_mapping: tuple[InterfaceIpMapping, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


#: One of the ``AgentDetails`` kinds.
AgentDetails = CloudAgentDetail | EnterpriseAgentDetail | EnterpriseAgentClusterDetail


#: The discriminated unions of this module, read by the v7 converter.
UNIONS: tuple[Discriminated, ...] = (
    Discriminated(
        AgentDetails,
        "agentType",
        {
            "cloud": CloudAgentDetail,
            "enterprise": EnterpriseAgentDetail,
            "enterprise-cluster": EnterpriseAgentClusterDetail,
        },
    ),
)


#: The spec's schemas by name (the request form of a schema only requests use).
SCHEMAS: Mapping[str, Any] = {
    "AccountGroup": AccountGroup,
    "AgentBase": AgentBase,
    "AgentClusterAssignRequest": AgentClusterAssignRequest,
    "AgentClusterUnassignRequest": AgentClusterUnassignRequest,
    "AgentDetails": AgentDetails,
    "AgentDetailsExpand": AgentDetailsExpand,
    "AgentIpv6Policy": AgentIpv6Policy,
    "AgentLabel": AgentLabel,
    "AgentListExpand": AgentListExpand,
    "AgentNotification": AgentNotification,
    "AgentProxies": AgentProxies,
    "AgentProxy": AgentProxy,
    "AgentRequest": AgentRequest,
    "AgentResponse": AgentResponse,
    "AgentTag": AgentTag,
    "AgentTestsAssignRequest": AgentTestsAssignRequest,
    "AlertEmail": AlertEmail,
    "AlertIntegrationBase": AlertIntegrationBase,
    "AlertIntegrationType": AlertIntegrationType,
    "CloudAgentDetail": CloudAgentDetail,
    "CloudEnterpriseAgent": CloudEnterpriseAgent,
    "CloudEnterpriseAgentType": CloudEnterpriseAgentType,
    "CloudEnterpriseAgents": CloudEnterpriseAgents,
    "ClusterMember": ClusterMember,
    "Coordinates": Coordinates,
    "EnterpriseAgent": EnterpriseAgent,
    "EnterpriseAgentClusterDetail": EnterpriseAgentClusterDetail,
    "EnterpriseAgentData": EnterpriseAgentData,
    "EnterpriseAgentDetail": EnterpriseAgentDetail,
    "EnterpriseAgentIpv6Policy": EnterpriseAgentIpv6Policy,
    "EnterpriseAgentResponseExpands": EnterpriseAgentResponseExpands,
    "EnterpriseAgentState": EnterpriseAgentState,
    "Error": Error,
    "ErrorDetail": ErrorDetail,
    "ErrorDetailCode": ErrorDetailCode,
    "InterfaceIpMapping": InterfaceIpMapping,
    "Link": Link,
    "ListNotificationRulesResponse": ListNotificationRulesResponse,
    "LocalProblem": LocalProblem,
    "LocalProblemAgent": LocalProblemAgent,
    "LocalProblemAgentResults": LocalProblemAgentResults,
    "NetworkProviderInfo": NetworkProviderInfo,
    "NetworkProviderType": NetworkProviderType,
    "NotificationRule": NotificationRule,
    "NotificationRuleDetail": NotificationRuleDetail,
    "NotificationRules": NotificationRules,
    "ProxyAuthType": ProxyAuthType,
    "ProxyType": ProxyType,
    "SelfLinks": SelfLinks,
    "SimpleAgent": SimpleAgent,
    "SimpleEnterpriseAgent": SimpleEnterpriseAgent,
    "SimpleTest": SimpleTest,
    "TestLinks": TestLinks,
    "TestSelfLink": TestSelfLink,
    "TestType": TestType,
    "UnauthorizedError": UnauthorizedError,
    "ValidationError": ValidationError,
    "ValidationErrorItem": ValidationErrorItem,
}


#: The request forms of schemas used both ways, by schema name.
REQUEST_SCHEMAS: Mapping[str, Any] = {}
