"""Small helpers that write Python source in the project's format (ruff format's output)."""

from __future__ import annotations

import textwrap

__all__ = ["LINE", "all_order", "comment", "docstring", "literal", "name_order", "string_lines"]

LINE = 100


def literal(value: object) -> str:
    """A string literal in double quotes, as ruff format writes it."""
    text = repr(value)
    if isinstance(value, str) and text.startswith("'") and '"' not in value:
        text = '"' + text[1:-1].replace("\\'", "'") + '"'
    return text


def docstring(text: str, indent: str) -> list[str]:
    """A docstring, wrapped to the line length."""
    text = text.strip() or "No description in the specification."
    if text.endswith('"'):
        text += " "
    single = f'{indent}"""{text}"""'
    if len(single) <= LINE:
        return [single]
    lines = textwrap.wrap(text, LINE - len(indent) - 6)
    out = [f'{indent}"""{lines[0]}']
    out.extend(f"{indent}{line}" for line in lines[1:])
    out.append(f'{indent}"""')
    return out


def comment(text: str, indent: str) -> list[str]:
    """``#:`` attribute documentation, wrapped to the line length."""
    if not text:
        return []
    return [f"{indent}#: {line}" for line in textwrap.wrap(text, LINE - len(indent) - 3)]


def name_order(name: str) -> tuple[int, str, str]:
    """isort's order of imported names and of ``__all__``: CONSTANTS, Classes, functions."""
    if name.isupper() or (name.upper() == name and "_" in name):
        rank = 0
    elif name[:1].isupper():
        rank = 1
    else:
        rank = 2
    return rank, name.lower(), name


def all_order(name: str) -> tuple[int, str]:
    """The order ruff wants ``__all__`` in: by kind, then case-sensitively."""
    return name_order(name)[0], name


def string_lines(prefix: str, text: str, indent: str, suffix: str = ",") -> list[str]:
    """``prefix"text"suffix``, split into implicitly joined pieces when too long."""
    line = f"{indent}{prefix}{literal(text)}{suffix}"
    if len(line) <= LINE:
        return [line]
    width = LINE - len(indent) - 8
    pieces = textwrap.wrap(text, width, drop_whitespace=False)
    out = [f"{indent}{prefix}("]
    out += [f"    {indent}{literal(piece)}" for piece in pieces]
    out.append(f"{indent}){suffix}")
    return out
