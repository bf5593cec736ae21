"""The cattrs converter of the v7 records, with the promises of the v6 one.

Strict scalars (a string where a number is documented is refused), ISO 8601
date-times with their zone, enums that keep values they do not know, and a
union chosen by its discriminator. Unknown keys and explicit nulls are kept in
the record's ``extra``, so unstructuring gives the server's JSON back:
camelCase keys, ``_links``, date-time strings. A value that does not fit raises
``ResponseDecodeError`` naming its JSON path. Good records take a compiled fast
path (``_fastpath_v7``, one function per class down the whole tree); a record it
refuses is structured again by the detailed cattrs hook, which says where and why.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ._areas import loaded_unions
from ._converter import decode_error, is_homogeneous_tuple, json_keys, tuple_hook_of
from ._fastpath_v7 import compile_structure as compile_v7
from ._fields import key_of
from ._openapi import Discriminated, OpenStrEnum
from ._scalars import (
    format_iso_datetime,
    refuse,
    structure_bool,
    structure_float,
    structure_int,
    structure_iso_datetime,
    structure_str,
)

__all__ = [
    "converter_v7",
    "discriminated_unions",
    "is_v7_record",
    "structure_v7",
    "unstructure_v7",
]

T = TypeVar("T")
StructureHook = Callable[[Any, Any], Any]

_V7_PACKAGE = __name__.rpartition(".")[0] + ".v7"

#: The v7 converter: camelCase keys, ISO date-times, open enums, discriminated unions.
converter_v7 = cattrs.Converter(
    detailed_validation=True,
    unstruct_collection_overrides={tuple: list},
)

for _scalar, _hook in (
    (int, structure_int),
    (float, structure_float),
    (str, structure_str),
    (bool, structure_bool),
    (datetime, structure_iso_datetime),
):
    converter_v7.register_structure_hook(_scalar, _hook)
converter_v7.register_unstructure_hook(datetime, format_iso_datetime)


def is_v7_record(kind: Any) -> bool:
    """Whether ``kind`` is one of the generated v7 record classes."""
    return isinstance(kind, type) and attrs.has(kind) and kind.__module__.startswith(_V7_PACKAGE)


#: The compiled fast path of a record class and, through it, of the records it holds.
compile_structure = functools.partial(compile_v7, is_record=is_v7_record)


def _members(kind: Any) -> tuple[Any, ...]:
    if get_origin(kind) in (Union, types.UnionType):
        return get_args(kind)
    return ()


def _is_optional(kind: Any) -> bool:
    members = _members(kind)
    return type(None) in members and len(members) >= 2


def _optional_hook(kind: Any) -> StructureHook:
    present = tuple(member for member in _members(kind) if member is not type(None))
    inner = present[0] if len(present) == 1 else functools.reduce(lambda a, b: a | b, present)
    inner_hook = converter_v7.get_structure_hook(inner)

    def structure_optional(value: Any, _: Any) -> Any:
        if value is None:
            return None
        return inner_hook(value, inner)

    return structure_optional


def discriminated_unions() -> Mapping[frozenset[type], Discriminated]:
    """The unions of the areas imported so far, by their members: any union at hand is here."""
    from . import v7  # the records import nothing from here; imported on first use

    unions = loaded_unions(v7.__name__, v7.AREAS)
    return {frozenset(entry.members.values()): entry for entry in unions}


def _is_record_union(kind: Any) -> bool:
    members = _members(kind)
    return len(members) > 1 and all(is_v7_record(member) for member in members)


def _record_union_hook(kind: Any) -> StructureHook:
    entry = discriminated_unions().get(frozenset(_members(kind)))
    if entry is None:
        raise TypeError(f"{kind} is not a discriminated union of the v7 specifications")
    prop = entry.prop
    hooks = {value: converter_v7.get_structure_hook(cls) for value, cls in entry.members.items()}
    members = dict(entry.members)
    known = ", ".join(repr(value) for value in members)

    def structure_union(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise refuse(value, "a JSON object")
        tag = value.get(prop)
        if type(tag) is not str or tag not in hooks:
            raise ValueError(f"{prop} {tag!r} is none of {known}")
        return hooks[tag](value, members[tag])

    return structure_union


def _structure_open_enum(value: Any, kind: Any) -> Any:
    # Registered for the base class: it wins over the ``str`` hook the enums would inherit.
    if type(value) is str:
        member = kind._value2member_map_.get(value)  # a declared value: no enum call
        return kind(value) if member is None else member
    raise refuse(value, f"a string ({kind.__name__})")


_JSON_SCALARS = (str, int, float, bool)


def _json_shape(member: Any) -> type | None:
    """The Python type ``json.loads`` gives for values of ``member``."""
    if member in _JSON_SCALARS:
        return member  # type: ignore[no-any-return]
    origin = get_origin(member)
    if origin is tuple:
        return list
    if origin is Mapping:
        return dict
    return None


def _is_shape_union(kind: Any) -> bool:
    members = [member for member in _members(kind) if member is not type(None)]
    return len(members) > 1 and all(_json_shape(member) is not None for member in members)


def _shape_union_hook(kind: Any) -> StructureHook:
    """A value of one of several JSON types (a string or an array...): chosen by its type."""
    by_shape: dict[type, tuple[Any, StructureHook]] = {}
    for member in _members(kind):
        shape = _json_shape(member)
        if shape is not None:
            by_shape[shape] = (member, converter_v7.get_structure_hook(member))
    if float in by_shape and int not in by_shape:
        by_shape[int] = by_shape[float]  # an integer is a number; kept an int, as sent
    names = " or ".join(getattr(member, "__name__", str(member)) for member in _members(kind))

    def structure_shape_union(value: Any, _: Any) -> Any:
        chosen = by_shape.get(type(value))
        if chosen is None:
            raise refuse(value, names)
        member, hook = chosen
        return hook(value, member)

    return structure_shape_union


def _is_mapping(kind: Any) -> bool:
    return get_origin(kind) is Mapping


def _mapping_hook(kind: Any) -> StructureHook:
    value_kind = get_args(kind)[1]
    value_hook = converter_v7.get_structure_hook(value_kind)
    passthrough = value_kind is Any

    def structure_mapping(value: Any, _: Any) -> dict[str, Any]:
        if type(value) is not dict:
            raise refuse(value, "a JSON object")
        if passthrough:
            return dict(value)
        return {key: value_hook(item, value_kind) for key, item in value.items()}

    return structure_mapping


def _overrides(cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {"extra": override(omit=True)}
    for attribute in attrs.fields(cls):
        if attribute.name != "extra":
            out[attribute.name] = override(rename=key_of(attribute))
    return out


def _record_structure_hook(cls: type) -> StructureHook:
    attrs.resolve_types(cls)
    detailed: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls,
        converter_v7,
        _cattrs_detailed_validation=True,
        **_overrides(cls),
    )
    fast = compile_structure(cls, converter_v7.get_structure_hook)
    known = frozenset(json_keys(cls).values())
    set_field = object.__setattr__  # the record is frozen; its extra is set once, here
    expected = f"a JSON object for {cls.__name__}"

    def structure_one(value: Any, _: Any) -> Any:
        try:
            return fast(value)  # keeps unknown keys and nulls in extra itself
        except Exception:
            pass
        if type(value) is not dict:
            raise refuse(value, expected)
        record = detailed(value, cls)  # raises the error that names the path
        if not known.issuperset(value) or None in value.values():
            extra = {k: v for k, v in value.items() if v is None or k not in known}
            set_field(record, "extra", extra)
        return record

    return structure_one


def _record_unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    generated: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
        cls,
        converter_v7,
        _cattrs_omit_if_default=True,
        **_overrides(cls),
    )

    def unstructure_record(record: Any) -> dict[str, Any]:
        out = generated(record)
        extra = record.extra
        if extra:
            merged = dict(extra)
            merged.update(out)
            return merged
        return out

    return unstructure_record


converter_v7.register_structure_hook_factory(_is_optional, _optional_hook)
converter_v7.register_structure_hook_factory(_is_record_union, _record_union_hook)
converter_v7.register_structure_hook_factory(_is_shape_union, _shape_union_hook)
converter_v7.register_structure_hook(OpenStrEnum, _structure_open_enum)
converter_v7.register_unstructure_hook(OpenStrEnum, lambda member: str(member._value_))
converter_v7.register_structure_hook_factory(is_homogeneous_tuple, tuple_hook_of(converter_v7))
converter_v7.register_structure_hook_factory(_is_mapping, _mapping_hook)
converter_v7.register_structure_hook_factory(is_v7_record, _record_structure_hook)
converter_v7.register_unstructure_hook_factory(is_v7_record, _record_unstructure_hook)


def structure_v7(raw: Any, cls: type[T], *, endpoint: str = "", path: str = "$") -> T:
    """Structure one v7 body or record; any failure is a ``ResponseDecodeError`` naming its path."""
    try:
        return converter_v7.structure(raw, cls)
    except Exception as exc:
        raise decode_error(exc, endpoint=endpoint, path=path, raw=raw) from exc


def unstructure_v7(record: Any) -> Any:
    """The server's JSON for a v7 record: camelCase keys, ``_links``, ISO dates, extras."""
    return converter_v7.unstructure(record)
