"""The generated v7 package: current, typed, named by the rule, and its operation tables."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from thousandeyes_async.models import v7
from thousandeyes_async.models._openapi import Operation
from thousandeyes_async.models.v7.operations import OPERATIONS, OPERATIONS_BY_ID

from .v7_generation import GROUP, generated
from .v7_specs import canonical, module_of, operations, ref_name, resolve, specs

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "thousandeyes_async" / "models" / "v7"
sys.path.insert(0, str(ROOT / "tools"))

from v7gen.generate import generate, write_tree  # noqa: E402
from v7gen.naming import group_of, snake  # noqa: E402

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*_?$")


@GROUP
def test_regenerating_gives_the_committed_files(tmp_path: Path) -> None:
    write_tree(generated().files, tmp_path)
    made = {str(p.relative_to(tmp_path)): p.read_text() for p in tmp_path.rglob("*.py")}
    committed = {str(p.relative_to(PACKAGE)): p.read_text() for p in PACKAGE.rglob("*.py")}
    assert sorted(made) == sorted(committed), "run nox -s generate"
    stale = [name for name in made if made[name] != committed[name]]
    assert not stale, f"stale generated files, run nox -s generate: {stale}"


@GROUP
def test_the_freshness_check_notices_a_hand_edit(tmp_path: Path) -> None:
    files = generated().files
    write_tree(files, tmp_path)
    edited = tmp_path / "test_results.py"
    edited.write_text(edited.read_text() + "\n# edited by hand\n")
    assert edited.read_text() != files["test_results.py"]
    write_tree(files, tmp_path)  # regenerating restores it, and removes what it no longer makes
    (tmp_path / "gone.py").write_text("")
    write_tree(files, tmp_path)
    assert edited.read_text() == files["test_results.py"]
    assert not (tmp_path / "gone.py").exists()


# mypy runs share the checkout's cache: one worker runs them one after another.
@pytest.mark.xdist_group("mypy")
def test_the_generated_package_is_mypy_strict_clean(tmp_path: Path) -> None:
    from mypy import api

    usage = tmp_path / "usage.py"
    usage.write_text(
        "from thousandeyes_async.models.v7 import tests\n"
        "tests.HttpServerTestRequest(interval='60', url='u', agents=())\n"
    )
    out, err, status = api.run(["--strict", "-p", "thousandeyes_async.models.v7"])
    assert status == 0, out + err
    # A wrong type in a request body is caught by the type checker.
    out, _, status = api.run(["--strict", str(usage)])
    assert status == 1
    assert 'Argument "interval" to "HttpServerTestRequest" has incompatible type "str"' in out


def _record_classes() -> list[type]:
    seen: dict[int, type] = {}
    for name in v7.__all__:
        module = getattr(v7, name)
        if name == "UNIONS":
            continue
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and attrs.has(value)
                and value.__module__.startswith(v7.__name__)
            ):
                seen[id(value)] = value
    return list(seen.values())


def test_records_are_frozen_slotted_with_snake_case_attributes_and_an_extra() -> None:
    classes = _record_classes()
    assert len(classes) > 350
    for cls in classes:
        assert "__slots__" in vars(cls), cls
        assert cls.__attrs_attrs__ is not None
        names = [attribute.name for attribute in attrs.fields(cls)]
        assert names[-1] == "extra", cls
        for name in names:
            assert SNAKE.match(name), (cls, name)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            object.__new__(cls).__setattr__("extra", {})


def test_links_are_kept_as_links() -> None:
    links = attrs.fields_dict(v7.test_results.NetworkTestResults)["links"]
    assert links.metadata["thousandeyes.key"] == "_links"


def test_descriptions_become_docstrings() -> None:
    assert v7.test_results.TestDirection.__doc__
    doc = v7.tests.HttpServerTestResponse.__doc__ or ""
    assert doc.strip()
    source = (PACKAGE / "test_results.py").read_text()
    assert "#: Average RTT for packets sent to destination" in source


def test_a_schema_identical_in_several_specs_is_one_class() -> None:
    shared = 0
    by_name: dict[str, list[str]] = {}
    for area in specs():
        for name in module_of(area).SCHEMAS:
            by_name.setdefault(name, []).append(area)
    for name, areas in by_name.items():
        if len(areas) < 2:
            continue
        texts = {
            area: canonical(specs()[area], specs()[area]["components"]["schemas"][name])
            for area in areas
        }
        classes = {area: module_of(area).SCHEMAS[name] for area in areas}
        for a in areas:
            for b in areas:
                if texts[a] == texts[b]:
                    assert classes[a] is classes[b], (name, a, b)
                    shared += a != b
    assert shared > 100


def _spec(title: str, schemas: dict[str, Any]) -> str:
    import yaml

    document = {
        "openapi": "3.0.1",
        "info": {"title": title, "version": "7.0.100"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return str(yaml.safe_dump(document))


def test_schemas_that_differ_between_specs_are_told_apart_deterministically(
    tmp_path: Path,
) -> None:
    # The vendored specs agree on every shared name today; a later version may not.
    link = {"type": "object", "properties": {"href": {"type": "string"}}}
    other = {
        "type": "object",
        "properties": {"href": {"type": "string"}, "rel": {"type": "string"}},
    }
    for area, schema in (("alpha", link), ("beta", link), ("gamma", other)):
        text = _spec(
            area,
            {
                "Link": schema,
                f"{area.title()}Page": {
                    "type": "object",
                    "properties": {"link": {"$ref": "#/components/schemas/Link"}},
                },
            },
        )
        (tmp_path / f"thousandeyes-{area}-v7.0.100.yml").write_text(text)
    files = generate(tmp_path)
    assert "class Link:" in files["shared.py"]
    assert "class GammaLink:" in files["gamma.py"]
    assert "link: GammaLink | None = opt()" in files["gamma.py"]
    assert "from .shared import Link" in files["alpha.py"]
    assert generate(tmp_path) == files


# -- operation tables ------------------------------------------------------------


def test_every_operation_of_the_eight_specs_has_an_entry() -> None:
    assert len(OPERATIONS) == 151
    assert len(OPERATIONS_BY_ID) == 151
    per_area: dict[str, int] = {}
    for op in OPERATIONS:
        per_area[op.area] = per_area.get(op.area, 0) + 1
    assert per_area == {
        "administrative": 18,
        "agents": 13,
        "alerts": 12,
        "events": 2,
        "instant-tests": 13,
        "test-results": 21,
        "test-snapshots": 1,
        "tests": 71,
    }


def _operation(area: str, method: str, path: str) -> Operation:
    found = [op for op in OPERATIONS if (op.area, op.method, op.path) == (area, method, path)]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("area", "method", "path", "spec"), operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_an_operation_entry_says_what_its_spec_says(
    area: str, method: str, path: str, spec: dict[str, Any]
) -> None:
    document = specs()[area]
    op = _operation(area, method.upper(), path)
    assert op.id == snake(spec["operationId"])
    assert SNAKE.match(op.id)
    assert op.operation_id == spec["operationId"]
    wanted = {}
    for node in spec.get("parameters", ()):
        parameter = resolve(document, node)
        if parameter["in"] in ("path", "query"):
            wanted[parameter["name"]] = (parameter["in"], bool(parameter.get("required")))
    assert {p.key: (p.location, p.required) for p in op.parameters} == wanted
    body = spec.get("requestBody")
    if body:
        name = ref_name(next(iter(resolve(document, body)["content"].values()))["schema"])
        module = module_of(area)
        assert op.request is (module.REQUEST_SCHEMAS.get(name) or module.SCHEMAS[name])
    else:
        assert op.request is None
    success = [code for code in spec["responses"] if str(code).startswith("2")]
    assert op.status == int(success[0])
    content = resolve(document, spec["responses"][success[0]]).get("content")
    if content:
        name = ref_name(next(iter(content.values()))["schema"])
        assert op.response is module_of(area).SCHEMAS[name]
    else:
        assert op.response is None


def test_test_results_operations_take_the_time_range_and_follow_links_next() -> None:
    results = [op for op in OPERATIONS if op.area == "test-results"]
    assert len(results) == 21
    network = OPERATIONS_BY_ID["get_test_network_results"]
    keys = {p.key: p for p in network.parameters}
    assert {"testId", "aid", "window", "startDate", "endDate", "cursor", "direction"} <= set(keys)
    assert keys["startDate"].kind is __import__("datetime").datetime
    assert keys["direction"].kind is v7.shared.TestDirection
    assert keys["testId"].required
    assert not keys["aid"].required
    assert network.paginated
    assert network.items == "results"
    assert network.item is v7.test_results.NetworkTestResult
    assert network.group == "test_results.network"
    http = {p.key: p for p in OPERATIONS_BY_ID["get_test_http_server_results"].parameters}
    assert http["expand"].array
    assert http["expand"].kind is v7.test_results.Expand
    round_detail = OPERATIONS_BY_ID["get_test_path_vis_agent_round_results"]
    assert not round_detail.paginated
    assert round_detail.group == "test_results.path_vis"


def test_pagination_follows_the_specs_marks() -> None:
    for area, method, path, spec in operations():
        op = _operation(area, method.upper(), path)
        code = next(c for c in spec["responses"] if str(c).startswith("2"))
        content = resolve(specs()[area], spec["responses"][code]).get("content") or {}
        schema = next(iter(content.values()))["schema"] if content else {}
        text = canonical(specs()[area], schema)
        marked = '"x-paginated-items": true' in text
        if marked:
            assert op.paginated, op.id
            assert op.items is not None, op.id
        if op.paginated:
            assert '"next"' in text, op.id


@pytest.mark.parametrize(
    ("operation_id", "group"),
    [
        ("get_test_network_results", "test_results.network"),
        ("get_test_web_transaction_agent_round_page_results", "test_results.web_transactions"),
        ("create_http_server_test", "tests.http_server"),
        ("get_http_server_test", "tests.http_server"),
        ("create_http_server_instant_test", "tests.http_server.instant"),
        ("run_instant_test", "tests.run"),
        ("create_test_snapshot", "tests.snapshot"),
        ("get_test_version_history", "tests.history"),
        ("get_path_vis_interface_groups", "network.path_vis.interface_groups"),
        ("get_alerts_rules", "alerts.rules"),
        ("get_alert_rule", "alerts.rules"),
        ("get_alert", "alerts"),
        ("get_alert_suppression_windows", "alert_suppression_windows"),
        ("get_agents_notification_rule", "agents.notification_rules"),
        ("assign_tests", "agents.tests"),
        ("get_current_user", "users.current"),
        ("get_user_events", "audit_user_events"),
    ],
)
def test_groups_are_named_after_the_paths(operation_id: str, group: str) -> None:
    assert OPERATIONS_BY_ID[operation_id].group == group
    assert group_of(OPERATIONS_BY_ID[operation_id].path) == group


def test_list_operations_name_their_items_and_single_gets_do_not() -> None:
    assert OPERATIONS_BY_ID["get_tests"].items == "tests"
    assert OPERATIONS_BY_ID["get_alerts"].items == "alerts"
    assert OPERATIONS_BY_ID["get_alerts"].paginated
    assert OPERATIONS_BY_ID["get_role"].items is None
    assert OPERATIONS_BY_ID["get_alert"].items is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("getTestNetworkResults", "get_test_network_results"),
        ("getTestDnsSecResults", "get_test_dns_sec_results"),
        ("_links", "links"),
        ("ipv6Policy", "ipv6_policy"),
        ("URL", "url"),
        ("from", "from_"),
        ("self", "self_"),
        ("extra", "extra_"),
    ],
)
def test_snake_case_names(name: str, expected: str) -> None:
    assert snake(name) == expected


def test_a_key_a_schema_requires_without_describing_it_can_be_sent() -> None:
    # SipServerProperties requires port and targetSipCredentials but describes
    # neither; a server true to the spec refuses a SIP test request without port.
    from thousandeyes_async.models._converter_v7 import structure_v7, unstructure_v7
    from thousandeyes_async.models.v7 import tests

    names = {field.name for field in attrs.fields(tests.SipServerTestRequest)}
    assert "port" in names
    body = {
        "testName": "sip",
        "interval": 60,
        "agents": [{"agentId": "1"}],
        "targetSipCredentials": {"sipRegistrar": "voice.example.com", "port": 5060},
        "port": 5060,
    }
    record = structure_v7(body, tests.SipServerTestRequest)
    assert record.port == 5060
    assert "port" not in record.extra
    assert unstructure_v7(record)["port"] == 5060
