from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest

from thousandeyes_async.export import (
    DATA_KINDS,
    DETAIL_KINDS,
    MAX_SLICES,
    SUMMARY_KINDS,
    ExportPlan,
    SeenRecords,
    TestRef,
    TestSelection,
    TimeRange,
    data_kind,
    parse_data_kinds,
    record_key,
    slice_count,
    slice_range,
)

HOUR = 3600


def test_seventeen_kinds_split_into_summaries_and_details() -> None:
    assert len(DATA_KINDS) == 17
    assert set(DETAIL_KINDS) == {
        "net.path_trace",
        "net.bgp_routes",
        "web.page_load_detail",
        "web.transaction_detail",
        "web.transaction_components",
    }
    assert len(SUMMARY_KINDS) == 12


def test_parse_data_kinds_all_means_summaries_and_rejects_unknown() -> None:
    assert [kind.name for kind in parse_data_kinds("all")] == list(SUMMARY_KINDS)
    assert [kind.name for kind in parse_data_kinds("net.metrics, web.http-server")] == [
        "net.metrics",
        "web.http_server",
    ]
    with pytest.raises(ValueError, match=r"unknown data kind 'net\.nope'"):
        parse_data_kinds("net.metrics,net.nope")
    with pytest.raises(ValueError, match="no data kind"):
        parse_data_kinds(" , ")


def test_records_of_reads_the_kind_member_only() -> None:
    body = {"net": {"test": {"testId": 1}, "metrics": [{"roundId": 1}, "junk"]}, "pages": {}}
    assert data_kind("net.metrics").records_of(body) == [{"roundId": 1}]
    assert data_kind("net.path_vis").records_of(body) == []
    assert data_kind("net.metrics").records_of(None) == []


def test_slices_are_aligned_half_open_and_cover_the_range_exactly() -> None:
    start = 10 * HOUR + 600
    end = 13 * HOUR + 60
    slices = slice_range(TimeRange(start, end), HOUR)
    assert slices == [
        (start, 11 * HOUR),
        (11 * HOUR, 12 * HOUR),
        (12 * HOUR, 13 * HOUR),
        (13 * HOUR, end),
    ]
    # Adjacent slices share no second: each round id has exactly one owner.
    for (_, upper), (lower, _) in itertools.pairwise(slices):
        assert upper == lower


def test_slicing_is_the_same_whatever_the_range_start() -> None:
    wide = slice_range(TimeRange(0, 10 * HOUR), 2 * HOUR)
    narrow = slice_range(TimeRange(2 * HOUR, 6 * HOUR), 2 * HOUR)
    assert set(narrow) <= set(wide)


def test_bad_ranges_and_slices_are_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        TimeRange(100, 100)
    with pytest.raises(ValueError, match="positive"):
        slice_range(TimeRange(0, 10), 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        TimeRange.between(datetime(2024, 1, 1), datetime(2024, 1, 2))
    assert TimeRange.last("2h", now=7200.9) == TimeRange(0, 7200)
    assert TimeRange.between(
        datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 1, 1, tzinfo=UTC)
    ) == TimeRange(1704067200, 1704070800)


def test_test_selection_filters_and_checks_ids() -> None:
    listing = [
        {"testId": 3, "testName": "Shop checkout", "type": "web-transactions"},
        {"testId": 1, "testName": "www", "type": "http-server"},
        {"testId": 2, "testName": "shop api", "type": "http-server"},
    ]
    every = TestSelection(all_tests=True).resolve(listing)
    assert [ref.id for ref in every] == [1, 2, 3]
    typed = TestSelection(all_tests=True, types=("http-server",), name_contains="SHOP")
    assert typed.resolve(listing) == (TestRef(2, "http-server", "shop api"),)
    assert [ref.id for ref in TestSelection(ids=(3, 1)).resolve(listing)] == [3, 1]
    with pytest.raises(ValueError, match="no such test in this account group: 9"):
        TestSelection(ids=(1, 9)).resolve(listing)
    with pytest.raises(ValueError, match="not both"):
        TestSelection(ids=(1,), all_tests=True)
    with pytest.raises(ValueError, match="positive"):
        TestSelection(ids=(0,))


