"""The things an organization is made of: agents, BGP monitors, tests, endpoints.

Pure data; the records of each endpoint are built in ``_records`` and served
through ``_data.Dataset``.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

if TYPE_CHECKING:
    from ._data import Dataset

__all__ = [
    "Agent",
    "Draws",
    "Endpoint",
    "Monitor",
    "Record",
    "RecordContext",
    "TestSpec",
    "format_date",
    "host_of",
    "server_address",
    "server_ip",
]

Record = dict[str, Any]
T = TypeVar("T")

CITIES: tuple[tuple[str, str], ...] = (
    ("San Jose, CA", "US"),
    ("Hong Kong", "HK"),
    ("Vienna, Austria", "AT"),
    ("Chicago, IL", "US"),
    ("Paris, France", "FR"),
    ("São Paulo, Brazil", "BR"),
    ("Cairo, Egypt", "EG"),
    ("Sydney, Australia", "AU"),
    ("Tokyo, Japan", "JP"),
    ("London, England", "GB"),
    ("Frankfurt, Germany", "DE"),
    ("Mumbai, India", "IN"),
    ("Toronto, Canada", "CA"),
    ("Singapore", "SG"),
    ("Johannesburg, South Africa", "ZA"),
    ("Stockholm, Sweden", "SE"),
)
MONITORS: tuple[tuple[str, str], ...] = (
    ("Vancouver, Canada - Bell Canada (AS 6539)", "CA"),
    ("Calgary, Canada - Telus (AS 852)", "CA"),
    ("Amsterdam, Netherlands - NTT (AS 2914)", "NL"),
    ("Seattle, WA - Level 3 (AS 3356)", "US"),
    ("Tokyo, Japan - KDDI (AS 2516)", "JP"),
    ("London, England - Cogent (AS 174)", "GB"),
)
NETWORKS = (
    "Cogent Communications (AS 174)",
    "NTT America, Inc. (AS 2914)",
    "Amazon.com, Inc. (AS 16509)",
    "Level 3 Parent, LLC (AS 3356)",
)
CREATED_BY = "API Sandbox User (noreply@thousandeyes.com)"
APP = "https://app.thousandeyes.com"


def format_date(epoch: float) -> str:
    """The API's ``yyyy-MM-dd hh:mm:ss`` in UTC."""
    return _format_whole_second(int(epoch))


@functools.lru_cache(maxsize=8192)
def _format_whole_second(epoch: int) -> str:
    # Records of one round share their dates: caching saves most strftime calls.
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%d %H:%M:%S")


@attrs.frozen
class Agent:
    agent_id: int
    name: str
    country_id: str
    ip: str

    def as_json(self) -> Record:
        return {
            "agentId": self.agent_id,
            "agentName": self.name,
            "agentType": "Cloud",
            "countryId": self.country_id,
            "enabled": 1,
            "location": self.name,
            "ipAddresses": [self.ip],
            "prefix": self.ip.rsplit(".", 1)[0] + ".0/24",
            "network": NETWORKS[self.agent_id % len(NETWORKS)],
            "hostname": f"agent-{self.agent_id}.emulator.invalid",
        }


@attrs.frozen
class Monitor:
    monitor_id: int
    name: str
    country_id: str


@attrs.frozen
class TestSpec:
    """One test of the organization: what it is and where its data comes from."""

    test_id: int
    type: str
    interval: int
    name: str
    target: str
    agent_ids: tuple[int, ...]
    monitor_ids: tuple[int, ...]
    dns_server_ids: tuple[int, ...]
    prefix_id: int
    created: int
    #: The first round with data, for a test created while the emulator runs (None: all).
    first_round: int | None = None

    @property
    def dns_servers(self) -> list[tuple[int, str]]:
        letters = "abcdefghijklm"
        return [
            (sid, f"{letters[i % 13]}1.dns-emulator.invalid.")
            for i, sid in enumerate(self.dns_server_ids)
        ]


# -- endpoints -------------------------------------------------------------------------


_MASK = (1 << 64) - 1


class Draws:
    """A small SplitMix64 generator: a record's random values, seeded by its identity.

    ``random.Random`` costs more to seed than a whole record costs to build;
    this one is seeded for free and is the same on every Python and platform.
    """

    __slots__ = ("_state",)

    def __init__(self, seed: int) -> None:
        self._state = seed & _MASK

    def _next(self) -> int:
        self._state = (self._state + 0x9E3779B97F4A7C15) & _MASK
        z = self._state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        return z ^ (z >> 31)

    def random(self) -> float:
        """A float in [0, 1)."""
        return (self._next() >> 11) * (1.0 / (1 << 53))

    def uniform(self, low: float, high: float) -> float:
        return low + (high - low) * self.random()

    def randrange(self, start: int, stop: int) -> int:
        """An int in [start, stop) (the tiny modulo bias does not matter for test data)."""
        if stop <= start:
            raise ValueError(f"empty range [{start}, {stop})")
        return start + self._next() % (stop - start)

    def choice(self, items: Sequence[T]) -> T:
        return items[self._next() % len(items)]


@attrs.frozen
class RecordContext:
    dataset: Dataset
    test: TestSpec
    round_id: int
    source: tuple[int, ...]
    params: dict[str, str]
    rng: Draws

    @property
    def agent(self) -> Agent:
        return self.dataset.agent(self.source[0])


Builder = Callable[[RecordContext], Record]


@attrs.frozen
class Endpoint:
    """A test-data endpoint: where its records live in the body and how they are made."""

    path: str
    family: str
    key: str
    types: frozenset[str]
    build: Builder
    #: "agents", "monitors" or "dns" (agents x DNS servers).
    sources: str = "agents"

    @property
    def key_id(self) -> int:
        """A stable number for the path, part of every record's seed."""
        return zlib.crc32(self.path.encode())


def server_ip(test: TestSpec) -> str:
    return f"203.0.113.{test.test_id % 250 + 1}"


def server_address(test: TestSpec) -> str:
    target = test.target.split("://", 1)[-1].split("/", 1)[0]
    return target if ":" in target else target + ":443"


def host_of(test: TestSpec) -> str:
    return test.target.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
