"""Writing the typed v7 resource groups from the method table.

Each method's signature comes from its operation: path ids positional, query
parameters as keywords (a time range as ``window``/``start``/``end``), the body
as the request class or a mapping, ``raw=`` overloads for the record or the dict.
The body of every method is one call into ``_v7_calls``, which reads the table.
"""

from __future__ import annotations

from collections import defaultdict

from .ir import Array, Map, OneOf, Prim, Ref, TypeExpr
from .operations import OperationDef, ParameterDef
from .render_records import HEADER
from .sharing import Placed
from .source import all_order, docstring, literal, name_order

__all__ = ["groups_module"]

#: Groups written by hand (the test-results streams), left out here.
HAND_WRITTEN = frozenset({"test_results"})
_RANGE = {"window", "startDate", "endDate"}
_SKIPPED = {"aid", "cursor"}
_OPTIONS = [
    "account_group_id: int | str | None = {d}",
    "priority: Priority | None = {d}",
    "timeout: Timeout = {t}",
]


def class_of(path: str) -> str:
    return "".join(part.title().replace("_", "") for part in path.split(".")) + "Group"


class _Names:
    def __init__(self, placed: dict[tuple[str, str], Placed]) -> None:
        self.placed = placed
        self.imports: dict[str, set[str]] = defaultdict(set)
        self.std: set[str] = set()

    def of_key(self, area: str, key: str) -> str:
        target = self.placed[(area, key)]
        self.imports[target.module].add(target.name)
        return target.name

    def of_type(self, area: str, kind: TypeExpr) -> str:
        if isinstance(kind, Ref):
            name = self.of_key(area, kind.key)
            return name
        if isinstance(kind, Prim):
            if kind.name in ("datetime", "Any"):
                self.std.add(kind.name)
            return kind.name
        if isinstance(kind, Array):
            return f"tuple[{self.of_type(area, kind.item)}, ...]"
        if isinstance(kind, OneOf):
            return " | ".join(self.of_type(area, member) for member in kind.members)
        assert isinstance(kind, Map)
        return f"Mapping[str, {self.of_type(area, kind.value)}]"

    def is_enum(self, area: str, kind: TypeExpr) -> bool:
        from .ir import EnumDef

        return isinstance(kind, Ref) and isinstance(
            self.placed[(area, kind.key)].definition, EnumDef
        )


def _query_lines(names: _Names, op: OperationDef) -> tuple[list[str], list[str]]:
    """(keyword parameters, ``"name": name`` entries) of an operation's query."""
    params: list[str] = []
    entries: list[str] = []
    query = [p for p in op.parameters if p.location == "query" and p.key not in _SKIPPED]
    if any(p.key in _RANGE for p in query):
        names.std.add("datetime")
        params += [
            "window: WindowLike | None = {d}",
            "start: datetime | None = {d}",
            "end: datetime | None = {d}",
        ]
        entries += ['"window": window', '"start": start', '"end": end']
    for p in query:
        if p.key in _RANGE:
            continue
        params.append(f"{p.name}: {_query_type(names, op.area, p)} = {{d}}")
        entries.append(f"{literal(p.name)}: {p.name}")
    return params, entries


def _query_type(names: _Names, area: str, p: ParameterDef) -> str:
    one = names.of_type(area, p.kind)
    if names.is_enum(area, p.kind):
        one = f"{one} | str"
    if p.array:
        names.std.add("Sequence")
        return f"Sequence[{one}] | str | None"
    return f"{one} | None"


def _signature(
    name: str,
    ids: list[str],
    body: str | None,
    keywords: list[str],
    raw: str,
    returns: str,
    *,
    is_async: bool,
    stub: bool,
) -> list[str]:
    default = "..." if stub else "None"
    lines = [f"    {'async ' if is_async else ''}def {name}(", "        self,"]
    lines += [f"        {i}: Id," for i in ids]
    if body:
        lines.append(f"        body: {body},")
    lines.append("        *,")
    for keyword in keywords:
        text = keyword.format(d=default, t="..." if stub else "UNSET", p="..." if stub else "True")
        lines.append(f"        {text},")
    lines.append(f"        {raw},")
    lines.append(f"    ) -> {returns}:{' ...' if stub else ''}")
    return lines


