"""What a type checker infers from the public API: checked by ``tests/test_typing.py``."""

from __future__ import annotations

from typing import Any, assert_type

import httpx

from thousandeyes_async import AsyncThousandEyes, AsyncThousandEyesV6, Priority, RecordStream
from thousandeyes_async.models.v6 import Agent, InstantTest, NetMetric, Test
from thousandeyes_async.models.v7.test_results import NetworkTestResult
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
