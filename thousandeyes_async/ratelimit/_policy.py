"""Policies: which buckets a request takes, and how each bucket reads headers.

A :class:`Policy` maps a :class:`RequestInfo` to the :class:`BucketSpec` values it
needs; each spec names a category, a default limit and window, and the header
dialect the server uses for it (None for a limit the server never reports, such
as snapshot creation). The ThousandEyes policy is the default; the seed-003
policy shows the same mechanism expressing ``X-RateLimit-*`` headers with
different limits per request category.
"""

from __future__ import annotations

import email.utils
import functools
import math
import re
from collections.abc import Container, Mapping, Sequence
from datetime import UTC
from typing import Protocol, runtime_checkable

import attrs
import httpx

from ._api import RequestInfo
from ._bucket import Observation

__all__ = [
    "INSTANT_TEST_HEADERS",
    "ORGANIZATION_HEADERS",
    "POLICY_PATHS",
    "RATELIMIT_HEADERS",
    "V6_PATHS",
    "V7_PATHS",
    "BucketSpec",
    "CategoryPolicy",
    "HeaderDialect",
    "Policy",
    "PolicyPaths",
    "ThousandEyesPolicy",
    "header_number",
    "http_date",
    "retry_after",
]


@attrs.frozen
class HeaderDialect:
    """The names of one family of rate-limit headers."""

    limit: str
    remaining: str
    reset: str
    #: The lower-cased limit, remaining and reset names, and as bytes with Date and
    #: Retry-After to match raw headers: observe() runs for every response.
    _names: tuple[str, str, str] = attrs.field(init=False, repr=False, eq=False)
    #: Each wanted raw name, lower-cased, to its place: limit, remaining, reset, date, retry-after.
    _slots: dict[bytes, int] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        names = (self.limit.lower(), self.remaining.lower(), self.reset.lower())
        object.__setattr__(self, "_names", names)
        wanted = (*names, "date", "retry-after")
        object.__setattr__(self, "_slots", {n.encode(): i for i, n in enumerate(wanted)})

    def observe(self, status: int | None, headers: Mapping[str, str]) -> Observation:
        """Read this family (and ``Date``/``Retry-After``) from response headers."""
        if isinstance(headers, httpx.Headers):
            observed = self._observe_raw(status, headers)
            if observed is not None:
                return observed
        return self._observe_text(status, _lowered(headers, self._slots))

    def _observe_raw(self, status: int | None, headers: httpx.Headers) -> Observation | None:
        """The common case read in one pass over the raw bytes; None for a name repeated.

        httpx decodes and lower-cases every header on each lookup; here only the five
        wanted values are looked at, and Reset and Date (the same on most answers)
        are parsed once per distinct value.
        """
        slots = self._slots
        found: list[bytes | None] = [None, None, None, None, None]
        for raw_name, raw_value in headers.raw:
            slot = slots.get(raw_name.lower())
            if slot is not None:
                if found[slot] is not None:
                    return None  # joined with ", " as httpx joins them: the general path
                found[slot] = raw_value
        limit, remaining, reset, date, asked = found
        return Observation(
            status=status,
            limit=None if limit is None else _count_raw(limit),
            remaining=None if remaining is None else _count_raw(remaining),
            reset=None if reset is None else _epoch_raw(reset),
            date=None if date is None else _http_date_raw(date),
            retry_after=None
            if asked is None
            else _retry_after(
                asked.decode("latin-1"), None if date is None else date.decode("latin-1")
            ),
        )

    def _observe_text(self, status: int | None, lowered: Mapping[str, str]) -> Observation:
        date = lowered.get("date")
        limit, remaining, reset = self._names
        asked = lowered.get("retry-after")
        return Observation(
            status=status,
            limit=_count(lowered.get(limit)),
            remaining=_count(lowered.get(remaining)),
            reset=_epoch(lowered.get(reset)),
            date=http_date(date),
            retry_after=None if asked is None else _retry_after(asked, date),
        )


def _lowered(headers: Mapping[str, str], wanted: Container[bytes]) -> dict[str, str]:
    """The ``wanted`` headers by lower-cased name, repeats joined with ", " as httpx does."""
    if not isinstance(headers, httpx.Headers):
        return {name.lower(): value for name, value in headers.items()}
    found: dict[str, str] = {}
    for raw_name, raw_value in headers.raw:
        name = raw_name.lower()
        if name in wanted:
            key, value = name.decode("latin-1"), raw_value.decode("latin-1")
            seen = found.get(key)
            found[key] = value if seen is None else f"{seen}, {value}"
    return found


