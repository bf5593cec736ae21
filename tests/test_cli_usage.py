"""What the command says when it is used wrongly: usage, exit status 2, the real flags."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from thousandeyes_async.cli import build_parser, main
from thousandeyes_async.export._parser import PLAN_OPTIONS


def test_no_command_prints_usage_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("usage: thousandeyes-async")
    assert "a command is required: export" in captured.err


def _status(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exited:
        return int(exited.code or 0)


def test_resume_names_the_flags_as_they_are_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _status(
        [
            "export",
            "--resume",
            "--test",
            "1",
            "--type",
            "dns-server",
            "--from",
            "2024-01-01T00:00:00",
            "--to",
            "2024-01-01T01:00:00",
            "--out",
            str(tmp_path),
        ]
    )
    assert status == 2
    err = capsys.readouterr().err
    assert err.rstrip().endswith("drop --test, --type, --from, --to")
    assert "--tests" not in err
    assert "--types" not in err


def test_every_plan_flag_is_the_parsers_own() -> None:
    [commands] = [
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    ]
    export = commands.choices["export"]
    for name, flag in PLAN_OPTIONS.items():
        assert export._option_string_actions[flag].dest == name
