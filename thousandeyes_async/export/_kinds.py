"""The 17 data kinds of seed 001 as the exporter needs them.

For each kind: where it is fetched, where its records sit in the body, which
fields identify a record (for exactly-once output), which columns a table sink
gets, and for the per-round detail kinds, which summary kind they fan out from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal

import attrs

__all__ = [
    "DATA_KINDS",
    "DETAIL_KINDS",
    "SUMMARY_KINDS",
    "Column",
    "ColumnType",
    "DataKind",
    "data_kind",
    "parse_data_kinds",
]

ColumnType = Literal["int", "float", "str", "bool", "json"]


@attrs.frozen
class Column:
    """A known field of a kind's records and the type a table sink stores it as."""

    name: str
    type: ColumnType


@attrs.frozen
class DataKind:
    """One test-data endpoint, seen from the exporter."""

    #: The name users write: ``net.metrics``, ``web.page_load_detail``...
    name: str
    #: Path below ``/v6/``; placeholders are filled from the test and the parent record.
    path: str
    #: The body's top-level key (``net``, ``web``, ``dns``, ``voice``).
    group: str
    #: The key of the record list inside the group.
    records_key: str
    #: Fields that, with the test id and kind, identify one record.
    identity: tuple[str, ...]
    columns: tuple[Column, ...]
    #: For a per-round detail kind: the kind whose records name the rounds to fetch.
    parent: str | None = None
    #: Test types (``tests`` endpoint ``type``) this kind has data for.
    test_types: frozenset[str] = frozenset()
    #: Optional query flags that add fields to the records (seed 001), as the
    #: client method's keyword arguments: an export wants every field there is.
    flags: tuple[str, ...] = ()
    #: The API version the kind is fetched from, and on v7 its generated operation.
    api: Literal["v6", "v7"] = "v6"
    operation_id: str | None = None

    def query_params(self) -> dict[str, str]:
        """The flags as the server's query parameters (``headers=1``...)."""
        return dict.fromkeys(self.flags, "1")

    @property
    def is_detail(self) -> bool:
        return self.parent is not None

    def records_of(self, body: Any) -> list[Mapping[str, Any]]:
        """The record dicts of one response body ([] when the body has none)."""
        if not isinstance(body, Mapping):
            return []
        # A v7 body has its records at the top level.
        group = body.get(self.group) if self.group else body
        if not isinstance(group, Mapping):
            return []
        records = group.get(self.records_key)
        if not isinstance(records, list):
            return []
        return [record for record in records if isinstance(record, Mapping)]

    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def identity_of(self, record: Mapping[str, Any]) -> tuple[Any, ...]:
        """The identifying values; ``agent.agentId`` reads a nested object's field."""
        return tuple(_field_of(record, name) for name in self.identity)


def _field_of(record: Mapping[str, Any], dotted: str) -> Any:
    value: Any = record
    for part in dotted.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _columns(spec: str) -> tuple[Column, ...]:
    columns = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        columns.append(Column(name, kind))  # type: ignore[arg-type]
    return tuple(columns)


_COMMON = "agentId:int agentName:str countryId:str date:str roundId:int permalink:str"
_MONITOR = "monitorId:int monitorName:str countryId:str date:str roundId:int permalink:str"
_AGENT_ROUND = ("agentId", "roundId")

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
# BGP data comes from public monitors toward the target's prefix: not for agent-to-agent.
_BGP_TYPES = (_NETWORK_TYPES - {"agent-to-agent"}) | {"bgp"}

