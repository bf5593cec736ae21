"""``AsyncThousandEyesV6``: the client of API v6 (and v5), with its resource groups."""

from __future__ import annotations

from typing import Final

import httpx

from ._api_version import VERSIONS
from ._auth import Credential, credential_from
from ._base_client import DEFAULT_BASE_URL, UNSET, BaseClient
from ._transport import RetryPolicy
from .ratelimit._api import Limiter, Priority
from .resources import (
    AgentsResource,
    DnsResource,
    InstantResource,
    NetResource,
    SnapshotsResource,
    TestsResource,
    VoiceResource,
    WebResource,
)

__all__ = ["DEFAULT_BASE_URL", "SUPPORTED_API_VERSIONS", "AsyncThousandEyesV6"]

#: The versions this client speaks; v7 is ``AsyncThousandEyes``.
SUPPORTED_API_VERSIONS: Final = ("v5", "v6")


class AsyncThousandEyesV6(BaseClient):
    """An asyncio (and trio) client for ThousandEyes API v6 (or v5).

    Use it as ``async with AsyncThousandEyesV6(token=...) as te:``. Credentials come
    from ``token=`` (Bearer) or ``email=`` and ``token=`` (Basic), else from the
    environment variables ``THOUSANDEYES_TOKEN`` and ``THOUSANDEYES_EMAIL``; the
    API's address from ``base_url=``, else ``THOUSANDEYES_BASE_URL``, so one app
    runs against the emulator, a proxy or a regional host unchanged.

    Test data streams from the resource groups ``te.net``, ``te.web``, ``te.dns``
    and ``te.voice`` (``async with te.net.metrics(817, window="1d") as stream:`` then
    ``async for m in stream``); ``te.tests``, ``te.agents``, ``te.instant`` and
    ``te.snapshots`` cover the calls around them.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        email: str | None = None,
        base_url: str | None = None,
        api_version: str = "v6",
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
        if api_version not in SUPPORTED_API_VERSIONS:
            hint = "; for v7 use AsyncThousandEyes" if api_version == "v7" else ""
            raise ValueError(
                f"api_version must be one of {', '.join(SUPPORTED_API_VERSIONS)}, "
                f"got {api_version!r}{hint}"
            )
        super().__init__(
            version=VERSIONS[api_version],
            credential=auth if auth is not None else credential_from(token=token, email=email),
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
        self.net = NetResource(self._calls)
        self.web = WebResource(self._calls)
        self.dns = DnsResource(self._calls)
        self.voice = VoiceResource(self._calls)
        self.tests = TestsResource(self._calls)
        self.agents = AgentsResource(self._calls)
        self.instant = InstantResource(self._calls)
        self.snapshots = SnapshotsResource(self._calls)
