"""Field declarations for record classes.

A record class only says what each field is; the converter reads these markers
once, when it generates the class's hooks, so structuring pays nothing for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

__all__ = [
    "EMPTY_EXTRA",
    "KEY",
    "KIND",
    "SHARED",
    "extra_field",
    "flag",
    "key_of",
    "opt",
    "required",
]

#: Metadata key holding the JSON key when it is not the camelCase of the attribute.
KEY = "thousandeyes.key"
#: Metadata key holding the wire encoding of a field ("flag": a 0/1 integer as bool).
KIND = "thousandeyes.kind"
#: Metadata key marking a string field whose few distinct values repeat on every page.
SHARED = "thousandeyes.shared"

#: The shared, immutable ``extra`` of every record the server sent nothing unknown for.
EMPTY_EXTRA: Mapping[str, Any] = MappingProxyType({})


def opt(*, key: str | None = None, shared: bool = False) -> Any:
    """An optional field: ``None`` when the server leaves it out.

    ``shared`` marks a string with few distinct values (an agent's name, a
    country): records then share one copy of each value instead of one each.
    """
    metadata: dict[str, Any] = {KEY: key} if key else {}
    if shared:
        metadata[SHARED] = True
    return attrs.field(default=None, metadata=metadata)


def flag(*, key: str | None = None) -> Any:
    """An optional ``bool`` the server sends as ``1``/``0`` and gets back the same way.

    Seed 001 types these fields "boolean", so JSON ``true``/``false`` is accepted
    too; the record's ``extra`` then remembers the form and unstructuring writes
    ``true``/``false`` back.
    """
    metadata: dict[str, str] = {KIND: "flag"}
    if key:
        metadata[KEY] = key
    return attrs.field(default=None, metadata=metadata)


def extra_field() -> Any:
    """The mapping of keys the typed fields cannot hold, kept verbatim.

    Left out of the hash (a mapping has none) so that records stay hashable.
    """
    return attrs.field(default=EMPTY_EXTRA, repr=False, hash=False)


def key_of(attribute: attrs.Attribute[Any]) -> str:
    """The JSON key of an attribute: its explicit key, else its camelCase name."""
    explicit: str | None = attribute.metadata.get(KEY)
    if explicit:
        return explicit
    head, *rest = attribute.name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def required(*, key: str | None = None) -> Any:
    """A field the specification requires: no default, so a missing one is refused."""
    return attrs.field(metadata={KEY: key} if key else {})
