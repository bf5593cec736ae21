"""``te.instant``: instant tests, counted against the instant-test limit (seed 000)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal, overload

import httpx

from .._options import UNSET
from ..models import structure_instant_test
from ..models.v6 import InstantTest
from ..ratelimit._api import Priority
from ._arguments import path_id, require_bool
from ._group import ResourceGroup

__all__ = ["InstantResource"]

_TEST_TYPE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def agents_body(agents: Any) -> list[Any]:
    """``agents=`` as the API takes it: each plain id becomes ``{"agentId": id}``.

    Objects are sent as given, so an agent's other settings (``sourceIpAddress``...)
    still fit; anything else is refused before the request.
    """
    if isinstance(agents, str | bytes | Mapping) or not isinstance(agents, Iterable):
        raise TypeError(
            f"agents must be a list of agent ids or {{'agentId': ...}} objects, "
            f"not {type(agents).__name__}"
        )
    body: list[Any] = []
    for index, agent in enumerate(agents):
        if isinstance(agent, Mapping):
            body.append(dict(agent))
        elif isinstance(agent, int) and not isinstance(agent, bool):
            body.append({"agentId": path_id(f"agents[{index}]", agent)})
        else:
            raise TypeError(
                f"agents[{index}] must be an agent id (int) or an {{'agentId': ...}} object, "
                f"not {type(agent).__name__}"
            )
    return body


class InstantResource(ResourceGroup):
    """Run a test once, now (``POST instant/{testType}``)."""

    __slots__ = ()

    @overload
    async def run(
        self,
        test_type: str,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[False] = ...,
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
        **settings: Any,
    ) -> InstantTest: ...
    @overload
    async def run(
        self,
        test_type: str,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[True],
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
        **settings: Any,
    ) -> Any: ...
    async def run(
        self,
        test_type: str,
        *,
        account_group_id: int | str | None = None,
        raw: bool = False,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = UNSET,  # noqa: ASYNC109 (a per-call option)
        **settings: Any,
    ) -> InstantTest | Any:
        """Run an instant test of ``test_type`` (``"http-server"``, ``"agent-to-server"``...).

        ``settings`` are the test's fields in the API's own camelCase
        (``url="https://example.com"``), sent as the JSON body; ``agents`` takes
        agent ids (``agents=[12, 13]``) or the API's objects (``[{"agentId": 12}]``).
        Returns the created test as an :class:`InstantTest` (the seeds do not show
        this response; see there), or the decoded JSON with ``raw=True``. The
        request path ``instant/...`` is what puts it in the instant-test bucket of
        the limiter. ``timeout`` replaces the client's for this call.
        """
        if not isinstance(test_type, str) or not _TEST_TYPE.match(test_type):
            raise ValueError(
                f"test_type must be an API test type such as 'http-server' or "
                f"'agent-to-server', got {test_type!r}"
            )
        require_bool("raw", raw)
        if "agents" in settings:
            settings["agents"] = agents_body(settings["agents"])
        path = f"instant/{test_type}"
        body = await self._client.request(
            "POST",
            path,
            json=settings,
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )
        if raw:
            return body
        return structure_instant_test(body, endpoint=f"POST {self._path(path)}")
