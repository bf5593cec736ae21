"""``te.instant``: instant tests, counted against the instant-test limit (seed 000)."""

from __future__ import annotations

import re
from typing import Any

from ..ratelimit._api import Priority
from ._group import ResourceGroup

__all__ = ["InstantResource"]

_TEST_TYPE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class InstantResource(ResourceGroup):
    """Run a test once, now (``POST instant/{testType}``)."""

    __slots__ = ()

    async def run(
        self,
        test_type: str,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        **settings: Any,
    ) -> Any:
        """Run an instant test of ``test_type`` (``"http-server"``, ``"agent-to-server"``...).

        ``settings`` are the test's fields in the API's own camelCase
        (``url="https://example.com"``, ``agents=[{"agentId": 12}]``), sent as the
        JSON body. Returns the server's answer as decoded JSON. The request path
        ``instant/...`` is what puts it in the instant-test bucket of the limiter.
        """
        if not isinstance(test_type, str) or not _TEST_TYPE.match(test_type):
            raise ValueError(
                f"test_type must be an API test type such as 'http-server' or "
                f"'agent-to-server', got {test_type!r}"
            )
        return await self._client.request(
            "POST",
            f"instant/{test_type}",
            json=settings,
            account_group_id=account_group_id,
            priority=priority,
        )
