"""``thousandeyes_async.unstructure`` gives the server's JSON back for records of both versions."""

from __future__ import annotations

import enum
import json
from datetime import datetime
from typing import Any

import attrs
import pytest

from thousandeyes_async import unstructure
from thousandeyes_async.models import structure_record
from thousandeyes_async.models._converter import converter
from thousandeyes_async.models._converter_v7 import structure_v7
from thousandeyes_async.models.v6 import NetMetric

from .v7_specs import example_body, module_of, specs

JSON_TYPES = (str, int, float, bool, type(None), list, dict)


def _plain(value: Any) -> bool:
    """True when ``value`` is JSON made of exactly the types ``json.loads`` gives."""
    if type(value) not in JSON_TYPES:
        return False
    if isinstance(value, list):
        return all(map(_plain, value))
    if isinstance(value, dict):
        return all(type(k) is str and _plain(v) for k, v in value.items())
    return True


def _kinds(record: Any, seen: set[str]) -> None:
    """Note whether ``record`` holds enum members and date-times anywhere."""
    if isinstance(record, enum.Enum):
        seen.add("enum")
    elif isinstance(record, datetime):
        seen.add("datetime")
    elif attrs.has(type(record)):
        for field in attrs.fields(type(record)):
            _kinds(getattr(record, field.name), seen)
    elif isinstance(record, list | tuple):
        for item in record:
            _kinds(item, seen)
    elif isinstance(record, dict):
        for item in record.values():
            _kinds(item, seen)


@pytest.mark.parametrize("area", sorted(specs()))
def test_every_v7_record_of_an_area_gives_back_its_json(area: str) -> None:
    document = specs()[area]
    seen: set[str] = set()
    for name, cls in module_of(area).SCHEMAS.items():
        body = example_body(document, document["components"]["schemas"][name])
        record = structure_v7(body, cls)
        _kinds(record, seen)
        out = unstructure(record)
        assert out == body, name
        # Enums as their values, dates as the spec writes them: plain JSON, same text.
        assert _plain(out), name
        assert json.dumps(out, sort_keys=True) == json.dumps(body, sort_keys=True), name
    # Each area's records hold enums, and all but the snapshots' hold date-times.
    assert "enum" in seen
    assert "datetime" in seen or area == "test-snapshots"


def test_a_v7_date_is_iso_8601_with_z_and_an_enum_its_value() -> None:
    area = "test-results"
    document = specs()[area]
    cls = module_of(area).SCHEMAS["NetworkTestResult"]
    body = example_body(document, document["components"]["schemas"]["NetworkTestResult"])
    body["date"] = "2024-03-01T12:30:05Z"
    record = structure_v7(body, cls)
    assert record.date == datetime.fromisoformat("2024-03-01T12:30:05+00:00")
    out = unstructure(record)
    assert out["date"] == "2024-03-01T12:30:05Z"
    members = [v for v in attrs.astuple(record, recurse=False) if isinstance(v, enum.Enum)]
    assert members  # the example holds an enum member ...
    assert _plain(out)  # ... given back as its plain value


def test_lists_and_dicts_of_v7_records_give_back_their_json() -> None:
    area = "test-results"
    document = specs()[area]
    cls = module_of(area).SCHEMAS["NetworkTestResult"]
    body = example_body(document, document["components"]["schemas"]["NetworkTestResult"])
    body["date"] = "2024-03-01T12:30:05Z"
    record = structure_v7(body, cls)
    assert unstructure([record, record]) == [body, body]
    assert unstructure((record,)) == [body]
    assert unstructure({"agent": record, "n": 1}) == {"agent": body, "n": 1}


def test_v6_records_keep_the_v6_json() -> None:
    raw = {
        "agentId": 12,
        "agentName": "Hong Kong",
        "date": "2013-11-13 02:33:05",
        "roundId": 1384309800,
        "loss": 0.0,
        "avgLatency": 167.04,
    }
    metric = structure_record(raw, NetMetric)
    assert unstructure(metric) == raw == converter.unstructure(metric)
    assert unstructure([metric]) == [raw]
    assert unstructure({"metrics": (metric,)}) == converter.unstructure({"metrics": (metric,)})
