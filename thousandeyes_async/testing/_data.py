"""Deterministic, lazily generated organization data in the shapes of seed 001.

Every record is a pure function of (seed, endpoint, test, round, source), so a
query over a year of rounds costs nothing until a page of it is read, the same
seed always gives the same data, and the ground truth of any query can be
computed independently of the pages the server sent.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import attrs

from ._config import DataSpec

__all__ = ["Agent", "Dataset", "Monitor", "RecordRange", "TestSpec", "format_date"]

Record = dict[str, Any]

_CITIES: tuple[tuple[str, str], ...] = (
    ("San Jose, CA", "US"),
    ("Hong Kong", "HK"),
    ("Vienna, Austria", "AT"),
    ("Chicago, IL", "US"),
    ("Paris, France", "FR"),
    ("São Paulo, Brazil", "BR"),
    ("Cairo, Egypt", "EG"),
    ("Sydney, Australia", "AU"),
    ("Tokyo, Japan", "JP"),
    ("London, England", "GB"),
    ("Frankfurt, Germany", "DE"),
    ("Mumbai, India", "IN"),
    ("Toronto, Canada", "CA"),
    ("Singapore", "SG"),
    ("Johannesburg, South Africa", "ZA"),
    ("Stockholm, Sweden", "SE"),
)
_MONITORS: tuple[tuple[str, str], ...] = (
    ("Vancouver, Canada - Bell Canada (AS 6539)", "CA"),
    ("Calgary, Canada - Telus (AS 852)", "CA"),
    ("Amsterdam, Netherlands - NTT (AS 2914)", "NL"),
    ("Seattle, WA - Level 3 (AS 3356)", "US"),
    ("Tokyo, Japan - KDDI (AS 2516)", "JP"),
    ("London, England - Cogent (AS 174)", "GB"),
)
_NETWORKS = (
    "Cogent Communications (AS 174)",
    "NTT America, Inc. (AS 2914)",
    "Amazon.com, Inc. (AS 16509)",
    "Level 3 Parent, LLC (AS 3356)",
)
_CREATED_BY = "API Sandbox User (noreply@thousandeyes.com)"
_APP = "https://app.thousandeyes.com"


def format_date(epoch: float) -> str:
    """The API's ``yyyy-MM-dd hh:mm:ss`` in UTC."""
    return datetime.fromtimestamp(int(epoch), tz=UTC).strftime("%Y-%m-%d %H:%M:%S")


@attrs.frozen
class Agent:
    agent_id: int
    name: str
    country_id: str
    ip: str

    def as_json(self) -> Record:
        return {
            "agentId": self.agent_id,
            "agentName": self.name,
            "agentType": "Cloud",
            "countryId": self.country_id,
            "enabled": 1,
            "location": self.name,
            "ipAddresses": [self.ip],
            "prefix": self.ip.rsplit(".", 1)[0] + ".0/24",
            "network": _NETWORKS[self.agent_id % len(_NETWORKS)],
            "hostname": f"agent-{self.agent_id}.emulator.invalid",
        }


@attrs.frozen
class Monitor:
    monitor_id: int
    name: str
    country_id: str


@attrs.frozen
class TestSpec:
    """One test of the organization: what it is and where its data comes from."""

    test_id: int
    type: str
    interval: int
    name: str
    target: str
    agent_ids: tuple[int, ...]
    monitor_ids: tuple[int, ...]
    dns_server_ids: tuple[int, ...]
    prefix_id: int
    created: int

    @property
    def dns_servers(self) -> list[tuple[int, str]]:
        letters = "abcdefghijklm"
        return [
            (sid, f"{letters[i % 13]}1.dns-emulator.invalid.")
            for i, sid in enumerate(self.dns_server_ids)
        ]


# -- endpoints -------------------------------------------------------------------------


@attrs.frozen
class RecordContext:
    dataset: Dataset
    test: TestSpec
    round_id: int
    source: tuple[int, ...]
    params: dict[str, str]
    rng: random.Random

    @property
    def agent(self) -> Agent:
        return self.dataset.agent(self.source[0])


Builder = Callable[[RecordContext], Record]


@attrs.frozen
class Endpoint:
    """A test-data endpoint: where its records live in the body and how they are made."""

    path: str
    family: str
    key: str
    types: frozenset[str]
    build: Builder
    #: "agents", "monitors" or "dns" (agents x DNS servers).
    sources: str = "agents"