ORGANIZATION_HEADERS = HeaderDialect(
    "X-Organization-Rate-Limit-Limit",
    "X-Organization-Rate-Limit-Remaining",
    "X-Organization-Rate-Limit-Reset",
)
INSTANT_TEST_HEADERS = HeaderDialect(
    "X-Instant-Test-Rate-Limit-Limit",
    "X-Instant-Test-Rate-Limit-Remaining",
    "X-Instant-Test-Rate-Limit-Reset",
)
RATELIMIT_HEADERS = HeaderDialect("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")


@attrs.frozen
class BucketSpec:
    """One budget a request draws on: the category names it within an organization."""

    category: str
    #: Requests per window until (or unless) the server says otherwise.
    limit: int = attrs.field(validator=attrs.validators.ge(1))
    #: Window length in seconds.
    window: float = attrs.field(default=60.0, validator=attrs.validators.gt(0))
    #: Where the server reports this budget; None for a static limit.
    dialect: HeaderDialect | None = None

    def observe(self, status: int | None, headers: Mapping[str, str]) -> Observation:
        if self.dialect is None:
            return Observation(status=status, retry_after=retry_after(headers))
        return self.dialect.observe(status, headers)


@runtime_checkable
class Policy(Protocol):
    """Maps a request to the buckets it needs: at least one, except that a token
    request (``request.token``) may get none, and then goes unlimited."""

    def buckets(self, request: RequestInfo) -> Sequence[BucketSpec]: ...


@attrs.frozen
class PolicyPaths:
    """Which requests of one API version take the instant-test or the snapshot budget.

    Both versions read the same rate-limit headers; only the paths differ.
    """

    instant: re.Pattern[str]
    snapshot: re.Pattern[str]

    def category(self, method: str, path: str) -> str | None:
        """``"instant-test"``, ``"snapshot"`` or None; ``path`` is below the version root."""
        if method != "POST":
            return None
        if self.instant.match(path):
            return "instant-test"
        if self.snapshot.match(path):
            return "snapshot"
        return None


#: v6 (and v5): ``POST instant/{type}``, ``POST instant/{testId}/rerun``, ``POST snapshot``.
V6_PATHS = PolicyPaths(re.compile(r"^instant/[^/]+(/rerun)?$"), re.compile(r"^snapshot$"))
#: v7: ``POST tests/{type}/instant``, ``POST tests/{testId}/run``, ``POST tests/{testId}/snapshot``.
V7_PATHS = PolicyPaths(
    re.compile(r"^tests/[^/]+/(instant|run)$"), re.compile(r"^tests/[^/]+/snapshot$")
)
#: The paths of each version; a request that names no version is matched against all
#: (they do not overlap), so a limiter shared by v6 and v7 clients serves both.
POLICY_PATHS = {"v5": V6_PATHS, "v6": V6_PATHS, "v7": V7_PATHS}


