"""Counters, the request log, presets and configuration of the emulator."""

from __future__ import annotations

import httpx
import pytest
import trio.testing

from thousandeyes_async.testing import (
    DEFAULT_START_EPOCH,
    TEST_TYPES,
    DataSpec,
    EmulatorCredential,
    RateLimits,
    ThousandEyesEmulator,
)

from .emulator_support import http

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


async def test_request_log_and_counters_per_client_credential_and_organization() -> None:
    emulator = ThousandEyesEmulator(
        credentials=[
            EmulatorCredential("one", name="alice", organization="acme"),
            EmulatorCredential("two", name="bob", organization="acme"),
        ],
        limits=RateLimits(organization=2),
    )
    alice = httpx.AsyncClient(
        transport=emulator.transport(client_ip="10.0.0.1"),
        base_url=emulator.base_url,
        headers={"Authorization": "Bearer one"},
    )
    bob = httpx.AsyncClient(
        transport=emulator.transport(client_ip="10.0.0.2"),
        base_url=emulator.base_url,
        headers={"Authorization": "Bearer two"},
    )
    async with alice, bob:
        assert (await alice.get("/v6/agents")).status_code == 200
        assert (await bob.get("/v6/tests")).status_code == 200
        assert (await bob.get("/v6/tests")).status_code == 429
        assert (
            await alice.get("/v6/agents", headers={"Authorization": "Bearer x"})
        ).status_code == 401
    assert [(r.method, r.path, r.status, r.client, r.credential) for r in emulator.requests] == [
        ("GET", "/v6/agents", 200, "10.0.0.1", "alice"),
        ("GET", "/v6/tests", 200, "10.0.0.2", "bob"),
        ("GET", "/v6/tests", 429, "10.0.0.2", "bob"),
        ("GET", "/v6/agents", 401, "10.0.0.1", None),
    ]
    assert all(r.time == DEFAULT_START_EPOCH for r in emulator.requests)
    acme = emulator.organization_counters("acme")
    assert (acme.requests, acme.accepted, acme.refused, acme.unauthorized) == (3, 2, 1, 0)
    assert emulator.credential_counters("bob").refused == 1
    assert emulator.client_counters("10.0.0.1").unauthorized == 1
    assert emulator.client_counters("10.0.0.2").requests == 2
    assert emulator.totals.requests == 4


async def test_ip_block_is_per_source_address() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(ip_block_threshold=3))
    bad = httpx.AsyncClient(
        transport=emulator.transport(client_ip="192.0.2.9"),
        base_url=emulator.base_url,
        headers={"Authorization": "Bearer wrong"},
    )
    async with bad, http(emulator) as good:
        assert [(await bad.get("/v6/agents")).status_code for _ in range(4)] == [401] * 3 + [429]
        assert (await good.get("/v6/agents")).status_code == 200


async def test_log_limit_keeps_the_latest_requests() -> None:
    emulator = ThousandEyesEmulator(log_limit=2)
    async with http(emulator) as client:
        for path in ("/v6/agents", "/v6/tests", "/v6/tests/1001"):
            await client.get(path)
    assert [r.path for r in emulator.requests] == ["/v6/tests", "/v6/tests/1001"]
    assert emulator.totals.requests == 3  # counters are never truncated


async def test_add_credential_at_run_time() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator, {"Authorization": "Bearer late"}) as client:
        assert (await client.get("/v6/agents")).status_code == 401
        emulator.add_credential(EmulatorCredential("late"))
        assert (await client.get("/v6/agents")).status_code == 200


async def test_v5_serves_the_same_shapes() -> None:
    emulator = ThousandEyesEmulator(page_size=2)
    async with http(emulator) as client:
        v5 = (await client.get("/v5/net/metrics/1001", params={"window": "1h"})).json()
        v6 = (await client.get("/v6/net/metrics/1001", params={"window": "1h"})).json()
    assert v5["net"]["metrics"] == v6["net"]["metrics"]
    assert v5["pages"]["next"].startswith(emulator.base_url + "/v5/net/metrics/1001?")


async def test_agent_to_agent_path_trace_direction() -> None:
    emulator = ThousandEyesEmulator()
    test = emulator.dataset.test(1002)
    assert test.type == "agent-to-agent"
    round_id = int(DEFAULT_START_EPOCH) - int(DEFAULT_START_EPOCH) % test.interval
    path = f"/v6/net/path-vis/1002/{test.agent_ids[0]}/{round_id}"
    async with http(emulator) as client:
        default = (await client.get(path)).json()["net"]["pathVis"][0]
        back = (await client.get(path, params={"direction": "FROM_TARGET"})).json()
    assert default["direction"] == "TO_TARGET"
    assert back["net"]["pathVis"][0]["direction"] == "FROM_TARGET"


def test_sandbox_preset_is_a_realistic_organization() -> None:
    emulator = ThousandEyesEmulator.sandbox()
    tests = emulator.dataset.tests()
    assert 20 <= len(tests) <= 50
    assert 10 <= len(emulator.dataset.agents) <= 20
    assert {t.type for t in tests} == {*TEST_TYPES, "api"}  # API tests are v7's alone
    assert {t.interval for t in tests} <= {300, 600, 900}
    assert ThousandEyesEmulator.sandbox(seed=1).dataset.tests() != tests


def test_configuration_is_checked() -> None:
    with pytest.raises(ValueError, match="page_size"):
        ThousandEyesEmulator(page_size=0)
    with pytest.raises(ValueError, match="xml"):
        ThousandEyesEmulator(xml="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one credential"):
        ThousandEyesEmulator(credentials=[])
    with pytest.raises(ValueError, match="organization must be positive"):
        RateLimits(organization=0)
    with pytest.raises(ValueError, match="test_types"):
        DataSpec(test_types=("carrier-pigeon",))
    with pytest.raises(ValueError, match="api_tests"):
        DataSpec(api_tests=-1)
    with pytest.raises(ValueError, match="intervals"):
        DataSpec(intervals=(7,))
    with pytest.raises(ValueError, match="token"):
        EmulatorCredential("")


def test_credentials_never_show_their_token() -> None:
    credential = EmulatorCredential("sup3r-s3cret", email="a@example.com")
    assert "sup3r-s3cret" not in repr(credential)
    bearer = EmulatorCredential("sup3r-s3cret")
    assert "sup3r-s3cret" not in repr(bearer)
    assert bearer.name.startswith("bearer-")
    assert bearer.scheme == "Bearer"
    assert credential.scheme == "Basic"
