"""Every example of the v7 specs structures into its generated class and round-trips."""

from __future__ import annotations

from typing import Any

import pytest

from thousandeyes_async.models._converter_v7 import structure_v7, unstructure_v7

from .v7_specs import example_body, module_of, ref_name, resolve, specs


def _schemas() -> list[tuple[str, str, Any]]:
    out = []
    for area in specs():
        module = module_of(area)
        for name, cls in module.SCHEMAS.items():
            out.append((area, name, cls))
        for name, cls in module.REQUEST_SCHEMAS.items():
            out.append((area, f"{name} (request)", cls))
    return out


def _schema_examples() -> list[tuple[str, str, Any]]:
    return [
        (area, name, schema["example"])
        for area, document in specs().items()
        for name, schema in document["components"]["schemas"].items()
        if isinstance(schema.get("example"), dict | list) and name in module_of(area).SCHEMAS
    ]


def _response_examples() -> list[tuple[str, str, str, Any]]:
    out = []
    for area, document in specs().items():
        holders = dict(document["components"].get("responses", {}))
        for path, item in document["paths"].items():
            for method, operation in item.items():
                for code, response in operation.get("responses", {}).items():
                    if "$ref" not in response:
                        holders[f"{method} {path} {code}"] = response
        for where, response in holders.items():
            for content in resolve(document, response).get("content", {}).values():
                examples = [content["example"]] if "example" in content else []
                examples += [
                    resolve(document, e).get("value") for e in content.get("examples", {}).values()
                ]
                for example in examples:
                    out.append((area, where, ref_name(content["schema"]) or "", example))
    return out


def _round_trip(body: Any, cls: Any) -> None:
    record = structure_v7(body, cls)
    assert unstructure_v7(record) == body


@pytest.mark.parametrize(
    ("area", "name", "cls"), _schemas(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_a_body_of_the_property_examples_structures_and_round_trips(
    area: str, name: str, cls: Any
) -> None:
    document = specs()[area]
    body = example_body(document, document["components"]["schemas"][name.split(" ")[0]])
    _round_trip(body, cls)


@pytest.mark.parametrize(("area", "name", "example"), _schema_examples(), ids=lambda v: str(v)[:40])
def test_schema_level_examples_structure_and_round_trip(area: str, name: str, example: Any) -> None:
    _round_trip(example, module_of(area).SCHEMAS[name])


def test_the_specs_have_response_examples_to_check() -> None:
    # The error responses carry problem+json examples in every spec but one.
    assert len({area for area, *_ in _response_examples()}) >= 7


@pytest.mark.parametrize(
    ("area", "where", "schema", "example"), _response_examples(), ids=lambda v: str(v)[:40]
)
def test_response_examples_structure_and_round_trip(
    area: str, where: str, schema: str, example: Any
) -> None:
    _round_trip(example, module_of(area).SCHEMAS[schema])


def test_every_component_object_schema_has_a_class() -> None:
    for area, document in specs().items():
        listed = set(module_of(area).SCHEMAS)
        for name, schema in document["components"]["schemas"].items():
            # Integer enums (a test's interval) stay integers; string enums become classes.
            string_enum = "enum" in schema and schema.get("type", "string") == "string"
            if schema.get("properties") or string_enum or schema.get("oneOf"):
                assert name in listed, (area, name)
