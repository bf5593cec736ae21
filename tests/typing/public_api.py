"""What a type checker infers from the public API: checked by ``tests/test_typing.py``."""

from __future__ import annotations

from typing import Any, assert_type

import httpx

from thousandeyes_async import AsyncThousandEyes, AsyncThousandEyesV6, Priority, RecordStream
from thousandeyes_async.models.v6 import Agent, InstantTest, NetMetric, Test
from thousandeyes_async.models.v7.administrative import UserDetail
from thousandeyes_async.models.v7.agents import (
    CloudAgentDetail,
    EnterpriseAgentClusterDetail,
    EnterpriseAgentDetail,
)
from thousandeyes_async.models.v7.alerts import Alert, State
from thousandeyes_async.models.v7.shared import SimpleTest
from thousandeyes_async.models.v7.test_results import NetworkTestResult
from thousandeyes_async.models.v7.tests import (
    HttpServerTestRequest,
    HttpServerTestResponse,
    TestAgentRequest,
    UnexpandedHttpServerTest,
)
from thousandeyes_async.resources import TestResultsResource


async def v7(te: AsyncThousandEyes) -> None:
    assert_type(await te.request("GET", "tests", timeout=5), Any)
    assert_type(te.test_results.network(1, window="1h"), RecordStream[NetworkTestResult])
    assert_type(
        te.test_results.network(1, window="1h", raw=True, timeout=httpx.Timeout(5.0)),
        RecordStream[dict[str, Any]],
    )
    assert_type(te.with_options(timeout=2, max_retries=0), AsyncThousandEyes)
    assert_type(te.with_options(priority=Priority.BULK).test_results, TestResultsResource)


async def v7_groups(te: AsyncThousandEyes) -> None:
    assert_type(await te.users.current(raw=True), dict[str, Any])
    assert_type(await te.users.current(), UserDetail)
    assert_type(te.tests.list(), RecordStream[SimpleTest])
    assert_type(te.tests.http_server.list(), RecordStream[UnexpandedHttpServerTest])
    assert_type(te.tests.http_server.list(raw=True), RecordStream[dict[str, Any]])
    body = HttpServerTestRequest(
        test_name="shop",
        url="https://shop.example",
        interval=300,
        agents=(TestAgentRequest(agent_id="113"),),
    )
    assert_type(await te.tests.http_server.create(body), HttpServerTestResponse)
    assert_type(
        await te.tests.http_server.update(1, {"interval": 60}, raw=True, timeout=5),
        dict[str, Any],
    )
    assert_type(
        await te.agents.get("7", account_group_id=3, priority=Priority.BULK),
        CloudAgentDetail | EnterpriseAgentDetail | EnterpriseAgentClusterDetail,
    )
    assert_type(te.alerts.list(window="1d", state=State.TRIGGER), RecordStream[Alert])
    assert_type(te.paginate("dashboards", items="dashboards"), RecordStream[dict[str, Any]])


async def v6(te: AsyncThousandEyesV6) -> None:
    assert_type(te.net.metrics(817, window="1d"), RecordStream[NetMetric])
    assert_type(
        te.net.metrics(817, window="1d", raw=True, timeout=None), RecordStream[dict[str, Any]]
    )
    assert_type(await te.tests.list(raw=True), list[dict[str, Any]])
    assert_type(await te.tests.list(), list[Test])
    assert_type(await te.tests.list(raw=True, timeout=5), list[dict[str, Any]])
    assert_type(await te.tests.get(817, timeout=httpx.Timeout(5.0)), Test)
    assert_type(await te.agents.list(timeout=None), list[Agent])
    assert_type(await te.instant.run("http-server", raw=True, timeout=5), Any)
    assert_type(await te.instant.run("http-server", timeout=5), InstantTest)
    assert_type(te.with_options(timeout=None), AsyncThousandEyesV6)
