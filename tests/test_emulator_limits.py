"""The emulator's rate limits, auth and source-IP block, seen through plain httpx."""

from __future__ import annotations

import email.utils

import anyio
import pytest
import trio.testing

from thousandeyes_async.testing import (
    DEFAULT_START_EPOCH,
    EmulatorCredential,
    Fault,
    RateLimits,
    ThousandEyesEmulator,
)

from .emulator_support import BASIC, BEARER, http

pytestmark = pytest.mark.anyio
START = int(DEFAULT_START_EPOCH)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def org_headers(response: object) -> tuple[int, int, int]:
    headers = response.headers  # type: ignore[attr-defined]
    return (
        int(headers["X-Organization-Rate-Limit-Limit"]),
        int(headers["X-Organization-Rate-Limit-Remaining"]),
        int(headers["X-Organization-Rate-Limit-Reset"]),
    )


async def test_headers_count_down_and_reset_is_the_window_end_in_whole_seconds() -> None:

    emulator = ThousandEyesEmulator(
        limits=RateLimits(organization=5), epoch_offset=START - anyio.current_time()
    )
    async with http(emulator) as client:
        await anyio.sleep(0.25)  # the window opens at a fractional second
        first = await client.get("/v6/agents")
        assert first.status_code == 200
        assert org_headers(first) == (5, 4, START + 61)  # ceil(START + 0.25 + 60)
        date = email.utils.parsedate_to_datetime(first.headers["Date"]).timestamp()
        assert date == START  # whole seconds of the emulator clock
        for remaining in (3, 2, 1, 0):
            response = await client.get("/v6/agents")
            assert response.status_code == 200
            assert org_headers(response) == (5, remaining, START + 61)
        refused = await client.get("/v6/agents")
        assert refused.status_code == 429
        assert org_headers(refused) == (5, 0, START + 61)


async def test_window_starts_at_the_first_request_after_the_previous_one_ended() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=2))
    async with http(emulator) as client:
        assert (await client.get("/v6/agents")).status_code == 200  # opens [0, 60)
        await anyio.sleep(59)
        assert (await client.get("/v6/agents")).status_code == 200
        assert (await client.get("/v6/agents")).status_code == 429
        await anyio.sleep(1)  # t=60: the window has ended
        await anyio.sleep(30)  # idle: no window is open until the next request
        reopened = await client.get("/v6/agents")  # t=90 opens [90, 150)
        assert reopened.status_code == 200
        assert org_headers(reopened) == (2, 1, START + 150)
        await anyio.sleep(59.5)
        assert (await client.get("/v6/agents")).status_code == 200
        assert (await client.get("/v6/agents")).status_code == 429
        await anyio.sleep(0.5)
        assert (await client.get("/v6/agents")).status_code == 200


async def test_refused_requests_do_not_spend_the_budget() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=1))
    async with http(emulator) as client:
        assert (await client.get("/v6/agents")).status_code == 200
        for _ in range(10):
            assert (await client.get("/v6/agents")).status_code == 429
        await anyio.sleep(60)
        response = await client.get("/v6/agents")
        assert response.status_code == 200
        assert org_headers(response)[1] == 0
    counters = emulator.organization_counters("default")
    assert (counters.accepted, counters.refused) == (2, 10)


async def test_credentials_of_one_organization_share_its_budget() -> None:
    emulator = ThousandEyesEmulator(
        credentials=[
            EmulatorCredential("alpha", organization="acme"),
            EmulatorCredential("beta", email="b@example.com", organization="acme"),
            EmulatorCredential("gamma", organization="other"),
        ],
        limits=RateLimits(organization=3),
    )
    basic_beta = {
        "Authorization": "Basic " + __import__("base64").b64encode(b"b@example.com:beta").decode()
    }
    async with (
        http(emulator, {"Authorization": "Bearer alpha"}) as alpha,
        http(emulator, basic_beta) as beta,
        http(emulator, {"Authorization": "Bearer gamma"}) as gamma,
    ):
        assert (await alpha.get("/v6/agents")).status_code == 200
        assert (await beta.get("/v6/agents")).status_code == 200
        assert (await alpha.get("/v6/agents")).status_code == 200
        assert (await beta.get("/v6/agents")).status_code == 429
        assert (await gamma.get("/v6/agents")).status_code == 200
    assert emulator.credential_counters("b@example.com").refused == 1
    assert emulator.organization_counters("acme").accepted == 3


async def test_per_organization_limit_override() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(per_organization={"default": 1000}))
    async with http(emulator) as client:
        assert org_headers(await client.get("/v6/agents"))[:2] == (1000, 999)


