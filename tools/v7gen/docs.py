"""Short docstrings from the spec's descriptions."""

from __future__ import annotations

import re

__all__ = ["short_doc"]

_LIMIT = 160


def short_doc(text: object) -> str:
    """The first sentence of a description, on one line, without markup that breaks a docstring."""
    if not isinstance(text, str):
        return ""
    flat = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", flat)
    sentence = match.group(1) if match else flat
    if len(sentence) > _LIMIT:
        sentence = sentence[: _LIMIT - 3].rsplit(" ", 1)[0] + "..."
    return sentence.replace("\\", "/").replace('"""', "'''").strip().rstrip('"')
