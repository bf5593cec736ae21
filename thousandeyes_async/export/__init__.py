"""Bulk export: every record of many tests out at the speed the API allows.

``await export(client, plan, sink, directory)`` fetches a plan of tests x data
kinds x time slices concurrently under the client's limiter (bulk priority),
writes JSON Lines, CSV or Parquet, and checkpoints what is done so that an
interrupted export resumes without losing or duplicating a record.

Its errors derive from :class:`ExportError`, itself a
:class:`~thousandeyes_async.ThousandEyesError`: :class:`CheckpointError` (the
checkpoint cannot be used) and :class:`SinkError` (the output cannot be written).
"""

from ._checkpoint import CHECKPOINT_NAME, Checkpoint, Intervals
from ._dedup import SeenRecords, record_key
from ._errors import CheckpointError, ExportError, RangeAfterNowError, SinkError
from ._kinds import (
    DATA_KINDS,
    DETAIL_KINDS,
    SUMMARY_KINDS,
    Column,
    DataKind,
    data_kind,
    parse_data_kinds,
)
from ._kinds_v7 import (
    V7_DATA_KINDS,
    V7_DETAIL_KINDS,
    V7_SUMMARY_KINDS,
    parse_v7_data_kinds,
    v7_kind,
)
from ._parquet import ParquetSink
from ._plan import (
    MAX_SLICES,
    ExportPlan,
    TestRef,
    TestSelection,
    TimeRange,
    WorkUnit,
    slice_count,
    slice_range,
)
from ._readback import read_export
from ._runner import Exporter, ExportStats, KindStats, export
from ._sinks import (
    FORMATS,
    CSVSink,
    ExportFormat,
    JSONLinesSink,
    Sink,
    make_sink,
    sink_paths,
)

__all__ = [
    "CHECKPOINT_NAME",
    "DATA_KINDS",
    "DETAIL_KINDS",
    "FORMATS",
    "MAX_SLICES",
    "SUMMARY_KINDS",
    "V7_DATA_KINDS",
    "V7_DETAIL_KINDS",
    "V7_SUMMARY_KINDS",
    "CSVSink",
    "Checkpoint",
    "CheckpointError",
    "Column",
    "DataKind",
    "ExportError",
    "ExportFormat",
    "ExportPlan",
    "ExportStats",
    "Exporter",
    "Intervals",
    "JSONLinesSink",
    "KindStats",
    "ParquetSink",
    "RangeAfterNowError",
    "SeenRecords",
    "Sink",
    "SinkError",
    "TestRef",
    "TestSelection",
    "TimeRange",
    "WorkUnit",
    "data_kind",
    "export",
    "make_sink",
    "parse_data_kinds",
    "parse_v7_data_kinds",
    "read_export",
    "record_key",
    "sink_paths",
    "slice_count",
    "slice_range",
    "v7_kind",
]
