"""The v7 fast path on its own: it takes every good body (a whole page, nested records
included), keeps what it does not know, builds the records ``__init__`` would, and leaves
everything else to the detailed hook."""

from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Mapping
from typing import Any

import attrs
import pytest

from thousandeyes_async import ResponseDecodeError
from thousandeyes_async.models import _converter_v7
from thousandeyes_async.models._converter_v7 import (
    compile_structure,
    converter_v7,
    structure_v7,
    unstructure_v7,
)
from thousandeyes_async.models._fastpath import fills_slots
from thousandeyes_async.models._fastpath_v7 import FastPathMiss
from thousandeyes_async.models._fastpath_v7 import compile_structure as compile_v7
from thousandeyes_async.models._fields import EMPTY_EXTRA, extra_field, opt
from thousandeyes_async.models._scalars import structure_datetime
from thousandeyes_async.models.v7 import test_results

from .v7_specs import example_body, module_of, specs

PAGE = {
    "results": [
        {
            "agent": {"agentId": str(i), "agentName": f"agent {i}", "countryId": "BR"},
            "date": f"2022-07-17T22:00:{i:02d}Z",
            "roundId": 1384309800 + i,
            "avgLatency": 100 + i / 4,
            "loss": i,
            "packetsBySecond": [[i, 1], []],
            "direction": "to-target",
            "_links": {"appLink": {"href": f"https://app.example/{i}"}},
        }
        for i in range(3)
    ],
    "test": {"testId": "1", "testName": "www", "type": "agent-to-server"},
    "startDate": "2022-07-17T22:00:00Z",
    "_links": {"next": {"href": "https://api.example/v7/test-results/1/network?cursor=x"}},
}


def _fast(cls: type) -> Any:
    return compile_structure(cls, converter_v7.get_structure_hook)


@functools.cache
def _detailed_only() -> Any:
    """A second instance of the converter module whose records never take the fast path."""
    spec = importlib.util.find_spec(_converter_v7.__name__)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def never(_cls: type, _hooks: Any) -> Any:
        def refuse(_value: Any) -> Any:
            raise LookupError

        return refuse

    module.compile_structure = never
    return module


def _examples() -> list[Any]:
    out = []
    for area, document in specs().items():
        for name, cls in module_of(area).SCHEMAS.items():
            if attrs.has(cls):
                schema = document["components"]["schemas"][name]
                out.append(pytest.param(cls, example_body(document, schema), id=f"{area}-{name}"))
    return out


@pytest.mark.parametrize(("cls", "body"), _examples())
def test_the_compiled_function_alone_takes_every_spec_example(cls: type, body: Any) -> None:
    record = _fast(cls)(body)  # raises FastPathMiss if it gave up
    assert record == _detailed_only().structure_v7(body, cls)
    assert unstructure_v7(record) == body


def test_a_whole_page_is_one_compiled_call_with_its_nested_records() -> None:
    page = _fast(test_results.NetworkTestResults)(PAGE)
    assert page == _detailed_only().structure_v7(PAGE, test_results.NetworkTestResults)
    first = page.results[0]
    assert isinstance(first, test_results.NetworkTestResult)
    assert first.agent.agent_name == "agent 0"
    assert first.packets_by_second == ((0, 1), ())
    assert first.direction is test_results.TestDirection.TO_TARGET
    assert first.links.app_link.href == "https://app.example/0"
    assert page.links.next.href.endswith("cursor=x")


def test_unknown_keys_and_nulls_are_kept_in_extra_at_every_level() -> None:
    body = json.loads(json.dumps(PAGE))
    body["brandNewKey"] = [1]
    body["results"][1]["jitter"] = None
    body["results"][1]["agent"]["newAgentField"] = {"a": 1}
    page = _fast(test_results.NetworkTestResults)(body)
    assert page.extra == {"brandNewKey": [1]}
    assert page.results[1].extra == {"jitter": None}
    assert page.results[1].agent.extra == {"newAgentField": {"a": 1}}
    assert page.results[0].extra is EMPTY_EXTRA
    assert unstructure_v7(page) == body


