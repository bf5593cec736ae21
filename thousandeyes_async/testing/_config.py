"""Configuration of the emulator: credentials, limits and the shape of the data."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

__all__ = [
    "DEFAULT_ACCOUNT_GROUP",
    "DEFAULT_EMAIL",
    "DEFAULT_TOKEN",
    "TEST_TYPES",
    "V7_ONLY_TYPES",
    "DataSpec",
    "EmulatorCredential",
    "OAuthClient",
    "RateLimits",
    "wall_clock_epoch",
]

#: The credential an emulator accepts when none is configured (never a real secret).
DEFAULT_TOKEN = "emulator-token"
DEFAULT_EMAIL = "user@example.com"
#: The account group (v7 ``aid``) every credential belongs to unless configured.
DEFAULT_ACCOUNT_GROUP = "1234"

#: Every v6 test type the emulator generates data for, as the API spells them.
TEST_TYPES: tuple[str, ...] = (
    "agent-to-server",
    "agent-to-agent",
    "bgp",
    "http-server",
    "page-load",
    "web-transactions",
    "ftp-server",
    "dns-trace",
    "dns-server",
    "dns-dnssec",
    "sip-server",
    "voice",
)
#: Test types only v7 has; a ``DataSpec`` generates them when asked to (v6 does not see them).
V7_ONLY_TYPES: tuple[str, ...] = ("api",)


def wall_clock_epoch() -> float:
    """The real now, on a whole second: the start epoch of an emulator that users query
    by date (the sandbox, the standalone server), so that yesterday has yesterday's rounds.

    Read once, when such an emulator is built; from then on its time runs on anyio's
    clock. Tests keep the fixed default epoch so that their answers never depend on
    the day they run.
    """
    return float(int(datetime.now(UTC).timestamp()))


def _check_positive(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or value <= 0:
        raise ValueError(f"{attribute.name} must be positive, got {value!r}")


def _check_not_negative(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1000:
        raise ValueError(f"{attribute.name} must be an integer from 0 to 1000, got {value!r}")


def _as_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class EmulatorCredential:
    """A credential the emulator accepts, and the organization whose budget it spends.

    With ``email`` it is a Basic (email:token) credential, without it a Bearer
    token. Several credentials may name the same organization: they share its
    rate-limit windows, as users of one organization do on the real service.
    """

    token: str = attrs.field(repr=False)
    email: str | None = None
    organization: str = "default"
    #: How counters and the request log name this credential (never the token).
    name: str = ""
    #: Account groups the credential may name as v7 ``aid``; any other is a 403.
    account_groups: tuple[str, ...] = attrs.field(
        default=(DEFAULT_ACCOUNT_GROUP,), converter=_as_tuple
    )
    #: Emulator time (epoch seconds) from which the token is answered 401; None = never.
    expires_at: float | None = None

    def __attrs_post_init__(self) -> None:
        if not self.token:
            raise ValueError("token must not be empty")
        if not self.organization:
            raise ValueError("organization must not be empty")
        if not self.name:
            digest = hashlib.sha256(self.token.encode()).hexdigest()[:8]
            label = self.email if self.email else f"bearer-{digest}"
            object.__setattr__(self, "name", label)

    @property
    def scheme(self) -> str:
        return "Basic" if self.email else "Bearer"


@attrs.frozen
class OAuthClient:
    """A client of the emulator's OAuth2 token endpoint (client-credentials grant).

    Each token it is issued lasts ``token_lifetime`` seconds of emulator time, then
    is answered 401, so that a user's refresh path can be tested in virtual time.
    """

    client_id: str
    client_secret: str = attrs.field(repr=False)
    organization: str = "default"
    token_lifetime: float = attrs.field(default=300.0, validator=_check_positive)
    #: How counters and the request log name this client's tokens (never a secret).
    name: str = ""
    account_groups: tuple[str, ...] = attrs.field(
        default=(DEFAULT_ACCOUNT_GROUP,), converter=_as_tuple
    )

    def __attrs_post_init__(self) -> None:
        if not self.client_id or not self.client_secret:
            raise ValueError("client_id and client_secret must not be empty")
        if not self.name:
            object.__setattr__(self, "name", f"oauth-{self.client_id}")


@attrs.frozen
class RateLimits:
    """The server's limits (seed 000 and 002), each switchable and configurable."""

    enabled: bool = True
    #: Requests per window for each organization (240 a minute on the real service).
    organization: int = attrs.field(default=240, validator=_check_positive)
    #: Per-organization overrides of ``organization``.
    per_organization: Mapping[str, int] = attrs.field(factory=dict)
    #: Instant-test requests per window (24 a minute).
    instant_tests: int = attrs.field(default=24, validator=_check_positive)
    #: Length of the organization and instant-test windows in seconds.
    window_seconds: float = attrs.field(default=60.0, validator=_check_positive)
    #: Snapshots created per organization per ``snapshot_window_seconds`` (5 per 300 s).
    snapshots: int = attrs.field(default=5, validator=_check_positive)
    snapshot_window_seconds: float = attrs.field(default=300.0, validator=_check_positive)
    #: The source-IP block: this many 401s from one client within the window turn into 429s.
    ip_block: bool = True
    ip_block_threshold: int = attrs.field(default=120, validator=_check_positive)
    ip_block_window_seconds: float = attrs.field(default=3600.0, validator=_check_positive)

    def organization_limit(self, organization: str) -> int:
        return self.per_organization.get(organization, self.organization)


@attrs.frozen
class DataSpec:
    """What the organization looks like: how many tests of which types, agents, intervals.

    Everything is derived from ``seed``; records are generated on demand, so a
    test with a million rounds costs nothing until it is read.
    """

    seed: int = 0
    tests: int = attrs.field(default=len(TEST_TYPES), validator=_check_positive)
    test_types: tuple[str, ...] = TEST_TYPES
    agents: int = attrs.field(default=10, validator=_check_positive)
    agents_per_test: int = attrs.field(default=3, validator=_check_positive)
    #: Test intervals in seconds, chosen per test from this tuple.
    intervals: tuple[int, ...] = (300, 600, 900)
    first_test_id: int = attrs.field(default=1001, validator=_check_positive)
    first_agent_id: int = attrs.field(default=101, validator=_check_positive)
    #: API tests (a type only v7 has), numbered after the ``tests``: v7 lists them and
    #: serves their results; v6 answers as if they did not exist.
    api_tests: int = attrs.field(default=1, validator=_check_not_negative)

    def __attrs_post_init__(self) -> None:
        known = (*TEST_TYPES, *V7_ONLY_TYPES)
        unknown = [t for t in self.test_types if t not in known]
        if unknown or not self.test_types:
            raise ValueError(
                f"test_types must be a non-empty subset of {', '.join(known)}; unknown: {unknown}"
            )
        if not self.intervals or any(i <= 0 or 86400 % i for i in self.intervals):
            raise ValueError(
                f"intervals must be positive divisors of a day in seconds, got {self.intervals}"
            )
