from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import trio.testing

from thousandeyes_async import AsyncThousandEyesV6, Priority, ResponseDecodeError
from thousandeyes_async.export import (
    Checkpoint,
    Exporter,
    ExportError,
    ExportPlan,
    TestRef,
    TimeRange,
    make_sink,
    parse_data_kinds,
    read_export,
)
from thousandeyes_async.ratelimit import Permit, RequestInfo, UnlimitedLimiter

from .export_fake import INTERVAL, FakeServer, truth

HOUR = 3600
START = 1_704_067_200  # 2024-01-01T00:00:00Z, a multiple of the interval and the slice


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _plan(
    kinds: str = "net.metrics", tests: tuple[int, ...] = (1, 2), hours: int = 3
) -> ExportPlan:
    return ExportPlan.build(
        [TestRef(t, "http-server") for t in tests],
        parse_data_kinds(kinds),
        TimeRange(START, START + hours * HOUR),
        slice="1h",
    )


def _rows(directory: Path, kind: str = "net.metrics", fmt: str = "jsonl") -> list[dict[str, Any]]:
    return list(read_export(directory, kind, format=fmt))


def _expected(key: str, kind: str, tests: tuple[int, ...], hours: int) -> list[dict[str, Any]]:
    rows = []
    for test_id in tests:
        for record in truth(key, test_id, START, START + hours * HOUR):
            rows.append({"testId": test_id, "dataKind": kind, **record})
    return rows


def _sorted(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True))


