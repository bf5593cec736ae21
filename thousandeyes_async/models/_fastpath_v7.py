"""The v7 structuring fast path: one function compiled per record class, nesting included.

A v7 page is a tree (a page of results, each with an agent, links, headers,
certificates), and the per-class hooks of the converter would pay a call, a
``try`` and an ``extra`` check at every level of it. Here each class's function
checks its scalars inline, calls the compiled functions of the records it holds
directly, fills the record's slots without going through ``__init__`` (which a
frozen attrs class runs attribute by attribute through ``object.__setattr__``),
and collects the unknown keys and explicit nulls into ``extra`` itself. At the
first value it does not accept it raises, and the converter structures that
record again with the detailed hook, which says where and why: both accept
exactly the same input.
"""

from __future__ import annotations

import functools
import operator
import types
from collections.abc import Callable
from datetime import datetime
from typing import Any, Union, get_args, get_origin

import attrs

from ._fastpath import fills_slots
from ._fields import EMPTY_EXTRA, SHARED, key_of
from ._openapi import OpenStrEnum
from ._scalars import (
    share_str,
    shared_str,
    structure_bool,
    structure_float,
    structure_int,
    structure_iso_datetime,
    structure_str,
)

__all__ = ["FastPathMiss", "compile_structure"]

Hook = Callable[[Any, Any], Any]
HookFor = Callable[[Any], Hook]
Structure = Callable[[Any], Any]

#: The converter's scalar hooks whose check the compiled code makes inline.
_INLINE_TYPES: dict[Any, tuple[Hook, str]] = {
    int: (structure_int, "type({v}) is not int"),
    str: (structure_str, "type({v}) is not str"),
    bool: (structure_bool, "type({v}) is not bool"),
    float: (structure_float, "type({v}) is not float and type({v}) is not int"),
}


class FastPathMiss(Exception):
    """A value the fast path does not accept; the detailed hook will say why."""


def _split_optional(kind: Any) -> tuple[Any, bool]:
    if get_origin(kind) in (Union, types.UnionType):
        members = get_args(kind)
        present = [member for member in members if member is not type(None)]
        if len(present) < len(members):
            return functools.reduce(operator.or_, present), True
    return kind, False


