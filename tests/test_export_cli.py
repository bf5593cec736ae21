"""``thousandeyes-async export`` through its real entry point (a subprocess)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: Subprocesses on the wall clock: ``-m "not realtime"`` leaves them out.
pytestmark = pytest.mark.realtime


def _script() -> list[str]:
    beside = Path(sys.executable).parent / "thousandeyes-async"
    found = str(beside) if beside.exists() else shutil.which("thousandeyes-async")
    if found is None:
        pytest.fail("the thousandeyes-async console script is not installed")
    return [found]


def _run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("THOUSANDEYES_")}
    base.update(env or {})
    return subprocess.run(
        [*_script(), "export", "--api", "v6", *args],
        capture_output=True,
        text=True,
        check=False,
        env=base,
        timeout=timeout,
    )


TOKEN = {"THOUSANDEYES_TOKEN": "not-a-real-token-5150"}


def test_the_console_script_refuses_bad_arguments_in_one_line_with_status_2(
    tmp_path: Path,
) -> None:
    # The refusals themselves are checked in-process (test_export_cli_input.py); this is
    # the real entry point's share: exit status 2, one line on stderr, nothing written.
    out = tmp_path / "export"
    done = _run("--test", "1", "--window", "7x", "--out", str(out), env=TOKEN)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("thousandeyes-async export: error: malformed window '7x'")
    assert not out.exists()
    assert "not-a-real-token" not in done.stderr + done.stdout


def _done_seconds(out: Path) -> int:
    """Seconds of (test, kind) slices the checkpoint in ``out`` records as done."""
    import json

    try:
        completed = json.loads((out / "checkpoint.json").read_bytes())["completed"]
    except (OSError, ValueError, KeyError):
        return 0
    return sum(
        hi - lo for tests in completed.values() for items in tests.values() for lo, hi in items
    )


def _sandbox_truth(out: Path, kind: str) -> list[str]:
    import json

    from thousandeyes_async.export import DATA_KINDS, Checkpoint
    from thousandeyes_async.testing import ThousandEyesEmulator

    plan = Checkpoint.load(out / "checkpoint.json").plan
    emulator = ThousandEyesEmulator.sandbox()
    rows = []
    for test_id, test_type, _ in plan["tests"]:
        if test_type not in DATA_KINDS[kind].test_types:
            continue
        spec = DATA_KINDS[kind]
        path = spec.path.format(test_id=test_id)
        query = spec.query_params()
        for record in emulator.expected_records(
            path, start=plan["start"], end=plan["end"], **query
        ):
            if plan["start"] <= record["roundId"] < plan["end"]:
                rows.append({"testId": test_id, "dataKind": kind, **record})
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def test_sandbox_export_writes_the_ground_truth_and_a_summary(tmp_path: Path) -> None:
    import json

    from thousandeyes_async.export import read_export

    out = tmp_path / "te-export"
    done = _run(
        "--sandbox",
        "--test",
        "1001",
        "--test",
        "1004",
        "--data",
        "net.metrics,web.http_server",
        "--window",
        "3h",
        "--slice",
        "1h",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert "sandbox: an in-process emulator" in done.stderr
    assert "rate budget used" in done.stdout
    assert "net.metrics" in done.stdout
    for kind in ("net.metrics", "web.http_server"):
        written = sorted(json.dumps(row, sort_keys=True) for row in read_export(out, kind))
        expected = _sandbox_truth(out, kind)
        assert written == expected
        assert expected


def _default_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_cleanly_with_a_checkpoint_and_a_resume_hint(tmp_path: Path) -> None:
    import signal
    import time

    from thousandeyes_async.export import Checkpoint

    out = tmp_path / "te-export"
    base = {k: v for k, v in os.environ.items() if not k.startswith("THOUSANDEYES_")}
    process = subprocess.Popen(
        [
            *_script(),
            "export",
            "--api",
            "v6",
            "--sandbox",
            "--all-tests",
            "--data",
            "net.metrics",
            "--window",
            "1d",
            "--slice",
            "1h",
            "--out",
            str(out),
            "--checkpoint-every",
            "0.2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=base,
        # A shell starts background jobs with SIGINT ignored; a terminal's Ctrl-C is not.
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 30
    while not (out / "net.metrics.jsonl").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert f"resume with: thousandeyes-async export --resume --sandbox --out {out}" in err
    checkpoint = Checkpoint.load(out / "checkpoint.json")
    committed = checkpoint.sink_state["sizes"]["net.metrics"]
    # A clean stop commits what it wrote: nothing beyond the checkpoint is left over.
    assert (out / "net.metrics.jsonl").stat().st_size == committed > 0


def test_sandbox_export_killed_and_resumed_equals_the_ground_truth(tmp_path: Path) -> None:
    import json
    import random
    import signal
    import time

    from thousandeyes_async.export import read_export
    from thousandeyes_async.export._runner import TEST_EXIT_AFTER_SLICES_ENV, TEST_EXIT_STATUS

    out = tmp_path / "te-export"
    base = {k: v for k, v in os.environ.items() if not k.startswith("THOUSANDEYES_")}
    plan = [
        "--test",
        "1001",
        "--test",
        "1004",
        "--data",
        "net.metrics,web.http_server",
        "--window",
        "4h",
        "--slice",
        "20m",
    ]
    rng = random.Random(20240101)
    endings = []
    # Each run is SIGKILLed a random moment after it has committed new slices or,
    # should it get that far first, exits hard right after committing its fourth
    # slice (the plan has dozens): it never finishes on its own, however fast or slow the machine.
    for _ in range(2):
        args = ["--resume"] if (out / "checkpoint.json").exists() else plan
        before = _done_seconds(out)
        process = subprocess.Popen(
            [
                *_script(),
                "export",
                "--api",
                "v6",
                "--sandbox",
                *args,
                "--out",
                str(out),
                "--checkpoint-every",
                "0.1",
                "--progress",
                "none",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**base, TEST_EXIT_AFTER_SLICES_ENV: "4"},
        )
        deadline = time.monotonic() + 30
        while (
            process.poll() is None and _done_seconds(out) <= before and time.monotonic() < deadline
        ):
            time.sleep(0.02)
        try:
            process.wait(timeout=rng.uniform(0.0, 0.3))
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
        _, err = process.communicate(timeout=60)
        endings.append((process.returncode, err.decode(errors="replace")[-500:]))
        assert _done_seconds(out) > before, endings
    assert all(code in (-signal.SIGKILL, TEST_EXIT_STATUS) for code, _ in endings), endings
    args = ["--resume"] if (out / "checkpoint.json").exists() else plan
    done = _run("--sandbox", *args, "--out", str(out), timeout=120)
    assert done.returncode == 0, done.stderr
    for kind in ("net.metrics", "web.http_server"):
        written = [json.dumps(row, sort_keys=True) for row in read_export(out, kind)]
        assert len(written) == len(set(written)), f"duplicates in {kind}"
        assert sorted(written) == _sandbox_truth(out, kind)
