"""The library's record streams against the emulator: every record out, none lost,
every field known to the models (a cross-check of the emulator's shapes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
import trio.testing

from thousandeyes_async import AsyncThousandEyesV6
from thousandeyes_async.testing import DEFAULT_START_EPOCH, ThousandEyesEmulator

pytestmark = pytest.mark.anyio
END = datetime.fromtimestamp(DEFAULT_START_EPOCH, tz=UTC)
START = datetime.fromtimestamp(DEFAULT_START_EPOCH - 6 * 3600, tz=UTC)

Stream = Callable[..., Any]
STREAMS: dict[str, Callable[[AsyncThousandEyesV6], Stream]] = {
    "net/metrics/1001": lambda te: lambda **kw: te.net.metrics(1001, **kw),
    "net/path-vis/1001": lambda te: lambda **kw: te.net.path_vis(1001, **kw),
    "net/bgp-metrics/1003": lambda te: lambda **kw: te.net.bgp_metrics(1003, **kw),
    "web/http-server/1004": lambda te: lambda **kw: te.web.http_server(1004, **kw),
    "web/page-load/1005": lambda te: lambda **kw: te.web.page_load(1005, **kw),
    "web/web-transactions/1006": lambda te: lambda **kw: te.web.transactions(1006, **kw),
    "web/ftp-server/1007": lambda te: lambda **kw: te.web.ftp_server(1007, **kw),
    "dns/trace/1008": lambda te: lambda **kw: te.dns.trace(1008, **kw),
    "dns/server/1009": lambda te: lambda **kw: te.dns.server(1009, **kw),
    "dns/dnssec/1010": lambda te: lambda **kw: te.dns.dnssec(1010, **kw),
    "voice/sip-server/1011": lambda te: lambda **kw: te.voice.sip_server(1011, **kw),
    "voice/rtp-stream/1012": lambda te: lambda **kw: te.voice.rtp_stream(1012, **kw),
}


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


@pytest.mark.parametrize("path", sorted(STREAMS))
async def test_stream_yields_the_ground_truth_and_models_know_every_field(path: str) -> None:
    emulator = ThousandEyesEmulator(page_size=5)
    async with emulator.client() as te:
        stream = STREAMS[path](te)
        raw = [record async for record in stream(start=START, end=END, raw=True)]
        structured = [record async for record in stream(start=START, end=END)]
    expected = emulator.expected_records(path, start=START, end=END)
    assert raw == expected
    assert len(structured) == len(expected) > 5
    unknown = {key for record in structured for key in record.extra}
    assert not unknown, f"fields the models do not know: {sorted(unknown)}"


async def test_detail_endpoints_tests_agents_instant_and_snapshots_through_the_library() -> None:
    emulator = ThousandEyesEmulator()
    now = int(DEFAULT_START_EPOCH)
    async with emulator.client() as te:
        tests = {t.test_id: t for t in await te.tests.list()}
        agents = await te.agents.list()
        assert len(tests) == 12
        assert len(agents) == 10
        detail = await te.tests.get(1001)
        assert detail.test_id == 1001

        def round_of(test_id: int) -> int:
            return now - now % tests[test_id].interval

        def agent_of(test_id: int) -> int:
            return emulator.dataset.test(test_id).agent_ids[0]

        bgp_prefix = emulator.dataset.test(1003).prefix_id
        streams = [
            te.net.path_trace(1001, agent_of(1001), round_of(1001)),
            te.net.bgp_routes(1003, bgp_prefix, round_of(1003)),
            te.web.page_load_detail(1005, agent_of(1005), round_of(1005)),
            te.web.transaction_detail(1006, agent_of(1006), round_of(1006)),
            te.web.transaction_components(1006, agent_of(1006), round_of(1006), 0),
        ]
        for stream in streams:
            records = [record async for record in stream]
            assert records
            unknown = {key for record in records for key in record.extra}
            assert not unknown, f"fields the models do not know: {sorted(unknown)}"
        created = await te.instant.run(
            "http-server", testName="now", url="https://example.com", agents=[{"agentId": 101}]
        )
        assert created.type == "http-server"
        assert created.test_name == "now"
        assert created.extra["agents"][0]["agentId"] == 101  # kept, not lost
        day = datetime(2023, 12, 31, tzinfo=UTC)
        snapshot = await te.snapshots.create(1004, "incident", day, day.replace(hour=2))
        assert snapshot.extra == {}
    assert emulator.totals.refused == 0
    assert emulator.totals.unauthorized == 0