async def test_instant_tests_take_both_windows() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=10, instant_tests=2))
    body = {"testName": "now", "agents": [{"agentId": 101}], "url": "https://example.com"}
    async with http(emulator) as client:
        first = await client.post("/v6/instant/http-server", json=body)
        assert first.status_code == 201
        assert first.headers["X-Instant-Test-Rate-Limit-Limit"] == "2"
        assert first.headers["X-Instant-Test-Rate-Limit-Remaining"] == "1"
        assert first.headers["X-Instant-Test-Rate-Limit-Reset"] == str(START + 60)
        assert org_headers(first)[1] == 9
        test_id = first.json()["test"][0]["testId"]
        rerun = await client.post(f"/v6/instant/{test_id}/rerun")
        assert rerun.status_code == 200
        refused = await client.post("/v6/instant/http-server", json=body)
        assert refused.status_code == 429
        assert refused.headers["X-Instant-Test-Rate-Limit-Remaining"] == "0"
        plain = await client.get("/v6/agents")  # the organization still has budget
        assert plain.status_code == 200
        assert "X-Instant-Test-Rate-Limit-Limit" not in plain.headers
        assert org_headers(plain)[1] == 7


async def test_snapshots_are_limited_to_five_per_five_minutes() -> None:
    emulator = ThousandEyesEmulator()
    body = {
        "testId": 1001,
        "displayName": "s",
        "from": "2023-12-31T00:00:00",
        "to": "2023-12-31T01:00:00",
        "isPublic": 1,
    }
    async with http(emulator) as client:
        for _ in range(5):
            created = await client.post("/v6/snapshot", json=body)
            assert created.status_code == 201
        assert (await client.post("/v6/snapshot", json=body)).status_code == 429
        await anyio.sleep(299)
        assert (await client.post("/v6/snapshot", json=body)).status_code == 429
        await anyio.sleep(1)
        assert (await client.post("/v6/snapshot", json=body)).status_code == 201


async def test_both_authentications_and_401() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator, BASIC) as basic, http(emulator, BEARER) as bearer:
        assert (await basic.get("/v6/agents")).status_code == 200
        assert (await bearer.get("/v6/agents")).status_code == 200
    for headers in (
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic bm90OnJpZ2h0"},
        {"Authorization": "Basic !!"},
    ):
        async with http(emulator, headers) as client:
            response = await client.get("/v6/agents")
            assert response.status_code == 401
            assert "X-Organization-Rate-Limit-Limit" not in response.headers
    assert emulator.totals.unauthorized == 4
    assert emulator.client_counters("127.0.0.1").unauthorized == 4
    assert all("emulator-token" not in repr(r) for r in emulator.requests)


async def test_source_ip_block_after_120_unauthorized_in_an_hour() -> None:
    emulator = ThousandEyesEmulator()
    async with http(emulator, {"Authorization": "Bearer wrong"}) as bad, http(emulator) as good:
        for _ in range(119):
            assert (await bad.get("/v6/agents")).status_code == 401
        assert (await good.get("/v6/agents")).status_code == 200
        assert (await bad.get("/v6/agents")).status_code == 401  # the 120th
        assert (await bad.get("/v6/agents")).status_code == 429
        assert (await good.get("/v6/agents")).status_code == 429  # the address is blocked
        await anyio.sleep(3600)
        assert (await good.get("/v6/agents")).status_code == 200
    assert emulator.client_counters("127.0.0.1").unauthorized == 120


async def test_limits_can_be_switched_off() -> None:
    emulator = ThousandEyesEmulator(
        limits=RateLimits(enabled=False, organization=1, ip_block=False, ip_block_threshold=1)
    )
    async with http(emulator) as client, http(emulator, {}) as anonymous:
        for _ in range(5):
            response = await client.get("/v6/agents")
            assert response.status_code == 200
            assert "X-Organization-Rate-Limit-Limit" not in response.headers
        for _ in range(3):
            assert (await anonymous.get("/v6/agents")).status_code == 401


async def test_outside_consumer_eats_part_of_the_window() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=100))
    emulator.outside_consumer(30)
    async with http(emulator) as client:
        accepted = 0
        for _ in range(80):
            response = await client.get("/v6/agents")
            if response.status_code == 200:
                accepted += 1
            await anyio.sleep(0.75)  # 80 requests a minute, theirs 30: together over 100
        # Both spread evenly: the window fills after ~54.5 s, ~73 of it ours.
        assert 68 <= accepted <= 77
    assert emulator.organization_state("default").outside_taken >= 25


async def test_consume_spends_the_current_window() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=10))
    async with http(emulator) as client:
        assert emulator.consume(8) == 8
        response = await client.get("/v6/agents")
        assert org_headers(response)[1] == 1
        assert emulator.consume(5) == 1
        assert (await client.get("/v6/agents")).status_code == 429


async def test_consume_after_an_idle_time_leaves_the_outside_consumer_in_its_windows() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=100))
    emulator.outside_consumer(60)  # one request a second
    async with http(emulator) as client:
        assert org_headers(await client.get("/v6/agents")) == (100, 98, START + 60)  # t=0
        await anyio.sleep(100)
        assert emulator.consume(10) == 10
        # Theirs at 60..100 s opened [60, 120) and took 41 of it; then 10, then ours.
        assert org_headers(await client.get("/v6/agents")) == (100, 100 - 41 - 10 - 1, START + 120)


