"""``te.net``: network test data (seed 001, "(Network)" endpoints)."""

from __future__ import annotations

from typing import Literal, Unpack, overload

from .._pagination import RecordStream
from ..models.v6 import BgpMetric, BgpRoute, NetMetric, PathTrace, PathVis
from ._arguments import Direction, direction_param, path_id
from ._group import RawRecord, ResourceGroup, RoundOptions, WindowOptions

__all__ = ["NetResource"]

_METRICS_DIRECTIONS = (Direction.FROM_TARGET, Direction.TO_TARGET, Direction.BIDIRECTIONAL)
_PATH_VIS_DIRECTIONS = (Direction.FROM_TARGET, Direction.TO_TARGET)
_PATH_TRACE_DIRECTIONS = (Direction.TO_TARGET, Direction.FROM_TARGET, Direction.BIDIRECTIONAL)


class NetResource(ResourceGroup):
    """End-to-end metrics, path visualization and BGP data of network tests."""

    __slots__ = ()

    @overload
    def metrics(
        self,
        test_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: Literal[False] = ...,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[NetMetric]: ...
    @overload
    def metrics(
        self,
        test_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: Literal[True],
        **options: Unpack[WindowOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def metrics(
        self,
        test_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: bool,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[NetMetric] | RecordStream[RawRecord]: ...
    def metrics(
        self,
        test_id: int,
        *,
        direction: Direction | str | None = None,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[NetMetric] | RecordStream[RawRecord]:
        """``GET net/metrics/{testId}``: loss, latency and jitter per agent and round."""
        return self._stream(
            "net.metrics",
            {"test_id": path_id("test_id", test_id)},
            query={"direction": direction_param(direction, _METRICS_DIRECTIONS)},
            raw=raw,
            **options,
        )

    @overload
    def path_vis(
        self,
        test_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: Literal[False] = ...,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[PathVis]: ...
    @overload
    def path_vis(
        self,
        test_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: Literal[True],
        **options: Unpack[WindowOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def path_vis(
        self,
        test_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: bool,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[PathVis] | RecordStream[RawRecord]: ...
    def path_vis(
        self,
        test_id: int,
        *,
        direction: Direction | str | None = None,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[PathVis] | RecordStream[RawRecord]:
        """``GET net/path-vis/{testId}``: path trace summaries per agent and round."""
        return self._stream(
            "net.path_vis",
            {"test_id": path_id("test_id", test_id)},
            query={"direction": direction_param(direction, _PATH_VIS_DIRECTIONS)},
            raw=raw,
            **options,
        )

    @overload
    def path_trace(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: Literal[False] = ...,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[PathTrace]: ...
    @overload
    def path_trace(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: Literal[True],
        **options: Unpack[RoundOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def path_trace(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        direction: Direction | str | None = ...,
        raw: bool,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[PathTrace] | RecordStream[RawRecord]: ...
    def path_trace(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        direction: Direction | str | None = None,
        raw: bool = False,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[PathTrace] | RecordStream[RawRecord]:
        """``GET net/path-vis/{testId}/{agentId}/{roundId}``: hop-by-hop routes of one round."""
        return self._stream(
            "net.path_trace",
            {
                "test_id": path_id("test_id", test_id),
                "agent_id": path_id("agent_id", agent_id),
                "round_id": path_id("round_id", round_id),
            },
            query={"direction": direction_param(direction, _PATH_TRACE_DIRECTIONS)},
            raw=raw,
            **options,
        )

    @overload
    def bgp_metrics(
        self, test_id: int, *, raw: Literal[False] = ..., **options: Unpack[WindowOptions]
    ) -> RecordStream[BgpMetric]: ...
    @overload
    def bgp_metrics(
        self, test_id: int, *, raw: Literal[True], **options: Unpack[WindowOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def bgp_metrics(
        self, test_id: int, *, raw: bool, **options: Unpack[WindowOptions]
    ) -> RecordStream[BgpMetric] | RecordStream[RawRecord]: ...
    def bgp_metrics(
        self,
        test_id: int,
        *,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[BgpMetric] | RecordStream[RawRecord]:
        """``GET net/bgp-metrics/{testId}``: reachability and path changes per BGP monitor."""
        return self._stream(
            "net.bgp_metrics",
            {"test_id": path_id("test_id", test_id)},
            raw=raw,
            **options,
        )

    @overload
    def bgp_routes(
        self,
        test_id: int,
        prefix_id: int,
        round_id: int,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[BgpRoute]: ...
    @overload
    def bgp_routes(
        self,
        test_id: int,
        prefix_id: int,
        round_id: int,
        *,
        raw: Literal[True],
        **options: Unpack[RoundOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def bgp_routes(
        self,
        test_id: int,
        prefix_id: int,
        round_id: int,
        *,
        raw: bool,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[BgpRoute] | RecordStream[RawRecord]: ...
    def bgp_routes(
        self,
        test_id: int,
        prefix_id: int,
        round_id: int,
        *,
        raw: bool = False,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[BgpRoute] | RecordStream[RawRecord]:
        """``GET net/bgp-routes/{testId}/{prefixId}/{roundId}``: AS paths of one round."""
        return self._stream(
            "net.bgp_routes",
            {
                "test_id": path_id("test_id", test_id),
                "prefix_id": path_id("prefix_id", prefix_id),
                "round_id": path_id("round_id", round_id),
            },
            raw=raw,
            **options,
        )
