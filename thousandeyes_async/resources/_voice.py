"""``te.voice``: voice test data (seed 001, "(Voice)" endpoints)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Unpack, overload

from .._pagination import RecordStream
from .._timerange import WindowLike
from ..models import RtpStream, SipServer
from ..ratelimit._api import Priority
from ._arguments import path_id
from ._group import RawRecord, ResourceGroup, WindowOptions

__all__ = ["VoiceResource"]


class VoiceResource(ResourceGroup):
    """SIP server and RTP stream data of voice tests."""

    __slots__ = ()

    @overload
    def sip_server(
        self, test_id: int, *, raw: Literal[False] = ..., **options: Unpack[WindowOptions]
    ) -> RecordStream[SipServer]: ...
    @overload
    def sip_server(
        self, test_id: int, *, raw: Literal[True], **options: Unpack[WindowOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def sip_server(
        self, test_id: int, *, raw: bool, **options: Unpack[WindowOptions]
    ) -> RecordStream[SipServer] | RecordStream[RawRecord]: ...
    def sip_server(
        self,
        test_id: int,
        *,
        window: WindowLike | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        account_group_id: int | str | None = None,
        raw: bool = False,
        prefetch: bool = True,
        priority: Priority | None = None,
    ) -> RecordStream[SipServer] | RecordStream[RawRecord]:
        """``GET voice/sip-server/{testId}``: SIP availability and timings per agent and round."""
        return self._stream(
            "voice.sip_server",
            {"test_id": path_id("test_id", test_id)},
            window=window,
            start=start,
            end=end,
            account_group_id=account_group_id,
            raw=raw,
            prefetch=prefetch,
            priority=priority,
        )

    @overload
    def rtp_stream(
        self, test_id: int, *, raw: Literal[False] = ..., **options: Unpack[WindowOptions]
    ) -> RecordStream[RtpStream]: ...
    @overload
    def rtp_stream(
        self, test_id: int, *, raw: Literal[True], **options: Unpack[WindowOptions]
    ) -> RecordStream[RawRecord]: ...
    @overload
    def rtp_stream(
        self, test_id: int, *, raw: bool, **options: Unpack[WindowOptions]
    ) -> RecordStream[RtpStream] | RecordStream[RawRecord]: ...
    def rtp_stream(
        self,
        test_id: int,
        *,
        window: WindowLike | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        account_group_id: int | str | None = None,
        raw: bool = False,
        prefetch: bool = True,
        priority: Priority | None = None,
    ) -> RecordStream[RtpStream] | RecordStream[RawRecord]:
        """``GET voice/rtp-stream/{testId}``: MOS, loss, latency and jitter per agent and round."""
        return self._stream(
            "voice.rtp_stream",
            {"test_id": path_id("test_id", test_id)},
            window=window,
            start=start,
            end=end,
            account_group_id=account_group_id,
            raw=raw,
            prefetch=prefetch,
            priority=priority,
        )
