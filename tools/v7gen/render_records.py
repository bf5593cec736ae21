"""Writing the record modules: one attrs class per schema, ``str`` enums, union aliases."""

from __future__ import annotations

from collections import defaultdict

from .ir import Array, ClassDef, EnumDef, Field, Map, OneOf, Prim, Ref, TypeExpr, UnionDef
from .naming import enum_member
from .sharing import Placed
from .source import LINE, all_order, comment, docstring, literal, name_order

__all__ = ["RecordModule", "record_modules"]

HEADER = "Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit."


class RecordModule:
    """The source of one generated record module."""

    def __init__(self, module: str, title: str, placed: dict[tuple[str, str], Placed]) -> None:
        self.module = module
        self.title = title
        self.placed = placed
        self.imports: dict[str, set[str]] = defaultdict(set)
        self.uses_any = False
        self.uses_datetime = False
        self.makers: set[str] = set()
        self.read: set[str] = set()

    def name_of(self, area: str, key: str) -> str:
        target = self.placed[(area, key)]
        if target.module != self.module:
            self.imports[target.module].add(target.name)
        return target.name

    def type_text(self, area: str, kind: TypeExpr) -> str:
        if isinstance(kind, Prim):
            if kind.name == "Any":
                self.uses_any = True
            if kind.name == "datetime":
                self.uses_datetime = True
            return kind.name
        if isinstance(kind, Ref):
            return self.name_of(area, kind.key)
        if isinstance(kind, Array):
            return f"tuple[{self.type_text(area, kind.item)}, ...]"
        if isinstance(kind, OneOf):
            return " | ".join(self.type_text(area, member) for member in kind.members)
        assert isinstance(kind, Map)
        return f"Mapping[str, {self.type_text(area, kind.value)}]"

    def field_lines(self, area: str, field: Field) -> list[str]:
        kind = self.type_text(area, field.type)
        if field.nullable or not field.required:
            kind = f"{kind} | None"
        key = f'key="{field.key}"' if _needs_key(field) else ""
        maker = f"required({key})" if field.required else f"opt({key})"
        self.makers.add("required" if field.required else "opt")
        line = f"    {field.name}: {kind} = {maker}"
        out = comment(field.doc, "    ")
        if len(line) <= LINE:
            return [*out, line]
        return [*out, f"    {field.name}: {kind} = (", f"        {maker}", "    )"]

    def class_lines(self, item: Placed) -> list[str]:
        definition = item.definition
        assert isinstance(definition, ClassDef)
        lines = ["@attrs.frozen(kw_only=True)", f"class {item.name}:"]
        lines += docstring(definition.doc or f"The ``{definition.name}`` schema.", "    ")
        lines.append("")
        for field in definition.fields:
            lines += self.field_lines(item.area, field)
        lines.append("    extra: Mapping[str, Any] = extra_field()")
        self.makers.add("extra_field")
        self.uses_any = True
        return lines

    def enum_lines(self, item: Placed) -> list[str]:
        definition = item.definition
        assert isinstance(definition, EnumDef)
        lines = [f"class {item.name}(OpenStrEnum):"]
        lines += docstring(definition.doc or f"The ``{definition.name}`` values.", "    ")
        used: set[str] = set()
        if definition.values:
            lines.append("")
        for value in definition.values:
            member = enum_member(value)
            while member in used:
                member += "_"
            used.add(member)
            lines.append(f"    {member} = {literal(value)}")
        return lines

    def union_lines(self, item: Placed) -> list[str]:
        definition = item.definition
        assert isinstance(definition, UnionDef)
        members = [self.name_of(item.area, key) for _, key in definition.mapping]
        unique = list(dict.fromkeys(members))
        lines = comment(definition.doc or f"One of the ``{definition.name}`` kinds.", "")
        line = f"{item.name} = {' | '.join(unique)}"
        if len(line) <= LINE:
            return [*lines, line]
        rest = [f"    | {member}" for member in unique[1:]]
        return [*lines, f"{item.name} = (", f"    {unique[0]}", *rest, ")"]

    def unions_table(self, unions: list[Placed]) -> list[str]:
        if not unions:
            return [
                "#: The discriminated unions of this module, read by the v7 converter.",
                "UNIONS: tuple[Discriminated, ...] = ()",
            ]
        lines = [
            "#: The discriminated unions of this module, read by the v7 converter.",
            "UNIONS: tuple[Discriminated, ...] = (",
        ]
        for item in unions:
            definition = item.definition
            assert isinstance(definition, UnionDef)
            lines += [
                "    Discriminated(",
                f"        {item.name},",
                f"        {literal(definition.prop)},",
                "        {",
            ]
            for value, key in definition.mapping:
                lines.append(f"            {literal(value)}: {self.name_of(item.area, key)},")
            lines += ["        },", "    ),"]
        lines.append(")")
        return lines

    def schema_tables(self, components: list[tuple[str, str, str]]) -> list[list[str]]:
        """``SCHEMAS`` and ``REQUEST_SCHEMAS``: the spec's schema names -> generated names."""
        lines = [
            "#: The spec's schemas by name (the request form of a schema only requests use).",
            "SCHEMAS: Mapping[str, Any] = {",
        ]
        requests = ["#: The request forms of schemas used both ways, by schema name."]
        requests.append("REQUEST_SCHEMAS: Mapping[str, Any] = {")
        for spec_name, area, key in components:
            entry = f"    {literal(spec_name)}: {self.name_of(area, key)},"
            (requests if key.endswith("@write") and spec_name in self.read else lines).append(entry)
        return [_close(lines), _close(requests)]

    def render(self, items: list[Placed], components: list[tuple[str, str, str]]) -> str:
        enums = [i for i in items if isinstance(i.definition, EnumDef)]
        classes = [i for i in items if isinstance(i.definition, ClassDef)]
        unions = [i for i in items if isinstance(i.definition, UnionDef)]
        blocks = [self.enum_lines(i) for i in enums]
        blocks += [self.class_lines(i) for i in classes]
        blocks += [self.union_lines(i) for i in unions]
        blocks.append(self.unions_table(unions))
        if components:
            self.read = {name for name, _, key in components if not key.endswith("@write")}
            blocks += self.schema_tables(components)
            self.uses_any = True
        imported = {name for names in self.imports.values() for name in names}
        tables = {"UNIONS", "SCHEMAS", "REQUEST_SCHEMAS"} if components else {"UNIONS"}
        exported = sorted({i.name for i in items} | imported | tables, key=all_order)
        head = self.head(exported, bool(enums), bool(classes) or bool(components))
        body = "\n\n\n".join("\n".join(block) for block in blocks)
        return "\n".join(head) + "\n\n\n" + body + "\n"

    def head(self, exported: list[str], enums: bool, classes: bool) -> list[str]:
        lines = [
            f'"""{self.title}',
            "",
            HEADER,
            '"""',
            "",
            "from __future__ import annotations",
            "",
        ]
        std = []
        if classes:
            std.append("from collections.abc import Mapping")
        if self.uses_datetime:
            std.append("from datetime import datetime")
        if self.uses_any or classes:
            std.append("from typing import Any")
        if std:
            lines += [*std, ""]
        if classes:
            lines += ["import attrs", ""]
        support = ["Discriminated"]
        if enums:
            support.append("OpenStrEnum")
        fields = sorted(self.makers)
        if fields:
            lines.append(f"from .._fields import {', '.join(fields)}")
        lines.append(f"from .._openapi import {', '.join(support)}")
        for module in sorted(self.imports):
            names = sorted(self.imports[module], key=name_order)
            lines += _import_lines(module, names)
        lines += ["", "__all__ = ["]
        lines += [f"    {literal(name)}," for name in exported]
        lines.append("]")
        return lines


