"""The generator's output from the vendored specs, made once a process.

Three freshness tests compare it with the committed files; the ``generator``
xdist group keeps them on one worker, so the specs are read and generated once.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "tools") not in sys.path:
    sys.path.insert(0, str(ROOT / "tools"))

from v7gen.generate import Generation, build  # noqa: E402

GROUP = pytest.mark.xdist_group("generator")


@functools.cache
def generated() -> Generation:
    return build(ROOT / "specs" / "v7")
