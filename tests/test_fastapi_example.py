"""examples/fastapi_app.py, run in-process against the emulator in virtual time.

The app is driven through ``httpx.ASGITransport`` with its lifespan run by
``asgi_lifespan.LifespanManager`` (the transport does not run it), under trio's
``MockClock``: minutes of rate-limit windows pass in a fraction of a second.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import httpx
import pytest
import trio.testing
from asgi_lifespan import LifespanManager

from thousandeyes_async import AsyncThousandEyes, Priority, RateLimiter
from thousandeyes_async.export import CHECKPOINT_NAME, read_export
from thousandeyes_async.ratelimit import RequestInfo
from thousandeyes_async.ratelimit._api import Permit
from thousandeyes_async.ratelimit._stats import RateLimitStats
from thousandeyes_async.testing import DEFAULT_TOKEN, DataSpec, Fault, ThousandEyesEmulator

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 240
WINDOW = 60.0
#: Test types with network results (a DNS test has none: its route answers 422).
NETWORK_TYPES = ("agent-to-server", "http-server", "page-load")

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


@functools.cache
def example() -> ModuleType:
    """The example module, imported from its file (examples/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "fastapi_app_example", ROOT / "examples" / "fastapi_app.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the models' annotations through it
    spec.loader.exec_module(module)
    return module


class RecordingLimiter:
    """A RateLimiter that records how long each permit was waited for, by priority."""

    def __init__(self) -> None:
        self.inner = RateLimiter()
        self.waits: dict[Priority, list[float]] = {Priority.INTERACTIVE: [], Priority.BULK: []}

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        asked = anyio.current_time()
        permit = await self.inner.acquire(key, request, priority)
        self.waits[Priority(priority)].append(anyio.current_time() - asked)
        return permit

    def stats(self, key: str) -> dict[str, RateLimitStats]:
        return self.inner.stats(key)


@asynccontextmanager
async def running(
    emulator: ThousandEyesEmulator,
    limiter: RecordingLimiter | None = None,
    **settings: Any,
) -> AsyncIterator[tuple[httpx.AsyncClient, Any]]:
    """The example app on ``emulator``, lifespan running; yields an HTTP client and the app."""
    module = example()
    defaults = {"token": DEFAULT_TOKEN, "base_url": emulator.base_url, "organization": "acme"}
    config = module.Settings(**defaults | settings)
    factory = functools.partial(
        AsyncThousandEyes,
        transport=emulator.transport(),
        limiter=limiter if limiter is not None else RateLimiter(),
    )
    app = module.create_app(config, client_factory=factory)
    async with (
        LifespanManager(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http,
    ):
        yield http, app


def _posts(emulator: ThousandEyesEmulator) -> list[str]:
    return [r.path for r in emulator.requests if r.method == "POST"]


def _agents(emulator: ThousandEyesEmulator) -> list[dict[str, str]]:
    return [{"agentId": str(agent.agent_id)} for agent in emulator.dataset.agents[:2]]


async def test_create_list_results_and_instant_routes() -> None:
    emulator = ThousandEyesEmulator(data=DataSpec(agents=4))
    async with running(emulator) as (http, _):
        listed = await http.get("/tests")
        assert listed.status_code == 200
        before = {t["test_id"] for t in listed.json()}
        assert len(before) == len(emulator.dataset.tests())

        body = {
            "testName": "shop",
            "url": "https://shop.example",
            "interval": 300,
            "agents": _agents(emulator),
        }
        created = await http.post("/tests/http-server", json=body)
        assert created.status_code == 201, created.text
        test = created.json()
        assert (test["test_name"], test["type"], test["interval"]) == ("shop", "http-server", 300)

        listed = (await http.get("/tests")).json()
        assert {t["test_id"] for t in listed} == before | {test["test_id"]}

        assert (await http.get(f"/tests/{test['test_id']}/network")).json() == []
        await anyio.sleep(300)  # the test's first round runs
        results = (await http.get(f"/tests/{test['test_id']}/network")).json()
        assert sorted(r["agent"] for r in results) == sorted(
            a.name for a in emulator.dataset.agents[:2]
        )
        assert all(r["round_id"] is not None and r["loss"] is not None for r in results)

        instant = await http.post(
            "/instant/http-server",
            json={"testName": "now", "url": "https://shop.example", "agents": _agents(emulator)},
        )
        assert instant.status_code == 201, instant.text
        assert instant.json()["test_name"] == "now"
    assert _posts(emulator) == ["/v7/tests/http-server", "/v7/tests/http-server/instant"]
    assert emulator.organization_counters().refused == 0


async def test_a_body_the_schema_refuses_is_a_422_and_nothing_is_sent() -> None:
    emulator = ThousandEyesEmulator()
    async with running(emulator) as (http, _):
        missing = await http.post("/tests/http-server", json={"testName": "shop", "interval": 60})
        unknown = await http.post(
            "/instant/http-server",
            json={"testName": "now", "url": "https://a.example", "agents": [], "colour": "red"},
        )
        not_json_object = await http.post("/tests/http-server", json=["shop"])
    assert missing.status_code == 422
    assert "body.url" in missing.json()["detail"]
    assert unknown.status_code == 422
    assert "colour" in unknown.json()["detail"]
    assert not_json_object.status_code == 422
    assert emulator.totals.requests == 0


async def test_an_unknown_test_is_a_404() -> None:
    emulator = ThousandEyesEmulator()
    async with running(emulator) as (http, _):
        answer = await http.get("/tests/999999/network")
    assert answer.status_code == 404
    assert answer.json()["detail"]


async def test_an_agent_the_api_does_not_know_is_a_422_with_its_reason() -> None:
    emulator = ThousandEyesEmulator()
    body = {
        "testName": "shop",
        "url": "https://a.example",
        "interval": 300,
        "agents": [{"agentId": "987654"}],
    }
    async with running(emulator) as (http, _):
        answer = await http.post("/tests/http-server", json=body)
    assert answer.status_code == 422
    assert "987654" in answer.json()["detail"]
    assert _posts(emulator) == ["/v7/tests/http-server"]


async def test_the_api_over_its_limit_is_a_503_with_retry_after() -> None:
    emulator = ThousandEyesEmulator()
    async with running(emulator) as (http, _):
        assert (await http.get("/tests")).status_code == 200
        emulator.faults.storm(120)  # every request 429 for two minutes
        asked = anyio.current_time()
        answer = await http.get("/tests")
        waited = anyio.current_time() - asked
    assert answer.status_code == 503
    assert "rate limit" in answer.json()["detail"]
    retry_after = int(answer.headers["Retry-After"])
    # The limiter holds the bucket until the storm's Reset, two minutes after it began:
    # the caller is told to come back then.
    assert retry_after == pytest.approx(121, abs=1)
    # The pause outlasts the route's deadline: its retry was refused at once instead of
    # waiting for the deadline (or hanging for the storm), and collected no more 429s.
    assert waited == 0
    assert emulator.totals.refused == 1


async def test_calls_during_the_limiters_pause_are_answered_503_at_once() -> None:
    emulator = ThousandEyesEmulator()
    async with running(emulator) as (http, _):
        assert (await http.get("/tests")).status_code == 200
        emulator.faults.storm(120)
        assert (await http.get("/tests")).status_code == 503  # the pause outlasts its deadline
        await anyio.sleep(30)
        asked = anyio.current_time()
        answers = [await http.get("/tests/1001/network"), await http.get("/tests")]
        waited = anyio.current_time() - asked
        sent = emulator.totals.requests
        await anyio.sleep(90)  # the storm is over and the pause with it
        after = await http.get("/tests")
    assert waited == 0
    for answer in answers:
        assert answer.status_code == 503
        assert int(answer.headers["Retry-After"]) == pytest.approx(121 - 30, abs=1)
    assert sent == 2  # nothing more went upstream while the budget was held
    assert after.status_code == 200


async def test_a_refused_credential_is_a_502_that_shows_no_secret(tmp_path: Path) -> None:
    secret = "wrong-token-0123456789abcdef"
    emulator = ThousandEyesEmulator()
    async with running(emulator, token=secret, export_dir=tmp_path / "export") as (http, _):
        answers = [await http.get("/tests") for _ in range(3)]
        export = (await http.get("/export")).json()
    for answer in answers:
        assert answer.status_code == 502
        assert "credential" in answer.json()["detail"]
        assert secret not in answer.text
        assert secret not in str(answer.headers)
    # The export met the 401 too: it stopped, the app went on serving.
    assert export["state"] == "failed"
    # After the first 401 the credential is held back: nothing more reaches the API.
    assert emulator.totals.unauthorized == 1


async def test_no_answer_in_time_is_a_504() -> None:
    emulator = ThousandEyesEmulator()
    emulator.faults.script(Fault.slow(60), times=10)
    async with running(emulator) as (http, _):
        answer = await http.get("/tests")
    assert answer.status_code == 504
    assert "in time" in answer.json()["detail"]


def test_settings_come_from_the_environment() -> None:
    settings = example().Settings.from_env(
        {
            "THOUSANDEYES_TOKEN": "tok-123",
            "THOUSANDEYES_BASE_URL": "http://127.0.0.1:8080",
            "THOUSANDEYES_ORGANIZATION": "acme",
            "THOUSANDEYES_ACCOUNT_GROUP_ID": "1234",
            "THOUSANDEYES_EXPORT_DIR": "out",
        }
    )
    assert (settings.token, settings.base_url, settings.organization) == (
        "tok-123",
        "http://127.0.0.1:8080",
        "acme",
    )
    assert (settings.account_group_id, settings.export_dir) == ("1234", Path("out"))
    assert "tok-123" not in repr(settings)
    unset = example().Settings.from_env({})
    assert (unset.export_dir, unset.organization, unset.token) == (None, None, None)


async def test_an_export_that_cannot_start_leaves_the_app_serving(tmp_path: Path) -> None:
    directory = tmp_path / "export"
    directory.mkdir()
    (directory / "notes.txt").write_text("not an export")
    emulator = ThousandEyesEmulator()
    async with running(emulator, export_dir=directory) as (http, _):
        await anyio.sleep(1)
        status = (await http.get("/export")).json()
        listed = await http.get("/tests")
    assert status["state"] == "failed"
    assert listed.status_code == 200


async def test_users_go_first_while_the_export_saturates_the_budget(tmp_path: Path) -> None:
    # Small pages: the export has thousands of pages to fetch, several windows' worth.
    emulator = ThousandEyesEmulator(page_size=5, log_limit=None)
    limiter = RecordingLimiter()
    statuses: list[int] = []
    export = {"export_dir": tmp_path / "export", "export_window": "2d"}
    async with running(emulator, limiter, **export) as (http, _):
        await anyio.sleep(90)  # the export has had the budget to itself for a window and a half
        interactive_before = len(limiter.waits[Priority.INTERACTIVE])
        test_ids = [str(t.test_id) for t in emulator.dataset.tests() if t.type in NETWORK_TYPES]

        async def user(number: int) -> None:
            await anyio.sleep(number * 1.3)  # users arrive spread out
            for call in range(12):
                if call % 3 == 0:
                    answer = await http.get("/tests")
                else:
                    test_id = test_ids[(number + call) % len(test_ids)]
                    answer = await http.get(f"/tests/{test_id}/network")
                statuses.append(answer.status_code)
                await anyio.sleep(11.3)

        started = anyio.current_time()
        async with anyio.create_task_group() as users:
            for number in range(8):
                users.start_soon(user, number)
        elapsed = anyio.current_time() - started
        status = (await http.get("/export")).json()
    assert status["state"] == "running"  # it was still saturating the budget throughout
    assert statuses == [200] * 8 * 12
    counters = emulator.organization_counters()
    assert counters.refused == 0  # no 429 reached the API
    interactive = limiter.waits[Priority.INTERACTIVE][interactive_before:]
    bulk = limiter.waits[Priority.BULK]
    assert len(interactive) >= 8 * 12
    # Users never queued behind the export: each permit came well within a window,
    # while export requests waited for the next window.
    assert max(interactive) < 0.1 * WINDOW
    assert max(bulk) > 0.5 * WINDOW
    # And the export still had the rest of the budget: it stayed saturated.
    assert counters.accepted >= 0.9 * LIMIT * (90 + elapsed) / WINDOW


async def test_the_export_stops_cleanly_at_shutdown_and_a_restart_resumes_it(
    tmp_path: Path,
) -> None:
    emulator = ThousandEyesEmulator(page_size=5, log_limit=None)
    directory = tmp_path / "export"
    async with running(emulator, export_dir=directory, export_window="12h") as (http, _):
        await anyio.sleep(70)
        first = (await http.get("/export")).json()
    assert first["state"] == "running"
    assert 0 < first["slices_done"] < first["slices_total"]
    assert (directory / CHECKPOINT_NAME).exists()

    async with running(emulator, export_dir=directory) as (http, app):
        for _ in range(100):  # the rest takes a few windows of virtual time
            second = (await http.get("/export")).json()
            if second["state"] not in ("starting", "running"):
                break
            await anyio.sleep(30)
        resumed = app.state.export.exporter.stats.resumed_slices
    assert second["state"] == "done"
    assert second["slices_done"] == second["slices_total"] == first["slices_total"]
    assert resumed >= first["slices_done"]
    rows = list(read_export(directory, "network"))
    keys = [(r["testId"], r["agent"]["agentId"], r["roundId"]) for r in rows]
    assert rows
    assert len(keys) == len(set(keys))  # nothing written twice across the restart
