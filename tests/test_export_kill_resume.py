"""Kill the exporter at random points, resume, compare with a clean run.

Each killed run is SIGKILLed at a random moment, or, should it get that far, exits
hard right after committing its third slice: every run is cut short, whatever
the machine's speed, and most kills still land at arbitrary points.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from thousandeyes_async.export import read_export
from thousandeyes_async.export._runner import TEST_EXIT_AFTER_SLICES_ENV, TEST_EXIT_STATUS

from . import export_kill_child

ROOT = Path(__file__).resolve().parent.parent
KILLS = 3
#: Slices a killed run may commit at most (the plan has 12: three runs leave work).
SLICES_PER_RUN = 3


#: Subprocesses on the wall clock: ``-m "not realtime"`` leaves them out.
pytestmark = pytest.mark.realtime


def _start(
    out: Path, fmt: str, mode: str, delay: float, exit_after: int | None = None
) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != TEST_EXIT_AFTER_SLICES_ENV}
    if exit_after is not None:
        env[TEST_EXIT_AFTER_SLICES_ENV] = str(exit_after)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.export_kill_child", str(out), fmt, mode, str(delay)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def _finish(process: subprocess.Popen[bytes]) -> None:
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err.decode()


def _rows(out: Path, fmt: str) -> list[str]:
    base, gz = fmt.removesuffix("-gz"), fmt.endswith("-gz")
    rows: list[dict[str, Any]] = []
    for kind in ("net.metrics", "net.path_trace"):
        rows.extend(read_export(out, kind, format=base, gzip=gz))
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


@pytest.mark.parametrize("fmt", ["jsonl-gz", "csv", "parquet"])
def test_killed_and_resumed_export_equals_an_uninterrupted_one(tmp_path: Path, fmt: str) -> None:
    clean = tmp_path / "clean"
    # The uninterrupted reference runs in this process: no need to pay for a start-up.
    anyio.run(export_kill_child.run, str(clean), fmt, "new", 0.0)
    expected = _rows(clean, fmt)
    assert len(expected) == len(set(expected)) > 0

    rng = random.Random(f"kill-resume-{fmt}")
    out = tmp_path / "killed"
    mode = "new"
    endings = []
    for _ in range(KILLS):
        process = _start(out, fmt, mode, 0.02, exit_after=SLICES_PER_RUN)
        # Import takes a good part of a second: kills land before, during and after setup.
        try:
            process.wait(timeout=rng.uniform(0.3, 1.5))
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
        _, err = process.communicate(timeout=60)
        endings.append((process.returncode, err.decode(errors="replace")[-500:]))
        if (out / "checkpoint.json").exists():
            mode = "resume"
        elif out.exists():
            # Killed between creating the folder and the first checkpoint: nothing to keep.
            for entry in out.iterdir():
                entry.unlink()
            out.rmdir()
    # Killed from outside, or cut short by the test-only exit: never finished.
    assert all(code in (-signal.SIGKILL, TEST_EXIT_STATUS) for code, _ in endings), endings
    _finish(_start(out, fmt, mode, 0.0))
    assert _rows(out, fmt) == expected


def test_the_test_only_exit_cuts_a_run_right_after_its_nth_slice(tmp_path: Path) -> None:
    from thousandeyes_async.export import Checkpoint

    from .export_kill_child import PLAN

    out = tmp_path / "cut"
    process = _start(out, "jsonl-gz", "new", 0.0, exit_after=2)
    _, err = process.communicate(timeout=60)
    assert process.returncode == TEST_EXIT_STATUS, err.decode()
    checkpoint = Checkpoint.load(out / "checkpoint.json")
    done = [
        unit
        for unit in PLAN.units()
        if all(checkpoint.is_done(unit.test.id, k.name, unit.start, unit.end) for k in unit.kinds)
    ]
    assert len(done) == 2
