"""Where exported records go: JSON Lines (default), CSV, Parquet.

One file set per data kind, every row carrying the test id, the data kind and
the round. A sink only makes rows durable in :meth:`Sink.commit`, and reports
the committed state (file sizes, part files) for the checkpoint; :meth:`Sink.open`
with that state cuts away whatever was written after it. That is the sinks' half
of exactly-once: an interrupted export resumes from a clean, committed state.

JSONL and CSV append to one file per kind (gzip optional: every commit closes a
gzip member, and a concatenation of members is a valid gzip file). Parquet
writes part files per kind (``<kind>/part-00000.parquet``), each a set of
buffered row groups, renamed into place when committed.
"""

from __future__ import annotations

import abc
import csv
import io
import json
import os
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any, Final, Literal, Protocol

from ._errors import SinkError
from ._kinds import Column, DataKind

__all__ = [
    "FORMATS",
    "CSVSink",
    "ExportFormat",
    "JSONLinesSink",
    "Sink",
    "SinkError",
    "json_text",
    "make_sink",
    "sink_paths",
    "split_record",
]

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: Final[tuple[ExportFormat, ...]] = ("jsonl", "csv", "parquet")
#: Columns every row starts with; the round is the record's own ``roundId``.
LEAD_COLUMNS: Final = ("testId", "dataKind")
EXTRA_COLUMN: Final = "extra"


class Sink(Protocol):
    """Rows in, committed files out."""

    format: ExportFormat
    #: Rows after which the runner should commit (and checkpoint) at the latest.
    commit_rows: int
    #: Seconds between commits when the caller does not choose: every commit of a
    #: Parquet sink closes a part file, so it commits less often than an appending one.
    commit_interval: float

    def open(self, directory: Path, state: Mapping[str, Any] | None) -> None:
        """Prepare ``directory``; with a committed ``state``, cut back to it."""

    def write(self, kind: DataKind, test_id: int, records: Sequence[Mapping[str, Any]]) -> None:
        """Add rows (not yet durable)."""

    def commit(self) -> dict[str, Any]:
        """Make every row written so far durable; return the state to checkpoint."""

    def close(self) -> None:
        """Release files without committing what is pending."""


def _row(kind: DataKind, test_id: int, record: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"testId": test_id, "dataKind": kind.name}
    row.update(record)
    row["testId"] = test_id
    row["dataKind"] = kind.name
    return row


def _fits(column: Column, value: Any) -> bool:
    if column.type == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if column.type == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if column.type == "str":
        return isinstance(value, str)
    if column.type == "bool":
        return isinstance(value, bool)
    return isinstance(value, (list, dict))


