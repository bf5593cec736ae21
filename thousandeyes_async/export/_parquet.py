"""Parquet output: part files of buffered row groups, with a schema per data kind.

pyarrow (the ``parquet`` extra) is imported only when a Parquet sink is made.
Each commit writes the pending rows as a row group, closes the part file and
renames it into place; the checkpoint lists the committed parts, and reopening
removes any other part (written after the last checkpoint).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from ._checkpoint import fsync_directory
from ._kinds import DataKind
from ._sinks import EXTRA_COLUMN, ExportFormat, SinkError, json_text, split_record

__all__ = ["ParquetSink", "pyarrow_modules"]


def pyarrow_modules() -> Any:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise SinkError(
            "Parquet output needs pyarrow: pip install 'thousandeyes-async[parquet]'"
        ) from None
    return pa, pq


_ARROW_TYPES: Final = {"int": "int64", "float": "float64", "str": "string", "bool": "bool_"}


class _PartWriter:
    """Row groups of one kind's current part file."""

    def __init__(self, kind: DataKind, directory: Path, index: int, row_group: int) -> None:
        pa, pq = pyarrow_modules()
        self.kind = kind
        self.final = directory / f"part-{index:05d}.parquet"
        self.temp = directory / f"part-{index:05d}.parquet.tmp"
        fields = [pa.field("testId", pa.int64()), pa.field("dataKind", pa.string())]
        for column in kind.columns:
            arrow_type = getattr(pa, _ARROW_TYPES.get(column.type, "string"))()
            fields.append(pa.field(column.name, arrow_type))
        fields.append(pa.field(EXTRA_COLUMN, pa.string()))
        self.schema = pa.schema(fields)
        self._writer = pq.ParquetWriter(self.temp, self.schema, compression="zstd")
        self._row_group = row_group
        self._columns: dict[str, list[Any]] = {name: [] for name in self.schema.names}
        self._rows = 0

    def add(self, test_id: int, records: Sequence[Mapping[str, Any]]) -> None:
        for record in records:
            known, extra = split_record(self.kind, record)
            self._columns["testId"].append(test_id)
            self._columns["dataKind"].append(self.kind.name)
            for column in self.kind.columns:
                value = known.get(column.name)
                if value is not None and column.type == "json":
                    value = json_text(value)
                elif value is not None and column.type == "float":
                    value = float(value)
                self._columns[column.name].append(value)
            self._columns[EXTRA_COLUMN].append(json_text(extra) if extra else None)
            self._rows += 1
            if self._rows >= self._row_group:
                self.flush()

    def flush(self) -> None:
        if not self._rows:
            return
        pa, _ = pyarrow_modules()
        table = pa.Table.from_pydict(self._columns, schema=self.schema)
        self._writer.write_table(table)
        self._columns = {name: [] for name in self.schema.names}
        self._rows = 0

    def finish(self) -> str:
        self.flush()
        self._writer.close()
        with open(self.temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self.temp, self.final)
        return self.final.name

    def abandon(self) -> None:
        try:
            self._writer.close()
        finally:
            self.temp.unlink(missing_ok=True)


class ParquetSink:
    """Part files of buffered row groups, with a schema per data kind."""

    format: ExportFormat = "parquet"
    commit_rows = 200_000
    commit_interval = 60.0

    def __init__(self, *, row_group_size: int = 20_000) -> None:
        pyarrow_modules()
        if row_group_size <= 0:
            raise ValueError("row_group_size must be positive")
        self.row_group_size = row_group_size
        self._directory: Path | None = None
        self._parts: dict[str, list[str]] = {}
        self._open: dict[str, _PartWriter] = {}

    def open(self, directory: Path, state: Mapping[str, Any] | None) -> None:
        self._directory = directory
        parts = {name: list(files) for name, files in dict((state or {}).get("parts", {})).items()}
        self._parts = parts
        for kind_name, files in parts.items():
            kind_dir = directory / kind_name
            missing = [name for name in files if not (kind_dir / name).exists()]
            if missing:
                raise SinkError(f"committed part files are gone: {', '.join(missing)}")
        # Anything else under a kind's folder was written after the last commit: remove it.
        for kind_dir in directory.iterdir():
            if not kind_dir.is_dir():
                continue
            keep = set(parts.get(kind_dir.name, ()))
            for entry in kind_dir.iterdir():
                if entry.name.startswith("part-") and entry.name not in keep:
                    entry.unlink()

    def write(self, kind: DataKind, test_id: int, records: Sequence[Mapping[str, Any]]) -> None:
        if not records:
            return
        writer = self._open.get(kind.name)
        if writer is None:
            if self._directory is None:
                raise SinkError("the sink is not open")
            kind_dir = self._directory / kind.name
            kind_dir.mkdir(exist_ok=True)
            done = self._parts.setdefault(kind.name, [])
            index = 1 + max((int(name[5:10]) for name in done), default=-1)
            writer = _PartWriter(kind, kind_dir, index, self.row_group_size)
            self._open[kind.name] = writer
        writer.add(test_id, records)

    def commit(self) -> dict[str, Any]:
        for name, writer in list(self._open.items()):
            self._parts.setdefault(name, []).append(writer.finish())
            fsync_directory(writer.final.parent)
            del self._open[name]
        return {"parts": {name: list(files) for name, files in self._parts.items()}}

    def close(self) -> None:
        for writer in self._open.values():
            writer.abandon()
        self._open.clear()