def _close(lines: list[str]) -> list[str]:
    """Close a dict literal: ``{}`` when it has no entries."""
    if lines[-1].endswith("{"):
        return [*lines[:-1], lines[-1] + "}"]
    return [*lines, "}"]


def _import_lines(module: str, names: list[str]) -> list[str]:
    line = f"from .{module} import {', '.join(names)}"
    if len(line) <= LINE:
        return [line]
    return [f"from .{module} import (", *[f"    {name}," for name in names], ")"]


def _needs_key(field: Field) -> bool:
    head, *rest = field.name.split("_")
    return head + "".join(part.capitalize() for part in rest) != field.key


def record_modules(
    placed: dict[tuple[str, str], Placed],
    titles: dict[str, str],
    components: dict[str, list[tuple[str, str, str]]],
) -> dict[str, str]:
    """Module name -> source, for the shared module and one module per spec area.

    ``components`` gives, per module, the spec's (schema name, area, local key) to list.
    """
    by_module: dict[str, dict[str, Placed]] = defaultdict(dict)
    for item in placed.values():
        by_module[item.module].setdefault(item.name, item)
    out = {}
    for module, items in sorted(by_module.items()):
        title = titles.get(module, "Records several v7 specifications share.")
        ordered = [items[name] for name in sorted(items)]
        tables = components.get(module, [])
        out[module] = RecordModule(module, title, placed).render(ordered, tables)
    return out
