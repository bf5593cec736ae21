"""The structuring fast path: one function compiled per record class.

The converter's detailed, cattrs-generated hook collects every error with its
path, which costs a dict of results and a ``try`` per field on every record.
The compiled function checks scalars inline and calls the converter's hooks
only for dates, flags, arrays and nested records; when it meets anything it does
not accept it gives up, and the detailed hook runs on that record to say where
and why. Both accept exactly the same input.
"""

from __future__ import annotations

import functools
import operator
import types
from collections.abc import Callable
from typing import Any, Union, get_args, get_origin

import attrs

from ._fields import KIND, SHARED, key_of
from ._scalars import share_str, shared_str, structure_flag, structure_float

__all__ = ["FastPathMiss", "compile_structure", "fills_slots"]

_INLINE_CHECKED = (int, str, bool)


class FastPathMiss(Exception):
    """A value the fast path does not accept; the detailed hook will say why."""


def _split_optional(kind: Any) -> tuple[Any, bool]:
    if get_origin(kind) in (Union, types.UnionType):
        members = get_args(kind)
        present = [member for member in members if member is not type(None)]
        if len(present) < len(members):
            return functools.reduce(operator.or_, present), True
    return kind, False


def _slot_names(cls: type) -> set[str]:
    names: set[str] = set()
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        names.update((slots,) if isinstance(slots, str) else slots)
    return names - {"__weakref__", "__dict__"}


def fills_slots(cls: type) -> bool:
    """Whether a record can be made by setting its slots: ``__init__`` would do no more."""
    fields = attrs.fields(cls)
    plain = all(
        field.init and field.validator is None and field.converter is None for field in fields
    )
    hooks = any(hasattr(cls, name) for name in ("__attrs_pre_init__", "__attrs_post_init__"))
    return plain and not hooks and _slot_names(cls) == {field.name for field in fields}


def compile_structure(
    cls: type, hook_for: Callable[[Any], Callable[[Any, Any], Any]]
) -> Callable[[dict[str, Any]], Any]:
    """Compile ``cls``'s fast structuring function; ``hook_for`` gives the converter's hooks."""
    attrs.resolve_types(cls)
    namespace: dict[str, Any] = {
        "_cls": cls,
        "_miss": FastPathMiss,
        "_float": structure_float,
        "_flag": structure_flag,
        "_share": share_str,
        "_shared": shared_str,
    }
    lines = ["def structure_fast(o):"]
    arguments = []
    for index, attribute in enumerate(attrs.fields(cls)):
        if attribute.name == "extra":
            continue
        value = f"v{index}"
        key = key_of(attribute)
        required = attribute.default is attrs.NOTHING
        inner, optional = _split_optional(attribute.type)
        lines.append(f"    {value} = o[{key!r}]" if required else f"    {value} = o.get({key!r})")
        present = f"{value} is not None and " if optional else ""
        if attribute.metadata.get(KIND) == "flag":
            lines.append(f"    if {value} is not None: {value} = _flag({value}, None)")
        elif inner in _INLINE_CHECKED:
            namespace[f"_t{index}"] = inner
            lines.append(f"    if {present}type({value}) is not _t{index}: raise _miss")
            if attribute.metadata.get(SHARED) and inner is str:
                shared = f"{value} = _shared({value}) or _share({value})"
                lines.append(f"    if {value} is not None: {shared}")
        elif inner is float:
            lines.append(
                f"    if {present}type({value}) is not float: {value} = _float({value}, None)"
            )
        else:
            namespace[f"_h{index}"] = hook_for(inner)
            namespace[f"_t{index}"] = inner
            call = f"{value} = _h{index}({value}, _t{index})"
            lines.append(f"    if {value} is not None: {call}" if optional else f"    {call}")
        arguments.append(f"{attribute.name}={value}")
    extra = [attribute for attribute in attrs.fields(cls) if attribute.name == "extra"]
    if fills_slots(cls) and all(not isinstance(a.default, attrs.Factory) for a in extra):  # type: ignore[arg-type]
        # Setting the slots directly does what the frozen class's __init__ does through
        # object.__setattr__, name by name, in about half the time.
        namespace["_new"] = object.__new__
        lines.append("    r = _new(_cls)")
        values = [argument.split("=", 1) for argument in arguments]
        values += [[attribute.name, "_extra"] for attribute in extra]
        namespace["_extra"] = extra[0].default if extra else None
        for index, (name, value) in enumerate(values):
            namespace[f"_s{index}"] = getattr(cls, name).__set__
            lines.append(f"    _s{index}(r, {value})")
        lines.append("    return r")
    else:
        lines.append(f"    return _cls({', '.join(arguments)})")
    source = "\n".join(lines)
    code = compile(source, f"<thousandeyes_async fast structure {cls.__qualname__}>", "exec")
    exec(code, namespace)  # the source above is built from attribute names only
    function: Callable[[dict[str, Any]], Any] = namespace["structure_fast"]
    return function
