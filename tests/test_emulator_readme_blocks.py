"""README "Testing your code with the emulator": its Faults and socket blocks run."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from thousandeyes_async import AsyncThousandEyes
from thousandeyes_async.testing import ThousandEyesEmulator

from .readme import python_blocks

SECTION = "Testing your code with the emulator"


def _block(marker: str) -> str:
    (block,) = [b for b in python_blocks(SECTION) if marker in b]
    return block


async def _run(source: str, namespace: dict[str, Any]) -> None:
    code = compile(source, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if result is not None:
        await result


@pytest.mark.parametrize("anyio_backend", ["trio_mock_clock"], indirect=True)
@pytest.mark.anyio
async def test_the_faults_block_runs_as_written() -> None:
    emulator = ThousandEyesEmulator()
    await _run(_block("emulator.consume(200)"), {"emulator": emulator})
    state = emulator.organization_state("default")
    assert state.outside_period == 1.0  # 60 requests a 60 s window
    # consume(200) took 200 of the window's 240, the outside consumer its share.
    assert emulator.consume(240) == 240 - 200 - state.outside_taken


@pytest.mark.parametrize("anyio_backend", ["trio_mock_clock"], indirect=True)
@pytest.mark.anyio
async def test_the_faults_blocks_503s_hit_v7_network_results() -> None:
    emulator = ThousandEyesEmulator()
    first_line = _block("emulator.consume(200)").splitlines()[2]
    assert first_line.startswith("emulator.faults.script(Fault.server_error(503)")
    await _run(
        "from thousandeyes_async.testing import Fault\n" + first_line, {"emulator": emulator}
    )
    async with emulator.client(api_version="v7") as te:
        await te.request("GET", "agents")  # not a network path: no fault
        await te.request("GET", "test-results/1001/network", params={"window": "1h"})
    assert [(entry.path, entry.status) for entry in emulator.requests] == [
        ("/v7/agents", 200),
        ("/v7/test-results/1001/network", 503),
        ("/v7/test-results/1001/network", 503),
        ("/v7/test-results/1001/network", 200),
    ]


@pytest.mark.parametrize("anyio_backend", ["asyncio"], indirect=True)
@pytest.mark.anyio
async def test_the_socket_block_serves_v7() -> None:
    emulator = ThousandEyesEmulator()
    source = _block("emulator.serve(")
    assert source.count("...") == 1
    body: dict[str, Any] = {}
    namespace = {"emulator": emulator, "AsyncThousandEyes": AsyncThousandEyes, "body": body}
    await _run(source.replace("...", 'body.update(await te.request("GET", "tests"))'), namespace)
    assert len(body["tests"]) == len(emulator.dataset.tests())
    assert [entry.path for entry in emulator.requests] == ["/v7/tests"]
