"""``te.web``: web test data (seed 001, "(Web)" endpoints)."""

from __future__ import annotations

from typing import Literal, Unpack, overload

from .._pagination import RecordStream
from ..models.v6 import (
    FtpServer,
    HttpServer,
    PageLoad,
    PageLoadDetail,
    WebTransaction,
    WebTransactionComponents,
    WebTransactionDetail,
)
from ._arguments import flag_param, path_id
from ._group import RawRecord, ResourceGroup, RoundOptions, WindowOptions

__all__ = ["WebResource"]


class WebResource(ResourceGroup):
    """HTTP server, page load, web transaction and FTP data of web tests."""

    __slots__ = ()

    @overload
    def http_server(
        self,
        test_id: int,
        *,
        headers: bool = ...,
        certificates: bool = ...,
        raw: Literal[False] = ...,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[HttpServer]: ...
    @overload
    def http_server(
        self,
        test_id: int,
        *,
        headers: bool = ...,
        certificates: bool = ...,
        raw: Literal[True],
        **options: Unpack[WindowOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def http_server(
        self,
        test_id: int,
        *,
        headers: bool = ...,
        certificates: bool = ...,
        raw: bool,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[HttpServer] | RecordStream[RawRecord]: ...
    def http_server(
        self,
        test_id: int,
        *,
        headers: bool = False,
        certificates: bool = False,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[HttpServer] | RecordStream[RawRecord]:
        """``GET web/http-server/{testId}``: response code and timings per agent and round."""
        return self._stream(
            "web.http_server",
            {"test_id": path_id("test_id", test_id)},
            query={
                "headers": flag_param("headers", headers),
                "certificates": flag_param("certificates", certificates),
            },
            raw=raw,
            **options,
        )

    @overload
    def page_load(
        self, test_id: int, *, raw: Literal[False] = ..., **options: Unpack[WindowOptions]
    ) -> RecordStream[PageLoad]: ...
    @overload
    def page_load(
        self, test_id: int, *, raw: Literal[True], **options: Unpack[WindowOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def page_load(
        self, test_id: int, *, raw: bool, **options: Unpack[WindowOptions]
    ) -> RecordStream[PageLoad] | RecordStream[RawRecord]: ...
    def page_load(
        self,
        test_id: int,
        *,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[PageLoad] | RecordStream[RawRecord]:
        """``GET web/page-load/{testId}``: page load and DOM load times per agent and round."""
        return self._stream(
            "web.page_load",
            {"test_id": path_id("test_id", test_id)},
            raw=raw,
            **options,
        )

    @overload
    def page_load_detail(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[PageLoadDetail]: ...
    @overload
    def page_load_detail(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        raw: Literal[True],
        **options: Unpack[RoundOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def page_load_detail(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        raw: bool,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[PageLoadDetail] | RecordStream[RawRecord]: ...
    def page_load_detail(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        raw: bool = False,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[PageLoadDetail] | RecordStream[RawRecord]:
        """``GET web/page-load/{testId}/{agentId}/{roundId}``: one page load's components (HAR)."""
        return self._stream(
            "web.page_load_detail",
            {
                "test_id": path_id("test_id", test_id),
                "agent_id": path_id("agent_id", agent_id),
                "round_id": path_id("round_id", round_id),
            },
            raw=raw,
            **options,
        )

    @overload
    def transactions(
        self, test_id: int, *, raw: Literal[False] = ..., **options: Unpack[WindowOptions]
    ) -> RecordStream[WebTransaction]: ...
    @overload
    def transactions(
        self, test_id: int, *, raw: Literal[True], **options: Unpack[WindowOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def transactions(
        self, test_id: int, *, raw: bool, **options: Unpack[WindowOptions]
    ) -> RecordStream[WebTransaction] | RecordStream[RawRecord]: ...
    def transactions(
        self,
        test_id: int,
        *,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[WebTransaction] | RecordStream[RawRecord]:
        """``GET web/web-transactions/{testId}``: transaction times per agent and round."""
        return self._stream(
            "web.transactions",
            {"test_id": path_id("test_id", test_id)},
            raw=raw,
            **options,
        )

    @overload
    def transaction_detail(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[WebTransactionDetail]: ...
    @overload
    def transaction_detail(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        raw: Literal[True],
        **options: Unpack[RoundOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def transaction_detail(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        raw: bool,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[WebTransactionDetail] | RecordStream[RawRecord]: ...
    def transaction_detail(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        *,
        raw: bool = False,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[WebTransactionDetail] | RecordStream[RawRecord]:
        """``GET web/web-transactions/{testId}/{agentId}/{roundId}``: markers and pages of a run."""
        return self._stream(
            "web.transaction_detail",
            {
                "test_id": path_id("test_id", test_id),
                "agent_id": path_id("agent_id", agent_id),
                "round_id": path_id("round_id", round_id),
            },
            raw=raw,
            **options,
        )

    @overload
    def transaction_components(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        page_num: int,
        *,
        raw: Literal[False] = ...,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[WebTransactionComponents]: ...
    @overload
    def transaction_components(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        page_num: int,
        *,
        raw: Literal[True],
        **options: Unpack[RoundOptions],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def transaction_components(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        page_num: int,
        *,
        raw: bool,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[WebTransactionComponents] | RecordStream[RawRecord]: ...
    def transaction_components(
        self,
        test_id: int,
        agent_id: int,
        round_id: int,
        page_num: int,
        *,
        raw: bool = False,
        **options: Unpack[RoundOptions],
    ) -> RecordStream[WebTransactionComponents] | RecordStream[RawRecord]:
        """``GET web/web-transactions/{testId}/{agentId}/{roundId}/{pageNum}``.

        The components of one page of a run (HAR); ``page_num`` counts from 0.
        """
        return self._stream(
            "web.transaction_components",
            {
                "test_id": path_id("test_id", test_id),
                "agent_id": path_id("agent_id", agent_id),
                "round_id": path_id("round_id", round_id),
                "page_num": path_id("page_num", page_num, minimum=0),
            },
            raw=raw,
            **options,
        )

    @overload
    def ftp_server(
        self, test_id: int, *, raw: Literal[False] = ..., **options: Unpack[WindowOptions]
    ) -> RecordStream[FtpServer]: ...
    @overload
    def ftp_server(
        self, test_id: int, *, raw: Literal[True], **options: Unpack[WindowOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def ftp_server(
        self, test_id: int, *, raw: bool, **options: Unpack[WindowOptions]
    ) -> RecordStream[FtpServer] | RecordStream[RawRecord]: ...
    def ftp_server(
        self,
        test_id: int,
        *,
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[FtpServer] | RecordStream[RawRecord]:
        """``GET web/ftp-server/{testId}``: FTP response code and timings per agent and round."""
        return self._stream(
            "web.ftp_server",
            {"test_id": path_id("test_id", test_id)},
            raw=raw,
            **options,
        )
