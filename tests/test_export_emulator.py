"""End to end against the emulator, in virtual time: output equals the ground truth.

Every data kind, every format, with faults injected (5xx, dropped connections,
truncated bodies, a 429 storm, an outside consumer of the budget). The ground
truth of the summary kinds is the emulator's ``expected_records``; that of the
detail kinds comes from a second, fault-free emulator with the same seed, asked
with plain httpx, so our fetch code is not checking itself.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio.testing

from thousandeyes_async.export import (
    DATA_KINDS,
    DETAIL_KINDS,
    SUMMARY_KINDS,
    Exporter,
    ExportPlan,
    TestRef,
    TimeRange,
    make_sink,
    parse_data_kinds,
    read_export,
)
from thousandeyes_async.testing import (
    DEFAULT_TOKEN,
    DataSpec,
    RateLimits,
    ThousandEyesEmulator,
)

START = 1_704_067_200 - 3 * 3600  # three hours before the emulator's "now"
END = 1_704_067_200
SPEC = DataSpec(seed=7, tests=12, agents=6, agents_per_test=2, intervals=(300, 600, 900))


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator(**kwargs: Any) -> ThousandEyesEmulator:
    return ThousandEyesEmulator(data=SPEC, page_size=7, **kwargs)


def _faulty() -> ThousandEyesEmulator:
    emulator = _emulator(limits=RateLimits(organization=240, window_seconds=60))
    emulator.faults.random(0.04, seed=3)
    emulator.outside_consumer(per_window=80)
    return emulator


async def _tests(emulator: ThousandEyesEmulator) -> list[TestRef]:
    async with emulator.client() as client:
        body = await client.request("GET", "tests")
    return [TestRef(t["testId"], t["type"], t["testName"]) for t in body["test"]]


def _truth(emulator: ThousandEyesEmulator, tests: list[TestRef], kind: str) -> list[str]:
    spec = DATA_KINDS[kind]
    rows = []
    for test in tests:
        if test.type not in spec.test_types:
            continue
        path = spec.path.format(test_id=test.id)
        for record in emulator.expected_records(path, start=START, end=END, **spec.query_params()):
            if START <= record["roundId"] < END:
                rows.append({"testId": test.id, "dataKind": kind, **record})
    return _canon(rows)


def _canon(rows: Any) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def _written(out: Path, kind: str, fmt: str) -> list[str]:
    return _canon(read_export(out, kind, format=fmt))


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
async def test_every_summary_kind_equals_the_ground_truth_despite_faults(
    tmp_path: Path, fmt: str
) -> None:
    emulator = _faulty()
    tests = await _tests(emulator)
    assert {t.type for t in tests} >= {"agent-to-server", "dns-server", "voice", "bgp"}
    plan = ExportPlan.build(tests, parse_data_kinds("all"), TimeRange(START, END), slice="1h")
    async with emulator.client(max_retries=30) as client:
        exporter = Exporter(client, plan, make_sink(fmt), tmp_path, max_concurrency=6)
        await exporter.check_server_time()
        # The storm starts with the export's first data request (not with the listing
        # above, nor with the reading of the server's clock).
        emulator.faults.storm(45)
        stats = await exporter.run()
    assert emulator.totals.faults > 0
    assert emulator.totals.refused > 0
    # Every 429 the client met is told to the kind whose request it answered.
    assert stats.rate_limited > 0
    assert sum(kind.rate_limited for kind in stats.kinds.values()) == stats.rate_limited
    truth_source = _emulator()
    for kind in SUMMARY_KINDS:
        expected = _truth(truth_source, tests, kind)
        assert expected, f"the emulator has no {kind} data for these tests"
        written = _written(tmp_path, kind, fmt)
        if fmt == "jsonl":
            assert written == expected, kind
        else:
            assert _table_view(written, fmt) == _table_view(expected, fmt), kind
    assert stats.records == sum(len(_written(tmp_path, k, fmt)) for k in SUMMARY_KINDS)


async def _detail_truth(tests: list[TestRef], kind: str, start: int) -> list[str]:
    """Detail records asked of a fault-free emulator with plain httpx."""
    emulator = _emulator(limits=RateLimits(enabled=False))
    spec = DATA_KINDS[kind]
    parent = DATA_KINDS[spec.parent or ""]
    rows: list[dict[str, Any]] = []
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=emulator.base_url + "/v6/",
        headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"},
    ) as http:

        async def records_of(path: str, key: str, group: str) -> list[dict[str, Any]]:
            response = await http.get(path)
            response.raise_for_status()
            return list(response.json()[group][key])

        for test in tests:
            if test.type not in spec.test_types:
                continue
            if parent.parent is None:
                parents = [
                    r
                    for r in emulator.expected_records(
                        parent.path.format(test_id=test.id), start=start, end=END
                    )
                    if start <= r["roundId"] < END
                ]
            else:  # components hang off transaction details
                grand = DATA_KINDS[parent.parent]
                parents = []
                for r in emulator.expected_records(
                    grand.path.format(test_id=test.id), start=start, end=END
                ):
                    if start <= r["roundId"] < END:
                        path = f"web/web-transactions/{test.id}/{r['agentId']}/{r['roundId']}"
                        parents += await records_of(path, "webTransaction", "web")
            seen = set()
            for record in parents:
                if kind == "net.bgp_routes":
                    args = [{"prefixId": record["prefixId"], "roundId": record["roundId"]}]
                elif kind == "web.transaction_components":
                    args = [
                        {
                            "agentId": record["agentId"],
                            "roundId": record["roundId"],
                            "pageNum": page["pageNum"],
                        }
                        for page in record.get("pages", [])
                    ]
                else:
                    args = [{"agentId": record["agentId"], "roundId": record["roundId"]}]
                for arg in args:
                    key = tuple(sorted(arg.items()))
                    if key in seen:
                        continue
                    seen.add(key)
                    path = spec.path.format(test_id=test.id, **arg)
                    for detail in await records_of(path, spec.records_key, spec.group):
                        extra = arg if kind == "web.transaction_components" else {}
                        rows.append({**extra, "testId": test.id, "dataKind": kind, **detail})
    return _canon(rows)


@pytest.mark.anyio
async def test_detail_kinds_fan_out_and_equal_the_ground_truth(tmp_path: Path) -> None:
    emulator = _faulty()
    tests = [
        t
        for t in await _tests(emulator)
        if t.type in ("agent-to-server", "page-load", "web-transactions")
    ]
    plan = ExportPlan.build(
        tests,
        parse_data_kinds(",".join(DETAIL_KINDS)),
        TimeRange(END - 3600, END),
        slice="30m",
    )
    async with emulator.client(max_retries=30) as client:
        exporter = Exporter(client, plan, make_sink("jsonl"), tmp_path, max_concurrency=6)
        await exporter.check_server_time()
        emulator.faults.storm(45)
        stats = await exporter.run()
    assert stats.rate_limited > 0
    for kind in DETAIL_KINDS:
        expected = await _detail_truth(tests, kind, END - 3600)
        assert expected, kind
        assert _written(tmp_path, kind, "jsonl") == expected, kind
    # Asked only for details: the summaries they fan out from are not written.
    assert not (tmp_path / "net.path_vis.jsonl").exists()


@pytest.mark.anyio
async def test_a_steady_export_meets_no_429_and_reads_the_servers_limit(tmp_path: Path) -> None:
    emulator = _emulator(limits=RateLimits(organization=100, window_seconds=60))
    tests = await _tests(emulator)
    plan = ExportPlan.build(
        tests, parse_data_kinds("net.metrics"), TimeRange(END - 86400, END), slice="1h"
    )
    async with emulator.client() as client:
        stats = await Exporter(client, plan, make_sink("jsonl"), tmp_path).run()
    assert stats.requests > 100  # more than one window's budget
    assert stats.rate_limited == 0
    assert emulator.totals.refused == 0
    assert stats.budget_limit == 100
    assert stats.elapsed() >= 60  # the limiter spread the requests over windows
