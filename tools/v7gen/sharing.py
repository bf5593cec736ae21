"""One class per distinct schema across the specs.

A schema found with the same content in several specs (``SimpleTest``,
``Link``...) becomes one shared class. Where specs disagree on a name, the
variant found in the most specs keeps the name and every other variant is
prefixed with the area of the first spec it appears in (``TestsSimpleTest``):
deterministic, and stable when one spec changes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .ir import Array, Def, EnumDef, Map, OneOf, Prim, Ref, TypeExpr, UnionDef
from .naming import class_name

__all__ = ["SHARED", "Placed", "place"]

#: The module of the classes several specs share.
SHARED = "shared"


@dataclass
class Placed:
    """A definition with its final name and module; ``refs`` maps local keys to ``Placed``."""

    name: str
    module: str
    definition: Def
    area: str
    areas: list[str]


class _Signatures:
    def __init__(self, defs: dict[str, dict[str, Def]]) -> None:
        self.defs = defs
        self.ids: dict[object, int] = {}
        self.memo: dict[tuple[str, str], int] = {}

    def of(self, area: str, key: str) -> int:
        if (area, key) not in self.memo:
            self.memo[(area, key)] = self._intern(self._shape(area, self.defs[area][key]))
        return self.memo[(area, key)]

    def _intern(self, shape: object) -> int:
        return self.ids.setdefault(shape, len(self.ids))

    def _type(self, area: str, kind: TypeExpr) -> object:
        if isinstance(kind, Prim):
            return kind.name
        if isinstance(kind, Ref):
            return ("ref", self.of(area, kind.key))
        if isinstance(kind, Array):
            return ("array", self._type(area, kind.item))
        if isinstance(kind, OneOf):
            return ("one-of", *(self._type(area, member) for member in kind.members))
        assert isinstance(kind, Map)
        return ("map", self._type(area, kind.value))

    def _shape(self, area: str, definition: Def) -> object:
        if isinstance(definition, EnumDef):
            return ("enum", definition.name, definition.doc, tuple(definition.values))
        if isinstance(definition, UnionDef):
            members = tuple((v, self.of(area, k)) for v, k in definition.mapping)
            return ("union", definition.name, definition.doc, definition.prop, members)
        fields = tuple(
            (f.name, f.key, f.required, f.nullable, f.doc, self._type(area, f.type))
            for f in definition.fields
        )
        return ("class", definition.name, definition.doc, fields, repr(definition.example))


def place(defs: dict[str, dict[str, Def]]) -> dict[tuple[str, str], Placed]:
    """Final name and module of every (area, local key)."""
    signatures = _Signatures(defs)
    by_name: dict[str, dict[int, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for area in sorted(defs):
        for key, definition in defs[area].items():
            by_name[definition.name][signatures.of(area, key)].append((area, key))
    placed: dict[tuple[str, str], Placed] = {}
    names: set[str] = set()
    for name in sorted(by_name):
        variants = sorted(by_name[name].values(), key=lambda owners: (-len(owners), owners[0]))
        for index, owners in enumerate(variants):
            final = name if index == 0 else class_name(owners[0][0], name)
            assert final not in names, f"two definitions named {final}"
            names.add(final)
            areas = [area for area, _ in owners]
            module = SHARED if len(areas) > 1 else areas[0].replace("-", "_")
            for area, key in owners:
                placed[(area, key)] = Placed(final, module, defs[area][key], area, areas)
    return placed
