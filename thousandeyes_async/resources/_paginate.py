"""``te.paginate``: the items of any v7 HAL list, for the paths the specs do not type.

Dashboards, tags, endpoint agents and the rest of the wider v7 API answer lists
in the same form as the typed ones: an array under a key of the body and the
next page at ``_links.next.href``. This streams the array's items as dicts,
through the limiter and cursor pagination of every other stream.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import ResponseDecodeError
from .._options import call_timeout
from .._pagination import LINKS_NEXT, RecordStream, page_fetcher
from ..ratelimit._api import Priority
from ._arguments import require_bool

if TYPE_CHECKING:
    from ._protocol import ClientCalls

__all__ = ["paginate"]


@attrs.frozen
class _Items:
    """The items of a HAL list page under ``key``, kept as the server sent them."""

    key: str

    def records_of(self, body: Mapping[str, Any], *, source: str) -> list[Any]:
        if not isinstance(body, Mapping):
            raise ResponseDecodeError("expected a JSON object", endpoint=source, path="$")
        items = body.get(self.key)
        if items is None:
            return []
        if type(items) is not list:
            raise ResponseDecodeError("expected an array of items", endpoint=source, path=self.key)
        return items

    def test_of(self, body: Mapping[str, Any], *, source: str) -> Mapping[str, Any] | None:
        return None

    def structure(self, items: Sequence[Any], *, source: str, offset: int = 0) -> Sequence[Any]:
        return items


def paginate(
    client: ClientCalls,
    path: str,
    *,
    items: str,
    params: Mapping[str, Any] | None,
    account_group_id: int | str | None,
    priority: Priority | None,
    timeout: Any,
    prefetch: bool,
) -> RecordStream[dict[str, Any]]:
    if not isinstance(path, str) or not path.strip("/"):
        raise ValueError("path must be a non-empty path below the version root, like 'dashboards'")
    if "://" in path or "?" in path:
        raise ValueError("path is relative to the version root, without a query: use params=")
    if not isinstance(items, str) or not items:
        raise ValueError("items must name the array of each page, like items='dashboards'")
    path = path.strip("/")
    query = client.with_aid(dict(params or {}), account_group_id)
    return RecordStream(
        page_fetcher(
            client,
            path,
            params=query,
            priority=client.priority if priority is None else Priority(priority),
            link=LINKS_NEXT,
            timeout=call_timeout(timeout),
        ),
        _Items(items),
        source=f"GET /{client.api_version}/{path}",
        raw=True,
        prefetch=require_bool("prefetch", prefetch),
        link=LINKS_NEXT,
    )
