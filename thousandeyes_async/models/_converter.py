"""The one cattrs converter of the library.

Hooks are generated once per record class (on first use) and are strict: a
string where a number is documented, a bool where an integer is documented or a
list where an object is documented is refused, because guessing would hide a
server change. Unknown keys and explicit nulls are kept in the record's
``extra`` so that unstructuring gives the server's body back, as the same JSON
text: an integer in a float field stays an int, and a 0/1 flag the server sent
as JSON ``true``/``false`` (seed 001 types the flags "boolean") is read as a
bool and remembered in ``extra`` under its key, so it goes back as ``true``/``false``.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from .._errors import ResponseDecodeError
from ._fastpath import compile_structure
from ._fields import KIND, key_of
from ._scalars import (
    format_datetime,
    refuse,
    structure_bool,
    structure_datetime,
    structure_flag,
    structure_float,
    structure_int,
    structure_str,
    unstructure_flag,
)

__all__ = [
    "converter",
    "decode_error",
    "format_datetime",
    "is_record_class",
    "json_keys",
    "structure_record",
    "unstructure",
]

T = TypeVar("T")
StructureHook = Callable[[Any, Any], Any]

_MODELS_PACKAGE = __name__.rpartition(".")[0]

#: The converter: camelCase keys, server dates, 0/1 flags, strict scalars.
converter = cattrs.Converter(
    detailed_validation=True,
    unstruct_collection_overrides={tuple: list},
)


for _scalar, _hook in (
    (int, structure_int),
    (float, structure_float),
    (str, structure_str),
    (bool, structure_bool),
    (datetime, structure_datetime),
):
    converter.register_structure_hook(_scalar, _hook)
converter.register_unstructure_hook(datetime, format_datetime)

_SCALARS = (int, float, str, bool)


def _union_members(kind: Any) -> tuple[Any, ...] | None:
    if get_origin(kind) in (Union, types.UnionType):
        return get_args(kind)
    return None


def _is_optional(kind: Any) -> bool:
    members = _union_members(kind)
    return members is not None and type(None) in members and len(members) == 2


def _optional_hook(kind: Any) -> StructureHook:
    inner = next(member for member in get_args(kind) if member is not type(None))
    inner_hook = converter.get_structure_hook(inner)

    def structure_optional(value: Any, _: Any) -> Any:
        if value is None:
            return None
        return inner_hook(value, inner)

    return structure_optional


def _is_scalar_union(kind: Any) -> bool:
    members = _union_members(kind)
    if members is None:
        return False
    present = [member for member in members if member is not type(None)]
    return len(present) > 1 and all(member in _SCALARS for member in present)


def _scalar_union_hook(kind: Any) -> StructureHook:
    members = get_args(kind)
    exact = frozenset(members)
    widen_int = float in exact and int not in exact
    names = " or ".join("null" if member is type(None) else member.__name__ for member in members)

    def structure_scalar_union(value: Any, _: Any) -> Any:
        kind_of_value = type(value)
        if kind_of_value in exact:
            return value
        if widen_int and kind_of_value is int:
            return value  # kept an int: it goes back as the server wrote it
        raise refuse(value, names)

    return structure_scalar_union


def is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def tuple_hook_of(owner: cattrs.Converter) -> Callable[[Any], StructureHook]:
    """The ``tuple[X, ...]`` hook factory of ``owner`` (v6's and v7's converters alike)."""
    return functools.partial(_tuple_hook, owner)


def _tuple_hook(owner: cattrs.Converter, kind: Any) -> StructureHook:
    element = get_args(kind)[0]
    element_hook = owner.get_structure_hook(element)

    def structure_tuple(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise refuse(value, "an array")
        out = []
        for index, item in enumerate(value):
            try:
                out.append(element_hook(item, element))
            except Exception as exc:
                exc.add_note(
                    IterableValidationNote(f"Structuring {kind} @ index {index}", index, element)
                )
                raise IterableValidationError(f"While structuring {kind}", [exc], kind) from None
        return tuple(out)

    return structure_tuple


def is_record_class(kind: Any) -> bool:
    """Whether ``kind`` is one of this package's record classes."""
    return (
        isinstance(kind, type) and attrs.has(kind) and kind.__module__.startswith(_MODELS_PACKAGE)
    )


def json_keys(cls: type) -> dict[str, str]:
    """Attribute name -> JSON key, for every typed field of a record class."""
    return {
        attribute.name: key_of(attribute)
        for attribute in attrs.fields(cls)
        if attribute.name != "extra"
    }


def _flag_fields(cls: type) -> list[tuple[str, str]]:
    """(attribute name, JSON key) of every 0/1 flag of a record class."""
    return [
        (attribute.name, key_of(attribute))
        for attribute in attrs.fields(cls)
        if attribute.metadata.get(KIND) == "flag"
    ]


def _field_overrides(cls: type, *, structuring: bool) -> dict[str, Any]:
    overrides: dict[str, Any] = {"extra": override(omit=True)}
    for attribute in attrs.fields(cls):
        if attribute.name == "extra":
            continue
        is_flag = attribute.metadata.get(KIND) == "flag"
        if structuring:
            hook = structure_flag if is_flag else None
            overrides[attribute.name] = override(rename=key_of(attribute), struct_hook=hook)
        else:
            unhook = unstructure_flag if is_flag else None
            overrides[attribute.name] = override(rename=key_of(attribute), unstruct_hook=unhook)
    return overrides


