"""Starting up stays cheap: the v7 record areas load on first use, one area at a time.

Creating the generated v7 classes is most of what an import would cost, so each
program here runs in a fresh interpreter and reports which v7 modules it loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from thousandeyes_async import AsyncThousandEyes
from thousandeyes_async.models import v7
from thousandeyes_async.models.v7 import operations
from thousandeyes_async.resources._test_results import OverRange

V7 = "thousandeyes_async.models.v7"
#: Every record module of the v7 package but ``shared``, which every area imports.
AREAS = {f"{V7}.{area}" for area in v7.AREAS} - {f"{V7}.shared"}


def _run(program: str) -> dict[str, Any]:
    """Run ``program`` in a fresh interpreter: what it put in ``out``, and ``loaded``,
    the v7 modules it imported."""
    source = "\n".join(
        [
            "import contextlib, io, json, sys",
            "out = {}",
            f"V7 = {V7!r}",
            textwrap.dedent(program),
            "out['loaded'] = sorted(m for m in sys.modules if m.startswith(V7))",
            "print(json.dumps(out))",
        ]
    )
    done = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_importing_the_package_and_making_a_client_loads_no_v7_records() -> None:
    result = _run(
        """
        import thousandeyes_async
        te = thousandeyes_async.AsyncThousandEyes(token="x")
        out["groups"] = [repr(te.tests.http_server), repr(te.test_results.network)]
        """
    )
    assert result["loaded"] == []
    assert "network" in result["groups"][1]


def test_the_exporter_the_cli_and_the_emulator_load_no_v7_records() -> None:
    result = _run(
        """
        import thousandeyes_async.export, thousandeyes_async.testing
        from thousandeyes_async.cli import main
        for argv in (["--help"], ["export", "--help"]):
            with contextlib.redirect_stdout(io.StringIO()) as shown:
                try:
                    main(argv)
                except SystemExit:
                    pass
            out.setdefault("help", []).append(shown.getvalue())
        out["kinds"] = list(thousandeyes_async.export.V7_SUMMARY_KINDS)
        """
    )
    assert AREAS.isdisjoint(result["loaded"])
    assert f"{V7}.shared" not in result["loaded"]
    assert all("usage:" in text for text in result["help"])
    assert result["kinds"][0] == "network"


def test_a_v6_program_never_imports_the_v7_package() -> None:
    result = _run(
        """
        import anyio
        from thousandeyes_async.testing import ThousandEyesEmulator

        async def main():
            async with ThousandEyesEmulator().client() as te:
                async with te.net.metrics(1001, window="1h") as stream:
                    out["records"] = [type(r).__name__ async for r in stream]
                out["client"] = type(te).__name__

        anyio.run(main)
        """
    )
    assert result["client"] == "AsyncThousandEyesV6"
    assert result["records"]
    assert set(result["records"]) == {"NetMetric"}
    assert result["loaded"] == []


def test_first_use_of_a_group_method_loads_its_area_only_and_works() -> None:
    result = _run(
        """
        import anyio
        from thousandeyes_async.testing import ThousandEyesEmulator

        async def main():
            async with ThousandEyesEmulator().client(api_version="v7") as te:
                async with te.tests.http_server.list() as stream:
                    listed = [test async for test in stream]
                test = await te.tests.http_server.get(listed[0].test_id)
                out["test"] = [type(test).__name__, test.test_id == listed[0].test_id]
                out["after_tests"] = sorted(m for m in sys.modules if m.startswith(V7))
                agents = (await te.request("GET", "agents"))["agents"]
                agent = await te.agents.get(agents[0]["agentId"])  # a discriminated union
                out["agent"] = type(agent).__name__

        anyio.run(main)
        """
    )
    assert result["test"] == ["HttpServerTestResponse", True]
    assert AREAS & set(result["after_tests"]) == {f"{V7}.tests"}
    assert f"{V7}.operations.tests" in result["after_tests"]
    assert result["agent"] in {"CloudAgentDetail", "EnterpriseAgentDetail"}
    assert AREAS & set(result["loaded"]) == {f"{V7}.tests", f"{V7}.agents"}


def test_first_use_of_a_test_results_stream_loads_the_test_results_area_only() -> None:
    result = _run(
        """
        import anyio
        from thousandeyes_async.testing import ThousandEyesEmulator

        async def main():
            async with ThousandEyesEmulator().client(api_version="v7") as te:
                async with te.test_results.network(1001, window="1h") as stream:
                    out["records"] = [type(r).__name__ async for r in stream]

        anyio.run(main)
        """
    )
    assert result["records"]
    assert set(result["records"]) == {"NetworkTestResult"}
    assert AREAS & set(result["loaded"]) == {f"{V7}.test_results"}


def test_the_operations_table_lists_every_area_in_order_without_loading_it() -> None:
    every = operations.OPERATIONS  # imports every area
    assert list(operations.OPERATIONS_BY_ID) == [op.id for op in every]
    assert len(operations.OPERATIONS_BY_ID) == len(every)
    assert all(operations.OPERATIONS_BY_ID[op.id] is op for op in every)
    assert "get_test_network_results" in operations.OPERATIONS_BY_ID
    assert "no_such_operation" not in operations.OPERATIONS_BY_ID
    with pytest.raises(KeyError):
        operations.OPERATIONS_BY_ID["no_such_operation"]


def test_the_v7_package_gives_its_areas_and_unions_on_demand() -> None:
    assert set(v7.AREAS) <= set(dir(v7))
    assert v7.tests.__name__ == f"{V7}.tests"
    assert {entry.union for entry in v7.UNIONS} >= {v7.agents.AgentDetails, v7.events.EventDetail}
    with pytest.raises(AttributeError, match="no_such_area"):
        v7.no_such_area  # noqa: B018


def test_a_bound_operation_documents_itself_and_its_class_keeps_its_docstring() -> None:
    te = AsyncThousandEyes(token="import-cost-token")
    assert te.test_results.network.__doc__ == (
        "``GET /test-results/{testId}/network``: Get network test results."
    )
    assert (OverRange.__doc__ or "").startswith("Results of one test over a time range")
