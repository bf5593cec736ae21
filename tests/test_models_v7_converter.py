"""The v7 converter's promises: those of v6, for the records generated from the specs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest

from thousandeyes_async import ResponseDecodeError
from thousandeyes_async.models._converter_v7 import converter_v7, structure_v7, unstructure_v7
from thousandeyes_async.models._openapi import OpenStrEnum
from thousandeyes_async.models.v7 import UNIONS, agents, alerts, events, shared, test_results, tests

from .v7_specs import module_of, properties, ref_name, resolve, specs

NETWORK: dict[str, Any] = {
    "results": [
        {
            "agent": {"agentId": "11", "agentName": "Hong Kong", "countryId": "HK"},
            "date": "2022-07-17T22:00:54Z",
            "roundId": 1384309800,
            "loss": 0,
            "avgLatency": 167.04,
            "direction": "to-target",
            "packetsBySecond": [[], [0], [2, 1]],
        }
    ],
    "test": {"testId": "202701", "testName": "www", "type": "agent-to-server"},
    "startDate": "2022-07-17T22:00:00Z",
    "endDate": "2022-07-18T22:00:00Z",
    "_links": {"next": {"href": "https://api.thousandeyes.com/v7/test-results/1/network?cursor=x"}},
}


def test_camel_case_keys_links_and_dates_structure() -> None:
    page = structure_v7(NETWORK, test_results.NetworkTestResults)
    result = page.results[0]
    assert result.round_id == 1384309800
    assert result.avg_latency == 167.04
    assert result.date == datetime(2022, 7, 17, 22, 0, 54, tzinfo=UTC)
    assert result.date.tzinfo is not None
    assert result.packets_by_second == ((), (0,), (2, 1))
    assert page.links is not None
    assert page.links.next is not None
    assert page.links.next.href.endswith("cursor=x")
    assert page.start_date == datetime(2022, 7, 17, 22, tzinfo=UTC)


def test_the_server_json_comes_back_unchanged() -> None:
    page = structure_v7(NETWORK, test_results.NetworkTestResults)
    assert unstructure_v7(page) == NETWORK
    assert json.loads(json.dumps(unstructure_v7(page))) == NETWORK


def test_unknown_fields_and_nulls_are_kept_in_extra_and_given_back() -> None:
    raw = {**NETWORK["results"][0], "brandNewMetric": {"a": 1}, "jitter": None}
    result = structure_v7(raw, test_results.NetworkTestResult)
    assert result.extra == {"brandNewMetric": {"a": 1}, "jitter": None}
    assert result.jitter is None
    assert unstructure_v7(result) == raw


def test_missing_optional_fields_are_none() -> None:
    result = structure_v7({}, test_results.NetworkTestResult)
    assert (result.loss, result.agent, result.links) == (None, None, None)


def test_a_wrong_type_names_its_json_path() -> None:
    raw = json.loads(json.dumps(NETWORK))
    raw["results"][0]["roundId"] = "1384309800"
    with pytest.raises(ResponseDecodeError) as caught:
        structure_v7(raw, test_results.NetworkTestResults, endpoint="test-results/1/network")
    assert caught.value.path == "$.results[0].roundId"
    assert caught.value.value == "1384309800"
    assert "test-results/1/network" in str(caught.value)


def test_a_missing_required_field_names_its_json_path() -> None:
    body = {"tests": [{"testName": "no interval", "url": "https://example.com"}]}
    with pytest.raises(ResponseDecodeError) as caught:
        structure_v7(body, tests.HttpServerTests)
    assert caught.value.path == "$.tests[0].interval"
    assert "missing required field" in str(caught.value)


@pytest.mark.parametrize("value", ["2022-07-17T22:00:54", "2022-07-17", "yesterday", 1658095254])
def test_a_date_time_without_a_zone_or_not_a_date_time_is_refused(value: Any) -> None:
    with pytest.raises(ResponseDecodeError) as caught:
        structure_v7({"date": value, "roundId": 1}, test_results.NetworkTestResult)
    assert caught.value.path == "$.date"


def test_a_null_date_is_none_and_kept_as_null() -> None:
    result = structure_v7({"date": None}, test_results.NetworkTestResult)
    assert result.date is None
    assert unstructure_v7(result) == {"date": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-07-17T22:00:54Z", "2022-07-17T22:00:54Z"),
        ("2022-07-17T22:00:54.120Z", "2022-07-17T22:00:54.120Z"),
        ("2022-07-18T00:00:54+02:00", "2022-07-17T22:00:54Z"),
    ],
)
def test_date_times_come_back_in_utc_with_z(text: str, expected: str) -> None:
    result = structure_v7({"date": text}, test_results.NetworkTestResult)
    assert unstructure_v7(result)["date"] == expected


def test_an_aware_datetime_in_another_zone_is_written_in_utc() -> None:
    local = datetime(2022, 7, 18, 0, 0, 54, tzinfo=timezone(timedelta(hours=2)))
    record = test_results.NetworkTestResult(date=local)
    assert unstructure_v7(record) == {"date": "2022-07-17T22:00:54Z"}


def test_enums_keep_a_value_they_do_not_know_and_give_it_back() -> None:
    raw = {"direction": "sideways", "roundId": 1}
    result = structure_v7(raw, test_results.NetworkTestResult)
    direction = result.direction
    assert isinstance(direction, shared.TestDirection)
    assert direction == "sideways"
    assert not direction.is_known
    assert unstructure_v7(result) == raw
    assert type(unstructure_v7(result)["direction"]) is str


def test_an_unknown_value_spelled_like_a_member_name_is_still_unknown() -> None:
    odd = shared.TestDirection("TO_TARGET")
    assert odd != shared.TestDirection.TO_TARGET
    assert not odd.is_known


def test_declared_enum_values_are_members() -> None:
    result = structure_v7({"direction": "to-target"}, test_results.NetworkTestResult)
    assert result.direction is shared.TestDirection.TO_TARGET
    assert result.direction.is_known


def test_an_enum_value_of_the_wrong_json_type_is_refused() -> None:
    with pytest.raises(ResponseDecodeError) as caught:
        structure_v7({"direction": 1}, test_results.NetworkTestResult)
    assert caught.value.path == "$.direction"


def test_every_generated_enum_is_an_open_str_enum() -> None:
    for module in (agents, events, shared, test_results, tests):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, str) and value is not str:
                assert issubclass(value, OpenStrEnum), value


@pytest.mark.parametrize(
    ("union", "prop", "value", "member"),
    [
        (entry.union, entry.prop, value, member)
        for entry in UNIONS
        for value, member in entry.members.items()
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_discriminated_union_picks_the_class_its_discriminator_names(
    union: Any, prop: str, value: str, member: type
) -> None:
    record = structure_v7({prop: value, "someNewField": 1}, union)
    assert type(record) is member
    assert unstructure_v7(record) == {prop: value, "someNewField": 1}


def test_the_agents_and_events_unions_are_generated() -> None:
    by_union = {entry.union: entry for entry in UNIONS}
    assert by_union[agents.AgentDetails].prop == "agentType"
    assert by_union[agents.AgentDetails].members["enterprise-cluster"] is (
        agents.EnterpriseAgentClusterDetail
    )
    assert by_union[events.EventDetail].prop == "type"
    assert len(by_union[events.EventDetail].members) == 17


def test_an_unknown_discriminator_value_names_the_path() -> None:
    body = {"agents": [{"agentType": "cloud"}], "extraAgent": None}
    assert structure_v7(body["agents"][0], agents.AgentDetails).agent_type == "cloud"
    with pytest.raises(ResponseDecodeError) as caught:
        structure_v7({"agentType": "satellite"}, agents.AgentDetails, path="$.agent")
    assert caught.value.path == "$.agent"
    assert "satellite" in str(caught.value)


def test_each_item_of_an_array_of_a_union_is_chosen_by_its_own_discriminator() -> None:
    raw = [{"agentType": "cloud"}, {"agentType": "enterprise"}, {"agentType": "moon"}]
    kinds = tuple[agents.AgentDetails, ...]
    chosen = converter_v7.structure(raw[:2], kinds)
    assert [type(agent) for agent in chosen] == [
        agents.CloudAgentDetail,
        agents.EnterpriseAgentDetail,
    ]
    with pytest.raises(ResponseDecodeError) as caught:
        structure_v7(raw, kinds)
    assert caught.value.path == "$[2]"


def test_nullable_properties_accept_null() -> None:
    body = {"type": "about:blank", "title": "Bad Request", "status": 400, "errors": None}
    error = structure_v7(body, shared.ValidationError)
    assert error.errors is None
    assert unstructure_v7(error) == body


def test_a_string_property_whose_example_is_a_number_accepts_both() -> None:
    # ApiRequestAssertion.value is documented as a string with the example 200.
    for value in ("200", 200):
        assertion = structure_v7(
            {"name": "status-code", "value": value}, shared.ApiRequestAssertion
        )
        assert assertion.value == value
    with pytest.raises(ResponseDecodeError):
        structure_v7({"value": [200]}, shared.ApiRequestAssertion)


def test_request_classes_have_no_read_only_property() -> None:
    checked = 0
    for area, document in specs().items():
        module = module_of(area)
        for item in document["paths"].values():
            for operation in item.values():
                if not isinstance(operation, dict) or "requestBody" not in operation:
                    continue
                content = operation["requestBody"]["content"]["application/json"]
                name = ref_name(content["schema"])
                assert name is not None
                cls = module.REQUEST_SCHEMAS.get(name) or module.SCHEMAS[name]
                read_only = {
                    key
                    for key, prop in properties(document, content["schema"]).items()
                    if _resolved(document, prop).get("readOnly") is True
                }
                keys = {
                    attribute.metadata.get("thousandeyes.key") or _camel(attribute.name)
                    for attribute in attrs.fields(cls)
                }
                assert not keys & read_only, (area, name, keys & read_only)
                checked += 1
    assert checked == 57


def test_a_request_class_leaves_out_what_the_server_sets() -> None:
    names = {attribute.name for attribute in attrs.fields(tests.HttpServerTestRequest)}
    assert {"interval", "url", "test_name"} <= names
    assert not {"test_id", "created_date", "created_by", "links"} & names
    response = {attribute.name for attribute in attrs.fields(tests.HttpServerTestResponse)}
    assert {"test_id", "created_date", "links"} <= response


def test_a_schema_used_both_ways_gets_a_request_form() -> None:
    read = {attribute.name for attribute in attrs.fields(tests.InterfaceGroup)}
    write_cls = tests.REQUEST_SCHEMAS["InterfaceGroup"]
    assert write_cls.__name__ == "InterfaceGroupRequest"
    assert alerts.REQUEST_SCHEMAS["BaseRule"].__name__ == "BaseRuleRequest"
    write = {attribute.name for attribute in attrs.fields(write_cls)}
    assert write < read


def test_request_bodies_unstructure_to_what_the_spec_allows() -> None:
    body = tests.HttpServerTestRequest(
        interval=60,
        url="https://example.com",
        test_name="home",
        agents=(tests.TestAgentRequest(agent_id="11"),),
    )
    assert unstructure_v7(body) == {
        "interval": 60,
        "url": "https://example.com",
        "testName": "home",
        "agents": [{"agentId": "11"}],
    }


def test_records_are_frozen_and_hashable() -> None:
    record = structure_v7(NETWORK["results"][0], test_results.NetworkTestResult)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.loss = 1.0  # type: ignore[misc]
    assert hash(record) == hash(structure_v7(NETWORK["results"][0], test_results.NetworkTestResult))


def _resolved(document: dict[str, Any], node: Any) -> dict[str, Any]:
    value = resolve(document, node)
    return value if isinstance(value, dict) else {}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)
