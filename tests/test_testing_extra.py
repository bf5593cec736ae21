"""The ``testing`` extra brings everything the README's pytest examples need."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from packaging.requirements import Requirement

from .readme import README, ROOT

#: Markers of pytest itself and of this package's plugin: nothing to install.
_OWN_MARKERS = {"parametrize", "skip", "skipif", "xfail", "usefixtures", "thousandeyes_emulator"}
#: The distribution whose pytest plugin handles a marker the examples use.
_MARKER_PLUGINS = {"asyncio": "pytest-asyncio", "looptime": "looptime", "anyio": "anyio"}


def _extra(name: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = [Requirement(text) for text in project["optional-dependencies"][name]]
    return {_canonical(requirement.name) for requirement in requirements}


def _runtime() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return {_canonical(Requirement(text).name) for text in project["dependencies"]}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pytest_blocks() -> list[ast.Module]:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)
    trees = [ast.parse(block) for block in blocks]
    return [
        tree
        for tree in trees
        if any(
            isinstance(node, ast.Import) and any(a.name == "pytest" for a in node.names)
            for node in tree.body
        )
    ]


def test_the_readme_has_pytest_examples() -> None:
    assert len(_pytest_blocks()) >= 2


def test_every_import_of_the_pytest_examples_is_installed_by_the_extra() -> None:
    installed = _extra("testing") | _runtime() | {"thousandeyes-async"}
    distributions = packages_distributions()
    for tree in _pytest_blocks():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top == "thousandeyes_async":
                    continue
                owners = {_canonical(d) for d in distributions.get(top, [top])}
                assert owners & installed, f"{module} is not brought by the testing extra"


def test_every_marker_of_the_pytest_examples_has_its_plugin_in_the_extra() -> None:
    extra = _extra("testing") | _runtime()
    used: set[str] = set()
    for tree in _pytest_blocks():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "mark"
            ):
                used.add(node.attr)
    assert {"asyncio", "looptime"} <= used
    for marker in used - _OWN_MARKERS:
        assert marker in _MARKER_PLUGINS, f"which plugin handles @pytest.mark.{marker}?"
        assert _MARKER_PLUGINS[marker] in extra, f"{_MARKER_PLUGINS[marker]} is not in the extra"


def test_run_virtual_clocks_come_with_the_extra() -> None:
    # ThousandEyesEmulator.run_virtual runs on trio's MockClock, or looptime on asyncio.
    assert {"pytest", "trio", "looptime"} <= _extra("testing")


def test_the_readme_names_the_extra() -> None:
    assert "pip install 'thousandeyes-async[testing]'" in README.read_text()


def test_the_test_extra_builds_on_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    [own] = [
        Requirement(text)
        for text in project["optional-dependencies"]["test"]
        if Requirement(text).name == "thousandeyes-async"
    ]
    assert "testing" in own.extras
