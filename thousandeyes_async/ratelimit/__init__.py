"""Rate limiting: buckets that follow the server's windows, shared by organization."""

from ._api import (
    DeadlineExceeded,
    DeadlineLimiter,
    Limiter,
    Permit,
    Priority,
    RequestInfo,
    UnlimitedLimiter,
)
from ._limiter import RateLimiter
from ._policy import (
    INSTANT_TEST_HEADERS,
    ORGANIZATION_HEADERS,
    RATELIMIT_HEADERS,
    BucketSpec,
    CategoryPolicy,
    HeaderDialect,
    Policy,
    ThousandEyesPolicy,
)
from ._redis import RedisLimiter
from ._registry import SharedLimiter, default_limiter
from ._stats import RateLimitStats

__all__ = [
    "INSTANT_TEST_HEADERS",
    "ORGANIZATION_HEADERS",
    "RATELIMIT_HEADERS",
    "BucketSpec",
    "CategoryPolicy",
    "DeadlineExceeded",
    "DeadlineLimiter",
    "HeaderDialect",
    "Limiter",
    "Permit",
    "Policy",
    "Priority",
    "RateLimitStats",
    "RateLimiter",
    "RedisLimiter",
    "RequestInfo",
    "SharedLimiter",
    "ThousandEyesPolicy",
    "UnlimitedLimiter",
    "default_limiter",
]
