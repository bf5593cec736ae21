"""``te.voice``: voice test data (seed 001, "(Voice)" endpoints)."""

from __future__ import annotations

from typing import Literal, Unpack, overload

from .._pagination import RecordStream
from ..models.v6 import RtpStream, SipServer
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
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[SipServer] | RecordStream[RawRecord]:
        """``GET voice/sip-server/{testId}``: SIP availability and timings per agent and round."""
        return self._stream(
            "voice.sip_server",
            {"test_id": path_id("test_id", test_id)},
            raw=raw,
            **options,
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
        raw: bool = False,
        **options: Unpack[WindowOptions],
    ) -> RecordStream[RtpStream] | RecordStream[RawRecord]:
        """``GET voice/rtp-stream/{testId}``: MOS, loss, latency and jitter per agent and round."""
        return self._stream(
            "voice.rtp_stream",
            {"test_id": path_id("test_id", test_id)},
            raw=raw,
            **options,
        )
