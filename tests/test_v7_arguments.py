"""v7 arguments: string ids (ints taken too) and ISO 8601 time ranges, refused before sending."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from thousandeyes_async._timerange import iso_time_range_params
from thousandeyes_async.resources._arguments import v7_id


@pytest.mark.parametrize(
    ("value", "expected"),
    [(817, "817"), ("817", "817"), ("a1b2-c3_d.e", "a1b2-c3_d.e"), (2**63 - 1, str(2**63 - 1))],
)
def test_v7_ids_are_strings(value: Any, expected: str) -> None:
    assert v7_id("test_id", value) == expected


def test_a_zero_based_id_takes_zero() -> None:
    assert v7_id("page_id", 0, minimum=0) == "0"


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (0, ValueError),
        (-1, ValueError),
        (2**63, ValueError),
        ("", ValueError),
        (" 1", ValueError),
        ("1/2", ValueError),
        ("..", ValueError),
        ("1?x", ValueError),
        ("1#x", ValueError),
        ("%2F", ValueError),
        ("x" * 129, ValueError),
        (True, TypeError),
        (1.0, TypeError),
        (None, TypeError),
    ],
)
def test_bad_v7_ids_are_refused(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="test_id"):
        v7_id("test_id", value)


def test_iso_time_ranges() -> None:
    start = datetime(2024, 1, 1, 2, 0, tzinfo=timezone(timedelta(hours=2)))
    assert iso_time_range_params(window="12h") == {"window": "12h"}
    assert iso_time_range_params(window=timedelta(hours=1)) == {"window": "3600"}
    assert iso_time_range_params(start=start) == {"startDate": "2024-01-01T00:00:00Z"}
    assert iso_time_range_params(start=start, end=start + timedelta(days=1)) == {
        "startDate": "2024-01-01T00:00:00Z",
        "endDate": "2024-01-02T00:00:00Z",
    }
    assert iso_time_range_params() == {}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"window": "1h", "start": datetime(2024, 1, 1, tzinfo=UTC)},
        {"end": datetime(2024, 1, 1, tzinfo=UTC)},
        {"start": datetime(2024, 1, 1)},
        {"start": datetime(2024, 1, 2, tzinfo=UTC), "end": datetime(2024, 1, 1, tzinfo=UTC)},
        {"window": "0h"},
        {"window": "1y"},
    ],
)
def test_bad_ranges_are_refused_as_on_v6(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        iso_time_range_params(**kwargs)


@pytest.mark.parametrize("spelling", ["to-target", "TO_TARGET", "To_Target"])
def test_a_direction_in_v6_spelling_is_sent_in_v7_spelling(spelling: str) -> None:
    from thousandeyes_async.resources._v7_streams import results_operation

    network = results_operation("network", "get_test_network_results")
    assert network.query({"window": "1h", "direction": spelling})["direction"] == "to-target"


def test_a_direction_no_spelling_makes_valid_is_refused() -> None:
    from thousandeyes_async.resources._v7_streams import results_operation

    network = results_operation("network", "get_test_network_results")
    with pytest.raises(ValueError, match=r"direction must be one of .*'sideways'"):
        network.query({"window": "1h", "direction": "sideways"})
