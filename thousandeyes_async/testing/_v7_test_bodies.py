"""The request bodies of v7 tests, per type: create and update, and instant tests.

Hand-written from the v7 tests and instant-tests documents: required fields,
enums and the JSON types of the fields a client commonly sends.
"""

from __future__ import annotations

from ._v7_bodies import BodyRule

__all__ = ["INSTANT_TEST_BODIES", "TEST_BODIES", "TEST_READ_ONLY", "TEST_UPDATE_BODIES"]

INTERVALS = (60, 120, 300, 600, 900, 1800, 3600)
_PATH_TRACE = ("classic", "in-session")
_PROBE = ("auto", "sack", "syn")
_IPV6 = ("force-ipv4", "prefer-ipv6", "force-ipv6", "use-agent-policy")
_DSCP: tuple[str, ...] = ("0", "8", "16", "24", "32", "40", "48", "56", "10", "12", "14")
_DSCP += ("18", "20", "22", "26", "28", "30", "34", "36", "38", "46", "44")
_SSL = ("0", "3", "4", "5", "6", "7")
_QUERY_CLASS = ("in", "ch")
_TRANSPORT = ("udp", "tcp")

TEST_READ_ONLY = frozenset(
    {
        "createdBy",
        "createdDate",
        "liveShare",
        "modifiedBy",
        "modifiedDate",
        "savedEvent",
        "testId",
        "type",
        "_links",
        "sslVersion",
        "dscp",
        "codec",
    }
)

_AGENT = BodyRule("TestAgentRequest", {"agentId": "string"}, frozenset({"agentId"}))
_BASE = BodyRule(
    "TestRequest",
    {
        "interval": INTERVALS,
        "alertsEnabled": "boolean",
        "enabled": "boolean",
        "description": "string",
        "testName": "string",
        "randomizedStartTime": "boolean",
        "labels": "array",
        "tags": "array",
        "sharedWithAccounts": "array",
        "alertRules": "array",
        "agents": "array",
        "monitors": "array",
        "bgpMeasurements": "boolean",
        "usePublicBgp": "boolean",
    },
    frozenset({"agents", "interval"}),
    TEST_READ_ONLY,
    {"agents": _AGENT},
)
_NETWORK = _BASE.extend(
    "NetworkTestRequest",
    {
        "bandwidthMeasurements": "boolean",
        "mtuMeasurements": "boolean",
        "networkMeasurements": "boolean",
        "numPathTraces": "integer",
        "pathTraceMode": _PATH_TRACE,
        "probeMode": _PROBE,
        "protocol": ("tcp", "icmp", "udp"),
        "ipv6Policy": _IPV6,
        "fixedPacketRate": "integer",
    },
)
_WEB = _NETWORK.extend(
    "WebTestRequest",
    {
        "url": "string",
        "authType": ("none", "basic", "ntlm", "kerberos", "oauth"),
        "sslVersionId": _SSL,
        "httpTargetTime": "integer",
        "httpTimeLimit": "integer",
        "httpVersion": "integer",
        "followRedirects": "boolean",
        "verifyCertificate": "boolean",
        "username": "string",
        "password": "string",
        "userAgent": "string",
        "contentRegex": "string",
        "customHeaders": "object",
        "desiredStatusCode": "string",
        "includeHeaders": "boolean",
        "overrideProxyId": "string",
        "overrideAgentProxy": "boolean",
    },
    {"url"},
)
_BROWSER = _WEB.extend(
    "BrowserTestRequest",
    {
        "chromiumTrack": ("stable", "latest"),
        "pageLoadingStrategy": ("normal", "eager", "none"),
        "subinterval": (60, 120, 300, 600, 900, 1200, 1800, 3600),
        "disableScreenshot": "boolean",
        "emulatedDeviceId": "string",
    },
)

_API_STEP = BodyRule(
    "ApiRequest",
    {"name": "string", "url": "string", "method": ("get", "post", "put", "delete", "patch")},
    frozenset({"name", "url"}),
)

