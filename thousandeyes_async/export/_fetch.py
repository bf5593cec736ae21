"""Raw records of one unit of work: the summary query, then the per-round details.

Raw dicts all the way (no structuring cost): the sinks write what the server sent.
Every request goes through the client's pipeline at bulk priority, so the shared
limiter serves interactive callers of the same organization first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Final

from .._client import AsyncThousandEyes
from .._errors import ResponseDecodeError
from .._timerange import format_timestamp, round_start
from ..ratelimit import Priority
from ._dedup import SeenRecords, record_key
from ._kinds import DATA_KINDS, DataKind
from ._plan import WorkUnit

__all__ = ["MAX_PAGES", "fetch_unit", "pages_of"]

#: A bound on pages followed for one query, so a server that loops cannot hold us forever.
MAX_PAGES: Final = 100_000


def _next_link(body: Any) -> str | None:
    if not isinstance(body, Mapping):
        return None
    pages = body.get("pages")
    if not isinstance(pages, Mapping):
        return None
    link = pages.get("next")
    return link if isinstance(link, str) and link else None


async def pages_of(
    client: AsyncThousandEyes,
    kind: DataKind,
    path: str,
    params: Mapping[str, Any],
    *,
    account_group_id: int | str | None,
    counter: list[int] | None = None,
) -> AsyncIterator[list[Mapping[str, Any]]]:
    """The record lists of every page of one query, following ``pages.next``."""
    body = await client.request(
        "GET",
        path,
        params=dict(params),
        account_group_id=account_group_id,
        priority=Priority.BULK,
    )
    if counter is not None:
        counter[0] += 1
    _check_body(kind, path, body)
    yield kind.records_of(body)
    for _ in range(MAX_PAGES):
        link = _next_link(body)
        if link is None:
            return
        aid = account_group_id if account_group_id is not None else client.account_group_id
        body = await client._transport.request(
            "GET",
            link,
            params={"aid": aid} if aid is not None else None,
            priority=Priority.BULK,
            paginated=True,
        )
        if counter is not None:
            counter[0] += 1
        _check_body(kind, link, body)
        yield kind.records_of(body)
    raise ResponseDecodeError(
        f"more than {MAX_PAGES} pages: the server keeps sending pages.next", endpoint=path
    )


def _check_body(kind: DataKind, source: str, body: Any) -> None:
    # A body without the kind's group is not data of this kind: say so rather than
    # writing an empty slice that would be checkpointed as done.
    if not isinstance(body, Mapping) or not isinstance(body.get(kind.group), Mapping):
        raise ResponseDecodeError(
            f"expected an object with a {kind.group!r} member", endpoint=f"GET {source}"
        )


def _children(name: str) -> list[DataKind]:
    return [kind for kind in DATA_KINDS.values() if kind.parent == name]


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
        elif child.name == "net.bgp_routes":
            arguments = [{"prefixId": record.get("prefixId"), "roundId": record.get("roundId")}]
        else:
            arguments = [{"agentId": record.get("agentId"), "roundId": record.get("roundId")}]
        for argument in arguments:
            if not all(
                isinstance(value, int) and not isinstance(value, bool)
                for value in argument.values()
            ):
                continue
            key = tuple(sorted(argument.items()))
            if key not in seen:
                seen.add(key)
                requests.append(argument)
    return requests


async def fetch_unit(
    client: AsyncThousandEyes,
    unit: WorkUnit,
    wanted: set[str],
    *,
    account_group_id: int | str | None,
    counter: list[int] | None = None,
) -> dict[str, list[Mapping[str, Any]]]:
    """The owned, de-duplicated records of every wanted kind of ``unit``'s family."""
    out: dict[str, list[Mapping[str, Any]]] = {name: [] for name in wanted}
    params = {
        "from": format_timestamp(round_start(unit.start)),
        "to": format_timestamp(round_start(unit.end)),
    }
    root = unit.root
    root_records: list[Mapping[str, Any]] = []
    seen = SeenRecords()
    path = root.path.format(test_id=unit.test.id)
    async for records in pages_of(
        client, root, path, params, account_group_id=account_group_id, counter=counter
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
    client: AsyncThousandEyes,
    unit: WorkUnit,
    parent: DataKind,
    parent_records: list[Mapping[str, Any]],
    wanted: set[str],
    out: dict[str, list[Mapping[str, Any]]],
    account_group_id: int | str | None,
    counter: list[int] | None,
) -> None:
    for child in _children(parent.name):
        if not _needed(child, wanted):
            continue
        seen = SeenRecords()
        child_records: list[Mapping[str, Any]] = []
        for argument in _detail_requests(child, parent_records):
            path = child.path.format(test_id=unit.test.id, **argument)
            async for records in pages_of(
                client, child, path, {}, account_group_id=account_group_id, counter=counter
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
