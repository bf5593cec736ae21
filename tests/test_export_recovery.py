"""An export killed during its very first checkpoint write starts over, losing and doubling nothing.

The kill is simulated where it matters: the checkpoint's temp file is written
and the rename that would commit it never happens.
"""

from __future__ import annotations

import io
import os
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
    Checkpoint,
    Exporter,
    ExportPlan,
    TestRef,
    TimeRange,
    _checkpoint,
    make_sink,
    parse_data_kinds,
)
from thousandeyes_async.export._command import run_export
from thousandeyes_async.export._recovery import (
    LEFTOVER_NAME,
    clear_unfinished_start,
    unfinished_start,
)
from thousandeyes_async.testing import ThousandEyesEmulator
from thousandeyes_async.testing._emulator import DEFAULT_START_EPOCH


def _past_range(hours: int) -> tuple[str, ...]:
    """``--from``/``--to`` of the last whole ``hours`` before now: the sandbox runs at the wall
    clock, so a ``--window`` would end at another instant in each run of the same plan."""
    end = int(datetime.now(UTC).timestamp()) // 3600 * 3600
    start = end - hours * 3600
    return tuple(
        part
        for flag, epoch in (("--from", start), ("--to", end))
        for part in (flag, datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    )


PLAN = ("--test", "1001", "--data", "net.metrics,web.http_server", *_past_range(6))


class _Killed(BaseException):
    """Stands in for SIGKILL: nothing after it runs."""


def _virtual_time(func: Callable[..., Any], *args: Any) -> Any:
    clock = trio.testing.MockClock(autojump_threshold=0)
    return anyio.run(func, *args, backend="trio", backend_options={"clock": clock})


def _export(out: Path, *args: str) -> tuple[int, str]:
    parsed = build_parser().parse_args(
        ["export", "--api", "v6", "--sandbox", "--progress", "none", "--out", str(out), *args]
    )
    stderr = io.StringIO()
    code = run_export(parsed, stdout=io.StringIO(), stderr=stderr, runner=_virtual_time)
    return code, stderr.getvalue()


def _rows(out: Path) -> list[str]:
    return sorted(
        line
        for path in out.glob("*.jsonl")
        for line in path.read_text().splitlines()
        if line.strip()
    )


@pytest.fixture(scope="module")
def ground_truth(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("truth") / "export"
    code, stderr = _export(out, *PLAN)
    assert code == 0, stderr
    rows = _rows(out)
    assert rows
    return rows


def _killed_at_first_checkpoint(
    monkeypatch: pytest.MonkeyPatch, out: Path, *, cut_short: bool
) -> None:
    def kill(source: Any, target: Any) -> None:
        raise _Killed

    with monkeypatch.context() as patch:
        patch.setattr(_checkpoint.os, "replace", kill)
        with pytest.raises(_Killed):
            _export(out, *PLAN)
    assert sorted(path.name for path in out.iterdir()) == [LEFTOVER_NAME]
    if cut_short:
        leftover = out / LEFTOVER_NAME
        leftover.write_bytes(leftover.read_bytes()[:40])


@pytest.mark.parametrize("cut_short", [False, True], ids=["written-whole", "cut-mid-write"])
def test_a_fresh_run_starts_over(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ground_truth: list[str], cut_short: bool
) -> None:
    out = tmp_path / "export"
    _killed_at_first_checkpoint(monkeypatch, out, cut_short=cut_short)
    # Rows written after the (absent) checkpoint would be cut away by a resume.
    (out / "net.metrics.jsonl").write_text('{"uncommitted": 1}\n{"uncomm')
    code, stderr = _export(out, *PLAN)
    assert code == 0, stderr
    assert _rows(out) == ground_truth
    assert not (out / LEFTOVER_NAME).exists()


def test_resume_runs_the_recorded_plan_from_scratch(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ground_truth: list[str]
) -> None:
    out = tmp_path / "export"
    _killed_at_first_checkpoint(monkeypatch, out, cut_short=False)
    code, stderr = _export(out, "--resume")
    assert code == 0, stderr
    assert _rows(out) == ground_truth
    assert Checkpoint.load(out / CHECKPOINT_NAME).completed(1001, "net.metrics").as_list()


def test_resume_after_a_cut_short_first_checkpoint_says_to_start_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ground_truth: list[str]
) -> None:
    out = tmp_path / "export"
    _killed_at_first_checkpoint(monkeypatch, out, cut_short=True)
    code, stderr = _export(out, "--resume")
    assert code == 2
    (line,) = stderr.strip().splitlines()
    assert "stopped before its first checkpoint" in line
    assert "without --resume" in line
    assert list(out.iterdir()) == []
    code, stderr = _export(out, *PLAN)
    assert code == 0, stderr
    assert _rows(out) == ground_truth


def test_a_leftover_beside_other_files_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / LEFTOVER_NAME).write_text("{")
    (tmp_path / "net.metrics.jsonl").write_text("{}\n")
    (tmp_path / "notes.txt").write_text("mine")
    assert not unfinished_start(tmp_path)
    code, stderr = _export(tmp_path, *PLAN)
    assert code == 2
    assert "is not empty" in stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        LEFTOVER_NAME,
        "net.metrics.jsonl",
        "notes.txt",
    ]


def test_clearing_removes_only_what_an_export_writes(tmp_path: Path) -> None:
    (tmp_path / LEFTOVER_NAME).write_text("{")
    (tmp_path / "net.metrics.csv.gz").write_bytes(b"\x1f\x8b")
    parts = tmp_path / "web.http_server"
    parts.mkdir()
    (parts / "part-00000.parquet.tmp").write_bytes(b"PAR1")
    assert unfinished_start(tmp_path)
    assert clear_unfinished_start(tmp_path) is None  # the plan was lost in the cut
    assert list(tmp_path.iterdir()) == []
    # A folder that is not a kind's, or a committed checkpoint, is never taken for one.
    (tmp_path / LEFTOVER_NAME).write_text("{")
    (tmp_path / "photos").mkdir()
    assert not unfinished_start(tmp_path)
    (tmp_path / "photos").rmdir()
    (tmp_path / CHECKPOINT_NAME).write_text("{}")
    assert not unfinished_start(tmp_path)
    assert os.path.exists(tmp_path / LEFTOVER_NAME)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio_mock_clock"], indirect=True)
async def test_exporter_resuming_restarts_an_unfinished_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    emulator = ThousandEyesEmulator.sandbox()
    plan = ExportPlan.build(
        [TestRef(1001)],
        parse_data_kinds("net.metrics"),
        TimeRange(int(DEFAULT_START_EPOCH) - 6 * 3600, int(DEFAULT_START_EPOCH)),
    )
    truth, out = tmp_path / "truth", tmp_path / "export"
    async with emulator.client() as client:
        await Exporter(client, plan, make_sink("jsonl"), truth).run()
        with monkeypatch.context() as patch:
            patch.setattr(_checkpoint.os, "replace", lambda source, target: _raise(_Killed()))
            with pytest.raises(_Killed):
                Exporter(client, plan, make_sink("jsonl"), out).prepare()
        assert unfinished_start(out)
        await Exporter.resuming(client, make_sink("jsonl"), out).run()
    assert _rows(out) == _rows(truth)
    assert _rows(out)


def _raise(error: BaseException) -> None:
    raise error
