"""Operation tables: one ``Operation`` per path and method of each spec."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .docs import short_doc
from .ir import Array, ClassDef, TypeExpr
from .naming import group_of, snake
from .schemas import READ, WRITE, SchemaBuilder
from .spec import Spec, ref_name

__all__ = [
    "METHODS",
    "OperationDef",
    "ParameterDef",
    "operations_of",
    "request_roots",
    "response_roots",
]

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass
class ParameterDef:
    name: str
    key: str
    location: str
    kind: TypeExpr
    required: bool
    array: bool
    description: str


@dataclass
class OperationDef:
    id: str
    operation_id: str
    method: str
    path: str
    group: str
    area: str
    summary: str
    parameters: list[ParameterDef] = field(default_factory=list)
    request: str | None = None
    request_required: bool = False
    request_read_only: list[str] = field(default_factory=list)
    request_nullable: list[str] = field(default_factory=list)
    response: str | None = None
    status: int = 200
    paginated: bool = False
    items: str | None = None
    item: TypeExpr | None = None


def _each(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in spec.document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def _body_schema(spec: Spec, holder: Any) -> Any:
    holder = spec.resolve(holder)
    for content in (holder or {}).get("content", {}).values():
        if "schema" in content:
            return content["schema"]
    return None


def _success(spec: Spec, operation: dict[str, Any]) -> tuple[int, Any]:
    for code, response in sorted(operation.get("responses", {}).items()):
        if str(code).startswith("2"):
            return int(code), _body_schema(spec, response)
    return 200, None


def request_roots(spec: Spec) -> set[str]:
    """Schemas used as request bodies."""
    names = set()
    for _, _, operation in _each(spec):
        name = ref_name(_body_schema(spec, operation.get("requestBody")))
        if name:
            names.add(name)
    return names


def response_roots(spec: Spec) -> set[str]:
    """Schemas used by responses (success and error)."""
    names = set()
    for _, _, operation in _each(spec):
        for response in operation.get("responses", {}).values():
            name = ref_name(_body_schema(spec, response))
            if name:
                names.add(name)
    return names


def _parameter(spec: Spec, builder: SchemaBuilder, owner: str, node: Any) -> ParameterDef:
    node = spec.resolve(node)
    schema = node.get("schema", {})
    parts = schema.get("allOf", []) if isinstance(schema, dict) else []
    refs = [part for part in parts if isinstance(part, dict) and "$ref" in part]
    if len(refs) == 1:
        # ``allOf: [{$ref: State}, {example: trigger}]``: the referenced schema, annotated.
        schema = refs[0]
    array = spec.resolve(schema).get("type") == "array"
    if array:
        schema = spec.resolve(schema).get("items", {})
    return ParameterDef(
        name=snake(node["name"]),
        key=node["name"],
        location=node["in"],
        kind=builder.type_of(schema, owner, node["name"], READ),
        required=bool(node.get("required")),
        array=array,
        description=short_doc(node.get("description")),
    )


def _listing(
    spec: Spec, builder: SchemaBuilder, key: str, schema: Any, method: str, path: str
) -> tuple[bool, str | None, TypeExpr | None]:
    """(paginated, items key, item type) of a response; a get of one object has no items."""
    definition = builder.defs[key]
    if not isinstance(definition, ClassDef):
        return False, None, None
    node = spec.resolve(schema)
    properties = builder.flat_properties(node)
    marked = [
        k for k, p in properties.items() if isinstance(p, dict) and p.get("x-paginated-items")
    ]
    arrays = [f for f in definition.fields if isinstance(f.type, Array) and f.key != "_links"]
    links = spec.resolve(properties.get("_links", {}))
    paginated = bool(marked) or "next" in builder.flat_properties(links)
    listing = method == "get" and not path.rstrip("/").endswith("}")
    single = arrays[0].key if listing and len(arrays) == 1 else None
    items = marked[0] if marked else single
    item = next((f.type for f in definition.fields if f.key == items), None)
    return paginated, items, item.item if isinstance(item, Array) else None


def operations_of(spec: Spec, builder: SchemaBuilder) -> list[OperationDef]:
    """The operations of one spec, in the spec's order."""
    out = []
    for path, method, operation in _each(spec):
        operation_id = operation["operationId"]
        owner = operation_id[0].upper() + operation_id[1:]
        parameters = [
            _parameter(spec, builder, owner, node)
            for node in operation.get("parameters", ())
            if spec.resolve(node).get("in") in ("path", "query")
        ]
        status, response = _success(spec, operation)
        request_body = spec.resolve(operation.get("requestBody"))
        request = ref_name(_body_schema(spec, request_body))
        definition = OperationDef(
            id=snake(operation_id),
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            group=group_of(path),
            area=spec.area,
            summary=short_doc(operation.get("summary")),
            parameters=parameters,
            request=builder.component(request, WRITE) if request else None,
            request_required=bool(request_body and request_body.get("required")),
            status=status,
        )
        if request:
            properties = builder.flat_properties(spec.resolve(_body_schema(spec, request_body)))
            for key, prop in properties.items():
                resolved = spec.resolve(prop)
                if isinstance(resolved, dict) and resolved.get("readOnly") is True:
                    definition.request_read_only.append(key)
                elif isinstance(resolved, dict) and resolved.get("nullable") is True:
                    definition.request_nullable.append(key)
        response_name = ref_name(response)
        if response_name:
            definition.response = builder.component(response_name, READ)
            listing = _listing(spec, builder, definition.response, response, method, path)
            definition.paginated, definition.items, definition.item = listing
        out.append(definition)
    return out
