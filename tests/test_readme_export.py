"""README "Exporting": the Python example runs as written, against the emulator."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import thousandeyes_async
from thousandeyes_async.export import V7_DATA_KINDS, Checkpoint, read_export
from thousandeyes_async.testing import DataSpec, ThousandEyesEmulator, wall_clock_epoch

from .readme import python_blocks

SPEC = DataSpec(first_test_id=817)


def _example() -> str:
    (source,) = [block for block in python_blocks("Exporting") if "Exporter(" in block]
    assert source.rstrip().endswith("anyio.run(main)")
    return source.replace("anyio.run(main)", "")


def _truth(plan: dict[str, Any], kind: str) -> Counter[tuple[int, int]]:
    """(test, round) of every record the plan's range holds, from a fresh emulator."""
    emulator = ThousandEyesEmulator(data=SPEC)
    start, end = plan["start"], plan["end"]
    found: Counter[tuple[int, int]] = Counter()
    for test_id, test_type, _ in plan["tests"]:
        if test_type not in V7_DATA_KINDS[kind].test_types:
            continue
        path = "v7/" + V7_DATA_KINDS[kind].path.format(testId=test_id)
        for record in emulator.expected_records(path, start=start, end=end):
            if start <= record["roundId"] < end:
                found[(test_id, record["roundId"])] += 1
    return found


@pytest.mark.parametrize("anyio_backend", ["trio_mock_clock"], indirect=True)
@pytest.mark.anyio
async def test_the_python_export_example_runs_as_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # At the wall clock, as a real account is: the example's range ends at time.time().
    emulator = ThousandEyesEmulator(data=SPEC, start_epoch=wall_clock_epoch())

    def on_the_emulator(**kwargs: Any) -> thousandeyes_async.AsyncThousandEyes:
        assert not kwargs  # the example takes its token from the environment
        return emulator.client(api_version="v7")

    monkeypatch.setattr(thousandeyes_async, "AsyncThousandEyes", on_the_emulator)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    exec(compile(_example(), "README.md", "exec"), namespace)
    await namespace["main"]()
    printed = capsys.readouterr().out.split()
    out = tmp_path / "te-export"
    plan = Checkpoint.load(out / "checkpoint.json").plan
    assert plan["end"] - plan["start"] <= 7 * 86400
    assert {row[1] for row in plan["tests"]} == {"agent-to-server", "http-server"}
    total = 0
    for kind in ("network", "http-server"):
        rows = list(read_export(out, kind))
        written = Counter((row["testId"], row["roundId"]) for row in rows)
        assert written == _truth(plan, kind), kind
        assert written
        total += len(rows)
    assert printed[:2] == [str(total), "records,"]
