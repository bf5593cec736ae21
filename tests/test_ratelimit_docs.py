"""README "Rate limits": its FastAPI example runs as written, against the emulator."""

from __future__ import annotations

import ast
from typing import Any

import anyio
import httpx
import pytest
import trio.testing
from asgi_lifespan import LifespanManager

import thousandeyes_async
from thousandeyes_async.testing import ThousandEyesEmulator

from .readme import python_blocks


def _blocks() -> list[str]:
    return python_blocks("Rate limits")


def test_every_example_compiles() -> None:
    blocks = _blocks()
    assert len(blocks) >= 3
    for block in blocks:
        compile(block, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


@pytest.mark.anyio
async def test_the_web_request_is_answered_within_a_second_while_the_export_saturates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Four records a page: the export has thousands of pages to fetch, more than
    # the budget allows, so it keeps the organization's 240 a minute saturated,
    # while a user's call (a round of three agents) is one request.
    emulator = ThousandEyesEmulator(page_size=4, log_limit=None)
    monkeypatch.setattr(
        thousandeyes_async,
        "AsyncThousandEyes",
        lambda **kw: emulator.client(api_version="v7", **kw),
    )
    namespace: dict[str, Any] = {}
    exec(compile(_blocks()[0], "README.md", "exec"), namespace)
    app = namespace["app"]
    waits: list[float] = []
    # httpx.ASGITransport does not run the app's lifespan (where the README's app
    # builds its client and starts the export): LifespanManager does.
    async with (
        LifespanManager(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http,
    ):
        await anyio.sleep(90)  # the export has taken the budget for a window and a half
        for _ in range(30):
            asked = anyio.current_time()
            answer = await http.get("/tests/1001/loss")
            waits.append(anyio.current_time() - asked)
            assert answer.status_code == 200
            assert isinstance(answer.json(), float)
            await anyio.sleep(7.7)  # lands anywhere in the window
        elapsed = anyio.current_time()
    counters = emulator.organization_counters()
    # Every user call was answered within a second, yet the export kept its pace.
    assert max(waits) <= 1.0
    assert counters.refused == 0
    assert counters.accepted >= 0.9 * 240 * elapsed / 60
