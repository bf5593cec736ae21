from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from thousandeyes_async._timerange import format_timestamp, time_range_params
from thousandeyes_async.resources import parse_window, round_id, round_start

T0 = datetime(2024, 3, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("window", "seconds"),
    [
        ("12h", 43200),
        ("10d", 864000),
        ("1200", 1200),
        ("30s", 30),
        ("5m", 300),
        ("2w", 1209600),
        (90, 90),
        (timedelta(hours=1), 3600),
    ],
)
def test_window_lengths(window: object, seconds: int) -> None:
    assert parse_window(window) == seconds  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "window",
    [
        "",
        "12x",
        "h",
        "1.5h",
        "-5m",
        "12 h",
        "0",
        0,
        -1,
        timedelta(0),
        timedelta(seconds=1.5),
        "12h\n",
        "\n12h",
        "999999d",
        "3661d",
        10**30,
        timedelta(days=5000),
    ],
)
def test_bad_windows_raise_value_error(window: object) -> None:
    with pytest.raises(ValueError, match="window"):
        parse_window(window)  # type: ignore[arg-type]


@pytest.mark.parametrize("window", [True, 1.5, None, ["1h"]])
def test_window_of_wrong_type_raises_type_error(window: object) -> None:
    with pytest.raises(TypeError):
        parse_window(window)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"window": "12h"}, {"window": "12h"}),
        ({"window": 600}, {"window": "600"}),
        ({"window": timedelta(days=1)}, {"window": "86400"}),
        ({"start": T0}, {"from": "2024-03-01T12:00:00"}),
        (
            {"start": T0, "end": T0 + timedelta(hours=1)},
            {"from": "2024-03-01T12:00:00", "to": "2024-03-01T13:00:00"},
        ),
        (
            {"start": datetime(2024, 3, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))},
            {"from": "2024-03-01T12:00:00"},
        ),
        ({}, {}),
    ],
)
def test_time_range_params(kwargs: dict[str, object], expected: dict[str, str]) -> None:
    assert time_range_params(**kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"window": "1h", "start": T0}, "not both"),
        ({"window": "1h", "end": T0}, "not both"),
        ({"end": T0}, "needs start"),
        ({"start": datetime(2024, 3, 1, 12, 0)}, "timezone-aware"),
        ({"start": T0, "end": datetime(2024, 3, 1, 13, 0)}, "timezone-aware"),
        ({"start": T0, "end": T0 - timedelta(seconds=1)}, "before start"),
        ({"window": "1y"}, "malformed window"),
    ],
)
def test_time_range_refusals(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        time_range_params(**kwargs)  # type: ignore[arg-type]


def test_format_timestamp_refuses_naive() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        format_timestamp(datetime(2024, 1, 1))
    assert format_timestamp(T0) == "2024-03-01T12:00:00"


def test_round_id_follows_the_seed_example() -> None:
    # Seed 000: a round starting 2015-06-30 16:00:00 UTC has roundId 1435680000.
    start = datetime(2015, 6, 30, 16, 0, 0, tzinfo=UTC)
    assert round_id(start, 300) == 1435680000
    assert round_id(start + timedelta(seconds=299), 300) == 1435680000
    assert round_id(start + timedelta(seconds=300), 300) == 1435680300
    assert round_id(1435680599.9, 300) == 1435680300
    assert round_start(1435680000) == start


@pytest.mark.parametrize("interval", [0, -300, True, 1.5])
def test_round_id_refuses_bad_interval(interval: object) -> None:
    with pytest.raises(ValueError, match="interval"):
        round_id(T0, interval)  # type: ignore[arg-type]


def test_round_id_refuses_naive_and_round_start_refuses_negative() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        round_id(datetime(2024, 1, 1), 60)
    with pytest.raises(ValueError, match="round id"):
        round_start(-1)


def test_the_longest_window_is_accepted() -> None:
    assert parse_window("3660d") == 3660 * 86400
    assert parse_window(timedelta(days=3660)) == 3660 * 86400


@pytest.mark.parametrize(
    "start",
    [
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC),
        datetime(1970, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))),
    ],
)
def test_a_range_before_1970_is_refused(start: datetime) -> None:
    with pytest.raises(ValueError, match="before 1970"):
        time_range_params(start=start)
    with pytest.raises(ValueError, match="before 1970"):
        time_range_params(start=T0, end=start)
    with pytest.raises(ValueError, match="before 1970"):
        format_timestamp(start)


def test_the_epoch_itself_is_a_valid_start() -> None:
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    assert time_range_params(start=epoch) == {"from": "1970-01-01T00:00:00"}