_KINDS: Final[tuple[DataKind, ...]] = (
    DataKind(
        "net.metrics",
        "net/metrics/{test_id}",
        "net",
        "metrics",
        ("agentId", "roundId", "direction", "serverIp"),
        _columns(
            f"{_COMMON} serverIp:str server:str direction:str loss:float minLatency:float "
            "maxLatency:float avgLatency:float jitter:float"
        ),
        test_types=_NETWORK_TYPES,
    ),
    DataKind(
        "net.path_vis",
        "net/path-vis/{test_id}",
        "net",
        "pathVis",
        ("agentId", "roundId", "direction", "serverIp"),
        _columns(
            f"{_COMMON} server:str serverIp:str sourceIp:str sourcePrefix:str direction:str "
            "endpoints:json"
        ),
        test_types=_NETWORK_TYPES,
    ),
    DataKind(
        "net.path_trace",
        "net/path-vis/{test_id}/{agentId}/{roundId}",
        "net",
        "pathVis",
        ("agentId", "roundId", "direction", "serverIp"),
        _columns(
            f"{_COMMON} direction:str server:str serverIp:str sourceIp:str sourcePrefix:str "
            "routes:json"
        ),
        parent="net.path_vis",
        test_types=_NETWORK_TYPES,
    ),
    DataKind(
        "net.bgp_metrics",
        "net/bgp-metrics/{test_id}",
        "net",
        "bgpMetrics",
        ("monitorId", "roundId", "prefixId", "prefix"),
        _columns(
            f"{_MONITOR} prefixId:int prefix:str updates:float pathChanges:float reachability:float"
        ),
        test_types=_BGP_TYPES,
    ),
    DataKind(
        "net.bgp_routes",
        "net/bgp-routes/{test_id}/{prefixId}/{roundId}",
        "net",
        "bgpRoutes",
        ("monitorId", "roundId", "prefixId", "prefix", "active", "hops"),
        _columns(f"{_MONITOR} prefixId:int prefix:str active:bool hops:json"),
        parent="net.bgp_metrics",
        test_types=_BGP_TYPES,
    ),
    DataKind(
        "web.http_server",
        "web/http-server/{test_id}",
        "web",
        "httpServer",
        _AGENT_ROUND,
        _columns(
            f"{_COMMON} serverIp:str responseCode:int numRedirects:int redirectTime:int "
            "dnsTime:int sslTime:int connectTime:int waitTime:int receiveTime:int "
            "wireSize:float responseTime:int throughput:int totalTime:int requestHeaders:str "
            "responseHeaders:str errorType:str errorDetails:str sslCipher:str sslVersion:str "
            "sslCerts:json"
        ),
        # Seed 001: "the ID of the HTTP Server (or page load) test".
        test_types=frozenset({"http-server", "page-load"}),
        # Without them the server leaves out requestHeaders, responseHeaders, sslCerts.
        flags=("headers", "certificates"),
    ),
    DataKind(
        "web.page_load",
        "web/page-load/{test_id}",
        "web",
        "pageLoad",
        _AGENT_ROUND,
        _columns(
            f"{_COMMON} responseTime:int totalSize:int numObjects:int numErrors:int "
            "domLoadTime:int pageLoadTime:int"
        ),
        test_types=frozenset({"page-load"}),
    ),
    DataKind(
        "web.page_load_detail",
        "web/page-load/{test_id}/{agentId}/{roundId}",
        "web",
        "pageLoad",
        _AGENT_ROUND,
        _columns(
            f"{_COMMON} responseTime:int totalSize:int numObjects:int numErrors:int "
            "domLoadTime:int pageLoadTime:int har:json"
        ),
        parent="web.page_load",
        test_types=frozenset({"page-load"}),
    ),
    DataKind(
        "web.transactions",
        "web/web-transactions/{test_id}",
        "web",
        "webTransaction",
        _AGENT_ROUND,
        _columns(f"{_COMMON} componentErrors:int transactionTime:int"),
        test_types=frozenset({"web-transactions"}),
    ),
    DataKind(
        "web.transaction_detail",
        "web/web-transactions/{test_id}/{agentId}/{roundId}",
        "web",
        "webTransaction",
        _AGENT_ROUND,
        _columns(f"{_COMMON} transactionTime:int componentErrors:int markers:json pages:json"),
        parent="web.transactions",
        test_types=frozenset({"web-transactions"}),
    ),
    DataKind(
        "web.transaction_components",
        "web/web-transactions/{test_id}/{agentId}/{roundId}/{pageNum}",
        "web",
        "webTransaction",
        ("agentId", "roundId", "pageNum"),
        _columns(
            f"{_COMMON} pageNum:int transactionTime:int componentErrors:int markers:json "
            "pages:json har:json"
        ),
        parent="web.transaction_detail",
        test_types=frozenset({"web-transactions"}),
    ),
    DataKind(
        "web.ftp_server",
        "web/ftp-server/{test_id}",
        "web",
        "ftpServer",
        _AGENT_ROUND,
        _columns(
            f"{_COMMON} serverIp:str responseCode:int dnsTime:float connectTime:float "
            "negotiationTime:float waitTime:float responseTime:float transferTime:float "
            "wireSize:float totalTime:int errorType:str errorDetails:str"
        ),
        test_types=frozenset({"ftp-server"}),
    ),
    DataKind(
        "dns.trace",
        "dns/trace/{test_id}",
        "dns",
        "trace",
        _AGENT_ROUND,
        _columns(
            f"{_COMMON} output:str errorDetails:str queries:int failedQueries:int "
            "finalServerQueried:str finalQueryTime:int mappings:str"
        ),
        test_types=frozenset({"dns-trace"}),
    ),
    DataKind(
        "dns.server",
        "dns/server/{test_id}",
        "dns",
        "server",
        ("agentId", "roundId", "serverId", "server"),
        _columns(
            f"{_COMMON} serverId:int server:str resolutionTime:int errorDetails:str "
            "queries:int mappings:str"
        ),
        test_types=frozenset({"dns-server"}),
    ),
    DataKind(
        "dns.dnssec",
        "dns/dnssec/{test_id}",
        "dns",
        "dnssec",
        _AGENT_ROUND,
        _columns(f"{_COMMON} valid:bool errorDetails:str"),
        test_types=frozenset({"dns-dnssec"}),
    ),
    DataKind(
        "voice.sip_server",
        "voice/sip-server/{test_id}",
        "voice",
        "sipMetrics",
        _AGENT_ROUND,
        _columns(
            f"{_COMMON} authUser:str serverIp:str availability:float connectTime:int "
            "dnsTime:int inviteTime:int numRedirects:int optionsRequest:str "
            "optionsResponse:str registerTime:int responseCode:int responseTime:int "
            "totalTime:int waitTime:int errorType:str problemDetail:str"
        ),
        test_types=frozenset({"sip-server"}),
    ),
    DataKind(
        "voice.rtp_stream",
        "voice/rtp-stream/{test_id}",
        "voice",
        "metrics",
        ("agentId", "roundId", "serverIp"),
        _columns(
            f"{_COMMON} serverIp:str dscp:str dscpName:str mos:float codecName:str "
            "codecMaxMos:float loss:float discards:int latency:int pdv:float errorDetail:str"
        ),
        test_types=frozenset({"voice"}),
    ),
)

