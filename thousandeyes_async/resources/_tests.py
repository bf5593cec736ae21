"""``te.tests`` and ``te.agents``: what there is to read data from."""

from __future__ import annotations

import builtins
from typing import Any, Literal, overload

from .._errors import ResponseDecodeError
from ..models import Agent, Test, structure_agents, structure_tests
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
    ) -> builtins.list[Test]: ...
    @overload
    async def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[True],
        priority: Priority | None = ...,
    ) -> builtins.list[dict[str, Any]]: ...
    async def list(
        self,
        *,
        account_group_id: int | str | None = None,
        raw: bool = False,
        priority: Priority | None = None,
    ) -> builtins.list[Test] | builtins.list[dict[str, Any]]:
        """``GET tests``: every test of the account group."""
        tests: builtins.list[Test] | builtins.list[dict[str, Any]]
        tests = await self._tests("tests", account_group_id, raw, priority)
        return tests

    @overload
    async def get(
        self,
        test_id: int,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[False] = ...,
        priority: Priority | None = ...,
    ) -> Test: ...
    @overload
    async def get(
        self,
        test_id: int,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[True],
        priority: Priority | None = ...,
    ) -> dict[str, Any]: ...
    async def get(
        self,
        test_id: int,
        *,
        account_group_id: int | str | None = None,
        raw: bool = False,
        priority: Priority | None = None,
    ) -> Test | dict[str, Any]:
        """``GET tests/{testId}``: one test's configuration."""
        path = f"tests/{path_id('test_id', test_id)}"
        tests: builtins.list[Test] | builtins.list[dict[str, Any]]
        tests = await self._tests(path, account_group_id, raw, priority)
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
    ) -> Any:
        require_bool("raw", raw)
        params = self._params({}, account_group_id)
        endpoint = f"GET {self._path(path)}"
        body = await self._client.get_page(
            path, params=params, priority=self._priority(priority), paginated=False
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
    ) -> builtins.list[Agent]: ...
    @overload
    async def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        raw: Literal[True],
        priority: Priority | None = ...,
    ) -> builtins.list[dict[str, Any]]: ...
    async def list(
        self,
        *,
        account_group_id: int | str | None = None,
        raw: bool = False,
        priority: Priority | None = None,
    ) -> builtins.list[Agent] | builtins.list[dict[str, Any]]:
        """``GET agents``: every agent (cloud and enterprise) of the account group."""
        require_bool("raw", raw)
        params = self._params({}, account_group_id)
        endpoint = f"GET {self._path('agents')}"
        body = await self._client.get_page(
            "agents", params=params, priority=self._priority(priority), paginated=False
        )
        if raw:
            return _raw_list(body, "agents", endpoint)
        return structure_agents(body, endpoint=endpoint)
