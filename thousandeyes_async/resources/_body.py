"""Request bodies checked against their schema before anything is sent.

A body is the generated request class or a mapping with the API's camelCase
keys. Either way the same rules apply, so that a mistake is a local error that
names the field, not a 400 after a slot of the rate limit was spent: no unknown
or read-only key, every required field, declared enum values only, and JSON
types the schema documents. What is sent is the checked mapping, with no None
for a key unless the schema says it is nullable.
"""

from __future__ import annotations

import enum
import functools
import types
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs

from .._errors import ResponseDecodeError
from ..models._converter_v7 import (
    discriminated_unions,
    is_v7_record,
    structure_v7,
    unstructure_v7,
)
from ..models._fields import key_of
from ..models._openapi import Operation
from ..models._scalars import format_iso_datetime

__all__ = ["InvalidBody", "check_body"]


class InvalidBody(ValueError):
    """A request body the operation's schema does not allow; nothing was sent."""


def check_body(operation: Operation, body: Any, method: str) -> Any:
    """The JSON to send for ``body``, checked against the request schema of ``operation``."""
    cls = operation.request
    if body is None:
        if operation.request_required:
            raise TypeError(f"{method}() needs a body: a {cls.__name__} or a mapping")
        return None
    if isinstance(body, cls):
        data = unstructure_v7(body)
    elif isinstance(body, Mapping):
        data = dict(body)
    else:
        raise TypeError(
            f"{method}() takes a {cls.__name__} or a mapping with the API's camelCase keys, "
            f"not {type(body).__name__}"
        )
    read_only = sorted(data.keys() & operation.request_read_only)
    if read_only:
        names = ", ".join(repr(key) for key in read_only)
        raise InvalidBody(f"{method}(): {names} is read-only in {cls.__name__}; leave it out")
    checked = _record(data, cls, "body", nullable=operation.request_nullable)
    try:
        structure_v7(checked, cls, path="body")
    except ResponseDecodeError as exc:
        raise InvalidBody(f"{method}(): the body does not fit {cls.__name__}: {exc}") from None
    return checked


@functools.cache
def _fields(cls: type) -> tuple[dict[str, attrs.Attribute[Any]], dict[str, Any]]:
    """JSON key -> attribute, and attribute name -> type, of a record class."""
    by_key = {key_of(a): a for a in attrs.fields(cls) if a.name != "extra"}
    return by_key, get_type_hints(cls)


def _record(
    value: Any, cls: type, where: str, *, nullable: frozenset[str] = frozenset()
) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidBody(f"{where} must be a JSON object for {cls.__name__}")
    by_key, hints = _fields(cls)
    out: dict[str, Any] = {}
    for key, item in value.items():
        attribute = by_key.get(key)
        if attribute is None:
            hint = _camel_hint(key, by_key)
            raise InvalidBody(f"{where}.{key} is not a field of {cls.__name__}{hint}")
        if item is None:
            if key in nullable:
                out[key] = None
            continue
        out[key] = _value(item, hints[attribute.name], f"{where}.{key}")
    missing = [
        key
        for key, attribute in by_key.items()
        if attribute.default is attrs.NOTHING and key not in out
    ]
    if missing:
        names = ", ".join(f"{where}.{key}" for key in missing)
        raise InvalidBody(f"missing required field {names} of {cls.__name__}")
    return out


def _camel_hint(key: str, by_key: Mapping[str, attrs.Attribute[Any]]) -> str:
    for json_key, attribute in by_key.items():
        if attribute.name == key:
            return f" (the API's key is {json_key!r})"
    return ""


def _members(kind: Any) -> tuple[Any, ...]:
    if get_origin(kind) in (Union, types.UnionType):
        return tuple(m for m in get_args(kind) if m is not type(None))
    return (kind,)


def _value(item: Any, kind: Any, where: str) -> Any:
    # A mapping may hold generated records and date-times: their JSON is checked.
    if attrs.has(type(item)):
        item = unstructure_v7(item)
    elif isinstance(item, datetime):
        item = format_iso_datetime(item)
    members = _members(kind)
    if len(members) > 1:
        if all(is_v7_record(m) for m in members):
            return _union(item, members, where)
        return item  # a value of several JSON types: the structuring check sees to it
    kind = members[0]
    if is_v7_record(kind):
        return _record(item, kind, where)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum(item, kind, where)
    origin = get_origin(kind)
    if origin is tuple:
        if not isinstance(item, list | tuple):
            raise InvalidBody(f"{where} must be an array")
        inner = get_args(kind)[0]
        return [_value(v, inner, f"{where}[{i}]") for i, v in enumerate(item)]
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        if not isinstance(item, Mapping):
            raise InvalidBody(f"{where} must be a JSON object")
        inner = get_args(kind)[1]
        return {k: _value(v, inner, f"{where}.{k}") for k, v in item.items()}
    return item


def _enum(item: Any, kind: type[enum.Enum], where: str) -> str:
    text = item.value if isinstance(item, enum.Enum) else item
    choices = [str(m.value) for m in kind.__members__.values()]
    if not isinstance(text, str) or text not in choices:
        raise InvalidBody(f"{where} must be one of {', '.join(choices)}, got {text!r}")
    return text


def _union(item: Any, members: tuple[Any, ...], where: str) -> dict[str, Any]:
    entry = discriminated_unions().get(frozenset(members))
    if entry is None or not isinstance(item, Mapping):
        raise InvalidBody(f"{where} must be a JSON object of one of the schema's kinds")
    tag = item.get(entry.prop)
    if not isinstance(tag, str) or tag not in entry.members:
        known = ", ".join(repr(v) for v in entry.members)
        raise InvalidBody(f"{where}.{entry.prop} must be one of {known}, got {tag!r}")
    return _record(item, entry.members[tag], where)
