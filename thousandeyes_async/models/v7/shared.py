"""Records several v7 specifications share.

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .._fields import extra_field, opt, required
from .._openapi import Discriminated, OpenStrEnum

__all__ = [
    "UNIONS",
    "AccountGroup",
    "AgentBase",
    "AgentInterfaces",
    "AgentResponse",
    "AgentToAgentInstantTest",
    "AgentToAgentProperties",
    "AgentToAgentPropertiesRequest",
    "AgentToAgentTestProtocol",
    "AgentToServerInstantTest",
    "AgentToServerProperties",
    "AgentToServerPropertiesRequest",
    "AgentToServerWritablePropertyFields",
    "AgentToServerWritablePropertyFieldsRequest",
    "AlertDirection",
    "AlertRoundsViolationMode",
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
    "CloudEnterpriseAgentType",
    "ClusterMember",
    "Coordinates",
    "DnsQueryClass",
    "DnsSecInstantTest",
    "DnsSecProperties",
    "DnsSecPropertiesRequest",
    "DnsServerInstantTest",
    "DnsServerProperties",
    "DnsServerRequestProperties",
    "DnsTraceInstantTest",
    "DnsTraceProperties",
    "DnsTracePropertiesRequest",
    "EnterpriseAgent",
    "EnterpriseAgentData",
    "EnterpriseAgentIpv6Policy",
    "EnterpriseAgentState",
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "FtpServerInstantTest",
    "FtpServerProperties",
    "FtpServerPropertiesRequest",
    "FtpServerRequestType",
    "HttpServerBaseProperties",
    "HttpServerBasePropertiesRequest",
    "HttpServerInstantTest",
    "HttpServerProperties",
    "HttpServerPropertiesRequest",
    "InstantTest",
    "InterfaceIpMapping",
    "Link",
    "NetworkProviderInfo",
    "NetworkProviderType",
    "OAuth",
    "OAuthAuthType",
    "PageLoadInstantTest",
    "PageLoadProperties",
    "PageLoadPropertiesRequest",
    "PaginationLinks",
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
    "SipTestProtocol",
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
    "UnexpandedTest",
    "ValidationError",
    "ValidationErrorItem",
    "VoiceInstantTest",
    "VoiceProperties",
    "VoicePropertiesRequest",
    "WebTransactionInstantTest",
    "WebTransactionProperties",
    "WebTransactionPropertiesRequest",
]


class AgentToAgentTestProtocol(OpenStrEnum):
    """The ``AgentToAgentTestProtocol`` values."""

    TCP = "tcp"
    UDP = "udp"


class AlertDirection(OpenStrEnum):
    """Direction for applicable alert types (eg."""

    TO_TARGET = "to-target"
    FROM_TARGET = "from-target"
    BIDIRECTIONAL = "bidirectional"


class AlertRoundsViolationMode(OpenStrEnum):
    """`exact` requires the same agents to meet the threshold in consecutive rounds."""

    EXACT = "exact"
    ANY = "any"
    AUTO = "auto"


class AlertType(OpenStrEnum):
    """Type of alert being triggered."""

    PAGE_LOAD = "page-load"
    HTTP_SERVER = "http-server"
    END_TO_END_SERVER = "end-to-end-server"
    END_TO_END_AGENT = "end-to-end-agent"
    VOICE = "voice"
    DNS_SERVER = "dns-server"
    DNS_TRACE = "dns-trace"
    DNSSEC = "dnssec"
    BGP = "bgp"
    PATH_TRACE = "path-trace"
    FTP = "ftp"
    SIP_SERVER = "sip-server"
    TRANSACTIONS = "transactions"
    WEB_TRANSACTIONS = "web-transactions"
    AGENT = "agent"
    NETWORK_OUTAGE = "network-outage"
    APPLICATION_OUTAGE = "application-outage"
    DEVICE_DEVICE = "device-device"
    DEVICE_INTERFACE = "device-interface"
    ENDPOINT_NETWORK_SERVER = "endpoint-network-server"
    ENDPOINT_HTTP_SERVER = "endpoint-http-server"
    ENDPOINT_PATH_TRACE = "endpoint-path-trace"
    ENDPOINT_BROWSER_SESSIONS_AGENT = "endpoint-browser-sessions-agent"
    ENDPOINT_BROWSER_SESSIONS_APPLICATION = "endpoint-browser-sessions-application"
    API = "api"
    WEB_TRANSACTION = "web-transaction"
    UNKNOWN = "unknown"


class ApiClientAuthentication(OpenStrEnum):
    """The OAuth2 client authentication location type."""

    BASIC_AUTH_HEADER = "basic-auth-header"
    IN_BODY = "in-body"


class ApiRequestAssertionName(OpenStrEnum):
    """Set to `status-code` to assert the response status code."""

    STATUS_CODE = "status-code"
    RESPONSE_BODY = "response-body"


class ApiRequestAssertionOperator(OpenStrEnum):
    """If `name = status-code``, accepted values are [is, is-not]."""

    IS = "is"
    IS_NOT = "is-not"
    INCLUDES = "includes"
    NOT_INCLUDES = "not-includes"
    MATCHES = "matches"
    NOT_MATCHES = "not-matches"


class ApiRequestAuthType(OpenStrEnum):
    """Will override the Authorization request header."""

    NONE = "none"
    BASIC = "basic"
    BEARER_TOKEN = "bearer-token"
    OAUTH2 = "oauth2"


class ApiRequestMethod(OpenStrEnum):
    """HTTP request method."""

    GET = "get"
    POST = "post"
    PUT = "put"
    DELETE = "delete"
    PATCH = "patch"


class CloudEnterpriseAgentType(OpenStrEnum):
    """Type of the agent."""

    CLOUD = "cloud"
    ENTERPRISE_CLUSTER = "enterprise-cluster"
    ENTERPRISE = "enterprise"


class DnsQueryClass(OpenStrEnum):
    """Domain class used by this test."""

    IN = "in"
    CH = "ch"


class EnterpriseAgentIpv6Policy(OpenStrEnum):
    """IP version policy, (Enterprise Agents and Enterprise Clusters only)"""

    FORCE_IPV4 = "force-ipv4"
    PREFER_IPV6 = "prefer-ipv6"
    FORCE_IPV6 = "force-ipv6"


class EnterpriseAgentState(OpenStrEnum):
    """State of the agent."""

    ONLINE = "online"
    OFFLINE = "offline"
    DISABLED = "disabled"


class ErrorDetailCode(OpenStrEnum):
    """Code for the agent error."""

    AGENT_VERSION_OUTDATED = "agent-version-outdated"
    BROWSERBOT_VERSION_OUTDATED = "browserbot-version-outdated"
    APPLIANCE_VERSION_OUTDATED = "appliance-version-outdated"
    CLOCK_OFFSET = "clock-offset"
    OS_END_OF_INSTALLATION_SUPPORT = "os-end-of-installation-support"
    OS_END_OF_SUPPORT = "os-end-of-support"
    OS_END_OF_LIFE = "os-end-of-life"
    NAT_TRAVERSAL_ERROR = "nat-traversal-error"


class FtpServerRequestType(OpenStrEnum):
    """Set the type of activity for the test."""

    DOWNLOAD = "download"
    UPLOAD = "upload"
    LIST = "list"


class NetworkProviderType(OpenStrEnum):
    """Classification of the agent's network provider."""

    UNKNOWN = "unknown"
    ISP = "isp"
    CDN = "cdn"
    STUB = "stub"
    CLOUD_PROVIDER = "cloud-provider"
    CARRIER = "carrier"


class OAuthAuthType(OpenStrEnum):
    """HTTP authentication type used for the OAuth request."""

    NONE = "none"
    BASIC = "basic"
    NTLM = "ntlm"


class RequestMethod(OpenStrEnum):
    """HTTP request method."""

    GET = "get"
    POST = "post"


class SensitivityLevel(OpenStrEnum):
    """Used when `roundsViolatingMode` is set to `auto`."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Severity(OpenStrEnum):
    """The severity of the alert."""

    INFO = "info"
    MAJOR = "major"
    MINOR = "minor"
    CRITICAL = "critical"
    UNKNOWN = "unknown"


class SipTestProtocol(OpenStrEnum):
    """Transport layer for SIP communication."""

    TCP = "tcp"
    TLS = "tls"
    UDP = "udp"


class TestAuthType(OpenStrEnum):
    """HTTP authentication type."""

    NONE = "none"
    BASIC = "basic"
    NTLM = "ntlm"
    KERBEROS = "kerberos"
    OAUTH = "oauth"


class TestChromiumTrack(OpenStrEnum):
    """* `stable`: Uses the default Chromium version."""

    STABLE = "stable"
    LATEST = "latest"


class TestDirection(OpenStrEnum):
    """Direction of the test, which affects how results are shown."""

    TO_TARGET = "to-target"
    FROM_TARGET = "from-target"
    BIDIRECTIONAL = "bidirectional"


class TestDnsTransportProtocol(OpenStrEnum):
    """Transport protocol used for DNS requests."""

    UDP = "udp"
    TCP = "tcp"


class TestDscpId(OpenStrEnum):
    """DSCP ID [to see list for acceptable values](https://docs.thousandeyes.com/product-
    documentation/tests/dscp-options-in-network-tests)
    """

    V_0 = "0"
    V_8 = "8"
    V_16 = "16"
    V_24 = "24"
    V_32 = "32"
    V_40 = "40"
    V_48 = "48"
    V_56 = "56"
    V_10 = "10"
    V_12 = "12"
    V_14 = "14"
    V_18 = "18"
    V_20 = "20"
    V_22 = "22"
    V_26 = "26"
    V_28 = "28"
    V_30 = "30"
    V_34 = "34"
    V_36 = "36"
    V_38 = "38"
    V_46 = "46"
    V_44 = "44"


class TestIpv6Policy(OpenStrEnum):
    """IP version policy."""

    FORCE_IPV4 = "force-ipv4"
    PREFER_IPV6 = "prefer-ipv6"
    FORCE_IPV6 = "force-ipv6"
    USE_AGENT_POLICY = "use-agent-policy"


class TestPageLoadingStrategy(OpenStrEnum):
    """* `normal`: The test waits until the entire page is fully loaded, including the
    downloading and parsing of HTML content as well as all associated resources,...
    """

    NORMAL = "normal"
    EAGER = "eager"
    NONE = "none"


class TestPathTraceMode(OpenStrEnum):
    """Select `inSession` to perform the path trace within a TCP session."""

    CLASSIC = "classic"
    IN_SESSION = "in-session"


class TestProbeMode(OpenStrEnum):
    """Probe mode used by network test, only valid when the protocol is set to TCP."""

    AUTO = "auto"
    SACK = "sack"
    SYN = "syn"


class TestProtocol(OpenStrEnum):
    """Protocol used by dependent network tests (end-to-end, path trace, PMTUD)."""

    TCP = "tcp"
    ICMP = "icmp"
    UDP = "udp"


class TestSslVersionId(OpenStrEnum):
    """SSL version options: * Use '0' for automatic selection."""

    V_0 = "0"
    V_3 = "3"
    V_4 = "4"
    V_5 = "5"
    V_6 = "6"
    V_7 = "7"


class TestType(OpenStrEnum):
    """This is a read only value, as test type is implicit in the test creation url."""

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


class TestVaultCredentialTarget(OpenStrEnum):
    """The target setting that the credential should be used for."""

    USERNAME = "username"
    PASSWORD = "password"
    SCRIPT = "script"


@attrs.frozen(kw_only=True)
class AccountGroup:
    """The ``AccountGroup`` schema."""

    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: Account group name
    account_group_name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentBase:
    """The ``AgentBase`` schema."""

    #: Array of private IP addresses.
    ip_addresses: tuple[str, ...] | None = opt()
    #: Array of public IP addresses.
    public_ip_addresses: tuple[str, ...] | None = opt()
    #: Network (including ASN) of agent’s public IP.
    network: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentInterfaces:
    """The ``AgentInterfaces`` schema."""

    #: IP address of the agent interface.
    ip_address: str | None = opt()
    #: The agent ID of the enterprise agent for the test.
    agent_id: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentResponse:
    """The ``AgentResponse`` schema."""

    #: Type of the agent.
    agent_type: CloudEnterpriseAgentType = required()
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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToAgentInstantTest:
    """The ``AgentToAgentInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToAgentProperties:
    """The ``AgentToAgentProperties`` schema."""

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
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToAgentPropertiesRequest:
    """The ``AgentToAgentPropertiesRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerInstantTest:
    """The ``AgentToServerInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerProperties:
    """The ``AgentToServerProperties`` schema."""

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
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerPropertiesRequest:
    """The ``AgentToServerPropertiesRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerWritablePropertyFields:
    """The ``AgentToServerWritablePropertyFields`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AgentToServerWritablePropertyFieldsRequest:
    """The ``AgentToServerWritablePropertyFieldsRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiInstantTest:
    """The ``ApiInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiPredefinedVariable:
    """The ``ApiPredefinedVariable`` schema."""

    #: Variable name.
    name: str | None = opt()
    #: Variable value, will be treated as string.
    value: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiProperties:
    """The ``ApiProperties`` schema."""

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
    type: str | None = opt()
    #: Target for the test.
    url: str = required()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiPropertiesRequest:
    """The ``ApiPropertiesRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiRequest:
    """The ``ApiRequest`` schema."""

    #: List of assertion objects.
    assertions: tuple[ApiRequestAssertion, ...] | None = opt()
    #: Will override the Authorization request header.
    auth_type: ApiRequestAuthType | None = opt()
    #: The bearer token if `authType = bearer-token`.
    bearer_token: str | None = opt()
    #: POST/PUT request body.
    body: str | None = opt()
    #: The OAuth2 client authentication location type.
    client_authentication: ApiClientAuthentication | None = opt()
    #: The application ID used when `authType` is set to "oauth2".
    client_id: str | None = opt()
    #: The private client secret used when `authType` is set to "oauth2".
    client_secret: str | None = opt()
    #: Set to `true` if API response body should be collected and saved.
    collect_api_response: bool | None = opt()
    #: Array of API Request Header objects.
    headers: tuple[ApiRequestHeader, ...] | None = opt()
    #: HTTP request method.
    method: ApiRequestMethod | None = opt()
    #: API step name, must be unique.
    name: str = required()
    #: The password if `authType = basic`.
    password: str | None = opt()
    #: Application-specific scope values for the access token when `authType` is "oauth2".
    scope: str | None = opt()
    #: The endpoint used to request the access token when `authType` is "oauth2".
    token_url: str | None = opt()
    #: Request url.
    url: str = required()
    #: The username if `authType = basic`.
    username: str | None = opt()
    #: Array of API post request variable objects.
    variables: tuple[ApiRequestVariable, ...] | None = opt()
    #: Ignore or acknowledge certificate errors.
    verify_certificate: bool | None = opt()
    #: Post request delay before executing the next API requests, in milliseconds.
    wait_time_ms: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiRequestAssertion:
    """The ``ApiRequestAssertion`` schema."""

    #: Set to `status-code` to assert the response status code.
    name: ApiRequestAssertionName | None = opt()
    #: If `name = status-code``, accepted values are [is, is-not].
    operator: ApiRequestAssertionOperator | None = opt()
    #: The value of the assertion.
    value: str | int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiRequestHeader:
    """The ``ApiRequestHeader`` schema."""

    #: Request header key.
    key: str | None = opt()
    #: Request header value.
    value: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ApiRequestVariable:
    """The ``ApiRequestVariable`` schema."""

    #: Variable name
    name: str | None = opt()
    #: The JSON path of data within the Response Body to assign to this variable.
    value: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ClusterMember:
    """The ``ClusterMember`` schema."""

    #: Array of private IP addresses.
    ip_addresses: tuple[str, ...] | None = opt()
    #: Array of public IP addresses.
    public_ip_addresses: tuple[str, ...] | None = opt()
    #: Network (including ASN) of agent’s public IP.
    network: str | None = opt()
    #: Unique ID of the cluster member
    member_id: str | None = opt()
    #: Name of the cluster member
    name: str | None = opt()
    #: If an enterprise agent or a cluster member presents at least one error, the errors will be
    #: shown as an array of entries in the errorDetails field...
    error_details: tuple[ErrorDetail, ...] | None = opt()
    #: UTC last seen date (ISO date-time format).
    last_seen: datetime | None = opt()
    #: State of the agent.
    agent_state: EnterpriseAgentState | None = opt()
    #: Test target IP address.
    target_for_tests: str | None = opt()
    #: Serial number of an enterprise agent or cluster member device.
    serial_number: str | None = opt()
    #: Shows overall utilization percentage (online Enterprise Agents and Enterprise Clusters only).
    utilization: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Coordinates:
    """Geographic coordinates for agent location."""

    #: The latitude of the agent location in decimal degrees
    latitude: float | None = opt()
    #: The longitude of the agent location in decimal degrees
    longitude: float | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsSecInstantTest:
    """The ``DnsSecInstantTest`` schema."""

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
class DnsSecProperties:
    """The ``DnsSecProperties`` schema."""

    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsSecPropertiesRequest:
    """The ``DnsSecPropertiesRequest`` schema."""

    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerInstantTest:
    """The ``DnsServerInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerProperties:
    """The ``DnsServerProperties`` schema."""

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
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsServerRequestProperties:
    """The ``DnsServerRequestProperties`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsTraceInstantTest:
    """The ``DnsTraceInstantTest`` schema."""

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
class DnsTraceProperties:
    """The ``DnsTraceProperties`` schema."""

    #: Transport protocol used for DNS requests.
    dns_transport_protocol: TestDnsTransportProtocol | None = opt()
    #: The target record for the test, with the record type suffixed.
    domain: str = required()
    #: Domain class used by this test.
    dns_query_class: DnsQueryClass | None = opt()
    #: Indicates whether agents should randomize the start time in each test round.
    randomized_start_time: bool | None = opt()
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class DnsTracePropertiesRequest:
    """The ``DnsTracePropertiesRequest`` schema."""

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
class EnterpriseAgent:
    """The ``EnterpriseAgent`` schema."""

    #: Type of the agent.
    agent_type: CloudEnterpriseAgentType = required()
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
class EnterpriseAgentData:
    """The ``EnterpriseAgentData`` schema."""

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
class Error:
    """The ``Error`` schema."""

    #: A URI reference that identifies the problem type.
    type: str | None = opt()
    #: A short, human-readable summary of the problem type.
    title: str | None = opt()
    #: The HTTP status code generated by the origin server for this occurrence of the problem.
    status: int | None = opt()
    #: A human-readable explanation specific to this occurrence of the problem.
    detail: str | None = opt()
    #: A URI reference that identifies the specific occurrence of the problem.
    instance: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ErrorDetail:
    """The ``ErrorDetail`` schema."""

    #: Code for the agent error.
    code: ErrorDetailCode | None = opt()
    #: Description for the agent error.
    description: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class FtpServerInstantTest:
    """The ``FtpServerInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class FtpServerProperties:
    """The ``FtpServerProperties`` schema."""

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
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class FtpServerPropertiesRequest:
    """The ``FtpServerPropertiesRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerBaseProperties:
    """The ``HttpServerBaseProperties`` schema."""

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
    url: str | None = opt()
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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerBasePropertiesRequest:
    """The ``HttpServerBasePropertiesRequest`` schema."""

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
    url: str | None = opt()
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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerInstantTest:
    """The ``HttpServerInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerProperties:
    """The ``HttpServerProperties`` schema."""

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
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HttpServerPropertiesRequest:
    """The ``HttpServerPropertiesRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class InstantTest:
    """The ``InstantTest`` schema."""

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
    #: Labels to which the test is assigned.
    labels: tuple[TestLabel, ...] | None = opt()
    #: Tags assigned to the test.
    tags: tuple[TestTag, ...] | None = opt()
    shared_with_accounts: tuple[SharedWithAccount, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class InterfaceIpMapping:
    """The ``InterfaceIpMapping`` schema."""

    #: Name of the mapping
    interface_name: str | None = opt()
    #: Array of ipAddress entries
    ip_addresses: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Link:
    """A hyperlink from the containing resource to a URI."""

    #: Its value is either a URI [RFC3986] or a URI template [RFC6570].
    href: str = required()
    #: Should be true when the link object's "href" property is a URI template.
    templated: bool | None = opt()
    #: Used as a hint to indicate the media type expected when dereferencing the target resource.
    type: str | None = opt()
    #: Its presence indicates that the link is to be deprecated at a future date.
    deprecation: str | None = opt()
    #: Its value may be used as a secondary key for selecting link objects that share the same
    #: relation type.
    name: str | None = opt()
    #: A URI that hints about the profile of the target resource.
    profile: str | None = opt()
    #: Intended for labelling the link with a human-readable identifier
    title: str | None = opt()
    #: Indicates the language of the target resource
    hreflang: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class NetworkProviderInfo:
    """Information about the network provider that owns the agent's public IP prefix."""

    #: Autonomous System Number (ASN) announcing the agent's public IP prefix.
    asn: int | None = opt()
    #: Name of the network provider organization.
    name: str | None = opt()
    #: Classification of the agent's network provider.
    type: NetworkProviderType | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class OAuth:
    """Use this only if you want to use OAuth as the authentication mechanism."""

    #: Target for the test.
    test_url: str | None = opt()
    #: HTTP request method.
    request_method: RequestMethod | None = opt()
    #: Enter the OAuth body for the HTTP POST request in this field when using OAuth as the
    #: authentication mechanism.
    post_body: str | None = opt()
    #: Request headers used for OAuth.
    headers: str | None = opt()
    #: HTTP authentication type used for the OAuth request.
    auth_type: OAuthAuthType | None = opt()
    #: OAuth username
    username: str | None = opt()
    #: OAuth password
    password: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadInstantTest:
    """The ``PageLoadInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadProperties:
    """The ``PageLoadProperties`` schema."""

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
    type: str | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PageLoadPropertiesRequest:
    """The ``PageLoadPropertiesRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PaginationLinks:
    """A links object containing pagination related link(s)."""

    #: A hyperlink from the containing resource to a URI.
    previous: Link | None = opt()
    #: A hyperlink from the containing resource to a URI.
    next: Link | None = opt()
    #: A hyperlink from the containing resource to a URI.
    self_: Link | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SelfLinks:
    """A links object containing the self link."""

    #: A hyperlink from the containing resource to a URI.
    self_: Link | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SharedWithAccount:
    """The ``SharedWithAccount`` schema."""

    #: Account group ID.
    aid: str | None = opt()
    #: Account group name.
    name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SimpleAgent:
    """The ``SimpleAgent`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SimpleTest:
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
    #: This is a read only value, as test type is implicit in the test creation url.
    type: TestType | None = opt()
    #: A list of links that can be accessed to get more information
    links: TestLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerInstantTest:
    """The ``SipServerInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerProperties:
    """The ``SipServerProperties`` schema."""

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
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class SipServerPropertiesRequest:
    """The ``SipServerPropertiesRequest`` schema."""

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
    #: Required by the spec, which does not describe it here.
    port: Any | None = opt()
    #: Required by the spec, which does not describe it here.
    target_sip_credentials: Any | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestCustomHeaders:
    """The ``TestCustomHeaders`` schema."""

    #: Use these HTTP headers for root server request.
    root: Mapping[str, str] | None = opt()
    #: Use these HTTP headers for the specified domains.
    domains: Mapping[str, Mapping[str, str]] | None = opt()
    #: Use these HTTP headers for all domains.
    all: Mapping[str, str] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestDnsServer:
    """The ``TestDnsServer`` schema."""

    #: Unique identifier of the DNS server.
    server_id: str | None = opt()
    #: Fully qualified domain name (FQDN) of DNS server.
    server_name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestLabel:
    """The ``TestLabel`` schema."""

    #: Label ID.
    label_id: str | None = opt()
    #: Name of the label.
    name: str | None = opt()
    #: Value indicating if the label in question is BuiltIn (Account Admin, Organization Admin,
    #: Regular User).
    is_builtin: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestLinks:
    """A list of links that can be accessed to get more information"""

    self_: TestSelfLink | None = opt()
    #: Reference to the test results.
    test_results: tuple[Link, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestSelfLink:
    """The ``TestSelfLink`` schema."""

    #: Its value is either a URI [RFC3986] or a URI template [RFC6570].
    href: str = required()
    #: Should be true when the link object's "href" property is a URI template.
    templated: bool | None = opt()
    #: Used as a hint to indicate the media type expected when dereferencing the target resource.
    type: str | None = opt()
    #: Its presence indicates that the link is to be deprecated at a future date.
    deprecation: str | None = opt()
    #: Its value may be used as a secondary key for selecting link objects that share the same
    #: relation type.
    name: str | None = opt()
    #: A URI that hints about the profile of the target resource.
    profile: str | None = opt()
    #: Intended for labelling the link with a human-readable identifier
    title: str | None = opt()
    #: Indicates the language of the target resource
    hreflang: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestSipCredentials:
    """The ``TestSipCredentials`` schema."""

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
class TestTag:
    """The ``TestTag`` schema."""

    #: Unique tag ID.
    id: str | None = opt()
    #: Tag key.
    key: str | None = opt()
    #: Tag value.
    value: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestVaultCredential:
    """The ``TestVaultCredential`` schema."""

    #: UUID of the configured secret.
    secret_id: str | None = opt()
    #: The target setting that the credential should be used for.
    target: TestVaultCredentialTarget | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnauthorizedError:
    """The ``UnauthorizedError`` schema."""

    error: str | None = opt()
    error_description: str | None = opt(key="error_description")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedInstantTest:
    """The ``UnexpandedInstantTest`` schema."""

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


@attrs.frozen(kw_only=True)
class UnexpandedInstantTestRequest:
    """The ``UnexpandedInstantTestRequest`` schema."""

    #: A description of the test.
    description: str | None = opt()
    #: The name of the test.
    test_name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UnexpandedTest:
    """The ``UnexpandedTest`` schema."""

    #: Interval between test runs in seconds.
    interval: int | None = opt()
    #: Indicates if alerts are enabled.
    alerts_enabled: bool | None = opt()
    #: Test is enabled.
    enabled: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ValidationError:
    """The ``ValidationError`` schema."""

    #: A URI reference that identifies the problem type.
    type: str | None = opt()
    #: A short, human-readable summary of the problem type.
    title: str | None = opt()
    #: The HTTP status code generated by the origin server for this occurrence of the problem.
    status: int | None = opt()
    #: A human-readable explanation specific to this occurrence of the problem.
    detail: str | None = opt()
    #: A URI reference that identifies the specific occurrence of the problem.
    instance: str | None = opt()
    #: (Optional) When multiple errors occur, the details for each error are listed.
    errors: tuple[ValidationErrorItem, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ValidationErrorItem:
    """The ``ValidationErrorItem`` schema."""

    #: (Optional) A unique error type/code that can be referenced in the documentation for further
    #: details.
    code: str | None = opt()
    #: Identifies the field that triggered this particular error.
    field: str | None = opt()
    #: A short, human-readable summary of the error.
    message: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoiceInstantTest:
    """The ``VoiceInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoiceProperties:
    """The ``VoiceProperties`` schema."""

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
    type: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class VoicePropertiesRequest:
    """The ``VoicePropertiesRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionInstantTest:
    """The ``WebTransactionInstantTest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionProperties:
    """The ``WebTransactionProperties`` schema."""

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
    type: str | None = opt()
    #: Determines how agent traffic is identified: * `false`: Adds the `x-thousandeyes-agent: yes`
    #: header.
    identify_agent_traffic_with_user_agent: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionPropertiesRequest:
    """The ``WebTransactionPropertiesRequest`` schema."""

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
    extra: Mapping[str, Any] = extra_field()


#: The discriminated unions of this module, read by the v7 converter.
UNIONS: tuple[Discriminated, ...] = ()
