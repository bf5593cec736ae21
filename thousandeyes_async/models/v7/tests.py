"""Records of the Tests API (v7).

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
    AgentBase,
    AgentInterfaces,
    AgentResponse,
    AgentToAgentInstantTest,
    AgentToAgentProperties,
    AgentToAgentPropertiesRequest,
    AgentToAgentTestProtocol,
    AgentToServerInstantTest,
    AgentToServerProperties,
    AgentToServerPropertiesRequest,
    AgentToServerWritablePropertyFields,
    AgentToServerWritablePropertyFieldsRequest,
    AlertDirection,
    AlertRoundsViolationMode,
    AlertType,
    ApiClientAuthentication,
    ApiInstantTest,
    ApiPredefinedVariable,
    ApiProperties,
    ApiPropertiesRequest,
    ApiRequest,
    ApiRequestAssertion,
    ApiRequestAssertionName,
    ApiRequestAssertionOperator,
    ApiRequestAuthType,
    ApiRequestHeader,
    ApiRequestMethod,
    ApiRequestVariable,
    CloudEnterpriseAgentType,
    Coordinates,
    DnsQueryClass,
    DnsSecInstantTest,
    DnsSecProperties,
    DnsSecPropertiesRequest,
    DnsServerInstantTest,
    DnsServerProperties,
    DnsServerRequestProperties,
    DnsTraceInstantTest,
    DnsTraceProperties,
    DnsTracePropertiesRequest,
    Error,
    FtpServerInstantTest,
    FtpServerProperties,
    FtpServerPropertiesRequest,
    FtpServerRequestType,
    HttpServerBaseProperties,
    HttpServerBasePropertiesRequest,
    HttpServerInstantTest,
    HttpServerProperties,
    HttpServerPropertiesRequest,
    InstantTest,
    Link,
    NetworkProviderInfo,
    NetworkProviderType,
    OAuth,
    OAuthAuthType,
    PageLoadInstantTest,
    PageLoadProperties,
    PageLoadPropertiesRequest,
    RequestMethod,
    SelfLinks,
    SensitivityLevel,
    Severity,
    SharedWithAccount,
    SimpleAgent,
    SimpleTest,
    SipServerInstantTest,
    SipServerProperties,
    SipServerPropertiesRequest,
    SipTestProtocol,
    TestAuthType,
    TestChromiumTrack,
    TestCustomHeaders,
    TestDirection,
    TestDnsServer,
    TestDnsTransportProtocol,
    TestDscpId,
    TestIpv6Policy,
    TestLabel,
    TestLinks,
    TestPageLoadingStrategy,
    TestPathTraceMode,
    TestProbeMode,
    TestProtocol,
    TestSelfLink,
    TestSipCredentials,
    TestSslVersionId,
    TestTag,
    TestType,
    TestVaultCredential,
    TestVaultCredentialTarget,
    UnauthorizedError,
    UnexpandedInstantTest,
    UnexpandedInstantTestRequest,
    UnexpandedTest,
    ValidationError,
    ValidationErrorItem,
    VoiceInstantTest,
    VoiceProperties,
    VoicePropertiesRequest,
    WebTransactionInstantTest,
    WebTransactionProperties,
    WebTransactionPropertiesRequest,
)

__all__ = [
    "REQUEST_SCHEMAS",
    "SCHEMAS",
    "UNIONS",
    "AgentBase",
    "AgentInterfaces",
    "AgentResponse",
    "AgentToAgentInstantTest",
    "AgentToAgentProperties",
    "AgentToAgentPropertiesRequest",
    "AgentToAgentTest",
    "AgentToAgentTestProtocol",
    "AgentToAgentTestRequest",
    "AgentToAgentTestResponse",
    "AgentToAgentTests",
    "AgentToServerInstantTest",
    "AgentToServerProperties",
    "AgentToServerPropertiesRequest",
    "AgentToServerTest",
    "AgentToServerTestRequest",
    "AgentToServerTestResponse",
    "AgentToServerTests",
    "AgentToServerWritablePropertyFields",
    "AgentToServerWritablePropertyFieldsRequest",
    "AlertDirection",
    "AlertRoundsViolationMode",
    "AlertRule",
    "AlertType",
    "ApiClientAuthentication",
    "ApiInstantTest",
    "ApiPredefinedVariable",
    "ApiProperties",
    "ApiPropertiesRequest",
    "ApiRequest",
    "ApiRequestAssertion",
    "ApiRequestAssertionName",
    "ApiRequestAssertionOperator",
    "ApiRequestAuthType",
    "ApiRequestHeader",
    "ApiRequestMethod",
    "ApiRequestVariable",
    "ApiTest",
    "ApiTestRequest",
    "ApiTestResponse",
    "ApiTests",
    "BaseBgpRequest",
    "BaseBgpTest",
    "BaseRequest",
    "BaseTest",
    "BgpTest",
    "BgpTestRequest",
    "BgpTestResponse",
    "BgpTests",
    "CloudEnterpriseAgentType",
    "Coordinates",
    "DnsQueryClass",
    "DnsSecInstantTest",
    "DnsSecProperties",
    "DnsSecPropertiesRequest",
    "DnsSecTest",
    "DnsSecTestRequest",
    "DnsSecTestResponse",
    "DnsSecTests",
    "DnsServerInstantTest",
    "DnsServerProperties",
    "DnsServerRequestProperties",
    "DnsServerTest",
    "DnsServerTestRequest",
    "DnsServerTestResponse",
    "DnsServerTests",
    "DnsTraceInstantTest",
    "DnsTraceProperties",
    "DnsTracePropertiesRequest",
    "DnsTraceTest",
    "DnsTraceTestRequest",
    "DnsTraceTestResponse",
    "DnsTraceTests",
    "Error",
    "ExpandBgpTestOptions",
    "ExpandTestOptions",
    "FtpServerInstantTest",
    "FtpServerProperties",
    "FtpServerPropertiesRequest",
    "FtpServerRequestType",
    "FtpServerTest",
    "FtpServerTestRequest",
    "FtpServerTestResponse",
    "FtpServerTests",
    "HttpServerBaseProperties",
    "HttpServerBasePropertiesRequest",
    "HttpServerInstantTest",
    "HttpServerProperties",
    "HttpServerPropertiesRequest",
    "HttpServerTest",
    "HttpServerTestRequest",
    "HttpServerTestResponse",
    "HttpServerTests",
    "InstantTest",
    "InterfaceGroup",
    "InterfaceGroupRequest",
    "InterfaceGroups",
    "Link",
    "Monitor",
    "MonitorType",
    "MonitorsRequest",
    "NetworkProviderInfo",
    "NetworkProviderType",
    "OAuth",
    "OAuthAuthType",
    "PageLoadInstantTest",
    "PageLoadProperties",
    "PageLoadPropertiesRequest",
    "PageLoadTest",
    "PageLoadTestRequest",
    "PageLoadTestResponse",
    "PageLoadTests",
    "RequestMethod",
    "SelfLinks",
    "SensitivityLevel",
    "Severity",
    "SharedWithAccount",
    "SimpleAgent",
    "SimpleTest",
    "SipServerInstantTest",
    "SipServerProperties",
    "SipServerPropertiesRequest",
    "SipServerTest",
    "SipServerTestRequest",
    "SipServerTestResponse",
    "SipServerTests",
    "SipTestProtocol",
    "TestAgentRequest",
    "TestAuthType",
    "TestChromiumTrack",
    "TestCustomHeaders",
    "TestDirection",
    "TestDnsServer",
    "TestDnsTransportProtocol",
    "TestDscpId",
    "TestIpv6Policy",
    "TestLabel",
    "TestLinks",
    "TestMonitorsProperties",
    "TestPageLoadingStrategy",
    "TestPathTraceMode",
    "TestProbeMode",
    "TestProtocol",
    "TestRequest",
    "TestSelfLink",
    "TestSipCredentials",
    "TestSslVersionId",
    "TestTag",
    "TestType",
    "TestVaultCredential",
    "TestVaultCredentialTarget",
    "TestVersionHistory",
    "TestVersionHistoryResponse",
    "Tests",
    "UnauthorizedError",
    "UnexpandedAgentToAgentTest",
    "UnexpandedAgentToAgentTestRequest",
    "UnexpandedAgentToServerTest",
    "UnexpandedAgentToServerTestRequest",
    "UnexpandedApiTest",
    "UnexpandedApiTestRequest",
    "UnexpandedBgpTest",
    "UnexpandedBgpTestRequest",
    "UnexpandedDnsSecTest",
    "UnexpandedDnsSecTestRequest",
    "UnexpandedDnsServerRequestTest",
    "UnexpandedDnsServerTest",
    "UnexpandedDnsTraceTest",
    "UnexpandedDnsTraceTestRequest",
    "UnexpandedFtpServerTest",
    "UnexpandedFtpServerTestRequest",
    "UnexpandedHttpServerTest",
    "UnexpandedHttpServerTestRequest",
    "UnexpandedInstantTest",
    "UnexpandedInstantTestRequest",
    "UnexpandedPageLoadTest",
    "UnexpandedPageLoadTestRequest",
    "UnexpandedSipServerTest",
    "UnexpandedTest",
    "UnexpandedVoiceTest",
    "UnexpandedVoiceTestRequest",
    "UnexpandedWebTransactionTest",
    "UnexpandedWebTransactionTestRequest",
    "UpdateAgentToServerTestRequest",
    "UpdateBgpTestRequest",
    "ValidationError",
    "ValidationErrorItem",
    "VoiceInstantTest",
    "VoiceProperties",
    "VoicePropertiesRequest",
    "VoiceTest",
    "VoiceTestRequest",
    "VoiceTestResponse",
    "VoiceTests",
    "WebTransactionInstantTest",
    "WebTransactionProperties",
    "WebTransactionPropertiesRequest",
    "WebTransactionTest",
    "WebTransactionTestRequest",
    "WebTransactionTestResponse",
    "WebTransactionTests",
]


class ExpandBgpTestOptions(OpenStrEnum):
    """The ``ExpandBgpTestOptions`` values."""

    ALERT_RULE = "alert-rule"
    MONITOR = "monitor"
    LABEL = "label"
    TAG = "tag"
    SHARED_WITH_ACCOUNT = "shared-with-account"


class ExpandTestOptions(OpenStrEnum):
    """The ``ExpandTestOptions`` values."""

    AGENT = "agent"
    ALERT_RULE = "alert-rule"
    MONITOR = "monitor"
    LABEL = "label"
    TAG = "tag"
    SHARED_WITH_ACCOUNT = "shared-with-account"


class MonitorType(OpenStrEnum):
    """Type of monitor"""

    PUBLIC = "public"
    PRIVATE = "private"


@attrs.frozen(kw_only=True)
class AgentToAgentTest:
    """The ``AgentToAgentTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Direction of the test, which affects how results are shown.
    direction: TestDirection | None = opt()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Maximum segment size, in bytes.
    mss: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Target port.
    port: int | None = opt()
    protocol: AgentToAgentTestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: `agentId` of the target agent for the test.
    target_agent_id: str = required()
    #: Enable or disable throughput measurements.
    throughput_measurements: bool | None = opt()
    #: The throughput duration.
    throughput_duration: int | None = opt()
    #: The throughput rate, only applicable for UDP protocol.
    throughput_rate: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToAgentTestRequest:
    """The ``AgentToAgentTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Direction of the test, which affects how results are shown.
    direction: TestDirection | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Maximum segment size, in bytes.
    mss: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Target port.
    port: int | None = opt()
    protocol: AgentToAgentTestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: `agentId` of the target agent for the test.
    target_agent_id: str = required()
    #: Enable or disable throughput measurements.
    throughput_measurements: bool | None = opt()
    #: The throughput duration.
    throughput_duration: int | None = opt()
    #: The throughput rate, only applicable for UDP protocol.
    throughput_rate: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToAgentTestResponse:
    """The ``AgentToAgentTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Direction of the test, which affects how results are shown.
    direction: TestDirection | None = opt()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Maximum segment size, in bytes.
    mss: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Target port.
    port: int | None = opt()
    protocol: AgentToAgentTestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: `agentId` of the target agent for the test.
    target_agent_id: str = required()
    #: Enable or disable throughput measurements.
    throughput_measurements: bool | None = opt()
    #: The throughput duration.
    throughput_duration: int | None = opt()
    #: The throughput rate, only applicable for UDP protocol.
    throughput_rate: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToAgentTests:
    """The ``AgentToAgentTests`` schema."""

    tests: tuple[UnexpandedAgentToAgentTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerTest:
    """The ``AgentToServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: To enable continuous monitoring, set this parameter to `true` to.
    continuous_mode: bool | None = opt()
    #: If continuousMode is `false`, set the fixedPacketRate to a value between 10-100.
    fixed_packet_rate: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: The target name or IP address.
    server: str = required()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Payload size (not total packet size) for the end-to-end metric's probes, ping payload size
    #: allows values from 0 to 1400 bytes.
    ping_payload_size: int | None = opt()
    #: View packet loss in 1-second intervals.
    network_measurements: bool | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerTestRequest:
    """The ``AgentToServerTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: To enable continuous monitoring, set this parameter to `true` to.
    continuous_mode: bool | None = opt()
    #: If continuousMode is `false`, set the fixedPacketRate to a value between 10-100.
    fixed_packet_rate: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: The target name or IP address.
    server: str = required()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Payload size (not total packet size) for the end-to-end metric's probes, ping payload size
    #: allows values from 0 to 1400 bytes.
    ping_payload_size: int | None = opt()
    #: View packet loss in 1-second intervals.
    network_measurements: bool | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    #: Port number to use for the test.
    port: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerTestResponse:
    """The ``AgentToServerTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: To enable continuous monitoring, set this parameter to `true` to.
    continuous_mode: bool | None = opt()
    #: If continuousMode is `false`, set the fixedPacketRate to a value between 10-100.
    fixed_packet_rate: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: The target name or IP address.
    server: str = required()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Payload size (not total packet size) for the end-to-end metric's probes, ping payload size
    #: allows values from 0 to 1400 bytes.
    ping_payload_size: int | None = opt()
    #: View packet loss in 1-second intervals.
    network_measurements: bool | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerTests:
    """The ``AgentToServerTests`` schema."""

    tests: tuple[UnexpandedAgentToServerTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AlertRule:
    """The ``AlertRule`` schema."""

    #: Unique ID of the rule.
    rule_id: str | None = opt()
    #: Name of the alert rule
    rule_name: str | None = opt()
    #: String expression of alert rule
    expression: str | None = opt()
    #: Direction for applicable alert types (eg.
    direction: AlertDirection | None = opt()
    #: Alert rules allow up to 1 alert rule to be selected as a default for each type.
    is_default: bool | None = opt()
    #: Type of alert being triggered.
    alert_type: AlertType | None = opt()
    #: The minimum number of agents or monitors that must meet the specified criteria in order to
    #: trigger the alert
    minimum_sources: int | None = opt()
    #: the minimum percentage of all assigned agents or monitors that must meet the specified
    #: criteria in order to trigger the alert
    minimum_sources_pct: int | None = opt()
    #: `exact` requires the same agents to meet the threshold in consecutive rounds.
    rounds_violating_mode: AlertRoundsViolationMode | None = opt()
    #: Specifies the divisor (y value) for the “X of Y times” condition.
    rounds_violating_out_of: int | None = opt()
    #: Specifies the numerator (x value) for the “X of Y times” condition
    rounds_violating_required: int | None = opt()
    #: Used when `roundsViolatingMode` is set to `auto`.
    sensitivity_level: SensitivityLevel | None = opt()
    #: The severity of the alert.
    severity: Severity | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiTest:
    """The ``ApiTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Comma separated list of domains to send the client certificate.
    client_cert_domains_allow_list: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    predefined_variables: tuple[ApiPredefinedVariable, ...] | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    requests: tuple[ApiRequest, ...] = required()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target time for completion metric, defaults to 50% of time limit specified in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: Target for the test.
    url: str = required()
    #: Contains a list of credential IDs (get `credentialId` from `/credentials` endpoint).
    credentials: tuple[str, ...] | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiTestRequest:
    """The ``ApiTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Comma separated list of domains to send the client certificate.
    client_cert_domains_allow_list: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    predefined_variables: tuple[ApiPredefinedVariable, ...] | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    requests: tuple[ApiRequest, ...] = required()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target time for completion metric, defaults to 50% of time limit specified in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    #: Contains a list of credential IDs (get `credentialId` from `/credentials` endpoint).
    credentials: tuple[str, ...] | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiTestResponse:
    """The ``ApiTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Comma separated list of domains to send the client certificate.
    client_cert_domains_allow_list: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    predefined_variables: tuple[ApiPredefinedVariable, ...] | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    requests: tuple[ApiRequest, ...] = required()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target time for completion metric, defaults to 50% of time limit specified in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: Target for the test.
    url: str = required()
    #: Contains a list of credential IDs (get `credentialId` from `/credentials` endpoint).
    credentials: tuple[str, ...] | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiTests:
    """The ``ApiTests`` schema."""

    tests: tuple[UnexpandedApiTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseBgpRequest:
    """The ``BaseBgpRequest`` schema."""

    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Indicate if queries for subprefixes detected under this prefix should included.
    include_covered_prefixes: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseBgpTest:
    """The ``BaseBgpTest`` schema."""

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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Indicate if queries for subprefixes detected under this prefix should included.
    include_covered_prefixes: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: A list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseRequest:
    """The ``BaseRequest`` schema."""

    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseTest:
    """The ``BaseTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BgpTest:
    """The ``BgpTest`` schema."""

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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Indicate if queries for subprefixes detected under this prefix should included.
    include_covered_prefixes: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: A list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
    #: a.b.c.d is a network address, with the prefix length defined as e.
    prefix: str = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BgpTestRequest:
    """The ``BgpTestRequest`` schema."""

    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Indicate if queries for subprefixes detected under this prefix should included.
    include_covered_prefixes: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: a.b.c.d is a network address, with the prefix length defined as e.
    prefix: str = required()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BgpTestResponse:
    """The ``BgpTestResponse`` schema."""

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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Indicate if queries for subprefixes detected under this prefix should included.
    include_covered_prefixes: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: A list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
    #: a.b.c.d is a network address, with the prefix length defined as e.
    prefix: str = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BgpTests:
    """The ``BgpTests`` schema."""

    tests: tuple[UnexpandedBgpTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsSecTest:
    """The ``DnsSecTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsSecTestRequest:
    """The ``DnsSecTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsSecTestResponse:
    """The ``DnsSecTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsSecTests:
    """The ``DnsSecTests`` schema."""

    tests: tuple[UnexpandedDnsSecTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerTest:
    """The ``DnsServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    dns_servers: tuple[TestDnsServer, ...] = required()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set true to run query with RD (recursion desired) flag enabled.
    recursive_queries: bool | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerTestRequest:
    """The ``DnsServerTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: A list of DNS server FQDN.
    dns_servers: tuple[str, ...] = required()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set true to run query with RD (recursion desired) flag enabled.
    recursive_queries: bool | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerTestResponse:
    """The ``DnsServerTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    dns_servers: tuple[TestDnsServer, ...] = required()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set true to run query with RD (recursion desired) flag enabled.
    recursive_queries: bool | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerTests:
    """The ``DnsServerTests`` schema."""

    tests: tuple[UnexpandedDnsServerTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsTraceTest:
    """The ``DnsTraceTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsTraceTestRequest:
    """The ``DnsTraceTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsTraceTestResponse:
    """The ``DnsTraceTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsTraceTests:
    """The ``DnsTraceTests`` schema."""

    tests: tuple[UnexpandedDnsTraceTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class FtpServerTest:
    """The ``FtpServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: Specify maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: Target time for operation completion; specified in milliseconds.
    ftp_target_time: int | None = opt()
    #: Set the time limit for the test in seconds.
    ftp_time_limit: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set the type of activity for the test.
    request_type: FtpServerRequestType = required()
    #: Target for the test.
    url: str = required()
    #: Explicitly set the flag to use active FTP.
    use_active_ftp: bool | None = opt()
    #: Use explicit FTPS (ftp over SSL).
    use_explicit_ftps: bool | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str = required()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class FtpServerTestRequest:
    """The ``FtpServerTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: Specify maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: Target time for operation completion; specified in milliseconds.
    ftp_target_time: int | None = opt()
    #: Set the time limit for the test in seconds.
    ftp_time_limit: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str = required()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set the type of activity for the test.
    request_type: FtpServerRequestType = required()
    #: Target for the test.
    url: str = required()
    #: Explicitly set the flag to use active FTP.
    use_active_ftp: bool | None = opt()
    #: Use explicit FTPS (ftp over SSL).
    use_explicit_ftps: bool | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str = required()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class FtpServerTestResponse:
    """The ``FtpServerTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: Specify maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: Target time for operation completion; specified in milliseconds.
    ftp_target_time: int | None = opt()
    #: Set the time limit for the test in seconds.
    ftp_time_limit: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set the type of activity for the test.
    request_type: FtpServerRequestType = required()
    #: Target for the test.
    url: str = required()
    #: Explicitly set the flag to use active FTP.
    use_active_ftp: bool | None = opt()
    #: Use explicit FTPS (ftp over SSL).
    use_explicit_ftps: bool | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str = required()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class FtpServerTests:
    """The ``FtpServerTests`` schema."""

    tests: tuple[UnexpandedFtpServerTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerTest:
    """The ``HttpServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: HTTP request headers used.
    headers: tuple[str, ...] | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: HTTP request method.
    request_method: RequestMethod | None = opt()
    #: Enter the body for the HTTP POST request in this field.
    post_body: str | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerTestRequest:
    """The ``HttpServerTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: HTTP request headers used.
    headers: tuple[str, ...] | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: HTTP request method.
    request_method: RequestMethod | None = opt()
    #: Enter the body for the HTTP POST request in this field.
    post_body: str | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerTestResponse:
    """The ``HttpServerTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: HTTP request headers used.
    headers: tuple[str, ...] | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: HTTP request method.
    request_method: RequestMethod | None = opt()
    #: Enter the body for the HTTP POST request in this field.
    post_body: str | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerTests:
    """The ``HttpServerTests`` schema."""

    tests: tuple[UnexpandedHttpServerTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class InterfaceGroup:
    """The ``InterfaceGroup`` schema."""

    #: Account Group Id
    aid: str | None = opt()
    #: Group ID
    group_id: str | None = opt()
    #: Name of the path visualization interface group
    group_name: str | None = opt()
    #: Array of IP addresses associated with the interface group
    ip_addresses: tuple[str, ...] | None = opt()
    #: Array of RDNS Regexes associated with the interface group
    rdns_regexes: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class InterfaceGroupRequest:
    """The ``InterfaceGroupRequest`` schema."""

    #: Name of the path visualization interface group
    group_name: str | None = opt()
    #: Array of IP addresses associated with the interface group
    ip_addresses: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class InterfaceGroups:
    """The ``InterfaceGroups`` schema."""

    path_vis_interface_groups: tuple[InterfaceGroup, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Monitor:
    """The ``Monitor`` schema."""

    #: Country ID
    country_id: str | None = opt()
    #: BGP monitor ID
    monitor_id: str | None = opt()
    #: IP address of the BGP monitor
    ip_address: str | None = opt()
    #: Name of the autonomous system in which the monitor is found
    network: str | None = opt()
    #: Type of monitor
    monitor_type: MonitorType | None = opt()
    #: Display name of the BGP monitor
    monitor_name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class MonitorsRequest:
    """The ``MonitorsRequest`` schema."""

    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadTest:
    """The ``PageLoadTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if one was given when the test was created.
    emulated_device_id: str | None = opt()
    #: Target time for page load completion, specified in seconds and cannot exceed the
    #: `pageLoadTimeLimit`.
    page_load_target_time: int | None = opt()
    #: Page load time limit.
    page_load_time_limit: int | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: HTTP test run interval.
    http_interval: int | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadTestRequest:
    """The ``PageLoadTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if one was given when the test was created.
    emulated_device_id: str | None = opt()
    #: Target time for page load completion, specified in seconds and cannot exceed the
    #: `pageLoadTimeLimit`.
    page_load_target_time: int | None = opt()
    #: Page load time limit.
    page_load_time_limit: int | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: HTTP test run interval.
    http_interval: int | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadTestResponse:
    """The ``PageLoadTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if one was given when the test was created.
    emulated_device_id: str | None = opt()
    #: Target time for page load completion, specified in seconds and cannot exceed the
    #: `pageLoadTimeLimit`.
    page_load_target_time: int | None = opt()
    #: Page load time limit.
    page_load_time_limit: int | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: HTTP test run interval.
    http_interval: int | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadTests:
    """The ``PageLoadTests`` schema."""

    tests: tuple[UnexpandedPageLoadTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerTest:
    """The ``SipServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Options regex, this field does not require escaping.
    options_regex: str | tuple[str, ...] | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set to true to perform SIP registration on the test target with the SIP REGISTER command.
    register_enabled: bool | None = opt()
    #: Target time for test completion in milliseconds.
    sip_target_time: int | None = opt()
    #: Time limit in milliseconds.
    sip_time_limit: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Username for authentication with SIP server.
    auth_user: str | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Target port.
    port: int = required()
    #: Transport layer for SIP communication.
    protocol: SipTestProtocol | None = opt()
    #: SIP server to be tested, specified by domain name or IP address.
    sip_registrar: str | None = opt()
    #: Username for SIP registration, should be unique within a ThousandEyes account group.
    user: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerTestRequest:
    """The ``SipServerTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Options regex, this field does not require escaping.
    options_regex: str | tuple[str, ...] | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set to true to perform SIP registration on the test target with the SIP REGISTER command.
    register_enabled: bool | None = opt()
    #: Target time for test completion in milliseconds.
    sip_target_time: int | None = opt()
    #: Time limit in milliseconds.
    sip_time_limit: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    target_sip_credentials: TestSipCredentials = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Required by the spec, which does not describe it here.
    port: Any | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerTestResponse:
    """The ``SipServerTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Options regex, this field does not require escaping.
    options_regex: str | tuple[str, ...] | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set to true to perform SIP registration on the test target with the SIP REGISTER command.
    register_enabled: bool | None = opt()
    #: Target time for test completion in milliseconds.
    sip_target_time: int | None = opt()
    #: Time limit in milliseconds.
    sip_time_limit: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Username for authentication with SIP server.
    auth_user: str | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Target port.
    port: int = required()
    #: Transport layer for SIP communication.
    protocol: SipTestProtocol | None = opt()
    #: SIP server to be tested, specified by domain name or IP address.
    sip_registrar: str | None = opt()
    #: Username for SIP registration, should be unique within a ThousandEyes account group.
    user: str | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerTests:
    """The ``SipServerTests`` schema."""

    tests: tuple[UnexpandedSipServerTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestAgentRequest:
    """The ``TestAgentRequest`` schema."""

    #: The agent ID.
    agent_id: str = required()
    #: The IP address from the `ipAddresses` field in agent details, used for interface selection.
    source_ip_address: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestMonitorsProperties:
    """The ``TestMonitorsProperties`` schema."""

    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestRequest:
    """The ``TestRequest`` schema."""

    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestVersionHistory:
    """The ``TestVersionHistory`` schema."""

    #: Timestamp when this version was created.
    version_timestamp: datetime | None = opt()
    #: The unique identifier of the test.
    test_id: str | None = opt()
    #: The user who created the version.
    created_by: str | None = opt()
    #: The unique identifier for a specific version of the test settings.
    version_id: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestVersionHistoryResponse:
    """The ``TestVersionHistoryResponse`` schema."""

    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    test_version_history: tuple[TestVersionHistory, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Tests:
    """The ``Tests`` schema."""

    tests: tuple[SimpleTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedAgentToAgentTest:
    """The ``UnexpandedAgentToAgentTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Direction of the test, which affects how results are shown.
    direction: TestDirection | None = opt()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Maximum segment size, in bytes.
    mss: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Target port.
    port: int | None = opt()
    protocol: AgentToAgentTestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: `agentId` of the target agent for the test.
    target_agent_id: str = required()
    #: Enable or disable throughput measurements.
    throughput_measurements: bool | None = opt()
    #: The throughput duration.
    throughput_duration: int | None = opt()
    #: The throughput rate, only applicable for UDP protocol.
    throughput_rate: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedAgentToAgentTestRequest:
    """The ``UnexpandedAgentToAgentTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Direction of the test, which affects how results are shown.
    direction: TestDirection | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Maximum segment size, in bytes.
    mss: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Target port.
    port: int | None = opt()
    protocol: AgentToAgentTestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: `agentId` of the target agent for the test.
    target_agent_id: str = required()
    #: Enable or disable throughput measurements.
    throughput_measurements: bool | None = opt()
    #: The throughput duration.
    throughput_duration: int | None = opt()
    #: The throughput rate, only applicable for UDP protocol.
    throughput_rate: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedAgentToServerTest:
    """The ``UnexpandedAgentToServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: To enable continuous monitoring, set this parameter to `true` to.
    continuous_mode: bool | None = opt()
    #: If continuousMode is `false`, set the fixedPacketRate to a value between 10-100.
    fixed_packet_rate: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: The target name or IP address.
    server: str = required()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Payload size (not total packet size) for the end-to-end metric's probes, ping payload size
    #: allows values from 0 to 1400 bytes.
    ping_payload_size: int | None = opt()
    #: View packet loss in 1-second intervals.
    network_measurements: bool | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedAgentToServerTestRequest:
    """The ``UnexpandedAgentToServerTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: To enable continuous monitoring, set this parameter to `true` to.
    continuous_mode: bool | None = opt()
    #: If continuousMode is `false`, set the fixedPacketRate to a value between 10-100.
    fixed_packet_rate: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: The target name or IP address.
    server: str = required()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Payload size (not total packet size) for the end-to-end metric's probes, ping payload size
    #: allows values from 0 to 1400 bytes.
    ping_payload_size: int | None = opt()
    #: View packet loss in 1-second intervals.
    network_measurements: bool | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedApiTest:
    """The ``UnexpandedApiTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Comma separated list of domains to send the client certificate.
    client_cert_domains_allow_list: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    predefined_variables: tuple[ApiPredefinedVariable, ...] | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    requests: tuple[ApiRequest, ...] = required()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target time for completion metric, defaults to 50% of time limit specified in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedApiTestRequest:
    """The ``UnexpandedApiTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Comma separated list of domains to send the client certificate.
    client_cert_domains_allow_list: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    predefined_variables: tuple[ApiPredefinedVariable, ...] | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    requests: tuple[ApiRequest, ...] = required()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target time for completion metric, defaults to 50% of time limit specified in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedBgpTest:
    """The ``UnexpandedBgpTest`` schema."""

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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Indicate if queries for subprefixes detected under this prefix should included.
    include_covered_prefixes: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: a.b.c.d is a network address, with the prefix length defined as e.
    prefix: str = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedBgpTestRequest:
    """The ``UnexpandedBgpTestRequest`` schema."""

    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Indicate if queries for subprefixes detected under this prefix should included.
    include_covered_prefixes: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: a.b.c.d is a network address, with the prefix length defined as e.
    prefix: str = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedDnsSecTest:
    """The ``UnexpandedDnsSecTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedDnsSecTestRequest:
    """The ``UnexpandedDnsSecTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedDnsServerRequestTest:
    """The ``UnexpandedDnsServerRequestTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: A list of DNS server FQDN.
    dns_servers: tuple[str, ...] = required()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set true to run query with RD (recursion desired) flag enabled.
    recursive_queries: bool | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedDnsServerTest:
    """The ``UnexpandedDnsServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    dns_servers: tuple[TestDnsServer, ...] = required()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set true to run query with RD (recursion desired) flag enabled.
    recursive_queries: bool | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedDnsTraceTest:
    """The ``UnexpandedDnsTraceTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedDnsTraceTestRequest:
    """The ``UnexpandedDnsTraceTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedFtpServerTest:
    """The ``UnexpandedFtpServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: Specify maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: Target time for operation completion; specified in milliseconds.
    ftp_target_time: int | None = opt()
    #: Set the time limit for the test in seconds.
    ftp_time_limit: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set the type of activity for the test.
    request_type: FtpServerRequestType = required()
    #: Target for the test.
    url: str = required()
    #: Explicitly set the flag to use active FTP.
    use_active_ftp: bool | None = opt()
    #: Use explicit FTPS (ftp over SSL).
    use_explicit_ftps: bool | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str = required()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedFtpServerTestRequest:
    """The ``UnexpandedFtpServerTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: Specify maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: Target time for operation completion; specified in milliseconds.
    ftp_target_time: int | None = opt()
    #: Set the time limit for the test in seconds.
    ftp_time_limit: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set the type of activity for the test.
    request_type: FtpServerRequestType = required()
    #: Target for the test.
    url: str = required()
    #: Explicitly set the flag to use active FTP.
    use_active_ftp: bool | None = opt()
    #: Use explicit FTPS (ftp over SSL).
    use_explicit_ftps: bool | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str = required()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedHttpServerTest:
    """The ``UnexpandedHttpServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: HTTP request headers used.
    headers: tuple[str, ...] | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: HTTP request method.
    request_method: RequestMethod | None = opt()
    #: Enter the body for the HTTP POST request in this field.
    post_body: str | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedHttpServerTestRequest:
    """The ``UnexpandedHttpServerTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: HTTP request headers used.
    headers: tuple[str, ...] | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: HTTP request method.
    request_method: RequestMethod | None = opt()
    #: Enter the body for the HTTP POST request in this field.
    post_body: str | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedPageLoadTest:
    """The ``UnexpandedPageLoadTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if one was given when the test was created.
    emulated_device_id: str | None = opt()
    #: Target time for page load completion, specified in seconds and cannot exceed the
    #: `pageLoadTimeLimit`.
    page_load_target_time: int | None = opt()
    #: Page load time limit.
    page_load_time_limit: int | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: HTTP test run interval.
    http_interval: int | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedPageLoadTestRequest:
    """The ``UnexpandedPageLoadTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if one was given when the test was created.
    emulated_device_id: str | None = opt()
    #: Target time for page load completion, specified in seconds and cannot exceed the
    #: `pageLoadTimeLimit`.
    page_load_target_time: int | None = opt()
    #: Page load time limit.
    page_load_time_limit: int | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: HTTP test run interval.
    http_interval: int | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedSipServerTest:
    """The ``UnexpandedSipServerTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Options regex, this field does not require escaping.
    options_regex: str | tuple[str, ...] | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Set to true to perform SIP registration on the test target with the SIP REGISTER command.
    register_enabled: bool | None = opt()
    #: Target time for test completion in milliseconds.
    sip_target_time: int | None = opt()
    #: Time limit in milliseconds.
    sip_time_limit: int | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Username for authentication with SIP server.
    auth_user: str | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Target port.
    port: int = required()
    #: Transport layer for SIP communication.
    protocol: SipTestProtocol | None = opt()
    #: SIP server to be tested, specified by domain name or IP address.
    sip_registrar: str | None = opt()
    #: Username for SIP registration, should be unique within a ThousandEyes account group.
    user: str | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedVoiceTest:
    """The ``UnexpandedVoiceTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Codec label
    codec: str | None = opt()
    #: Codec identifier for the RTP stream.
    codec_id: str | None = opt()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Duration of the test in seconds.
    duration: int | None = opt()
    #: De-jitter buffer size in seconds.
    jitter_buffer: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Port number for the chosen protocol.
    port: int | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Agent ID of the target agent for the test.
    target_agent_id: str = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedVoiceTestRequest:
    """The ``UnexpandedVoiceTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Codec identifier for the RTP stream.
    codec_id: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Duration of the test in seconds.
    duration: int | None = opt()
    #: De-jitter buffer size in seconds.
    jitter_buffer: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Port number for the chosen protocol.
    port: int | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Agent ID of the target agent for the test.
    target_agent_id: str = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedWebTransactionTest:
    """The ``UnexpandedWebTransactionTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if specified when the test was created.
    emulated_device_id: str | None = opt()
    #: Target completion time, in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: JavaScript of a web transaction test.
    transaction_script: str = required()
    #: Whether to collect console logs during script execution.
    flag_collect_console_logs: bool | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedWebTransactionTestRequest:
    """The ``UnexpandedWebTransactionTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if specified when the test was created.
    emulated_device_id: str | None = opt()
    #: Target completion time, in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: JavaScript of a web transaction test.
    transaction_script: str = required()
    #: Whether to collect console logs during script execution.
    flag_collect_console_logs: bool | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UpdateAgentToServerTestRequest:
    """The ``UpdateAgentToServerTestRequest`` schema."""

    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: To enable continuous monitoring, set this parameter to `true` to.
    continuous_mode: bool | None = opt()
    #: If continuousMode is `false`, set the fixedPacketRate to a value between 10-100.
    fixed_packet_rate: int | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: The target name or IP address.
    server: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: IP version policy.
    ipv6_policy: TestIpv6Policy | None = opt()
    #: Payload size (not total packet size) for the end-to-end metric's probes, ping payload size
    #: allows values from 0 to 1400 bytes.
    ping_payload_size: int | None = opt()
    #: View packet loss in 1-second intervals.
    network_measurements: bool | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] | None = opt()
    #: Interval between test runs in seconds.
    interval: int | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: Name of the test.
    test_name: str | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Port number to use for the test.
    port: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UpdateBgpTestRequest:
    """The ``UpdateBgpTestRequest`` schema."""

    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Indicate if queries for subprefixes detected under this prefix should included.
    include_covered_prefixes: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoiceTest:
    """The ``VoiceTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Codec label
    codec: str | None = opt()
    #: Codec identifier for the RTP stream.
    codec_id: str | None = opt()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Duration of the test in seconds.
    duration: int | None = opt()
    #: De-jitter buffer size in seconds.
    jitter_buffer: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Port number for the chosen protocol.
    port: int | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Agent ID of the target agent for the test.
    target_agent_id: str = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoiceTestRequest:
    """The ``VoiceTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: Codec identifier for the RTP stream.
    codec_id: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Duration of the test in seconds.
    duration: int | None = opt()
    #: De-jitter buffer size in seconds.
    jitter_buffer: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Port number for the chosen protocol.
    port: int | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Agent ID of the target agent for the test.
    target_agent_id: str = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoiceTestResponse:
    """The ``VoiceTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: Codec label
    codec: str | None = opt()
    #: Codec identifier for the RTP stream.
    codec_id: str | None = opt()
    #: DSCP label.
    dscp: str | None = opt()
    #: DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    #: documentation/tests/dscp-options-in-network-tests)
    dscp_id: TestDscpId | None = opt()
    #: Duration of the test in seconds.
    duration: int | None = opt()
    #: De-jitter buffer size in seconds.
    jitter_buffer: int | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Port number for the chosen protocol.
    port: int | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Agent ID of the target agent for the test.
    target_agent_id: str = required()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoiceTests:
    """The ``VoiceTests`` schema."""

    tests: tuple[UnexpandedVoiceTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionTest:
    """The ``WebTransactionTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if specified when the test was created.
    emulated_device_id: str | None = opt()
    #: Target completion time, in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: JavaScript of a web transaction test.
    transaction_script: str = required()
    #: Whether to collect console logs during script execution.
    flag_collect_console_logs: bool | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: Contains a list of credential IDs (get `credentialId` from `/credentials` endpoint).
    credentials: tuple[str, ...] | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionTestRequest:
    """The ``WebTransactionTestRequest`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if specified when the test was created.
    emulated_device_id: str | None = opt()
    #: Target completion time, in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: JavaScript of a web transaction test.
    transaction_script: str = required()
    #: Whether to collect console logs during script execution.
    flag_collect_console_logs: bool | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of test label IDs (get `labelId` from `/labels` endpoint)
    labels: tuple[str, ...] | None = opt()
    #: Contains list of test tag IDs (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: Contains list of account group IDs.
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: List of alert rules IDs to apply to the test (get `ruleId` from `/alerts/rules` endpoint.
    alert_rules: tuple[str, ...] | None = opt()
    #: Contains list of Agent IDs (get `agentId` from `/agents` endpoint).
    agents: tuple[TestAgentRequest, ...] = required()
    #: Contains list of BGP monitor IDs (get `monitorId` from `/monitors` endpoint)
    monitors: tuple[str, ...] | None = opt()
    #: Contains a list of credential IDs (get `credentialId` from `/credentials` endpoint).
    credentials: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionTestResponse:
    """The ``WebTransactionTestResponse`` schema."""

    #: Interval between test runs in seconds.
    interval: int = required()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    #: Contains list of enabled alert rule objects.
    alert_rules: tuple[AlertRule, ...] | None = opt()
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
    type: str | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    #: HTTP authentication type.
    auth_type: TestAuthType | None = opt()
    agent_interfaces: AgentInterfaces | None = opt()
    #: Set to `true` to enable bandwidth measurements, only applies to Enterprise agents assigned to
    #: the test.
    bandwidth_measurements: bool | None = opt()
    #: String representation (containing newline characters) of client certificate, the private key
    #: must be placed first, then the certificate.
    client_certificate: str | None = opt()
    #: Content regex, this field does not require escaping.
    content_regex: str | None = opt()
    custom_headers: TestCustomHeaders | None = opt()
    #: Specify the HTTP status code value that indicates a successful response.
    desired_status_code: str | None = opt()
    #: Adds distributed tracing headers to API requests using B3 and W3C standards.
    distributed_tracing: bool | None = opt()
    #: Specifies maximum number of bytes to download from the target object.
    download_limit: int | None = opt()
    #: IP address to use for DNS override.
    dns_override: str | None = opt()
    #: Target time for HTTP server completion, specified in milliseconds.
    http_target_time: int | None = opt()
    #: HTTP time limit in seconds.
    http_time_limit: int | None = opt()
    #: HTTP protocol version.
    http_version: int | None = opt()
    #: Set to `true` to capture response headers for objects loaded by the test.
    include_headers: bool | None = opt()
    #: Set `true` to measure MTU sizes on network from agents to the target.
    mtu_measurements: bool | None = opt()
    #: Enable or disable network measurements.
    network_measurements: bool | None = opt()
    #: Number of path traces executed by the agent.
    num_path_traces: int | None = opt()
    #: Use this only if you want to use OAuth as the authentication mechanism.
    o_auth: OAuth | None = opt()
    #: Password for Basic/NTLM authentication.
    password: str | None = opt()
    #: Select `inSession` to perform the path trace within a TCP session.
    path_trace_mode: TestPathTraceMode | None = opt()
    #: Probe mode used by network test, only valid when the protocol is set to TCP.
    probe_mode: TestProbeMode | None = opt()
    #: Protocol used by dependent network tests (end-to-end, path trace, PMTUD).
    protocol: TestProtocol | None = opt()
    #: Reflects the verbose SSL protocol version used by a test.
    ssl_version: str | None = opt()
    #: SSL version options: * Use '0' for automatic selection.
    ssl_version_id: TestSslVersionId | None = opt()
    #: Target for the test.
    url: str = required()
    #: Set to true to use NTLM, false to use Basic Authentication.
    use_ntlm: bool | None = opt()
    #: User-agent string to be provided during the test.
    user_agent: str | None = opt()
    #: Username for Basic/NTLM authentication.
    username: str | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Allows TLS renegotiation with servers not supporting RFC 5746.
    allow_unsafe_legacy_renegotiation: bool | None = opt()
    #: To disable following HTTP/301 or HTTP/302 redirect directives, set this parameter to `false`.
    follow_redirects: bool | None = opt()
    #: Sets packets rate sent to measure the network in packets per second.
    fixed_packet_rate: int | None = opt()
    #: Flag indicating if a proxy other than the default should be used.
    override_agent_proxy: bool | None = opt()
    #: ID of the proxy to be used if the default proxy is overridden.
    override_proxy_id: str | None = opt()
    #: Indicates whether network data to the proxy should be collected.
    collect_proxy_network_data: bool | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    #: ID of the emulated device, if specified when the test was created.
    emulated_device_id: str | None = opt()
    #: Target completion time, in seconds.
    target_time: int | None = opt()
    #: Time limit for transaction in seconds.
    time_limit: int | None = opt()
    #: JavaScript of a web transaction test.
    transaction_script: str = required()
    #: Whether to collect console logs during script execution.
    flag_collect_console_logs: bool | None = opt()
    #: Domains or full object URLs to be excluded from metrics and waterfall data for transaction
    #: tests.
    block_domains: str | None = opt()
    #: Enables or disables screenshots on error.
    disable_screenshot: bool | None = opt()
    #: Set true allow the use of a fake mic and camera in the browser.
    allow_mic_and_camera: bool | None = opt()
    #: Set true to use the agent’s geolocation by the web page.
    allow_geolocation: bool | None = opt()
    #: Set one of the available browser language that you want to use to configure the browser.
    browser_language: str | None = opt()
    #: Command-line options passed to Chrome when running the test.
    chrome_options: str | None = opt()
    #: JSON string of Chrome policy settings to apply.
    chrome_policies: str | None = opt()
    #: * `stable`: Uses the default Chromium version.
    chromium_track: TestChromiumTrack | None = opt()
    #: * `normal`: The test waits until the entire page is fully loaded, including the downloading
    #: and parsing of HTML content as well as all associated resources,...
    page_loading_strategy: TestPageLoadingStrategy | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    #: Contains a list of credential IDs (get `credentialId` from `/credentials` endpoint).
    credentials: tuple[str, ...] | None = opt()
    #: Set to `true` to enable bgp measurements.
    bgp_measurements: bool | None = opt()
    #: Indicate if all available public BGP monitors should be used, when ommited defaults to
    #: `bgpMeasurements` value.
    use_public_bgp: bool | None = opt()
    #: Contains list of enabled BGP monitors.
    monitors: tuple[Monitor, ...] | None = opt()
    #: Subinterval for round-robin testing (in seconds).
    subinterval: int | None = opt()
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionTests:
    """The ``WebTransactionTests`` schema."""

    tests: tuple[UnexpandedWebTransactionTest, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


#: The discriminated unions of this module, read by the v7 converter.
UNIONS: tuple[Discriminated, ...] = ()


#: The spec's schemas by name (the request form of a schema only requests use).
SCHEMAS: Mapping[str, Any] = {
    "AgentBase": AgentBase,
    "AgentInterfaces": AgentInterfaces,
    "AgentResponse": AgentResponse,
    "AgentToAgentInstantTest": AgentToAgentInstantTest,
    "AgentToAgentProperties": AgentToAgentProperties,
    "AgentToAgentTest": AgentToAgentTest,
    "AgentToAgentTestProtocol": AgentToAgentTestProtocol,
    "AgentToAgentTestRequest": AgentToAgentTestRequest,
    "AgentToAgentTestResponse": AgentToAgentTestResponse,
    "AgentToAgentTests": AgentToAgentTests,
    "AgentToServerInstantTest": AgentToServerInstantTest,
    "AgentToServerProperties": AgentToServerProperties,
    "AgentToServerTest": AgentToServerTest,
    "AgentToServerTestRequest": AgentToServerTestRequest,
    "AgentToServerTestResponse": AgentToServerTestResponse,
    "AgentToServerTests": AgentToServerTests,
    "AgentToServerWritablePropertyFields": AgentToServerWritablePropertyFields,
    "AlertDirection": AlertDirection,
    "AlertRoundsViolationMode": AlertRoundsViolationMode,
    "AlertRule": AlertRule,
    "AlertType": AlertType,
    "ApiClientAuthentication": ApiClientAuthentication,
    "ApiInstantTest": ApiInstantTest,
    "ApiPredefinedVariable": ApiPredefinedVariable,
    "ApiProperties": ApiProperties,
    "ApiRequest": ApiRequest,
    "ApiRequestAssertion": ApiRequestAssertion,
    "ApiRequestAssertionName": ApiRequestAssertionName,
    "ApiRequestAssertionOperator": ApiRequestAssertionOperator,
    "ApiRequestAuthType": ApiRequestAuthType,
    "ApiRequestHeader": ApiRequestHeader,
    "ApiRequestMethod": ApiRequestMethod,
    "ApiRequestVariable": ApiRequestVariable,
    "ApiTest": ApiTest,
    "ApiTestRequest": ApiTestRequest,
    "ApiTestResponse": ApiTestResponse,
    "ApiTests": ApiTests,
    "BaseBgpRequest": BaseBgpRequest,
    "BaseBgpTest": BaseBgpTest,
    "BaseRequest": BaseRequest,
    "BaseTest": BaseTest,
    "BgpTest": BgpTest,
    "BgpTestRequest": BgpTestRequest,
    "BgpTestResponse": BgpTestResponse,
    "BgpTests": BgpTests,
    "CloudEnterpriseAgentType": CloudEnterpriseAgentType,
    "Coordinates": Coordinates,
    "DnsQueryClass": DnsQueryClass,
    "DnsSecInstantTest": DnsSecInstantTest,
    "DnsSecProperties": DnsSecProperties,
    "DnsSecTest": DnsSecTest,
    "DnsSecTestRequest": DnsSecTestRequest,
    "DnsSecTestResponse": DnsSecTestResponse,
    "DnsSecTests": DnsSecTests,
    "DnsServerInstantTest": DnsServerInstantTest,
    "DnsServerProperties": DnsServerProperties,
    "DnsServerRequestProperties": DnsServerRequestProperties,
    "DnsServerTest": DnsServerTest,
    "DnsServerTestRequest": DnsServerTestRequest,
    "DnsServerTestResponse": DnsServerTestResponse,
    "DnsServerTests": DnsServerTests,
    "DnsTraceInstantTest": DnsTraceInstantTest,
    "DnsTraceProperties": DnsTraceProperties,
    "DnsTraceTest": DnsTraceTest,
    "DnsTraceTestRequest": DnsTraceTestRequest,
    "DnsTraceTestResponse": DnsTraceTestResponse,
    "DnsTraceTests": DnsTraceTests,
    "Error": Error,
    "ExpandBgpTestOptions": ExpandBgpTestOptions,
    "ExpandTestOptions": ExpandTestOptions,
    "FtpServerInstantTest": FtpServerInstantTest,
    "FtpServerProperties": FtpServerProperties,
    "FtpServerRequestType": FtpServerRequestType,
    "FtpServerTest": FtpServerTest,
    "FtpServerTestRequest": FtpServerTestRequest,
    "FtpServerTestResponse": FtpServerTestResponse,
    "FtpServerTests": FtpServerTests,
    "HttpServerBaseProperties": HttpServerBaseProperties,
    "HttpServerInstantTest": HttpServerInstantTest,
    "HttpServerProperties": HttpServerProperties,
    "HttpServerTest": HttpServerTest,
    "HttpServerTestRequest": HttpServerTestRequest,
    "HttpServerTestResponse": HttpServerTestResponse,
    "HttpServerTests": HttpServerTests,
    "InstantTest": InstantTest,
    "InterfaceGroup": InterfaceGroup,
    "InterfaceGroups": InterfaceGroups,
    "Link": Link,
    "Monitor": Monitor,
    "MonitorType": MonitorType,
    "MonitorsRequest": MonitorsRequest,
    "NetworkProviderInfo": NetworkProviderInfo,
    "NetworkProviderType": NetworkProviderType,
    "OAuth": OAuth,
    "OAuthAuthType": OAuthAuthType,
    "PageLoadInstantTest": PageLoadInstantTest,
    "PageLoadProperties": PageLoadProperties,
    "PageLoadTest": PageLoadTest,
    "PageLoadTestRequest": PageLoadTestRequest,
    "PageLoadTestResponse": PageLoadTestResponse,
    "PageLoadTests": PageLoadTests,
    "RequestMethod": RequestMethod,
    "SelfLinks": SelfLinks,
    "SensitivityLevel": SensitivityLevel,
    "Severity": Severity,
    "SharedWithAccount": SharedWithAccount,
    "SimpleAgent": SimpleAgent,
    "SimpleTest": SimpleTest,
    "SipServerInstantTest": SipServerInstantTest,
    "SipServerProperties": SipServerProperties,
    "SipServerTest": SipServerTest,
    "SipServerTestRequest": SipServerTestRequest,
    "SipServerTestResponse": SipServerTestResponse,
    "SipServerTests": SipServerTests,
    "SipTestProtocol": SipTestProtocol,
    "TestAgentRequest": TestAgentRequest,
    "TestAuthType": TestAuthType,
    "TestChromiumTrack": TestChromiumTrack,
    "TestCustomHeaders": TestCustomHeaders,
    "TestDirection": TestDirection,
    "TestDnsServer": TestDnsServer,
    "TestDnsTransportProtocol": TestDnsTransportProtocol,
    "TestDscpId": TestDscpId,
    "TestIpv6Policy": TestIpv6Policy,
    "TestLabel": TestLabel,
    "TestLinks": TestLinks,
    "TestMonitorsProperties": TestMonitorsProperties,
    "TestPageLoadingStrategy": TestPageLoadingStrategy,
    "TestPathTraceMode": TestPathTraceMode,
    "TestProbeMode": TestProbeMode,
    "TestProtocol": TestProtocol,
    "TestRequest": TestRequest,
    "TestSelfLink": TestSelfLink,
    "TestSipCredentials": TestSipCredentials,
    "TestSslVersionId": TestSslVersionId,
    "TestTag": TestTag,
    "TestType": TestType,
    "TestVaultCredential": TestVaultCredential,
    "TestVaultCredentialTarget": TestVaultCredentialTarget,
    "TestVersionHistory": TestVersionHistory,
    "TestVersionHistoryResponse": TestVersionHistoryResponse,
    "Tests": Tests,
    "UnauthorizedError": UnauthorizedError,
    "UnexpandedAgentToAgentTest": UnexpandedAgentToAgentTest,
    "UnexpandedAgentToServerTest": UnexpandedAgentToServerTest,
    "UnexpandedApiTest": UnexpandedApiTest,
    "UnexpandedBgpTest": UnexpandedBgpTest,
    "UnexpandedDnsSecTest": UnexpandedDnsSecTest,
    "UnexpandedDnsServerRequestTest": UnexpandedDnsServerRequestTest,
    "UnexpandedDnsServerTest": UnexpandedDnsServerTest,
    "UnexpandedDnsTraceTest": UnexpandedDnsTraceTest,
    "UnexpandedFtpServerTest": UnexpandedFtpServerTest,
    "UnexpandedHttpServerTest": UnexpandedHttpServerTest,
    "UnexpandedInstantTest": UnexpandedInstantTest,
    "UnexpandedPageLoadTest": UnexpandedPageLoadTest,
    "UnexpandedSipServerTest": UnexpandedSipServerTest,
    "UnexpandedTest": UnexpandedTest,
    "UnexpandedVoiceTest": UnexpandedVoiceTest,
    "UnexpandedWebTransactionTest": UnexpandedWebTransactionTest,
    "UpdateAgentToServerTestRequest": UpdateAgentToServerTestRequest,
    "UpdateBgpTestRequest": UpdateBgpTestRequest,
    "ValidationError": ValidationError,
    "ValidationErrorItem": ValidationErrorItem,
    "VoiceInstantTest": VoiceInstantTest,
    "VoiceProperties": VoiceProperties,
    "VoiceTest": VoiceTest,
    "VoiceTestRequest": VoiceTestRequest,
    "VoiceTestResponse": VoiceTestResponse,
    "VoiceTests": VoiceTests,
    "WebTransactionInstantTest": WebTransactionInstantTest,
    "WebTransactionProperties": WebTransactionProperties,
    "WebTransactionTest": WebTransactionTest,
    "WebTransactionTestRequest": WebTransactionTestRequest,
    "WebTransactionTestResponse": WebTransactionTestResponse,
    "WebTransactionTests": WebTransactionTests,
}


#: The request forms of schemas used both ways, by schema name.
REQUEST_SCHEMAS: Mapping[str, Any] = {
    "AgentToAgentProperties": AgentToAgentPropertiesRequest,
    "AgentToServerProperties": AgentToServerPropertiesRequest,
    "AgentToServerWritablePropertyFields": AgentToServerWritablePropertyFieldsRequest,
    "ApiProperties": ApiPropertiesRequest,
    "DnsSecProperties": DnsSecPropertiesRequest,
    "DnsTraceProperties": DnsTracePropertiesRequest,
    "FtpServerProperties": FtpServerPropertiesRequest,
    "HttpServerBaseProperties": HttpServerBasePropertiesRequest,
    "HttpServerProperties": HttpServerPropertiesRequest,
    "InterfaceGroup": InterfaceGroupRequest,
    "PageLoadProperties": PageLoadPropertiesRequest,
    "SipServerProperties": SipServerPropertiesRequest,
    "UnexpandedAgentToAgentTest": UnexpandedAgentToAgentTestRequest,
    "UnexpandedAgentToServerTest": UnexpandedAgentToServerTestRequest,
    "UnexpandedApiTest": UnexpandedApiTestRequest,
    "UnexpandedBgpTest": UnexpandedBgpTestRequest,
    "UnexpandedDnsSecTest": UnexpandedDnsSecTestRequest,
    "UnexpandedDnsTraceTest": UnexpandedDnsTraceTestRequest,
    "UnexpandedFtpServerTest": UnexpandedFtpServerTestRequest,
    "UnexpandedHttpServerTest": UnexpandedHttpServerTestRequest,
    "UnexpandedInstantTest": UnexpandedInstantTestRequest,
    "UnexpandedPageLoadTest": UnexpandedPageLoadTestRequest,
    "UnexpandedVoiceTest": UnexpandedVoiceTestRequest,
    "UnexpandedWebTransactionTest": UnexpandedWebTransactionTestRequest,
    "VoiceProperties": VoicePropertiesRequest,
    "WebTransactionProperties": WebTransactionPropertiesRequest,
}
