"""Records of the network endpoints (``/net/...``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from ._base import AgentRound
from ._fields import extra_field, flag, opt

__all__ = [
    "BgpHop",
    "BgpMetric",
    "BgpRoute",
    "NetMetric",
    "PathEndpoint",
    "PathHop",
    "PathRoute",
    "PathTrace",
    "PathVis",
]


@attrs.frozen(kw_only=True)
class NetMetric(AgentRound):
    """``net/metrics``: loss, latency and jitter from one agent in one round."""

    server_ip: str | None = opt(shared=True)
    server: str | None = opt(shared=True)
    loss: float | None = opt()
    min_latency: float | None = opt()
    max_latency: float | None = opt()
    avg_latency: float | None = opt()
    jitter: float | None = opt()


@attrs.frozen(kw_only=True)
class PathEndpoint:
    """One iteration of a path trace, summarised."""

    number_of_hops: int | None = opt()
    ip_address: str | None = opt()
    path_id: str | None = opt()
    response_time: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PathVis(AgentRound):
    """``net/path-vis``: the summary of one agent's path traces in one round."""

    server: str | None = opt(shared=True)
    server_ip: str | None = opt(shared=True)
    source_ip: str | None = opt(shared=True)
    source_prefix: str | None = opt(shared=True)
    endpoints: tuple[PathEndpoint, ...] | None = opt()


@attrs.frozen(kw_only=True)
class PathHop:
    """One hop of a route; a missing hop number means the hop answered with a star."""

    hop: int | None = opt()
    ip_address: str | None = opt()
    prefix: str | None = opt(shared=True)
    rdns: str | None = opt(shared=True)
    network: str | None = opt(shared=True)
    response_time: int | None = opt()
    location: str | None = opt(shared=True)
    mpls: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PathRoute:
    """One path trace iteration, hop by hop."""

    path_id: str | None = opt()
    hops: tuple[PathHop, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class PathTrace(AgentRound):
    """``net/path-vis/{testId}/{agentId}/{roundId}``: the detailed routes of one round."""

    direction: str | None = opt(shared=True)
    server: str | None = opt(shared=True)
    server_ip: str | None = opt(shared=True)
    source_ip: str | None = opt(shared=True)
    source_prefix: str | None = opt(shared=True)
    routes: tuple[PathRoute, ...] | None = opt()


@attrs.frozen(kw_only=True)
class BgpMetric:
    """``net/bgp-metrics``: one BGP monitor's view of the target prefix (not an agent)."""

    monitor_id: int
    prefix_id: int
    round_id: int
    monitor_name: str | None = opt(shared=True)
    country_id: str | None = opt(shared=True)
    date: datetime | None = opt()
    permalink: str | None = opt()
    prefix: str | None = opt(shared=True)
    updates: float | None = opt()
    path_changes: float | None = opt()
    reachability: float | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BgpHop:
    """One autonomous system transited by a BGP route."""

    asn: int | None = opt()
    as_name: str | None = opt(shared=True)
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BgpRoute:
    """``net/bgp-routes``: the AS path one monitor sees for a prefix in one round."""

    monitor_id: int
    prefix_id: int
    round_id: int
    monitor_name: str | None = opt(shared=True)
    country_id: str | None = opt(shared=True)
    date: datetime | None = opt()
    permalink: str | None = opt()
    prefix: str | None = opt(shared=True)
    active: bool | None = flag()
    hops: tuple[BgpHop, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()
