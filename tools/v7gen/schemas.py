"""From one spec's schemas to definitions: ``allOf`` flattened, inline objects and enums
named after their owner, discriminated unions, and request forms without ``readOnly``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .docs import short_doc
from .ir import Array, ClassDef, Def, EnumDef, Field, Map, OneOf, Prim, Ref, TypeExpr, UnionDef
from .naming import class_name, snake
from .spec import Spec, ref_name

__all__ = ["READ", "WRITE", "SchemaBuilder"]

READ = "read"
WRITE = "write"

_SCALARS = {"integer": "int", "number": "float", "boolean": "bool"}


@dataclass
class _Flat:
    properties: dict[str, Any]
    required: set[str]


class SchemaBuilder:
    """Builds the definitions of one spec, in read form and in request (write) form."""

    def __init__(self, spec: Spec, write_roots: set[str], read_roots: set[str]) -> None:
        self.spec = spec
        self.schemas = spec.schemas
        self.defs: dict[str, Def] = {}
        self.taken: set[str] = set(self.schemas)
        self._diff: dict[int, bool] = {}
        self.written = _reachable(self, write_roots)
        self.read_names = _reachable(self, read_roots | (set(self.schemas) - self.written))

    # -- kinds -----------------------------------------------------------------

    def _is_union(self, node: Any) -> bool:
        return (
            isinstance(node, dict)
            and bool(node.get("oneOf") or node.get("anyOf"))
            and ("discriminator" in node)
        )

    def _is_object(self, node: Any) -> bool:
        if not isinstance(node, dict) or "enum" in node:
            return False
        if node.get("properties") or node.get("anyOf"):
            return True
        # An allOf of scalars (a described date) is that scalar, not an object.
        return any(self._is_object(self.spec.resolve(part)) for part in node.get("allOf", ()))

    def _flatten(self, node: Any) -> _Flat:
        node = self.spec.resolve(node)
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in node.get("allOf", ()):
            sub = self._flatten(part)
            properties.update(sub.properties)
            required |= sub.required
        for part in node.get("anyOf", ()) if "discriminator" not in node else ():
            properties.update(self._flatten(part).properties)
        properties.update(node.get("properties", {}))
        required |= set(node.get("required", ()))
        return _Flat(properties, required)

    def flat_properties(self, node: Any) -> dict[str, Any]:
        """The properties of an object schema, ``allOf`` flattened."""
        return self._flatten(node).properties if isinstance(node, dict) else {}

    def differs(self, node: Any) -> bool:
        """Whether the request form of ``node`` differs from its read form."""
        name = ref_name(node)
        target = self.schemas[name] if name else node
        marker = id(target)
        if marker not in self._diff:
            self._diff[marker] = False  # the specs have no cycles; this guards anyway
            self._diff[marker] = self._compute_differs(target)
        return self._diff[marker]

    def _compute_differs(self, node: Any) -> bool:
        if not isinstance(node, dict):
            return False
        if self._is_union(node):
            return any(self.differs(m) for m in node.get("oneOf") or node.get("anyOf") or ())
        if node.get("type") == "array" and "items" in node:
            return self.differs(node["items"])
        if self._is_object(node):
            flat = self._flatten(node)
            if _undescribed(flat):
                return True
            return any(
                _read_only(self.spec.resolve(prop)) or self.differs(self._single(prop))
                for prop in flat.properties.values()
            )
        if isinstance(node.get("additionalProperties"), dict):
            return self.differs(node["additionalProperties"])
        return False

    def _single(self, node: Any) -> Any:
        """A property written ``allOf: [$ref]`` (to give it a description) is that ref."""
        if (
            isinstance(node, dict)
            and len(node.get("allOf", ())) == 1
            and not node.get("properties")
        ):
            return node["allOf"][0]
        if isinstance(node, dict) and node.get("allOf") and not self._is_object(node):
            return node["allOf"][0]
        return node

    # -- definitions -------------------------------------------------------------

    def is_named(self, name: str) -> bool:
        """Whether component ``name`` becomes a definition (a class, an enum or a union)."""
        node = self.schemas[name]
        return self._is_object(node) or self._is_union(node) or _is_enum(node)

    def component(self, name: str, context: str) -> str:
        """The local key of component ``name`` in ``context``."""
        node = self.schemas[name]
        if context == WRITE and self.differs({"$ref": f"#/components/schemas/{name}"}):
            key = f"{name}@write"
            if key not in self.defs:
                write_name = self._write_name(name)
                self.defs[key] = ClassDef(write_name, "")  # placeholder
                self.defs[key] = self._build(node, write_name, WRITE)
            return key
        if name not in self.defs:
            self.defs[name] = ClassDef(name, "")
            self.defs[name] = self._build(node, name, READ)
        return name

    def _write_name(self, name: str) -> str:
        if name not in self.read_names:
            return name
        candidate = name + ("Body" if name.endswith("Request") else "Request")
        while candidate in self.taken:
            candidate += "Write"
        self.taken.add(candidate)
        return candidate

    def _inline_name(self, owner: str, prop: str) -> str:
        base = class_name(owner, prop)
        candidate, number = base, 2
        while candidate in self.taken:
            candidate = f"{base}{number}"
            number += 1
        self.taken.add(candidate)
        return candidate

    def _build(self, node: Any, name: str, context: str) -> Def:
        doc = short_doc(node.get("description"))
        if "enum" in node:
            return EnumDef(name, doc, [str(v) for v in node["enum"] if v is not None])
        if self._is_union(node):
            return self._union(node, name, doc, context)
        flat = self._flatten(node)
        fields: list[Field] = []
        used: set[str] = set()
        for key, prop in flat.properties.items():
            resolved = self.spec.resolve(prop)
            if context == WRITE and _read_only(resolved):
                continue
            attribute = snake(key)
            while attribute in used:
                attribute += "_"
            used.add(attribute)
            kind = self.type_of(self._single(prop), name, key, context)
            described = prop.get("description") if isinstance(prop, dict) else None
            fields.append(
                Field(
                    name=attribute,
                    key=key,
                    type=kind,
                    required=key in flat.required,
                    nullable=bool(isinstance(resolved, dict) and resolved.get("nullable")),
                    doc=short_doc(described or resolved.get("description")),
                )
            )
        # A key the schema requires but describes nowhere (SipServerProperties requires
        # ``port``): a server true to the spec refuses a request without it, so the
        # request class must be able to carry it, whatever its type. Optional all the
        # same: the spec gives no example of it. Read, it is kept in ``extra``.
        for key in sorted(_undescribed(flat)) if context == WRITE else ():
            attribute = snake(key)
            while attribute in used:
                attribute += "_"
            used.add(attribute)
            fields.append(
                Field(
                    name=attribute,
                    key=key,
                    type=Prim("Any"),
                    required=False,
                    nullable=False,
                    doc="Required by the spec, which does not describe it here.",
                )
            )
        return ClassDef(name, doc, fields, node.get("example"))

    def _union(self, node: Any, name: str, doc: str, context: str) -> UnionDef:
        members = node.get("oneOf") or node.get("anyOf")
        discriminator = node["discriminator"]
        mapping = discriminator.get("mapping") or {
            ref_name(m): m["$ref"] for m in members if ref_name(m)
        }
        pairs = []
        for value, ref in mapping.items():
            member = ref_name({"$ref": ref})
            assert member is not None, ref
            pairs.append((str(value), self.component(member, context)))
        return UnionDef(name, doc, str(discriminator["propertyName"]), pairs)

    def type_of(self, node: Any, owner: str, prop: str, context: str) -> TypeExpr:
        """The type of a property (or array item, or map value) of ``owner``."""
        name = ref_name(node)
        if name is not None:
            target = self.schemas[name]
            if self._is_object(target) or self._is_union(target) or _is_enum(target):
                return Ref(self.component(name, context))
            return self.type_of(target, owner, prop, context)
        if not isinstance(node, dict):
            return Prim("Any")
        if _is_enum(node):
            key = self._inline_name(owner, prop)
            self.defs[key] = EnumDef(
                key,
                short_doc(node.get("description")),
                [str(v) for v in node["enum"] if v is not None],
            )
            return Ref(key)
        if self._is_union(node):
            key = self._inline_name(owner, prop)
            self.defs[key] = self._union(node, key, "", context)
            return Ref(key)
        if self._is_object(node):
            key = self._inline_name(owner, prop)
            self.defs[key] = ClassDef(key, "")
            self.defs[key] = self._build(node, key, context)
            return Ref(key)
        kind = node.get("type")
        if kind == "array":
            return Array(self.type_of(self._single(node.get("items", {})), owner, prop, context))
        if kind == "object" or "additionalProperties" in node:
            value = node.get("additionalProperties")
            if isinstance(value, dict) and value:
                return Map(self.type_of(value, owner, prop, context))
            return Map(Prim("Any"))
        if kind == "string":
            declared = Prim("datetime" if node.get("format") == "date-time" else "str")
        elif kind in _SCALARS:
            declared = Prim(_SCALARS[kind])
        else:
            return Prim("Any")
        return _widened(declared, node.get("example"))


def _example_type(example: Any) -> TypeExpr | None:
    if isinstance(example, bool):
        return Prim("bool")
    if isinstance(example, int):
        return Prim("int")
    if isinstance(example, float):
        return Prim("float")
    if isinstance(example, str):
        return Prim("str")
    if isinstance(example, list):
        items = {kind for kind in map(_example_type, example) if kind is not None}
        return Array(items.pop() if len(items) == 1 else Prim("Any"))
    if isinstance(example, dict):
        return Map(Prim("Any"))
    return None


def _widened(declared: Prim, example: Any) -> TypeExpr:
    """The declared scalar, or a union with the type of the spec's own example where they differ.

    A server (or a mock built from the spec) may answer with the example, so it must structure.
    """
    shown = _example_type(example)
    if shown is None or shown == declared:
        return declared
    if declared.name == "float" and shown == Prim("int"):
        return declared
    if declared.name == "datetime" and shown == Prim("str"):
        return declared
    return OneOf((declared, shown))


def _undescribed(flat: _Flat) -> set[str]:
    """The keys an object schema requires without a property describing them."""
    return flat.required - flat.properties.keys()


def _read_only(node: Any) -> bool:
    return isinstance(node, dict) and node.get("readOnly") is True


def _is_enum(node: Any) -> bool:
    return isinstance(node, dict) and "enum" in node and node.get("type", "string") == "string"


def _reachable(builder: SchemaBuilder, roots: set[str]) -> set[str]:
    """Every schema name reachable from ``roots`` through ``$ref``s."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen or name not in builder.schemas:
            continue
        seen.add(name)
        stack.extend(_refs(builder.schemas[name]))
    return seen


def _refs(node: Any) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        name = ref_name(node)
        if name:
            out.append(name)
        for value in node.values():
            out.extend(_refs(value))
    elif isinstance(node, list):
        for value in node:
            out.extend(_refs(value))
    return out
