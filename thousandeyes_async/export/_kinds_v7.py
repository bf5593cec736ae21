"""The v7 data kinds, derived from the generated test-results operations.

Only the kind name, its operation and the test types it applies to are written
here; the path, where the records sit, the columns and the identity come from
the operation and its record schema, so a regenerated spec moves them along.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, Final, Union, get_args, get_origin, get_type_hints

import attrs

from ..models._fields import key_of
from ..resources._v7_streams import results_operation
from ._kinds import DATA_KINDS, Column, ColumnType, DataKind, choose_kinds, data_kind

__all__ = [
    "ALL_KINDS",
    "V7_DATA_KINDS",
    "V7_DETAIL_KINDS",
    "V7_SUMMARY_KINDS",
    "kind_children",
    "kind_named",
    "parse_v7_data_kinds",
    "v7_kind",
]

#: Fields that, where a record schema has them, tell two records apart (a nested
#: object's field is written ``agent.agentId``).
_IDENTITY_CANDIDATES: Final = (
    "agent.agentId",
    "monitor.monitorId",
    "roundId",
    "direction",
    "serverIp",
    "server",
    "serverId",
    "prefixId",
    "prefix",
    "isActive",
    "hops",
)

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

#: kind name -> (operation id, parent kind, test types it has data for).
_TABLE: Final[Mapping[str, tuple[str, str | None, frozenset[str]]]] = {
    "network": ("get_test_network_results", None, _NETWORK_TYPES),
    "path-vis": ("get_test_path_vis_results", None, _NETWORK_TYPES),
    "bgp": ("get_test_bgp_results", None, _BGP_TYPES),
    "http-server": ("get_test_http_server_results", None, frozenset({"http-server"})),
    "page-load": ("get_test_page_load_results", None, frozenset({"page-load"})),
    "web-transactions": (
        "get_test_web_transaction_results",
        None,
        frozenset({"web-transactions"}),
    ),
    "api": ("get_test_api_results", None, frozenset({"api"})),
    "ftp-server": ("get_test_ftp_server_results", None, frozenset({"ftp-server"})),
    "dns-trace": ("get_test_dns_trace_results", None, frozenset({"dns-trace"})),
    "dns-server": ("get_test_dns_servers_results", None, frozenset({"dns-server"})),
    "dnssec": ("get_test_dns_sec_results", None, frozenset({"dnssec"})),
    "sip-server": ("get_test_sip_server_results", None, frozenset({"sip-server"})),
    "rtp-server": ("get_test_rtp_server_results", None, frozenset({"voice"})),
    "path-vis-round": ("get_test_path_vis_agent_round_results", "path-vis", _NETWORK_TYPES),
    "page-load-round": (
        "get_test_page_load_agent_round_results",
        "page-load",
        frozenset({"page-load"}),
    ),
    "web-transactions-round": (
        "get_test_web_transaction_agent_round_results",
        "web-transactions",
        frozenset({"web-transactions"}),
    ),
    "api-round": ("get_test_api_agent_round_results", "api", frozenset({"api"})),
    "bgp-routes": ("get_test_bgp_routes_prefix_round_results", "bgp", _BGP_TYPES),
}


def _unwrap(kind: Any) -> Any:
    """``X | None`` as ``X``."""
    if get_origin(kind) in (Union, types.UnionType):
        members = [m for m in get_args(kind) if m is not type(None)]
        return members[0] if len(members) == 1 else kind
    return kind


def _column_type(kind: Any) -> ColumnType:
    kind = _unwrap(kind)
    if kind is bool:
        return "bool"
    if kind is int:
        return "int"
    if kind is float:
        return "float"
    if kind is str or kind is datetime:
        return "str"
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return "str"
    return "json"


def _fields(cls: Any) -> list[tuple[str, Any]]:
    """(JSON key, type) of a generated record class, ``extra`` left out."""
    hints = get_type_hints(cls)
    return [
        (key_of(attribute), hints[attribute.name])
        for attribute in attrs.fields(cls)
        if attribute.name != "extra"
    ]


def _has_path(cls: Any, dotted: str) -> bool:
    head, _, rest = dotted.partition(".")
    for key, kind in _fields(cls):
        if key != head:
            continue
        if not rest:
            return True
        nested = _unwrap(kind)
        return attrs.has(nested) and _has_path(nested, rest)
    return False


def _kind(name: str, operation_id: str, parent: str | None, test_types: frozenset[str]) -> DataKind:
    stream = results_operation(name, operation_id)
    operation, item = stream.operation, stream.item
    columns = tuple(Column(key, _column_type(kind)) for key, kind in _fields(item))
    identity = tuple(c for c in _IDENTITY_CANDIDATES if _has_path(item, c))
    return DataKind(
        name,
        operation.path.lstrip("/"),
        "",
        stream.items,
        identity,
        columns,
        parent=parent,
        test_types=test_types,
        api="v7",
        operation_id=operation_id,
    )


class _KindsOnDemand(Mapping[str, DataKind]):
    """The v7 kinds by name, each derived when first looked up.

    Deriving one reads its operation and record class, which imports the
    test-results records: a CLI start or a v6 export does not pay for that.
    """

    __slots__ = ("_made",)

    def __init__(self) -> None:
        self._made: dict[str, DataKind] = {}

    def __getitem__(self, name: str) -> DataKind:
        kind = self._made.get(name)
        if kind is None:
            kind = self._made[name] = _kind(name, *_TABLE[name])
        return kind

    def __contains__(self, name: object) -> bool:
        return name in _TABLE

    def __iter__(self) -> Iterator[str]:
        return iter(_TABLE)

    def __len__(self) -> int:
        return len(_TABLE)

    def __repr__(self) -> str:
        return f"<the {len(self)} v7 data kinds: {', '.join(self)}>"


#: Every v7 kind by name: the summary kinds first, then the per-round details.
V7_DATA_KINDS: Final[Mapping[str, DataKind]] = _KindsOnDemand()
V7_SUMMARY_KINDS: Final = tuple(n for n, (_, parent, _) in _TABLE.items() if parent is None)
V7_DETAIL_KINDS: Final = tuple(n for n, (_, parent, _) in _TABLE.items() if parent is not None)


def v7_kind(name: str) -> DataKind:
    """Look a v7 kind up by name, accepting ``path_vis`` for ``path-vis``."""
    key = name.strip().replace("_", "-")
    try:
        return V7_DATA_KINDS[key]
    except KeyError:
        raise ValueError(
            f"unknown v7 data kind {name!r}; known kinds: {', '.join(V7_DATA_KINDS)}"
            " (the v6 kinds need --api v6)"
        ) from None


def parse_v7_data_kinds(names: str | Sequence[str]) -> tuple[DataKind, ...]:
    """Kinds from ``"network,http-server"``, a list, ``"all"`` or ``"details"``.

    ``all`` means every summary kind, as on v6: a detail kind costs a request per round.
    """
    return choose_kinds(
        names,
        kind=v7_kind,
        summary=V7_SUMMARY_KINDS,
        details=V7_DETAIL_KINDS,
        example="network",
    )


#: The kinds of both APIs by name (the names do not overlap), for plans and resumes.
class _BothApis(Mapping[str, DataKind]):
    """The v6 kinds, then the v7 ones; looking up a v6 kind derives no v7 kind."""

    __slots__ = ()

    def __getitem__(self, name: str) -> DataKind:
        return V7_DATA_KINDS[name] if name in V7_DATA_KINDS else DATA_KINDS[name]

    def __contains__(self, name: object) -> bool:
        return name in V7_DATA_KINDS or name in DATA_KINDS

    def __iter__(self) -> Iterator[str]:
        yield from DATA_KINDS
        yield from V7_DATA_KINDS

    def __len__(self) -> int:
        return len(DATA_KINDS) + len(V7_DATA_KINDS)


ALL_KINDS: Final[Mapping[str, DataKind]] = _BothApis()


def kind_named(name: str) -> DataKind:
    """A kind of either API by name (``net.metrics``, ``network``...)."""
    if name.strip().replace("_", "-") in V7_DATA_KINDS:
        return v7_kind(name)
    return data_kind(name)


def kind_children(name: str) -> list[DataKind]:
    """The detail kinds fetched per record of kind ``name`` (a v6 kind derives no v7 one)."""
    v7 = [V7_DATA_KINDS[child] for child, (_, parent, _) in _TABLE.items() if parent == name]
    return v7 + [kind for kind in DATA_KINDS.values() if kind.parent == name]
