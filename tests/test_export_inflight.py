"""Slices in flight: Little's law on the organization's budget, within a cap."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import trio.testing
from hypothesis import given
from hypothesis import strategies as st

from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter
from thousandeyes_async.export import (
    Exporter,
    ExportPlan,
    TestRef,
    TimeRange,
    make_sink,
    parse_data_kinds,
)
from thousandeyes_async.export._inflight import FLOOR, SPEND_SHARE, InFlightTarget

from .export_fake import BASE, FakeServer

START = 1_704_067_200


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def test_before_any_answer_it_probes_with_a_few_slices() -> None:
    assert InFlightTarget().target(240, 60.0) == FLOOR
    assert InFlightTarget(cap=2).target(240, 60.0) == 2


@given(
    latency=st.floats(0.001, 30.0),
    limit=st.integers(1, 5000),
    window=st.floats(1.0, 3600.0),
    cap=st.integers(1, 1000),
)
def test_it_fills_the_budget_at_the_observed_latency_within_the_cap(
    latency: float, limit: int, window: float, cap: int
) -> None:
    target = InFlightTarget(cap)
    target.observe(latency)
    slices = target.target(limit, window)
    ceiling = min(cap, limit)
    assert 1 <= slices <= ceiling
    needed = limit / (window * SPEND_SHARE) * latency
    assert slices >= min(ceiling, math.ceil(needed))


def test_slower_answers_keep_more_slices_in_flight() -> None:
    targets = []
    for latency in (0.05, 0.1, 0.5, 1.5):
        target = InFlightTarget()
        target.observe(latency)
        targets.append(target.target(240, 60.0))
    assert targets == sorted(targets)
    assert len(set(targets)) == len(targets)


def test_the_estimate_follows_a_change_and_ignores_nonsense() -> None:
    target = InFlightTarget()
    target.observe(0.1)
    for value in (float("nan"), float("inf"), -1.0):
        target.observe(value)
    assert target.latency == 0.1
    for _ in range(50):
        target.observe(2.0)
    assert target.latency == pytest.approx(2.0, rel=1e-3)


def _slow_client(server: FakeServer, delay: float, peak: list[int]) -> AsyncThousandEyesV6:
    now = [0]

    async def answer(request: httpx.Request) -> httpx.Response:
        now[0] += 1
        peak[0] = max(peak[0], now[0])
        try:
            await anyio.sleep(delay)
        finally:
            now[0] -= 1
        return server.handle(request)

    return AsyncThousandEyesV6(
        token="fake-token",
        transport=httpx.MockTransport(answer),
        base_url=BASE,
        limiter=UnlimitedLimiter(),
    )


def _plan(hours: int) -> ExportPlan:
    return ExportPlan.build(
        [TestRef(1, "http-server"), TestRef(2, "http-server")],
        parse_data_kinds("net.metrics"),
        TimeRange(START, START + hours * 3600),
        slice="1h",
    )


@pytest.mark.anyio
async def test_slow_answers_put_every_slice_the_budget_allows_in_flight(tmp_path: Path) -> None:
    peak = [0]
    server = FakeServer(page_size=100)
    async with _slow_client(server, 2.0, peak) as client:
        stats = await Exporter(client, _plan(24), make_sink("jsonl"), tmp_path).run()
    assert stats.slices_done == 48
    # 2 s answers against 240 a minute: once the first (probing) slices have answered,
    # all the other one-page slices go at once (a fixed 8 before).
    assert peak[0] == 48 - FLOOR


@pytest.mark.anyio
async def test_the_cap_bounds_the_slices_in_flight(tmp_path: Path) -> None:
    peak = [0]
    server = FakeServer(page_size=100)
    async with _slow_client(server, 2.0, peak) as client:
        exporter = Exporter(client, _plan(24), make_sink("jsonl"), tmp_path, max_concurrency=5)
        stats = await exporter.run()
    assert stats.slices_done == 48
    assert peak[0] == 5
