"""The examples of README "API v6" run as written, against the documented bodies."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from thousandeyes_async import AsyncThousandEyesV6

from .readme import python_blocks

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
V6 = re.escape("https://api.thousandeyes.com/v6")
BLOCKS = python_blocks("API v6")


def fixture(name: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return body


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        # More specific paths first: the first route that matches answers.
        for name, pattern in [
            ("net.path_trace", r"net/path-vis/\d+/\d+/\d+"),
            ("net.path_vis", r"net/path-vis/\d+"),
            ("net.metrics", r"net/metrics/\d+"),
            ("web.http_server", r"web/http-server/\d+"),
        ]:
            mock.get(url__regex=rf"^{V6}/{pattern}(\?.*)?$", name=name).mock(
                return_value=httpx.Response(200, json=fixture(name))
            )
        yield mock


async def run_block(source: str, namespace: dict[str, Any]) -> None:
    code = compile(source, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if result is not None:
        await result


def test_the_page_has_the_examples_this_test_runs() -> None:
    assert len(BLOCKS) == 4


@pytest.mark.asyncio
async def test_the_examples_run(
    router: respx.MockRouter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    async with AsyncThousandEyesV6(token="t0ken-for-the-docs") as te:
        namespace: dict[str, Any] = {
            "AsyncThousandEyesV6": AsyncThousandEyesV6,
            "te": te,
            "start": datetime(2013, 11, 13, tzinfo=UTC),
            "end": datetime(2013, 11, 14, tzinfo=UTC),
        }
        for block in BLOCKS:
            # A block may open (and close) a client of its own as ``te``.
            await run_block(block, dict(namespace))
    assert router.routes["net.metrics"].call_count == 2
    assert router.routes["web.http_server"].call_count == 1
    assert router.routes["net.path_vis"].call_count == 1
    assert router.routes["net.path_trace"].call_count == 1
    exported = [json.loads(line) for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    assert exported == fixture("net.metrics")["net"]["metrics"]
    sent = router.routes["net.metrics"].calls[1].request.url.params
    assert (sent["from"], sent["to"]) == ("2013-11-13T00:00:00", "2013-11-14T00:00:00")
