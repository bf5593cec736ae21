"""Records of the Instant Tests API (v7).

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
    SharedWithAccount,
    SimpleAgent,
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
    "AgentToAgentInstantTestRequest",
    "AgentToAgentInstantTestResponse",
    "AgentToAgentProperties",
    "AgentToAgentPropertiesRequest",
    "AgentToAgentTestProtocol",
    "AgentToServerInstantTest",
    "AgentToServerInstantTestRequest",
    "AgentToServerInstantTestResponse",
    "AgentToServerProperties",
    "AgentToServerPropertiesRequest",
    "AgentToServerWritablePropertyFields",
    "AgentToServerWritablePropertyFieldsRequest",
    "ApiClientAuthentication",
    "ApiInstantTest",
    "ApiInstantTestRequest",
    "ApiInstantTestResponse",
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
    "CloudEnterpriseAgentType",
    "Coordinates",
    "DnsQueryClass",
    "DnsSecInstantTest",
    "DnsSecInstantTestRequest",
    "DnsSecInstantTestResponse",
    "DnsSecProperties",
    "DnsSecPropertiesRequest",
    "DnsServerInstantTest",
    "DnsServerInstantTestRequest",
    "DnsServerInstantTestResponse",
    "DnsServerProperties",
    "DnsServerRequestProperties",
    "DnsTraceInstantTest",
    "DnsTraceInstantTestRequest",
    "DnsTraceInstantTestResponse",
    "DnsTraceProperties",
    "DnsTracePropertiesRequest",
    "Error",
    "ExpandInstantTestOptions",
    "FtpServerInstantTest",
    "FtpServerInstantTestRequest",
    "FtpServerInstantTestResponse",
    "FtpServerProperties",
    "FtpServerPropertiesRequest",
    "FtpServerRequestType",
    "HttpServerBaseProperties",
    "HttpServerBasePropertiesRequest",
    "HttpServerInstantTest",
    "HttpServerInstantTestRequest",
    "HttpServerInstantTestResponse",
    "HttpServerProperties",
    "HttpServerPropertiesRequest",
    "InstantTest",
    "InstantTestRequest",
    "Link",
    "NetworkProviderInfo",
    "NetworkProviderType",
    "OAuth",
    "OAuthAuthType",
    "PageLoadInstantTest",
    "PageLoadInstantTestRequest",
    "PageLoadInstantTestResponse",
    "PageLoadProperties",
    "PageLoadPropertiesRequest",
    "RequestMethod",
    "SharedWithAccount",
    "SimpleAgent",
    "SipServerInstantTest",
    "SipServerInstantTestRequest",
    "SipServerInstantTestResponse",
    "SipServerProperties",
    "SipServerPropertiesRequest",
    "SipTestProtocol",
    "TestAgent",
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
    "TestPageLoadingStrategy",
    "TestPathTraceMode",
    "TestProbeMode",
    "TestProtocol",
    "TestSelfLink",
    "TestSipCredentials",
    "TestSslVersionId",
    "TestTag",
    "TestType",
    "TestVaultCredential",
    "TestVaultCredentialTarget",
    "UnauthorizedError",
    "UnexpandedInstantTest",
    "UnexpandedInstantTestRequest",
    "ValidationError",
    "ValidationErrorItem",
    "VoiceInstantTest",
    "VoiceInstantTestRequest",
    "VoiceInstantTestResponse",
    "VoiceProperties",
    "VoicePropertiesRequest",
    "WebTransactionInstantTest",
    "WebTransactionInstantTestRequest",
    "WebTransactionInstantTestResponse",
    "WebTransactionProperties",
    "WebTransactionPropertiesRequest",
]


class ExpandInstantTestOptions(OpenStrEnum):
    """The ``ExpandInstantTestOptions`` values."""

    AGENT = "agent"
    LABEL = "label"
    TAG = "tag"
    SHARED_WITH_ACCOUNT = "shared-with-account"


@attrs.frozen(kw_only=True)
class AgentToAgentInstantTestRequest:
    """The ``AgentToAgentInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToAgentInstantTestResponse:
    """The ``AgentToAgentInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerInstantTestRequest:
    """The ``AgentToServerInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerInstantTestResponse:
    """The ``AgentToServerInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiInstantTestRequest:
    """The ``ApiInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    #: Contains a list of credential IDs (get `credentialId` from `/credentials` endpoint).
    credentials: tuple[str, ...] | None = opt()
    #: List of credential IDs that are stored in an external vault.
    vault_credentials: tuple[TestVaultCredential, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiInstantTestResponse:
    """The ``ApiInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsSecInstantTestRequest:
    """The ``DnsSecInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsSecInstantTestResponse:
    """The ``DnsSecInstantTestResponse`` schema."""

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
class DnsServerInstantTestRequest:
    """The ``DnsServerInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerInstantTestResponse:
    """The ``DnsServerInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsTraceInstantTestRequest:
    """The ``DnsTraceInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsTraceInstantTestResponse:
    """The ``DnsTraceInstantTestResponse`` schema."""

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
class FtpServerInstantTestRequest:
    """The ``FtpServerInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class FtpServerInstantTestResponse:
    """The ``FtpServerInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerInstantTestRequest:
    """The ``HttpServerInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerInstantTestResponse:
    """The ``HttpServerInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class InstantTestRequest:
    """The ``InstantTestRequest`` schema."""

    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadInstantTestRequest:
    """The ``PageLoadInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadInstantTestResponse:
    """The ``PageLoadInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerInstantTestRequest:
    """The ``SipServerInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    target_sip_credentials: TestSipCredentials = required()
    #: Required by the spec, which does not describe it here.
    port: Any | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerInstantTestResponse:
    """The ``SipServerInstantTestResponse`` schema."""

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
class TestAgent:
    """The ``TestAgent`` schema."""

    #: Identifier for the agent (get `agentId` from `/agents` endpoint).
    agent_id: str | None = opt()
    #: IP address from the agent's `ipAddresses` field (get `ipAddresses` from `/agents` endpoint).
    source_ip_address: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoiceInstantTestRequest:
    """The ``VoiceInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoiceInstantTestResponse:
    """The ``VoiceInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionInstantTestRequest:
    """The ``WebTransactionInstantTestRequest`` schema."""

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
    #: A list of test label identifiers (get `labelId` from `/labels` endpoint).
    labels: tuple[str, ...] | None = opt()
    #: A list of test tag identifiers (get `id` from `/tags` endpoint).
    tags: tuple[str, ...] | None = opt()
    #: A list of account group identifiers that the test is shared with (get `aid` from `/account-
    #: groups` endpoint).
    shared_with_accounts: tuple[str, ...] | None = opt()
    #: A list of objects with `agentId` (required) and `sourceIpAddress` (optional).
    agents: tuple[TestAgent, ...] = required()
    #: Contains a list of credential IDs (get `credentialId` from `/credentials` endpoint).
    credentials: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionInstantTestResponse:
    """The ``WebTransactionInstantTestResponse`` schema."""

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
    #: Contains list of agents.
    agents: tuple[AgentResponse, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


#: The discriminated unions of this module, read by the v7 converter.
UNIONS: tuple[Discriminated, ...] = ()


#: The spec's schemas by name (the request form of a schema only requests use).
SCHEMAS: Mapping[str, Any] = {
    "AgentBase": AgentBase,
    "AgentInterfaces": AgentInterfaces,
    "AgentResponse": AgentResponse,
    "AgentToAgentInstantTest": AgentToAgentInstantTest,
    "AgentToAgentInstantTestRequest": AgentToAgentInstantTestRequest,
    "AgentToAgentInstantTestResponse": AgentToAgentInstantTestResponse,
    "AgentToAgentProperties": AgentToAgentProperties,
    "AgentToAgentTestProtocol": AgentToAgentTestProtocol,
    "AgentToServerInstantTest": AgentToServerInstantTest,
    "AgentToServerInstantTestRequest": AgentToServerInstantTestRequest,
    "AgentToServerInstantTestResponse": AgentToServerInstantTestResponse,
    "AgentToServerProperties": AgentToServerProperties,
    "AgentToServerWritablePropertyFields": AgentToServerWritablePropertyFields,
    "ApiClientAuthentication": ApiClientAuthentication,
    "ApiInstantTest": ApiInstantTest,
    "ApiInstantTestRequest": ApiInstantTestRequest,
    "ApiInstantTestResponse": ApiInstantTestResponse,
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
    "CloudEnterpriseAgentType": CloudEnterpriseAgentType,
    "Coordinates": Coordinates,
    "DnsQueryClass": DnsQueryClass,
    "DnsSecInstantTest": DnsSecInstantTest,
    "DnsSecInstantTestRequest": DnsSecInstantTestRequest,
    "DnsSecInstantTestResponse": DnsSecInstantTestResponse,
    "DnsSecProperties": DnsSecProperties,
    "DnsServerInstantTest": DnsServerInstantTest,
    "DnsServerInstantTestRequest": DnsServerInstantTestRequest,
    "DnsServerInstantTestResponse": DnsServerInstantTestResponse,
    "DnsServerProperties": DnsServerProperties,
    "DnsServerRequestProperties": DnsServerRequestProperties,
    "DnsTraceInstantTest": DnsTraceInstantTest,
    "DnsTraceInstantTestRequest": DnsTraceInstantTestRequest,
    "DnsTraceInstantTestResponse": DnsTraceInstantTestResponse,
    "DnsTraceProperties": DnsTraceProperties,
    "Error": Error,
    "ExpandInstantTestOptions": ExpandInstantTestOptions,
    "FtpServerInstantTest": FtpServerInstantTest,
    "FtpServerInstantTestRequest": FtpServerInstantTestRequest,
    "FtpServerInstantTestResponse": FtpServerInstantTestResponse,
    "FtpServerProperties": FtpServerProperties,
    "FtpServerRequestType": FtpServerRequestType,
    "HttpServerBaseProperties": HttpServerBaseProperties,
    "HttpServerInstantTest": HttpServerInstantTest,
    "HttpServerInstantTestRequest": HttpServerInstantTestRequest,
    "HttpServerInstantTestResponse": HttpServerInstantTestResponse,
    "HttpServerProperties": HttpServerProperties,
    "InstantTest": InstantTest,
    "InstantTestRequest": InstantTestRequest,
    "Link": Link,
    "NetworkProviderInfo": NetworkProviderInfo,
    "NetworkProviderType": NetworkProviderType,
    "OAuth": OAuth,
    "OAuthAuthType": OAuthAuthType,
    "PageLoadInstantTest": PageLoadInstantTest,
    "PageLoadInstantTestRequest": PageLoadInstantTestRequest,
    "PageLoadInstantTestResponse": PageLoadInstantTestResponse,
    "PageLoadProperties": PageLoadProperties,
    "RequestMethod": RequestMethod,
    "SharedWithAccount": SharedWithAccount,
    "SimpleAgent": SimpleAgent,
    "SipServerInstantTest": SipServerInstantTest,
    "SipServerInstantTestRequest": SipServerInstantTestRequest,
    "SipServerInstantTestResponse": SipServerInstantTestResponse,
    "SipServerProperties": SipServerProperties,
    "SipTestProtocol": SipTestProtocol,
    "TestAgent": TestAgent,
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
    "TestPageLoadingStrategy": TestPageLoadingStrategy,
    "TestPathTraceMode": TestPathTraceMode,
    "TestProbeMode": TestProbeMode,
    "TestProtocol": TestProtocol,
    "TestSelfLink": TestSelfLink,
    "TestSipCredentials": TestSipCredentials,
    "TestSslVersionId": TestSslVersionId,
    "TestTag": TestTag,
    "TestType": TestType,
    "TestVaultCredential": TestVaultCredential,
    "TestVaultCredentialTarget": TestVaultCredentialTarget,
    "UnauthorizedError": UnauthorizedError,
    "UnexpandedInstantTest": UnexpandedInstantTest,
    "ValidationError": ValidationError,
    "ValidationErrorItem": ValidationErrorItem,
    "VoiceInstantTest": VoiceInstantTest,
    "VoiceInstantTestRequest": VoiceInstantTestRequest,
    "VoiceInstantTestResponse": VoiceInstantTestResponse,
    "VoiceProperties": VoiceProperties,
    "WebTransactionInstantTest": WebTransactionInstantTest,
    "WebTransactionInstantTestRequest": WebTransactionInstantTestRequest,
    "WebTransactionInstantTestResponse": WebTransactionInstantTestResponse,
    "WebTransactionProperties": WebTransactionProperties,
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
    "PageLoadProperties": PageLoadPropertiesRequest,
    "SipServerProperties": SipServerPropertiesRequest,
    "UnexpandedInstantTest": UnexpandedInstantTestRequest,
    "VoiceProperties": VoicePropertiesRequest,
    "WebTransactionProperties": WebTransactionPropertiesRequest,
}
