"""``instant.run(agents=...)`` takes plain agent ids as well as the API's objects."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx

from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter
from thousandeyes_async.testing import ThousandEyesEmulator

from .conftest import SECRET

V6 = "https://api.thousandeyes.com/v6"
CREATED = {"test": [{"testId": 9001, "type": "agent-to-server"}]}


@pytest.mark.asyncio
@respx.mock
async def test_plain_ids_become_agent_objects_and_objects_pass_as_given() -> None:
    route = respx.post(f"{V6}/instant/agent-to-server").respond(201, json=CREATED)
    async with AsyncThousandEyesV6(token=SECRET, limiter=UnlimitedLimiter()) as te:
        await te.instant.run(
            "agent-to-server",
            server="example.com",
            agents=(12, {"agentId": 13, "sourceIpAddress": "10.0.0.1"}),
        )
    assert json.loads(route.calls[0].request.content) == {
        "server": "example.com",
        "agents": [{"agentId": 12}, {"agentId": 13, "sourceIpAddress": "10.0.0.1"}],
    }


@pytest.mark.asyncio
@respx.mock
@pytest.mark.parametrize(
    ("agents", "error", "message"),
    [
        (12, TypeError, "agents must be a list"),
        ("12", TypeError, "agents must be a list"),
        ({"agentId": 12}, TypeError, "agents must be a list"),
        (["12"], TypeError, r"agents\[0\] must be an agent id"),
        ([12, True], TypeError, r"agents\[1\] must be an agent id"),
        ([0], ValueError, r"agents\[0\] must be positive"),
    ],
)
async def test_anything_else_is_refused_before_the_request(
    agents: Any, error: type[Exception], message: str
) -> None:
    route = respx.post(f"{V6}/instant/agent-to-server").respond(201, json=CREATED)
    async with AsyncThousandEyesV6(token=SECRET, limiter=UnlimitedLimiter()) as te:
        with pytest.raises(error, match=message):
            await te.instant.run("agent-to-server", server="example.com", agents=agents)
    assert not route.called


@pytest.mark.asyncio
async def test_the_emulator_runs_an_instant_test_on_agents_given_by_id() -> None:
    emulator = ThousandEyesEmulator()
    agent_id = emulator.dataset.agents[0].agent_id
    async with emulator.client() as te:
        created = await te.instant.run(
            "http-server", testName="now", url="https://example.com", agents=[agent_id]
        )
    assert [agent["agentId"] for agent in created.extra["agents"]] == [agent_id]