TEST_BODIES: dict[str, BodyRule] = {
    "agent-to-server": _NETWORK.extend(
        "AgentToServerTestRequest",
        {"server": "string", "port": "integer", "dscpId": _DSCP, "continuousMode": "boolean"},
        {"server"},
    ),
    "agent-to-agent": _BASE.extend(
        "AgentToAgentTestRequest",
        {
            "targetAgentId": "string",
            "direction": ("to-target", "from-target", "bidirectional"),
            "dscpId": _DSCP,
            "port": "integer",
            "protocol": ("tcp", "udp"),
            "numPathTraces": "integer",
            "pathTraceMode": _PATH_TRACE,
            "throughputMeasurements": "boolean",
        },
        {"targetAgentId"},
    ),
    "bgp": BodyRule(
        "BgpTestRequest",
        {
            "description": "string",
            "testName": "string",
            "enabled": "boolean",
            "alertsEnabled": "boolean",
            "includeCoveredPrefixes": "boolean",
            "usePublicBgp": "boolean",
            "prefix": "string",
            "labels": "array",
            "tags": "array",
            "sharedWithAccounts": "array",
            "alertRules": "array",
            "monitors": "array",
        },
        frozenset({"prefix"}),
        TEST_READ_ONLY,
    ),
    "dns-server": _NETWORK.extend(
        "DnsServerTestRequest",
        {
            "domain": "string",
            "dnsServers": "array",
            "dnsTransportProtocol": _TRANSPORT,
            "dnsQueryClass": _QUERY_CLASS,
            "recursiveQueries": "boolean",
        },
        {"domain", "dnsServers"},
    ),
    "dns-trace": _BASE.extend(
        "DnsTraceTestRequest",
        {"domain": "string", "dnsTransportProtocol": _TRANSPORT, "dnsQueryClass": _QUERY_CLASS},
        {"domain"},
    ),
    "dnssec": _BASE.extend(
        "DnsSecTestRequest", {"domain": "string", "dnsQueryClass": _QUERY_CLASS}, {"domain"}
    ),
    "http-server": _WEB.extend(
        "HttpServerTestRequest",
        {"requestMethod": ("get", "post"), "postBody": "string", "headers": "array"},
    ),
    "page-load": _BROWSER.extend(
        "PageLoadTestRequest",
        {
            "httpInterval": INTERVALS,
            "pageLoadTargetTime": "integer",
            "pageLoadTimeLimit": "integer",
        },
    ),
    "web-transactions": _BROWSER.extend(
        "WebTransactionTestRequest",
        {
            "transactionScript": "string",
            "targetTime": "integer",
            "timeLimit": "integer",
            "flagCollectConsoleLogs": "boolean",
            "credentials": "array",
        },
        {"transactionScript"},
    ),
    "api": _NETWORK.extend(
        "ApiTestRequest",
        items={"requests": _API_STEP},
        fields={
            "url": "string",
            "requests": "array",
            "sslVersionId": _SSL,
            "targetTime": "integer",
            "timeLimit": "integer",
            "predefinedVariables": "array",
            "followRedirects": "boolean",
            "credentials": "array",
        },
        required={"url", "requests"},
    ),
    "ftp-server": _NETWORK.extend(
        "FtpServerTestRequest",
        {
            "url": "string",
            "username": "string",
            "password": "string",
            "requestType": ("download", "upload", "list"),
            "ftpTargetTime": "integer",
            "ftpTimeLimit": "integer",
            "useActiveFtp": "boolean",
            "useExplicitFtps": "boolean",
        },
        {"url", "username", "password", "requestType"},
    ),
    "sip-server": _NETWORK.extend(
        "SipServerTestRequest",
        {
            "port": "integer",
            "targetSipCredentials": "object",
            "optionsRegex": "string",
            "registerEnabled": "boolean",
            "sipTargetTime": "integer",
            "sipTimeLimit": "integer",
        },
        {"port", "targetSipCredentials"},
    ),
    "voice": _BASE.extend(
        "VoiceTestRequest",
        {
            "targetAgentId": "string",
            "codecId": "string",
            "dscpId": _DSCP,
            "duration": "integer",
            "jitterBuffer": "integer",
            "numPathTraces": "integer",
            "port": "integer",
        },
        {"targetAgentId"},
    ),
}

#: PUT replaces a test, so its body is the create body; BGP and agent-to-server take
#: a partial update instead.
TEST_UPDATE_BODIES: dict[str, BodyRule] = {
    **TEST_BODIES,
    "bgp": TEST_BODIES["bgp"].optional("UpdateBgpTestRequest"),
    "agent-to-server": TEST_BODIES["agent-to-server"].optional("UpdateAgentToServerTestRequest"),
}


def _instant(rule: BodyRule) -> BodyRule:
    fields = {k: v for k, v in rule.fields.items() if k != "interval"}
    name = rule.name.replace("TestRequest", "InstantTestRequest")
    return BodyRule(name, fields, rule.required - {"interval"}, rule.read_only, rule.items)


#: Instant tests run once: the same bodies without an interval (BGP has none).
INSTANT_TEST_BODIES: dict[str, BodyRule] = {
    name: _instant(rule) for name, rule in TEST_BODIES.items() if name != "bgp"
}
