"""read_export reads any export back with no format given, and never silently reads nothing."""

from __future__ import annotations

import gzip
import io
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import pytest
import trio.testing

from thousandeyes_async.cli import build_parser
from thousandeyes_async.export import CHECKPOINT_NAME, Checkpoint, ExportError, read_export
from thousandeyes_async.export._command import run_export


def _past_range(hours: int) -> tuple[str, ...]:
    """``--from``/``--to`` of the last whole ``hours`` before now: the sandbox runs at the wall
    clock, so a ``--window`` would end at another instant in each run of the same plan."""
    end = int(datetime.now(UTC).timestamp()) // 3600 * 3600
    start = end - hours * 3600
    return tuple(
        part
        for flag, epoch in (("--from", start), ("--to", end))
        for part in (flag, datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    )


#: One range for every run of the module.
PAST = _past_range(3)

OUTPUTS = {
    "jsonl": (),
    "jsonl-gzip": ("--gzip",),
    "csv": ("--format", "csv"),
    "csv-gzip": ("--format", "csv", "--gzip"),
    "parquet": ("--format", "parquet"),
}


def _virtual_time(func: Callable[..., Any], *args: Any) -> Any:
    clock = trio.testing.MockClock(autojump_threshold=0)
    return anyio.run(func, *args, backend="trio", backend_options={"clock": clock})


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same sandbox export in every output."""
    root = tmp_path_factory.mktemp("exports")
    made = {}
    for name, options in OUTPUTS.items():
        out = root / name
        args = build_parser().parse_args(
            [
                *("export", "--api", "v6", "--sandbox", "--test", "1001", "--data", "net.metrics"),
                *(*PAST, "--progress", "none", "--out", str(out), *options),
            ]
        )
        stderr = io.StringIO()
        assert run_export(args, stdout=io.StringIO(), stderr=stderr, runner=_virtual_time) == 0
        made[name] = out
    return made


def _identities(rows: Any) -> list[tuple[Any, ...]]:
    return sorted((row["testId"], row["roundId"], row["agentId"]) for row in rows)


@pytest.mark.parametrize("name", list(OUTPUTS))
def test_every_output_reads_back_without_naming_its_format(
    exports: dict[str, Path], name: str
) -> None:
    expected = _identities(read_export(exports["jsonl"], "net.metrics", format="jsonl"))
    assert expected
    assert _identities(read_export(exports[name], "net.metrics")) == expected


def test_a_directory_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="not a directory"):
        read_export(tmp_path / "nowhere", "net.metrics")


def test_a_format_other_than_the_recorded_one_is_an_error(exports: dict[str, Path]) -> None:
    with pytest.raises(ExportError, match="exported as csv, not jsonl"):
        read_export(exports["csv"], "net.metrics", format="jsonl")
    with pytest.raises(ExportError, match="are gzipped"):
        read_export(exports["jsonl-gzip"], "net.metrics", gzip=False)
    with pytest.raises(ExportError, match=r"holds no web\.http_server: it exported net\.metrics"):
        read_export(exports["jsonl"], "web.http_server")


def test_a_kind_with_no_rows_in_a_recorded_export_reads_back_empty(tmp_path: Path) -> None:
    plan = {"format": "jsonl", "gzip": False, "kinds": ["net.metrics"]}
    Checkpoint(tmp_path / CHECKPOINT_NAME, plan).save()
    assert list(read_export(tmp_path, "net.metrics")) == []


def test_without_a_checkpoint_the_files_say_the_format(
    exports: dict[str, Path], tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(exports["jsonl-gzip"] / "net.metrics.jsonl.gz", copy)
    with gzip.open(copy / "net.metrics.jsonl.gz", "rt") as handle:
        lines = [line for line in handle if line.strip()]
    assert len(list(read_export(copy, "net.metrics"))) == len(lines)
    with pytest.raises(ExportError, match=r"no csv files of net\.metrics"):
        read_export(copy, "net.metrics", format="csv")
    shutil.copy(exports["csv"] / "net.metrics.csv", copy)
    with pytest.raises(ExportError, match="several formats"):
        read_export(copy, "net.metrics")
    assert len(list(read_export(copy, "net.metrics", format="csv"))) == len(lines)


def test_an_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"no files of net\.metrics"):
        read_export(tmp_path, "net.metrics")
