"""The v7 request bodies the emulator accepts, and the check that lists what is wrong.

Written by hand from the v7 documents (required fields, enums and JSON types),
independently of the client's generated tables: if the two shared one
description, a mistake in it could not be caught. Unknown fields are ignored
and read-only ones dropped, as the API does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from ._v7_problems import ProblemError

__all__ = ["BodyRule", "BodyViolations", "check_body", "json_body"]

#: JSON type of a field: the name of the type, or a tuple of allowed enum values.
FieldRule = str | tuple[object, ...]

_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


@attrs.frozen
class BodyRule:
    """One request schema: its fields, the required ones and the read-only ones."""

    name: str
    fields: Mapping[str, FieldRule]
    required: frozenset[str] = frozenset()
    read_only: frozenset[str] = frozenset()
    #: Field -> rule of each item of an array field whose items are objects.
    items: Mapping[str, BodyRule] = attrs.field(factory=dict)

    def extend(
        self,
        name: str,
        fields: Mapping[str, FieldRule] | None = None,
        required: set[str] | frozenset[str] = frozenset(),
        items: Mapping[str, BodyRule] | None = None,
    ) -> BodyRule:
        """This rule with more fields (a schema built with ``allOf``)."""
        return BodyRule(
            name,
            {**self.fields, **(fields or {})},
            self.required | required,
            self.read_only,
            {**self.items, **(items or {})},
        )

    def optional(self, name: str) -> BodyRule:
        """The same fields with none required (the partial-update schemas)."""
        return BodyRule(name, self.fields, frozenset(), self.read_only, self.items)


class BodyViolations(ProblemError):
    """A 400 listing every field of the body that breaks its schema."""

    def __init__(self, violations: list[dict[str, str]]) -> None:
        fields = ", ".join(v["field"] for v in violations)
        super().__init__(400, f"the request body is not valid: {fields}")
        self.violations = violations

    def errors(self) -> list[dict[str, str]]:
        return self.violations


def json_body(body: bytes, content_type: str | None) -> Any:
    """The decoded JSON of a write; a 400 if it is not JSON (the documents list no 415)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        shown = media or "none"
        raise BodyViolations(
            [_violation("Content-Type", "unsupported", f"send application/json, not {shown}")]
        )
    try:
        return json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise BodyViolations([_violation("body", "malformed", "the body is not JSON")]) from None


def check_body(value: Any, rule: BodyRule) -> dict[str, Any]:
    """The body with read-only fields dropped; raises ``BodyViolations`` listing each fault."""
    violations: list[dict[str, str]] = []
    _check_object(value, rule, "", violations)
    if violations:
        raise BodyViolations(violations)
    assert isinstance(value, dict)
    return {k: v for k, v in value.items() if k not in rule.read_only}


def _violation(field: str, code: str, message: str) -> dict[str, str]:
    return {"code": code, "field": field, "message": message}


def _check_object(value: Any, rule: BodyRule, prefix: str, out: list[dict[str, str]]) -> None:
    if not isinstance(value, dict):
        out.append(
            _violation(prefix.rstrip(".") or "body", "type", f"{rule.name} must be an object")
        )
        return
    for name in sorted(rule.required - value.keys()):
        out.append(_violation(prefix + name, "required", f"{name} is required"))
    for name, item in value.items():
        field_rule = rule.fields.get(name)
        if field_rule is None or name in rule.read_only:
            continue
        where = prefix + name
        if isinstance(field_rule, tuple):
            if item not in field_rule or isinstance(item, bool) != any(
                isinstance(v, bool) for v in field_rule
            ):
                allowed = ", ".join(json.dumps(v) for v in field_rule)
                out.append(_violation(where, "enum", f"{name} must be one of {allowed}"))
            continue
        kinds = _PYTHON_TYPES[field_rule]
        if not isinstance(item, kinds) or (isinstance(item, bool) and field_rule != "boolean"):
            out.append(_violation(where, "type", f"{name} must be a JSON {field_rule}"))
            continue
        nested = rule.items.get(name)
        if nested is not None and isinstance(item, list):
            for index, element in enumerate(item):
                _check_object(element, nested, f"{where}[{index}].", out)
