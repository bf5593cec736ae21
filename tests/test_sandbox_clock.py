"""The sandbox and the standalone emulator run at the wall clock; test emulators do not."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio
import pytest

from thousandeyes_async.cli import main
from thousandeyes_async.export import V7_DATA_KINDS, read_export
from thousandeyes_async.testing import DEFAULT_START_EPOCH, ThousandEyesEmulator
from thousandeyes_async.testing.__main__ import build_emulator, build_parser


def _yesterday() -> tuple[datetime, datetime]:
    midnight = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    start = midnight - timedelta(days=1)
    return start, start + timedelta(hours=1)


def _truth(test_id: int, kind: str, start: int, end: int) -> list[str]:
    """What the sandbox's organization holds, read from an emulator at its test epoch."""
    path = "v7/" + V7_DATA_KINDS[kind].path.format(testId=test_id)
    emulator = ThousandEyesEmulator.sandbox()
    rows = [
        {"testId": test_id, "dataKind": kind, **record}
        for record in emulator.expected_records(path, start=start, end=end)
        if start <= record["roundId"] < end
    ]
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def test_a_sandbox_export_of_yesterday_gets_yesterdays_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    start, end = _yesterday()
    out = tmp_path / "out"
    code = main(
        [
            *("export", "--sandbox", "--test", "1001", "--data", "network"),
            *("--from", start.strftime("%Y-%m-%dT%H:%M:%S")),
            *("--to", end.strftime("%Y-%m-%dT%H:%M:%S")),
            *("--out", str(out), "--progress", "none"),
        ]
    )
    assert code == 0, capsys.readouterr().err
    written = sorted(json.dumps(row, sort_keys=True) for row in read_export(out, "network"))
    # The same rounds as at the test epoch: a round's records never depend on when it is asked.
    expected = _truth(1001, "network", int(start.timestamp()), int(end.timestamp()))
    assert expected
    assert written == expected


def _emulator_now(emulator: ThousandEyesEmulator) -> float:
    async def read() -> float:
        return emulator.now()

    return anyio.run(read)


def test_the_standalone_server_runs_at_the_wall_clock() -> None:
    emulator = build_emulator(build_parser().parse_args([]))
    before = datetime.now(UTC).timestamp()
    assert abs(_emulator_now(emulator) - before) < 5


def test_the_standalone_server_keeps_a_given_start_epoch() -> None:
    emulator = build_emulator(build_parser().parse_args(["--start-epoch", "1700000000"]))
    assert _emulator_now(emulator) == pytest.approx(1_700_000_000, abs=1)


def test_an_emulator_for_tests_keeps_its_fixed_epoch() -> None:
    assert _emulator_now(ThousandEyesEmulator.sandbox()) == DEFAULT_START_EPOCH
    assert _emulator_now(ThousandEyesEmulator()) == DEFAULT_START_EPOCH
