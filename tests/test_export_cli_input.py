"""Bad input to ``thousandeyes-async export`` is refused in one line, before any request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from thousandeyes_async.cli import main
from thousandeyes_async.export import _command


@pytest.fixture
def no_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """A credential, and a client that fails the test if the command ever builds one."""
    monkeypatch.setenv("THOUSANDEYES_TOKEN", "not-a-real-token-5150")

    def refuse(options: Any) -> Any:
        raise AssertionError("a client was built: a request would have been sent")

    monkeypatch.setattr(_command, "_client", refuse)


def _refused(capsys: pytest.CaptureFixture[str], out: Path, *args: str) -> str:
    try:
        code = main(
            ["export", "--api", "v6", "--test", "1", "--out", str(out), "--progress", "none", *args]
        )
    except SystemExit as exit_:  # argparse refuses through SystemExit
        code = exit_.code  # type: ignore[assignment]
    assert code == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("thousandeyes-async export: error:")
    assert not out.exists()
    return lines[0]


@pytest.mark.usefixtures("no_requests")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--aid", "-5"], "account group id must be a positive integer, got '-5'"),
        (["--aid", "0"], "account group id must be a positive integer"),
        (["--aid", "twelve"], "account group id must be a positive integer"),
        (["--checkpoint-every", "nan"], "positive number of seconds, got 'nan'"),
        (["--checkpoint-every", "inf"], "positive number of seconds, got 'inf'"),
        (["--checkpoint-every", "-1"], "positive number of seconds, got '-1'"),
        (["--checkpoint-every", "0"], "positive number of seconds"),
        (["--data", ""], "no data kind given"),
        (["--data", " , "], "no data kind given"),
        (["--slice", ""], "malformed window ''"),
        (["--window", ""], "malformed window ''"),
    ],
)
def test_bad_values_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    assert message in _refused(capsys, tmp_path / "export", *args)


@pytest.mark.usefixtures("no_requests")
@pytest.mark.parametrize(
    ("args", "shortest"),
    [
        (["--slice", "1s"], "2s"),  # the default window, 1d
        (["--slice", "1s", "--window", "7d"], "13s"),
        (["--slice", "1m", "--from", "2020-01-01T00:00:00", "--to", "2024-01-01T00:00:00"], "43m"),
        (["--slice", "1h", "--window", "3000d"], "2h"),
    ],
)
def test_a_plan_with_too_many_slices_is_refused_with_a_way_under_the_cap(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], shortest: str
) -> None:
    line = _refused(capsys, tmp_path / "export", *args)
    assert "more than the 50,000 a plan may hold" in line
    assert f"use a slice of at least {shortest} or a shorter range" in line


def test_a_long_export_at_the_default_slice_is_accepted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("THOUSANDEYES_TOKEN", "not-a-real-token-5150")
    built: list[Any] = []

    def stop(options: Any) -> Any:
        built.append(options)
        raise KeyboardInterrupt

    monkeypatch.setattr(_command, "_client", stop)
    code = main(
        ["export", "--api", "v6", "--all-tests", "--window", "365d", "--out", str(tmp_path / "x")]
    )
    # The checks passed and the command went on to build its client.
    assert code == 130
    assert len(built) == 1
    assert built[0].slice == 3600


@pytest.mark.parametrize(
    ("api", "named", "not_named"),
    [
        ("v7", ["THOUSANDEYES_TOKEN", "Bearer"], ["THOUSANDEYES_EMAIL"]),
        ("v6", ["THOUSANDEYES_TOKEN", "THOUSANDEYES_EMAIL"], []),
    ],
)
def test_no_credential_names_the_variables_of_the_chosen_api(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    api: str,
    named: list[str],
    not_named: list[str],
) -> None:
    monkeypatch.delenv("THOUSANDEYES_TOKEN", raising=False)
    monkeypatch.delenv("THOUSANDEYES_EMAIL", raising=False)
    out = tmp_path / "out"
    code = main(["export", "--api", api, "--test", "1", "--out", str(out), "--progress", "none"])
    assert code == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("thousandeyes-async export: error: no credential: ")
    assert "--sandbox" in line
    for name in named:
        assert name in line
    for name in not_named:
        assert name not in line
    assert not out.exists()


TOKEN = {"THOUSANDEYES_TOKEN": "not-a-real-token-5150"}


def _refused_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    *args: str,
) -> str:
    """Runs ``export --api v6 *args`` in-process; its one line on stderr, after status 2."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    try:
        code = main(["export", "--api", "v6", *args])
    except SystemExit as exit_:  # argparse refuses through SystemExit
        code = exit_.code  # type: ignore[assignment]
    assert code == 2
    captured = capsys.readouterr()
    assert "not-a-real-token" not in captured.err + captured.out
    lines = [line for line in captured.err.splitlines() if not line.startswith("sandbox:")]
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("thousandeyes-async export: error:")
    return lines[0]


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (
            ["--test", "1", "--window", "1d", "--from", "2024-01-01T00:00:00"],
            TOKEN,
            "give --window or --from/--to, not both",
        ),
        (
            ["--test", "1", "--data", "net.metrics,net.bogus"],
            TOKEN,
            "unknown data kind 'net.bogus'",
        ),
        (["--test", "1"], {}, "no credential: set THOUSANDEYES_TOKEN"),
        (["--test", "1", "--to", "2024-01-01T00:00:00"], TOKEN, "--to needs --from"),
        (["--all-tests", "--test", "2"], TOKEN, "one of them"),
        (["--test", "abc"], TOKEN, "test id must be a positive integer"),
        (["--test", "1", "--format", "parquet", "--gzip"], TOKEN, "gzip applies to jsonl and csv"),
        (["--test", "1", "--window", "7x"], TOKEN, "malformed window '7x'"),
        (["--test", "1", "--from", "2024-01-01T00:00:00.5"], TOKEN, "on a whole second"),
    ],
)
def test_bad_arguments_give_one_line_and_write_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    args: list[str],
    env: dict[str, str],
    message: str,
) -> None:
    out = tmp_path / "export"
    assert message in _refused_line(capsys, monkeypatch, env, *args, "--out", str(out))
    assert not out.exists()


def test_a_start_after_the_servers_clock_gives_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    line = _refused_line(
        capsys,
        monkeypatch,
        {},
        "--sandbox",
        "--test",
        "1001",
        "--from",
        "2030-01-01T00:00:00",
        "--out",
        str(out),
        "--progress",
        "none",
    )
    assert line.startswith("thousandeyes-async export: error: the time range starts at ")
    assert "not before the server's now" in line
    assert not out.exists()


def test_an_unwritable_output_directory_is_refused_before_anything(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    line = _refused_line(
        capsys, monkeypatch, TOKEN, "--test", "1", "--out", str(blocker / "export")
    )
    assert "is not a directory" in line
    assert blocker.read_text() == "not a directory"


def test_a_directory_with_other_files_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    line = _refused_line(capsys, monkeypatch, TOKEN, "--test", "1", "--out", str(tmp_path))
    assert "is not empty" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_resume_without_a_checkpoint_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    line = _refused_line(capsys, monkeypatch, TOKEN, "--resume", "--out", str(tmp_path / "none"))
    assert "nothing to resume" in line


def test_resume_refuses_plan_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    line = _refused_line(
        capsys, monkeypatch, TOKEN, "--resume", "--data", "net.metrics", "--out", str(tmp_path)
    )
    assert "drop --data" in line
