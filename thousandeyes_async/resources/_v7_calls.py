"""What a typed v7 method does, read from the generated operation table.

The generated groups (``_v7_groups``) only give each method its signature; the
path, the query, the body rules, where the records are and the class they
structure into all come from the operation, so no method is written by hand.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .._errors import ResponseDecodeError
from .._options import call_timeout
from .._pagination import LINKS_NEXT, RecordStream, page_fetcher
from .._timerange import iso_time_range_params
from ..models._converter_v7 import structure_v7
from ..models._openapi import Operation, Parameter
from ..models._scalars import format_iso_datetime
from ..ratelimit._api import Priority
from ._arguments import require_bool, v7_id
from ._body import check_body

if TYPE_CHECKING:
    from ._protocol import ClientCalls

__all__ = ["V7Call", "V7Group", "declared_values", "query_value", "v7_call"]

#: Query parameters the layer fills itself: the range (``window``/``start``/``end``),
#: the account group (``account_group_id``) and the cursor (the next link).
_RANGE_KEYS = frozenset({"window", "startDate", "endDate"})
_OWN_KEYS = _RANGE_KEYS | {"aid", "cursor"}


@attrs.frozen
class V7Call:
    """One generated operation, as the method that calls it."""

    operation: Operation
    #: ``te.tests.http_server.get``, for messages.
    name: str

    @property
    def ranged(self) -> bool:
        return any(p.key in _RANGE_KEYS for p in self.operation.query_parameters)

    def path(self, ids: Sequence[Any]) -> str:
        """The path below the version root, each id checked before it goes into the URL."""
        parameters = self.operation.path_parameters
        values = {p.key: v7_id(p.name, value) for p, value in zip(parameters, ids, strict=True)}
        return self.operation.path.lstrip("/").format(**values)

    def query(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The query of the first request; every value is checked before anything is sent."""
        params: dict[str, Any] = {}
        if self.ranged:
            params.update(
                iso_time_range_params(
                    window=values.get("window"), start=values.get("start"), end=values.get("end")
                )
            )
        for parameter in self.operation.query_parameters:
            value = values.get(parameter.name)
            if parameter.key in _OWN_KEYS or value is None:
                continue
            params[parameter.key] = query_value(parameter, value)
        return params

    def stream(
        self,
        client: ClientCalls,
        ids: Sequence[Any],
        *,
        raw: bool,
        query: Mapping[str, Any],
        account_group_id: int | str | None,
        priority: Priority | None,
        timeout: Any,
        prefetch: bool,
    ) -> RecordStream[Any]:
        """The (lazy) stream of a list operation: every argument is checked, nothing sent yet."""
        path = self.path(ids)
        params = client.with_aid(self.query(query), account_group_id)
        return RecordStream(
            page_fetcher(
                client,
                path,
                params=params,
                priority=client.priority if priority is None else Priority(priority),
                link=LINKS_NEXT,
                timeout=call_timeout(timeout),
            ),
            _ListFormat(self.operation),
            source=f"GET /{client.api_version}/{path}",
            raw=require_bool("raw", raw),
            prefetch=require_bool("prefetch", prefetch),
            link=LINKS_NEXT,
        )

    async def send(
        self,
        client: ClientCalls,
        ids: Sequence[Any],
        *,
        body: Any = None,
        raw: bool,
        query: Mapping[str, Any],
        account_group_id: int | str | None,
        priority: Priority | None,
        timeout: Any,  # noqa: ASYNC109 (a per-call option)
    ) -> Any:
        """Send a single request; the body is checked against its schema first."""
        operation = self.operation
        path = self.path(ids)
        params = self.query(query)
        raw = require_bool("raw", raw)
        json = None
        if operation.request is not None:
            json = check_body(operation, body, self.name)
        answer = await client.request(
            operation.method,
            path,
            params=params,
            json=json,
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )
        if operation.response is None or answer is None:
            return None
        if raw:
            return answer
        endpoint = f"{operation.method} /{client.api_version}/{path}"
        return structure_v7(answer, operation.response, endpoint=endpoint)


