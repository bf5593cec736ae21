"""Reading an error body: v6 ``errorMessage``, v7 ``application/problem+json``.

Each API version has its own :class:`ErrorDecoder`; the transport hands it every
response it cannot succeed with and raises what it returns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final, Protocol

import httpx

from ._errors import APIError, ValidationErrorItem

__all__ = ["PROBLEM_ERRORS", "V6_ERRORS", "ErrorDecoder", "ProblemErrors", "V6Errors"]

#: A body larger than this is not read for fields: it is no error document.
_MAX_BODY = 64 * 1024


class ErrorDecoder(Protocol):
    """Turns a failed response into the error to raise."""

    def error(self, response: httpx.Response) -> APIError: ...


def _json_object(response: httpx.Response) -> Mapping[str, Any] | None:
    content = response.content
    if not content or len(content) > _MAX_BODY:
        return None
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return body if isinstance(body, Mapping) else None


def _string(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is None or isinstance(value, bool):
        return None
    return value if isinstance(value, str) else str(value)


class V6Errors:
    """v6 explains an error in ``errorMessage`` (kept as ``detail``; the text is unchanged)."""

    def error(self, response: httpx.Response) -> APIError:
        body = _json_object(response)
        detail = _string(body, "errorMessage") if body is not None else None
        return APIError.from_response(response, detail=detail)


class ProblemErrors:
    """v7 answers RFC 7807 problem documents; a 400 lists the fields it refused."""

    def error(self, response: httpx.Response) -> APIError:
        body = _json_object(response)
        if body is None:
            return APIError.from_response(response)
        # A 401 carries OAuth's error fields, sometimes instead of the problem's.
        detail = _string(body, "detail") or _string(body, "error_description")
        return APIError.from_response(
            response,
            problem_type=_string(body, "type"),
            title=_string(body, "title") or _string(body, "error"),
            detail=detail,
            instance=_string(body, "instance"),
            errors=_validation_errors(body.get("errors")),
        )


def _validation_errors(value: Any) -> tuple[ValidationErrorItem, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        ValidationErrorItem(
            field=_string(item, "field"),
            message=_string(item, "message"),
            code=_string(item, "code"),
        )
        for item in value
        if isinstance(item, Mapping)
    )


V6_ERRORS: Final = V6Errors()
PROBLEM_ERRORS: Final = ProblemErrors()
