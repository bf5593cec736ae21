"""v7 test and agent objects, in the shapes of the v7 tests and agents documents.

Enough of each to plan an export: ids, types, intervals, targets, agents, and
the links to every results operation a test has data for.
"""

from __future__ import annotations

from collections.abc import Callable

from ._entities import CREATED_BY, Agent, Record, TestSpec, host_of, server_address
from ._v7_paging import iso_date
from ._v7_records import RANGE_RESULTS, V7_TYPE

__all__ = ["render_v7_agent", "render_v7_test", "v7_type"]


def v7_type(test: TestSpec) -> str:
    return V7_TYPE.get(test.type, test.type)


def render_v7_test(
    test: TestSpec, api_root: str, agents: list[Agent] | None = None, *, detail: bool = False
) -> Record:
    """A ``SimpleTest``; with ``detail``, also the fields of its type (``/tests/{type}/{id}``)."""
    test_type = v7_type(test)
    body: Record = {
        "testId": str(test.test_id),
        "testName": test.name,
        "type": test_type,
        "interval": test.interval,
        "enabled": True,
        "alertsEnabled": True,
        "liveShare": False,
        "savedEvent": False,
        "createdBy": CREATED_BY,
        "createdDate": iso_date(test.created),
        "modifiedBy": CREATED_BY,
        "modifiedDate": iso_date(test.created + 86_400),
        "description": "",
        "_links": {
            "self": {"href": f"{api_root}/tests/{test_type}/{test.test_id}"},
            "testResults": [
                {"href": f"{api_root}/test-results/{test.test_id}/{name}"}
                for name, result in RANGE_RESULTS.items()
                if "{" not in name and test.type in result.endpoint.types
            ],
        },
    }
    if detail:
        body.update(_TYPE_FIELDS[test.type](test))
    if agents is not None:
        body["agents"] = [render_v7_agent(a, api_root) for a in agents]
    return body


def render_v7_agent(agent: Agent, api_root: str) -> Record:
    """A Cloud Agent as ``/agents`` lists it."""
    return {
        "agentId": str(agent.agent_id),
        "agentName": agent.name,
        "agentType": "cloud",
        "countryId": agent.country_id,
        "location": agent.name,
        "enabled": True,
        "ipAddresses": [agent.ip],
        "publicIpAddresses": [agent.ip],
        "network": _NETWORKS[agent.agent_id % len(_NETWORKS)],
        "_links": {"self": {"href": f"{api_root}/agents/{agent.agent_id}"}},
    }


_NETWORKS = (
    "Cogent Communications (AS 174)",
    "NTT America, Inc. (AS 2914)",
    "Amazon.com, Inc. (AS 16509)",
    "Level 3 Parent, LLC (AS 3356)",
)


def _network(test: TestSpec) -> Record:
    return {
        "protocol": "tcp",
        "networkMeasurements": True,
        "mtuMeasurements": True,
        "bandwidthMeasurements": False,
        "bgpMeasurements": True,
        "usePublicBgp": True,
        "numPathTraces": 3,
    }


def _web(test: TestSpec) -> Record:
    return {
        **_network(test),
        "url": test.target,
        "httpTimeLimit": 5,
        "httpTargetTime": 1000,
        "followRedirects": True,
    }


_TYPE_FIELDS: dict[str, Callable[[TestSpec], Record]] = {
    "agent-to-server": lambda t: {**_network(t), "server": server_address(t)},
    "agent-to-agent": lambda t: {
        **_network(t),
        "targetAgentId": str(t.agent_ids[0]),
        "direction": "bidirectional",
        "port": 49153,
    },
    "bgp": lambda t: {"prefix": t.target, "includeCoveredPrefixes": False, "usePublicBgp": True},
    "http-server": _web,
    "page-load": lambda t: {**_web(t), "pageLoadTimeLimit": 30, "pageLoadTargetTime": 2},
    "web-transactions": lambda t: {
        **_web(t),
        "timeLimit": 30,
        "targetTime": 10,
        "transactionScript": "await driver.get('" + t.target + "');\n",
    },
    "api": lambda t: {
        **_network(t),
        "url": t.target,
        "requests": [{"name": "Step 1", "url": t.target, "method": "get"}],
    },
    "ftp-server": lambda t: {
        **_network(t),
        "url": t.target,
        "username": "anonymous",
        "requestType": "list",
    },
    "dns-trace": lambda t: {"domain": t.target},
    "dns-server": lambda t: {
        **_network(t),
        "domain": t.target,
        "dnsServers": [{"serverId": str(s), "serverName": n} for s, n in t.dns_servers],
    },
    "dns-dnssec": lambda t: {"domain": t.target},
    "sip-server": lambda t: {
        **_network(t),
        "port": 5060,
        "targetSipCredentials": {
            "port": 5060,
            "protocol": "tcp",
            "sipRegistrar": host_of(t),
            "user": "6054",
            "authUser": "emulator",
        },
    },
    "voice": lambda t: {
        "targetAgentId": str(t.agent_ids[0]),
        "codec": "G.711 @ 64 Kbps",
        "dscp": "EF (DSCP 46)",
        "duration": 5,
        "jitterBuffer": 40,
        "bgpMeasurements": False,
        "usePublicBgp": True,
        "numPathTraces": 3,
    },
}
