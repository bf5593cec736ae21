"""Reading an export back: the rows of one kind as dicts, whatever the format."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ._checkpoint import CHECKPOINT_NAME, Checkpoint
from ._errors import ExportError
from ._kinds import DataKind
from ._kinds_v7 import kind_named
from ._sinks import EXTRA_COLUMN, FORMATS, sink_paths

__all__ = ["read_export"]


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        import gzip

        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def _from_columns(kind: DataKind, row: Mapping[str, Any], *, text: bool) -> dict[str, Any]:
    record: dict[str, Any] = {"testId": int(row["testId"]), "dataKind": row["dataKind"]}
    for column in kind.columns:
        value = row.get(column.name)
        if value is None or (text and value == ""):
            continue
        if column.type == "json":
            value = json.loads(value)
        elif text and column.type == "int":
            value = int(value)
        elif text and column.type == "float":
            # An integer the server sent into a float field stays an integer.
            value = int(value) if value.lstrip("-").isdigit() else float(value)
        elif text and column.type == "bool":
            value = value == "true"
        record[column.name] = value
    extra = row.get(EXTRA_COLUMN)
    if extra:
        record.update(json.loads(extra))
    return record


def read_export(
    directory: str | os.PathLike[str],
    kind: str,
    *,
    format: str | None = None,
    gzip: bool | None = None,
) -> Iterator[dict[str, Any]]:
    """The rows of one kind as dicts (the record's fields plus testId and dataKind).

    The format and gzip are read from the export's checkpoint (or, without one,
    from the files present); giving them only checks. A directory that holds no
    such export raises :class:`ExportError` rather than reading back nothing.
    CSV and Parquet cannot tell a null from an absent field: both read back as absent.
    """
    spec = kind_named(kind)
    root = Path(directory)
    if not root.is_dir():
        raise ExportError(f"no export at {root}: it is not a directory")
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")
    if (root / CHECKPOINT_NAME).exists():
        format, gzip = _recorded_output(root, spec, format, gzip)
    else:
        format, gzip = _output_found(root, spec, format, gzip)
    return _rows(sink_paths(root, format, spec.name, gzip=gzip), spec, format)


def _recorded_output(
    root: Path, spec: DataKind, format: str | None, gzip: bool | None
) -> tuple[str, bool]:
    plan = Checkpoint.load(root / CHECKPOINT_NAME).plan
    recorded, zipped = str(plan.get("format")), bool(plan.get("gzip"))
    if format is not None and format != recorded:
        raise ExportError(f"{root} was exported as {recorded}, not {format}")
    if gzip is not None and gzip != zipped:
        state = "gzipped" if zipped else "not gzipped"
        raise ExportError(f"the {recorded} files in {root} are {state}")
    kinds = [str(name) for name in plan.get("kinds") or ()]
    if spec.name not in kinds:
        raise ExportError(f"{root} holds no {spec.name}: it exported {', '.join(kinds)}")
    return recorded, zipped


def _output_found(
    root: Path, spec: DataKind, format: str | None, gzip: bool | None
) -> tuple[str, bool]:
    found = [
        (each, zipped)
        for each in FORMATS
        for zipped in ((False,) if each == "parquet" else (False, True))
        if (format is None or format == each)
        and (gzip is None or gzip == zipped)
        and sink_paths(root, each, spec.name, gzip=zipped)
    ]
    if not found:
        asked = f" {format}" if format else ""
        asked += " gzipped" if gzip else " plain" if gzip is False else ""
        raise ExportError(
            f"no{asked} files of {spec.name} in {root}, and no checkpoint saying what it holds"
        )
    if len(found) > 1:
        raise ExportError(
            f"{root} holds {spec.name} in several formats and no checkpoint: "
            "choose one with format= and gzip="
        )
    return found[0]


def _rows(paths: list[Path], spec: DataKind, format: str) -> Iterator[dict[str, Any]]:
    for path in paths:
        if format == "jsonl":
            with _open_text(path) as handle:
                for line in handle:
                    if line.strip():
                        yield json.loads(line)
        elif format == "csv":
            with _open_text(path) as handle:
                for row in csv.DictReader(handle):
                    yield _from_columns(spec, row, text=True)
        else:
            from ._parquet import pyarrow_modules

            _, pq = pyarrow_modules()
            parquet = pq.ParquetFile(path)
            for batch in parquet.iter_batches():
                for row in batch.to_pylist():
                    yield _from_columns(spec, row, text=False)
