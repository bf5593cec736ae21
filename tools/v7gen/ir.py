"""The generator's intermediate form: what a spec says, before it is named and written."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Array",
    "ClassDef",
    "Def",
    "EnumDef",
    "Field",
    "Map",
    "Prim",
    "Ref",
    "TypeExpr",
    "UnionDef",
]


@dataclass(frozen=True)
class Prim:
    """A scalar: ``str``, ``int``, ``float``, ``bool``, ``datetime`` or ``Any``."""

    name: str


@dataclass(frozen=True)
class Ref:
    """A named definition of the same spec, by its local key."""

    key: str


@dataclass(frozen=True)
class Array:
    item: TypeExpr


@dataclass(frozen=True)
class Map:
    value: TypeExpr


@dataclass(frozen=True)
class OneOf:
    """Values of several JSON types: the declared one and the one the spec's example uses."""

    members: tuple[TypeExpr, ...]


TypeExpr = Prim | Ref | Array | Map | OneOf


@dataclass(frozen=True)
class Field:
    name: str
    key: str
    type: TypeExpr
    required: bool
    nullable: bool
    doc: str


@dataclass
class ClassDef:
    name: str
    doc: str
    fields: list[Field] = field(default_factory=list)
    example: object = None


@dataclass
class EnumDef:
    name: str
    doc: str
    values: list[str] = field(default_factory=list)


@dataclass
class UnionDef:
    """A ``oneOf``/``anyOf`` chosen by a discriminator property."""

    name: str
    doc: str
    prop: str
    mapping: list[tuple[str, str]] = field(default_factory=list)  # (value, member key)


Def = ClassDef | EnumDef | UnionDef
