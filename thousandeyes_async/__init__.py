"""thousandeyes-async: an asyncio client for the ThousandEyes API.

The names here are what an application needs: the clients, what they take
(credentials, limiters, options) and what they raise. Records live in
``thousandeyes_async.models.v7`` and ``thousandeyes_async.models.v6``; policies
and limiter internals in ``thousandeyes_async.ratelimit``; resource groups and
their argument helpers in ``thousandeyes_async.resources``. Modules with a
leading underscore are private and may change without notice.
"""

from typing import Any

from ._auth import BasicAuth, BearerAuth, Credential
from ._client import AsyncThousandEyesV6
from ._client_v7 import AsyncThousandEyes
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    MaintenanceError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitDeadlineError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    ThousandEyesError,
)
from ._moved import moved
from ._observers import ResponseEvent
from ._pagination import RecordStream
from ._token_providers import OAuth2ClientCredentials, TokenEndpoint
from ._tokens import AccessToken, RefreshingBearer, TokenProvider
from ._transport import RetryPolicy
from ._version import __version__
from .models import unstructure
from .ratelimit import (
    Limiter,
    Priority,
    RateLimiter,
    RedisLimiter,
    SharedLimiter,
    UnlimitedLimiter,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccessToken",
    "AsyncThousandEyes",
    "AsyncThousandEyesV6",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "Credential",
    "Limiter",
    "MaintenanceError",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "PermissionDeniedError",
    "Priority",
    "RateLimitDeadlineError",
    "RateLimitError",
    "RateLimiter",
    "RecordStream",
    "RedisLimiter",
    "RefreshingBearer",
    "ResponseDecodeError",
    "ResponseEvent",
    "RetryPolicy",
    "ServerError",
    "SharedLimiter",
    "ThousandEyesError",
    "TokenEndpoint",
    "TokenProvider",
    "UnlimitedLimiter",
    "__version__",
    "unstructure",
]


def __getattr__(name: str) -> Any:
    # The names this module had before its trim, for one release, with a warning.
    return moved(__name__, name)
