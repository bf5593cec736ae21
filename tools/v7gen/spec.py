"""Reading the vendored OpenAPI documents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

__all__ = ["Spec", "load_specs"]

_PREFIX = "thousandeyes-"
#: libyaml's parser when PyYAML has it: the same documents, about ten times faster.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Spec:
    """One OpenAPI document and the area it covers (``test-results``, ``agents``...)."""

    area: str
    title: str
    document: dict[str, Any]

    @property
    def schemas(self) -> dict[str, Any]:
        return dict(self.document.get("components", {}).get("schemas", {}))

    def resolve(self, node: Any) -> Any:
        """Follow a local ``$ref`` (of any component kind) to its target."""
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node


def _area(path: Path) -> str:
    stem = path.stem
    if stem.startswith(_PREFIX):
        stem = stem[len(_PREFIX) :]
    return stem.rsplit("-v", 1)[0]


def load_specs(directory: Path) -> list[Spec]:
    """Every ``*.yml`` document of ``directory``, in the order of their areas."""
    specs = []
    for path in sorted(directory.glob("*.yml")):
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        specs.append(Spec(_area(path), str(document["info"]["title"]), document))
    return sorted(specs, key=lambda spec: spec.area)


def ref_name(node: Any) -> str | None:
    """The schema name a ``$ref`` node points to, else ``None``."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
    return None