def test_open_enums_keep_a_value_they_do_not_know() -> None:
    body = {"direction": "sideways", "roundId": 1}
    record = _fast(test_results.NetworkTestResult)(body)
    assert record.direction == "sideways"
    assert not record.direction.is_known
    assert unstructure_v7(record) == body


def test_a_record_made_by_filling_its_slots_is_the_one_init_makes() -> None:
    raw = PAGE["results"][0]
    assert isinstance(raw, dict)
    made = _fast(test_results.NetworkTestResult)(raw)
    by_init = test_results.NetworkTestResult(
        agent=made.agent,
        date=made.date,
        round_id=raw["roundId"],
        avg_latency=raw["avgLatency"],
        loss=raw["loss"],
        packets_by_second=((0, 1), ()),
        direction=test_results.TestDirection.TO_TARGET,
        links=made.links,
    )
    assert made == by_init
    assert hash(made) == hash(by_init)
    assert repr(made) == repr(by_init)
    for field in attrs.fields(test_results.NetworkTestResult):
        assert getattr(made, field.name) == getattr(by_init, field.name)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.loss = 3  # type: ignore[misc]


@attrs.frozen(kw_only=True)
class Checked:
    size: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Initialised:
    name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()
    seen: list[str] = attrs.field(factory=list, init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        self.seen.append("post-init")


def test_a_class_with_a_validator_or_more_to_init_is_built_through_init() -> None:
    assert _fast(Checked)({"size": 3}) == Checked(size=3)
    with pytest.raises(ValueError, match="size"):
        _fast(Checked)({"size": -1})
    assert _fast(Initialised)({"name": "a"}).seen == ["post-init"]


@attrs.frozen(kw_only=True)
class Node:
    name: str | None = opt()
    children: tuple[Node, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


def test_a_record_that_holds_its_own_kind_compiles_and_structures() -> None:
    fast = compile_v7(Node, converter_v7.get_structure_hook, is_record=attrs.has)
    body = {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}
    tree = fast(body)
    assert tree.children[0].children[0] == Node(name="c")
    with pytest.raises(FastPathMiss):
        fast({"children": [{"children": [{"name": 3}]}]})


@pytest.mark.parametrize(
    ("spoil", "path"),
    [
        (lambda page: page["results"][2]["agent"].update(agentId=7), "$.results[2].agent.agentId"),
        (lambda page: page["results"][1].update(packetsBySecond=[[1, "2"]]), None),
        (lambda page: page["results"][0].update(direction=1), "$.results[0].direction"),
        (lambda page: page["results"].append("not a record"), "$.results[3]"),
        (lambda page: page["results"][1].update(date="2022-07-17 22:00:00"), "$.results[1].date"),
        (lambda page: page["test"].update(testName=None, interval="60"), "$.test.interval"),
    ],
)
def test_a_value_the_compiled_path_refuses_is_named_by_the_detailed_hook(
    spoil: Any, path: str | None
) -> None:
    body = json.loads(json.dumps(PAGE))
    spoil(body)
    with pytest.raises(Exception) as missed:
        _fast(test_results.NetworkTestResults)(body)
    assert not isinstance(missed.value, ResponseDecodeError)
    with pytest.raises(ResponseDecodeError) as caught:
        structure_v7(body, test_results.NetworkTestResults)
    assert caught.value.path == (path or "$.results[1].packetsBySecond[0][1]")


def test_a_v6_date_seen_before_does_not_make_a_v7_date_without_a_zone_valid() -> None:
    structure_datetime("2022-07-17 22:00:00", None)  # v6 dates share the dates cache
    with pytest.raises(ResponseDecodeError):
        structure_v7({"date": "2022-07-17 22:00:00"}, test_results.NetworkTestResult)


def test_every_generated_record_is_built_by_filling_its_slots() -> None:
    records = [cls for area in specs() for cls in module_of(area).SCHEMAS.values()]
    records = [cls for cls in records if attrs.has(cls)]
    assert len(records) > 300
    assert all(fills_slots(cls) for cls in records)
    assert not fills_slots(Checked)
    assert not fills_slots(Initialised)
