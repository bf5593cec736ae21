"""Kill the exporter with SIGKILL at random points, resume, compare with a clean run."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from thousandeyes_async.export import read_export

ROOT = Path(__file__).resolve().parent.parent
KILLS = 3


def _start(out: Path, fmt: str, mode: str, delay: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.export_kill_child", str(out), fmt, mode, str(delay)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
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
    _finish(_start(clean, fmt, "new", 0.0))
    expected = _rows(clean, fmt)
    assert len(expected) == len(set(expected)) > 0

    rng = random.Random(f"kill-resume-{fmt}")
    out = tmp_path / "killed"
    mode = "new"
    kills = 0
    for _ in range(KILLS):
        process = _start(out, fmt, mode, 0.02)
        # Import takes a good part of a second: kills land before, during and after setup.
        time.sleep(rng.uniform(0.3, 1.5))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.communicate(timeout=60)
        if (out / "checkpoint.json").exists():
            mode = "resume"
        elif out.exists():
            # Killed between creating the folder and the first checkpoint: nothing to keep.
            for entry in out.iterdir():
                entry.unlink()
            out.rmdir()
    assert kills >= 2, "the export finished before it could be killed: slow it down"
    _finish(_start(out, fmt, mode, 0.0))
    assert _rows(out, fmt) == expected
