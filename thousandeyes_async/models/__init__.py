"""Typed records of the test-data endpoints, and the converter that builds them.

Every record is a frozen attrs class with snake_case attributes. Keys the typed
fields cannot hold (fields the server added, explicit nulls) are kept in the
record's ``extra`` mapping, so :func:`unstructure` gives the server's body back.
"""

from ._admin import (
    Agent,
    ApiLink,
    InstantTest,
    Snapshot,
    Test,
    TestDnsServer,
    TestInfo,
    structure_agents,
    structure_instant_test,
    structure_snapshot,
    structure_test,
    structure_tests,
)
from ._base import AgentRound
from ._converter import converter, format_datetime, structure_record, unstructure
from ._dns import Dnssec, DnsServer, DnsTrace
from ._endpoints import ENDPOINTS, Endpoint
from ._har import (
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
from ._net import (
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
from ._voice import RtpStream, SipServer
from ._web import (
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
    "converter",
    "format_datetime",
    "structure_agents",
    "structure_instant_test",
    "structure_record",
    "structure_snapshot",
    "structure_test",
    "structure_tests",
    "unstructure",
]