@attrs.frozen
class ThousandEyesPolicy:
    """Seed 000 and 002: every request takes the organization bucket; instant tests
    also the instant-test bucket; snapshot creation also a static 5-per-300 s one.
    The paths of each API version are in :data:`POLICY_PATHS`."""

    organization_limit: int = 240
    instant_test_limit: int = 24
    window: float = 60.0
    snapshot_limit: int = 5
    snapshot_window: float = 300.0
    #: Token requests (a credential renewing its token) take the organization bucket.
    count_token_requests: bool = False
    _org: tuple[BucketSpec, ...] = attrs.field(init=False, repr=False, eq=False)
    _instant: tuple[BucketSpec, ...] = attrs.field(init=False, repr=False, eq=False)
    _snapshot: tuple[BucketSpec, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Built once: buckets() is called for every request.
        org = BucketSpec("organization", self.organization_limit, self.window, ORGANIZATION_HEADERS)
        instant = BucketSpec(
            "instant-test", self.instant_test_limit, self.window, INSTANT_TEST_HEADERS
        )
        snapshot = BucketSpec("snapshot", self.snapshot_limit, self.snapshot_window, None)
        object.__setattr__(self, "_org", (org,))
        object.__setattr__(self, "_instant", (org, instant))
        object.__setattr__(self, "_snapshot", (org, snapshot))

    def buckets(self, request: RequestInfo) -> Sequence[BucketSpec]:
        if request.token:
            return self._org if self.count_token_requests else ()
        method = request.method.upper()
        if method != "POST":
            return self._org  # only a POST takes an instant-test or snapshot budget
        path = request.path.strip("/")
        version = POLICY_PATHS.get(request.api_version or "")
        for paths in (version,) if version is not None else (V6_PATHS, V7_PATHS):
            category = paths.category(method, path)
            if category == "instant-test":
                return self._instant
            if category == "snapshot":
                return self._snapshot
        return self._org


@attrs.frozen
class CategoryPolicy:
    """Seed 003: one ``X-RateLimit-*`` budget per request category.

    Non-paginated GETs, paginated GETs and writes (POST, PUT, DELETE) each have
    their own limit per window.
    """

    get_limit: int = 500
    paginated_get_limit: int = 50
    write_limit: int = 50
    window: float = 60.0
    dialect: HeaderDialect = RATELIMIT_HEADERS
    #: Token requests (a credential renewing its token) take the write bucket.
    count_token_requests: bool = False

    def buckets(self, request: RequestInfo) -> Sequence[BucketSpec]:
        if request.token and not self.count_token_requests:
            return ()
        method = request.method.upper()
        if request.token:
            method = "POST"
        if method in ("GET", "HEAD", "OPTIONS"):
            if request.paginated:
                return (
                    BucketSpec(
                        "paginated-get", self.paginated_get_limit, self.window, self.dialect
                    ),
                )
            return (BucketSpec("get", self.get_limit, self.window, self.dialect),)
        return (BucketSpec("write", self.write_limit, self.window, self.dialect),)


#: Bounds of a believable header value; beyond them a header says nothing. A
#: count above a billion or a Reset beyond the year 5000 is a broken or hostile
#: server, and must not reach arithmetic that overflows or a sleep that never ends.
MAX_COUNT = 1_000_000_000
MAX_EPOCH = 1e11
MAX_DELAY = 1e9
#: Longer header texts are refused before parsing (a 5,000-digit "number").
_MAX_TEXT = 40
_NOT_FINITE = ("inf", "infinity", "nan")


def header_number(value: str | None, *, maximum: float, minimum: float = 0.0) -> float | None:
    """The one parser of every rate-limit number: finite, in ``[minimum, maximum]``, else None."""
    if value is None:
        return None
    text = value.strip()
    if not text or len(text) > _MAX_TEXT:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    if not math.isfinite(number) or number < minimum or number > maximum:
        return None
    return number


def _count(value: str | None) -> int | None:
    # A negative Remaining (a server over its own count) means none left.
    number = header_number(value, maximum=MAX_COUNT, minimum=-MAX_COUNT)
    return None if number is None else max(0, int(number))


def _epoch(value: str | None) -> float | None:
    return header_number(value, maximum=MAX_EPOCH)


def _count_raw(value: bytes) -> int | None:
    # Plain digits are the count itself, up to MAX_COUNT; anything else (a sign,
    # spaces, an exponent, a longer text) goes through the one parser.
    if len(value) <= 10 and value.isdigit():
        count = int(value)
        return count if count <= MAX_COUNT else None
    return _count(value.decode("latin-1"))


# Reset stays the same for a whole window and Date for a second: parse each once.
@functools.lru_cache(maxsize=64)
def _epoch_raw(value: bytes) -> float | None:
    return _epoch(value.decode("latin-1"))


@functools.lru_cache(maxsize=64)
def _http_date_raw(value: bytes) -> float | None:
    return http_date(value.decode("latin-1"))


def http_date(value: str | None) -> float | None:
    """Epoch seconds of an HTTP date (``Date``, ``Retry-After``); None when absent or bad.

    A response may carry two ``Date`` headers, which a header mapping joins with a
    comma: an ASGI server such as uvicorn puts its own (its host's clock) before the
    application's, and only the application's agrees with the ``Reset`` it wrote.
    The last one is read.
    """
    if not value:
        return None
    return _last_http_date(value)


# The comma that joins two dates: the next one starts with a day name and its comma.
_SEVERAL_DATES = re.compile(r",\s*(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),)")


# Every response carries a Date and it changes once a second: parse each text once.
@functools.lru_cache(maxsize=64)
def _last_http_date(value: str) -> float | None:
    return _parse_http_date(_SEVERAL_DATES.split(value)[-1])


@functools.lru_cache(maxsize=64)
def _parse_http_date(value: str) -> float | None:
    if len(value) > 64:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            # HTTP dates are UTC; without a zone (or with -0000) never read local time.
            when = when.replace(tzinfo=UTC)
        stamp = when.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return stamp if 0 <= stamp <= MAX_EPOCH else None


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds ``Retry-After`` asks to wait: a number, or a date against ``Date``."""
    return _retry_after(headers.get("Retry-After"), headers.get("Date"))


def _retry_after(value: str | None, date: str | None) -> float | None:
    if not value:
        return None
    seconds = header_number(value, maximum=MAX_DELAY, minimum=-MAX_DELAY)
    if seconds is not None:
        return max(0.0, seconds)
    if value.strip()[:1] in "+-.0123456789" or value.strip().lower().lstrip("+-") in _NOT_FINITE:
        return None  # a number, but not a believable delay
    when = http_date(value)
    now = http_date(date)
    if when is None or now is None:
        return None
    return max(0.0, when - now)
