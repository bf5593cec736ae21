"""What every resource group shares: the client, and turning a call into a stream."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack

import httpx

from .._options import UNSET, call_timeout
from .._pagination import RecordStream, page_fetcher
from .._timerange import WindowLike, time_range_params
from ..models import structure_test
from ..models.v6 import ENDPOINTS
from ..ratelimit._api import Priority
from ._arguments import require_bool

if TYPE_CHECKING:
    from ._protocol import ClientCalls

__all__ = ["RawRecord", "ResourceGroup", "RoundOptions", "WindowOptions"]

#: A record as the server sent it (``raw=True``).
RawRecord: TypeAlias = dict[str, Any]


class RoundOptions(TypedDict, total=False):
    """Keyword options of every stream method."""

    account_group_id: int | str | None
    prefetch: bool
    priority: Priority | None
    #: Replaces the client's timeout for every page of the stream (None: no timeout).
    timeout: float | httpx.Timeout | None


class WindowOptions(RoundOptions, total=False):
    """Keyword options of the stream methods that take a time range."""

    window: WindowLike | None
    start: datetime | None
    end: datetime | None


_ROUND_OPTIONS = frozenset(RoundOptions.__annotations__)
_WINDOW_OPTIONS = frozenset(WindowOptions.__annotations__)


class ResourceGroup:
    """A family of endpoints (``te.net``, ``te.web``...) bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: ClientCalls) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _priority(self, priority: Priority | None) -> Priority:
        return self._client.priority if priority is None else Priority(priority)

    def _params(
        self, query: Mapping[str, Any], account_group_id: int | str | None
    ) -> dict[str, Any]:
        present = {key: value for key, value in query.items() if value is not None}
        return self._client.with_aid(present, account_group_id)

    def _path(self, path: str) -> str:
        return f"/{self._client.api_version}/{path}"

    def _stream(
        self,
        name: str,
        path_ids: Mapping[str, int],
        *,
        path: str | None = None,
        query: Mapping[str, Any] | None = None,
        raw: bool,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[Any]:
        """Check every argument, then return the (lazy) stream: nothing is sent yet."""
        endpoint = ENDPOINTS[name]
        # The methods forward their options as **options, so Python no longer refuses
        # a misspelt keyword or a time range on a per-round endpoint: refuse them here.
        allowed = _WINDOW_OPTIONS if endpoint.windowed else _ROUND_OPTIONS
        unexpected = sorted(options.keys() - allowed)
        if unexpected:
            raise TypeError(
                f"{name.split('.')[1]}() got unexpected keyword arguments: {', '.join(unexpected)}"
            )
        window = options.get("window")
        start = options.get("start")
        end = options.get("end")
        account_group_id = options.get("account_group_id")
        prefetch = options.get("prefetch", True)
        priority = options.get("priority")
        params: dict[str, Any] = {}
        if endpoint.windowed:
            params.update(time_range_params(window=window, start=start, end=end))
        params.update(query or {})
        params = self._params(params, account_group_id)
        resolved = path if path is not None else endpoint.path_template.format(**path_ids)
        source = f"GET {self._path(resolved)}"
        return RecordStream(
            page_fetcher(
                self._client,
                resolved,
                params=params,
                priority=self._priority(priority),
                timeout=call_timeout(options.get("timeout", UNSET)),
            ),
            endpoint,
            source=source,
            raw=require_bool("raw", raw),
            prefetch=require_bool("prefetch", prefetch),
            structure_test=lambda test, where: structure_test(
                test, endpoint=where, path=endpoint.test_path
            ),
        )
