from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from thousandeyes_async.export import (
    CSVSink,
    JSONLinesSink,
    ParquetSink,
    data_kind,
    make_sink,
    read_export,
    sink_paths,
)

METRICS = data_kind("net.metrics")
HTTP = data_kind("web.http_server")


def _metric(agent: int, round_id: int, **extra: Any) -> dict[str, Any]:
    return {
        "agentId": agent,
        "agentName": f"Agent {agent}",
        "countryId": "US",
        "date": "2024-01-01 00:00:05",
        "roundId": round_id,
        "permalink": "https://app.example/x",
        "serverIp": "192.0.2.1",
        "server": "example.com:443",
        "loss": 0.5,
        "minLatency": 1,
        "maxLatency": 3.25,
        "avgLatency": 2.0,
        "jitter": 0.1,
        **extra,
    }


HTTP_RECORD = {
    "agentId": 4,
    "roundId": 600,
    "responseCode": 200,
    "requestHeaders": 'GET / HTTP/1.1\r\nHost: "x"\r\n',
    "sslCerts": [{"issuerName": "CA", "subjectAltNames": ["a", "b"]}],
    "wireSize": 9993,
    "brandNewField": {"nested": [1, 2]},
    "errorType": "",
    "errorDetails": None,
}

CASES = [("jsonl", False), ("jsonl", True), ("csv", False), ("csv", True), ("parquet", False)]


@pytest.mark.parametrize(("fmt", "gz"), CASES)
def test_rows_read_back_as_written_with_test_and_kind(tmp_path: Path, fmt: str, gz: bool) -> None:
    sink = make_sink(fmt, gzip=gz)
    sink.open(tmp_path, None)
    metrics = [_metric(1, 300), _metric(2, 300, direction="TO_TARGET")]
    sink.write(METRICS, 817, metrics)
    sink.write(HTTP, 818, [HTTP_RECORD])
    sink.commit()
    sink.close()
    rows = list(read_export(tmp_path, "net.metrics", format=fmt, gzip=gz))
    assert rows == [{"testId": 817, "dataKind": "net.metrics", **m} for m in metrics]
    (http_row,) = read_export(tmp_path, "web.http_server", format=fmt, gzip=gz)
    expected = {"testId": 818, "dataKind": "web.http_server", **HTTP_RECORD}
    if fmt != "jsonl":
        # Tables cannot tell a null from an absent field.
        del expected["errorDetails"]
    assert http_row == expected


def test_csv_flattens_known_fields_and_keeps_the_rest_as_json(tmp_path: Path) -> None:
    sink = CSVSink()
    sink.open(tmp_path, None)
    sink.write(HTTP, 1, [HTTP_RECORD])
    sink.commit()
    sink.close()
    text = (tmp_path / "web.http_server.csv").read_text()
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["testId", "dataKind", "agentId"]
    assert header[-1] == "extra"
    assert "roundId" in header
    assert "sslCerts" in header
    assert '""brandNewField"":{""nested"":[1,2]}' in text


def test_parquet_has_a_typed_schema_per_kind(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    sink = ParquetSink(row_group_size=2)
    sink.open(tmp_path, None)
    sink.write(METRICS, 5, [_metric(a, 300) for a in range(5)])
    sink.commit()
    sink.close()
    (path,) = sink_paths(tmp_path, "parquet", "net.metrics")
    parquet = pq.ParquetFile(path)
    schema = parquet.schema_arrow
    assert str(schema.field("testId").type) == "int64"
    assert str(schema.field("roundId").type) == "int64"
    assert str(schema.field("loss").type) == "double"
    assert str(schema.field("agentName").type) == "string"
    assert parquet.metadata.num_row_groups == 3
    assert parquet.metadata.num_rows == 5


def test_a_value_of_an_unexpected_type_is_kept_not_coerced(tmp_path: Path) -> None:
    odd = _metric(1, 300, loss="n/a", agentId="12")
    sink = ParquetSink()
    sink.open(tmp_path, None)
    sink.write(METRICS, 1, [odd])
    sink.commit()
    sink.close()
    (row,) = read_export(tmp_path, "net.metrics", format="parquet")
    assert row["loss"] == "n/a"
    assert row["agentId"] == "12"


@pytest.mark.parametrize(("fmt", "gz"), CASES)
def test_reopening_with_committed_state_cuts_uncommitted_rows(
    tmp_path: Path, fmt: str, gz: bool
) -> None:
    sink = make_sink(fmt, gzip=gz)
    sink.open(tmp_path, None)
    sink.write(METRICS, 1, [_metric(1, 300)])
    state = sink.commit()
    sink.write(METRICS, 1, [_metric(2, 300)])
    if fmt == "parquet":
        # A part file that was committed after the checkpoint was saved.
        sink.commit()
    else:
        sink.commit()
    sink.close()
    assert len(list(read_export(tmp_path, "net.metrics", format=fmt, gzip=gz))) == 2
    resumed = make_sink(fmt, gzip=gz)
    resumed.open(tmp_path, state)
    resumed.write(METRICS, 1, [_metric(3, 300)])
    resumed.commit()
    resumed.close()
    rows = list(read_export(tmp_path, "net.metrics", format=fmt, gzip=gz))
    assert [row["agentId"] for row in rows] == [1, 3]


def test_gzip_output_is_one_valid_gzip_stream_of_members(tmp_path: Path) -> None:
    sink = JSONLinesSink(gzip=True)
    sink.open(tmp_path, None)
    for agent in range(3):
        sink.write(METRICS, 1, [_metric(agent, 300)])
        sink.commit()
    sink.close()
    with gzip.open(tmp_path / "net.metrics.jsonl.gz", "rt") as handle:
        agents = [json.loads(line)["agentId"] for line in handle]
    assert agents == [0, 1, 2]


def test_uncommitted_parquet_part_is_removed_on_reopen(tmp_path: Path) -> None:
    sink = ParquetSink()
    sink.open(tmp_path, None)
    sink.write(METRICS, 1, [_metric(1, 300)])
    state = sink.commit()
    sink.write(METRICS, 1, [_metric(2, 300)])
    # Simulate a kill: the part being written stays as a temp file.
    leftovers = list((tmp_path / "net.metrics").glob("*.tmp"))
    assert leftovers
    ParquetSink().open(tmp_path, state)
    assert not list((tmp_path / "net.metrics").glob("*.tmp"))


def test_reopen_refuses_a_file_shorter_than_committed(tmp_path: Path) -> None:
    from thousandeyes_async.export import SinkError

    sink = JSONLinesSink()
    sink.open(tmp_path, None)
    sink.write(METRICS, 1, [_metric(1, 300)])
    state = sink.commit()
    sink.close()
    (tmp_path / "net.metrics.jsonl").write_text("")
    with pytest.raises(SinkError, match="fewer than"):
        JSONLinesSink().open(tmp_path, state)


def test_make_sink_refuses_unknown_format_and_gzip_parquet() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        make_sink("xml")
    with pytest.raises(ValueError, match="gzip"):
        make_sink("parquet", gzip=True)
