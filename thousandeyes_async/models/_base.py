"""Fields shared by the per-agent, per-round records of most endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from ._fields import extra_field, opt

__all__ = ["AgentRound"]


@attrs.frozen(kw_only=True)
class AgentRound:
    """One agent's result for one round: the identity every test-data record starts with."""

    agent_id: int
    # Every table lists roundId, yet the dns/trace example omits it.
    round_id: int | None = opt()
    agent_name: str | None = opt(shared=True)
    country_id: str | None = opt(shared=True)
    date: datetime | None = opt()
    permalink: str | None = opt()
    extra: Mapping[str, Any] = extra_field()
