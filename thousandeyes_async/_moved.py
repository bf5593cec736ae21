"""Names that left the top level (and ``models``) keep working for one release.

Each access warns with the import to use instead; the warning points at the
caller's line, so it shows where to change the code.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any, Final

from .models.v6 import __all__ as _V6_NAMES

__all__ = ["MOVED", "moved"]

_V6 = "thousandeyes_async.models.v6"
_MODELS = "thousandeyes_async.models"
_LIMITS = "thousandeyes_async.ratelimit"
_RESOURCES = "thousandeyes_async.resources"

#: Old name -> the public module that holds it now (None: it is private now).
MOVED: Final[dict[str, str | None]] = {
    # Every v6 record class and the endpoint table: models.v6 is where they live now.
    **dict.fromkeys(_V6_NAMES, _V6),
    **dict.fromkeys(
        (
            "format_datetime",
            "structure_agents",
            "structure_instant_test",
            "structure_record",
            "structure_snapshot",
            "structure_test",
            "structure_tests",
        ),
        _MODELS,
    ),
    **dict.fromkeys(
        (
            "BucketSpec",
            "CategoryPolicy",
            "HeaderDialect",
            "Permit",
            "Policy",
            "RateLimitStats",
            "RequestInfo",
            "ThousandEyesPolicy",
        ),
        _LIMITS,
    ),
    **dict.fromkeys(
        (
            "SNAPSHOT_HOURS",
            "AgentsResource",
            "Direction",
            "DnsResource",
            "InstantResource",
            "NetResource",
            "RawRecord",
            "ResourceGroup",
            "SnapshotsResource",
            "TestsResource",
            "VoiceResource",
            "WebResource",
            "parse_window",
            "round_id",
            "round_start",
        ),
        _RESOURCES,
    ),
    "converter": None,
    "DEFAULT_BASE_URL": None,
    "TransportStats": None,
}

#: Where the names that are private now still live, for the one release they warn.
_PRIVATE: Final = {
    "converter": "thousandeyes_async.models._converter",
    "DEFAULT_BASE_URL": "thousandeyes_async._base_client",
    "TransportStats": "thousandeyes_async._transport",
}


def moved(module: str, name: str, names: dict[str, str | None] = MOVED) -> Any:
    """The value of ``module.name`` at its new home, with a ``DeprecationWarning``."""
    if name not in names:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    home = names[name]
    if home is None:
        message = f"{module}.{name} is private now and will be removed in the next release" + (
            "; use unstructure() or raw=True instead" if name == "converter" else ""
        )
        source = _PRIVATE[name]
    else:
        message = (
            f"{module}.{name} moved: import it from {home}; the old name goes in the next release"
        )
        source = home
    warnings.warn(message, DeprecationWarning, stacklevel=3)
    return getattr(importlib.import_module(source), name)
