"""How each of the 17 test-data endpoints builds one record (fields of seed 001).

A builder gets a ``RecordContext`` (the test, the round, the source agent or
monitor and a random generator seeded from all of them) and returns the record
exactly as the API spells it: camelCase names, ``yyyy-MM-dd hh:mm:ss`` dates,
0/1 flags, round ids divisible by the test interval.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ._entities import (
    APP,
    NETWORKS,
    Endpoint,
    Record,
    RecordContext,
    format_date,
    host_of,
    server_address,
    server_ip,
)

__all__ = ["DETAIL_ENDPOINTS", "LIST_ENDPOINTS"]


def _permalink(ctx: RecordContext, view: str, extra: str = "") -> str:
    base = f"{APP}/{view}?__a=75&testId={ctx.test.test_id}&roundId={ctx.round_id}"
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


def _net_metrics(ctx: RecordContext) -> Record:
    rng = ctx.rng
    lo = round(rng.uniform(1.0, 200.0), 1)
    avg = round(lo + rng.uniform(0.0, 5.0), 2)
    record = _agent_fields(ctx, "net/metrics", "&serverId=71")
    record.update(
        {
            "serverIp": server_ip(ctx.test),
            "server": server_address(ctx.test),
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
        "server": server_address(ctx.test),
        "serverIp": server_ip(ctx.test),
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
            "ipAddress": server_ip(ctx.test),
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
                "network": NETWORKS[hop % len(NETWORKS)],
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
            "serverIp": server_ip(ctx.test),
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
    _maybe_error(ctx, record, "errorType", "errorDetails", "Receive", "Read timed out")
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
                    "serverIPAddress": server_ip(ctx.test),
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
            "serverIp": server_ip(ctx.test),
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
    _maybe_error(ctx, record, "errorType", "errorDetails", "Transfer", "Connection reset")
    return record


def _dns_trace(ctx: RecordContext) -> Record:
    record = _agent_fields(ctx, "dns/trace")
    host = host_of(ctx.test)
    address = server_ip(ctx.test)
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
            "mappings": f"{server_ip(ctx.test)} (A)",
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
            "serverIp": server_ip(ctx.test),
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
    _maybe_error(ctx, record, "errorType", "problemDetail", "Register", "401 Unauthorized")
    return record


def _rtp_stream(ctx: RecordContext) -> Record:
    rng = ctx.rng
    record = _agent_fields(ctx, "voice/metrics")
    record.update(
        {
            "serverIp": server_ip(ctx.test),
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
    if rng.random() < _ERROR_RATE:
        record["errorDetail"] = "No RTP packets received from the agent"
    return record


#: Share of records that carry an error, so that the optional error fields show up.
_ERROR_RATE = 0.05


def _maybe_error(
    ctx: RecordContext, record: Record, type_key: str, detail_key: str, kind: str, detail: str
) -> None:
    if ctx.rng.random() < _ERROR_RATE:
        record[type_key] = kind
        record[detail_key] = detail


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
