"""An export killed before its first checkpoint landed.

A kill during the first checkpoint write leaves ``checkpoint.json.tmp`` and no
``checkpoint.json``. Nothing was committed then, so whatever the export wrote
is exactly what a resume would cut away: removing it loses no record, and
fetching everything again duplicates none. Only files the export itself writes
are removed; a directory holding anything else is left alone.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._checkpoint import CHECKPOINT_NAME, Checkpoint, fsync_directory
from ._errors import CheckpointError
from ._kinds_v7 import ALL_KINDS

__all__ = [
    "LEFTOVER_NAME",
    "clear_unfinished_start",
    "restart_unfinished_start",
    "unfinished_start",
]

#: What a checkpoint write leaves behind when it is killed before its rename.
LEFTOVER_NAME = CHECKPOINT_NAME + ".tmp"
_SUFFIXES = (".jsonl", ".jsonl.gz", ".csv", ".csv.gz")


def _written_by_an_export(entry: Path) -> bool:
    if entry.name == LEFTOVER_NAME:
        return True
    if entry.is_dir() and not entry.is_symlink():
        # Parquet: a folder per kind of part files (and a part being written).
        return entry.name in ALL_KINDS and all(
            part.is_file() and part.name.startswith("part-") for part in entry.iterdir()
        )
    return entry.is_file() and any(entry.name == kind + s for kind in ALL_KINDS for s in _SUFFIXES)


def unfinished_start(directory: Path) -> bool:
    """Whether ``directory`` holds an export stopped before its first checkpoint, only."""
    if not directory.is_dir() or (directory / CHECKPOINT_NAME).exists():
        return False
    if not (directory / LEFTOVER_NAME).is_file():
        return False
    return all(_written_by_an_export(entry) for entry in directory.iterdir())


def clear_unfinished_start(directory: Path) -> Mapping[str, Any] | None:
    """Remove what an export stopped before its first checkpoint wrote.

    Returns the plan its unfinished checkpoint recorded, when that file was written
    whole (the kill came between the write and the rename), else None.
    """
    if not unfinished_start(directory):
        raise CheckpointError(f"{directory} holds no export stopped before its first checkpoint")
    try:
        plan: Mapping[str, Any] | None = Checkpoint.load(directory / LEFTOVER_NAME).plan
    except CheckpointError:
        plan = None  # cut short mid-write
    for entry in directory.iterdir():
        if entry.name == LEFTOVER_NAME:
            continue
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    # The temp file goes last: until then a second kill finds the same situation.
    (directory / LEFTOVER_NAME).unlink()
    fsync_directory(directory)
    return plan


def restart_unfinished_start(directory: Path) -> bool:
    """Turn an export stopped before its first checkpoint into one resumable from scratch.

    Returns False when its plan was lost in the cut (start it again instead); the
    directory is then empty either way.
    """
    plan = clear_unfinished_start(directory)
    if plan is None:
        return False
    Checkpoint(directory / CHECKPOINT_NAME, plan).save()
    return True
