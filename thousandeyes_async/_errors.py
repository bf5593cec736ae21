"""Exception hierarchy: one tree, so that an application can catch one type.

::

    ThousandEyesError                 every error of the library
    ├── APIError                      the server answered a status the call cannot succeed with
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401, and every later call with the refused credential
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── RateLimitError            429 once the retries are spent
    │   │   └── RateLimitDeadlineError    not sent: the budget frees after the call's deadline
    │   └── ServerError               5xx once the retries are spent
    │       └── MaintenanceError      503
    ├── APIConnectionError            no answer: refused, reset, DNS, TLS, broken transfer
    │   └── APITimeoutError           no answer in time
    ├── ResponseDecodeError           an answer that is not the JSON expected
    └── ExportError                   the bulk exporter (thousandeyes_async.export)
        ├── CheckpointError           the checkpoint cannot be read or written
        ├── SinkError                 the records cannot be written
        └── RangeAfterNowError        the time range starts after the server's now

On v7 the server explains an error in an ``application/problem+json`` body;
``APIError`` carries its ``problem_type``, ``title``, ``detail``, ``instance``
and (for a 400) the validation ``errors``. On v6 ``detail`` is the body's
``errorMessage``.

Every error is safe to log and to show: URLs lose their user information, bodies
are cut short, and the texts and attributes of an error are scrubbed of every
live credential (see ``_redact``), since a server or proxy may echo the request's
``Authorization`` header in a body. Each message is one line that names what failed.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._redact import redact, redact_excerpt, redact_value, scrub_chain

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "MaintenanceError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitDeadlineError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "ThousandEyesError",
    "ValidationErrorItem",
    "connection_error",
    "error_for_status",
    "safe_url",
]

_BODY_EXCERPT = 500


class ThousandEyesError(Exception):
    """Base class of every error this library raises."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact(arg) if isinstance(arg, str) else arg for arg in args))
        # Built inside ``except``, the error will chain to what is being handled.
        scrub_chain(sys.exc_info()[1])

    def __str__(self) -> str:
        # Again here: a credential created after the error was built is scrubbed too.
        return redact(super().__str__())


def safe_url(url: httpx.URL | str) -> str:
    """Return ``url`` without user information, fit for messages and logs."""
    try:
        parsed = httpx.URL(str(url))
    except httpx.InvalidURL:
        return "<a malformed URL>"
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    return str(parsed)


@attrs.frozen
class ValidationErrorItem:
    """One field a v7 server refused (a 400 problem's ``errors``)."""

    field: str | None = None
    message: str | None = None
    code: str | None = None

    def __str__(self) -> str:
        text = self.message or self.code or "invalid"
        return f"{self.field}: {text}" if self.field else text


def _text(value: str | None) -> str | None:
    return None if value is None else redact_excerpt(value, _BODY_EXCERPT)


class APIError(ThousandEyesError):
    """The server answered with a status the request cannot succeed with.

    ``problem_type``, ``title``, ``detail``, ``instance`` and ``errors`` are the
    fields of a v7 problem document (None and ``()`` when the body had none).
    """

    def __init__(
        self,
        status_code: int,
        method: str,
        url: httpx.URL | str,
        body_excerpt: str = "",
        *,
        rate_limit: Mapping[str, str] | None = None,
        message: str | None = None,
        problem_type: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        instance: str | None = None,
        errors: tuple[ValidationErrorItem, ...] = (),
    ) -> None:
        self.status_code = status_code
        self.method = method.upper()
        self.url = redact(safe_url(url))
        self.body_excerpt = redact_excerpt(body_excerpt, _BODY_EXCERPT)
        #: The rate-limit headers of the response (``X-*-Rate-Limit-*``, ``Retry-After``).
        self.rate_limit: dict[str, str] = {
            name: redact(value) for name, value in (rate_limit or {}).items()
        }
        self.problem_type = _text(problem_type)
        self.title = _text(title)
        self.detail = _text(detail)
        self.instance = _text(instance)
        self.errors = tuple(
            ValidationErrorItem(_text(item.field), _text(item.message), _text(item.code))
            for item in errors
        )
        text = message or f"{self.method} {self.url} answered {status_code}"
        summary = " - ".join(part for part in (self.title, self.detail) if part)
        # Only a problem document (v7) replaces the body: v6 messages stay as they were.
        if summary and (self.title or self.problem_type or self.instance):
            # The problem says it in words: the raw body would only repeat it.
            text = f"{text}: {summary}"
            if self.errors:
                text = f"{text} ({'; '.join(map(str, self.errors))})"
        elif self.body_excerpt:
            text = f"{text}: {self.body_excerpt}"
        super().__init__(text)

    @classmethod
    def from_response(
        cls, response: httpx.Response, message: str | None = None, **problem: Any
    ) -> APIError:
        """Build the error that fits ``response``'s status; ``problem`` holds its fields."""
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
            **problem,
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