@pytest.mark.anyio
async def test_output_is_exactly_the_range_with_boundary_rounds_once(tmp_path: Path) -> None:
    server = FakeServer()
    async with server.client() as client:
        stats = await Exporter(client, _plan(), make_sink("jsonl"), tmp_path).run()
    rows = _rows(tmp_path)
    expected = _expected("metrics", "net.metrics", (1, 2), 3)
    # Each hour query returns 13 rounds (inclusive "to"); the 13th belongs to the next slice.
    assert len(rows) == len(expected) == 2 * 3 * (HOUR // INTERVAL) * 3
    assert _sorted(rows) == _sorted(expected)
    assert stats.records == len(expected)
    assert stats.kinds["net.metrics"].slices_done == 6
    # 13 rounds x 3 agents a slice, 4 records a page: 10 pages for each of 6 slices,
    # after the one listing of tests that reads the server's clock.
    assert stats.kinds["net.metrics"].requests == stats.pages == 60 == len(server.requests) - 1
    assert server.requests[0].url.path == "/v6/tests"
    assert Checkpoint.load(tmp_path / "checkpoint.json").completed(1, "net.metrics").as_list() == [
        [START, START + 3 * HOUR]
    ]


@pytest.mark.anyio
async def test_records_repeated_across_pages_are_written_once(tmp_path: Path) -> None:
    server = FakeServer(page_size=5)
    server.overlap_pages = True
    async with server.client() as client:
        await Exporter(client, _plan(tests=(1,)), make_sink("jsonl"), tmp_path).run()
    assert _sorted(_rows(tmp_path)) == _sorted(_expected("metrics", "net.metrics", (1,), 3))


@pytest.mark.anyio
async def test_detail_kinds_fan_out_from_the_summary_rounds(tmp_path: Path) -> None:
    server = FakeServer()
    async with server.client() as client:
        await Exporter(
            client, _plan("net.path_trace", tests=(1,), hours=1), make_sink("jsonl"), tmp_path
        ).run()
    rows = _rows(tmp_path, "net.path_trace")
    assert _sorted(rows) == _sorted(_expected("trace", "net.path_trace", (1,), 1))
    # Only the detail kind was asked for: the summary is fetched but not written.
    assert not (tmp_path / "net.path_vis.jsonl").exists()


@pytest.mark.anyio
async def test_server_errors_are_retried_and_nothing_is_lost(tmp_path: Path) -> None:
    server = FakeServer()

    def flaky(request: httpx.Request, count: int) -> httpx.Response | None:
        if count % 3 == 0:
            return httpx.Response(503, text="maintenance")
        if count % 7 == 0:
            return httpx.Response(200, text='{"net": {"metr')
        return None

    server.fault = flaky
    # Faults follow the server's request count, which concurrent fetchers share in a
    # random order: one request can be unlucky six times, more than the default retries.
    async with server.client(max_retries=30) as client:
        stats = await Exporter(client, _plan(), make_sink("csv"), tmp_path).run()
    assert _sorted(_rows(tmp_path, fmt="csv")) == _sorted(
        _expected("metrics", "net.metrics", (1, 2), 3)
    )
    assert stats.retries > 0


class _RecordingLimiter(UnlimitedLimiter):
    def __init__(self) -> None:
        self.priorities: list[Priority] = []

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        self.priorities.append(priority)
        return await super().acquire(key, request, priority)


@pytest.mark.anyio
async def test_every_request_asks_the_limiter_at_bulk_priority(tmp_path: Path) -> None:
    limiter = _RecordingLimiter()
    server = FakeServer()
    async with server.client(limiter=limiter) as client:
        await Exporter(client, _plan(tests=(1,)), make_sink("jsonl"), tmp_path).run()
    assert limiter.priorities
    assert set(limiter.priorities) == {Priority.BULK}


@pytest.mark.anyio
async def test_a_failed_export_keeps_finished_slices_and_resumes_only_the_gaps(
    tmp_path: Path,
) -> None:
    server = FakeServer()

    def broken_later(request: httpx.Request, count: int) -> httpx.Response | None:
        if count > 45 and "metrics/2" in request.url.path:
            return httpx.Response(400, json={"error": "nope"})
        return None

    server.fault = broken_later
    async with server.client() as client:
        exporter = Exporter(client, _plan(), make_sink("jsonl"), tmp_path, max_concurrency=2)
        with pytest.raises(Exception, match="400"):
            await exporter.run()
    checkpoint = Checkpoint.load(tmp_path / "checkpoint.json")
    done = {
        (t, lo, hi) for t in (1, 2) for lo, hi in checkpoint.completed(t, "net.metrics").as_list()
    }
    assert done, "slices finished before the failure are checkpointed"
    # The committed file holds exactly the checkpointed slices.
    committed = _rows(tmp_path)
    owned = [
        row
        for row in _expected("metrics", "net.metrics", (1, 2), 3)
        if checkpoint.is_done(row["testId"], "net.metrics", row["roundId"], row["roundId"] + 1)
    ]
    assert _sorted(committed) == _sorted(owned)

    healthy = FakeServer()
    async with healthy.client() as client:
        await Exporter.resuming(client, make_sink("jsonl"), tmp_path).run()
    assert _sorted(_rows(tmp_path)) == _sorted(_expected("metrics", "net.metrics", (1, 2), 3))
    slices_left = 6 - sum(1 for _ in done)
    pages_per_slice = -(-(HOUR // INTERVAL + 1) * 3 // healthy.page_size)
    assert len(healthy.requests) <= slices_left * pages_per_slice


@pytest.mark.anyio
async def test_cancellation_checkpoints_and_resume_completes_exactly(tmp_path: Path) -> None:
    server = FakeServer(page_size=3)
    async with server.client() as client:
        exporter = Exporter(
            client,
            _plan(hours=6),
            make_sink("parquet"),
            tmp_path,
            max_concurrency=2,
            checkpoint_interval=0.001,
        )
        async with anyio.create_task_group() as group:

            async def cancel_when_half_done() -> None:
                while exporter.stats.slices_done < 5:
                    await anyio.lowlevel.checkpoint()
                group.cancel_scope.cancel()

            group.start_soon(cancel_when_half_done)
            await exporter.run()
            group.cancel_scope.cancel()
    partial = _rows(tmp_path, fmt="parquet")
    assert 0 < len(partial) < len(_expected("metrics", "net.metrics", (1, 2), 6))
    async with FakeServer().client() as client:
        await Exporter.resuming(client, make_sink("parquet"), tmp_path).run()
    rows = _rows(tmp_path, fmt="parquet")
    assert _sorted(rows) == _sorted(_expected("metrics", "net.metrics", (1, 2), 6))


@pytest.mark.anyio
async def test_a_new_export_refuses_a_directory_holding_one(tmp_path: Path) -> None:
    async with FakeServer().client() as client:
        await Exporter(client, _plan(tests=(1,), hours=1), make_sink("jsonl"), tmp_path).run()
        with pytest.raises(ExportError, match="already holds an export"):
            Exporter(client, _plan(tests=(1,), hours=1), make_sink("jsonl"), tmp_path).prepare()
        with pytest.raises(ExportError, match="different export"):
            Exporter(
                client, _plan(tests=(2,), hours=1), make_sink("jsonl"), tmp_path, resume=True
            ).prepare()


@pytest.mark.anyio
async def test_a_selection_fetches_the_tests_of_the_account_group() -> None:
    from thousandeyes_async.export import TestSelection

    server = FakeServer()
    async with server.client() as client:
        chosen = await TestSelection(all_tests=True, types=("http-server",)).fetch(
            client, account_group_id=75
        )
    assert [ref.id for ref in chosen] == [1, 2]
    assert server.requests[0].url.path == "/v6/tests"
    assert server.requests[0].url.params["aid"] == "75"


@pytest.mark.anyio
@pytest.mark.parametrize("bad", [{"agentId": 11, "loss": 0.0}, {"agentId": 11, "roundId": "x"}, 7])
async def test_a_record_without_a_round_fails_the_export_instead_of_vanishing(
    tmp_path: Path, bad: Any
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        good = {"agentId": 12, "roundId": START, "loss": 0.0}
        return httpx.Response(200, json={"net": {"metrics": [good, bad]}})

    async with AsyncThousandEyesV6(
        token="fake-token", transport=httpx.MockTransport(handle), base_url="http://fake.test"
    ) as client:
        with pytest.raises(ResponseDecodeError, match=r"net\.metrics"):
            await Exporter(client, _plan(tests=(1,)), make_sink("jsonl"), tmp_path).run()
    # Nothing of the failed slice was checkpointed as done.
    assert Checkpoint.load(tmp_path / "checkpoint.json").completed(1, "net.metrics").as_list() == []


@pytest.mark.anyio
async def test_a_write_that_fails_half_way_is_not_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from thousandeyes_async.export import _sinks

    real_write = _sinks._AppendFile.write
    calls = 0

    def disk_full_on_the_third_write(self: Any, data: bytes) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            real_write(self, data[: len(data) // 2])
            raise OSError(28, "No space left on device")
        real_write(self, data)

    monkeypatch.setattr(_sinks._AppendFile, "write", disk_full_on_the_third_write)
    async with FakeServer().client() as client:
        with pytest.raises(OSError, match="No space left"):
            await Exporter(client, _plan(), make_sink("jsonl"), tmp_path, max_concurrency=1).run()
    monkeypatch.undo()
    # What the checkpoint committed is whole lines of whole slices; resuming completes exactly.
    async with FakeServer().client() as client:
        await Exporter.resuming(client, make_sink("jsonl"), tmp_path).run()
    assert _sorted(_rows(tmp_path)) == _sorted(_expected("metrics", "net.metrics", (1, 2), 3))


@pytest.mark.anyio
async def test_the_checkpoint_follows_its_timer_while_no_other_slice_lands(
    tmp_path: Path,
) -> None:
    server = FakeServer()

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/2"):
            await anyio.sleep(3600)  # test 2's slice lands only an hour later
        return server.handle(request)

    client = AsyncThousandEyesV6(
        token="fake-token",
        transport=httpx.MockTransport(answer),
        base_url="http://fake.test",
        limiter=UnlimitedLimiter(),
    )
    path = tmp_path / "checkpoint.json"
    async with client, anyio.create_task_group() as group:
        exporter = Exporter(
            client, _plan(hours=1), make_sink("jsonl"), tmp_path, checkpoint_interval=2.0
        )
        group.start_soon(exporter.run)
        await anyio.sleep(0.5)  # test 1's slice is written at once, test 2's is not
        assert exporter.stats.slices_done == 1
        assert not Checkpoint.load(path).is_done(1, "net.metrics", START, START + HOUR)
        await anyio.sleep(2.0)
        assert Checkpoint.load(path).is_done(1, "net.metrics", START, START + HOUR)
        assert (tmp_path / "net.metrics.jsonl").stat().st_size > 0
        commits = exporter.stats.commits
        # Nothing new landed: the timer does not rewrite the same checkpoint.
        await anyio.sleep(60)
        assert exporter.stats.commits == commits == 1
        group.cancel_scope.cancel()
