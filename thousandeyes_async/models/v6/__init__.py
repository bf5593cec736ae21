"""The v6 records: one frozen attrs class per record kind of the v6 API.

Beside :mod:`thousandeyes_async.models.v7`, so that both versions' classes have a
home of their own (``from thousandeyes_async.models.v6 import NetMetric``).
``ENDPOINTS`` maps each test-data endpoint to its record class.
"""

from .._admin import Agent, ApiLink, InstantTest, Snapshot, Test, TestDnsServer, TestInfo
from .._base import AgentRound
from .._dns import Dnssec, DnsServer, DnsTrace
from .._endpoints import ENDPOINTS, Endpoint
from .._har import (
    Har,
    HarContent,
    HarCreator,
    HarEntry,
    HarHeader,
    HarLog,
    HarPage,
    HarPageTimings,
    HarRequest,
    HarResponse,
    HarTimings,
)
from .._net import (
    BgpHop,
    BgpMetric,
    BgpRoute,
    NetMetric,
    PathEndpoint,
    PathHop,
    PathRoute,
    PathTrace,
    PathVis,
)
from .._voice import RtpStream, SipServer
from .._web import (
    FtpServer,
    HttpServer,
    PageLoad,
    PageLoadDetail,
    SslCertificate,
    TransactionMarker,
    TransactionPage,
    WebTransaction,
    WebTransactionComponents,
    WebTransactionDetail,
)

__all__ = [
    "ENDPOINTS",
    "Agent",
    "AgentRound",
    "ApiLink",
    "BgpHop",
    "BgpMetric",
    "BgpRoute",
    "DnsServer",
    "DnsTrace",
    "Dnssec",
    "Endpoint",
    "FtpServer",
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
    "HttpServer",
    "InstantTest",
    "NetMetric",
    "PageLoad",
    "PageLoadDetail",
    "PathEndpoint",
    "PathHop",
    "PathRoute",
    "PathTrace",
    "PathVis",
    "RtpStream",
    "SipServer",
    "Snapshot",
    "SslCertificate",
    "Test",
    "TestDnsServer",
    "TestInfo",
    "TransactionMarker",
    "TransactionPage",
    "WebTransaction",
    "WebTransactionComponents",
    "WebTransactionDetail",
]
