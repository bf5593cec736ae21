"""Names: the one rule of the generated code (snake_case members, PascalCase classes)."""

from __future__ import annotations

import keyword
import re

__all__ = ["class_name", "enum_member", "group_of", "module_name", "snake"]

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")


def snake(name: str) -> str:
    """``getTestNetworkResults`` -> ``get_test_network_results``; ``_links`` -> ``links``."""
    words = _WORD.findall(name.replace("-", " ").replace("_", " "))
    out = "_".join(word.lower() for word in words) or "value"
    if out[0].isdigit():
        out = "n_" + out
    if keyword.iskeyword(out) or keyword.issoftkeyword(out) or out in ("extra", "self"):
        out += "_"
    return out


def class_name(*parts: str) -> str:
    """PascalCase of the parts, keeping a part's own inner capitals (``DnsSec``)."""
    out = []
    for part in parts:
        for word in re.split(r"[^A-Za-z0-9]+", part):
            if word:
                out.append(word[0].upper() + word[1:])
    name = "".join(out)
    return "N" + name if name[:1].isdigit() else name


def enum_member(value: object) -> str:
    """The member name of an enum value: ``from-target`` -> ``FROM_TARGET``."""
    text = re.sub(r"[^A-Za-z0-9]+", "_", str(value)).strip("_")
    text = "_".join(word.upper() for word in _WORD.findall(text)) if text else "EMPTY"
    if text[0].isdigit():
        text = "V_" + text
    return text


def module_name(area: str) -> str:
    """The module of a spec area: ``test-results`` -> ``test_results``."""
    return area.replace("-", "_")


def group_of(path: str) -> str:
    """The group of an operation, named after its path.

    The collection segments up to and including the first one after a path
    parameter: ``/test-results/{testId}/path-vis/agent/{agentId}/...`` is
    ``test_results.path_vis`` and ``/alerts/rules/{ruleId}`` is ``alerts.rules``.
    """
    parts: list[str] = []
    after_parameter = False
    for segment in path.strip("/").split("/"):
        if segment.startswith("{"):
            after_parameter = True
            continue
        parts.append(segment.replace("-", "_"))
        if after_parameter:
            break
    return ".".join(parts)
