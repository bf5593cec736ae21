"""The console script through its real entry point."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from thousandeyes_async import __version__


def _script() -> list[str]:
    # The script sits beside the interpreter in a virtualenv, else on PATH.
    beside = Path(sys.executable).parent / "thousandeyes-async"
    found = str(beside) if beside.exists() else shutil.which("thousandeyes-async")
    if found is None:
        pytest.fail("the thousandeyes-async console script is not installed")
    return [found]


@pytest.mark.realtime
def test_version() -> None:
    done = subprocess.run([*_script(), "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"thousandeyes-async {__version__}"


@pytest.mark.realtime
def test_help() -> None:
    done = subprocess.run([*_script(), "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "usage: thousandeyes-async" in done.stdout


@pytest.mark.realtime
def test_module_entry_point_matches() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "thousandeyes_async.cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert __version__ in done.stdout
