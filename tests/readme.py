"""Sections and code blocks of README.md, for the tests that keep its examples honest."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def readme_section(title: str) -> str:
    """The text of ``## title`` up to the next ``## `` heading."""
    text = README.read_text()
    _, found, rest = text.partition(f"\n## {title}\n")
    if not found:
        raise AssertionError(f"README.md has no section '## {title}'")
    return rest.split("\n## ", 1)[0]


def python_blocks(title: str) -> list[str]:
    """The ```python blocks of a README section, in order."""
    return re.findall(r"```python\n(.*?)```", readme_section(title), flags=re.DOTALL)
