"""The smallest JSON a generated v7 class accepts: its required fields, each with a plain value.

Built from the class itself, so a test can exercise every operation without a
hand-written body or answer per operation.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs

from thousandeyes_async.models import v7
from thousandeyes_async.models._converter_v7 import is_v7_record
from thousandeyes_async.models._fields import key_of


def members(kind: Any) -> tuple[Any, ...]:
    """The members of a union (None left out), or the type itself."""
    if get_origin(kind) in (Union, types.UnionType):
        return tuple(m for m in get_args(kind) if m is not type(None))
    return (kind,)


def minimal(kind: Any) -> Any:
    """The smallest JSON value of ``kind`` (a record, a union of records, an enum, a scalar)."""
    options = members(kind)
    if len(options) > 1 and all(is_v7_record(m) for m in options):
        entry = next(u for u in v7.UNIONS if frozenset(u.members.values()) == frozenset(options))
        tag, cls = next(iter(entry.members.items()))
        return {**minimal(cls), entry.prop: tag}
    kind = options[0]
    if is_v7_record(kind):
        hints = get_type_hints(kind)
        return {
            key_of(a): minimal(hints[a.name])
            for a in attrs.fields(kind)
            if a.name != "extra" and a.default is attrs.NOTHING
        }
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return str(next(iter(kind.__members__.values())).value)
    origin = get_origin(kind)
    if origin is tuple:
        return []
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        return {}
    simple: dict[Any, Any] = {
        str: "x",
        int: 1,
        float: 1.5,
        bool: True,
        datetime: "2030-01-01T00:00:00Z",
    }
    return simple.get(kind, "x")
