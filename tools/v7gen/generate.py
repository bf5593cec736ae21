"""The generator's pipeline: specs -> definitions -> placed classes -> source files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .ir import Def
from .naming import module_name
from .operations import OperationDef, operations_of, request_roots, response_roots
from .render_groups import groups_module
from .render_operations import operations_module, operations_package
from .render_records import HEADER, record_modules
from .schemas import READ, WRITE, SchemaBuilder
from .sharing import SHARED, Placed, place
from .spec import load_specs

__all__ = ["Generation", "build", "generate", "generate_all", "write_tree"]


@dataclass(frozen=True)
class Generation:
    """What the specs make: the records package, and what the groups module needs."""

    files: dict[str, str]
    operations: dict[str, list[OperationDef]]
    placed: dict[tuple[str, str], Placed]

    def groups(self, methods: dict[str, tuple[str, str]]) -> str:
        """The typed groups module of the ``methods`` table (one specs read for any table)."""
        return groups_module(methods, self.operations, self.placed)


def generate(spec_dir: Path) -> dict[str, str]:
    """Relative path -> source of every generated file of the records package."""
    return build(spec_dir).files


def generate_all(
    spec_dir: Path, methods: dict[str, tuple[str, str]] | None = None
) -> tuple[dict[str, str], str | None]:
    """The records package's files, and the typed groups module of the ``methods`` table."""
    made = build(spec_dir)
    return made.files, made.groups(methods) if methods is not None else None


def build(spec_dir: Path) -> Generation:
    """Read the specs in ``spec_dir`` and generate from them."""
    specs = load_specs(spec_dir)
    defs: dict[str, dict[str, Def]] = {}
    operations: dict[str, list[OperationDef]] = {}
    titles: dict[str, str] = {}
    components: dict[str, list[tuple[str, str, str]]] = {}
    for spec in specs:
        writes = request_roots(spec)
        builder = SchemaBuilder(spec, writes, response_roots(spec))
        for name in sorted(builder.read_names):
            if builder.is_named(name):
                builder.component(name, READ)
        for name in sorted(builder.written):
            if builder.is_named(name):
                builder.component(name, WRITE)
        operations[spec.area] = operations_of(spec, builder)
        defs[spec.area] = builder.defs
        titles[module_name(spec.area)] = f"Records of the {spec.title} (v7)."
        components[module_name(spec.area)] = [
            (name, spec.area, key)
            for name in sorted(spec.schemas)
            for key in (name, f"{name}@write")
            if key in builder.defs
        ]
    placed = place(defs)
    files = {
        f"{module}.py": source
        for module, source in record_modules(placed, titles, components).items()
    }
    modules = [module_name(spec.area) for spec in specs]
    for spec in specs:
        module = module_name(spec.area)
        source = operations_module(spec.area, spec.title, operations[spec.area], placed)
        files[f"operations/{module}.py"] = source
    files["operations/__init__.py"] = operations_package(modules, operations)
    files["__init__.py"] = _package(modules)
    return Generation(files, operations, placed)


def _package(modules: list[str]) -> str:
    everything = sorted([*modules, SHARED])
    lines = [
        '"""The v7 records, one module per specification, and their operations.',
        "",
        "Import records from their area's module (``v7.test_results.NetworkTestResult``);",
        "classes several specifications share live in ``v7.shared``. Each module is",
        "imported the first time it is asked for, so a program pays only for its areas.",
        "",
        HEADER,
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from .._areas import area_module",
        "",
        "if TYPE_CHECKING:",
        "    from .._openapi import Discriminated",
        "    from . import (",
        *[f"        {m}," for m in everything],
        "    )",
        "",
        "__all__ = [",
        '    "UNIONS",',
        *[f'    "{m}",' for m in everything],
        "]",
        "",
        "#: The record modules, each imported on first use.",
        "AREAS: tuple[str, ...] = (",
        *[f'    "{m}",' for m in everything],
        ")",
        "",
        "if TYPE_CHECKING:",
        "    #: Every discriminated union of the v7 records (asking imports every area).",
        "    UNIONS: tuple[Discriminated, ...]",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    if name in AREAS:",
        "        return area_module(__name__, name)",
        '    if name == "UNIONS":',
        "        return tuple(u for area in AREAS for u in area_module(__name__, area).UNIONS)",
        '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "",
        "",
        "def __dir__() -> list[str]:",
        '    return sorted({*globals(), *AREAS, "UNIONS"})',
    ]
    return "\n".join(lines) + "\n"


def write_tree(files: dict[str, str], out: Path) -> None:
    """Write ``files`` under ``out``, removing generated files that are no longer made."""
    for old in sorted(out.rglob("*.py")) if out.exists() else ():
        if str(old.relative_to(out)) not in files:
            old.unlink()
    for relative, source in sorted(files.items()):
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source, encoding="utf-8")
