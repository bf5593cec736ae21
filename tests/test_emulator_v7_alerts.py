"""v7 alerts and events drawn from the generated network data and the alert rules.

Every answer is checked against the alerts and events documents; the alerts
themselves are checked against the network results the emulator serves.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import trio.testing

from thousandeyes_async.testing import DataSpec, ThousandEyesEmulator

from .emulator_support import http
from .v7_spec_support import operation_id, validate

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator(seed: int = 0) -> ThousandEyesEmulator:
    return ThousandEyesEmulator(data=DataSpec(seed=seed, tests=4, agents=4))


async def _all(client: httpx.AsyncClient, path: str, key: str, **params: str) -> list[Any]:
    """Every item of a paginated list, following ``_links.next``; each page validated.

    The alerts document marks its ``state`` parameter read-only, so openapi-core
    refuses any request that sends it: those are checked for their answer only.
    """
    area = "alerts" if key == "alerts" else "events"
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    body = validate(area, response, request="state" not in params)
    items = list(body[key])
    while "next" in body["_links"]:
        response = await client.get(body["_links"]["next"]["href"])
        body = validate(area, response, request="state" not in response.url.params)
        items += body[key]
    return items


async def _loss(client: httpx.AsyncClient, test_id: str, start: str, end: str) -> dict[Any, Any]:
    response = await client.get(
        f"/v7/test-results/{test_id}/network", params={"startDate": start, "endDate": end}
    )
    results = validate("test-results", response)["results"]
    return {(r["agent"]["agentId"], r["date"]): r["loss"] for r in results}


async def test_alerts_follow_the_loss_of_the_network_rounds() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        active = await _all(client, "/v7/alerts", "alerts", window="1d")
        cleared = await _all(client, "/v7/alerts", "alerts", window="1d", state="clear")
        assert cleared
        assert {a["alertState"] for a in active} <= {"trigger"}
        assert {a["alertState"] for a in cleared} == {"clear"}
        for alert in cleared[:5]:
            test_id = alert["_links"]["test"]["href"].rsplit("/", 1)[1]
            detail = await client.get(f"/v7/alerts/{alert['id']}")
            assert operation_id("alerts", detail.request) == "getAlert"
            got = validate("alerts", detail)
            agent_id = got["details"][0]["id"]
            assert {k: v for k, v in got.items() if k != "details"} == alert
            losses = await _loss(client, test_id, alert["startDate"], alert["endDate"])
            ours = [loss for (agent, _), loss in sorted(losses.items()) if agent == agent_id]
            # Every round of the run crossed the default rule; the round that ended it did not.
            assert all(loss >= 2.5 for loss in ours[:-1])
            assert ours[-1] < 2.5
            assert len(ours) == alert["violationCount"] + 1


async def test_a_new_rule_raises_its_own_alerts_until_deleted() -> None:
    emulator = _emulator()
    test = next(t for t in emulator.dataset.tests() if t.type == "agent-to-server")
    rule = {
        "ruleName": "Any loss",
        "expression": "((loss >= 1%))",
        "alertType": "end-to-end-server",
        "roundsViolatingOutOf": 1,
        "testIds": [str(test.test_id)],
    }
    async with http(emulator) as client:
        before = await _all(client, "/v7/alerts", "alerts", window="12h", state="clear")
        created = validate("alerts", await client.post("/v7/alerts/rules", json=rule))
        ours = [
            a
            for a in await _all(client, "/v7/alerts", "alerts", window="12h", state="clear")
            if a["alertRuleId"] == created["ruleId"]
        ]
        assert ours
        assert all(a["_links"]["test"]["href"].endswith(f"/{test.test_id}") for a in ours)
        await client.delete(f"/v7/alerts/rules/{created['ruleId']}")
        after = await _all(client, "/v7/alerts", "alerts", window="12h", state="clear")
        assert after == before
        gone = await client.get(f"/v7/alerts/{ours[0]['id']}")
        assert gone.status_code == 404
        validate("alerts", gone)


async def test_pages_of_alerts_add_up_to_the_whole_list() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        whole = await _all(client, "/v7/alerts", "alerts", window="1d", state="clear")
        paged = await _all(client, "/v7/alerts", "alerts", window="1d", state="clear", max="3")
        assert len(whole) > 3
        assert paged == whole
        dated = await _all(
            client,
            "/v7/alerts",
            "alerts",
            startDate="2023-12-31T12:00:00Z",
            endDate="2024-01-01T00:00:00Z",
            state="clear",
        )
        assert dated == await _all(client, "/v7/alerts", "alerts", window="12h", state="clear")


async def _alert_ids(seed: int) -> list[str]:
    async with http(_emulator(seed)) as client:
        return [a["id"] for a in await _all(client, "/v7/alerts", "alerts", state="clear")]


async def test_alerts_are_deterministic_under_the_seed() -> None:
    first, again, other = [await _alert_ids(s) for s in (5, 5, 6)]
    assert first
    assert first == again
    assert first != other


async def test_a_suppression_window_marks_its_alerts_suppressed() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        alert = (await _all(client, "/v7/alerts", "alerts", window="1d", state="clear"))[0]
        test_id = alert["_links"]["test"]["href"].rsplit("/", 1)[1]
        assert alert["suppressed"] is False
        window = {
            "name": "Maintenance",
            "startDate": alert["startDate"],
            "duration": 60,
            "testIds": [test_id],
        }
        created = await client.post("/v7/alert-suppression-windows", json=window)
        assert created.status_code == 201
        undated = {"name": "From now on", "duration": 600, "testIds": [test_id]}
        assert (await client.post("/v7/alert-suppression-windows", json=undated)).status_code == 201
        listed = await client.get("/v7/alerts", params={"window": "1d"})
        assert listed.status_code == 200  # a window without a start date starts at creation
        got = validate("alerts", await client.get(f"/v7/alerts/{alert['id']}"))
        assert got["suppressed"] is True


async def test_events_group_the_alerts_of_a_test_and_round() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        events = await _all(client, "/v7/events", "events", window="1d")
        alerts = await _all(client, "/v7/alerts", "alerts", window="1d", state="clear")
        alerts += await _all(client, "/v7/alerts", "alerts", window="1d")
        starts = {(a["_links"]["test"]["href"].rsplit("/", 1)[1], a["startDate"]) for a in alerts}
        assert len(events) == len(starts)
        event = events[0]
        detail = await client.get(f"/v7/events/{event['id']}")
        assert operation_id("events", detail.request) == "getEvent"
        got = validate("events", detail)
        assert got["id"] == event["id"]
        assert got["affectedAgents"]["total"] == len(got["affectedAgents"]["agents"])
        ongoing = await _all(client, "/v7/events", "events", window="1d", ongoing="true")
        assert all(e["state"] == "active" for e in ongoing)
        assert len(ongoing) < len(events)
        paged = await _all(client, "/v7/events", "events", window="1d", max="2")
        assert paged == events


async def test_errors_of_alerts_and_events() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        for path, area in (
            ("/v7/alerts/2f1f3e6a-0000-4000-8000-000000000000", "alerts"),
            ("/v7/events/2f1f3e6a-0000-4000-8000-000000000000", "events"),
        ):
            missing = await client.get(path)
            assert missing.status_code == 404
            validate(area, missing)
        # getAlerts lists no 400: the answer is the problem document the others use.
        for params in ({"state": "maybe"}, {"window": "1d", "startDate": "2024-01-01T00:00:00Z"}):
            bad = await client.get("/v7/alerts", params=params)
            assert bad.status_code == 400
            assert bad.headers["content-type"] == "application/problem+json"
            assert bad.json()["errors"][0]["field"] in ("state", "startDate")
        bad = await client.get("/v7/events", params={"cursor": "nonsense"})
        assert bad.status_code == 400
        validate("events", bad, request=False)
