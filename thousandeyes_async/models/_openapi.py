"""What the generated v7 modules are made of: open enums, discriminated unions and
the operation tables the resources, export kinds and columns read.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Literal

import attrs

__all__ = ["Discriminated", "OpenStrEnum", "Operation", "Parameter"]


class OpenStrEnum(enum.StrEnum):
    """A ``str`` enum that keeps values it does not know.

    The API adds values (a new agent type, a new alert state) without a new
    version: an unknown value becomes a member that is not one of the declared
    ones, equal to its string, and goes back to the server unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the value is one the specification declares."""
        return type(self)._value2member_map_.get(self._value_) is self


@attrs.frozen
class Discriminated:
    """A ``oneOf``/``anyOf`` whose member is chosen by the value of one property."""

    union: Any
    #: The JSON key of the discriminator property.
    prop: str
    #: Discriminator value -> member class.
    members: Mapping[str, type]


@attrs.frozen(kw_only=True)
class Parameter:
    """A path or query parameter of an operation."""

    #: The snake_case name a method takes it by.
    name: str
    #: The name on the wire (``aid``, ``startDate``...).
    key: str
    location: Literal["path", "query"]
    #: The type of the value, or of each item when ``array`` is true.
    kind: Any
    required: bool = False
    #: A comma-separated list (``expand=a,b``).
    array: bool = False
    description: str = ""


@attrs.frozen(kw_only=True)
class Operation:
    """One v7 operation, as its specification describes it."""

    #: The operation id in snake_case (``get_test_network_results``).
    id: str
    #: The operation id as the specification spells it.
    operation_id: str
    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
    #: The path template relative to the version root (``/test-results/{testId}/network``).
    path: str
    #: Named after the path: ``test_results.network``, ``tests.http_server``, ``alerts.rules``.
    group: str
    #: The spec area it comes from (``test-results``, ``agents``...).
    area: str
    summary: str
    parameters: tuple[Parameter, ...] = ()
    #: The request body class, or ``None``.
    request: Any = None
    #: Whether a request body is required.
    request_required: bool = False
    #: JSON keys of the request body the spec marks ``readOnly``: refused when given.
    request_read_only: frozenset[str] = frozenset()
    #: JSON keys of the request body the spec marks ``nullable``: an explicit null is sent.
    request_nullable: frozenset[str] = frozenset()
    #: The record class (or union) of the success response, or ``None`` for no body.
    response: Any = None
    #: The success status (200, 201, 204).
    status: int = 200
    #: Whether the response follows ``_links.next``.
    paginated: bool = False
    #: The JSON key of the array holding the items of a list, or ``None``.
    items: str | None = None
    #: The record class (or union) of each item, or ``None``.
    item: Any = None

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")
