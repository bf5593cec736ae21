"""Test objects as ``/tests`` and every data response show them, per test type."""

from __future__ import annotations

from collections.abc import Callable

from ._entities import (
    CREATED_BY,
    Agent,
    Record,
    TestSpec,
    format_date,
    host_of,
    server_address,
)
from ._records import LIST_ENDPOINTS

__all__ = ["render_test"]


def render_test(test: TestSpec, api_root: str, agents: list[Agent] | None) -> Record:
    """A test object as the data endpoints and ``/tests`` show it (seed 001)."""
    body: Record = {
        "enabled": 1,
        "testId": test.test_id,
        "testName": test.name,
        "type": test.type,
        "interval": test.interval,
        "createdDate": format_date(test.created),
        "modifiedDate": format_date(test.created + 86_400),
        "createdBy": CREATED_BY,
        "modifiedBy": CREATED_BY,
        "savedEvent": 0,
        "liveShare": 0,
        "alertsEnabled": 1,
    }
    body.update(_TEST_FIELDS[test.type](test))
    body["apiLinks"] = [
        {"href": f"{api_root}/tests/{test.test_id}", "rel": "self"},
        *(
            {"href": f"{api_root}/{e.path}/{test.test_id}", "rel": "data"}
            for e in LIST_ENDPOINTS.values()
            if test.type in e.types
        ),
    ]
    if agents is not None:
        body["agents"] = [agent.as_json() for agent in agents]
    return body


def _network_fields(test: TestSpec) -> Record:
    return {
        "server": server_address(test),
        "protocol": "TCP",
        "networkMeasurements": 1,
        "mtuMeasurements": 1,
        "bandwidthMeasurements": 0,
        "bgpMeasurements": 1,
        "usePublicBgp": 1,
        "numPathTraces": 3,
        "probeMode": "AUTO",
        "pathTraceMode": "classic",
    }


def _web_fields(test: TestSpec) -> Record:
    return {
        "url": test.target,
        "protocol": "TCP",
        "networkMeasurements": 1,
        "mtuMeasurements": 1,
        "bandwidthMeasurements": 0,
        "bgpMeasurements": 1,
        "usePublicBgp": 1,
        "httpTimeLimit": 5,
        "httpTargetTime": 1000,
        "httpVersion": 2,
        "followRedirects": 1,
        "sslVersionId": 0,
        "sslVersion": "Auto",
        "verifyCertificate": 1,
        "useNtlm": 0,
        "authType": "NONE",
        "contentRegex": "",
        "probeMode": "AUTO",
        "pathTraceMode": "classic",
        "numPathTraces": 3,
    }


def _page_load_fields(test: TestSpec) -> Record:
    fields = _web_fields(test)
    fields.update(
        {
            "httpInterval": test.interval,
            "pageLoadTimeLimit": 30,
            "pageLoadTargetTime": 2,
            "includeHeaders": 0,
        }
    )
    return fields


def _transaction_fields(test: TestSpec) -> Record:
    fields = _web_fields(test)
    fields.update(
        {
            "timeLimit": 30,
            "targetTime": 10,
            "includeHeaders": 1,
            "credentials": [],
            "transactionScript": "await driver.get('" + test.target + "');\n",
        }
    )
    return fields


def _dns_fields(test: TestSpec) -> Record:
    return {"domain": test.target, "dnsTransportProtocol": "UDP", "dnsQueryClass": "IN"}


def _dns_server_fields(test: TestSpec) -> Record:
    fields = _dns_fields(test)
    fields.update(_network_fields(test))
    del fields["server"]
    fields["dnsServers"] = [{"serverId": s, "serverName": n} for s, n in test.dns_servers]
    fields["ipv6Policy"] = "USE_AGENT_POLICY"
    return fields


_TEST_FIELDS: dict[str, Callable[[TestSpec], Record]] = {
    "agent-to-server": _network_fields,
    "agent-to-agent": lambda t: {
        **_network_fields(t),
        "targetAgentId": t.agent_ids[0],
        "direction": "BIDIRECTIONAL",
        "port": 49153,
    },
    "bgp": lambda t: {"prefix": t.target, "includeCoveredPrefixes": 0, "usePublicBgp": 1},
    "http-server": _web_fields,
    "page-load": _page_load_fields,
    "web-transactions": _transaction_fields,
    "ftp-server": lambda t: {
        "url": t.target,
        "ftpTargetTime": 1000,
        "ftpTimeLimit": 10,
        "requestType": "List",
        "useActiveFtp": 0,
        "useExplicitFtps": 0,
        "username": "anonymous",
        "networkMeasurements": 1,
        "mtuMeasurements": 1,
        "bandwidthMeasurements": 0,
        "bgpMeasurements": 1,
    },
    "dns-trace": _dns_fields,
    "dns-server": _dns_server_fields,
    "dns-dnssec": lambda t: {"domain": t.target},
    "sip-server": lambda t: {
        **_network_fields(t),
        "server": t.target,
        "port": 5060,
        "user": "6054",
        "authUser": "emulator",
        "sipRegistrar": host_of(t),
        "sipProxy": "",
        "sipTargetTime": 1000,
        "sipTimeLimit": 5,
        "registerEnabled": 1,
        "optionsRegex": "",
        "ipv6Policy": "USE_AGENT_POLICY",
    },
    "voice": lambda t: {
        "server": t.target,
        "codec": "G.711 @ 64 Kbps",
        "codecId": 0,
        "dscp": "EF (DSCP 46)",
        "dscpId": 46,
        "duration": 5,
        "jitterBuffer": 40,
        "targetAgentId": t.agent_ids[0],
        "bgpMeasurements": 0,
        "usePublicBgp": 1,
        "numPathTraces": 3,
    },
}
