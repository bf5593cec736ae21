from __future__ import annotations

import attrs
import pytest

from thousandeyes_async.export import (
    V7_DATA_KINDS,
    V7_DETAIL_KINDS,
    V7_SUMMARY_KINDS,
    ExportPlan,
    SeenRecords,
    TestRef,
    TimeRange,
    parse_v7_data_kinds,
    record_key,
    v7_kind,
)
from thousandeyes_async.models._fields import key_of
from thousandeyes_async.models.v7 import test_results as records
from thousandeyes_async.models.v7.operations import OPERATIONS_BY_ID


def test_v7_kinds_are_named_after_the_operations() -> None:
    assert V7_SUMMARY_KINDS == (
        "network",
        "path-vis",
        "bgp",
        "http-server",
        "page-load",
        "web-transactions",
        "api",
        "ftp-server",
        "dns-trace",
        "dns-server",
        "dnssec",
        "sip-server",
        "rtp-server",
    )
    assert V7_DETAIL_KINDS == (
        "path-vis-round",
        "page-load-round",
        "web-transactions-round",
        "api-round",
        "bgp-routes",
    )
    for kind in V7_DATA_KINDS.values():
        assert kind.api == "v7"
        assert kind.operation_id is not None
        operation = OPERATIONS_BY_ID[kind.operation_id]
        assert "/" + kind.path == operation.path


def test_columns_come_from_the_generated_record_schema() -> None:
    network = v7_kind("network")
    expected = [key_of(a) for a in attrs.fields(records.NetworkTestResult) if a.name != "extra"]
    assert list(network.column_names()) == expected
    types = {column.name: column.type for column in network.columns}
    assert types["avgLatency"] == "float"
    assert types["roundId"] == "int"
    assert types["direction"] == "str"  # an enum
    assert types["agent"] == "json"  # a nested object
    assert types["_links"] == "json"
    assert types["date"] == "str"
    assert "har" in v7_kind("page-load-round").column_names()


def test_identity_comes_from_the_schema_fields() -> None:
    assert v7_kind("network").identity[:3] == ("agent.agentId", "roundId", "direction")
    assert v7_kind("dns-server").identity == ("agent.agentId", "roundId", "server", "serverId")
    assert v7_kind("bgp").identity == ("monitor.monitorId", "roundId", "prefixId", "prefix")
    assert "isActive" in v7_kind("bgp-routes").identity
    assert v7_kind("page-load").identity == ("agent.agentId", "roundId")


def test_nested_agent_id_tells_records_apart() -> None:
    kind = v7_kind("page-load")
    one = {"agent": {"agentId": "1"}, "roundId": 60}
    two = {"agent": {"agentId": "2"}, "roundId": 60}
    seen = SeenRecords()
    assert seen.first_time(record_key(7, kind, one))
    assert seen.first_time(record_key(7, kind, two))
    assert not seen.first_time(record_key(7, kind, dict(one)))


def test_records_sit_at_the_top_of_a_v7_body() -> None:
    kind = v7_kind("network")
    body = {"results": [{"roundId": 1}, "junk"], "test": {"testId": "1"}}
    assert kind.records_of(body) == [{"roundId": 1}]
    assert kind.records_of({"net": {"metrics": [{"roundId": 1}]}}) == []


def test_all_means_every_summary_kind_and_unknown_kinds_are_refused() -> None:
    assert tuple(k.name for k in parse_v7_data_kinds("all")) == V7_SUMMARY_KINDS
    chosen = parse_v7_data_kinds("network, path_vis-round")
    assert [k.name for k in chosen] == ["network", "path-vis-round"]
    with pytest.raises(ValueError, match="api v6"):
        parse_v7_data_kinds("net.metrics")
    with pytest.raises(ValueError, match="no data kind"):
        parse_v7_data_kinds(" , ")


def test_v7_details_are_planned_with_their_summary_and_by_test_type() -> None:
    plan = ExportPlan.build(
        [TestRef(1, "page-load"), TestRef(2, "bgp"), TestRef(3, "dnssec")],
        parse_v7_data_kinds("page-load-round,bgp-routes,dnssec"),
        TimeRange(0, 3600),
    )
    units = {(u.test.id, u.root.name, tuple(k.name for k in u.kinds)) for u in plan.units()}
    assert units == {
        (1, "page-load", ("page-load-round",)),
        (1, "bgp", ("bgp-routes",)),
        (2, "bgp", ("bgp-routes",)),
        (3, "dnssec", ("dnssec",)),
    }
