"""Turning a generated v7 operation into a stream: the one table-driven layer.

Everything an operation takes (its path ids, ``direction``, ``expand``, a time
range), where its records are and which class they structure into comes from
the generated operation table; a resource method only names its operation.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypedDict, get_args, get_type_hints

import attrs
import httpx

from .._errors import ResponseDecodeError
from .._options import UNSET, call_timeout
from .._pagination import RecordStream, page_fetcher
from .._timerange import WindowLike, iso_time_range_params
from ..models._converter_v7 import structure_v7
from ..models._openapi import Operation, Parameter
from ..ratelimit._api import Priority
from ._arguments import require_bool, v7_id
from ._v7_calls import query_value

if TYPE_CHECKING:
    from ._protocol import ClientCalls

__all__ = ["ResultsOperation", "V7RangeOptions", "V7RoundOptions", "results_operation"]

#: Query parameters the layer fills itself: the account group, the range, the cursor.
_RANGE_KEYS = frozenset({"window", "startDate", "endDate"})
_OWN_KEYS = _RANGE_KEYS | {"aid", "cursor"}
#: Keyword options every stream takes, whatever its operation.
_COMMON = frozenset({"account_group_id", "prefetch", "priority", "timeout"})


class V7RoundOptions(TypedDict, total=False):
    """Keyword options of every v7 stream (``direction`` where the operation takes it)."""

    account_group_id: int | str | None
    prefetch: bool
    priority: Priority | None
    #: Replaces the client's timeout for every page of the stream (None: no timeout).
    timeout: float | httpx.Timeout | None
    direction: str | None


class V7RangeOptions(V7RoundOptions, total=False):
    """Keyword options of the v7 streams over a time range (``expand`` where taken)."""

    window: WindowLike | None
    start: datetime | None
    end: datetime | None
    expand: Sequence[str] | str | None


@attrs.frozen
class ResultsOperation:
    """One generated operation, as a stream of its records."""

    operation: Operation
    #: What the method is called (``network``), for messages.
    method: str
    #: The class of each record, and of the test metadata beside them.
    item: Any
    test: Any
    #: The JSON key of the records in each page.
    items: str

    @property
    def ranged(self) -> bool:
        return any(p.key in _RANGE_KEYS for p in self.operation.query_parameters)

    def _query_parameter(self, key: str) -> Parameter | None:
        return next((p for p in self.operation.query_parameters if p.key == key), None)

    def options_allowed(self) -> frozenset[str]:
        allowed = set(_COMMON)
        if self.ranged:
            allowed |= {"window", "start", "end"}
        for parameter in self.operation.query_parameters:
            if parameter.key not in _OWN_KEYS:
                allowed.add(parameter.name)
        return frozenset(allowed)

    def path(self, ids: Mapping[str, Any]) -> str:
        """The path below ``/v7``, each id checked before it goes into the URL."""
        values: dict[str, str] = {}
        for parameter in self.operation.path_parameters:
            value = ids.get(parameter.name)
            if value is None:
                raise TypeError(f"{self.method}() needs {parameter.name}")
            # Page ids count from zero; every other id is positive.
            minimum = 0 if parameter.name == "page_id" else 1
            values[parameter.key] = v7_id(parameter.name, value, minimum=minimum)
        return self.operation.path.lstrip("/").format(**values)

    def query(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """The query of the first page; every option is checked before anything is sent."""
        unexpected = sorted(options.keys() - self.options_allowed())
        if unexpected:
            raise TypeError(
                f"{self.method}() got unexpected keyword arguments: {', '.join(unexpected)}"
            )
        params: dict[str, Any] = {}
        if self.ranged:
            params.update(
                iso_time_range_params(
                    window=options.get("window"), start=options.get("start"), end=options.get("end")
                )
            )
        for parameter in self.operation.query_parameters:
            if parameter.key in _OWN_KEYS or options.get(parameter.name) is None:
                continue
            params[parameter.key] = query_value(parameter, options[parameter.name])
        return params

    def structure(self, items: Sequence[Any], *, source: str, offset: int = 0) -> list[Any]:
        return [
            structure_v7(item, self.item, endpoint=source, path=f"{self.items}[{offset + index}]")
            for index, item in enumerate(items)
        ]

    def records_of(self, body: Mapping[str, Any], *, source: str) -> list[Any]:
        items = body.get(self.items)
        if items is None:
            return []
        if type(items) is not list:
            raise ResponseDecodeError(
                "expected an array of records", endpoint=source, path=self.items
            )
        return items

    def test_of(self, body: Mapping[str, Any], *, source: str) -> Mapping[str, Any] | None:
        test = body.get("test")
        if test is None:
            return None
        if type(test) is not dict:
            raise ResponseDecodeError("expected the test object", endpoint=source, path="test")
        return test

    def stream(
        self,
        client: ClientCalls,
        ids: Mapping[str, Any],
        raw: bool,
        options: Mapping[str, Any],
    ) -> RecordStream[Any]:
        """Check every argument, then return the (lazy) stream: nothing is sent yet."""
        path = self.path(ids)
        query = self.query(options)
        params = client.with_aid(query, options.get("account_group_id"))
        priority = options.get("priority")
        link = client.version.link
        return RecordStream(
            page_fetcher(
                client,
                path,
                params=params,
                priority=client.priority if priority is None else Priority(priority),
                link=link,
                timeout=call_timeout(options.get("timeout", UNSET)),
            ),
            self,
            source=f"GET /{client.api_version}/{path}",
            raw=require_bool("raw", raw),
            prefetch=require_bool("prefetch", options.get("prefetch", True)),
            structure_test=lambda test, where: structure_v7(
                test, self.test, endpoint=where, path="test"
            ),
            link=link,
        )


def _results_field(cls: Any, name: str) -> Any:
    """The type of ``name`` in a generated response class, optional and tuple unwrapped."""
    hints = get_type_hints(cls)
    kind = hints[name]
    members = [m for m in get_args(kind) if m is not type(None)] or [kind]
    kind = members[0]
    args = get_args(kind)
    return args[0] if args else kind


@functools.cache
def results_operation(method: str, operation_id: str) -> ResultsOperation:
    """The stream maker of the generated operation ``operation_id``."""
    from ..models.v7.operations import OPERATIONS_BY_ID  # a v6 program never needs it

    operation = OPERATIONS_BY_ID[operation_id]
    items = operation.items or "results"
    item = (
        operation.item if operation.item is not None else _results_field(operation.response, items)
    )
    return ResultsOperation(
        operation=operation,
        method=method,
        item=item,
        test=_results_field(operation.response, "test"),
        items=items,
    )
