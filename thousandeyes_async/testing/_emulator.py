"""``ThousandEyesEmulator``: the in-process ThousandEyes v6 and v7 server and its controls."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, overload

import anyio
import attrs
import httpx

from ._app import ConnectionDropped, Receive, Scope, Send, handle
from ._auth import Authenticator
from ._config import (
    DEFAULT_EMAIL,
    DEFAULT_TOKEN,
    DataSpec,
    EmulatorCredential,
    OAuthClient,
    RateLimits,
)
from ._counters import Counters, RequestLog, RequestRecord
from ._data import Dataset
from ._faults import FaultInjector
from ._limits import FixedWindow, SlidingCounter
from ._oauth import TOKEN_PATH, TokenIssuer
from ._records import DETAIL_ENDPOINTS, LIST_ENDPOINTS
from ._timerange import parse_timestamp
from ._v7_routes import expected_v7_records
from ._v7_state import V7State
from ._virtual import run_virtual

if TYPE_CHECKING:
    from .._client import AsyncThousandEyesV6
    from .._client_v7 import AsyncThousandEyes

__all__ = ["DEFAULT_START_EPOCH", "ThousandEyesEmulator"]

#: Emulator time at its first reading, unless configured: 2024-01-01T00:00:00Z.
DEFAULT_START_EPOCH = 1_704_067_200.0
DEFAULT_BASE_URL = "http://emulator.thousandeyes.test"


@attrs.define
class OrganizationState:
    """The server-side windows of one organization, and the outside consumer eating from it."""

    window: FixedWindow
    instant: FixedWindow
    snapshots: FixedWindow
    #: Seconds between two requests of an unseen consumer of this budget; None = no consumer.
    outside_period: float | None = None
    #: When the outside consumer sends its next request (emulator epoch seconds).
    outside_next: float | None = None
    outside_taken: int = 0
    outside_refused: int = 0

    def apply_outside_consumer(self, now: float) -> None:
        """Replay the outside consumer's requests up to ``now``, lazily (no background task).

        It is a client like any other: its requests count in the window they fall
        in, the first one after a window ended opens the next window, and those
        over the limit are refused without counting.
        """
        period = self.outside_period
        if period is None:
            return
        if self.outside_next is None:
            self.outside_next = now
        window = self.window
        for _ in range(1000):  # each turn ends a window of theirs, or reaches now
            tick = self.outside_next
            if tick > now:
                return
            if window.ends_at is None or tick >= window.ends_at:
                tick = self._skip_idle_windows(tick, now, period)
                window.open(tick)
            end = window.ends_at
            assert end is not None
            if now < end:
                count = _ticks(tick, period, now, inclusive=True)
            else:  # only the ticks strictly before the end: one at the end opens the next
                count = _ticks(tick, period, end, inclusive=False)
            taken = window.take_up_to(tick, count)
            self.outside_taken += taken
            self.outside_refused += count - taken
            self.outside_next = tick + count * period

    def _skip_idle_windows(self, tick: float, now: float, period: float) -> float:
        """Account whole windows of theirs in bulk after a long idle; returns the tick that
        opens the next window, in the phase a one-by-one replay would reach."""
        window = self.window
        per_window = _ticks(tick, period, tick + window.length, inclusive=False)
        cycles = int((now - tick) // (per_window * period)) - 1
        if cycles <= 0:
            return tick
        used = min(per_window, window.limit)
        self.outside_taken += cycles * used
        self.outside_refused += cycles * (per_window - used)
        return tick + cycles * per_window * period


def _ticks(first: float, period: float, bound: float, *, inclusive: bool) -> int:
    """How many of ``first``, ``first + period``, ... lie before ``bound`` (or at it), computed
    as the replay computes them, so float rounding never adds or drops one at a window edge."""

    def inside(index: int) -> bool:
        moment = first + index * period
        return moment <= bound if inclusive else moment < bound

    count = max(1, math.floor((bound - first) / period) + 1)
    while count > 1 and not inside(count - 1):
        count -= 1
    while inside(count):
        count += 1
    return count


class ThousandEyesEmulator:
    """A faithful, in-process ThousandEyes v6 (and v5) and v7 server for tests and benchmarks.

    v7 serves the test results (all 21 operations of the v7 document), and
    ``/tests`` and ``/agents`` read-only, over the same organization as v6.

    It is an ASGI application: give it to ``httpx.ASGITransport``, or use
    :meth:`client` for a client wired to it, or :meth:`serve` to
    put it on a loopback socket. Time is read only through ``anyio.current_time()``
    (plus an offset), so it runs under trio's ``MockClock`` and asyncio's
    ``looptime`` together with the client.
    """

    def __init__(
        self,
        *,
        credentials: Iterable[EmulatorCredential] | None = None,
        limits: RateLimits | None = None,
        data: DataSpec | None = None,
        page_size: int = 500,
        start_epoch: float = DEFAULT_START_EPOCH,
        epoch_offset: float | None = None,
        xml: Literal["406", "body"] = "406",
        base_url: str = DEFAULT_BASE_URL,
        log_limit: int | None = 100_000,
        oauth_clients: Iterable[OAuthClient] = (),
    ) -> None:
        if page_size <= 0:
            raise ValueError(f"page_size must be positive, got {page_size!r}")
        if xml not in ("406", "body"):
            raise ValueError(f"xml must be '406' or 'body', got {xml!r}")
        creds = (
            list(credentials)
            if credentials is not None
            else [
                EmulatorCredential(DEFAULT_TOKEN),
                EmulatorCredential(DEFAULT_TOKEN, email=DEFAULT_EMAIL),
            ]
        )
        oauth = list(oauth_clients)
        if not creds and not oauth:
            raise ValueError("configure at least one credential or OAuth client")
        self.credentials: tuple[EmulatorCredential, ...] = tuple(creds)
        self.limits = limits if limits is not None else RateLimits()
        self.data_spec = data if data is not None else DataSpec()
        self.dataset = Dataset(self.data_spec)
        self.v7 = V7State()
        self.page_size = page_size
        self.xml = xml
        self.base_url = base_url.rstrip("/")
        self.authenticator = Authenticator(self.credentials)
        #: The OAuth2 token endpoint at ``token_url``: its clients, issued and refused counts.
        self.oauth = TokenIssuer(oauth, self.authenticator)
        self.faults = FaultInjector()
        self.log = RequestLog(log_limit)
        self._start_epoch = float(start_epoch)
        self._offset = epoch_offset
        self._organizations: dict[str, OrganizationState] = {}
        self._unauthorized: dict[str, SlidingCounter] = {}
        self._snapshots = 0

    #: ``ThousandEyesEmulator.run_virtual(main, *args)``: run ``main`` in virtual time.
    run_virtual = staticmethod(run_virtual)

    # -- presets ----------------------------------------------------------------------

    @classmethod
    def sandbox(cls, *, seed: int = 0, **kwargs: Any) -> ThousandEyesEmulator:
        """A realistic organization: 36 tests of every type, 16 agents, 5-15 minute rounds."""
        data = DataSpec(
            seed=seed, tests=36, agents=16, agents_per_test=4, intervals=(300, 600, 900)
        )
        return cls(data=data, **kwargs)

    # -- ASGI -------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await handle(self, scope, receive, send)

    # -- time -------------------------------------------------------------------------

    def now(self) -> float:
        """Emulator time in epoch seconds: ``anyio.current_time()`` plus the offset.

        Without a configured ``epoch_offset`` the first reading is anchored at
        ``start_epoch``. Call it from async code (it needs a running event loop).
        """
        current = anyio.current_time()
        if self._offset is None:
            self._offset = self._start_epoch - current
        return current + self._offset

    # -- state ------------------------------------------------------------------------

    def organization_state(self, organization: str) -> OrganizationState:
        state = self._organizations.get(organization)
        if state is None:
            limits = self.limits
            state = OrganizationState(
                window=FixedWindow(limits.organization_limit(organization), limits.window_seconds),
                instant=FixedWindow(limits.instant_tests, limits.window_seconds),
                snapshots=FixedWindow(limits.snapshots, limits.snapshot_window_seconds),
            )
            self._organizations[organization] = state
        return state

    def unauthorized_from(self, client: str) -> SlidingCounter:
        counter = self._unauthorized.get(client)
        if counter is None:
            counter = SlidingCounter(self.limits.ip_block_window_seconds)
            self._unauthorized[client] = counter
        return counter

    def next_snapshot_id(self) -> int:
        self._snapshots += 1
        return self._snapshots

    def add_credential(self, credential: EmulatorCredential) -> None:
        """Accept one more credential from now on."""
        self.credentials = (*self.credentials, credential)
        self.authenticator.add(credential)

    @property
    def token_url(self) -> str:
        """The OAuth2 client-credentials token endpoint (``POST``, form-encoded)."""
        return self.base_url + TOKEN_PATH

    def add_oauth_client(self, client: OAuthClient) -> None:
        """Accept one more OAuth2 client at the token endpoint from now on."""
        self.oauth.add(client)

    def revoke_tokens(self, client_id: str | None = None) -> int:
        """Answer 401 from now on to every token issued so far (to ``client_id``, or to
        every client), before they expire; returns how many had not expired yet. Call it
        from async code (it reads the emulator's clock)."""
        return self.oauth.revoke(self.now(), client_id)

    def outside_consumer(self, per_window: float, *, organization: str = "default") -> None:
        """An unseen client sends ``per_window`` requests a window to ``organization``.

        Its requests are evenly spaced from the next request of the organization on,
        and replayed lazily when the organization's own requests arrive; 0 stops it.
        """
        if per_window < 0:
            raise ValueError(f"per_window must be >= 0, got {per_window!r}")
        state = self.organization_state(organization)
        state.outside_period = self.limits.window_seconds / per_window if per_window else None
        state.outside_next = None

    def consume(self, count: int, *, organization: str = "default") -> int:
        """Spend ``count`` requests of ``organization``'s current window now, as another
        client would; returns how many fitted in what was left. Call it from async code
        (it reads the emulator's clock)."""
        if count < 0:
            raise ValueError(f"count must be >= 0, got {count!r}")
        state, now = self.organization_state(organization), self.now()
        state.apply_outside_consumer(now)  # its earlier requests belong to earlier windows
        return state.window.take_up_to(now, count)

    # -- counters ---------------------------------------------------------------------

    @property
    def totals(self) -> Counters:
        """Every request the emulator has seen."""
        return self.log.total

    def organization_counters(self, organization: str = "default") -> Counters:
        """Counters of one organization, as its credentials name it.

        The emulator's organizations come from its credentials (``"default"``
        unless configured); a client's ``organization=`` is only the key of its
        rate limiter, which the server never sees. An unknown name is a KeyError
        rather than silent zeros.
        """
        known = {c.organization for c in self.credentials} | set(self._organizations)
        if organization not in known:
            raise KeyError(
                f"the emulator has no organization {organization!r} (it has "
                f"{', '.join(repr(o) for o in sorted(known))}): organizations come from "
                "its credentials; a client's organization= only keys its rate limiter"
            )
        return self.log.by_organization[organization]

    def credential_counters(self, name: str) -> Counters:
        """Counters of one credential, by its ``name`` (its email, or ``bearer-<digest>``)."""
        return self.log.by_credential[name]

    def client_counters(self, client: str = "127.0.0.1") -> Counters:
        """Counters of one source address (the IP-block's view)."""
        return self.log.by_client[client]

    @property
    def requests(self) -> Sequence[RequestRecord]:
        """The request log, oldest first (bounded by ``log_limit``)."""
        return tuple(self.log.entries)

    # -- ground truth -----------------------------------------------------------------

    def expected_records(
        self,
        path: str,
        *,
        start: datetime | str | int,
        end: datetime | str | int,
        **params: Any,
    ) -> list[dict[str, Any]]:
        """Exactly the records a query of ``path`` from ``start`` to ``end`` returns
        across all its pages, in server order.

        ``path`` is below the version (``"net/metrics/1001"``, ``"dns/server/1009/10091"``),
        or a v7 results path with its version (``"v7/test-results/1001/network"``);
        ``start``/``end`` are aware datetimes, ``YYYY-mm-ddTHH:MM:SS`` strings or epoch
        seconds; ``params`` are the other query parameters (``headers=1``, or on v7
        ``direction=...``, ``expand=header``...). The server stops a range at its
        current time (no future rounds), so give an ``end`` no later than the
        emulator's time of the query.
        """
        start_s, end_s = _epoch(start, "start"), _epoch(end, "end")
        path = path.strip("/")
        if path.startswith("v7/"):
            v7_params = {k: str(v) for k, v in params.items()}
            return expected_v7_records(self, path.removeprefix("v7/"), start_s, end_s, v7_params)
        for prefix in ("v5/", "v6/"):
            path = path.removeprefix(prefix)
        parts = path.split("/")
        extra: dict[str, str] = {k: str(v) for k, v in params.items()}
        if len(parts) == 4 and parts[:2] == ["dns", "server"]:
            extra["serverId"] = parts[3]
            parts = parts[:3]
        if len(parts) != 3 or not parts[2].isdigit():
            raise ValueError(f"not a test-data list path: {path!r}")
        name = "/".join(parts[:2])
        if name not in LIST_ENDPOINTS:
            known = ", ".join(sorted(LIST_ENDPOINTS))
            raise ValueError(f"unknown endpoint {name!r}; one of {known}")
        endpoint = LIST_ENDPOINTS[name]
        test = self.dataset.test(int(parts[2]))
        if test.type not in endpoint.types:
            raise ValueError(f"test {test.test_id} ({test.type}) has no {name} data")
        return list(self.dataset.records(endpoint, test, start_s, end_s, extra))

    @property
    def endpoints(self) -> tuple[str, ...]:
        """Names of the 17 test-data endpoints the emulator serves."""
        return (*LIST_ENDPOINTS, *DETAIL_ENDPOINTS)

    # -- ways to use it ---------------------------------------------------------------

    def transport(self, *, client_ip: str = "127.0.0.1") -> httpx.AsyncBaseTransport:
        """An httpx transport over this app, turning dropped connections into network errors.

        ``client_ip`` is the source address the emulator sees (the IP block is per address).
        """
        return EmulatorTransport(self, client_ip=client_ip)

    @overload
    def client(
        self, *, client_ip: str = ..., api_version: Literal["v7"], **kwargs: Any
    ) -> AsyncThousandEyes: ...
    @overload
    def client(
        self, *, client_ip: str = ..., api_version: Literal["v5", "v6"] = ..., **kwargs: Any
    ) -> AsyncThousandEyesV6: ...
    def client(
        self, *, client_ip: str = "127.0.0.1", api_version: str = "v6", **kwargs: Any
    ) -> AsyncThousandEyes | AsyncThousandEyesV6:
        """A client wired to this emulator in-process: ``AsyncThousandEyesV6``, or with
        ``api_version="v7"`` an ``AsyncThousandEyes``.

        Uses the first configured credential (on v7 the first Bearer one) unless
        ``token=``/``email=``/``auth=`` are given; other keywords go to the client.
        """
        from .._client import AsyncThousandEyesV6
        from .._client_v7 import AsyncThousandEyes

        v7 = api_version == "v7"
        if not any(k in kwargs for k in ("token", "email", "auth")) and self.credentials:
            usable = [c for c in self.credentials if not (v7 and c.email)]
            credential = usable[0] if usable else self.credentials[0]
            kwargs["token"] = credential.token
            if credential.email:
                kwargs["email"] = credential.email
        kwargs.setdefault("base_url", self.base_url)
        transport = self.transport(client_ip=client_ip)
        if v7:
            return AsyncThousandEyes(transport=transport, **kwargs)
        return AsyncThousandEyesV6(transport=transport, api_version=api_version, **kwargs)

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve on a real socket with uvicorn (extra ``sandbox``); yields the base URL.

        ``async with emulator.serve() as base_url:`` Runs under asyncio only
        (uvicorn's event loop is asyncio's).
        """
        from ._serve import serve

        async with serve(self, host, port) as url:
            yield url


class EmulatorTransport(httpx.AsyncBaseTransport):
    """``httpx.ASGITransport`` over the emulator, with real-looking network failures."""

    def __init__(self, emulator: ThousandEyesEmulator, *, client_ip: str = "127.0.0.1") -> None:
        self._inner = httpx.ASGITransport(app=emulator, client=(client_ip, 50000))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except ConnectionDropped as exc:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            ) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()


def _epoch(value: datetime | str | int, name: str) -> int:
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a datetime, a string or epoch seconds")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return parse_timestamp(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"{name} must be timezone-aware")
        return int(value.astimezone(UTC).timestamp())
    raise TypeError(f"{name} must be a datetime, a string or epoch seconds")
