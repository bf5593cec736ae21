"""Writing the operation tables, one module per spec area."""

from __future__ import annotations

from collections import defaultdict

from .ir import Array, Map, OneOf, Prim, Ref, TypeExpr
from .naming import module_name
from .operations import OperationDef
from .render_records import HEADER
from .sharing import Placed
from .source import literal, name_order, string_lines

__all__ = ["operations_module", "operations_package"]


class _Names:
    def __init__(self, area: str, placed: dict[tuple[str, str], Placed]) -> None:
        self.area = area
        self.placed = placed
        self.imports: dict[str, set[str]] = defaultdict(set)
        self.std: set[str] = set()

    def of_key(self, key: str) -> str:
        target = self.placed[(self.area, key)]
        self.imports[target.module].add(target.name)
        return target.name

    def of_type(self, kind: TypeExpr) -> str:
        if isinstance(kind, Ref):
            return self.of_key(kind.key)
        if isinstance(kind, Prim):
            if kind.name in ("datetime", "Any"):
                self.std.add(kind.name)
            return kind.name
        if isinstance(kind, Array):
            return f"tuple[{self.of_type(kind.item)}, ...]"
        if isinstance(kind, OneOf):
            return " | ".join(self.of_type(member) for member in kind.members)
        assert isinstance(kind, Map)
        self.std.add("Mapping")
        return f"Mapping[str, {self.of_type(kind.value)}]"


def _operation_lines(names: _Names, op: OperationDef) -> list[str]:
    lines = [
        "    Operation(",
        f"        id={literal(op.id)},",
        f"        operation_id={literal(op.operation_id)},",
        f"        method={literal(op.method)},",
        f"        path={literal(op.path)},",
        f"        group={literal(op.group)},",
        f"        area={literal(op.area)},",
    ]
    lines += string_lines("summary=", op.summary, "        ")
    if op.parameters:
        lines.append("        parameters=(")
        for p in op.parameters:
            lines += [
                "            Parameter(",
                f"                name={literal(p.name)},",
                f"                key={literal(p.key)},",
                f"                location={literal(p.location)},",
                f"                kind={names.of_type(p.kind)},",
            ]
            if p.required:
                lines.append("                required=True,")
            if p.array:
                lines.append("                array=True,")
            if p.description:
                lines += string_lines("description=", p.description, "                ")
            lines.append("            ),")
        lines.append("        ),")
    if op.request:
        lines.append(f"        request={names.of_key(op.request)},")
        if op.request_required:
            lines.append("        request_required=True,")
        for name, keys in (
            ("request_read_only", op.request_read_only),
            ("request_nullable", op.request_nullable),
        ):
            if keys:
                lines += _frozenset_lines(name, sorted(keys))
    if op.response:
        lines.append(f"        response={names.of_key(op.response)},")
    if op.status != 200:
        lines.append(f"        status={op.status},")
    if op.paginated:
        lines.append("        paginated=True,")
    if op.items:
        lines.append(f"        items={literal(op.items)},")
    if op.item is not None:
        lines.append(f"        item={names.of_type(op.item)},")
    lines.append("    ),")
    return lines


def _frozenset_lines(name: str, keys: list[str]) -> list[str]:
    one = f"        {name}=frozenset({{{', '.join(literal(k) for k in keys)}}}),"
    if len(one) <= 100:
        return [one]
    return [
        f"        {name}=frozenset(",
        "            {",
        *[f"                {literal(k)}," for k in keys],
        "            }",
        "        ),",
    ]


def operations_module(
    area: str, title: str, ops: list[OperationDef], placed: dict[tuple[str, str], Placed]
) -> str:
    """The ``OPERATIONS`` table of one spec area."""
    names = _Names(area, placed)
    body = ["OPERATIONS: tuple[Operation, ...] = ("]
    for op in ops:
        body += _operation_lines(names, op)
    body.append(")")
    head = [
        f'"""Operations of the {title}.',
        "",
        HEADER,
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    std = []
    if "Mapping" in names.std:
        std.append("from collections.abc import Mapping")
    if "datetime" in names.std:
        std.append("from datetime import datetime")
    if "Any" in names.std:
        std.append("from typing import Any")
    if std:
        head += [*std, ""]
    head.append("from ..._openapi import Operation, Parameter")
    for module in sorted(names.imports):
        imported = sorted(names.imports[module], key=name_order)
        line = f"from ..{module} import {', '.join(imported)}"
        if len(line) <= 100:
            head.append(line)
        else:
            head += [f"from ..{module} import (", *[f"    {n}," for n in imported], ")"]
    head += ["", '__all__ = ["OPERATIONS"]', "", ""]
    return "\n".join(head + body) + "\n"


def operations_package(modules: list[str], operations: dict[str, list[OperationDef]]) -> str:
    """``operations/__init__.py``: the operations by snake_case id, each area's table lazily."""
    area_of = {module_name(area): ops for area, ops in operations.items()}
    lines = [
        '"""The v7 operations of every vendored specification, by snake_case id.',
        "",
        "Each area's table is imported at the first lookup of one of its operations.",
        "",
        HEADER,
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from ..._areas import OperationsByArea, area_module",
        "from ..._openapi import Operation",
        "",
        '__all__ = ["AREAS", "OPERATIONS", "OPERATIONS_BY_ID"]',
        "",
        "#: The spec areas, each with its table (``operations.tests.OPERATIONS``).",
        "AREAS: tuple[str, ...] = (",
        *[f'    "{m}",' for m in modules],
        ")",
        "",
        "#: The operations by their snake_case id.",
        "OPERATIONS_BY_ID: Mapping[str, Operation] = OperationsByArea(",
        "    __name__,",
        "    {",
        *[f"        {literal(op.id)}: {literal(m)}," for m in modules for op in area_of[m]],
        "    },",
        ")",
        "",
        "if TYPE_CHECKING:",
        "    #: Every operation, spec area by spec area (asking imports every area).",
        "    OPERATIONS: tuple[Operation, ...]",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        '    if name == "OPERATIONS":',
        "        every = tuple(op for a in AREAS for op in area_module(__name__, a).OPERATIONS)",
        "        globals()[name] = every",
        "        return every",
        "    if name in AREAS:",
        "        return area_module(__name__, name)",
        '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
    ]
    return "\n".join(lines) + "\n"
