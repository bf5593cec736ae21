"""README "Reading the files": the DuckDB snippet runs as one block on what an export writes."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import anyio
import pytest
import trio.testing

from thousandeyes_async.export import (
    Exporter,
    ExportPlan,
    TestRef,
    TimeRange,
    make_sink,
    parse_v7_data_kinds,
)
from thousandeyes_async.testing import DataSpec, ThousandEyesEmulator

from .readme import python_blocks

END = 1_704_067_200  # the emulator's "now"


def _snippet() -> str:
    [block] = [b for b in python_blocks("Exporting") if "duckdb" in b]
    return block


def _export(directory: Path, fmt: str) -> None:
    """The main job's network kind, as the README's Set-up writes it (smaller), in
    virtual time."""
    anyio.run(
        _run_export,
        directory,
        fmt,
        backend="trio",
        backend_options={"clock": trio.testing.MockClock(autojump_threshold=0)},
    )


async def _run_export(directory: Path, fmt: str) -> None:
    emulator = ThousandEyesEmulator(data=DataSpec(tests=3))
    async with emulator.client(api_version="v7") as client:
        body = await client.request("GET", "tests")
        tests = [TestRef(int(t["testId"]), t["type"], t["testName"]) for t in body["tests"]]
        plan = ExportPlan.build(
            tests, parse_v7_data_kinds("network"), TimeRange(END - 3 * 3600, END), slice="1h"
        )
        await Exporter(client, plan, make_sink(fmt), directory).run()


def _groups(rows: list[dict[str, Any]]) -> set[tuple[int, str]]:
    return {(row["testId"], row["agent"]["agentName"]) for row in rows}


def test_the_duckdb_snippet_reads_the_json_lines_an_export_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _export(tmp_path / "te-export", "jsonl")
    source = _snippet()
    # One format throughout: the file it reads is the one the default format writes.
    [path] = re.findall(r"read_json_auto\('([^']+)'\)", source)
    assert "parquet" not in source
    monkeypatch.chdir(tmp_path)
    rows = [json.loads(line) for line in Path(path).read_text().splitlines()]
    assert rows
    # Every column the query names is in what the export wrote.
    for row in rows:
        assert {"testId", "avgLatency", "loss"} <= row.keys()
        assert "agentName" in row["agent"]
    if importlib.util.find_spec("duckdb") is None:
        # Without DuckDB, the checks above are what can be checked: the block still
        # has to print its answer rather than build a relation and drop it.
        assert source.rstrip().endswith(".show()")
        return
    exec(compile(source, "README.md", "exec"), {})
    shown = capsys.readouterr().out
    for test_id, agent in _groups(rows):
        assert re.search(rf"\b{test_id}\b.*{re.escape(agent)}", shown), (test_id, agent)


def test_the_parquet_hint_reads_the_parquet_an_export_writes(tmp_path: Path) -> None:
    _export(tmp_path / "te-export", "parquet")
    text = Path(__file__).resolve().parent.parent.joinpath("README.md").read_text()
    hint = re.search(r"With `--format parquet`, read `'([^']+)'`", text)
    assert hint is not None
    parts = sorted(tmp_path.glob(hint.group(1)))
    assert parts
    assert "agent->>'agentName'" in text
    if importlib.util.find_spec("duckdb") is None:
        import pyarrow.parquet as pq

        table = pq.read_table(parts[0])
        agent = table.column("agent").to_pylist()[0]
        assert json.loads(agent)["agentName"]
        return
    import duckdb

    query = (
        "SELECT DISTINCT testId, agent->>'agentName' AS agent "
        f"FROM '{tmp_path / hint.group(1)}' ORDER BY ALL"
    )
    assert duckdb.sql(query).fetchall()
