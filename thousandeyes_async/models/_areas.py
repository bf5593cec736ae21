"""The v7 spec areas, each imported on first use.

Creating the ~400 generated record classes is most of what importing the
package would cost, and a program uses a few areas at most (a v6 one none), so
the ``v7`` packages load an area's records and operations only when asked.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Iterator, Mapping
from types import ModuleType

from ._openapi import Discriminated, Operation

__all__ = ["OperationsByArea", "area_module", "loaded_unions"]


def area_module(package: str, area: str) -> ModuleType:
    """The module of one area of ``package``, imported if it was not yet."""
    return importlib.import_module(f"{package}.{area}")


def loaded_unions(package: str, areas: Iterable[str]) -> tuple[Discriminated, ...]:
    """The discriminated unions of the areas imported so far.

    A union's members live in its own area or in ``shared``, which that area
    imports, so a union reachable from any record at hand is among these.
    """
    found: list[Discriminated] = []
    for area in areas:
        module = sys.modules.get(f"{package}.{area}")
        found += getattr(module, "UNIONS", ())
    return tuple(found)


class OperationsByArea(Mapping[str, Operation]):
    """The operations by snake_case id; an area's table is imported at its first lookup."""

    __slots__ = ("_area_of", "_package", "_tables")

    def __init__(self, package: str, area_of: Mapping[str, str]) -> None:
        self._package = package
        self._area_of = area_of
        self._tables: dict[str, Mapping[str, Operation]] = {}

    def area_operations(self, area: str) -> Mapping[str, Operation]:
        """One area's operations by id, in its spec's order."""
        table = self._tables.get(area)
        if table is None:
            operations: tuple[Operation, ...] = area_module(self._package, area).OPERATIONS
            table = self._tables[area] = {op.id: op for op in operations}
        return table

    def __getitem__(self, operation_id: str) -> Operation:
        return self.area_operations(self._area_of[operation_id])[operation_id]

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._area_of

    def __iter__(self) -> Iterator[str]:
        return iter(self._area_of)

    def __len__(self) -> int:
        return len(self._area_of)

    def __repr__(self) -> str:
        loaded = ", ".join(self._tables) or "none"
        return f"<{len(self)} v7 operations; areas loaded: {loaded}>"
