"""Resources and streams reach the client only through the small ``ClientCalls`` protocol."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from thousandeyes_async._api_version import V7, ApiVersion
from thousandeyes_async.models.v7.administrative import UserDetail
from thousandeyes_async.ratelimit._api import Priority
from thousandeyes_async.resources import _v7_groups
from thousandeyes_async.resources._protocol import ClientCalls
from thousandeyes_async.resources._test_results import TestResultsResource

PACKAGE = Path(__file__).resolve().parent.parent / "thousandeyes_async"
USERS = {"aid": "1", "uid": "9", "name": "n", "email": "e@x.y"}


def _modules() -> list[Path]:
    return [*sorted((PACKAGE / "resources").glob("*.py")), PACKAGE / "_pagination.py"]


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.name)
def test_no_resource_or_stream_uses_a_private_member_of_the_client(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    private = [
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and isinstance(node.value, ast.Attribute | ast.Name)
        and (node.value.attr if isinstance(node.value, ast.Attribute) else node.value.id)
        in ("client", "_client")
    ]
    assert private == []
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert not imported & {"_client", "_client_v7", "_base_client", "..._client"}


class _Fake:
    """Any object of the protocol: not a client."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str, dict[str, Any] | None]] = []

    @property
    def api_version(self) -> str:
        return "v7"

    @property
    def version(self) -> ApiVersion:
        return V7

    @property
    def priority(self) -> Priority:
        return Priority.BULK

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Any = None,  # noqa: ASYNC109
    ) -> Any:
        self.calls.append((method, path, self.with_aid(params, account_group_id)))
        return self.answer

    async def get_page(
        self,
        path_or_url: str,
        *,
        params: dict[str, Any],
        priority: Priority,
        paginated: bool,
        timeout: Any = None,  # noqa: ASYNC109
    ) -> Any:
        self.calls.append(("GET", path_or_url, params))
        return self.answer

    def with_aid(
        self, params: dict[str, Any] | None, account_group_id: int | str | None
    ) -> dict[str, Any]:
        return {**(params or {}), "aid": account_group_id or "fake"}


@pytest.mark.anyio
async def test_the_groups_run_on_any_object_of_the_protocol() -> None:
    fake = _Fake(USERS)
    calls: ClientCalls = fake
    user = await _v7_groups.UsersGroup(calls).current()
    assert isinstance(user, UserDetail)
    assert user.email == "e@x.y"
    assert fake.calls == [("GET", "users/current", {"aid": "fake"})]
    fake.answer = {"results": [], "_links": {}}
    stream = TestResultsResource(calls).network(5, window="1h", account_group_id=3)
    async with stream:
        assert [r async for r in stream] == []
    assert fake.calls[-1] == ("GET", "test-results/5/network", {"window": "1h", "aid": 3})
