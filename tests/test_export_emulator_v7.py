"""The exporter on v7, end to end against the emulator in virtual time.

The ground truth is the emulator's ``expected_records("v7/...")``, from a second,
fault-free emulator with the same seed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import trio.testing

from thousandeyes_async.export import (
    V7_DATA_KINDS,
    V7_SUMMARY_KINDS,
    Exporter,
    ExportPlan,
    TestRef,
    TestSelection,
    TimeRange,
    make_sink,
    parse_v7_data_kinds,
    read_export,
)
from thousandeyes_async.testing import DataSpec, RateLimits, ThousandEyesEmulator

START = 1_704_067_200 - 3 * 3600  # three hours before the emulator's "now"
END = 1_704_067_200
SPEC = DataSpec(seed=7, tests=12, agents=6, agents_per_test=2, intervals=(300, 600, 900))


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator(**kwargs: Any) -> ThousandEyesEmulator:
    return ThousandEyesEmulator(data=SPEC, page_size=7, **kwargs)


async def _tests(emulator: ThousandEyesEmulator) -> list[TestRef]:
    async with emulator.client(api_version="v7") as client:
        body = await client.request("GET", "tests")
    return [TestRef(int(t["testId"]), t["type"], t["testName"]) for t in body["tests"]]


def _canon(rows: Any) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def _truth(emulator: ThousandEyesEmulator, tests: list[TestRef], kind: str) -> list[str]:
    spec = V7_DATA_KINDS[kind]
    rows = []
    for test in tests:
        if test.type not in spec.test_types:
            continue
        path = "v7/" + spec.path.format(testId=test.id)
        for record in emulator.expected_records(path, start=START, end=END):
            if START <= record["roundId"] < END:
                rows.append({"testId": test.id, "dataKind": kind, **record})
    return _canon(rows)


def _table_view(rows: list[str], fmt: str) -> list[str]:
    """CSV and Parquet cannot tell null from absent; Parquet's float columns hold floats."""

    def number(value: Any) -> Any:
        if fmt == "parquet" and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        return value

    return _canon(
        {k: number(v) for k, v in json.loads(row).items() if v is not None} for row in rows
    )


@pytest.mark.anyio
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
async def test_every_v7_summary_kind_equals_the_ground_truth_despite_faults(
    tmp_path: Path, fmt: str
) -> None:
    emulator = _emulator(limits=RateLimits(organization=240, window_seconds=60))
    emulator.faults.random(0.04, seed=3)
    emulator.outside_consumer(per_window=80)
    tests = await _tests(emulator)
    plan = ExportPlan.build(tests, parse_v7_data_kinds("all"), TimeRange(START, END), slice="1h")
    async with emulator.client(api_version="v7", max_retries=30) as client:
        exporter = Exporter(client, plan, make_sink(fmt), tmp_path, max_concurrency=6)
        await exporter.check_server_time()  # the storm starts with the first data request
        emulator.faults.storm(45)
        stats = await exporter.run()
    assert emulator.totals.faults > 0
    assert emulator.totals.refused > 0
    assert stats.rate_limited > 0
    truth_source = _emulator()
    types = {t.type for t in tests}
    total = 0
    for kind in V7_SUMMARY_KINDS:
        expected = _truth(truth_source, tests, kind)
        if V7_DATA_KINDS[kind].test_types & types:
            assert expected, f"the emulator has no {kind} data for these tests"
        written = _canon(read_export(tmp_path, kind, format=fmt))
        total += len(written)
        if fmt == "jsonl":
            assert written == expected, kind
        else:
            assert _table_view(written, fmt) == _table_view(expected, fmt), kind
    assert stats.records == total


@pytest.mark.anyio
async def test_test_selection_lists_v7_tests_with_numeric_ids() -> None:
    emulator = _emulator()
    async with emulator.client(api_version="v7") as client:
        chosen = await TestSelection(all_tests=True, types=("dnssec",)).fetch(client)
        by_id = await TestSelection(ids=(1001,)).fetch(client)
    assert chosen
    assert {t.type for t in chosen} == {"dnssec"}
    assert by_id[0].id == 1001
    assert by_id[0].type == "agent-to-server"


@pytest.mark.anyio
async def test_a_v7_kind_on_a_v6_client_is_refused(tmp_path: Path) -> None:
    emulator = _emulator()
    plan = ExportPlan.build(
        [TestRef(1001, "agent-to-server")],
        parse_v7_data_kinds("network"),
        TimeRange(START, END),
    )
    async with emulator.client() as client:
        with pytest.raises(Exception, match="API v7 client"):
            await Exporter(client, plan, make_sink("jsonl"), tmp_path).run()
