"""Deterministic, lazily generated organization data in the shapes of seed 001.

Every record is a pure function of (seed, endpoint, test, round, source), so a
query over a year of rounds costs nothing until a page of it is read, the same
seed always gives the same data, and the ground truth of any query can be
computed independently of the pages the server sent.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

import attrs

from ._config import DataSpec
from ._entities import (
    CITIES,
    MONITORS,
    Agent,
    Draws,
    Endpoint,
    Monitor,
    Record,
    RecordContext,
    TestSpec,
)
from ._records import DETAIL_ENDPOINTS, LIST_ENDPOINTS
from ._test_objects import render_test

__all__ = ["DETAIL_ENDPOINTS", "LIST_ENDPOINTS", "Dataset", "RecordRange"]

_MASK = (1 << 64) - 1


def _mix(*parts: int) -> int:
    """A stable 64-bit key from integers (FNV-1a style; the same on every Python and run)."""
    key = 0xCBF29CE484222325
    for part in parts:
        key = ((key ^ (part & _MASK)) * 0x100000001B3) & _MASK
        key ^= key >> 29
    return key


@attrs.frozen
class RecordRange:
    """The records a query returns, in server order, generated on access."""

    dataset: Dataset
    endpoint: Endpoint
    test: TestSpec
    first_round: int
    rounds: int
    sources: tuple[tuple[int, ...], ...]
    params: dict[str, str]

    def __len__(self) -> int:
        return self.rounds * len(self.sources)

    def __getitem__(self, index: int) -> Record:
        if not 0 <= index < len(self):
            raise IndexError(index)
        per_round = len(self.sources)
        round_id = self.first_round + (index // per_round) * self.test.interval
        return self.dataset.record(
            self.endpoint, self.test, round_id, self.sources[index % per_round], self.params
        )

    def slice(self, start: int, stop: int) -> list[Record]:
        return [self[i] for i in range(max(0, start), min(stop, len(self)))]

    def __iter__(self) -> Iterator[Record]:
        return (self[i] for i in range(len(self)))


class Dataset:
    """The organization's tests, agents and records, all derived from a ``DataSpec``."""

    def __init__(self, spec: DataSpec) -> None:
        self.spec = spec
        self._agents = [self._make_agent(i) for i in range(spec.agents)]
        self._agents_by_id = {a.agent_id: a for a in self._agents}
        self._monitors = [
            Monitor(10 + i, name, country) for i, (name, country) in enumerate(MONITORS)
        ]
        self._monitors_by_id = {m.monitor_id: m for m in self._monitors}
        self._extra_tests: dict[int, TestSpec] = {}
        self._retired: set[int] = set()
        #: Tests of the spec that were deleted, and tests replaced by an update.
        self._deleted: set[int] = set()
        self._next_extra = self.spec.first_test_id + self.spec.tests + 10_000

    # -- agents and tests -----------------------------------------------------------

    def _make_agent(self, index: int) -> Agent:
        city, country = CITIES[index % len(CITIES)]
        suffix = f" {index // len(CITIES) + 1}" if index >= len(CITIES) else ""
        agent_id = self.spec.first_agent_id + index
        ip = f"198.51.{100 + index // 250}.{index % 250 + 1}"
        return Agent(agent_id, city + suffix, country, ip)

    @property
    def agents(self) -> Sequence[Agent]:
        if not self._retired:
            return self._agents
        return [a for a in self._agents if a.agent_id not in self._retired]

    def agent(self, agent_id: int) -> Agent:
        return self._agents_by_id[agent_id]

    def has_agent(self, agent_id: int) -> bool:
        return agent_id in self._agents_by_id and agent_id not in self._retired

    def rename_agent(self, agent_id: int, name: str) -> None:
        agent = attrs.evolve(self._agents_by_id[agent_id], name=name)
        self._agents_by_id[agent_id] = agent
        self._agents = [agent if a.agent_id == agent_id else a for a in self._agents]

    def retire_agent(self, agent_id: int) -> None:
        """Delete an agent: it leaves every test it ran; the data it produced stays."""
        if not self.has_agent(agent_id):
            raise KeyError(agent_id)
        for test in self.tests():
            if agent_id in test.agent_ids:
                others = tuple(a for a in test.agent_ids if a != agent_id)
                self.replace_test(attrs.evolve(test, agent_ids=others))
        self._retired.add(agent_id)

    def monitor(self, monitor_id: int) -> Monitor:
        return self._monitors_by_id[monitor_id]

    @property
    def test_ids(self) -> range:
        return range(self.spec.first_test_id, self.spec.first_test_id + self.spec.tests)

    def tests(self) -> list[TestSpec]:
        generated = [self.test(t) for t in self.test_ids if t not in self._deleted]
        added = [t for i, t in self._extra_tests.items() if i not in self.test_ids]
        return generated + added

    def has_test(self, test_id: int) -> bool:
        if test_id in self._deleted:
            return False
        return test_id in self.test_ids or test_id in self._extra_tests

    def test(self, test_id: int) -> TestSpec:
        if test_id in self._deleted:
            raise KeyError(test_id)
        if test_id in self._extra_tests:
            return self._extra_tests[test_id]
        if test_id not in self.test_ids:
            raise KeyError(test_id)
        index = test_id - self.spec.first_test_id
        rng = random.Random(f"{self.spec.seed}:test:{test_id}")
        test_type = self.spec.test_types[index % len(self.spec.test_types)]
        return self._make_test(test_id, test_type, rng)

    def _make_test(
        self, test_id: int, test_type: str, rng: random.Random, name: str | None = None
    ) -> TestSpec:
        interval = rng.choice(self.spec.intervals)
        count = min(self.spec.agents_per_test, len(self._agents))
        agent_ids = tuple(sorted(a.agent_id for a in rng.sample(self._agents, count)))
        monitor_ids = tuple(sorted(m.monitor_id for m in rng.sample(self._monitors, 3)))
        host = f"app{test_id}.example.com"
        target = {
            "agent-to-server": f"{host}:443",
            "agent-to-agent": f"agent-{agent_ids[0]}",
            "bgp": f"203.0.{test_id % 250}.0/24",
            "http-server": f"https://{host}/",
            "page-load": f"https://{host}/",
            "web-transactions": f"https://{host}/",
            "ftp-server": f"ftp://ftp{test_id}.example.com/pub/",
            "dns-trace": f"{host} A",
            "dns-server": f"{host} A",
            "dns-dnssec": f"{host} A",
            "sip-server": f"sip{test_id}.example.com:5060",
            "voice": f"rtp{test_id}.example.com:49152",
            "api": f"https://api{test_id}.example.com/v1/status",
        }[test_type]
        return TestSpec(
            test_id=test_id,
            type=test_type,
            interval=interval,
            name=name or f"{test_type} {target}",
            target=target,
            agent_ids=agent_ids,
            monitor_ids=monitor_ids,
            dns_server_ids=(test_id * 10 + 1, test_id * 10 + 2),
            prefix_id=200 + test_id % 1000,
            created=1_600_000_000 + rng.randrange(0, 10_000_000),
        )

    def add_test(self, test_type: str, name: str | None, agent_ids: Sequence[int]) -> TestSpec:
        """Register a test created at run time (an instant test)."""
        test_id = self._next_extra
        self._next_extra += 1
        rng = random.Random(f"{self.spec.seed}:instant:{test_id}")
        test = self._make_test(test_id, test_type, rng, name)
        if agent_ids:
            test = attrs.evolve(test, agent_ids=tuple(sorted(agent_ids)))
        self._extra_tests[test_id] = test
        return test

    def create_test(
        self,
        test_type: str,
        *,
        name: str,
        interval: int,
        target: str | None,
        agent_ids: Sequence[int],
        now: int,
    ) -> TestSpec:
        """Register a scheduled test created at ``now``: it has data from its next round on."""
        test = self.add_test(test_type, name, agent_ids)
        first_round = (now // interval + 1) * interval
        test = attrs.evolve(
            test,
            interval=interval,
            target=target or test.target,
            created=now,
            first_round=first_round,
        )
        self._extra_tests[test.test_id] = test
        return test

    def replace_test(self, test: TestSpec) -> None:
        """Keep an updated test (generated or created) in place of the old one."""
        if not self.has_test(test.test_id):
            raise KeyError(test.test_id)
        self._extra_tests[test.test_id] = test

    def remove_test(self, test_id: int) -> None:
        """Forget a test: it and its data are gone (404) from now on."""
        if not self.has_test(test_id):
            raise KeyError(test_id)
        self._extra_tests.pop(test_id, None)
        self._deleted.add(test_id)

    # -- records --------------------------------------------------------------------

    def sources(
        self, endpoint: Endpoint, test: TestSpec, params: dict[str, str]
    ) -> tuple[tuple[int, ...], ...]:
        if endpoint.sources == "monitors":
            return tuple((m,) for m in test.monitor_ids)
        if endpoint.sources == "dns":
            server = params.get("serverId")
            servers = [s for s in test.dns_server_ids if server is None or str(s) == server]
            return tuple((a, s) for a in test.agent_ids for s in servers)
        return tuple((a,) for a in test.agent_ids)

    def records(
        self,
        endpoint: Endpoint,
        test: TestSpec,
        start: int,
        end: int,
        params: dict[str, str] | None = None,
    ) -> RecordRange:
        """Records of rounds whose id lies in ``[start, end]`` (inclusive, seed 000)."""
        params = dict(params or {})
        first = -(-start // test.interval) * test.interval
        if test.first_round is not None:
            first = max(first, test.first_round)
        last = (end // test.interval) * test.interval
        rounds = max(0, (last - first) // test.interval + 1)
        return RecordRange(
            self, endpoint, test, first, rounds, self.sources(endpoint, test, params), params
        )

    def record(
        self,
        endpoint: Endpoint,
        test: TestSpec,
        round_id: int,
        source: tuple[int, ...],
        params: dict[str, str],
    ) -> Record:
        key = _mix(self.spec.seed, endpoint.key_id, test.test_id, round_id, *source)
        rng = Draws(key)
        return endpoint.build(RecordContext(self, test, round_id, source, params, rng))

    # -- objects --------------------------------------------------------------------

    def test_json(self, test: TestSpec, api_root: str, *, with_agents: bool = False) -> Record:
        """A test object as the data endpoints and ``/tests`` show it (seed 001)."""
        agents = [self.agent(a) for a in test.agent_ids] if with_agents else None
        return render_test(test, api_root, agents)
