"""The pytest plugin: registered through the pytest11 entry point, cheap to load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .readme import python_blocks

pytest_plugins = ("pytester",)

ROOT = Path(__file__).resolve().parent.parent


def documented_example() -> str:
    """The user's test exactly as the docs show it."""
    return python_blocks("Testing your code with the emulator")[0]


@pytest.mark.realtime
def test_fixture_and_marker_in_a_users_project(pytester: pytest.Pytester) -> None:
    """One fresh pytest process (as a user's project gets it): the README test and the marker."""
    pytester.makepyfile(
        test_user=documented_example(),
        test_marker="""
import pytest

@pytest.mark.thousandeyes_emulator(page_size=7)
def test_page_size(thousandeyes_emulator):
    assert thousandeyes_emulator.page_size == 7

def test_fresh_default(thousandeyes_emulator):
    assert thousandeyes_emulator.page_size == 500

@pytest.mark.thousandeyes_emulator(7)
def test_positional_is_refused(thousandeyes_emulator):
    pass
""",
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q", "--strict-markers")
    result.assert_outcomes(passed=6, errors=1)
    result.stdout.fnmatch_lines(["*keyword arguments only*"])


@pytest.mark.realtime
def test_plugin_imports_nothing_optional() -> None:
    code = (
        "import sys\n"
        "import thousandeyes_async.testing._pytest_plugin\n"
        "loaded = [m for m in ('uvicorn', 'trio', 'looptime', 'thousandeyes_async.testing._app')"
        " if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
