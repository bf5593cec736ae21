"""``--data api,api-round`` end to end: the default organization has API tests (v7 only).

The command runs in virtual time against the emulator; the ground truth comes
from a second emulator: ``expected_records`` for the summaries, and each round
read directly for the details.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async.cli import build_parser
from thousandeyes_async.export import _command, read_export
from thousandeyes_async.export._command import run_export
from thousandeyes_async.testing import DEFAULT_START_EPOCH, DataSpec, ThousandEyesEmulator

NOW = int(DEFAULT_START_EPOCH)
START = NOW - 2 * 3600


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _virtual_time(func: Callable[..., Any], *args: Any) -> Any:
    clock = trio.testing.MockClock(autojump_threshold=0)
    return anyio.run(func, *args, backend="trio", backend_options={"clock": clock})


def _canon(rows: Any) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True) for row in rows)


def _api_tests(emulator: ThousandEyesEmulator) -> list[int]:
    return [t.test_id for t in emulator.dataset.tests() if t.type == "api"]


async def _truth(test_ids: list[int]) -> tuple[list[str], list[str]]:
    emulator = ThousandEyesEmulator()
    summaries: list[dict[str, Any]] = []
    details: list[dict[str, Any]] = []
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=emulator.base_url,
        headers={"Authorization": f"Bearer {emulator.credentials[0].token}"},
    ) as http:
        for test_id in test_ids:
            for record in emulator.expected_records(
                f"v7/test-results/{test_id}/api", start=START, end=NOW
            ):
                if not START <= record["roundId"] < NOW:
                    continue
                summaries.append({"testId": test_id, "dataKind": "api", **record})
                agent, round_id = record["agent"]["agentId"], record["roundId"]
                answer = await http.get(
                    f"/v7/test-results/{test_id}/api/agent/{agent}/round/{round_id}"
                )
                assert answer.status_code == 200, answer.text
                details.extend(
                    {"testId": test_id, "dataKind": "api-round", "roundId": round_id, **r}
                    for r in answer.json()["results"]
                )
    return _canon(summaries), _canon(details)


def test_the_default_organization_has_api_tests_for_v7_only() -> None:
    emulator = ThousandEyesEmulator()
    assert _api_tests(emulator)
    assert _api_tests(ThousandEyesEmulator.sandbox())

    async def listings() -> tuple[list[Any], list[Any]]:
        async with emulator.client(api_version="v7") as v7, emulator.client() as v6:
            return (await v7.request("GET", "tests"))["tests"], (await v6.request("GET", "tests"))[
                "test"
            ]

    v7_tests, v6_tests = _virtual_time(listings)
    assert "api" in {t["type"] for t in v7_tests}
    assert "api" not in {t["type"] for t in v6_tests}


def test_v6_answers_are_those_of_an_organization_without_api_tests() -> None:
    with_api, without = ThousandEyesEmulator(), ThousandEyesEmulator(data=DataSpec(api_tests=0))
    (api_test,) = _api_tests(with_api)
    paths = ["tests", "tests/1001", "net/metrics/1001", f"tests/{api_test}", "agents"]

    async def answers(emulator: ThousandEyesEmulator) -> list[tuple[int, Any]]:
        token = emulator.credentials[0].token
        async with httpx.AsyncClient(
            transport=emulator.transport(),
            base_url=emulator.base_url,
            headers={"Authorization": f"Bearer {token}"},
        ) as http:
            replies = [
                await http.get(f"/v6/{path}.json", params={"window": "1h"}) for path in paths
            ]
        return [(reply.status_code, reply.json()) for reply in replies]

    assert _virtual_time(answers, with_api) == _virtual_time(answers, without)


def test_export_api_and_api_round_equal_the_ground_truth(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    emulator = ThousandEyesEmulator()
    monkeypatch.setenv("THOUSANDEYES_TOKEN", "not-a-real-token-5150")
    monkeypatch.setattr(_command, "_client", lambda options: emulator.client(api_version="v7"))
    out = tmp_path / "out"
    args = build_parser().parse_args(
        [
            *("export", "--all-tests", "--data", "api,api-round", "--slice", "30m"),
            *("--from", _iso(START), "--to", _iso(NOW), "--out", str(out), "--progress", "none"),
        ]
    )
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run_export(args, stdout=stdout, stderr=stderr, runner=_virtual_time)
    assert code == 0, stderr.getvalue()
    summaries, details = _virtual_time(_truth, _api_tests(emulator))
    assert summaries
    assert details
    assert _canon(read_export(out, "api")) == summaries
    assert _canon(read_export(out, "api-round")) == details
    assert f"wrote {len(summaries) + len(details)} records" in stdout.getvalue()