@attrs.frozen
class RecordRange:
    """The records a query returns, in server order, generated on access."""

    dataset: Dataset
    endpoint: Endpoint
    test: TestSpec
    first_round: int
    rounds: int
    sources: tuple[tuple[int, ...], ...]
    params: dict[str, str]

    def __len__(self) -> int:
        return self.rounds * len(self.sources)

    def __getitem__(self, index: int) -> Record:
        if not 0 <= index < len(self):
            raise IndexError(index)
        per_round = len(self.sources)
        round_id = self.first_round + (index // per_round) * self.test.interval
        return self.dataset.record(
            self.endpoint, self.test, round_id, self.sources[index % per_round], self.params
        )

    def slice(self, start: int, stop: int) -> list[Record]:
        return [self[i] for i in range(max(0, start), min(stop, len(self)))]

    def __iter__(self) -> Iterator[Record]:
        return (self[i] for i in range(len(self)))


class Dataset:
    """The organization's tests, agents and records, all derived from a ``DataSpec``."""

    def __init__(self, spec: DataSpec) -> None:
        self.spec = spec
        self._agents = [self._make_agent(i) for i in range(spec.agents)]
        self._agents_by_id = {a.agent_id: a for a in self._agents}
        self._monitors = [
            Monitor(10 + i, name, country) for i, (name, country) in enumerate(_MONITORS)
        ]
        self._monitors_by_id = {m.monitor_id: m for m in self._monitors}
        self._extra_tests: dict[int, TestSpec] = {}

    # -- agents and tests -----------------------------------------------------------

    def _make_agent(self, index: int) -> Agent:
        city, country = _CITIES[index % len(_CITIES)]
        suffix = f" {index // len(_CITIES) + 1}" if index >= len(_CITIES) else ""
        agent_id = self.spec.first_agent_id + index
        ip = f"198.51.{100 + index // 250}.{index % 250 + 1}"
        return Agent(agent_id, city + suffix, country, ip)

    @property
    def agents(self) -> Sequence[Agent]:
        return self._agents

    def agent(self, agent_id: int) -> Agent:
        return self._agents_by_id[agent_id]

    def has_agent(self, agent_id: int) -> bool:
        return agent_id in self._agents_by_id

    def monitor(self, monitor_id: int) -> Monitor:
        return self._monitors_by_id[monitor_id]

    @property
    def test_ids(self) -> range:
        return range(self.spec.first_test_id, self.spec.first_test_id + self.spec.tests)

    def tests(self) -> list[TestSpec]:
        return [self.test(t) for t in self.test_ids] + list(self._extra_tests.values())

    def has_test(self, test_id: int) -> bool:
        return test_id in self.test_ids or test_id in self._extra_tests

    def test(self, test_id: int) -> TestSpec:
        if test_id in self._extra_tests:
            return self._extra_tests[test_id]
        if test_id not in self.test_ids:
            raise KeyError(test_id)
        index = test_id - self.spec.first_test_id
        rng = random.Random(f"{self.spec.seed}:test:{test_id}")
        test_type = self.spec.test_types[index % len(self.spec.test_types)]
        return self._make_test(test_id, test_type, rng)

    def _make_test(
        self, test_id: int, test_type: str, rng: random.Random, name: str | None = None
    ) -> TestSpec:
        interval = rng.choice(self.spec.intervals)
        count = min(self.spec.agents_per_test, len(self._agents))
        agent_ids = tuple(sorted(a.agent_id for a in rng.sample(self._agents, count)))
        monitor_ids = tuple(sorted(m.monitor_id for m in rng.sample(self._monitors, 3)))
        host = f"app{test_id}.example.com"
        target = {
            "agent-to-server": f"{host}:443",
            "agent-to-agent": f"agent-{agent_ids[0]}",
            "bgp": f"203.0.{test_id % 250}.0/24",
            "http-server": f"https://{host}/",
            "page-load": f"https://{host}/",
            "web-transactions": f"https://{host}/",
            "ftp-server": f"ftp://ftp{test_id}.example.com/pub/",
            "dns-trace": f"{host} A",
            "dns-server": f"{host} A",
            "dns-dnssec": f"{host} A",
            "sip-server": f"sip{test_id}.example.com:5060",
            "voice": f"rtp{test_id}.example.com:49152",
        }[test_type]
        return TestSpec(
            test_id=test_id,
            type=test_type,
            interval=interval,
            name=name or f"{test_type} {target}",
            target=target,
            agent_ids=agent_ids,
            monitor_ids=monitor_ids,
            dns_server_ids=(test_id * 10 + 1, test_id * 10 + 2),
            prefix_id=200 + test_id % 1000,
            created=1_600_000_000 + rng.randrange(0, 10_000_000),
        )

    def add_test(self, test_type: str, name: str | None, agent_ids: Sequence[int]) -> TestSpec:
        """Register a test created at run time (an instant test)."""
        test_id = self.spec.first_test_id + self.spec.tests + 10_000 + len(self._extra_tests)
        rng = random.Random(f"{self.spec.seed}:instant:{test_id}")
        test = self._make_test(test_id, test_type, rng, name)
        if agent_ids:
            test = attrs.evolve(test, agent_ids=tuple(sorted(agent_ids)))
        self._extra_tests[test_id] = test
        return test

    # -- records --------------------------------------------------------------------

    def sources(
        self, endpoint: Endpoint, test: TestSpec, params: dict[str, str]
    ) -> tuple[tuple[int, ...], ...]:
        if endpoint.sources == "monitors":
            return tuple((m,) for m in test.monitor_ids)
        if endpoint.sources == "dns":
            server = params.get("serverId")
            servers = [s for s in test.dns_server_ids if server is None or str(s) == server]
            return tuple((a, s) for a in test.agent_ids for s in servers)
        return tuple((a,) for a in test.agent_ids)

    def records(
        self,
        endpoint: Endpoint,
        test: TestSpec,
        start: int,
        end: int,
        params: dict[str, str] | None = None,
    ) -> RecordRange:
        """Records of rounds whose id lies in ``[start, end]`` (inclusive, seed 000)."""
        params = dict(params or {})
        first = -(-start // test.interval) * test.interval
        last = (end // test.interval) * test.interval
        rounds = max(0, (last - first) // test.interval + 1)
        return RecordRange(
            self, endpoint, test, first, rounds, self.sources(endpoint, test, params), params
        )

    def record(
        self,
        endpoint: Endpoint,
        test: TestSpec,
        round_id: int,
        source: tuple[int, ...],
        params: dict[str, str],
    ) -> Record:
        key = ":".join(str(p) for p in (self.spec.seed, endpoint.path, test.test_id, round_id))
        rng = random.Random(key + ":" + ",".join(map(str, source)))
        return endpoint.build(RecordContext(self, test, round_id, source, params, rng))

    # -- objects --------------------------------------------------------------------

    def test_json(self, test: TestSpec, api_root: str, *, with_agents: bool = False) -> Record:
        """A test object as the data endpoints and ``/tests`` show it (seed 001)."""
        body: Record = {
            "enabled": 1,
            "testId": test.test_id,
            "testName": test.name,
            "type": test.type,
            "interval": test.interval,
            "createdDate": format_date(test.created),
            "modifiedDate": format_date(test.created + 86_400),
            "createdBy": _CREATED_BY,
            "modifiedBy": _CREATED_BY,
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
        if with_agents:
            body["agents"] = [self.agent(a).as_json() for a in test.agent_ids]
        return body


def _permalink(ctx: RecordContext, view: str, extra: str = "") -> str:
    base = f"{_APP}/{view}?__a=75&testId={ctx.test.test_id}&roundId={ctx.round_id}"
    return base + extra


def _agent_fields(ctx: RecordContext, view: str, extra: str = "") -> Record:
    agent = ctx.agent
    return {
        "agentId": agent.agent_id,
        "agentName": agent.name,
        "countryId": agent.country_id,
        "date": format_date(ctx.round_id + ctx.rng.randrange(0, min(ctx.test.interval, 60))),
        "roundId": ctx.round_id,
        "permalink": _permalink(ctx, view, extra + f"&agentId={agent.agent_id}"),
    }


def _server_ip(test: TestSpec) -> str:
    return f"203.0.113.{test.test_id % 250 + 1}"


def _server(test: TestSpec) -> str:
    target = test.target.split("://", 1)[-1].split("/", 1)[0]
    return target if ":" in target else target + ":443"


def _net_metrics(ctx: RecordContext) -> Record:
    rng = ctx.rng
    lo = round(rng.uniform(1.0, 200.0), 1)
    avg = round(lo + rng.uniform(0.0, 5.0), 2)
    record = _agent_fields(ctx, "net/metrics", "&serverId=71")
    record.update(
        {
            "serverIp": _server_ip(ctx.test),
            "server": _server(ctx.test),
            "loss": rng.choice((0.0, 0.0, 0.0, 1.0, 2.5)),
            "minLatency": lo,
            "maxLatency": round(avg + rng.uniform(0.0, 5.0), 1),
            "avgLatency": avg,
            "jitter": round(rng.uniform(0.0, 2.0), 6),
        }
    )
    return record


def _path_id(ctx: RecordContext, attempt: int) -> str:
    return str(6_535_224_890_535_563_750_337_719_341_568 + ctx.round_id * 1000 + attempt)


def _source_fields(ctx: RecordContext) -> Record:
    ip = ctx.agent.ip
    return {
        "server": _server(ctx.test),
        "serverIp": _server_ip(ctx.test),
        "sourceIp": ip,
        "sourcePrefix": ip.rsplit(".", 1)[0] + ".0/24",
    }


def _path_vis(ctx: RecordContext) -> Record:
    record = _agent_fields(ctx, "net/path-vis", "&serverId=71")
    record.update(_source_fields(ctx))
    hops = ctx.rng.randrange(6, 20)
    record["endpoints"] = [
        {
            "numberOfHops": hops,
            "ipAddress": _server_ip(ctx.test),
            "responseTime": ctx.rng.randrange(1, 300),
            "pathId": _path_id(ctx, attempt),
        }
        for attempt in range(3)
    ]
    return record


def _path_vis_detail(ctx: RecordContext) -> Record:
    record = _agent_fields(ctx, "net/path-vis", "&serverId=71")
    record.update(_source_fields(ctx))
    if ctx.test.type == "agent-to-agent":
        record["direction"] = ctx.params.get("direction", "TO_TARGET")
        if record["direction"] == "BIDIRECTIONAL":
            record["direction"] = "TO_TARGET"
    routes = []
    for attempt in range(3):
        hops = []
        for hop in range(1, ctx.rng.randrange(4, 10)):
            if ctx.rng.random() < 0.1:
                continue  # a star (*) answer: the hop number is missing (seed 001)
            entry: Record = {
                "hop": hop,
                "ipAddress": f"154.54.{hop}.{ctx.rng.randrange(1, 250)}",
                "prefix": "154.48.0.0/12",
                "rdns": f"hop{hop}.transit.example.net",
                "network": _NETWORKS[hop % len(_NETWORKS)],
                "responseTime": ctx.rng.randrange(1, 200),
                "location": "San Francisco Area",
            }
            if ctx.rng.random() < 0.2:
                entry["mpls"] = f"L={ctx.rng.randrange(1, 500000)},E=0,S=1,T=1"
            hops.append(entry)
        routes.append({"pathId": _path_id(ctx, attempt), "hops": hops})
    record["routes"] = routes
    return record


def _monitor_fields(ctx: RecordContext) -> Record:
    monitor = ctx.dataset.monitor(ctx.source[0])
    return {
        "monitorId": monitor.monitor_id,
        "monitorName": monitor.name,
        "countryId": monitor.country_id,
        "date": format_date(ctx.round_id),
        "roundId": ctx.round_id,
        "permalink": _permalink(ctx, "net/bgp-vis", f"&prefixId={ctx.test.prefix_id}"),
        "prefixId": ctx.test.prefix_id,
        "prefix": f"203.0.{ctx.test.test_id % 250}.0/24",
    }


def _bgp_metrics(ctx: RecordContext) -> Record:
    record = _monitor_fields(ctx)
    record.update(
        {
            "reachability": ctx.rng.choice((100.0, 100.0, 100.0, 50.0)),
            "updates": float(ctx.rng.randrange(0, 3)),
            "pathChanges": float(ctx.rng.randrange(0, 2)),
        }
    )
    return record


def _bgp_routes(ctx: RecordContext) -> Record:
    record = _monitor_fields(ctx)
    record["active"] = 1
    record["hops"] = [
        {"asn": 174, "asName": "Cogent Communications"},
        {"asn": 64_500 + ctx.test.test_id % 500, "asName": "Example Networks"},
    ]
    return record


def _http_server(ctx: RecordContext) -> Record:
    rng = ctx.rng
    record = _agent_fields(ctx, "web/http-server")
    dns, connect, ssl, wait, receive = (rng.randrange(0, 50) for _ in range(5))
    wire = rng.randrange(1_000, 100_000)
    record.update(
        {
            "serverIp": _server_ip(ctx.test),
            "responseCode": 200,
            "numRedirects": rng.randrange(0, 2),
            "redirectTime": rng.randrange(0, 20),
            "dnsTime": dns,
            "sslTime": ssl,
            "connectTime": connect,
            "waitTime": wait,
            "receiveTime": receive,
            "wireSize": float(wire),
            "responseTime": dns + connect + ssl + wait,
            "throughput": wire * 1000 // max(1, receive),
            "totalTime": dns + connect + ssl + wait + receive,
            "errorType": "None",
            "sslCipher": "ECDHE-RSA-AES128-GCM-SHA256",
            "sslVersion": "TLSv1.2",
        }
    )
    if ctx.params.get("headers") == "1":
        host = ctx.test.target.split("://", 1)[-1].split("/", 1)[0]
        record["requestHeaders"] = f"GET / HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n"
        record["responseHeaders"] = f"HTTP/1.1 200 OK\r\nContent-Length: {wire}\r\n"
    if ctx.params.get("certificates") == "1":
        record["sslCerts"] = [
            {
                "daysUntilExpiry": 90,
                "fetchDateInValidCertDateRange": True,
                "issuerName": "Example Issuing CA",
                "notValidAfter": format_date(ctx.round_id + 90 * 86_400),
                "notValidBefore": format_date(ctx.round_id - 275 * 86_400),
                "subjectAltNames": [host_of(ctx.test)],
                "subjectName": host_of(ctx.test),
            }
        ]
    return record


def host_of(test: TestSpec) -> str:
    return test.target.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]


def _page_load(ctx: RecordContext) -> Record:
    rng = ctx.rng
    record = _agent_fields(ctx, "web/page-load")
    dom = rng.randrange(100, 2000)
    record.update(
        {
            "responseTime": rng.randrange(10, 300),
            "totalSize": rng.randrange(100_000, 900_000),
            "numObjects": rng.randrange(5, 60),
            "numErrors": rng.choice((0, 0, 0, 1)),
            "domLoadTime": dom,
            "pageLoadTime": dom + rng.randrange(0, 500),
        }
    )
    return record


def _har(ctx: RecordContext) -> Record:
    url = ctx.test.target
    return {
        "log": {
            "creator": {"name": "ThousandEyes DB Exporter"},
            "entries": [
                {
                    "pageref": "page_0",
                    "serverIPAddress": _server_ip(ctx.test),
                    "startedDateTime": datetime.fromtimestamp(ctx.round_id + 2, tz=UTC)
                    .isoformat(timespec="milliseconds")
                    .replace("+00:00", "Z"),
                    "time": ctx.rng.randrange(10, 200),
                    "timings": {
                        "blocked": 1,
                        "dns": 1,
                        "connect": 5,
                        "ssl": 5,
                        "send": 0,
                        "wait": 20,
                        "receive": 2,
                    },
                    "request": {
                        "url": url,
                        "headers": [{"name": "Accept", "value": "text/html"}],
                        "method": "GET",
                    },
                    "response": {
                        "headersSize": 400,
                        "bodySize": 2000,
                        "status": 200,
                        "headers": [{"name": "Content-Type", "value": "text/html"}],
                        "content": {"size": 2000, "mimeType": "text/html"},
                        "redirectURL": "",
                        "statusText": "OK",
                    },
                }
            ],
            "pages": [
                {
                    "id": "page_0",
                    "title": "Example",
                    "startedDateTime": datetime.fromtimestamp(ctx.round_id + 2, tz=UTC)
                    .isoformat(timespec="milliseconds")
                    .replace("+00:00", "Z"),
                    "responseCode": 0,
                    "pageTimings": {"onLoad": 500, "onContentLoad": 300},
                }
            ],
            "version": "1.2",
        }
    }


def _page_load_detail(ctx: RecordContext) -> Record:
    record = _page_load(ctx)
    record["har"] = _har(ctx)
    return record


def _web_transaction(ctx: RecordContext) -> Record:
    record = _agent_fields(ctx, "web/transactions")
    record["componentErrors"] = ctx.rng.randrange(0, 3)
    if ctx.rng.random() < 0.1:
        record["errorType"] = "OTHER"
        record["errorDetails"] = "TimeoutError: Wait timed out after 1002ms"
    else:
        record["transactionTime"] = ctx.rng.randrange(500, 5000)
    return record


def _web_transaction_detail(ctx: RecordContext) -> Record:
    record = _agent_fields(ctx, "web/transactions")
    record.update(
        {
            "componentErrors": ctx.rng.randrange(0, 3),
            "markers": [{"name": "Search", "duration": float(ctx.rng.randrange(100, 2000))}],
            "pages": [
                {
                    "pageNum": n,
                    "pageName": f"Page {n}",
                    "componentCount": ctx.rng.randrange(1, 40),
                    "errorCount": 0,
                    "duration": round(ctx.rng.uniform(100.0, 2000.0), 6),
                }
                for n in range(2)
            ],
            "transactionTime": ctx.rng.randrange(500, 5000),
        }
    )
    return record


def _web_transaction_component(ctx: RecordContext) -> Record:
    record = _web_transaction_detail(ctx)
    record["har"] = _har(ctx)
    return record


def _ftp_server(ctx: RecordContext) -> Record:
    rng = ctx.rng
    record = _agent_fields(ctx, "web/ftp-server")
    dns, connect, negotiation, wait, transfer = (
        round(rng.uniform(0.1, 100.0), 3) for _ in range(5)
    )
    response = round(dns + connect + negotiation + wait, 3)
    wire = rng.randrange(1_000, 50_000)
    record.update(
        {
            "serverIp": _server_ip(ctx.test),
            "responseCode": 226,
            "dnsTime": dns,
            "connectTime": connect,
            "negotiationTime": negotiation,
            "waitTime": wait,
            "responseTime": response,
            "transferTime": transfer,
            "wireSize": wire,
            "throughput": int(wire * 1000 / transfer),
            "totalTime": round(response + transfer, 3),
            "errorType": "None",
        }
    )
    return record


def _dns_trace(ctx: RecordContext) -> Record:
    record = _agent_fields(ctx, "dns/trace")
    host = host_of(ctx.test)
    address = _server_ip(ctx.test)
    record.update(
        {
            "output": (
                f"com.\t172800\tIN\tNS\ta.gtld-servers.net.\n;; Received 498 bytes\n\n"
                f"{host}.\t300\tIN\tA\t{address}\n;; Received 173 bytes\n\n"
            ),
            "errorDetails": "",
            "queries": 3,
            "failedQueries": 0,
            "finalServerQueried": "a1.dns-emulator.invalid.",
            "finalQueryTime": ctx.rng.randrange(1, 300),
            "mappings": address,
        }
    )
    return record


def _dns_server(ctx: RecordContext) -> Record:
    server_id = ctx.source[1]
    name = dict(ctx.test.dns_servers)[server_id]
    record = _agent_fields(ctx, "dns/server", f"&serverId={server_id}")
    record.update(
        {
            "serverId": server_id,
            "server": name,
            "resolutionTime": ctx.rng.randrange(1, 100),
            "errorDetails": "",
            "queries": 1,
            "mappings": f"{_server_ip(ctx.test)} (A)",
        }
    )
    return record


def _dnssec(ctx: RecordContext) -> Record:
    record = _agent_fields(ctx, "dns/dnssec")
    valid = ctx.rng.random() < 0.8
    record["valid"] = 1 if valid else 0
    record["errorDetails"] = "" if valid else f"No DNSSEC public key(s) for {ctx.test.target}"
    return record


def _sip_server(ctx: RecordContext) -> Record:
    rng = ctx.rng
    record = _agent_fields(ctx, "voice/sip-server")
    dns, connect, wait = rng.randrange(0, 10), rng.randrange(1, 20), rng.randrange(1, 20)
    register, invite = rng.randrange(5, 40), rng.randrange(5, 40)
    server = ctx.test.target
    record.update(
        {
            "authUser": "emulator",
            "serverIp": _server_ip(ctx.test),
            "availability": 100.0,
            "connectTime": connect,
            "dnsTime": dns,
            "inviteTime": invite,
            "numRedirects": 0,
            "optionsRequest": f"OPTIONS sip:6054@{server} SIP/2.0\r\nContent-Length: 0\r\n\r\n",
            "optionsResponse": "SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n",
            "registerTime": register,
            "responseCode": 200,
            "responseTime": dns + connect + wait,
            "totalTime": dns + connect + wait + register,
            "waitTime": wait,
            "errorType": "None",
        }
    )
    return record


def _rtp_stream(ctx: RecordContext) -> Record:
    rng = ctx.rng
    record = _agent_fields(ctx, "voice/metrics")
    record.update(
        {
            "serverIp": _server_ip(ctx.test),
            "dscp": "46",
            "dscpName": "EF (DSCP 46)",
            "mos": round(rng.uniform(3.5, 4.41), 6),
            "codecName": "G.711 @ 64 Kbps",
            "codecMaxMos": 4.41,
            "loss": rng.choice((0.0, 0.0, 0.5)),
            "discards": rng.randrange(0, 3),
            "latency": rng.randrange(5, 200),
            "pdv": round(rng.uniform(0.0, 5.0), 3),
        }
    )
    return record


_NETWORK_TYPES = frozenset(
    {
        "agent-to-server",
        "agent-to-agent",
        "http-server",
        "page-load",
        "web-transactions",
        "ftp-server",
        "dns-server",
        "sip-server",
    }
)
_BGP_TYPES = (_NETWORK_TYPES - {"agent-to-agent"}) | {"bgp"}


def _only(*types: str) -> frozenset[str]:
    return frozenset(types)


#: The test-data endpoints that take a time range and paginate, by path prefix.
LIST_ENDPOINTS: dict[str, Endpoint] = {
    e.path: e
    for e in (
        Endpoint("net/metrics", "net", "metrics", _NETWORK_TYPES, _net_metrics),
        Endpoint("net/path-vis", "net", "pathVis", _NETWORK_TYPES, _path_vis),
        Endpoint("net/bgp-metrics", "net", "bgpMetrics", _BGP_TYPES, _bgp_metrics, "monitors"),
        Endpoint(
            "web/http-server", "web", "httpServer", _only("http-server", "page-load"), _http_server
        ),
        Endpoint("web/page-load", "web", "pageLoad", _only("page-load"), _page_load),
        Endpoint(
            "web/web-transactions",
            "web",
            "webTransaction",
            _only("web-transactions"),
            _web_transaction,
        ),
        Endpoint("web/ftp-server", "web", "ftpServer", _only("ftp-server"), _ftp_server),
        Endpoint("dns/trace", "dns", "trace", _only("dns-trace"), _dns_trace),
        Endpoint("dns/server", "dns", "server", _only("dns-server"), _dns_server, "dns"),
        Endpoint("dns/dnssec", "dns", "dnssec", _only("dns-dnssec"), _dnssec),
        Endpoint("voice/sip-server", "voice", "sipMetrics", _only("sip-server"), _sip_server),
        Endpoint("voice/rtp-stream", "voice", "metrics", _only("voice"), _rtp_stream),
    )
}

#: The endpoints of one round (``{testId}/{agentId}/{roundId}`` and friends), by name.
DETAIL_ENDPOINTS: dict[str, Endpoint] = {
    e.path: e
    for e in (
        Endpoint("net/path-vis/detail", "net", "pathVis", _NETWORK_TYPES, _path_vis_detail),
        Endpoint("net/bgp-routes", "net", "bgpRoutes", _BGP_TYPES, _bgp_routes, "monitors"),
        Endpoint("web/page-load/detail", "web", "pageLoad", _only("page-load"), _page_load_detail),
        Endpoint(
            "web/web-transactions/detail",
            "web",
            "webTransaction",
            _only("web-transactions"),
            _web_transaction_detail,
        ),
        Endpoint(
            "web/web-transactions/component",
            "web",
            "webTransaction",
            _only("web-transactions"),
            _web_transaction_component,
        ),
    )
}


def _network_fields(test: TestSpec) -> Record:
    return {
        "server": _server(test),
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
