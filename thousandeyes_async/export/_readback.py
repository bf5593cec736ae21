"""Reading an export back: the rows of one kind as dicts, whatever the format."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ._kinds import DataKind, data_kind
from ._sinks import EXTRA_COLUMN, sink_paths

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
    directory: str | os.PathLike[str], kind: str, *, format: str = "jsonl", gzip: bool = False
) -> Iterator[dict[str, Any]]:
    """The rows of one kind as dicts (the record's fields plus testId and dataKind).

    CSV and Parquet cannot tell a null from an absent field: both read back as absent.
    """
    spec = data_kind(kind)
    for path in sink_paths(Path(directory), format, spec.name, gzip=gzip):
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