class RateLimitDeadlineError(RateLimitError):
    """Not sent: the rate-limit budget frees only after the call's deadline.

    A call may not outlast its ``retry_deadline``, waits in the limiter included,
    so rather than sleep past it the call fails at once (or when the deadline
    comes, if the wait had no known end). ``retry_after`` is the seconds until
    the budget frees, None when unknown; it is also the ``Retry-After`` entry of
    ``rate_limit``. ``status_code`` is 429, what the server would have answered.
    """

    def __init__(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        retry_after: float | None,
        deadline: float,
        key: str,
    ) -> None:
        self.retry_after = retry_after
        self.deadline = deadline
        if retry_after is None:
            when = f"is still held at the call's deadline of {deadline:g}s"
            headers = {}
        else:
            when = f"frees in {retry_after:.1f}s, after the call's deadline of {deadline:g}s"
            headers = {"Retry-After": str(max(0, math.ceil(retry_after)))}
        super().__init__(
            429,
            method,
            url,
            rate_limit=headers,
            message=(
                f"not sending {method.upper()} {safe_url(url)}: the rate-limit budget of "
                f"key {key!r} {when} (retry_deadline)"
            ),
        )


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
        self.endpoint = redact(endpoint)
        self.path = redact(path)
        self.value = redact_value(value)
        where = f" at {path}" if path else ""
        source = f" from {endpoint}" if endpoint else ""
        super().__init__(f"cannot decode response{source}{where}: {message}")


class APIConnectionError(ThousandEyesError):
    """No answer came back: the connection was refused, broke, or failed in TLS or DNS.

    ``__cause__`` is httpx's exception; ``method`` and ``url`` (without user
    information) name the request.
    """

    def __init__(self, method: str, url: httpx.URL | str, message: str) -> None:
        self.method = method.upper()
        self.url = redact(safe_url(url))
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """No answer came back in time (connect, read, write or pool timeout)."""


_WHAT_FAILED: tuple[tuple[type[httpx.RequestError], str], ...] = (
    (httpx.ConnectTimeout, "timed out connecting"),
    (httpx.ReadTimeout, "timed out waiting for the answer"),
    (httpx.WriteTimeout, "timed out sending the request"),
    (httpx.PoolTimeout, "timed out waiting for a free connection in the pool"),
    (httpx.TimeoutException, "timed out"),
    (httpx.ProxyError, "failed at the proxy"),
    (httpx.ConnectError, "could not connect"),
    (httpx.ReadError, "lost the connection while reading the answer"),
    (httpx.WriteError, "lost the connection while sending the request"),
    (httpx.RemoteProtocolError, "got a broken HTTP answer (the server closed or garbled it)"),
    (httpx.LocalProtocolError, "could not send a valid HTTP request"),
    (httpx.UnsupportedProtocol, "uses a protocol httpx cannot send"),
    (httpx.DecodingError, "got a body whose content encoding cannot be decoded"),
    (httpx.TooManyRedirects, "was redirected too many times"),
)


def connection_error(
    exc: httpx.RequestError, method: str, url: httpx.URL | str, *, attempts: int = 1
) -> APIConnectionError:
    """Wrap httpx's ``exc`` (whose text is often empty) in a message naming what failed."""
    what = next((text for cls, text in _WHAT_FAILED if isinstance(exc, cls)), "failed")
    detail = " ".join(str(exc).split())
    reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    error_cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    method = method.upper()
    error = error_cls(method, url, f"{method} {safe_url(url)} {what}{tries} ({reason})")
    error.__cause__ = exc
    scrub_chain(exc)
    return error
