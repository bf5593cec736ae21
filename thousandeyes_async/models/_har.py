"""HTTP archive (HAR 1.2) records, as the page-load and web-transaction details carry them.

HAR dates (``startedDateTime``) are ISO 8601 strings with the sender's precision;
they are kept as strings so that nothing of them is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._fields import extra_field, opt

__all__ = [
    "Har",
    "HarContent",
    "HarCreator",
    "HarEntry",
    "HarHeader",
    "HarLog",
    "HarPage",
    "HarPageTimings",
    "HarRequest",
    "HarResponse",
    "HarTimings",
]


@attrs.frozen(kw_only=True)
class HarHeader:
    """One request or response header."""

    name: str | None = opt(shared=True)
    value: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarRequest:
    """The request of one entry."""

    method: str | None = opt(shared=True)
    url: str | None = opt()
    http_version: str | None = opt(shared=True)
    headers: tuple[HarHeader, ...] | None = opt()
    headers_size: int | None = opt()
    body_size: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarContent:
    """What a response carried."""

    size: int | None = opt()
    mime_type: str | None = opt(shared=True)
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarResponse:
    """The response of one entry."""

    status: int | None = opt()
    status_text: str | None = opt(shared=True)
    http_version: str | None = opt(shared=True)
    headers: tuple[HarHeader, ...] | None = opt()
    content: HarContent | None = opt()
    redirect_url: str | None = opt(key="redirectURL")
    headers_size: int | None = opt()
    body_size: int | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarTimings:
    """Phase times of one entry in milliseconds; -1 means the phase did not apply."""

    blocked: float | None = opt()
    dns: float | None = opt()
    connect: float | None = opt()
    ssl: float | None = opt()
    send: float | None = opt()
    wait: float | None = opt()
    receive: float | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarEntry:
    """One component loaded by the page."""

    pageref: str | None = opt(shared=True)
    server_ip_address: str | None = opt(key="serverIPAddress")
    started_date_time: str | None = opt()
    time: float | None = opt()
    timings: HarTimings | None = opt()
    request: HarRequest | None = opt()
    response: HarResponse | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarPageTimings:
    """Page milestones in milliseconds."""

    on_content_load: float | None = opt()
    on_load: float | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarPage:
    """One page of the archive."""

    id: str | None = opt()
    title: str | None = opt()
    started_date_time: str | None = opt()
    response_code: int | None = opt()
    page_timings: HarPageTimings | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarCreator:
    """The software that wrote the archive."""

    name: str | None = opt(shared=True)
    version: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class HarLog:
    """The archive itself."""

    version: str | None = opt()
    creator: HarCreator | None = opt()
    pages: tuple[HarPage, ...] | None = opt()
    entries: tuple[HarEntry, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Har:
    """An HTTP archive: ``{"log": {...}}``."""

    log: HarLog | None = opt()
    extra: Mapping[str, Any] = extra_field()
