from __future__ import annotations

import json
from pathlib import Path

import pytest

from thousandeyes_async.export import Checkpoint, CheckpointError, Intervals


def test_intervals_merge_adjacent_and_overlapping() -> None:
    intervals = Intervals()
    intervals.add(10, 20)
    intervals.add(30, 40)
    intervals.add(20, 30)
    assert intervals.as_list() == [[10, 40]]
    intervals.add(50, 60)
    intervals.add(0, 5)
    assert intervals.as_list() == [[0, 5], [10, 40], [50, 60]]
    intervals.add(3, 55)
    assert intervals.as_list() == [[0, 60]]
    with pytest.raises(ValueError, match="empty"):
        intervals.add(5, 5)


def test_intervals_coverage_and_gaps() -> None:
    intervals = Intervals([(10, 20), (30, 40)])
    assert intervals.covers(10, 20)
    assert intervals.covers(12, 18)
    assert not intervals.covers(15, 35)
    assert intervals.gaps(0, 50) == [(0, 10), (20, 30), (40, 50)]
    assert intervals.gaps(10, 20) == []
    assert intervals.gaps(15, 32) == [(20, 30)]


def test_checkpoint_round_trips_and_merges(tmp_path: Path) -> None:
    path = tmp_path / "checkpoint.json"
    checkpoint = Checkpoint(path, {"kinds": ["net.metrics"]})
    checkpoint.mark_done(817, "net.metrics", 0, 3600)
    checkpoint.mark_done(817, "net.metrics", 3600, 7200)
    checkpoint.mark_done(818, "net.metrics", 0, 3600)
    checkpoint.sink_state = {"sizes": {"net.metrics": 123}}
    checkpoint.save()
    loaded = Checkpoint.load(path)
    assert loaded.plan == {"kinds": ["net.metrics"]}
    assert loaded.sink_state == {"sizes": {"net.metrics": 123}}
    assert loaded.completed(817, "net.metrics").as_list() == [[0, 7200]]
    assert loaded.is_done(818, "net.metrics", 0, 3600)
    assert not loaded.is_done(818, "net.metrics", 3600, 7200)
    assert not loaded.is_done(1, "net.metrics", 0, 1)
    assert not (tmp_path / "checkpoint.json.tmp").exists()


def test_save_replaces_atomically_leaving_old_or_new(tmp_path: Path) -> None:
    path = tmp_path / "checkpoint.json"
    first = Checkpoint(path, {"n": 1})
    first.save()
    # A temp file left by a crash mid-write does not disturb the committed checkpoint.
    (tmp_path / "checkpoint.json.tmp").write_text('{"half": ')
    assert Checkpoint.load(path).plan == {"n": 1}
    second = Checkpoint(path, {"n": 2})
    second.save()
    assert Checkpoint.load(path).plan == {"n": 2}


def test_load_refuses_missing_or_malformed(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match="nothing to resume"):
        Checkpoint.load(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(CheckpointError, match="cannot read"):
        Checkpoint.load(bad)
    bad.write_text(json.dumps({"version": 99}))
    with pytest.raises(CheckpointError, match="not a checkpoint"):
        Checkpoint.load(bad)
    bad.write_text(json.dumps({"version": 1, "plan": {}, "completed": {"k": {"x": [[1]]}}}))
    with pytest.raises(CheckpointError, match="malformed"):
        Checkpoint.load(bad)


def test_the_suites_fsync_skips_the_disk_but_not_a_closed_descriptor(tmp_path: Path) -> None:
    # In-process tests replace os.fsync (conftest): a commit that fsyncs a closed file
    # must still fail there as it would for real.
    import os

    from .conftest import fsync_without_waiting

    assert os.fsync is fsync_without_waiting
    with (tmp_path / "f").open("wb") as handle:
        os.fsync(handle.fileno())
        fd = handle.fileno()
    with pytest.raises(OSError):
        os.fsync(fd)