def test_units_group_detail_kinds_with_their_summary_and_skip_other_test_types() -> None:
    plan = ExportPlan.build(
        [TestRef(1, "page-load"), TestRef(2, "dns-trace")],
        parse_data_kinds("web.page_load_detail,net.metrics,dns.trace"),
        TimeRange(0, 2 * HOUR),
        slice="1h",
    )
    units = list(plan.units())
    described = {(u.test.id, u.root.name, tuple(k.name for k in u.kinds), u.start) for u in units}
    assert described == {
        (1, "web.page_load", ("web.page_load_detail",), 0),
        (1, "web.page_load", ("web.page_load_detail",), HOUR),
        (1, "net.metrics", ("net.metrics",), 0),
        (1, "net.metrics", ("net.metrics",), HOUR),
        (2, "dns.trace", ("dns.trace",), 0),
        (2, "dns.trace", ("dns.trace",), HOUR),
    }
    # The first slice of every test comes before any second slice.
    assert [u.start for u in units] == sorted(u.start for u in units)


def test_unit_owns_round_ids_of_its_half_open_slice() -> None:
    plan = ExportPlan.build([1], parse_data_kinds("net.metrics"), TimeRange(0, 2 * HOUR))
    first, second = list(plan.units())
    assert first.owns(0)
    assert first.owns(HOUR - 1)
    assert not first.owns(HOUR)
    assert second.owns(HOUR)
    assert not first.owns("0")
    assert not first.owns(None)


def test_record_identity_covers_agent_round_and_direction() -> None:
    kind = data_kind("net.metrics")
    a = {"agentId": 1, "roundId": 300, "direction": "TO_TARGET", "loss": 0.0}
    b = {**a, "direction": "FROM_TARGET"}
    c = {**a, "loss": 5.0}
    assert record_key(7, kind, a) != record_key(7, kind, b)
    assert record_key(7, kind, a) == record_key(7, kind, c)
    assert record_key(7, kind, a) != record_key(8, kind, a)
    seen = SeenRecords()
    assert seen.first_time(record_key(7, kind, a))
    assert not seen.first_time(record_key(7, kind, c))
    assert seen.duplicates == 1


def test_bgp_route_identity_keeps_active_and_inactive_routes_apart() -> None:
    kind = data_kind("net.bgp_routes")
    active = {"monitorId": 5, "roundId": 300, "prefixId": 9, "active": 1, "hops": [{"asn": 1}]}
    inactive = {**active, "active": 0, "hops": [{"asn": 2}]}
    assert record_key(1, kind, active) != record_key(1, kind, inactive)


def test_slice_count_matches_the_slices_cut() -> None:
    for start, end, length in [(0, 1, 1), (5, 7205, HOUR), (HOUR, 2 * HOUR, HOUR), (1, 10, 3)]:
        time_range = TimeRange(start, end)
        assert slice_count(time_range, length) == len(slice_range(time_range, length))


def test_a_plan_of_too_many_slices_is_refused_with_a_slice_that_fits() -> None:
    kinds = parse_data_kinds("net.metrics")
    with pytest.raises(ValueError, match=r"86,400 slices.*at least 2s or a shorter range"):
        ExportPlan.build([1], kinds, TimeRange(0, 24 * HOUR), slice="1s")
    with pytest.raises(ValueError, match=f"more than the {MAX_SLICES:,}"):
        slice_range(TimeRange(0, 24 * HOUR), 1)
    # Refused by arithmetic, not by cutting 86 billion slices first.
    with pytest.raises(ValueError, match="at least 21d"):
        ExportPlan.build([1], kinds, TimeRange(0, 999_999 * 24 * HOUR), slice="1s")
    # The suggested slice does fit.
    ExportPlan.build([1], kinds, TimeRange(0, 24 * HOUR), slice="2s")


def test_real_long_exports_fit_under_the_slice_cap() -> None:
    kinds = parse_data_kinds("all")
    tests = [TestRef(test_id) for test_id in range(1, 5001)]
    year = 365 * 24 * HOUR
    assert (
        len(ExportPlan.build(tests, kinds, TimeRange(7, 7 + year), slice="15m").slices()) > 35_000
    )
    ExportPlan.build(tests, kinds, TimeRange(0, 5 * year), slice="1h")
