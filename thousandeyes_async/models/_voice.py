"""Records of the voice endpoints (``/voice/...``)."""

from __future__ import annotations

import attrs

from ._base import AgentRound
from ._fields import opt

__all__ = ["RtpStream", "SipServer"]


@attrs.frozen(kw_only=True)
class SipServer(AgentRound):
    """``voice/sip-server``: one SIP OPTIONS/REGISTER exchange (times in ms)."""

    auth_user: str | None = opt(shared=True)
    server_ip: str | None = opt(shared=True)
    availability: float | None = opt()
    connect_time: int | None = opt()
    dns_time: int | None = opt()
    invite_time: int | None = opt()
    num_redirects: int | None = opt()
    options_request: str | None = opt()
    options_response: str | None = opt()
    options_time: int | None = opt()
    register_time: int | None = opt()
    response_code: int | None = opt()
    response_time: int | None = opt()
    total_time: int | None = opt()
    wait_time: int | None = opt()
    error_type: str | None = opt(shared=True)
    problem_detail: str | None = opt()


@attrs.frozen(kw_only=True)
class RtpStream(AgentRound):
    """``voice/rtp-stream``: one agent's RTP stream quality."""

    server_ip: str | None = opt(shared=True)
    # Documented as a string; the server's examples send the number (46).
    dscp: int | str | None = opt()
    dscp_name: str | None = opt(shared=True)
    mos: float | None = opt()
    codec_name: str | None = opt(shared=True)
    codec_max_mos: float | None = opt()
    loss: float | None = opt()
    # Documented as an integer; the server's examples send 0.0.
    discards: float | None = opt()
    latency: int | None = opt()
    pdv: float | None = opt()
    error_detail: str | None = opt()