async def test_concurrent_requests_never_overrun_the_window() -> None:
    emulator = ThousandEyesEmulator()
    statuses: list[int] = []

    async def one(client: object) -> None:
        response = await client.get("/v6/agents")  # type: ignore[attr-defined]
        statuses.append(response.status_code)

    async with http(emulator) as client, anyio.create_task_group() as group:
        for _ in range(400):
            group.start_soon(one, client)
    assert statuses.count(200) == 240
    assert statuses.count(429) == 160
    assert emulator.organization_counters().accepted == 240


async def test_outside_consumer_opens_windows_while_we_are_idle() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=100))
    async with http(emulator) as client:
        assert org_headers(await client.get("/v6/agents")) == (100, 99, START + 60)  # t=0
        emulator.outside_consumer(60)  # one request a second from our next request on
        await anyio.sleep(0.5)
        second = await client.get("/v6/agents")  # t=0.5: theirs, then ours
        assert org_headers(second) == (100, 97, START + 60)
        await anyio.sleep(89.75)
        # They sent at 1.5..59.5 s; at 60.5 s they opened [60.5, 120.5) and sent 30 by 89.5 s.
        later = await client.get("/v6/agents")  # t=90.25
        assert org_headers(later) == (100, 100 - 30 - 1, START + 121)
    state = emulator.organization_state("default")
    assert state.outside_taken == 60 + 30
    assert state.outside_refused == 0


async def test_outside_consumers_request_at_a_window_end_opens_the_next_window() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=100))
    emulator.outside_consumer(60)  # one request a second, on whole seconds from t=0
    async with http(emulator) as client:
        assert org_headers(await client.get("/v6/agents")) == (100, 98, START + 60)  # t=0
        await anyio.sleep(60.5)
        # Theirs at 1..59 s filled [0, 60); theirs at 60 s opened [60, 120).
        assert org_headers(await client.get("/v6/agents")) == (100, 98, START + 120)
    assert emulator.organization_state("default").outside_taken == 61


@pytest.mark.parametrize(
    ("per_window", "limit", "idle", "expected"),
    [
        # Seven a window (one every 60/7 s): windows of theirs open at 0, 60, 120...; after
        # a long idle ours at 250.3 s falls in [240, 300) with two of theirs.
        (7, 100, 250.3, (200, 97, 300, 4 * 7 + 2, 0)),
        # 21 a window: [360, 420) holds 15 of theirs by 401.7 s.
        (21, 100, 401.7, (200, 84, 420, 6 * 21 + 15, 0)),
        # ... and over a limit of 10, each window refuses 11 of theirs (12 in the first, which
        # ours shared; 5 so far in the last), then ours.
        (21, 10, 401.7, (429, 0, 420, 9 + 6 * 10, 12 + 5 * 11 + 5)),
    ],
)
async def test_outside_consumer_keeps_its_windows_across_a_long_idle(
    per_window: int, limit: int, idle: float, expected: tuple[int, int, int, int, int]
) -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=limit))
    emulator.outside_consumer(per_window)
    async with http(emulator) as client:
        await client.get("/v6/agents")  # t=0: theirs, then ours
        await anyio.sleep(idle)
        response = await client.get("/v6/agents")
    state = emulator.organization_state("default")
    status, remaining, reset, taken, refused = expected
    assert response.status_code == status
    assert org_headers(response) == (limit, remaining, START + reset)
    assert (state.outside_taken, state.outside_refused) == (taken, refused)


async def test_outside_consumer_over_the_limit_is_refused_too() -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=10))
    emulator.outside_consumer(20)
    async with http(emulator) as client:
        await client.get("/v6/agents")
        await anyio.sleep(59)
        assert (await client.get("/v6/agents")).status_code == 429
        await anyio.sleep(7200)  # a long idle is replayed in bounded work
        late = await client.get("/v6/agents")  # t=7259: theirs filled [7200, 7260) by 7227 s
        assert late.status_code == 429
        assert org_headers(late) == (10, 0, START + 7260)
    state = emulator.organization_state("default")
    assert state.outside_refused > 0
    emulator.outside_consumer(0)
    assert state.outside_period is None


async def test_only_created_snapshots_spend_the_snapshot_limit() -> None:
    emulator = ThousandEyesEmulator()
    body = {"testId": 1001, "displayName": "s", "from": "2023-12-31T00:00:00"}
    async with http(emulator) as client:
        for _ in range(5):  # three hours is not an allowed range: 400, nothing created
            bad = await client.post("/v6/snapshot", json={**body, "to": "2023-12-31T03:00:00"})
            assert bad.status_code == 400
        emulator.faults.script(Fault.server_error(503), path="snapshot")
        failed = await client.post("/v6/snapshot", json={**body, "to": "2023-12-31T01:00:00"})
        assert failed.status_code == 503
        for _ in range(5):
            created = await client.post("/v6/snapshot", json={**body, "to": "2023-12-31T01:00:00"})
            assert created.status_code == 201
        again = await client.post("/v6/snapshot", json={**body, "to": "2023-12-31T01:00:00"})
        assert again.status_code == 429
