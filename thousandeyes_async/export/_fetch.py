"""Raw records of one unit of work: the summary query, then the per-round details.

Raw dicts all the way (no structuring cost): the sinks write what the server sent.
Every request goes through the client's pipeline at bulk priority, so the shared
limiter serves interactive callers of the same organization first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextvars import ContextVar
from typing import Any, Final

from .._client_v7 import AsyncThousandEyes
from .._errors import ResponseDecodeError
from .._pagination import RecordStream
from .._timerange import round_start
from ..ratelimit import Priority
from ._clients import ExportClient
from ._dedup import SeenRecords, record_key
from ._kinds import DataKind
from ._kinds_v7 import kind_children
from ._plan import WorkUnit

__all__ = ["FETCHING", "fetch_unit", "pages_of"]

#: The kind whose pages this task (and the look-ahead it starts) is fetching, so
#: that a response hook can tell which kind a 429 answered.
FETCHING: ContextVar[str | None] = ContextVar("thousandeyes_async_export_kind", default=None)


def _stream(
    client: ExportClient,
    kind: DataKind,
    test_id: int,
    argument: Mapping[str, int],
    *,
    start: int | None,
    end: int | None,
    account_group_id: int | str | None,
) -> RecordStream[Any]:
    """The client's raw record stream of one query (``te.net.metrics(...)`` and friends)."""
    if (kind.api == "v7") != isinstance(client, AsyncThousandEyes):
        raise TypeError(f"the {kind.name} data kind needs an API {kind.api} client")
    if isinstance(client, AsyncThousandEyes):
        # ``te.test_results.path_vis_round(...)``: the method is the kind's name.
        method = getattr(client.test_results, kind.name.replace("-", "_"))
    else:
        group_name, method_name = kind.name.split(".")
        method = getattr(getattr(client, group_name), method_name)
    positional = [argument[name] for name in _DETAIL_ARGUMENTS.get(kind.name, ())]
    options: dict[str, Any] = {
        "account_group_id": account_group_id,
        "raw": True,
        "priority": Priority.BULK,
        **dict.fromkeys(kind.flags, True),
    }
    if start is not None and end is not None:
        options["start"] = round_start(start)
        options["end"] = round_start(end)
    stream: RecordStream[Any] = method(test_id, *positional, **options)
    return stream


#: The path arguments of the per-round detail kinds, in the order the methods take them.
_DETAIL_ARGUMENTS: Final[Mapping[str, tuple[str, ...]]] = {
    "net.path_trace": ("agentId", "roundId"),
    "net.bgp_routes": ("prefixId", "roundId"),
    "web.page_load_detail": ("agentId", "roundId"),
    "web.transaction_detail": ("agentId", "roundId"),
    "web.transaction_components": ("agentId", "roundId", "pageNum"),
    "path-vis-round": ("agentId", "roundId"),
    "page-load-round": ("agentId", "roundId"),
    "web-transactions-round": ("agentId", "roundId"),
    "api-round": ("agentId", "roundId"),
    "bgp-routes": ("prefixId", "roundId"),
}


async def pages_of(
    client: ExportClient,
    kind: DataKind,
    test_id: int,
    argument: Mapping[str, int],
    *,
    start: int | None = None,
    end: int | None = None,
    account_group_id: int | str | None,
    counter: dict[str, int] | None = None,
) -> AsyncIterator[list[Mapping[str, Any]]]:
    """The records of one query, a batch at a time, following ``pages.next``."""
    FETCHING.set(kind.name)
    stream = _stream(
        client, kind, test_id, argument, start=start, end=end, account_group_id=account_group_id
    )
    batch: list[Mapping[str, Any]] = []
    async with stream:
        async for record in stream:
            # A record the exporter cannot place in a slice would be lost without a word.
            if not isinstance(record, Mapping):
                raise ResponseDecodeError(
                    f"expected a record object, got {type(record).__name__}",
                    endpoint=kind.name,
                    path=f"{kind.group}.{kind.records_key}",
                )
            if "roundId" not in argument and not _is_round(record.get("roundId")):
                raise ResponseDecodeError(
                    f"a record has no round id: {record.get('roundId')!r}",
                    endpoint=kind.name,
                    path=f"{kind.group}.{kind.records_key}[].roundId",
                )
            batch.append(record)
            if len(batch) >= _BATCH:
                yield batch
                batch = []
    if counter is not None:
        counter[kind.name] = counter.get(kind.name, 0) + stream.pages
    if batch:
        yield batch


