"""A faithful in-process ThousandEyes v6 server for tests, benchmarks and users' tests.

``ThousandEyesEmulator`` is an ASGI application that behaves as the v6 API is
documented: both authentications and the source-IP block, the organization,
instant-test and snapshot limits with their headers, time ranges, pagination,
and deterministic data for any number of tests, agents and rounds. It can
inject faults, and it counts what it saw.
"""

from ._config import (
    DEFAULT_EMAIL,
    DEFAULT_TOKEN,
    TEST_TYPES,
    DataSpec,
    EmulatorCredential,
    RateLimits,
)
from ._counters import Counters, RequestRecord
from ._emulator import DEFAULT_START_EPOCH, EmulatorTransport, ThousandEyesEmulator
from ._faults import Fault

__all__ = [
    "DEFAULT_EMAIL",
    "DEFAULT_START_EPOCH",
    "DEFAULT_TOKEN",
    "TEST_TYPES",
    "Counters",
    "DataSpec",
    "EmulatorCredential",
    "EmulatorTransport",
    "Fault",
    "RateLimits",
    "RequestRecord",
    "ThousandEyesEmulator",
]
