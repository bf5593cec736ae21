"""The exporter's errors sit under one base, itself under the library's."""

from __future__ import annotations

from pathlib import Path

import pytest

from thousandeyes_async import ThousandEyesError
from thousandeyes_async.export import Checkpoint, CheckpointError, ExportError, SinkError


@pytest.mark.parametrize("error", [CheckpointError, SinkError])
def test_every_export_error_is_an_export_error(error: type[Exception]) -> None:
    assert issubclass(error, ExportError)


def test_the_export_base_is_a_thousandeyes_error() -> None:
    assert issubclass(ExportError, ThousandEyesError)


def test_one_except_clause_catches_an_unusable_checkpoint(tmp_path: Path) -> None:
    with pytest.raises(ThousandEyesError, match="nothing to resume"):
        Checkpoint.load(tmp_path / "checkpoint.json")
