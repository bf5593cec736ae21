"""Fault injection: 5xx, dropped connections, truncated bodies, slow answers, 429 storms."""

from __future__ import annotations

import email.utils
import json

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async.testing import DEFAULT_START_EPOCH, Fault, ThousandEyesEmulator

from .emulator_support import http

pytestmark = pytest.mark.anyio
START = int(DEFAULT_START_EPOCH)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_scripted_server_errors(status: int) -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.server_error(status), times=2)
    async with http(emulator) as client:
        assert [(await client.get("/v6/agents")).status_code for _ in range(3)] == [
            status,
            status,
            200,
        ]
    assert emulator.totals.faults == 2
    assert emulator.totals.accepted == 3  # a failed request still spent the budget
    assert [r.fault for r in emulator.requests] == [f"status {status}"] * 2 + [None]


async def test_fault_matching_by_path_method_and_after() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.server_error(), path="net/metrics/*", method="get", after=1)
    async with http(emulator) as client:
        assert (await client.get("/v6/agents")).status_code == 200
        assert (await client.get("/v6/net/metrics/1001")).status_code == 200  # let through
        assert (await client.get("/v6/agents")).status_code == 200
        assert (await client.get("/v6/net/metrics/1001")).status_code == 503
        assert (await client.get("/v6/net/metrics/1001")).status_code == 200


async def test_dropped_connection_is_a_network_error() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.drop())
    async with http(emulator) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/v6/net/metrics/1001")
        assert (await client.get("/v6/net/metrics/1001")).status_code == 200
    assert emulator.requests[0].fault == "drop"
    assert emulator.requests[0].status == 0


async def test_truncated_body_is_cut_json() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.truncate())
    async with http(emulator) as client:
        response = await client.get("/v6/net/metrics/1001")
        whole = await client.get("/v6/net/metrics/1001")
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert whole.content.startswith(response.content)
    assert len(response.content) < len(whole.content)


async def test_the_log_holds_the_status_actually_sent() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.slow(30))
    emulator.faults.script(Fault.truncate(), path="no/such/*")
    async with http(emulator) as client:
        with anyio.move_on_after(5):  # the caller gives up while the answer is slow
            await client.get("/v6/agents")
        cut = await client.get("/v6/no/such/path")  # a 404 body, cut and sent as a 200
    assert cut.status_code == 200
    assert [(r.fault, r.status) for r in emulator.requests] == [("slow 30s", 0), ("truncate", 200)]


async def test_slow_response_waits_on_the_anyio_clock() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.slow(45))
    async with http(emulator) as client:
        before = anyio.current_time()
        response = await client.get("/v6/agents")
        assert anyio.current_time() - before == pytest.approx(45)
        assert response.status_code == 200
        sent = email.utils.parsedate_to_datetime(response.headers["Date"]).timestamp()
        assert sent == START + 45  # Date is when the answer left
        before = anyio.current_time()
        await client.get("/v6/agents")
        assert anyio.current_time() - before < 1


async def test_storm_answers_429_until_it_ends() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.storm(30)
    async with http(emulator) as client:
        first = await client.get("/v6/agents")
        assert first.status_code == 429
        assert first.headers["X-Organization-Rate-Limit-Reset"] == str(START + 30)
        assert first.headers["X-Organization-Rate-Limit-Limit"] == "240"
        assert first.headers["X-Organization-Rate-Limit-Remaining"] == "0"
        await anyio.sleep(29)
        assert (await client.get("/v6/agents")).status_code == 429
        await anyio.sleep(1)
        ok = await client.get("/v6/agents")
        assert ok.status_code == 200
        assert ok.headers["X-Organization-Rate-Limit-Remaining"] == "239"  # storms cost nothing
    assert emulator.totals.refused == 2
    assert emulator.totals.faults == 2  # told apart from the rate limit's own 429s
    assert [r.fault for r in emulator.requests] == ["storm 429", "storm 429", None]


async def test_storm_for_one_organization_only() -> None:
    from thousandeyes_async.testing import EmulatorCredential

    emulator = ThousandEyesEmulator(
        credentials=[EmulatorCredential("a", organization="a"), EmulatorCredential("b")]
    )
    emulator.faults.storm(10, organization="a")
    async with (
        http(emulator, {"Authorization": "Bearer a"}) as a,
        http(emulator, {"Authorization": "Bearer b"}) as b,
    ):
        assert (await a.get("/v6/agents")).status_code == 429
        assert (await b.get("/v6/agents")).status_code == 200


async def run_random(seed: int) -> list[str]:
    emulator = ThousandEyesEmulator()
    emulator.faults.random(0.3, seed=seed)
    outcomes = []
    async with http(emulator) as client:
        for _ in range(200):
            try:
                response = await client.get("/v6/agents")
            except httpx.RemoteProtocolError:
                outcomes.append("drop")
                continue
            try:
                response.json()
            except json.JSONDecodeError:
                outcomes.append("truncated")
                continue
            outcomes.append(str(response.status_code))
    return outcomes


async def test_random_faults_replay_with_the_same_seed() -> None:
    first, again, other = await run_random(1), await run_random(1), await run_random(2)
    assert first == again
    assert first != other
    faults = [o for o in first if o != "200"]
    assert 30 <= len(faults) <= 90  # about 30% of 200
    assert {"500", "502", "503", "504", "drop", "truncated"} == set(faults)


async def test_clear_removes_rules() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.random(1.0, [Fault.server_error(500)])
    emulator.faults.storm(5)
    emulator.faults.clear()
    async with http(emulator) as client:
        assert (await client.get("/v6/agents")).status_code == 200


def test_fault_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="status"):
        Fault.server_error(404)
    with pytest.raises(ValueError, match="positive"):
        Fault.slow(0)
    emulator = ThousandEyesEmulator()
    with pytest.raises(ValueError, match="probability"):
        emulator.faults.random(0)
    with pytest.raises(ValueError, match="faults must not be empty"):
        emulator.faults.random(0.5, [])  # not silently "every fault"
    with pytest.raises(ValueError, match="times"):
        emulator.faults.script(Fault.drop(), times=0)


async def test_library_client_retries_through_faults() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.server_error(503))
    emulator.faults.script(Fault.drop())
    emulator.faults.script(Fault.truncate())
    async with emulator.client() as te:
        body = await te.request("GET", "agents")
    assert len(body["agents"]) == 10
    assert [r.fault for r in emulator.requests] == ["status 503", "drop", "truncate", None]
