"""What resources and streams may use of a client: a small protocol, not the client.

Resource groups, the typed v7 methods and the page fetcher of ``_pagination``
need the client's pipeline (one request, one page, the account group) and a
few of its settings, nothing else. They hold an object of this protocol, which
each client makes of itself, so they reach no private member of the client and
can be tested with any object that has these few members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

import httpx

if TYPE_CHECKING:
    from .._api_version import ApiVersion
    from ..ratelimit._api import Priority

__all__ = ["ClientCalls"]


class ClientCalls(Protocol):
    """The pipeline of one client, as resources and streams see it."""

    @property
    def api_version(self) -> str:
        """``"v6"``, ``"v7"``...: the version root of every path."""
        ...

    @property
    def version(self) -> ApiVersion:
        """What the version does differently (its next-page link, its errors)."""
        ...

    @property
    def priority(self) -> Priority:
        """The client's default priority, for calls that give none."""
        ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> Any:
        """One request through the pipeline; the decoded JSON body (None when empty)."""
        ...

    async def get_page(
        self,
        path_or_url: str,
        *,
        params: dict[str, Any],
        priority: Priority,
        paginated: bool,
        timeout: httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> Any:
        """GET one page: the first by path, the next ones by the absolute URL of their link."""
        ...

    def with_aid(
        self, params: dict[str, Any] | None, account_group_id: int | str | None
    ) -> dict[str, Any]:
        """``params`` with the account group: the call's, else the client's."""
        ...
