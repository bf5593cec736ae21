"""A v7 export cut short after some slices and resumed equals an uninterrupted one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from thousandeyes_async.export import read_export
from thousandeyes_async.export._runner import TEST_EXIT_AFTER_SLICES_ENV, TEST_EXIT_STATUS

#: Subprocesses on the wall clock: ``-m "not realtime"`` leaves them out.
pytestmark = pytest.mark.realtime


def _past_range(minutes: int) -> tuple[str, ...]:
    """``--from``/``--to`` of the last whole ``minutes`` before now: the sandbox runs at the wall
    clock, so a ``--window`` would end at another instant in each run of the same plan."""
    end = int(datetime.now(UTC).timestamp()) // (minutes * 60) * minutes * 60
    start = end - minutes * 60
    return tuple(
        part
        for flag, epoch in (("--from", start), ("--to", end))
        for part in (flag, datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    )


PLAN = [
    *("--sandbox", "--test", "1001", "--test", "1009"),
    *("--data", "network,dns-server,path-vis-round", *_past_range(30), "--slice", "10m"),
]
# Three slices of each kind in 35 requests: each run fits in one of the sandbox's
# windows (40 requests per 5 s) instead of waiting for the next.
KINDS = ("network", "dns-server", "path-vis-round")


def _run(out: Path, *args: str, exit_after: int | None = None) -> subprocess.CompletedProcess[str]:
    beside = Path(sys.executable).parent / "thousandeyes-async"
    script = str(beside) if beside.exists() else shutil.which("thousandeyes-async")
    assert script is not None
    env = {
        k: v
        for k, v in os.environ.items()
        if k != TEST_EXIT_AFTER_SLICES_ENV and not k.startswith("THOUSANDEYES_")
    }
    if exit_after is not None:
        env[TEST_EXIT_AFTER_SLICES_ENV] = str(exit_after)
    return subprocess.run(
        [script, "export", *args, "--out", str(out), "--progress", "none"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def _rows(out: Path, kind: str) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True) for row in read_export(out, kind))


def test_a_cut_short_v7_export_resumes_to_the_uninterrupted_output(tmp_path: Path) -> None:
    whole, cut = tmp_path / "whole", tmp_path / "cut"
    assert _run(whole, *PLAN).returncode == 0
    first = _run(cut, *PLAN, exit_after=2)
    assert first.returncode == TEST_EXIT_STATUS, first.stderr
    partial = sum(len(_rows(cut, kind)) for kind in KINDS)
    resumed = _run(cut, "--sandbox", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    total = 0
    for kind in KINDS:
        expected = _rows(whole, kind)
        assert expected, kind
        assert _rows(cut, kind) == expected, kind
        total += len(expected)
    assert 0 < partial < total


def test_a_v6_export_resumes_on_v6_without_naming_the_api(tmp_path: Path) -> None:
    out = tmp_path / "v6"
    plan = ["--api", "v6", "--sandbox", "--test", "1001", "--data", "net.metrics"]
    first = _run(out, *plan, "--window", "3h", "--slice", "1h", exit_after=1)
    assert first.returncode == TEST_EXIT_STATUS, first.stderr
    resumed = _run(out, "--sandbox", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert list(read_export(out, "net.metrics"))
