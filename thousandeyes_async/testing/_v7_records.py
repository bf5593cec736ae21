"""The v7 test-results records, read from the v7 document by hand, not from the client.

v7 shows the same organization as v6: each v7 record is the v6 record of the
same test, round and source, renamed and retyped as the v7 schema spells it
(ISO dates, string ids, booleans, an ``agent`` object, ``_links.appLink``). So a
round read through both versions has the same values. The v7-only results (API
tests, console logs) are built in ``_v7_only_results``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from ._data import RecordRange
from ._entities import Endpoint, Record, TestSpec
from ._records import DETAIL_ENDPOINTS, LIST_ENDPOINTS
from ._v7_only_results import API_RESULTS, API_ROUND, CONSOLE_LOGS

__all__ = ["RANGE_RESULTS", "ROUND_RESULTS", "V7_TYPE", "Result", "V7Records", "v7_date"]

Convert = Callable[[Record, TestSpec], Record]

#: v7 spells one test type differently.
V7_TYPE = {"dns-dnssec": "dnssec"}


def v7_date(v6_date: str) -> str:
    """``yyyy-MM-dd hh:mm:ss`` (UTC) to ISO 8601 with a ``Z``."""
    return v6_date.replace(" ", "T") + "Z"


def _keep(record: Record, *names: str) -> Record:
    return {name: record[name] for name in names if name in record}


def _base(record: Record, test: TestSpec) -> Record:
    """TestResult and EpochTimeWindow fields, and who measured: an agent or a BGP monitor."""
    round_id = record["roundId"]
    out: Record = {
        "date": v7_date(record["date"]),
        "roundId": round_id,
        "startTime": round_id,
        "endTime": round_id + test.interval,
        "_links": {"appLink": {"href": record["permalink"]}},
    }
    if "agentId" in record:
        out["agent"] = {
            "agentId": str(record["agentId"]),
            "agentName": record["agentName"],
            "countryId": record["countryId"],
            "location": record["agentName"],
        }
    else:
        out["monitor"] = {
            "monitorId": str(record["monitorId"]),
            "monitorName": record["monitorName"],
            "countryId": record["countryId"],
        }
        out["prefixId"] = str(record["prefixId"])
        out["prefix"] = record["prefix"]
    return out


def _fields(*names: str) -> Convert:
    def convert(record: Record, test: TestSpec) -> Record:
        return {**_base(record, test), **_keep(record, *names)}

    return convert


def _network(record: Record, test: TestSpec) -> Record:
    names = ("serverIp", "server", "loss", "minLatency", "maxLatency", "avgLatency", "jitter")
    return {**_base(record, test), **_keep(record, *names)}


_SOURCE = ("server", "serverIp", "sourceIp", "sourcePrefix")


def _path_vis(record: Record, test: TestSpec) -> Record:
    traces = [
        _keep(e, "ipAddress", "numberOfHops", "pathId", "responseTime") for e in record["endpoints"]
    ]
    return {**_base(record, test), **_keep(record, *_SOURCE), "pathTraces": traces}


def _path_vis_detail(record: Record, test: TestSpec) -> Record:
    traces = [{"pathId": r["pathId"], "hops": r["hops"]} for r in record["routes"]]
    return {**_base(record, test), **_keep(record, *_SOURCE), "pathTraces": traces}


_HTTP = (
    "serverIp",
    "responseCode",
    "numRedirects",
    "redirectTime",
    "dnsTime",
    "sslTime",
    "connectTime",
    "waitTime",
    "receiveTime",
    "responseTime",
    "throughput",
    "totalTime",
    "errorType",
    "errorDetails",
    "sslCipher",
    "sslVersion",
)


def _http_server(record: Record, test: TestSpec) -> Record:
    out = {**_base(record, test), **_keep(record, *_HTTP), "wireSize": int(record["wireSize"])}
    if "requestHeaders" in record:
        out["headers"] = _keep(record, "requestHeaders", "responseHeaders")
    if "sslCerts" in record:
        out["sslCertificates"] = [
            {
                "daysUntilExpiry": cert["daysUntilExpiry"],
                "isFetchDateInValidCertDateRange": cert["fetchDateInValidCertDateRange"],
                "issuerName": cert["issuerName"],
                "validBefore": v7_date(cert["notValidAfter"]),
                "validAfter": v7_date(cert["notValidBefore"]),
                "subjectAlternativeNames": cert["subjectAltNames"],
                "subjectName": cert["subjectName"],
            }
            for cert in record["sslCerts"]
        ]
    return out


_PAGE_LOAD = ("responseTime", "totalSize", "numObjects", "numErrors", "domLoadTime", "pageLoadTime")
_TRANSACTION = ("componentErrors", "transactionTime", "errorType", "errorDetails")


def _transaction_detail(record: Record, test: TestSpec) -> Record:
    out = {**_base(record, test), **_keep(record, *_TRANSACTION, "pages", "har")}
    out["markers"] = [
        {"name": m["name"], "duration": int(m["duration"])} for m in record["markers"]
    ]
    return out


def _dnssec(record: Record, test: TestSpec) -> Record:
    return {
        **_base(record, test),
        "isValid": bool(record["valid"]),
        **_keep(record, "errorDetails"),
    }


def _dns_server(record: Record, test: TestSpec) -> Record:
    out = {**_base(record, test), **_keep(record, "server", "resolutionTime", "errorDetails")}
    out.update(_keep(record, "mappings"))
    out["serverId"] = str(record["serverId"])
    return out


_SIP = (
    "serverIp",
    "availability",
    "connectTime",
    "dnsTime",
    "inviteTime",
    "numRedirects",
    "optionsRequest",
    "optionsResponse",
    "registerTime",
    "responseCode",
    "responseTime",
    "totalTime",
    "waitTime",
    "problemDetail",
)


def _sip_server(record: Record, test: TestSpec) -> Record:
    return {**_base(record, test), **_keep(record, *_SIP), "errorType": record["errorType"].lower()}


_RTP = ("serverIp", "dscp", "dscpName", "mos", "codecName", "codecMaxMos", "loss", "discards")


def _rtp_stream(record: Record, test: TestSpec) -> Record:
    out = {**_base(record, test), **_keep(record, *_RTP, "latency", "errorDetail")}
    out["pdv"] = round(record["pdv"])  # an integer in v7 (milliseconds), a decimal in v6
    return out


_BGP = ("reachability", "updates", "pathChanges")


def _bgp_routes(record: Record, test: TestSpec) -> Record:
    return {**_base(record, test), "isActive": bool(record["active"]), "hops": record["hops"]}


# -- the operations -------------------------------------------------------------------


@attrs.frozen
class Result:
    """One v7 results operation: the endpoint whose records it shows, and how."""

    operation: str
    endpoint: Endpoint
    convert: Convert
    #: Which ``direction`` values the operation takes; empty when it takes none.
    directions: tuple[str, ...] = ()
    #: The ``expand`` values it takes, and the v6 parameter each one turns on.
    expand: dict[str, str] = attrs.field(factory=dict)


_DIRECTIONS = ("to-target", "from-target", "bidirectional")

#: Results over a time range, paginated, by the path segment after ``/test-results/{testId}/``.
RANGE_RESULTS: dict[str, Result] = {
    "network": Result(
        "getTestNetworkResults", LIST_ENDPOINTS["net/metrics"], _network, _DIRECTIONS
    ),
    "path-vis": Result(
        "getTestPathVisResults", LIST_ENDPOINTS["net/path-vis"], _path_vis, _DIRECTIONS[:2]
    ),
    "http-server": Result(
        "getTestHttpServerResults",
        LIST_ENDPOINTS["web/http-server"],
        _http_server,
        expand={"header": "headers", "certificate": "certificates"},
    ),
    "page-load": Result(
        "getTestPageLoadResults", LIST_ENDPOINTS["web/page-load"], _fields(*_PAGE_LOAD)
    ),
    "web-transactions": Result(
        "getTestWebTransactionResults",
        LIST_ENDPOINTS["web/web-transactions"],
        _fields(*_TRANSACTION),
    ),
    "api": Result(
        "getTestApiResults",
        API_RESULTS,
        _fields("apiTransactionTime", "completion", "errorType", "errorDetails"),
    ),
    "ftp-server": Result(
        "getTestFtpServerResults",
        LIST_ENDPOINTS["web/ftp-server"],
        _fields(
            "serverIp",
            "responseCode",
            "dnsTime",
            "connectTime",
            "negotiationTime",
            "waitTime",
            "responseTime",
            "transferTime",
            "wireSize",
            "throughput",
            "totalTime",
            "errorType",
            "errorDetails",
        ),
    ),
    "dns-trace": Result(
        "getTestDnsTraceResults",
        LIST_ENDPOINTS["dns/trace"],
        _fields(
            "output",
            "errorDetails",
            "queries",
            "failedQueries",
            "finalServerQueried",
            "finalQueryTime",
            "mappings",
        ),
    ),
    "dns-server": Result("getTestDnsServersResults", LIST_ENDPOINTS["dns/server"], _dns_server),
    "dns-server/{serverId}": Result(
        "getTestDnsServerResult", LIST_ENDPOINTS["dns/server"], _dns_server
    ),
    "dnssec": Result("getTestDnsSecResults", LIST_ENDPOINTS["dns/dnssec"], _dnssec),
    "sip-server": Result(
        "getTestSipServerResults", LIST_ENDPOINTS["voice/sip-server"], _sip_server
    ),
    "rtp-server": Result(
        "getTestRtpServerResults", LIST_ENDPOINTS["voice/rtp-stream"], _rtp_stream
    ),
    "bgp": Result("getTestBgpResults", LIST_ENDPOINTS["net/bgp-metrics"], _fields(*_BGP)),
}

#: Results of one agent (or prefix) and round, by the path pattern after ``{testId}/``.
ROUND_RESULTS: dict[str, Result] = {
    "path-vis/agent/{agentId}/round/{roundId}": Result(
        "getTestPathVisAgentRoundResults",
        DETAIL_ENDPOINTS["net/path-vis/detail"],
        _path_vis_detail,
        _DIRECTIONS[:2],
    ),
    "page-load/agent/{agentId}/round/{roundId}": Result(
        "getTestPageLoadAgentRoundResults",
        DETAIL_ENDPOINTS["web/page-load/detail"],
        _fields(*_PAGE_LOAD, "har"),
    ),
    "web-transactions/agent/{agentId}/round/{roundId}": Result(
        "getTestWebTransactionAgentRoundResults",
        DETAIL_ENDPOINTS["web/web-transactions/detail"],
        _transaction_detail,
    ),
    "web-transactions/agent/{agentId}/round/{roundId}/page/{pageId}": Result(
        "getTestWebTransactionAgentRoundPageResults",
        DETAIL_ENDPOINTS["web/web-transactions/component"],
        _transaction_detail,
    ),
    "web-transactions/agent/{agentId}/round/{roundId}/console-logs": Result(
        "getTestConsoleLogsAgentRoundResults", CONSOLE_LOGS, _fields("consoleLogs")
    ),
    "api/agent/{agentId}/round/{roundId}": Result(
        "getTestApiAgentRoundResults",
        API_ROUND,
        _fields("apiTransactionTime", "completion", "errorType", "errorDetails", "requests"),
    ),
    "bgp/routes/prefix/{prefixId}/round/{roundId}": Result(
        "getTestBgpRoutesPrefixRoundResults", DETAIL_ENDPOINTS["net/bgp-routes"], _bgp_routes
    ),
}


@attrs.frozen
class V7Records:
    """v6 records of a query seen as v7, with one copy per direction asked for."""

    base: RecordRange
    result: Result
    #: The ``direction`` each copy of a record shows; ``(None,)`` when records have none.
    directions: tuple[str | None, ...] = (None,)

    def __len__(self) -> int:
        return len(self.base) * len(self.directions)

    def __getitem__(self, index: int) -> Record:
        if not 0 <= index < len(self):
            raise IndexError(index)
        copies = len(self.directions)
        record = self.result.convert(self.base[index // copies], self.base.test)
        direction = self.directions[index % copies]
        if direction is not None:
            record["direction"] = direction
        return record

    def slice(self, start: int, stop: int) -> list[Record]:
        return [self[i] for i in range(max(0, start), min(stop, len(self)))]

    def __iter__(self) -> Iterator[Record]:
        return (self[i] for i in range(len(self)))
