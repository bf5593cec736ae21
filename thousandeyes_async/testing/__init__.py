"""A faithful in-process ThousandEyes server for tests, benchmarks and users' tests.

``ThousandEyesEmulator`` is an ASGI application that behaves as the API is
documented: v6 with both authentications and the source-IP block, the
organization, instant-test and snapshot limits with their headers, time ranges,
pagination, and deterministic data for any number of tests, agents and rounds;
v7's test results, tests and agents as its OpenAPI documents describe them, over
the same data and the same limits. It can inject faults, and it counts what it saw.

Names are imported on first use, so that the pytest plugin (a submodule loaded
in every pytest run of anyone who installs the package) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._config import (
        DEFAULT_ACCOUNT_GROUP,
        DEFAULT_EMAIL,
        DEFAULT_TOKEN,
        TEST_TYPES,
        V7_ONLY_TYPES,
        DataSpec,
        EmulatorCredential,
        OAuthClient,
        RateLimits,
        wall_clock_epoch,
    )
    from ._counters import Counters, RequestRecord
    from ._emulator import DEFAULT_START_EPOCH, EmulatorTransport, ThousandEyesEmulator
    from ._faults import Fault

__all__ = [
    "DEFAULT_ACCOUNT_GROUP",
    "DEFAULT_EMAIL",
    "DEFAULT_START_EPOCH",
    "DEFAULT_TOKEN",
    "TEST_TYPES",
    "V7_ONLY_TYPES",
    "Counters",
    "DataSpec",
    "EmulatorCredential",
    "EmulatorTransport",
    "Fault",
    "OAuthClient",
    "RateLimits",
    "RequestRecord",
    "ThousandEyesEmulator",
    "wall_clock_epoch",
]

_HOMES = {
    "DEFAULT_ACCOUNT_GROUP": "._config",
    "DEFAULT_EMAIL": "._config",
    "DEFAULT_TOKEN": "._config",
    "TEST_TYPES": "._config",
    "V7_ONLY_TYPES": "._config",
    "DataSpec": "._config",
    "EmulatorCredential": "._config",
    "OAuthClient": "._config",
    "RateLimits": "._config",
    "wall_clock_epoch": "._config",
    "Counters": "._counters",
    "RequestRecord": "._counters",
    "DEFAULT_START_EPOCH": "._emulator",
    "EmulatorTransport": "._emulator",
    "ThousandEyesEmulator": "._emulator",
    "Fault": "._faults",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
