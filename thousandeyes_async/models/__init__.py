"""Typed records, and the functions that turn bodies into records and back.

The record classes live in a namespace per API version: :mod:`.v7` (generated
from the OpenAPI documents) and :mod:`.v6`. Every record is a frozen attrs class
with snake_case attributes; keys the typed fields cannot hold (fields the server
added, explicit nulls) are kept in the record's ``extra`` mapping, so
:func:`unstructure` gives the server's body back.
"""

from typing import Any

from .._moved import MOVED, moved
from ._admin import (
    structure_agents,
    structure_instant_test,
    structure_snapshot,
    structure_test,
    structure_tests,
)
from ._converter import format_datetime, structure_record, unstructure

__all__ = [
    "format_datetime",
    "structure_agents",
    "structure_instant_test",
    "structure_record",
    "structure_snapshot",
    "structure_test",
    "structure_tests",
    "unstructure",
]

#: The v6 record classes this module held before ``models.v6``, and the converter.
_MOVED_HERE = {
    name: home
    for name, home in MOVED.items()
    if home == "thousandeyes_async.models.v6" or name == "converter"
}


def __getattr__(name: str) -> Any:
    return moved(__name__, name, _MOVED_HERE)