@attrs.frozen
class _ListFormat:
    """Where the items of a list operation are, and the class each structures into."""

    operation: Operation

    def records_of(self, body: Mapping[str, Any], *, source: str) -> list[Any]:
        key = self.operation.items or ""
        items = body.get(key)
        if items is None:
            return []
        if type(items) is not list:
            raise ResponseDecodeError("expected an array of records", endpoint=source, path=key)
        return items

    def test_of(self, body: Mapping[str, Any], *, source: str) -> Mapping[str, Any] | None:
        return None

    def structure(self, items: Sequence[Any], *, source: str, offset: int = 0) -> list[Any]:
        return [
            structure_v7(
                item,
                self.operation.item,
                endpoint=source,
                path=f"{self.operation.items}[{offset + index}]",
            )
            for index, item in enumerate(items)
        ]


@functools.cache
def v7_call(operation_id: str, name: str) -> V7Call:
    from ..models.v7.operations import OPERATIONS_BY_ID  # a v6 program never needs it

    return V7Call(OPERATIONS_BY_ID[operation_id], name)


class V7Group:
    """A group of typed v7 methods bound to one client (``te.tests.http_server``...)."""

    __slots__ = ("_client",)

    #: Where the group hangs below the client (``tests.http_server``).
    path: ClassVar[str] = ""

    def __init__(self, client: ClientCalls) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<te.{self.path} of {self._client!r}>"

    def _call(self, operation_id: str, method: str) -> V7Call:
        return v7_call(operation_id, f"te.{self.path}.{method}")

    def _stream(
        self,
        operation_id: str,
        method: str,
        ids: Sequence[Any],
        *,
        raw: bool,
        query: Mapping[str, Any],
        account_group_id: int | str | None,
        priority: Priority | None,
        timeout: Any,
        prefetch: bool,
    ) -> RecordStream[Any]:
        return self._call(operation_id, method).stream(
            self._client,
            ids,
            raw=raw,
            query=query,
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    async def _send(
        self,
        operation_id: str,
        method: str,
        ids: Sequence[Any],
        *,
        body: Any = None,
        raw: bool,
        query: Mapping[str, Any],
        account_group_id: int | str | None,
        priority: Priority | None,
        timeout: Any,  # noqa: ASYNC109 (a per-call option)
    ) -> Any:
        return await self._call(operation_id, method).send(
            self._client,
            ids,
            body=body,
            raw=raw,
            query=query,
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


def query_value(parameter: Parameter, value: Any) -> str:
    """A query value the operation accepts; a list is comma-joined."""
    if parameter.array:
        values = value.split(",") if isinstance(value, str) else list(value)
        texts = [_one_value(parameter, v) for v in values if v != ""]
        if not texts:
            raise ValueError(f"{parameter.name} must not be empty")
        return ",".join(texts)
    return _one_value(parameter, value)


def _one_value(parameter: Parameter, value: Any) -> str:
    kind = parameter.kind
    name = parameter.name
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        text = value.value if isinstance(value, enum.Enum) else value
        if not isinstance(text, str):
            raise TypeError(f"{name} must be a string, not {type(value).__name__}")
        choices = declared_values(kind)
        if text not in choices:
            # v6 spelled directions TO_TARGET; v7 spells them to-target.
            text = text.lower().replace("_", "-")
        if text not in choices:
            raise ValueError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
        return text
    if kind is bool:
        return "true" if require_bool(name, value) else "false"
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
        return str(value)
    if kind is datetime:
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise TypeError(f"{name} must be a timezone-aware datetime")
        return format_iso_datetime(value)
    if not isinstance(value, str) or not value:
        raise TypeError(f"{name} must be a non-empty string")
    return value


def declared_values(kind: type[enum.Enum]) -> list[str]:
    """The values an enum of the specification declares (an open enum takes others too)."""
    return [str(member.value) for member in kind.__members__.values()]