def split_record(
    kind: DataKind, record: Mapping[str, Any], *, empty_text: bool = True
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Known fields whose value fits the column type, and the rest (kept as ``extra``).

    With ``empty_text=False`` an empty string goes to ``extra`` too: a CSV cell
    cannot tell it from a missing value.
    """
    columns = {column.name: column for column in kind.columns}
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in record.items():
        if name in LEAD_COLUMNS:
            continue
        column = columns.get(name)
        if (
            column is not None
            and value is not None
            and _fits(column, value)
            and (empty_text or value != "")
        ):
            known[name] = value
        elif column is None or value is not None:
            extra[name] = value
    return known, extra


def json_text(value: Any) -> str:
    """Compact JSON, for nested values in table cells and JSON Lines."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- appended files (JSONL, CSV) ------------------------------------------------


class _AppendFile:
    """One kind's file, appended to; with gzip, each commit ends a gzip member."""

    def __init__(self, path: Path, *, gzip: bool, committed: int) -> None:
        self.path = path
        self.gzip = gzip
        exists = path.exists()
        if committed and not exists:
            raise SinkError(f"{path} is gone: the checkpoint says {committed} bytes were committed")
        self._handle: IO[bytes] = open(path, "r+b" if exists else "w+b")  # noqa: SIM115
        size = self._handle.seek(0, os.SEEK_END)
        if size < committed:
            raise SinkError(
                f"{path} holds {size} bytes, fewer than the {committed} the checkpoint committed"
            )
        self._handle.truncate(committed)
        self._handle.seek(committed)
        self._compressor: Any = None
        self.committed = committed
        self.dirty = False

    def write(self, data: bytes) -> None:
        if self.gzip:
            if self._compressor is None:
                self._compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
            data = self._compressor.compress(data)
        self._handle.write(data)
        self.dirty = True

    def commit(self) -> int:
        if self.dirty:
            if self._compressor is not None:
                self._handle.write(self._compressor.flush(zlib.Z_FINISH))
                self._compressor = None
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self.committed = self._handle.tell()
            self.dirty = False
        return self.committed

    def close(self) -> None:
        self._handle.close()


class _AppendingSink(abc.ABC):
    format: ExportFormat
    suffix: str
    commit_rows = 50_000
    commit_interval = 5.0

    def __init__(self, *, gzip: bool = False) -> None:
        self.gzip = gzip
        self._directory: Path | None = None
        self._files: dict[str, _AppendFile] = {}
        self._state: dict[str, int] = {}

    def file_name(self, kind: str) -> str:
        return f"{kind}.{self.suffix}" + (".gz" if self.gzip else "")

    def open(self, directory: Path, state: Mapping[str, Any] | None) -> None:
        self._directory = directory
        sizes = dict((state or {}).get("sizes", {}))
        for kind_name, size in sizes.items():
            self._files[kind_name] = _AppendFile(
                directory / self.file_name(kind_name), gzip=self.gzip, committed=int(size)
            )
        self._state = {name: int(size) for name, size in sizes.items()}

    def _file(self, kind: DataKind) -> _AppendFile:
        handle = self._files.get(kind.name)
        if handle is None:
            if self._directory is None:
                raise SinkError("the sink is not open")
            handle = _AppendFile(
                self._directory / self.file_name(kind.name), gzip=self.gzip, committed=0
            )
            self._files[kind.name] = handle
        return handle

    def write(self, kind: DataKind, test_id: int, records: Sequence[Mapping[str, Any]]) -> None:
        if records:
            self._file(kind).write(self.encode(kind, test_id, records))

    @abc.abstractmethod
    def encode(self, kind: DataKind, test_id: int, records: Sequence[Mapping[str, Any]]) -> bytes:
        """The bytes of ``records`` in this sink's format."""

    def commit(self) -> dict[str, Any]:
        for name, handle in self._files.items():
            self._state[name] = handle.commit()
        return {"sizes": dict(self._state)}

    def close(self) -> None:
        for handle in self._files.values():
            handle.close()
        self._files.clear()


class JSONLinesSink(_AppendingSink):
    """One JSON object per line: the record as the server sent it, plus testId and dataKind."""

    format: ExportFormat = "jsonl"
    suffix = "jsonl"

    def encode(self, kind: DataKind, test_id: int, records: Sequence[Mapping[str, Any]]) -> bytes:
        lines = [json_text(_row(kind, test_id, record)) for record in records]
        return ("\n".join(lines) + "\n").encode()


class CSVSink(_AppendingSink):
    """Flattened columns per kind; nested values and unknown fields as JSON text."""

    format: ExportFormat = "csv"
    suffix = "csv"

    @staticmethod
    def header(kind: DataKind) -> list[str]:
        return [*LEAD_COLUMNS, *kind.column_names(), EXTRA_COLUMN]

    def encode(self, kind: DataKind, test_id: int, records: Sequence[Mapping[str, Any]]) -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        handle = self._file(kind)
        if handle.committed == 0 and not handle.dirty:
            writer.writerow(self.header(kind))
        for record in records:
            known, extra = split_record(kind, record, empty_text=False)
            cells: list[str] = [str(test_id), kind.name]
            for column in kind.columns:
                value = known.get(column.name)
                if value is None:
                    cells.append("")
                elif column.type == "json":
                    cells.append(json_text(value))
                elif column.type == "bool":
                    cells.append("true" if value else "false")
                elif column.type == "float":
                    cells.append(repr(float(value)) if isinstance(value, float) else str(value))
                else:
                    cells.append(str(value))
            cells.append(json_text(extra) if extra else "")
            writer.writerow(cells)
        return buffer.getvalue().encode()


def make_sink(format: str, *, gzip: bool = False) -> Sink:
    """A sink for ``jsonl``, ``csv`` or ``parquet`` (gzip for the first two)."""
    if format == "jsonl":
        return JSONLinesSink(gzip=gzip)
    if format == "csv":
        return CSVSink(gzip=gzip)
    if format == "parquet":
        if gzip:
            raise ValueError("gzip applies to jsonl and csv; Parquet is compressed already")
        from ._parquet import ParquetSink

        return ParquetSink()
    raise ValueError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")


def sink_paths(directory: Path, format: str, kind: str, *, gzip: bool = False) -> list[Path]:
    """The files holding one kind's rows, in write order."""
    if format == "parquet":
        return sorted((directory / kind).glob("part-*.parquet"))
    suffix = format + (".gz" if gzip else "")
    path = directory / f"{kind}.{suffix}"
    return [path] if path.exists() else []
