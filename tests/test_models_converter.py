"""The converter's rules: strict scalars, server dates, 0/1 flags, extras, error paths."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import pytest

from thousandeyes_async import ResponseDecodeError
from thousandeyes_async.models import format_datetime, structure_record, structure_test, unstructure
from thousandeyes_async.models._converter import converter
from thousandeyes_async.models.v6 import ENDPOINTS, BgpRoute, NetMetric, TransactionMarker

METRIC: dict[str, Any] = {
    "agentId": 12,
    "agentName": "Hong Kong",
    "countryId": "HK",
    "date": "2013-11-13 02:33:05",
    "roundId": 1384309800,
    "loss": 0.0,
    "minLatency": 167.0,
    "avgLatency": 167.04,
    "maxLatency": 168.0,
    "jitter": 0.076808,
}


def test_camel_case_keys_become_snake_case_attributes() -> None:
    metric = converter.structure(METRIC, NetMetric)
    assert metric.agent_id == 12
    assert metric.min_latency == 167.0
    assert metric.avg_latency == 167.04
    assert metric.date == datetime(2013, 11, 13, 2, 33, 5, tzinfo=UTC)


def test_unknown_keys_and_nulls_are_kept_and_given_back() -> None:
    raw = {**METRIC, "bandwidth": 12.5, "server": None}
    metric = converter.structure(raw, NetMetric)
    assert metric.extra == {"bandwidth": 12.5, "server": None}
    assert metric.server is None
    assert unstructure(metric) == raw


def test_an_integer_where_a_float_is_documented_stays_an_integer() -> None:
    raw = {**METRIC, "loss": 3, "jitter": 0}
    metric = converter.structure(raw, NetMetric)
    assert metric.loss == 3.0
    # Kept as sent, so that the record gives back the same JSON text.
    assert type(metric.loss) is int
    assert json.dumps(unstructure(metric), sort_keys=True) == json.dumps(raw, sort_keys=True)


def test_an_integer_in_a_float_field_of_a_nested_record_or_union_stays_an_integer() -> None:
    raw = {"name": "login", "duration": 120}
    marker = structure_record(raw, TransactionMarker)
    assert type(marker.duration) is int
    assert json.dumps(unstructure(marker)) == json.dumps(raw)


def test_a_flag_sent_as_true_or_false_goes_back_as_sent() -> None:
    raw = {"monitorId": 1, "prefixId": 2, "roundId": 3, "active": True}
    route = structure_record(raw, BgpRoute)
    assert route.active is True
    assert json.dumps(unstructure(route), sort_keys=True) == json.dumps(raw, sort_keys=True)
    sent_false = structure_record({**raw, "active": False}, BgpRoute)
    assert sent_false.active is False
    assert unstructure(sent_false)["active"] is False
    # The form is kept, the value is the record's: an edited record writes its own.
    assert unstructure(attrs.evolve(route, active=False))["active"] is False
    assert "active" not in unstructure(attrs.evolve(route, active=None))
    # A flag sent as 0/1 is not affected.
    assert unstructure(structure_record({**raw, "active": 1}, BgpRoute))["active"] == 1
    assert type(unstructure(structure_record({**raw, "active": 1}, BgpRoute))["active"]) is int


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("loss", "0.0"),
        ("loss", True),
        ("agentId", 12.0),
        ("agentId", "12"),
        ("agentId", False),
        ("agentName", 5),
        ("date", "2013-11-13T02:33:05"),
        ("date", "13/11/2013 02:33:05"),
        ("date", 1384309800),
    ],
)
def test_a_value_of_the_wrong_type_names_its_path_and_endpoint(key: str, value: Any) -> None:
    items = [METRIC, METRIC, METRIC, {**METRIC, key: value}]
    with pytest.raises(ResponseDecodeError) as caught:
        ENDPOINTS["net.metrics"].structure(items, source="GET /v6/net/metrics/817")
    assert caught.value.path == f"net.metrics[3].{key}"
    assert caught.value.endpoint == "GET /v6/net/metrics/817"
    assert caught.value.value == value
    assert "net.metrics[3]" in str(caught.value)


def test_the_offset_counts_records_of_earlier_pages() -> None:
    items = [METRIC, {**METRIC, "jitter": "x"}]
    with pytest.raises(ResponseDecodeError) as caught:
        ENDPOINTS["net.metrics"].structure(items, source="s", offset=500)
    assert caught.value.path == "net.metrics[501].jitter"


def test_a_missing_required_field_is_a_decode_error() -> None:
    raw = {key: value for key, value in METRIC.items() if key != "agentId"}
    with pytest.raises(ResponseDecodeError, match="missing required field") as caught:
        structure_record(raw, NetMetric, endpoint="e", path="net.metrics[0]")
    assert caught.value.path == "net.metrics[0].agentId"


def test_flags_are_bools_and_go_back_as_0_or_1() -> None:
    raw = {"monitorId": 1, "prefixId": 2, "roundId": 3, "active": 1}
    route = converter.structure(raw, BgpRoute)
    assert route.active is True
    assert unstructure(route) == raw
    assert unstructure(converter.structure({**raw, "active": 0}, BgpRoute))["active"] == 0
    with pytest.raises(ResponseDecodeError) as caught:
        structure_record({**raw, "active": 2}, BgpRoute, path="r")
    assert caught.value.path == "r.active"


def test_nested_paths_name_array_indexes_and_keys() -> None:
    raw = {
        "monitorId": 1,
        "prefixId": 2,
        "roundId": 3,
        "hops": [{"asn": 852, "asName": "Telus"}, {"asn": "15169"}],
    }
    with pytest.raises(ResponseDecodeError) as caught:
        structure_record(raw, BgpRoute, path="net.bgpRoutes[0]")
    assert caught.value.path == "net.bgpRoutes[0].hops[1].asn"
    assert caught.value.value == "15169"


@pytest.mark.parametrize("value", ["abc", {"asn": 1}, 7])
def test_an_array_field_refuses_anything_but_an_array(value: Any) -> None:
    raw = {"monitorId": 1, "prefixId": 2, "roundId": 3, "hops": value}
    with pytest.raises(ResponseDecodeError) as caught:
        structure_record(raw, BgpRoute)
    assert caught.value.path == "$.hops"


def test_a_record_that_is_not_an_object_is_a_decode_error() -> None:
    with pytest.raises(ResponseDecodeError) as caught:
        ENDPOINTS["net.metrics"].structure([METRIC, [1, 2]], source="s")
    assert caught.value.path == "net.metrics[1]"


def test_records_of_and_test_of_read_the_body_shape() -> None:
    endpoint = ENDPOINTS["voice.sip_server"]
    body = {"pages": {"current": 1}, "voice": {"sipMetrics": [{"a": 1}], "test": {"testId": 1}}}
    assert endpoint.records_of(body) == [{"a": 1}]
    assert endpoint.test_of(body) == {"testId": 1}
    assert endpoint.records_of({"pages": {"current": 1}}) == []
    assert endpoint.test_of({"voice": {}}) is None
    with pytest.raises(ResponseDecodeError) as caught:
        endpoint.records_of({"voice": {"sipMetrics": {"a": 1}}})
    assert caught.value.path == "voice.sipMetrics"


def test_endpoints_are_the_seventeen_of_the_documentation_in_order() -> None:
    assert list(ENDPOINTS) == [
        "net.metrics",
        "net.path_vis",
        "net.path_trace",
        "net.bgp_metrics",
        "net.bgp_routes",
        "web.http_server",
        "web.page_load",
        "web.page_load_detail",
        "web.transactions",
        "web.transaction_detail",
        "web.transaction_components",
        "web.ftp_server",
        "dns.trace",
        "dns.server",
        "dns.dnssec",
        "voice.sip_server",
        "voice.rtp_stream",
    ]


def test_records_are_frozen_and_hashable_even_with_extras() -> None:
    metric = converter.structure({**METRIC, "bandwidth": {"a": 1}}, NetMetric)
    with pytest.raises(AttributeError):
        metric.loss = 1.0  # type: ignore[misc]
    same = converter.structure({**METRIC, "bandwidth": {"a": 1}}, NetMetric)
    assert metric == same
    assert hash(metric) == hash(same)
    assert metric != converter.structure(METRIC, NetMetric)  # the extras differ
    assert len({metric, same}) == 1


def test_the_fast_path_and_the_detailed_path_agree_on_nested_failures() -> None:
    raw = {
        "monitorId": 1,
        "prefixId": 2,
        "roundId": 3,
        "hops": [{"asn": 852}, {"asn": 1, "asName": None}, {"asn": True}],
    }
    with pytest.raises(ResponseDecodeError) as caught:
        structure_record(raw, BgpRoute, path="x")
    assert caught.value.path == "x.hops[2].asn"
    raw["hops"] = raw["hops"][:2]
    route = structure_record(raw, BgpRoute)
    assert route.hops is not None
    assert route.hops[1].extra == {"asName": None}
    assert unstructure(route) == raw


def test_repeated_dates_share_one_datetime_and_the_cache_stays_bounded() -> None:
    from thousandeyes_async.models import _scalars

    first = converter.structure(METRIC, NetMetric)
    second = converter.structure({**METRIC, "agentId": 13}, NetMetric)
    assert first.date is second.date
    for second_of_day in range(_scalars._DATES_CACHED + 10):
        text = format_datetime(datetime(2020, 1, 1, tzinfo=UTC) + timedelta(seconds=second_of_day))
        assert _scalars.structure_datetime(text, datetime).second == second_of_day % 60
    assert len(_scalars._dates) <= _scalars._DATES_CACHED


def test_test_metadata_errors_name_the_path_the_caller_gives() -> None:
    endpoint = ENDPOINTS["web.ftp_server"]
    with pytest.raises(ResponseDecodeError) as caught:
        structure_test({"testId": 1, "enabled": "yes"}, endpoint="e", path=endpoint.test_path)
    assert caught.value.path == "web.test.enabled"
    assert structure_test({"testId": 1, "enabled": 0}).enabled is False


def test_frequent_strings_are_shared_between_records_and_the_table_stays_bounded() -> None:
    from thousandeyes_async.models import _scalars

    name = "".join(["Hong ", "Kong"])  # equal to METRIC's, but another object
    first = converter.structure(METRIC, NetMetric)
    second = converter.structure({**METRIC, "agentName": name}, NetMetric)
    assert second.agent_name == "Hong Kong"
    assert first.agent_name is second.agent_name
    for index in range(_scalars._STRINGS_SHARED + 10):
        assert _scalars.share_str(f"agent {index}") == f"agent {index}"
    assert len(_scalars._strings) <= _scalars._STRINGS_SHARED
