"""The vendored v7 specs as the tests read them, independently of the generator."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml

from thousandeyes_async.models import v7

SPECS = Path(__file__).resolve().parent.parent / "specs" / "v7"
METHODS = ("get", "post", "put", "patch", "delete")
MISSING = object()


#: libyaml's parser when PyYAML has it: the same documents, read about ten times faster
#: (every xdist worker reads the 650 KB of specs while it collects).
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)


@functools.cache
def specs() -> dict[str, dict[str, Any]]:
    """Area (``test-results``) -> the parsed document."""
    out = {}
    for path in sorted(SPECS.glob("*.yml")):
        area = path.stem.removeprefix("thousandeyes-").rsplit("-v", 1)[0]
        out[area] = load_yaml(path.read_text(encoding="utf-8"))
    return out


def module_of(area: str) -> Any:
    return getattr(v7, area.replace("-", "_"))


def resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and str(node.get("$ref", "")).startswith("#/components/schemas/"):
        return str(node["$ref"]).rsplit("/", 1)[1]
    return None


def properties(document: dict[str, Any], node: Any) -> dict[str, Any]:
    """The properties of an object schema with every ``allOf`` part merged in."""
    node = resolve(document, node)
    out: dict[str, Any] = {}
    for part in node.get("allOf", ()):
        out.update(properties(document, part))
    if "discriminator" not in node:
        for part in node.get("anyOf", ()):
            out.update(properties(document, part))
    out.update(node.get("properties", {}))
    return out


def required(document: dict[str, Any], node: Any) -> set[str]:
    node = resolve(document, node)
    out = set(node.get("required", ()))
    for part in node.get("allOf", ()):
        out |= required(document, part)
    return out


_SCALAR_DEFAULTS = {"integer": 7, "number": 1.5, "boolean": True}


def example_body(document: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """A body for ``node`` made of the spec's own examples, property by property.

    Where a property has no example, a value of its declared type stands in, so
    that every property of every schema is exercised.
    """
    node = resolve(document, node)
    if not isinstance(node, dict) or depth > 12:
        return MISSING
    if "example" in node and node["example"] is not None:
        return node["example"]
    members = node.get("oneOf") or (node.get("anyOf") if "discriminator" in node else None)
    if members:
        return example_body(document, members[0], depth + 1)
    if node.get("enum"):
        return node["enum"][0]
    if len(node.get("allOf", ())) == 1 and not node.get("properties"):
        return example_body(document, node["allOf"][0], depth + 1)
    fields = properties(document, node)
    if fields:
        out = {}
        for key, prop in fields.items():
            value = example_body(document, prop, depth + 1)
            if value is not MISSING:
                out[key] = value
        return out
    kind = node.get("type")
    if kind == "array":
        item = example_body(document, node.get("items", {}), depth + 1)
        return [] if item is MISSING else [item]
    if kind == "string":
        return "2022-07-17T22:00:54Z" if node.get("format") == "date-time" else "text"
    if kind in _SCALAR_DEFAULTS:
        return _SCALAR_DEFAULTS[kind]
    if kind == "object":
        return {"someKey": "someValue"}
    return MISSING


def canonical(document: dict[str, Any], node: Any) -> str:
    """The schema's text with every ``$ref`` replaced by its target's text."""

    def expand(value: Any) -> Any:
        name = ref_name(value)
        if name is not None:
            return {"$schema": name, "is": expand(document["components"]["schemas"][name])}
        if isinstance(value, dict):
            return {k: expand(v) for k, v in value.items()}
        if isinstance(value, list):
            return [expand(v) for v in value]
        return value

    return json.dumps(expand(node), sort_keys=True)


def operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(area, method, path, operation) of every operation of every spec."""
    return [
        (area, method, path, operation)
        for area, document in specs().items()
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]
