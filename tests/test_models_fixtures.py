"""Every example body of the test-data documentation structures into its records.

The fixtures are the documentation's example bodies, repaired into valid JSON
(missing commas added, ``...`` elisions and ``"apiLinks": [...]`` removed).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from thousandeyes_async.models import structure_record, structure_test, unstructure
from thousandeyes_async.models.v6 import (
    ENDPOINTS,
    ApiLink,
    BgpHop,
    BgpMetric,
    BgpRoute,
    Dnssec,
    DnsServer,
    DnsTrace,
    FtpServer,
    Har,
    HarHeader,
    HttpServer,
    NetMetric,
    PageLoad,
    PageLoadDetail,
    PathEndpoint,
    PathTrace,
    PathVis,
    RtpStream,
    SipServer,
    SslCertificate,
    Test,
    TestDnsServer,
    WebTransaction,
    WebTransactionComponents,
    WebTransactionDetail,
)

FIXTURES = Path(__file__).parent / "fixtures"


def json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def body_of(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def records_of(name: str) -> list[Any]:
    endpoint = ENDPOINTS[name]
    return endpoint.structure(endpoint.records_of(body_of(name)), source=name)


def test_every_endpoint_has_a_fixture() -> None:
    assert sorted(path.stem for path in FIXTURES.glob("*.json")) == sorted(ENDPOINTS)


@pytest.mark.parametrize("name", list(ENDPOINTS))
def test_fixture_round_trips_to_the_same_keys_and_values(name: str) -> None:
    endpoint = ENDPOINTS[name]
    body = body_of(name)
    raw = endpoint.records_of(body)
    records = endpoint.structure(raw, source=name)
    assert records, "every example has at least one record"
    assert all(type(record) is endpoint.record_type for record in records)
    # Every field of the examples is a typed field: nothing fell into extra.
    assert all(not record.extra for record in records)
    # As JSON text: == would take 3 for 3.0 and 1 for true.
    assert json_text([unstructure(record) for record in records]) == json_text(raw)
    test = endpoint.test_of(body)
    assert test is not None
    assert json_text(unstructure(structure_test(test, endpoint=name))) == json_text(test)


def test_net_metrics() -> None:
    (metric,) = records_of("net.metrics")
    assert metric == NetMetric(
        agent_id=12,
        agent_name="Hong Kong",
        country_id="HK",
        date=utc("2013-11-13 02:33:05"),
        round_id=1384309800,
        permalink="https://app.thousandeyes.com/net/metrics?__a=75&testId=817&roundId=1384309800&serverId=71&agentId=12",
        server_ip="50.18.127.223",
        server="www.thousandeyes.com:80",
        loss=0.0,
        min_latency=167.0,
        max_latency=168.0,
        avg_latency=167.04,
        jitter=0.076808,
    )


def test_net_metrics_test_metadata() -> None:
    test = structure_test(ENDPOINTS["net.metrics"].test_of(body_of("net.metrics")))
    assert test.test_id == 817
    assert test.test_name == "http://www.thousandeyes.com"
    assert test.type == "http-server"
    assert test.interval == 900
    assert test.enabled is True
    assert test.network_measurements is True
    assert test.created_date == utc("2012-06-28 19:33:12")
    assert test.modified_date == utc("2013-05-11 02:02:21")
    assert test.created_by == "API Sandbox User (noreply@thousandeyes.com)"
    assert test.api_links is None


def test_net_path_vis() -> None:
    (path_vis,) = records_of("net.path_vis")
    assert isinstance(path_vis, PathVis)
    assert path_vis.agent_id == 12
    assert path_vis.round_id == 1384310700
    assert path_vis.source_ip == "123.103.248.179"
    assert path_vis.source_prefix == "123.103.248.0/24"
    assert path_vis.endpoints is not None
    assert [endpoint.path_id for endpoint in path_vis.endpoints] == [
        "6537222451557817610263112715264",
        "6537222451557817610263112715265",
        "6537222451557817610263112715266",
    ]
    assert path_vis.endpoints[0] == PathEndpoint(
        number_of_hops=16,
        ip_address="50.18.127.223",
        response_time=167,
        path_id="6537222451557817610263112715264",
    )


def test_net_path_trace() -> None:
    (trace,) = records_of("net.path_trace")
    assert isinstance(trace, PathTrace)
    assert trace.agent_id == 146
    assert trace.round_id == 1383887700
    assert trace.direction is None
    assert trace.routes is not None
    assert len(trace.routes) == 3
    first = trace.routes[0]
    assert first.path_id == "6535224890535563750337719341569"
    assert first.hops is not None
    assert [hop.hop for hop in first.hops] == [4, 5, 6, 7, 8, 9, 10, 11, 16]
    assert first.hops[3].mpls == "L=399088,E=0,S=1,T=1"
    assert first.hops[3].network == "NTT America, Inc. (AS 2914)"
    assert first.hops[5].rdns is None  # hop 9 has no reverse DNS
    assert first.hops[-1].location == "San Francisco Area"
    assert trace.routes[1].hops is None  # elided in the documentation


def test_net_bgp_metrics() -> None:
    (metric,) = records_of("net.bgp_metrics")
    assert metric == BgpMetric(
        monitor_id=45,
        prefix_id=215,
        round_id=1384314300,
        monitor_name="Vancouver, Canada - Bell Canada (AS 6539)",
        country_id="CA",
        date=utc("2013-11-13 03:45:00"),
        permalink="https://app.thousandeyes.com/net/bgp-vis?__a=75&testId=817&roundId=1384314300&prefixId=215",
        prefix="50.16.0.0/14",
        updates=0.0,
        path_changes=0.0,
        reachability=100.0,
    )


def test_net_bgp_routes() -> None:
    (route,) = records_of("net.bgp_routes")
    assert isinstance(route, BgpRoute)
    assert route.active is True
    assert route.monitor_name == "Calgary, Canada - Telus (AS 852)"
    assert route.hops == (
        BgpHop(asn=852, as_name="Telus Advanced Communications"),
        BgpHop(asn=15169, as_name="Google Inc."),
    )
    test = structure_test(ENDPOINTS["net.bgp_routes"].test_of(body_of("net.bgp_routes")))
    assert test.test_id == 1137
    assert test.type == "network"
    assert test.bgp_measurements is True
    assert test.mtu_measurements is False


def test_web_http_server_with_certificates() -> None:
    (result,) = records_of("web.http_server")
    assert isinstance(result, HttpServer)
    assert result.agent_id == 53279
    assert result.response_code == 200
    assert result.num_redirects == 1
    assert result.redirect_time == 10
    assert result.ssl_time == 9
    assert result.wire_size == 9993.0
    assert result.ssl_cipher == "ECDHE-RSA-AES128-GCM-SHA256"
    assert result.ssl_version == "TLSv1.2"
    assert result.request_headers is not None
    assert result.request_headers.startswith("GET / HTTP/1.1\r\nHost: www.thousandeyes.com\r\n")
    assert result.ssl_certs is not None
    leaf, intermediate, root = result.ssl_certs
    assert leaf.days_until_expiry == 7
    assert leaf.fetch_date_in_valid_cert_date_range is True
    assert leaf.has_valid_signing_cert is None
    # Seed 001: implicitly true, sent only when false.
    assert [cert.signing_cert_valid for cert in result.ssl_certs] == [True, True, True]
    assert leaf.not_valid_after == utc("2020-05-12 12:00:00")
    assert leaf.not_valid_before == utc("2018-03-27 00:00:00")
    assert leaf.subject_alt_names == ("www.thousandeyes.com", "thousandeyes.com")
    assert intermediate.subject_alt_names is None
    assert root.subject_name == "DigiCert High Assurance EV Root CA"
    test = structure_test(ENDPOINTS["web.http_server"].test_of(body_of("web.http_server")))
    assert test.api_links is not None
    assert test.api_links[0] == ApiLink(
        href="https://api.thousandeyes.com/v6/tests/817", rel="self"
    )
    assert test.verify_certificate is True
    assert test.use_ntlm is False
    assert test.ipv6_policy == "USE_AGENT_POLICY"


def test_a_certificate_without_a_valid_signer_says_so_and_round_trips() -> None:
    raw = {"subjectName": "www.example.com", "hasValidSigningCert": False}
    cert = structure_record(raw, SslCertificate)
    assert cert.signing_cert_valid is False
    assert cert.has_valid_signing_cert is False
    assert unstructure(cert) == raw
    absent = structure_record({"subjectName": "www.example.com"}, SslCertificate)
    assert absent.signing_cert_valid is True
    assert unstructure(absent) == {"subjectName": "www.example.com"}


def test_web_page_load() -> None:
    (page,) = records_of("web.page_load")
    assert page == PageLoad(
        agent_id=12,
        agent_name="Kwai Chung, Hong Kong",
        country_id="HK",
        date=utc("2018-07-12 14:00:24"),
        round_id=1531404000,
        response_time=34,
        total_size=403301,
        num_objects=17,
        num_errors=0,
        dom_load_time=352,
        page_load_time=352,
        permalink="https://app.thousandeyes.com/web/page-load?__a=75&testId=818&roundId=1531404000&agentId=12",
    )
    test = structure_test(ENDPOINTS["web.page_load"].test_of(body_of("web.page_load")))
    assert test.page_load_time_limit == 30
    assert test.ssl_version == "Auto"


def test_web_page_load_detail_har() -> None:
    (detail,) = records_of("web.page_load_detail")
    assert isinstance(detail, PageLoadDetail)
    assert detail.page_load_time == 504
    assert isinstance(detail.har, Har)
    log = detail.har.log
    assert log is not None
    assert log.version == "1.2"
    assert log.creator is not None
    assert log.creator.name == "ThousandEyes DB Exporter"
    assert log.entries is not None
    (entry,) = log.entries
    assert entry.server_ip_address == "2404:6800:4005:80d::2004"
    assert entry.started_date_time == "2018-07-12T16:00:26.948Z"
    assert entry.time == 37.0
    assert entry.timings is not None
    assert entry.timings.dns == -1.0
    assert entry.timings.wait == 28.0
    assert entry.request is not None
    assert entry.request.method == "GET"
    assert entry.response is not None
    assert entry.response.status == 302
    assert entry.response.status_text == "FOUND"
    assert entry.response.redirect_url == ""
    assert entry.response.headers == (HarHeader(name="Cache-Control", value="private"),)
    assert entry.response.content is not None
    assert entry.response.content.mime_type == "text/html"
    assert log.pages is not None
    (page,) = log.pages
    assert page.id == "page_0"
    assert page.page_timings is not None
    assert page.page_timings.on_load == 504.0
    assert page.page_timings.on_content_load == 344.0


def test_web_transactions() -> None:
    ok, failed = records_of("web.transactions")
    assert isinstance(ok, WebTransaction)
    assert ok.transaction_time == 2379
    assert ok.component_errors == 5
    assert ok.error_type is None
    assert failed.transaction_time is None
    assert failed.error_type == "OTHER"
    assert failed.error_details is not None
    assert failed.error_details.startswith("TimeoutError: Waiting for title")
    test = structure_test(ENDPOINTS["web.transactions"].test_of(body_of("web.transactions")))
    assert test.transaction_script is not None
    assert "markers.start('SearchForWebdriver')" in test.transaction_script
    assert test.extra == {"credentials": []}


def test_web_transaction_detail() -> None:
    (detail,) = records_of("web.transaction_detail")
    assert isinstance(detail, WebTransactionDetail)
    assert detail.transaction_time == 2341
    assert detail.markers is not None
    assert detail.markers[0].name == "SearchForWebdriver"
    assert detail.markers[0].duration == 1360.0
    assert detail.pages is not None
    assert [(page.page_num, page.page_name) for page in detail.pages] == [
        (0, "Google"),
        (1, "webdriver - Google Search"),
    ]
    assert detail.pages[0].duration == 1117.5660001039505


def test_web_transaction_components() -> None:
    (components,) = records_of("web.transaction_components")
    assert isinstance(components, WebTransactionComponents)
    assert components.har is not None
    assert components.har.log is not None
    assert components.har.log.entries is not None
    first, second = components.har.log.entries
    assert first.response is not None
    assert first.response.status == 301
    assert first.request is not None
    assert first.request.headers is not None
    assert first.request.headers[0] == HarHeader(name=":authority", value="google.com")
    assert second.server_ip_address == "172.217.4.196"
    assert second.timings is not None
    assert second.timings.receive == 58.0
    assert components.pages is not None
    assert len(components.pages) == 2


def test_web_ftp_server() -> None:
    (result,) = records_of("web.ftp_server")
    assert isinstance(result, FtpServer)
    assert result.response_code == 226
    assert result.connect_time == 50.153
    assert result.negotiation_time == 503.413
    assert result.total_time == 705.554
    assert result.throughput == 222019
    assert result.wire_size == 22172.0
    test = structure_test(ENDPOINTS["web.ftp_server"].test_of(body_of("web.ftp_server")))
    assert test.extra["requestType"] == "List"
    assert test.extra["username"] == "anonymous"


def test_dns_trace() -> None:
    (trace,) = records_of("dns.trace")
    assert isinstance(trace, DnsTrace)
    assert trace.agent_name == "São Paulo, Brazil"
    assert trace.round_id is None  # the example leaves it out
    assert trace.queries == 3
    assert trace.failed_queries == 0
    assert trace.final_server_queried == "a1.verisigndns.com."
    assert trace.final_query_time == 178
    assert trace.mappings == "208.185.7.120"
    assert trace.output is not None
    assert trace.output.startswith("com.\t172800\tIN\tNS\ta.gtld-servers.net.\n")


def test_dns_server() -> None:
    (server,) = records_of("dns.server")
    assert isinstance(server, DnsServer)
    assert server.server_id == 465
    assert server.server == "a1.verisigndns.com."
    assert server.resolution_time == 3
    assert server.mappings is not None
    assert server.mappings.endswith("(TXT)")
    test = structure_test(ENDPOINTS["dns.server"].test_of(body_of("dns.server")))
    assert test.dns_servers == (TestDnsServer(server_id=465, server_name="a1.verisigndns.com."),)
    assert test.dns_query_class == "IN"


def test_dns_dnssec() -> None:
    (result,) = records_of("dns.dnssec")
    assert result == Dnssec(
        agent_id=12,
        agent_name="Hong Kong",
        country_id="HK",
        date=utc("2013-11-13 04:30:01"),
        round_id=1384317000,
        valid=False,
        permalink="https://app.thousandeyes.com/dns/dnssec?__a=75&testId=822&roundId=1384317000&agentId=12",
        error_details="No DNSSEC public key(s) for thousandeyes.com A",
    )


def test_voice_sip_server() -> None:
    results = records_of("voice.sip_server")
    assert [result.agent_id for result in results] == [9765, 14410, 34, 9765]
    first = results[0]
    assert isinstance(first, SipServer)
    assert first.availability == 100.0
    assert first.register_time == 21
    assert first.options_time == 13
    assert first.total_time == 40
    assert first.error_type == "None"
    assert first.options_response is not None
    assert first.options_response.startswith("SIP/2.0 401 Unauthorized\r\n")
    test = structure_test(ENDPOINTS["voice.sip_server"].test_of(body_of("voice.sip_server")))
    assert test.type == "sip-server"
    assert test.extra["sipRegistrar"] == "voice.sfo2.notarealco.com"


def test_voice_rtp_stream() -> None:
    (stream,) = records_of("voice.rtp_stream")
    assert isinstance(stream, RtpStream)
    assert stream.dscp == 46
    assert stream.dscp_name == "EF (DSCP 46)"
    assert stream.mos == 4.351024
    assert stream.codec_max_mos == 4.41
    assert stream.discards == 0.0
    assert stream.latency == 103
    assert stream.pdv == 1.0
    test = structure_test(ENDPOINTS["voice.rtp_stream"].test_of(body_of("voice.rtp_stream")))
    assert isinstance(test, Test)
    assert test.extra["dscp"] == "EF (DSCP 46)"
    assert test.extra["targetAgentId"] == 8641
