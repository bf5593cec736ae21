"""The v7 examples of README "Streaming test data" run as written, against the emulator."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from thousandeyes_async import AsyncThousandEyes, Priority
from thousandeyes_async.testing import DEFAULT_START_EPOCH, DataSpec, ThousandEyesEmulator

from .readme import python_blocks, readme_section

BLOCKS = python_blocks("Streaming test data")
NOW = datetime.fromtimestamp(DEFAULT_START_EPOCH, tz=UTC)


async def _run(source: str, namespace: dict[str, Any]) -> None:
    code = compile(source, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if result is not None:
        await result


def test_the_section_has_the_examples_this_test_runs_and_names_every_method() -> None:
    assert len(BLOCKS) == 3
    section = readme_section("Streaming test data")
    te = AsyncThousandEyes(token="t0ken-for-the-docs")
    methods = [name for name in vars(te.test_results) if not name.startswith("_")]
    assert len(methods) == 20
    assert all(f"`{name}" in section for name in methods)


@pytest.mark.parametrize("anyio_backend", ["trio_mock_clock"], indirect=True)
@pytest.mark.anyio
async def test_the_v7_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    # Test 817 of this organization is an agent-to-server test, as in the examples.
    emulator = ThousandEyesEmulator(data=DataSpec(first_test_id=817))

    def client(*, token: str) -> AsyncThousandEyes:
        return emulator.client(api_version="v7")

    async with emulator.client(api_version="v7") as te:
        for block in BLOCKS:
            await _run(block, {"AsyncThousandEyes": client, "te": te, "Priority": Priority})
    printed = capsys.readouterr().out.splitlines()
    expected = emulator.expected_records(
        "v7/test-results/817/network", start=NOW - timedelta(days=1), end=NOW
    )
    assert printed == [
        f"{r['agent']['agentName']} {r['roundId']} {r['loss']} {r['avgLatency']}" for r in expected
    ]
    paths = [entry.path for entry in emulator.requests]
    rounds = [p for p in paths if "/path-vis/agent/" in p]
    summaries = emulator.expected_records(
        "v7/test-results/817/path-vis", start=NOW - timedelta(hours=1), end=NOW
    )
    assert rounds == [
        f"/v7/test-results/817/path-vis/agent/{s['agent']['agentId']}/round/{s['roundId']}"
        for s in summaries
    ]
