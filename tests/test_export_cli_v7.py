"""``thousandeyes-async export --api v7`` against the built-in sandbox, in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from thousandeyes_async.cli import main
from thousandeyes_async.export import read_export


def test_api_v7_exports_v7_kinds_from_the_sandbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(
        [
            "export",
            "--sandbox",
            "--api",
            "v7",
            "--test",
            "1001",
            "--data",
            "network,path-vis-round",
            "--window",
            "30m",
            "--out",
            str(out),
            "--progress",
            "none",
        ]
    )
    assert code == 0, capsys.readouterr().err
    network = list(read_export(out, "network"))
    rounds = list(read_export(out, "path-vis-round"))
    assert network
    assert rounds
    assert {row["dataKind"] for row in network} == {"network"}
    assert all(isinstance(row["agent"]["agentId"], str) for row in network)
    assert {row["dataKind"] for row in rounds} == {"path-vis-round"}


def test_api_v7_refuses_v6_kind_names(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(
        [
            "export",
            "--sandbox",
            "--api",
            "v7",
            "--test",
            "1001",
            "--data",
            "net.metrics",
            "--out",
            str(tmp_path / "x"),
        ]
    )
    assert code != 0
    assert "the v6 kinds need --api v6" in capsys.readouterr().err