def _method_lines(names: _Names, op: OperationDef, method: str) -> list[str]:
    ids = [p.name for p in op.parameters if p.location == "path"]
    query_params, entries = _query_lines(names, op)
    body = None
    if op.request:
        body = f"{names.of_key(op.area, op.request)} | Mapping[str, Any]"
        names.std.add("Mapping")
        names.std.add("Any")
    is_list = op.method == "GET" and op.items is not None and op.item is not None
    keywords = [*query_params, *_OPTIONS]
    if is_list:
        keywords.append("prefetch: bool = {p}")
        record = names.of_type(op.area, op.item) if op.item is not None else "Any"
        typed, raw_type, either = (
            f"RecordStream[{record}]",
            "RecordStream[RawRecord]",
            f"RecordStream[{record}] | RecordStream[RawRecord]",
        )
    elif op.response is not None:
        record = names.of_key(op.area, op.response)
        typed, raw_type, either = record, "RawRecord", f"{record} | RawRecord"
    else:
        typed = raw_type = either = "None"
    is_async = not is_list
    doc = docstring(f"``{op.method} {op.path}``: {op.summary.rstrip('.')}.", "        ")
    query = "{" + ", ".join(entries) + "}"
    call_ids = "(" + "".join(f"{i}, " for i in ids).rstrip(" ") + ")" if ids else "()"
    if len(ids) == 1:
        call_ids = f"({ids[0]},)"
    args = [
        literal(op.id),
        literal(method),
        call_ids,
        *(["body=body"] if body else []),
        "raw=raw",
        f"query={query}",
        "account_group_id=account_group_id",
        "priority=priority",
        "timeout=timeout",
        *(["prefetch=prefetch"] if is_list else []),
    ]
    call = "self._stream" if is_list else "await self._send"
    if len(f"            query={query},") > 100:
        index = args.index(f"query={query}")
        args[index : index + 1] = ["query={", *[f"    {e}" for e in entries], "}"]
    arg_lines = [f"            {a}" + ("" if a.endswith("{") else ",") for a in args]
    tail = [f"        return {call}(", *arg_lines, "        )"]
    if typed == "None":
        lines = _signature(
            method, ids, body, keywords, "raw: bool = False", "None", is_async=True, stub=False
        )
        return [*lines, *doc, f"        {call}(", *arg_lines, "        )"]
    lines: list[str] = []
    for raw, returns in (
        ("raw: Literal[False] = ...", typed),
        ("raw: Literal[True]", raw_type),
        ("raw: bool", either),
    ):
        lines.append("    @overload")
        lines += _signature(method, ids, body, keywords, raw, returns, is_async=is_async, stub=True)
    # The implementation returns what the table's class structures into: Any to mypy.
    lines += _signature(
        method, ids, body, keywords, "raw: bool = False", "Any", is_async=is_async, stub=False
    )
    return [*lines, *doc, *tail]


def groups_module(
    methods: dict[str, tuple[str, str]],
    operations: dict[str, list[OperationDef]],
    placed: dict[tuple[str, str], Placed],
) -> str:
    """The source of ``resources/_v7_groups.py``."""
    names = _Names(placed)
    by_id = {op.id: op for ops in operations.values() for op in ops}
    members: dict[str, list[tuple[str, OperationDef]]] = defaultdict(list)
    for operation_id, (group, method) in methods.items():
        if group.split(".")[0] in HAND_WRITTEN:
            continue
        members[group].append((method, by_id[operation_id]))
    paths = set(members)
    for path in list(paths):
        parts = path.split(".")
        paths.update(".".join(parts[:n]) for n in range(1, len(parts)))
    children: dict[str, list[str]] = defaultdict(list)
    for path in sorted(paths):
        if "." in path:
            children[path.rpartition(".")[0]].append(path)
    body: list[str] = []
    for path in sorted(paths, key=lambda p: (-p.count("."), p)):
        body += ["", ""]
        body.append(f"class {class_of(path)}(V7Group):")
        body.append(f'    """``te.{path}``."""')
        body.append("")
        body.append(f"    path = {literal(path)}")
        for child in children[path]:
            body.append(f"    {child.rpartition('.')[2]}: {class_of(child)}")
        if children[path]:
            body += ["", "    def __init__(self, client: ClientCalls) -> None:"]
            body.append("        super().__init__(client)")
            for child in children[path]:
                body.append(f"        self.{child.rpartition('.')[2]} = {class_of(child)}(client)")
        for method, op in sorted(members.get(path, []), key=lambda m: m[0]):
            body.append("")
            body += _method_lines(names, op, method)
    tops = sorted(p for p in paths if "." not in p)
    body += [
        "",
        "",
        "#: The top-level groups, by the attribute of the client that holds each.",
        "GROUPS: Mapping[str, type[V7Group]] = {",
        *[f"    {literal(top)}: {class_of(top)}," for top in tops],
        "}",
    ]
    names.std.add("Mapping")
    exported = sorted(["GROUPS", *(class_of(p) for p in paths)], key=all_order)
    head = [
        '"""The typed v7 resource groups: one method per operation of the method table.',
        "",
        "Every method is one call into ``_v7_calls``, which reads the operation table;",
        "only the signatures are written here.",
        "",
        HEADER,
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    abc = sorted({"Mapping", "Sequence"} & names.std)
    head.append(f"from collections.abc import {', '.join(abc)}")
    head.append("from datetime import datetime")
    head += [
        "from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload",
        "",
        "import httpx",
        "",
        "from .._options import UNSET",
        "from .._pagination import RecordStream",
        "from .._timerange import WindowLike",
    ]
    head += [
        "from ..ratelimit._api import Priority",
        "from ._group import RawRecord",
        "from ._v7_calls import V7Group",
        "",
        "if TYPE_CHECKING:",
    ]
    # The records only annotate: importing them here would load every area at start.
    for module in sorted(names.imports):
        imported = sorted(names.imports[module], key=name_order)
        line = f"    from ..models.v7.{module} import {', '.join(imported)}"
        if len(line) <= 100:
            head.append(line)
        else:
            head += [
                f"    from ..models.v7.{module} import (",
                *[f"        {n}," for n in imported],
                "    )",
            ]
    head += [
        "    from ._protocol import ClientCalls",
        "",
        "__all__ = [",
        *[f"    {literal(n)}," for n in exported],
        "]",
        "",
        "Id: TypeAlias = int | str",
        "Timeout: TypeAlias = float | httpx.Timeout | None",
    ]
    return "\n".join(head + body) + "\n"
