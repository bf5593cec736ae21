"""README "Expiring tokens": both examples run as written."""

from __future__ import annotations

from typing import Any

import pytest
import respx
import trio.testing

from .readme import python_blocks

SECTION = "Expiring tokens"


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _run(source: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(source, "README.md", "exec"), namespace)
    return namespace


@pytest.mark.anyio
async def test_the_emulator_example_passes() -> None:
    source = python_blocks(SECTION)[0]
    assert "OAuth2ClientCredentials(emulator.token_url" in source
    await _run(source)["test_my_code_outlives_its_tokens"]()


@pytest.mark.anyio
async def test_the_user_written_provider_feeds_the_bearer_header() -> None:
    source = python_blocks(SECTION)[1]
    with respx.mock(assert_all_called=True) as mock:
        vault = mock.get("http://127.0.0.1:8200/v1/thousandeyes/token")
        vault.respond(json={"token": "vault-issued-2b7f", "ttl": 3600})
        api = mock.get("https://api.thousandeyes.com/v7/agents").respond(json={"agents": []})
        te = _run(source)["te"]
        async with te:
            await te.request("GET", "agents")
            await te.request("GET", "agents")
    assert te.limiter_key == "acme"
    assert vault.call_count == 1
    assert api.calls.last.request.headers["Authorization"] == "Bearer vault-issued-2b7f"


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_the_emulator_example_passes_under_asyncio_looptime() -> None:
    await _run(python_blocks(SECTION)[0])["test_my_code_outlives_its_tokens"]()
