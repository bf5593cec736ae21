"""README "Tests, agents, alerts and administration (v7)": its examples run as written."""

from __future__ import annotations

import ast
import json
import re
from typing import Any

import pytest
import respx

from thousandeyes_async import AsyncThousandEyes
from thousandeyes_async.models.v7.operations import OPERATIONS_BY_ID
from thousandeyes_async.ratelimit import UnlimitedLimiter
from thousandeyes_async.resources._v7_methods import METHODS
from thousandeyes_async.testing import TEST_TYPES, DataSpec, ThousandEyesEmulator

from .conftest import BASE, SECRET
from .readme import python_blocks, readme_section
from .v7_minimal import minimal

TITLE = "Tests, agents, alerts and administration (v7)"
BLOCKS = python_blocks(TITLE)

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.parametrize("anyio_backend", ["trio_mock_clock"], indirect=True),
]


async def _run(source: str, namespace: dict[str, Any]) -> None:
    code = compile(source, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if result is not None:
        await result


async def test_the_section_names_every_group_and_method_of_the_table() -> None:
    assert len(BLOCKS) == 3
    section = readme_section(TITLE)
    assert "151" in section
    for group, method in set(METHODS.values()):
        if group == "test_results":
            continue
        top = group.split(".")[0]
        assert f"`te.{top}" in section, group
        if not group.startswith("tests.") and group != "instant":
            assert re.search(rf"[`./]{method}[`(/]", section), (group, method)


async def test_listing_and_getting_tests_runs_against_the_emulator(
    capsys: pytest.CaptureFixture[str],
) -> None:
    emulator = ThousandEyesEmulator(data=DataSpec(tests=len(TEST_TYPES), test_types=TEST_TYPES))
    async with emulator.client(api_version="v7") as te:
        namespace: dict[str, Any] = {"te": te}
        await _run(BLOCKS[0], namespace)
        listed = te.tests.list(raw=True)
        async with listed:
            tests = [t async for t in listed]
        by_type = te.tests.http_server.list(raw=True)
        async with by_type:
            http = [t async for t in by_type]
    assert len(http) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        *(f"{t['testId']} {t['type']} {t['testName']}" for t in tests),
        f"{http[0]['testName']} {http[0]['url']}",
    ]
    assert namespace["test"].test_id == http[0]["testId"]
    gets = [r for r in emulator.requests if r.path == f"/v7/tests/http-server/{http[0]['testId']}"]
    assert len(gets) == 1


async def test_request_bodies_and_the_escape_hatches_run_against_respx(
    capsys: pytest.CaptureFixture[str],
) -> None:
    created = {**minimal(OPERATIONS_BY_ID["create_http_server_test"].response), "testId": "281"}
    dashboards = [{"title": "NOC"}, {"title": "Shop"}]
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        create = mock.post("/v7/tests/http-server").respond(201, json=created)
        mock.get("/v7/dashboards").respond(200, json={"dashboards": dashboards, "_links": {}})
        tags = mock.get("/v7/tags").respond(200, json={"tags": []})
        async with AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter()) as te:
            namespace: dict[str, Any] = {"te": te}
            await _run(BLOCKS[1], namespace)
            await _run(BLOCKS[2], namespace)
    assert [json.loads(c.request.content) for c in create.calls] == [
        {
            "testName": "shop",
            "url": "https://shop.example",
            "interval": 300,
            "agents": [{"agentId": "113"}],
        }
    ]
    assert capsys.readouterr().out.splitlines() == [
        "281",
        "missing required field body.url, body.agents of HttpServerTestRequest",
        "NOC",
        "Shop",
    ]
    assert tags.calls[0].request.url.params["expand"] == "assignments"
    assert namespace["tags"] == {"tags": []}
