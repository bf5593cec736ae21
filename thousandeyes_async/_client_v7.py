"""``AsyncThousandEyes``: the client of API v7, the API ThousandEyes serves today."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx

from ._api_version import V7
from ._auth import BearerAuth, Credential
from ._base_client import UNSET, BaseClient
from ._pagination import RecordStream
from ._transport import RetryPolicy
from .ratelimit._api import Limiter, Priority
from .resources import _v7_groups as groups
from .resources._paginate import paginate
from .resources._test_results import TestResultsResource

__all__ = ["AsyncThousandEyes"]

_BEARER_ONLY = (
    "API v7 takes a Bearer token (token=, or THOUSANDEYES_TOKEN) and no email: the email "
    "and token pair is v6's Basic authentication (use AsyncThousandEyesV6 for that)"
)


class AsyncThousandEyes(BaseClient):
    """An asyncio (and trio) client for ThousandEyes API v7.

    Use it as ``async with AsyncThousandEyes(token=...) as te:``. The token is an
    OAuth Bearer token, from ``token=`` or the environment variable
    ``THOUSANDEYES_TOKEN``. ``base_url`` (else ``THOUSANDEYES_BASE_URL``) is the API
    root; the client appends ``/v7``.

    Test results stream from ``te.test_results`` (``async with
    te.test_results.network(817, window="1d") as stream:`` then ``async for r in stream``).
    Every other operation of the eight v7 specifications is a typed method of a
    group (``te.tests.http_server.create(body)``, ``te.users.current()``...);
    ``request()`` and ``paginate()`` reach the rest of the API.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        email: str | None = None,
        base_url: str | None = None,
        account_group_id: int | str | None = None,
        organization: str | None = None,
        timeout: float | httpx.Timeout | None = UNSET,
        max_retries: int = UNSET,
        retry_deadline: float = UNSET,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limiter: Limiter | None = None,
        priority: Priority = Priority.INTERACTIVE,
        auth: Credential | None = None,
    ) -> None:
        super().__init__(
            version=V7,
            credential=_bearer(token=token, email=email, auth=auth),
            base_url=base_url,
            account_group_id=account_group_id,
            organization=organization,
            timeout=timeout,
            max_retries=max_retries,
            retry_deadline=retry_deadline,
            retry=retry,
            http_client=http_client,
            transport=transport,
            limiter=limiter,
            priority=priority,
        )
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.test_results = TestResultsResource(self._calls)
        self.tests = groups.TestsGroup(self._calls)
        self.instant = groups.InstantGroup(self._calls)
        self.snapshots = groups.SnapshotsGroup(self._calls)
        self.agents = groups.AgentsGroup(self._calls)
        self.alerts = groups.AlertsGroup(self._calls)
        self.events = groups.EventsGroup(self._calls)
        self.account_groups = groups.AccountGroupsGroup(self._calls)
        self.users = groups.UsersGroup(self._calls)
        self.roles = groups.RolesGroup(self._calls)
        self.permissions = groups.PermissionsGroup(self._calls)
        self.audit_user_events = groups.AuditUserEventsGroup(self._calls)

    def paginate(
        self,
        path: str,
        *,
        items: str,
        params: Mapping[str, Any] | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = UNSET,
        prefetch: bool = True,
    ) -> RecordStream[dict[str, Any]]:
        """Stream the items of any v7 list the typed groups do not cover, as dicts.

        ``te.paginate("dashboards", items="dashboards")`` reads the array ``items``
        of each page and follows ``_links.next`` (its cursor carries the range, so
        ``window``/``startDate``/``endDate`` in ``params`` go with the first page
        only). Limiter, ``priority``, ``account_group_id`` and ``timeout`` are those
        of every stream; ``request()`` is the escape hatch for everything else.
        """
        return paginate(
            self._calls,
            path,
            items=items,
            params=params,
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


def _bearer(
    *,
    token: str | None,
    email: str | None,
    auth: Credential | None,
    environ: Mapping[str, str] | None = None,
) -> Credential:
    """The Bearer credential of a v7 client; a Basic one is refused before anything is sent."""
    if email is not None:
        raise ValueError(f"email= is not accepted: {_BEARER_ONLY}")
    if auth is not None:
        if auth.scheme == "Basic":
            raise ValueError(f"auth= is a Basic credential: {_BEARER_ONLY}")
        return auth
    env = os.environ if environ is None else environ
    token = token if token is not None else env.get("THOUSANDEYES_TOKEN") or None
    if not token:
        raise ValueError(
            "no ThousandEyes credential: pass token= (a Bearer token) or set the "
            "environment variable THOUSANDEYES_TOKEN"
        )
    return BearerAuth(token)
