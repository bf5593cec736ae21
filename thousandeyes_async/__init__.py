"""thousandeyes-async: an asyncio client for the ThousandEyes API.

Everything public is importable from here; modules with a leading underscore
are private and may change without notice.
"""

from ._auth import BasicAuth, BearerAuth, Credential
from ._client import DEFAULT_BASE_URL, AsyncThousandEyes
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    MaintenanceError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    ThousandEyesError,
)
from ._timerange import parse_window, round_id, round_start
from ._transport import RetryPolicy, TransportStats
from ._version import __version__
from .ratelimit import (
    BucketSpec,
    CategoryPolicy,
    HeaderDialect,
    Limiter,
    Permit,
    Policy,
    Priority,
    RateLimiter,
    RateLimitStats,
    RedisLimiter,
    RequestInfo,
    SharedLimiter,
    ThousandEyesPolicy,
    UnlimitedLimiter,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "APIError",
    "AsyncThousandEyes",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "BucketSpec",
    "CategoryPolicy",
    "Credential",
    "HeaderDialect",
    "Limiter",
    "MaintenanceError",
    "NotFoundError",
    "PermissionDeniedError",
    "Permit",
    "Policy",
    "Priority",
    "RateLimitError",
    "RateLimitStats",
    "RateLimiter",
    "RedisLimiter",
    "RequestInfo",
    "ResponseDecodeError",
    "RetryPolicy",
    "ServerError",
    "SharedLimiter",
    "ThousandEyesError",
    "ThousandEyesPolicy",
    "TransportStats",
    "UnlimitedLimiter",
    "__version__",
    "parse_window",
    "round_id",
    "round_start",
]
