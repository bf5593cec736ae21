"""``te.test_results``: the v7 Test Results API, one stream per operation.

Each stream is a thin binding of a generated operation (see ``_v7_streams``);
the classes below only give each shape of call its typed signature, so that
``raw=True`` yields dicts and ``raw=False`` the generated record class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, Unpack, overload

from .._pagination import RecordStream
from ._group import RawRecord
from ._v7_streams import V7RangeOptions, V7RoundOptions, results_operation

if TYPE_CHECKING:
    # Only the annotations name the records: binding a client imports no area.
    from ..models.v7 import test_results as records
    from ._protocol import ClientCalls

__all__ = ["TestResultsResource"]

R = TypeVar("R")
Id = int | str


class _OperationDoc:
    """A call shape's docstring on the class; a bound operation's own on an instance.

    The operation's is read from the table when asked for, not when a client is made.
    """

    def __init__(self, text: str | None) -> None:
        self.text = text

    def __get__(self, binding: _Binding | None, owner: type | None = None) -> str | None:
        if binding is None:
            return self.text
        operation = results_operation(binding._method, binding._operation_id).operation
        return f"``{operation.method} {operation.path}``: {operation.summary}."


class _Binding:
    """One operation bound to a client; the subclasses give each call shape its signature."""

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls.__doc__ = _OperationDoc(cls.__dict__.get("__doc__"))  # type: ignore[assignment]

    def __init__(self, client: ClientCalls, method: str, operation_id: str) -> None:
        self._client = client
        self._method = method
        self._operation_id = operation_id

    def __repr__(self) -> str:
        return f"<te.test_results.{self._method} ({self._operation_id})>"

    def _stream(self, ids: dict[str, Any], raw: bool, options: Any) -> RecordStream[Any]:
        operation = results_operation(self._method, self._operation_id)
        return operation.stream(self._client, ids, raw, options)


class OverRange(_Binding, Generic[R]):
    """Results of one test over a time range (``window=``, or ``start=`` and ``end=``)."""

    @overload
    def __call__(
        self, test_id: Id, *, raw: Literal[False] = ..., **options: Unpack[V7RangeOptions]
    ) -> RecordStream[R]: ...
    @overload
    def __call__(
        self, test_id: Id, *, raw: Literal[True], **options: Unpack[V7RangeOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def __call__(
        self, test_id: Id, *, raw: bool, **options: Unpack[V7RangeOptions]
    ) -> RecordStream[R] | RecordStream[RawRecord]: ...
    def __call__(
        self, test_id: Id, *, raw: bool = False, **options: Unpack[V7RangeOptions]
    ) -> RecordStream[R] | RecordStream[RawRecord]:
        return self._stream({"test_id": test_id}, raw, options)


class OfRound(_Binding, Generic[R]):
    """Results of one agent in one round."""

    @overload
    def __call__(
        self,
        test_id: Id,
        agent_id: Id,
        round_id: Id,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R]: ...
    @overload
    def __call__(
        self,
        test_id: Id,
        agent_id: Id,
        round_id: Id,
        *,
        raw: Literal[True],
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def __call__(
        self,
        test_id: Id,
        agent_id: Id,
        round_id: Id,
        *,
        raw: bool,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R] | RecordStream[RawRecord]: ...
    def __call__(
        self,
        test_id: Id,
        agent_id: Id,
        round_id: Id,
        *,
        raw: bool = False,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R] | RecordStream[RawRecord]:
        ids = {"test_id": test_id, "agent_id": agent_id, "round_id": round_id}
        return self._stream(ids, raw, options)


class OfPage(_Binding, Generic[R]):
    """Results of one page of a web transaction, for one agent in one round."""

    @overload
    def __call__(
        self,
        test_id: Id,
        agent_id: Id,
        round_id: Id,
        page_id: Id,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R]: ...
    @overload
    def __call__(
        self,
        test_id: Id,
        agent_id: Id,
        round_id: Id,
        page_id: Id,
        *,
        raw: Literal[True],
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def __call__(
        self,
        test_id: Id,
        agent_id: Id,
        round_id: Id,
        page_id: Id,
        *,
        raw: bool,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R] | RecordStream[RawRecord]: ...
    def __call__(
        self,
        test_id: Id,
        agent_id: Id,
        round_id: Id,
        page_id: Id,
        *,
        raw: bool = False,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R] | RecordStream[RawRecord]:
        ids = {"test_id": test_id, "agent_id": agent_id, "round_id": round_id, "page_id": page_id}
        return self._stream(ids, raw, options)


class OfPrefixRound(_Binding, Generic[R]):
    """BGP routes of one monitored prefix in one round."""

    @overload
    def __call__(
        self,
        test_id: Id,
        prefix_id: Id,
        round_id: Id,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R]: ...
    @overload
    def __call__(
        self,
        test_id: Id,
        prefix_id: Id,
        round_id: Id,
        *,
        raw: Literal[True],
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def __call__(
        self,
        test_id: Id,
        prefix_id: Id,
        round_id: Id,
        *,
        raw: bool,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R] | RecordStream[RawRecord]: ...
    def __call__(
        self,
        test_id: Id,
        prefix_id: Id,
        round_id: Id,
        *,
        raw: bool = False,
        **options: Unpack[V7RoundOptions],
    ) -> RecordStream[R] | RecordStream[RawRecord]:
        ids = {"test_id": test_id, "prefix_id": prefix_id, "round_id": round_id}
        return self._stream(ids, raw, options)


class DnsServers(_Binding, Generic[R]):
    """DNS server results of every server of a test, or of one with ``server_id``."""

    def __init__(self, client: ClientCalls, method: str, operation_id: str) -> None:
        super().__init__(client, method, operation_id)
        self._one = _Binding(client, method, "get_test_dns_server_result")

    @overload
    def __call__(
        self,
        test_id: Id,
        server_id: Id | None = ...,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[V7RangeOptions],
    ) -> RecordStream[R]: ...
    @overload
    def __call__(
        self,
        test_id: Id,
        server_id: Id | None = ...,
        *,
        raw: Literal[True],
        **options: Unpack[V7RangeOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def __call__(
        self,
        test_id: Id,
        server_id: Id | None = ...,
        *,
        raw: bool,
        **options: Unpack[V7RangeOptions],
    ) -> RecordStream[R] | RecordStream[RawRecord]: ...
    def __call__(
        self,
        test_id: Id,
        server_id: Id | None = None,
        *,
        raw: bool = False,
        **options: Unpack[V7RangeOptions],
    ) -> RecordStream[R] | RecordStream[RawRecord]:
        if server_id is None:
            return self._stream({"test_id": test_id}, raw, options)
        return self._one._stream({"test_id": test_id, "server_id": server_id}, raw, options)


#: Method -> (call shape, generated operation id). The record classes in the
#: annotations of :class:`TestResultsResource` are checked against the table by a test.
OPERATIONS: dict[str, tuple[type[_Binding], str]] = {
    "network": (OverRange, "get_test_network_results"),
    "path_vis": (OverRange, "get_test_path_vis_results"),
    "path_vis_round": (OfRound, "get_test_path_vis_agent_round_results"),
    "http_server": (OverRange, "get_test_http_server_results"),
    "page_load": (OverRange, "get_test_page_load_results"),
    "page_load_round": (OfRound, "get_test_page_load_agent_round_results"),
    "web_transactions": (OverRange, "get_test_web_transaction_results"),
    "web_transactions_round": (OfRound, "get_test_web_transaction_agent_round_results"),
    "web_transactions_page": (OfPage, "get_test_web_transaction_agent_round_page_results"),
    "console_logs": (OfRound, "get_test_console_logs_agent_round_results"),
    "api": (OverRange, "get_test_api_results"),
    "api_round": (OfRound, "get_test_api_agent_round_results"),
    "ftp_server": (OverRange, "get_test_ftp_server_results"),
    "dns_trace": (OverRange, "get_test_dns_trace_results"),
    "dns_server": (DnsServers, "get_test_dns_servers_results"),
    "dnssec": (OverRange, "get_test_dns_sec_results"),
    "sip_server": (OverRange, "get_test_sip_server_results"),
    "rtp_server": (OverRange, "get_test_rtp_server_results"),
    "bgp": (OverRange, "get_test_bgp_results"),
    "bgp_routes": (OfPrefixRound, "get_test_bgp_routes_prefix_round_results"),
}


class TestResultsResource:
    """``te.test_results``: every v7 test-results operation as a ``RecordStream``.

    ``async with te.test_results.network(817, window="1d") as stream:`` then
    ``async for result in stream``. Each stream takes ``raw``, ``prefetch``,
    ``priority`` and ``account_group_id``; ``direction=`` and ``expand=`` where
    the operation does. Ids are strings on v7; ints are taken too.
    """

    __test__ = False  # not a pytest test class

    network: OverRange[records.NetworkTestResult]
    path_vis: OverRange[records.PathVisTestResult]
    path_vis_round: OfRound[records.PathVisDetailTestResult]
    http_server: OverRange[records.HttpTestResult]
    page_load: OverRange[records.PageLoadTestResult]
    page_load_round: OfRound[records.PageLoadDetailTestResult]
    web_transactions: OverRange[records.WebTransactionTestResult]
    web_transactions_round: OfRound[records.WebTransactionDetailTestResult]
    web_transactions_page: OfPage[records.WebTransactionPageDetailTestResult]
    console_logs: OfRound[records.ConsoleLogsResult]
    api: OverRange[records.ApiTestResult]
    api_round: OfRound[records.ApiDetailTestResult]
    ftp_server: OverRange[records.FtpServerTestResult]
    dns_trace: OverRange[records.DnsTraceTestResult]
    dns_server: DnsServers[records.DnsServerTestResult]
    dnssec: OverRange[records.DnssecTestResult]
    sip_server: OverRange[records.SipServerTestResult]
    rtp_server: OverRange[records.RtpStreamTestResult]
    bgp: OverRange[records.BgpTestResult]
    bgp_routes: OfPrefixRound[records.BgpTestRouteInformationResult]

    def __init__(self, client: ClientCalls) -> None:
        self._client = client
        for method, (shape, operation_id) in OPERATIONS.items():
            setattr(self, method, shape(client, method, operation_id))

    def __repr__(self) -> str:
        return f"<TestResultsResource of {self._client!r}>"
