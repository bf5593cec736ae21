"""A range past the server's now is clipped and said; one wholly after it is refused.

On v7 and v6, through the Python API and the command, against the emulator in
virtual time: the emulator's now is its fixed epoch (2024-01-01T00:00:00Z) plus
the few virtual seconds the run takes.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import pytest
import trio.testing

from thousandeyes_async.cli import build_parser
from thousandeyes_async.export import (
    CHECKPOINT_NAME,
    DATA_KINDS,
    V7_DATA_KINDS,
    Checkpoint,
    Exporter,
    ExportPlan,
    RangeAfterNowError,
    TimeRange,
    _command,
    make_sink,
    parse_data_kinds,
    parse_v7_data_kinds,
    read_export,
)
from thousandeyes_async.export._command import run_export
from thousandeyes_async.export._progress import summary_lines
from thousandeyes_async.testing import DEFAULT_START_EPOCH, ThousandEyesEmulator

NOW = int(DEFAULT_START_EPOCH)
HOUR = 3600
TEST_ID = 1001  # agent-to-server in the default organization
KIND = {"v6": "net.metrics", "v7": "network"}
APIS = pytest.mark.parametrize("api", ["v7", "v6"])


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _truth(api: str, start: int, end: int) -> list[str]:
    kind = KIND[api]
    emulator = ThousandEyesEmulator()
    if api == "v7":
        path = "v7/" + V7_DATA_KINDS[kind].path.format(testId=TEST_ID)
        records = emulator.expected_records(path, start=start, end=end)
    else:
        spec = DATA_KINDS[kind]
        path = spec.path.format(test_id=TEST_ID)
        records = emulator.expected_records(path, start=start, end=end, **spec.query_params())
    rows = [
        {"testId": TEST_ID, "dataKind": kind, **record}
        for record in records
        if start <= record["roundId"] < end
    ]
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def _written(out: Path, api: str) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True) for row in read_export(out, KIND[api]))


def _plan(api: str, time_range: TimeRange) -> ExportPlan:
    parse = parse_v7_data_kinds if api == "v7" else parse_data_kinds
    return ExportPlan.build([TEST_ID], parse(KIND[api]), time_range, slice="30m")


def _paths(emulator: ThousandEyesEmulator) -> list[str]:
    return [record.path for record in emulator.requests]


# -- the Python API -------------------------------------------------------------------


@pytest.mark.anyio
@APIS
async def test_an_export_past_the_servers_now_is_clipped_to_it_and_says_so(
    tmp_path: Path, api: str
) -> None:
    emulator = ThousandEyesEmulator()
    plan = _plan(api, TimeRange(NOW - HOUR, NOW + HOUR))
    async with emulator.client(api_version=api) as client:  # type: ignore[call-overload]
        exporter = Exporter(client, plan, make_sink("jsonl"), tmp_path)
        stats = await exporter.run()
    clipped = stats.clipped_to
    assert clipped is not None
    assert NOW <= clipped < NOW + 60  # the server's now: its epoch plus a few virtual seconds
    assert exporter.plan.time_range == TimeRange(NOW - HOUR, clipped)
    expected = _truth(api, NOW - HOUR, clipped)
    assert expected
    assert _written(tmp_path, api) == expected
    assert f"range clipped to {_iso(clipped)}Z (server time)" in summary_lines(stats)


@pytest.mark.anyio
async def test_a_prepared_export_records_its_clipped_range_and_resumes(tmp_path: Path) -> None:
    emulator = ThousandEyesEmulator()
    plan = _plan("v7", TimeRange(NOW - HOUR, NOW + HOUR))
    async with emulator.client(api_version="v7") as client:
        exporter = Exporter(client, plan, make_sink("jsonl"), tmp_path)
        exporter.prepare()  # before the server's clock is known
        stats = await exporter.run()
        assert stats.clipped_to is not None
        recorded = Checkpoint.load(tmp_path / CHECKPOINT_NAME).plan
        assert (recorded["start"], recorded["end"]) == (NOW - HOUR, stats.clipped_to)
        again = await Exporter.resuming(client, make_sink("jsonl"), tmp_path).run()
    assert again.slices_done == again.slices_total == again.resumed_slices
    assert _written(tmp_path, "v7") == _truth("v7", NOW - HOUR, stats.clipped_to)


@pytest.mark.anyio
@APIS
async def test_an_export_within_the_servers_now_is_not_clipped(tmp_path: Path, api: str) -> None:
    emulator = ThousandEyesEmulator()
    plan = _plan(api, TimeRange(NOW - HOUR, NOW))
    async with emulator.client(api_version=api) as client:  # type: ignore[call-overload]
        stats = await Exporter(client, plan, make_sink("jsonl"), tmp_path).run()
    assert stats.clipped_to is None
    assert not any("clipped" in line for line in summary_lines(stats))
    assert _written(tmp_path, api) == _truth(api, NOW - HOUR, NOW)


@pytest.mark.anyio
@APIS
async def test_an_export_wholly_after_the_servers_now_is_refused_before_anything(
    tmp_path: Path, api: str
) -> None:
    emulator = ThousandEyesEmulator()
    out = tmp_path / "out"
    plan = _plan(api, TimeRange(NOW + HOUR, NOW + 2 * HOUR))
    async with emulator.client(api_version=api) as client:  # type: ignore[call-overload]
        with pytest.raises(RangeAfterNowError, match="not before the server's now"):
            await Exporter(client, plan, make_sink("jsonl"), out).run()
    assert not out.exists()
    # Only what it took to read the server's clock.
    assert _paths(emulator) == [f"/{api}/tests"]


# -- the command ----------------------------------------------------------------------


def _virtual_time(func: Callable[..., Any], *args: Any) -> Any:
    clock = trio.testing.MockClock(autojump_threshold=0)
    return anyio.run(func, *args, backend="trio", backend_options={"clock": clock})


def _export(
    monkeypatch: pytest.MonkeyPatch, emulator: ThousandEyesEmulator, api: str, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("THOUSANDEYES_TOKEN", "not-a-real-token-5150")
    monkeypatch.setattr(
        _command,
        "_client",
        lambda options: emulator.client(api_version=api),  # type: ignore[call-overload]
    )
    parsed = build_parser().parse_args(
        [
            *("export", "--api", api, "--test", str(TEST_ID), "--data", KIND[api]),
            *("--progress", "none", *args),
        ]
    )
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_export(parsed, stdout=stdout, stderr=stderr, runner=_virtual_time)
    return code, stdout.getvalue(), stderr.getvalue()


@APIS
def test_the_command_clips_a_range_past_the_servers_now_and_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, api: str
) -> None:
    emulator = ThousandEyesEmulator()
    out = tmp_path / "out"
    code, stdout, stderr = _export(
        monkeypatch,
        emulator,
        api,
        *("--from", _iso(NOW - HOUR), "--to", _iso(NOW + HOUR), "--out", str(out)),
    )
    assert code == 0, stderr
    (note,) = [line for line in stdout.splitlines() if "clipped" in line]
    clipped = int(
        datetime.strptime(note.split()[3], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
    )
    assert note == f"range clipped to {_iso(clipped)}Z (server time)"
    assert NOW <= clipped < NOW + 60
    expected = _truth(api, NOW - HOUR, clipped)
    assert expected
    assert _written(out, api) == expected
    assert f"wrote {len(expected)} records" in stdout


@APIS
@pytest.mark.parametrize("to", [[], ["--to", _iso(NOW + 2 * HOUR)]], ids=["open", "closed"])
def test_the_command_refuses_a_range_wholly_after_the_servers_now(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, api: str, to: list[str]
) -> None:
    emulator = ThousandEyesEmulator()
    out = tmp_path / "out"
    code, stdout, stderr = _export(
        monkeypatch, emulator, api, "--from", _iso(NOW + HOUR), *to, "--out", str(out)
    )
    assert code == 2
    (line,) = stderr.strip().splitlines()
    assert line.startswith("thousandeyes-async export: error: the time range starts at ")
    assert "not before the server's now (2024-01-01T00:00:" in line
    assert "wrote" not in stdout
    assert not out.exists()
    # Only the listing of tests, which also told the server's clock.
    assert _paths(emulator) == [f"/{api}/tests"]
