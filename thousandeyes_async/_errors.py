"""Exception hierarchy.

Every error raised by the library derives from :class:`ThousandEyesError`, so an
application can catch one type. URLs carried by errors are stripped of user
information, and bodies are cut short, so that an error can be logged safely.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "MaintenanceError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "ThousandEyesError",
    "error_for_status",
    "safe_url",
]

_BODY_EXCERPT = 500


class ThousandEyesError(Exception):
    """Base class of every error this library raises."""


def safe_url(url: httpx.URL | str) -> str:
    """Return ``url`` without user information, fit for messages and logs."""
    parsed = httpx.URL(str(url))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    return str(parsed)


class APIError(ThousandEyesError):
    """The server answered with a status the request cannot succeed with."""

    def __init__(
        self,
        status_code: int,
        method: str,
        url: httpx.URL | str,
        body_excerpt: str = "",
        *,
        rate_limit: Mapping[str, str] | None = None,
        message: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method.upper()
        self.url = safe_url(url)
        self.body_excerpt = body_excerpt[:_BODY_EXCERPT]
        #: The rate-limit headers of the response (``X-*-Rate-Limit-*``, ``Retry-After``).
        self.rate_limit: dict[str, str] = dict(rate_limit or {})
        text = message or f"{self.method} {self.url} answered {status_code}"
        if self.body_excerpt:
            text = f"{text}: {self.body_excerpt}"
        super().__init__(text)

    @classmethod
    def from_response(cls, response: httpx.Response, message: str | None = None) -> APIError:
        """Build the error that fits ``response``'s status."""
        error_cls = error_for_status(response.status_code)
        try:
            body = response.text
        except (httpx.ResponseNotRead, UnicodeDecodeError):
            body = ""
        rate_limit = {
            name: value for name, value in response.headers.items() if _is_rate_limit_header(name)
        }
        return error_cls(
            response.status_code,
            response.request.method,
            response.request.url,
            " ".join(body.split()),
            rate_limit=rate_limit,
            message=message,
        )


def _is_rate_limit_header(name: str) -> bool:
    lowered = name.lower()
    return "rate-limit" in lowered or "ratelimit" in lowered or lowered == "retry-after"


class BadRequestError(APIError):
    """400: the request was malformed (for example a window together with from/to)."""


class AuthenticationError(APIError):
    """401: the credential was refused, or was refused earlier and is held back."""


class PermissionDeniedError(APIError):
    """403: the user lacks the permission (regular users cannot POST)."""


class NotFoundError(APIError):
    """404: no such endpoint or object."""


class RateLimitError(APIError):
    """429: the request was refused by a rate limit and retries did not get through."""


class ServerError(APIError):
    """5xx: the server failed."""


class MaintenanceError(ServerError):
    """503: the API is in maintenance mode."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
    503: MaintenanceError,
}


def error_for_status(status_code: int) -> type[APIError]:
    """The exception class for an HTTP status."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if 500 <= status_code < 600:
        return ServerError
    return APIError


class ResponseDecodeError(ThousandEyesError):
    """A body was not the JSON expected; ``path`` names where it went wrong."""

    def __init__(
        self, message: str, *, endpoint: str = "", path: str = "", value: Any = None
    ) -> None:
        self.endpoint = endpoint
        self.path = path
        self.value = value
        where = f" at {path}" if path else ""
        source = f" from {endpoint}" if endpoint else ""
        super().__init__(f"cannot decode response{source}{where}: {message}")
