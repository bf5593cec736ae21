"""The 17 test-data endpoints: where each body keeps its records and test metadata."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Generic, TypeVar

import attrs

from .._errors import ResponseDecodeError
from ._converter import converter, decode_error
from ._dns import Dnssec, DnsServer, DnsTrace
from ._net import BgpMetric, BgpRoute, NetMetric, PathTrace, PathVis
from ._voice import RtpStream, SipServer
from ._web import (
    FtpServer,
    HttpServer,
    PageLoad,
    PageLoadDetail,
    WebTransaction,
    WebTransactionComponents,
    WebTransactionDetail,
)

__all__ = ["ENDPOINTS", "Endpoint"]

R = TypeVar("R")


def _object_at(body: Any, key: str, *, endpoint: str, path: str) -> Any:
    if type(body) is not dict:
        raise ResponseDecodeError("expected a JSON object", endpoint=endpoint, path=path)
    return body.get(key)


@attrs.frozen
class Endpoint(Generic[R]):
    """One test-data endpoint of API v6.

    ``path_template`` is relative to ``/v6`` with Python-style placeholders
    (``{test_id}``, ``{agent_id}``, ``{round_id}``, ``{prefix_id}``, ``{page_num}``).
    A body is ``{group: {"test": {...}, records_key: [...]}, "pages": {...}}``.
    """

    name: str
    path_template: str
    group: str
    records_key: str
    record_type: type[R]
    #: Whether the endpoint takes a time range (``window`` or ``from``/``to``).
    windowed: bool

    @property
    def records_path(self) -> str:
        """The JSON path of the records in a body, as error paths name it."""
        return f"{self.group}.{self.records_key}"

    @property
    def test_path(self) -> str:
        """The JSON path of the test metadata in a body (for ``structure_test(path=...)``)."""
        return f"{self.group}.test"

    def records_of(self, body: Mapping[str, Any], *, source: str | None = None) -> list[Any]:
        """The raw record dicts of one page, ``[]`` when the page has none.

        ``source`` names the request in errors (the endpoint's name by default).
        """
        where = source or self.name
        group = _object_at(body, self.group, endpoint=where, path="$")
        if group is None:
            return []
        items = _object_at(group, self.records_key, endpoint=where, path=self.group)
        if items is None:
            return []
        if type(items) is not list:
            raise ResponseDecodeError(
                "expected an array of records", endpoint=where, path=self.records_path
            )
        return items

    def test_of(
        self, body: Mapping[str, Any], *, source: str | None = None
    ) -> Mapping[str, Any] | None:
        """The raw ``test`` metadata of one page, if the page has it."""
        where = source or self.name
        group = _object_at(body, self.group, endpoint=where, path="$")
        if group is None:
            return None
        test = _object_at(group, "test", endpoint=where, path=self.group)
        if test is None:
            return None
        if type(test) is not dict:
            raise ResponseDecodeError(
                "expected the test object", endpoint=where, path=self.test_path
            )
        return test

    def structure(self, items: Sequence[Any], *, source: str, offset: int = 0) -> list[R]:
        """Records from raw dicts; a bad value raises ``ResponseDecodeError`` naming its path.

        ``offset`` is the index of ``items[0]`` in the whole stream (the records of
        earlier pages), so that the path names the record as the caller counts
        them; ``source`` names the request and its page.
        """
        cls = self.record_type
        hook = converter.get_structure_hook(cls)
        out: list[R] = []
        append = out.append
        try:
            for item in items:
                append(hook(item, cls))
        except Exception as exc:
            index = len(out)
            raise decode_error(
                exc,
                endpoint=source,
                path=f"{self.records_path}[{offset + index}]",
                raw=items[index],
            ) from exc
        return out


_ENDPOINTS: tuple[Endpoint[Any], ...] = (
    Endpoint("net.metrics", "net/metrics/{test_id}", "net", "metrics", NetMetric, True),
    Endpoint("net.path_vis", "net/path-vis/{test_id}", "net", "pathVis", PathVis, True),
    Endpoint(
        "net.path_trace",
        "net/path-vis/{test_id}/{agent_id}/{round_id}",
        "net",
        "pathVis",
        PathTrace,
        False,
    ),
    Endpoint("net.bgp_metrics", "net/bgp-metrics/{test_id}", "net", "bgpMetrics", BgpMetric, True),
    Endpoint(
        "net.bgp_routes",
        "net/bgp-routes/{test_id}/{prefix_id}/{round_id}",
        "net",
        "bgpRoutes",
        BgpRoute,
        False,
    ),
    Endpoint("web.http_server", "web/http-server/{test_id}", "web", "httpServer", HttpServer, True),
    Endpoint("web.page_load", "web/page-load/{test_id}", "web", "pageLoad", PageLoad, True),
    Endpoint(
        "web.page_load_detail",
        "web/page-load/{test_id}/{agent_id}/{round_id}",
        "web",
        "pageLoad",
        PageLoadDetail,
        False,
    ),
    Endpoint(
        "web.transactions",
        "web/web-transactions/{test_id}",
        "web",
        "webTransaction",
        WebTransaction,
        True,
    ),
    Endpoint(
        "web.transaction_detail",
        "web/web-transactions/{test_id}/{agent_id}/{round_id}",
        "web",
        "webTransaction",
        WebTransactionDetail,
        False,
    ),
    Endpoint(
        "web.transaction_components",
        "web/web-transactions/{test_id}/{agent_id}/{round_id}/{page_num}",
        "web",
        "webTransaction",
        WebTransactionComponents,
        False,
    ),
    Endpoint("web.ftp_server", "web/ftp-server/{test_id}", "web", "ftpServer", FtpServer, True),
    Endpoint("dns.trace", "dns/trace/{test_id}", "dns", "trace", DnsTrace, True),
    # With a server id the path is "dns/server/{test_id}/{server_id}".
    Endpoint("dns.server", "dns/server/{test_id}", "dns", "server", DnsServer, True),
    Endpoint("dns.dnssec", "dns/dnssec/{test_id}", "dns", "dnssec", Dnssec, True),
    Endpoint(
        "voice.sip_server", "voice/sip-server/{test_id}", "voice", "sipMetrics", SipServer, True
    ),
    Endpoint("voice.rtp_stream", "voice/rtp-stream/{test_id}", "voice", "metrics", RtpStream, True),
)

#: The test-data endpoints by name (``"net.metrics"``, ...), in the documentation's order.
ENDPOINTS: Mapping[str, Endpoint[Any]] = MappingProxyType(
    {endpoint.name: endpoint for endpoint in _ENDPOINTS}
)
