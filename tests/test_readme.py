"""The README's set-up commands are the ones CI runs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import respx

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


@pytest.mark.asyncio
async def test_quick_start_runs_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    from .readme import python_blocks

    source = python_blocks("Quick start")[0]
    assert source.rstrip().endswith("anyio.run(main)")
    namespace: dict[str, Any] = {}
    exec(compile(source.replace("anyio.run(main)", ""), "README.md", "exec"), namespace)
    metrics = json.loads((ROOT / "tests" / "fixtures" / "net.metrics.json").read_text())
    with respx.mock(assert_all_called=True) as mock:
        tests = mock.get("https://api.thousandeyes.com/v6/tests", params={"aid": "1234"})
        tests.respond(json={"test": [{"testId": 817, "testName": "web", "type": "http-server"}]})
        mock.get("https://api.thousandeyes.com/v6/net/metrics/817").respond(json=metrics)
        await namespace["main"]()
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "817 web http-server"
    assert lines[1] == "Hong Kong 1384309800 0.0 167.04"
    assert len(lines) == 1 + len(metrics["net"]["metrics"])
