"""The README's set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _setup_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```console\n(.+?)\n```", section)


def test_setup_has_exactly_two_commands() -> None:
    commands = _setup_commands()
    assert len(commands) == 2, commands
    assert "thousandeyes-async" in commands[0]
    assert commands[1].endswith("python -m pytest")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = _setup_commands()[1]
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


@pytest.mark.parametrize("anyio_backend", ["trio_mock_clock"], indirect=True)
@pytest.mark.anyio
async def test_quick_start_runs_as_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The v7 quick start, against the emulator (its test 817 is an agent-to-server test)."""
    from datetime import UTC, datetime, timedelta

    import thousandeyes_async
    from thousandeyes_async.testing import DEFAULT_START_EPOCH, DataSpec, ThousandEyesEmulator
    from thousandeyes_async.testing._v7_objects import v7_type

    from .readme import python_blocks

    source = python_blocks("Quick start")[0]
    assert source.rstrip().endswith("anyio.run(main)")
    emulator = ThousandEyesEmulator(data=DataSpec(first_test_id=817))

    def on_the_emulator(*, token: str, **kwargs: Any) -> thousandeyes_async.AsyncThousandEyes:
        assert token == "..."
        return emulator.client(api_version="v7", **kwargs)

    monkeypatch.setattr(thousandeyes_async, "AsyncThousandEyes", on_the_emulator)
    namespace: dict[str, Any] = {}
    exec(compile(source.replace("anyio.run(main)", ""), "README.md", "exec"), namespace)
    await namespace["main"]()
    lines = capsys.readouterr().out.splitlines()
    now = datetime.fromtimestamp(DEFAULT_START_EPOCH, tz=UTC)
    expected = emulator.expected_records(
        "v7/test-results/817/network", start=now - timedelta(days=1), end=now
    )
    tests = emulator.dataset.tests()
    assert lines[: len(tests)] == [f"{t.test_id} {t.name} {v7_type(t)}" for t in tests]
    assert lines[len(tests) :] == [
        f"{r['agent']['agentName']} {r['roundId']} {r['loss']} {r['avgLatency']}" for r in expected
    ]
    assert [entry.query for entry in emulator.requests][:2] == ["aid=1234", "window=1d&aid=1234"]


@pytest.mark.realtime  # the sandbox's 5 s windows on the wall clock
def test_main_job_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Set-up section's main job (after its install step), in a fresh directory."""
    import os
    import shlex
    import subprocess
    import sys

    from .readme import python_blocks

    install, _, job = _setup_commands()[0].partition(" && ")
    assert install.startswith("python -m pip install")
    argv = shlex.split(job)
    assert argv[0] == "thousandeyes-async"
    beside = Path(sys.executable).parent / "thousandeyes-async"
    argv[0] = str(beside) if beside.exists() else "thousandeyes-async"
    env = {k: v for k, v in os.environ.items() if not k.startswith("THOUSANDEYES_")}
    done = subprocess.run(
        argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = tmp_path / "te-export"
    for kind in ("network", "http-server"):
        assert (out / f"{kind}.jsonl").stat().st_size > 0
    assert (out / "checkpoint.json").exists()

    # The README's way of reading the files back works on what the job wrote.
    written = [line for line in done.stdout.splitlines() if line.startswith("wrote ")]
    assert written, done.stdout
    records = int(written[0].split()[1])
    assert records > 0
    assert "429s 0" in done.stdout  # the limiter kept the export under the sandbox's limit
    reader = next(b for b in python_blocks("Exporting") if "read_export" in b)
    monkeypatch.chdir(tmp_path)
    exec(compile(reader, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    rows = sum(1 for line in (out / "network.jsonl").read_text().splitlines() if line.strip())
    assert len(printed) == rows > 0