_BATCH: Final = 500


def _is_round(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_id(value: Any, kind: DataKind) -> bool:
    """A usable path id: an int on v6; on v7 agent and prefix ids are strings."""
    if kind.api == "v7" and isinstance(value, str):
        return value != ""
    return isinstance(value, int) and not isinstance(value, bool)


def _children(name: str) -> list[DataKind]:
    return kind_children(name)


def _needed(kind: DataKind, wanted: set[str]) -> bool:
    return kind.name in wanted or any(_needed(child, wanted) for child in _children(kind.name))


def _detail_requests(
    child: DataKind, parent_records: list[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The distinct path arguments of the detail requests a parent's records name."""
    seen: set[tuple[Any, ...]] = set()
    requests: list[dict[str, Any]] = []
    for record in parent_records:
        if child.name == "web.transaction_components":
            pages = record.get("pages")
            page_nums = (
                [
                    page.get("pageNum")
                    for page in pages
                    if isinstance(page, Mapping) and isinstance(page.get("pageNum"), int)
                ]
                if isinstance(pages, list)
                else []
            )
            arguments = [
                {"agentId": record.get("agentId"), "roundId": record.get("roundId"), "pageNum": n}
                for n in page_nums
            ]
        elif child.name in ("net.bgp_routes", "bgp-routes"):
            arguments = [{"prefixId": record.get("prefixId"), "roundId": record.get("roundId")}]
        elif child.api == "v7":
            agent = record.get("agent")
            agent_id = agent.get("agentId") if isinstance(agent, Mapping) else None
            arguments = [{"agentId": agent_id, "roundId": record.get("roundId")}]
        else:
            arguments = [{"agentId": record.get("agentId"), "roundId": record.get("roundId")}]
        for argument in arguments:
            if not all(_is_id(value, child) for value in argument.values()):
                continue
            key = tuple(sorted(argument.items()))
            if key not in seen:
                seen.add(key)
                requests.append(argument)
    return requests


async def fetch_unit(
    client: ExportClient,
    unit: WorkUnit,
    wanted: set[str],
    *,
    account_group_id: int | str | None,
    counter: dict[str, int] | None = None,
) -> dict[str, list[Mapping[str, Any]]]:
    """The owned, de-duplicated records of every wanted kind of ``unit``'s family."""
    out: dict[str, list[Mapping[str, Any]]] = {name: [] for name in wanted}
    root = unit.root
    root_records: list[Mapping[str, Any]] = []
    seen = SeenRecords()
    async for records in pages_of(
        client,
        root,
        unit.test.id,
        {},
        start=unit.start,
        end=unit.end,
        account_group_id=account_group_id,
        counter=counter,
    ):
        for record in records:
            if unit.owns(record.get("roundId")) and seen.first_time(
                record_key(unit.test.id, root, record)
            ):
                root_records.append(record)
    if root.name in wanted:
        out[root.name] = root_records
    await _fan_out(client, unit, root, root_records, wanted, out, account_group_id, counter)
    return out


async def _fan_out(
    client: ExportClient,
    unit: WorkUnit,
    parent: DataKind,
    parent_records: list[Mapping[str, Any]],
    wanted: set[str],
    out: dict[str, list[Mapping[str, Any]]],
    account_group_id: int | str | None,
    counter: dict[str, int] | None,
) -> None:
    for child in _children(parent.name):
        if not _needed(child, wanted):
            continue
        seen = SeenRecords()
        child_records: list[Mapping[str, Any]] = []
        for argument in _detail_requests(child, parent_records):
            async for records in pages_of(
                client,
                child,
                unit.test.id,
                argument,
                account_group_id=account_group_id,
                counter=counter,
            ):
                for record in records:
                    # Details carry their round; the arguments fill what a record leaves out.
                    merged = (
                        {**argument, **record}
                        if child.name.endswith("components")
                        else {"roundId": argument["roundId"], **record}
                    )
                    if unit.owns(merged.get("roundId")) and seen.first_time(
                        record_key(unit.test.id, child, merged)
                    ):
                        child_records.append(merged)
        if child.name in wanted:
            out[child.name] = child_records
        await _fan_out(client, unit, child, child_records, wanted, out, account_group_id, counter)