class _Compiler:
    """Compiles, once per class, the fast functions of one converter's v7 records."""

    def __init__(self, hook_for: HookFor, is_record: Callable[[Any], bool]) -> None:
        self._hook_for = hook_for
        self._is_record = is_record
        self._done: dict[type, Structure] = {}
        self._busy: set[type] = set()

    def function(self, cls: type) -> Structure:
        done = self._done.get(cls)
        if done is not None:
            return done
        if cls in self._busy:  # a record that holds its own kind: bound at the first call
            return lambda value: self._done[cls](value)
        self._busy.add(cls)
        try:
            compiled = self._compile(cls)
        finally:
            self._busy.discard(cls)
        self._done[cls] = compiled
        return compiled

    def _compile(self, cls: type) -> Structure:
        attrs.resolve_types(cls)
        fields = [field for field in attrs.fields(cls) if field.name != "extra" and field.init]
        known = frozenset(key_of(field) for field in fields)
        namespace: dict[str, Any] = {
            "_cls": cls,
            "_miss": FastPathMiss,
            "_known": known,
            "_empty": EMPTY_EXTRA,
            "_share": share_str,
            "_shared": shared_str,
        }
        lines = ["def structure_fast(o):", "    if type(o) is not dict: raise _miss"]
        for index, field in enumerate(fields):
            value = f"v{index}"
            key = key_of(field)
            inner, optional = _split_optional(field.type)
            # A missing key is None only where None is the default; else __init__ knows better.
            read = f"o.get({key!r})" if field.default is None else f"o[{key!r}]"
            lines.append(f"    {value} = {read}")
            body = self._value_lines(namespace, f"{index}", value, inner, field)
            if optional:
                lines.append(f"    if {value} is not None:")
                lines.extend(f"        {line}" for line in body)
            else:
                lines.extend(f"    {line}" for line in body)
        values = [(field, f"v{index}") for index, field in enumerate(fields)]
        extra = [field for field in attrs.fields(cls) if field.name == "extra"]
        if extra:
            lines.extend(
                [
                    "    if _known.issuperset(o) and None not in o.values(): x = _empty",
                    "    else: x = {k: v for k, v in o.items() if v is None or k not in _known}",
                ]
            )
            values.append((extra[0], "x"))
        if fills_slots(cls):
            namespace["_new"] = object.__new__
            lines.append("    r = _new(_cls)")
            for index, (field, value) in enumerate(values):
                namespace[f"_s{index}"] = getattr(cls, field.name).__set__
                lines.append(f"    _s{index}(r, {value})")
            lines.append("    return r")
        else:
            arguments = ", ".join(f"{field.alias}={value}" for field, value in values)
            lines.append(f"    return _cls({arguments})")
        source = "\n".join(lines)
        code = compile(source, f"<thousandeyes_async v7 fast structure {cls.__qualname__}>", "exec")
        exec(code, namespace)  # the source above is built from attribute names only
        function: Structure = namespace["structure_fast"]
        return function

    def _value_lines(
        self, namespace: dict[str, Any], name: str, value: str, kind: Any, field: Any
    ) -> list[str]:
        """The statements turning the JSON ``value`` (not ``None``) into ``kind``."""
        if self._is_record(kind):
            namespace[f"_f{name}"] = self.function(kind)
            return [f"{value} = _f{name}({value})"]
        hook = self._hook_for(kind)
        inline = _INLINE_TYPES.get(kind)
        if inline is not None and inline[0] is hook:
            lines = [f"if {inline[1].format(v=value)}: raise _miss"]
            if kind is str and field is not None and field.metadata.get(SHARED):
                lines.append(f"{value} = _shared({value}) or _share({value})")
            return lines
        if kind is datetime and hook is structure_iso_datetime:
            namespace["_iso"] = structure_iso_datetime
            return [f"{value} = _iso({value}, None)"]
        if isinstance(kind, type) and issubclass(kind, OpenStrEnum):
            namespace[f"_m{name}"] = kind._value2member_map_.get
            namespace[f"_h{name}"] = hook
            namespace[f"_t{name}"] = kind
            return [f"{value} = _m{name}({value}) or _h{name}({value}, _t{name})"]
        args = get_args(kind)
        if get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis:
            return self._array_lines(namespace, name, value, args[0])
        namespace[f"_h{name}"] = hook
        namespace[f"_t{name}"] = kind
        return [f"{value} = _h{name}({value}, _t{name})"]

    def _array_lines(
        self, namespace: dict[str, Any], name: str, value: str, element: Any
    ) -> list[str]:
        lines = [f"if type({value}) is not list: raise _miss"]
        inline = _INLINE_TYPES.get(element)
        if inline is not None and inline[0] is self._hook_for(element):
            check = inline[1].format(v="e")
            lines.append(f"for e in {value}:")
            lines.append(f"    if {check}: raise _miss")
            lines.append(f"{value} = tuple({value})")
        elif self._is_record(element):
            namespace[f"_f{name}"] = self.function(element)
            lines.append(f"{value} = tuple(map(_f{name}, {value}))")
        else:
            namespace[f"_h{name}"] = self._hook_for(element)
            namespace[f"_t{name}"] = element
            lines.append(f"{value} = tuple([_h{name}(e, _t{name}) for e in {value}])")
        return lines


_compilers: dict[tuple[HookFor, Callable[[Any], bool]], _Compiler] = {}


def compile_structure(
    cls: type, hook_for: HookFor, is_record: Callable[[Any], bool] = attrs.has
) -> Structure:
    """``cls``'s compiled fast function; ``hook_for`` gives the converter's other hooks."""
    compiler = _compilers.get((hook_for, is_record))
    if compiler is None:
        compiler = _compilers[hook_for, is_record] = _Compiler(hook_for, is_record)
    return compiler.function(cls)