def _record_structure_hook(cls: type) -> StructureHook:
    attrs.resolve_types(cls)
    detailed: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls,
        converter,
        _cattrs_detailed_validation=True,
        **_field_overrides(cls, structuring=True),
    )
    fast = compile_structure(cls, converter.get_structure_hook)
    known = frozenset(json_keys(cls).values())
    flag_keys = tuple(key for _, key in _flag_fields(cls))
    set_field = object.__setattr__  # the record is frozen; its extra is set once, here
    expected = f"a JSON object for {cls.__name__}"

    def keep_in_extra(key: str, item: Any) -> bool:
        # Unknown keys, explicit nulls, and flags sent as JSON true/false (their form).
        return item is None or key not in known or (key in flag_keys and type(item) is bool)

    def structure_one(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise refuse(value, expected)
        try:
            record = fast(value)
        except Exception:
            # The detailed hook raises the error that names the path.
            record = detailed(value, cls)
        if (
            not known.issuperset(value)
            or None in value.values()
            or (flag_keys and any(type(value.get(key)) is bool for key in flag_keys))
        ):
            extra = {key: item for key, item in value.items() if keep_in_extra(key, item)}
            set_field(record, "extra", extra)
        return record

    return structure_one


def _record_unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    generated: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
        cls,
        converter,
        _cattrs_omit_if_default=True,
        **_field_overrides(cls, structuring=False),
    )

    flags = _flag_fields(cls)

    def unstructure_record(record: Any) -> dict[str, Any]:
        out = generated(record)
        extra = record.extra
        if extra:
            merged = dict(extra)
            merged.update(out)
            for name, key in flags:
                if type(extra.get(key)) is bool:
                    # Sent as true/false: given back so, with the record's current value.
                    current = getattr(record, name)
                    if current is None:
                        del merged[key]
                    else:
                        merged[key] = current
            return merged
        return out

    return unstructure_record


converter.register_structure_hook_factory(_is_optional, _optional_hook)
converter.register_structure_hook_factory(_is_scalar_union, _scalar_union_hook)
converter.register_structure_hook_factory(is_homogeneous_tuple, tuple_hook_of(converter))
converter.register_structure_hook_factory(is_record_class, _record_structure_hook)
converter.register_unstructure_hook_factory(is_record_class, _record_unstructure_hook)


def _failure_path(exc: BaseException) -> tuple[str, BaseException]:
    """Follow cattrs' validation notes down to the first failing value."""
    parts: list[str] = []
    while True:
        if isinstance(exc, ClassValidationError):
            sub = exc.exceptions[0]
            note = next(
                (
                    n
                    for n in getattr(sub, "__notes__", ())
                    if isinstance(n, AttributeValidationNote)
                ),
                None,
            )
            if note is None:
                return "".join(parts), sub
            parts.append("." + json_keys(exc.cl).get(note.name, note.name))
            exc = sub
        elif isinstance(exc, IterableValidationError):
            sub = exc.exceptions[0]
            index_note = next(
                (n for n in getattr(sub, "__notes__", ()) if isinstance(n, IterableValidationNote)),
                None,
            )
            if index_note is None:
                return "".join(parts), sub
            parts.append(f"[{index_note.index}]")
            exc = sub
        else:
            return "".join(parts), exc


def _value_at(raw: Any, path: str) -> Any:
    value = raw
    for part in path.replace("[", ".[").split(".")[1:]:
        try:
            value = value[int(part[1:-1])] if part.startswith("[") else value[part]
        except (KeyError, IndexError, TypeError, ValueError):
            return None
    return value


def decode_error(exc: BaseException, *, endpoint: str, path: str, raw: Any) -> ResponseDecodeError:
    """The ``ResponseDecodeError`` for a failure to structure ``raw`` found at ``path``."""
    relative, leaf = _failure_path(exc)
    if isinstance(leaf, KeyError):
        message = "missing required field"
    else:
        message = str(leaf) or type(leaf).__name__
    return ResponseDecodeError(
        message, endpoint=endpoint, path=path + relative, value=_value_at(raw, relative)
    )


def structure_record(raw: Any, cls: type[T], *, endpoint: str = "", path: str = "$") -> T:
    """Structure one raw record; any failure is a ``ResponseDecodeError`` naming its path."""
    try:
        return converter.structure(raw, cls)
    except Exception as exc:
        raise decode_error(exc, endpoint=endpoint, path=path, raw=raw) from exc


#: Where the generated v7 record classes (and their enums) live.
_V7_PACKAGE = __name__.rpartition(".")[0] + ".v7"


def unstructure(record: Any) -> Any:
    """The server's JSON for a record of either API version, or a list or dict of them.

    Each version writes its own JSON: v6 camelCase keys, ``yyyy-MM-dd hh:mm:ss``
    dates and 0/1 flags; v7 ISO 8601 dates with ``Z`` and enums as their values.
    A record's class says which version it belongs to; extras are kept in both.
    """
    if type(record).__module__.startswith(_V7_PACKAGE):
        # Imported here: the v7 converter builds on this module.
        from ._converter_v7 import unstructure_v7

        return unstructure_v7(record)
    if isinstance(record, list | tuple) and any(map(_holds_v7, record)):
        return [unstructure(item) for item in record]
    if isinstance(record, dict) and any(map(_holds_v7, record.values())):
        return {key: unstructure(value) for key, value in record.items()}
    return converter.unstructure(record)


def _holds_v7(value: Any) -> bool:
    if type(value).__module__.startswith(_V7_PACKAGE):
        return True
    if isinstance(value, list | tuple):
        return any(map(_holds_v7, value))
    if isinstance(value, dict):
        return any(map(_holds_v7, value.values()))
    return False
