"""Records of the web endpoints (``/web/...``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from ._base import AgentRound
from ._fields import extra_field, opt
from ._har import Har

__all__ = [
    "FtpServer",
    "HttpServer",
    "PageLoad",
    "PageLoadDetail",
    "SslCertificate",
    "TransactionMarker",
    "TransactionPage",
    "WebTransaction",
    "WebTransactionComponents",
    "WebTransactionDetail",
]


@attrs.frozen(kw_only=True)
class SslCertificate:
    """One certificate of the chain (``certificates=1``); its flags are JSON booleans.

    Read ``signing_cert_valid`` rather than ``has_valid_signing_cert``: the server
    leaves the latter out when it is true.
    """

    days_until_expiry: int | None = opt()
    fetch_date_in_valid_cert_date_range: bool | None = opt()
    has_valid_signing_cert: bool | None = opt()
    issuer_name: str | None = opt(shared=True)
    not_valid_after: datetime | None = opt()
    not_valid_before: datetime | None = opt()
    subject_alt_names: tuple[str, ...] | None = opt()
    subject_name: str | None = opt(shared=True)
    extra: Mapping[str, Any] = extra_field()

    @property
    def signing_cert_valid(self) -> bool:
        """Whether the chain had a valid signing certificate for this one.

        The server sends ``hasValidSigningCert`` only when it is ``false`` (seed
        001: the field is implicitly true), so a missing value means valid. The
        raw field stays as sent (``None`` when absent) so that unstructuring gives
        the server's body back.
        """
        return self.has_valid_signing_cert is not False


@attrs.frozen(kw_only=True)
class HttpServer(AgentRound):
    """``web/http-server``: one HTTP fetch with its phase timings."""

    server_ip: str | None = opt(shared=True)
    response_code: int | None = opt()
    num_redirects: int | None = opt()
    redirect_time: int | None = opt()
    dns_time: int | None = opt()
    ssl_time: int | None = opt()
    connect_time: int | None = opt()
    wait_time: int | None = opt()
    receive_time: int | None = opt()
    wire_size: float | None = opt()
    response_time: int | None = opt()
    throughput: int | None = opt()
    total_time: int | None = opt()
    request_headers: str | None = opt()
    response_headers: str | None = opt()
    error_type: str | None = opt(shared=True)
    error_details: str | None = opt()
    ssl_cipher: str | None = opt(shared=True)
    ssl_version: str | None = opt(shared=True)
    ssl_certs: tuple[SslCertificate, ...] | None = opt()


@attrs.frozen(kw_only=True)
class PageLoad(AgentRound):
    """``web/page-load``: one page load."""

    response_time: int | None = opt()
    total_size: int | None = opt()
    num_objects: int | None = opt()
    num_errors: int | None = opt()
    dom_load_time: int | None = opt()
    page_load_time: int | None = opt()


@attrs.frozen(kw_only=True)
class PageLoadDetail(PageLoad):
    """``web/page-load/{testId}/{agentId}/{roundId}``: a page load with its HTTP archive."""

    har: Har | None = opt()


@attrs.frozen(kw_only=True)
class WebTransaction(AgentRound):
    """``web/web-transactions``: one run of a transaction script."""

    component_errors: int | None = opt()
    transaction_time: int | None = opt()
    error_type: str | None = opt(shared=True)
    error_details: str | None = opt()


@attrs.frozen(kw_only=True)
class TransactionMarker:
    """A marker of the transaction script and the time it recorded (ms)."""

    name: str | None = opt()
    # Documented as an integer; the server's examples send fractions.
    duration: float | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TransactionPage:
    """A page the transaction visited."""

    page_num: int | None = opt()
    page_name: str | None = opt()
    component_count: int | None = opt()
    error_count: int | None = opt()
    # Documented as an integer; the server's examples send fractions.
    duration: float | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class WebTransactionDetail(WebTransaction):
    """``web/web-transactions/{testId}/{agentId}/{roundId}``: markers and pages of one run."""

    markers: tuple[TransactionMarker, ...] | None = opt()
    pages: tuple[TransactionPage, ...] | None = opt()


@attrs.frozen(kw_only=True)
class WebTransactionComponents(WebTransactionDetail):
    """``web/web-transactions/.../{pageNum}``: one page of a run with its HTTP archive."""

    har: Har | None = opt()


@attrs.frozen(kw_only=True)
class FtpServer(AgentRound):
    """``web/ftp-server``: one FTP transfer with its phase timings (ms)."""

    server_ip: str | None = opt(shared=True)
    response_code: int | None = opt()
    dns_time: float | None = opt()
    connect_time: float | None = opt()
    negotiation_time: float | None = opt()
    wait_time: float | None = opt()
    response_time: float | None = opt()
    transfer_time: float | None = opt()
    wire_size: float | None = opt()
    throughput: int | None = opt()
    # Documented as an integer; the server's examples send fractions.
    total_time: float | None = opt()
    error_type: str | None = opt(shared=True)
    error_details: str | None = opt()
