"""README "Rate limits": its FastAPI example runs as written, against the emulator."""

from __future__ import annotations

import ast
import sys
import types
from collections.abc import Callable
from typing import Any

import anyio
import pytest
import trio.testing

import thousandeyes_async
from thousandeyes_async.testing import RateLimits, ThousandEyesEmulator

from .readme import python_blocks


def _blocks() -> list[str]:
    return python_blocks("Rate limits")


def test_every_example_compiles() -> None:
    blocks = _blocks()
    assert len(blocks) >= 3
    for block in blocks:
        compile(block, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def _fake_fastapi() -> types.ModuleType:
    """Just enough of FastAPI for the example: a lifespan, app.state and @app.get."""

    class FastAPI:
        def __init__(self, lifespan: Callable[[Any], Any]) -> None:
            self.lifespan = lifespan
            self.state = types.SimpleNamespace()
            self.routes: dict[str, Callable[..., Any]] = {}

        def get(self, path: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
            def register(route: Callable[..., Any]) -> Callable[..., Any]:
                self.routes[path] = route
                return route

            return register

    module = types.ModuleType("fastapi")
    module.FastAPI = FastAPI  # type: ignore[attr-defined]
    return module


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


@pytest.mark.anyio
async def test_the_web_request_does_not_queue_behind_the_export(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One request a minute: the export's three streams always have requests queued.
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=1))
    monkeypatch.setitem(sys.modules, "fastapi", _fake_fastapi())
    monkeypatch.setattr(thousandeyes_async, "AsyncThousandEyes", lambda **kw: emulator.client(**kw))
    namespace: dict[str, Any] = {}
    exec(compile(_blocks()[0], "README.md", "exec"), namespace)
    app = namespace["app"]
    async with app.lifespan(app):
        await anyio.sleep(150)  # the export has been running for two windows and a half
        asked = anyio.current_time()
        loss = await app.routes["/tests/{test_id}/loss"](1001)
        answered = anyio.current_time()
        exported = emulator.organization_counters().accepted
    assert isinstance(loss, float)
    # The export keeps its queue full, yet the user's call went out in the next window.
    assert answered - asked <= 61
    assert exported >= 3
    assert emulator.organization_counters().refused == 0