#: Every kind by name, in seed 001's order.
DATA_KINDS: Final[Mapping[str, DataKind]] = {kind.name: kind for kind in _KINDS}
SUMMARY_KINDS: Final = tuple(kind.name for kind in _KINDS if not kind.is_detail)
DETAIL_KINDS: Final = tuple(kind.name for kind in _KINDS if kind.is_detail)


def data_kind(name: str) -> DataKind:
    """Look a kind up by name, accepting ``net.path-vis`` for ``net.path_vis``."""
    key = name.strip().replace("-", "_")
    try:
        return DATA_KINDS[key]
    except KeyError:
        raise ValueError(
            f"unknown data kind {name!r}; known kinds: {', '.join(DATA_KINDS)}"
        ) from None


def parse_data_kinds(names: str | Sequence[str]) -> tuple[DataKind, ...]:
    """Kinds from ``"net.metrics,web.http_server"``, a list, ``"all"`` or ``"summary"``.

    ``all`` means every summary kind: the per-round detail kinds cost one request
    per agent and round, so they are only fetched when named.
    """
    return choose_kinds(
        names,
        kind=data_kind,
        summary=SUMMARY_KINDS,
        details=DETAIL_KINDS,
        example="net.metrics",
    )


def choose_kinds(
    names: str | Sequence[str],
    *,
    kind: Callable[[str], DataKind],
    summary: Sequence[str],
    details: Sequence[str],
    example: str,
) -> tuple[DataKind, ...]:
    """The kinds named, in order and once each: ``all``/``summary`` and ``details`` expand.

    Only the kinds chosen are looked up (a v7 kind is derived on its first lookup).
    """
    items = names.split(",") if isinstance(names, str) else list(names)
    chosen: list[DataKind] = []
    for item in items:
        item = item.strip()
        if not item:
            continue
        if item in ("all", "summary"):
            expanded = [kind(name) for name in summary]
        elif item == "details":
            expanded = [kind(name) for name in details]
        else:
            expanded = [kind(item)]
        for each in expanded:
            if each not in chosen:
                chosen.append(each)
    if not chosen:
        raise ValueError(f"no data kind given (for example {example} or all)")
    return tuple(chosen)
