"""Records of the DNS endpoints (``/dns/...``)."""

from __future__ import annotations

import attrs

from ._base import AgentRound
from ._fields import flag, opt

__all__ = ["DnsServer", "DnsTrace", "Dnssec"]


@attrs.frozen(kw_only=True)
class DnsTrace(AgentRound):
    """``dns/trace``: a ``dig +trace`` from one agent."""

    output: str | None = opt()
    error_details: str | None = opt()
    queries: int | None = opt()
    failed_queries: int | None = opt()
    final_server_queried: str | None = opt(shared=True)
    final_query_time: int | None = opt()
    mappings: str | None = opt()


@attrs.frozen(kw_only=True)
class DnsServer(AgentRound):
    """``dns/server``: one agent's query against one authoritative server."""

    server_id: int | None = opt()
    server: str | None = opt(shared=True)
    resolution_time: int | None = opt()
    error_details: str | None = opt()
    queries: int | None = opt()
    mappings: str | None = opt()


@attrs.frozen(kw_only=True)
class Dnssec(AgentRound):
    """``dns/dnssec``: whether the key chain validated (see ``error_details`` when not)."""

    valid: bool | None = flag()
    error_details: str | None = opt()
