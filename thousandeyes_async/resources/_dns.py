"""``te.dns``: DNS test data (seed 001, "(DNS)" endpoints)."""

from __future__ import annotations

from typing import Literal, Unpack, overload

from .._pagination import RecordStream
from ..models.v6 import Dnssec, DnsServer, DnsTrace
from ._arguments import path_id
from ._group import RawRecord, ResourceGroup, WindowOptions

__all__ = ["DnsResource"]


class DnsResource(ResourceGroup):
    """Domain trace, DNS server and DNSSEC data of DNS tests."""

    __slots__ = ()

    @overload
    def trace(
        self, test_id: int, *, raw: Literal[False] = ..., **options: Unpack[WindowOptions]
    ) -> RecordStream[DnsTrace]: ...
    @overload
    def trace(
        self, test_id: int, *, raw: Literal[True], **options: Unpack[WindowOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def trace(
        self, test_id: int, *, raw: bool, **options: Unpack[WindowOptions]
    ) -> RecordStream[DnsTrace] | RecordStream[RawRecord]: ...
    def trace(
        self,
        test_id: int,
        *,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[DnsTrace] | RecordStream[RawRecord]:
        """``GET dns/trace/{testId}``: the delegation chain per agent and round."""
        return self._stream(
            "dns.trace",
            {"test_id": path_id("test_id", test_id)},
            raw=raw,
            **options,
        )

    @overload
    def server(
        self,
        test_id: int,
        server_id: int | None = None,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[DnsServer]: ...
    @overload
    def server(
        self,
        test_id: int,
        server_id: int | None = None,
        *,
        raw: Literal[True],
        **options: Unpack[WindowOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def server(
        self,
        test_id: int,
        server_id: int | None = None,
        *,
        raw: bool,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[DnsServer] | RecordStream[RawRecord]: ...
    def server(
        self,
        test_id: int,
        server_id: int | None = None,
        *,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[DnsServer] | RecordStream[RawRecord]:
        """``GET dns/server/{testId}[/{serverId}]``: resolution per agent, server and round."""
        test = path_id("test_id", test_id)
        path = None if server_id is None else f"dns/server/{test}/{path_id('server_id', server_id)}"
        return self._stream(
            "dns.server",
            {"test_id": test},
            path=path,
            raw=raw,
            **options,
        )

    @overload
    def dnssec(
        self, test_id: int, *, raw: Literal[False] = ..., **options: Unpack[WindowOptions]
    ) -> RecordStream[Dnssec]: ...
    @overload
    def dnssec(
        self, test_id: int, *, raw: Literal[True], **options: Unpack[WindowOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def dnssec(
        self, test_id: int, *, raw: bool, **options: Unpack[WindowOptions]
    ) -> RecordStream[Dnssec] | RecordStream[RawRecord]: ...
    def dnssec(
        self,
        test_id: int,
        *,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[Dnssec] | RecordStream[RawRecord]:
        """``GET dns/dnssec/{testId}``: DNSSEC validity per agent and round."""
        return self._stream(
            "dns.dnssec",
            {"test_id": path_id("test_id", test_id)},
            raw=raw,
            **options,
        )
