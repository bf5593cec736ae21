"""What the server saw: counters per credential, organization and client, and a request log."""

from __future__ import annotations

from collections import defaultdict, deque

import attrs

__all__ = ["Counters", "RequestLog", "RequestRecord"]


@attrs.define
class Counters:
    """Requests as the server classified them.

    ``accepted`` requests passed authentication and the rate limit and were
    counted in the organization's budget (a fault may still have spoiled their
    answer); ``refused`` were answered 429 (rate limit, 429 storm or source-IP
    block); ``unauthorized`` were answered 401; ``faults`` counts injected faults.
    """

    requests: int = 0
    accepted: int = 0
    refused: int = 0
    unauthorized: int = 0
    faults: int = 0


@attrs.frozen
class RequestRecord:
    """One request in the log (never the credential's secret)."""

    #: Emulator time when the request arrived (epoch seconds).
    time: float
    method: str
    path: str
    #: The raw query string (``from=...&to=...&page=2``).
    query: str
    #: The status sent; 0 when no answer went out (a dropped connection, a cancelled wait).
    status: int
    client: str
    credential: str | None
    organization: str | None
    fault: str | None
    #: Why a 401 was answered: ``unknown``, ``expired`` or ``revoked`` token; else None.
    refusal: str | None = None


class RequestLog:
    """Counters and the last ``limit`` requests (None keeps all of them)."""

    def __init__(self, limit: int | None = 100_000) -> None:
        self.entries: deque[RequestRecord] = deque(maxlen=limit)
        self.total = Counters()
        self.by_credential: defaultdict[str, Counters] = defaultdict(Counters)
        self.by_organization: defaultdict[str, Counters] = defaultdict(Counters)
        self.by_client: defaultdict[str, Counters] = defaultdict(Counters)

    def add(self, entry: RequestRecord, *, outcome: str, fault: bool) -> None:
        """Log one request; ``outcome`` is accepted, refused, unauthorized or other."""
        self.entries.append(entry)
        targets = [self.total, self.by_client[entry.client]]
        if entry.credential is not None:
            targets.append(self.by_credential[entry.credential])
        if entry.organization is not None:
            targets.append(self.by_organization[entry.organization])
        for counters in targets:
            counters.requests += 1
            if outcome == "accepted":
                counters.accepted += 1
            elif outcome == "refused":
                counters.refused += 1
            elif outcome == "unauthorized":
                counters.unauthorized += 1
            if fault:
                counters.faults += 1
