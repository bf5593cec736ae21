"""``te.tests`` and ``te.agents``: what there is to read data from."""

from __future__ import annotations

import builtins
from typing import Any, Literal, overload

import httpx

from .._errors import ResponseDecodeError
from .._options import UNSET, call_timeout
from ..models import structure_agents, structure_tests
from ..models.v6 import Agent, Test
from ..ratelimit._api import Priority
from ._arguments import path_id, require_bool
from ._group import ResourceGroup

__all__ = ["AgentsResource", "TestsResource"]


def _raw_list(body: Any, key: str, endpoint: str) -> builtins.list[dict[str, Any]]:
    items = body.get(key) if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise ResponseDecodeError(f"expected an array at {key!r}", endpoint=endpoint, path=key)
    return items


class TestsResource(ResourceGroup):
    """The tests of the account group, to find test ids and types."""

    __slots__ = ()
    __test__ = False  # not a pytest test class

    @overload
    async def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[False] = ...,
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> builtins.list[Test]: ...
    @overload
    async def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[True],
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> builtins.list[dict[str, Any]]: ...
    async def list(
        self,
        *,
        account_group_id: int | str | None = None,
        raw: bool = False,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = UNSET,  # noqa: ASYNC109 (a per-call option)
    ) -> builtins.list[Test] | builtins.list[dict[str, Any]]:
        """``GET tests``: every test of the account group.

        ``timeout`` replaces the client's for this call (None: no timeout).
        """
        tests: builtins.list[Test] | builtins.list[dict[str, Any]]
        tests = await self._tests("tests", account_group_id, raw, priority, timeout)
        return tests

    @overload
    async def get(
        self,
        test_id: int,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[False] = ...,
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> Test: ...
    @overload
    async def get(
        self,
        test_id: int,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[True],
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> dict[str, Any]: ...
    async def get(
        self,
        test_id: int,
        *,
        account_group_id: int | str | None = None,
        raw: bool = False,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = UNSET,  # noqa: ASYNC109 (a per-call option)
    ) -> Test | dict[str, Any]:
        """``GET tests/{testId}``: one test's configuration."""
        path = f"tests/{path_id('test_id', test_id)}"
        tests: builtins.list[Test] | builtins.list[dict[str, Any]]
        tests = await self._tests(path, account_group_id, raw, priority, timeout)
        if not tests:
            raise ResponseDecodeError(
                "the response holds no test", endpoint=f"GET {self._path(path)}", path="test"
            )
        return tests[0]

    async def _tests(
        self,
        path: str,
        account_group_id: int | str | None,
        raw: bool,
        priority: Priority | None,
        timeout: float | httpx.Timeout | None,  # noqa: ASYNC109 (a per-call option)
    ) -> Any:
        require_bool("raw", raw)
        params = self._params({}, account_group_id)
        endpoint = f"GET {self._path(path)}"
        body = await self._client.get_page(
            path,
            params=params,
            priority=self._priority(priority),
            paginated=False,
            timeout=call_timeout(timeout),
        )
        if raw:
            return _raw_list(body, "test", endpoint)
        return structure_tests(body, endpoint=endpoint)


class AgentsResource(ResourceGroup):
    """The agents the account group can use."""

    __slots__ = ()

    @overload
    async def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[False] = ...,
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> builtins.list[Agent]: ...
    @overload
    async def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[True],
        priority: Priority | None = ...,
        timeout: float | httpx.Timeout | None = ...,  # noqa: ASYNC109 (a per-call option)
    ) -> builtins.list[dict[str, Any]]: ...
    async def list(
        self,
        *,
        account_group_id: int | str | None = None,
        raw: bool = False,
        priority: Priority | None = None,
        timeout: float | httpx.Timeout | None = UNSET,  # noqa: ASYNC109 (a per-call option)
    ) -> builtins.list[Agent] | builtins.list[dict[str, Any]]:
        """``GET agents``: every agent (cloud and enterprise) of the account group."""
        require_bool("raw", raw)
        params = self._params({}, account_group_id)
        endpoint = f"GET {self._path('agents')}"
        body = await self._client.get_page(
            "agents",
            params=params,
            priority=self._priority(priority),
            paginated=False,
            timeout=call_timeout(timeout),
        )
        if raw:
            return _raw_list(body, "agents", endpoint)
        return structure_agents(body, endpoint=endpoint)
