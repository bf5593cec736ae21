"""v7 errors: RFC 7807 problem details, as the v7 documents describe each status."""

from __future__ import annotations

from typing import Any

__all__ = ["PROBLEM_JSON", "ProblemError", "ValidationProblem", "problem_body"]

PROBLEM_JSON = "application/problem+json"

_TITLES = {
    400: "Request validation failed. There are invalid or missing fields",
    401: "Unauthorized",
    403: "Insufficient permissions to query endpoint",
    404: "URI Resource Not Found",
    405: "Method Not Allowed",
    429: "Exhausted rate limit for the organization",
    500: "Internal server error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def problem_body(
    status: int, detail: str, instance: str, errors: list[dict[str, str]] | None = None
) -> dict[str, Any]:
    """A problem document; a 401 also carries the OAuth ``error`` fields its schema names."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if errors is not None:
        body["errors"] = errors
    if status == 401:
        body["error"] = "invalid_token"
        body["error_description"] = detail
    return body


class ProblemError(Exception):
    """Raised by v7 handlers to answer with a problem document."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class ValidationProblem(ProblemError):
    """A 400 naming the request field that is wrong."""

    def __init__(self, field: str, message: str, code: str = "invalid") -> None:
        super().__init__(400, message)
        self.field = field
        self.code = code

    def errors(self) -> list[dict[str, str]]:
        return [{"code": self.code, "field": self.field, "message": self.detail}]
