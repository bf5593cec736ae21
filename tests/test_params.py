"""Parameters reach the wire as seed 001 says, and bad ones never leave the client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import respx

from thousandeyes_async import AsyncThousandEyesV6, Priority
from thousandeyes_async._pagination import RecordStream
from thousandeyes_async.ratelimit import Permit, RequestInfo
from thousandeyes_async.resources import Direction

V6 = "https://api.thousandeyes.com/v6"
EMPTY = {"pages": {"current": 1}}


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        yield mock


def answer_empty(router: respx.MockRouter) -> None:
    """Every other request gets an empty last page (added last: earlier routes win)."""
    router.route(url__startswith=V6).mock(return_value=httpx.Response(200, json=EMPTY))


async def sent(router: respx.MockRouter, stream: RecordStream[Any]) -> httpx.Request:
    answer_empty(router)
    assert [record async for record in stream] == []
    assert len(router.calls) == 1
    request: httpx.Request = router.calls[0].request
    return request


def params_of(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


# -- time ranges -----------------------------------------------------------------

WINDOWED: list[tuple[str, Callable[..., RecordStream[Any]]]] = [
    ("net/metrics/1", lambda te, **kw: te.net.metrics(1, **kw)),
    ("net/path-vis/1", lambda te, **kw: te.net.path_vis(1, **kw)),
    ("net/bgp-metrics/1", lambda te, **kw: te.net.bgp_metrics(1, **kw)),
    ("web/http-server/1", lambda te, **kw: te.web.http_server(1, **kw)),
    ("web/page-load/1", lambda te, **kw: te.web.page_load(1, **kw)),
    ("web/web-transactions/1", lambda te, **kw: te.web.transactions(1, **kw)),
    ("web/ftp-server/1", lambda te, **kw: te.web.ftp_server(1, **kw)),
    ("dns/trace/1", lambda te, **kw: te.dns.trace(1, **kw)),
    ("dns/server/1", lambda te, **kw: te.dns.server(1, **kw)),
    ("dns/server/1/465", lambda te, **kw: te.dns.server(1, 465, **kw)),
    ("dns/dnssec/1", lambda te, **kw: te.dns.dnssec(1, **kw)),
    ("voice/sip-server/1", lambda te, **kw: te.voice.sip_server(1, **kw)),
    ("voice/rtp-stream/1", lambda te, **kw: te.voice.rtp_stream(1, **kw)),
]
WINDOWED_IDS = [path for path, _ in WINDOWED]

PER_ROUND: list[tuple[str, Callable[..., RecordStream[Any]]]] = [
    ("net/path-vis/1/2/300", lambda te, **kw: te.net.path_trace(1, 2, 300, **kw)),
    ("net/bgp-routes/1/2/300", lambda te, **kw: te.net.bgp_routes(1, 2, 300, **kw)),
    ("web/page-load/1/2/300", lambda te, **kw: te.web.page_load_detail(1, 2, 300, **kw)),
    ("web/web-transactions/1/2/300", lambda te, **kw: te.web.transaction_detail(1, 2, 300, **kw)),
    (
        "web/web-transactions/1/2/300/0",
        lambda te, **kw: te.web.transaction_components(1, 2, 300, 0, **kw),
    ),
]
PER_ROUND_IDS = [path for path, _ in PER_ROUND]


@pytest.mark.asyncio
@pytest.mark.parametrize(("path", "call"), WINDOWED, ids=WINDOWED_IDS)
async def test_window_reaches_the_wire(
    client: AsyncThousandEyesV6, router: respx.MockRouter, path: str, call: Any
) -> None:
    request = await sent(router, call(client, window="1d"))
    assert request.url.path == f"/v6/{path}"
    assert params_of(request) == {"window": "1d"}


@pytest.mark.asyncio
@pytest.mark.parametrize(("path", "call"), WINDOWED, ids=WINDOWED_IDS)
async def test_from_and_to_reach_the_wire_in_utc(
    client: AsyncThousandEyesV6, router: respx.MockRouter, path: str, call: Any
) -> None:
    start = datetime(2024, 3, 1, 14, 0, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))
    end = datetime(2024, 3, 2, tzinfo=UTC)
    request = await sent(router, call(client, start=start, end=end))
    assert params_of(request) == {"from": "2024-03-01T14:00:00", "to": "2024-03-02T00:00:00"}


@pytest.mark.asyncio
async def test_from_alone_and_no_range_at_all(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    await sent(router, client.net.metrics(1, start=datetime(2024, 3, 1, tzinfo=UTC)))
    await sent_again(router, client.net.metrics(1))
    assert params_of(router.calls[0].request) == {"from": "2024-03-01T00:00:00"}
    assert params_of(router.calls[1].request) == {}


async def sent_again(router: respx.MockRouter, stream: RecordStream[Any]) -> None:
    assert [record async for record in stream] == []


@pytest.mark.asyncio
@pytest.mark.parametrize(("path", "call"), PER_ROUND, ids=PER_ROUND_IDS)
async def test_per_round_endpoints_take_no_time_range(
    client: AsyncThousandEyesV6, router: respx.MockRouter, path: str, call: Any
) -> None:
    with pytest.raises(TypeError):
        call(client, window="1d")
    request = await sent(router, call(client))
    assert request.url.path == f"/v6/{path}"
    assert params_of(request) == {}


# -- account groups -----------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize(("path", "call"), WINDOWED + PER_ROUND, ids=WINDOWED_IDS + PER_ROUND_IDS)
async def test_aid_reaches_the_wire(
    client: AsyncThousandEyesV6, router: respx.MockRouter, path: str, call: Any
) -> None:
    request = await sent(router, call(client, account_group_id=75))
    assert params_of(request)["aid"] == "75"


@pytest.mark.asyncio
async def test_the_clients_account_group_is_the_default_and_can_be_overridden(
    router: respx.MockRouter,
) -> None:
    async with AsyncThousandEyesV6(token="t0ken-for-a-test", account_group_id=11) as te:
        await sent(router, te.net.metrics(1))
        await sent_again(router, te.net.metrics(1, account_group_id=22))
    assert [r.request.url.params["aid"] for r in router.calls] == ["11", "22"]


# -- direction, headers, certificates ----------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("direction", ["FROM_TARGET", "TO_TARGET", "BIDIRECTIONAL"])
async def test_metrics_direction(
    client: AsyncThousandEyesV6, router: respx.MockRouter, direction: str
) -> None:
    request = await sent(router, client.net.metrics(1, direction=direction, window="1h"))
    assert params_of(request) == {"window": "1h", "direction": direction}


@pytest.mark.asyncio
@pytest.mark.parametrize("direction", [Direction.FROM_TARGET, Direction.TO_TARGET])
async def test_path_vis_direction(
    client: AsyncThousandEyesV6, router: respx.MockRouter, direction: Direction
) -> None:
    request = await sent(router, client.net.path_vis(1, direction=direction))
    assert params_of(request) == {"direction": direction.value}


@pytest.mark.asyncio
@pytest.mark.parametrize("direction", ["TO_TARGET", "FROM_TARGET", Direction.BIDIRECTIONAL])
async def test_path_trace_direction(
    client: AsyncThousandEyesV6, router: respx.MockRouter, direction: str
) -> None:
    request = await sent(router, client.net.path_trace(1, 2, 300, direction=direction))
    assert params_of(request) == {"direction": str(direction)}


@pytest.mark.parametrize(
    ("call", "error"),
    [
        # Seed 001: path visualization has no BIDIRECTIONAL.
        (lambda te: te.net.path_vis(1, direction="BIDIRECTIONAL"), ValueError),
        (lambda te: te.net.metrics(1, direction="to_target"), ValueError),
        (lambda te: te.net.metrics(1, direction="SIDEWAYS"), ValueError),
        (lambda te: te.net.path_trace(1, 2, 3, direction=1), TypeError),
    ],
)
def test_a_direction_the_endpoint_does_not_take_is_refused(
    router: respx.MockRouter, call: Any, error: type[Exception]
) -> None:
    te = AsyncThousandEyesV6(token="t0ken-for-a-test")
    with pytest.raises(error, match="direction"):
        call(te)
    assert router.calls.call_count == 0


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, {}),
        ({"headers": True}, {"headers": "1"}),
        ({"certificates": True}, {"certificates": "1"}),
        ({"headers": True, "certificates": True}, {"headers": "1", "certificates": "1"}),
        ({"headers": False, "certificates": False}, {}),
    ],
)
async def test_http_server_headers_and_certificates(
    client: AsyncThousandEyesV6,
    router: respx.MockRouter,
    kwargs: dict[str, bool],
    expected: dict[str, str],
) -> None:
    request = await sent(router, client.web.http_server(817, **kwargs))
    assert params_of(request) == expected


@pytest.mark.asyncio
async def test_flags_survive_onto_the_next_page(
    client: AsyncThousandEyesV6, router: respx.MockRouter
) -> None:
    # Should a next link leave them out, the records of page 2 would lose their certificates.
    next_url = f"{V6}/web/http-server/817?from=2024-03-01T00:00:00&to=2024-03-02T00:00:00&p=2"
    router.get(f"{V6}/web/http-server/817", params={"window": "1d"}).mock(
        return_value=httpx.Response(200, json={"pages": {"current": 1, "next": next_url}})
    )
    answer_empty(router)
    stream = client.web.http_server(
        817, headers=True, certificates=True, window="1d", account_group_id=75
    )
    assert [r async for r in stream] == []
    second = router.calls[1].request
    assert params_of(second) == {
        "from": "2024-03-01T00:00:00",
        "to": "2024-03-02T00:00:00",
        "p": "2",
        "headers": "1",
        "certificates": "1",
        "aid": "75",
    }


# -- refused before any request ------------------------------------------------------

NOW = datetime(2024, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda te: te.net.metrics(0), ValueError, "test_id"),
        (lambda te: te.net.metrics(-4), ValueError, "test_id"),
        (lambda te: te.net.metrics("817"), TypeError, "test_id"),
        (lambda te: te.net.metrics(True), TypeError, "test_id"),
        (lambda te: te.net.path_trace(1, 0, 300), ValueError, "agent_id"),
        (lambda te: te.net.path_trace(1, 2, -300), ValueError, "round_id"),
        (lambda te: te.net.bgp_routes(1, 0, 300), ValueError, "prefix_id"),
        (lambda te: te.web.transaction_components(1, 2, 300, -1), ValueError, "page_num"),
        (lambda te: te.dns.server(1, 0), ValueError, "server_id"),
        (lambda te: te.net.metrics(1, window="1d", start=NOW), ValueError, "window"),
        (lambda te: te.net.metrics(1, end=NOW), ValueError, "start"),
        (lambda te: te.net.metrics(1, window="ten days"), ValueError, "malformed window"),
        # Refused before sending: today these reach the wire as 12h%0A, 1-01-01T..., a
        # 31-digit id, and a window the server cannot serve.
        (lambda te: te.net.metrics(1, window="12h\n"), ValueError, "malformed window"),
        (lambda te: te.net.metrics(1, start=datetime(1, 1, 1, tzinfo=UTC)), ValueError, "1970"),
        (
            lambda te: te.net.metrics(1, start=datetime(1969, 12, 31, 23, 59, tzinfo=UTC)),
            ValueError,
            "1970",
        ),
        (lambda te: te.net.metrics(10**30), ValueError, "test_id must be below 2\\*\\*63"),
        (lambda te: te.net.metrics(2**63), ValueError, "test_id"),
        (lambda te: te.net.path_trace(1, 2**64, 300), ValueError, "agent_id"),
        (lambda te: te.net.metrics(1, window="999999d"), ValueError, "longer than 3660 days"),
        (lambda te: te.net.metrics(1, account_group_id=2**63), ValueError, "account_group_id"),
        (lambda te: te.net.metrics(1, start=NOW.replace(tzinfo=None)), ValueError, "aware"),
        (lambda te: te.net.metrics(1, start=NOW, end=NOW - timedelta(1)), ValueError, "before"),
        (lambda te: te.net.metrics(1, account_group_id=0), ValueError, "account_group_id"),
        (lambda te: te.web.http_server(1, headers=1), TypeError, "headers"),
        (lambda te: te.web.http_server(1, certificates="yes"), TypeError, "certificates"),
        (lambda te: te.net.metrics(1, raw="yes"), TypeError, "raw"),
        (lambda te: te.net.metrics(1, prefetch=None), TypeError, "prefetch"),
        (lambda te: te.net.metrics(1, priority=7), ValueError, "Priority"),
        # Options pass through **options: a misspelt one, or a time range on a per-round
        # endpoint, is refused as Python would refuse an unknown keyword.
        (lambda te: te.net.metrics(1, windw="1d"), TypeError, "metrics.*windw"),
        (lambda te: te.net.path_trace(1, 2, 300, window="1d"), TypeError, "path_trace.*window"),
        (lambda te: te.web.page_load_detail(1, 2, 300, start=NOW), TypeError, "start"),
    ],
)
def test_bad_arguments_are_refused_when_the_stream_is_made(
    router: respx.MockRouter, call: Any, error: type[Exception], match: str
) -> None:
    te = AsyncThousandEyesV6(token="t0ken-for-a-test")
    with pytest.raises(error, match=match):
        call(te)
    assert router.calls.call_count == 0


# -- priority ------------------------------------------------------------------------


class RecordingLimiter:
    def __init__(self) -> None:
        self.seen: list[tuple[RequestInfo, Priority]] = []

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        self.seen.append((request, priority))
        return _Permit()


class _Permit:
    def mark_sent(self) -> None:
        return None

    async def settle(self, response: httpx.Response | None) -> bool:
        return False


@pytest.mark.asyncio
async def test_priority_and_pagination_reach_the_limiter(router: respx.MockRouter) -> None:
    next_url = f"{V6}/net/metrics/1?from=2024-03-01T00:00:00&to=2024-03-02T00:00:00&p=2"
    router.get(f"{V6}/net/metrics/1", params={"window": "1d"}).mock(
        return_value=httpx.Response(200, json={"pages": {"current": 1, "next": next_url}})
    )
    answer_empty(router)
    limiter = RecordingLimiter()
    async with AsyncThousandEyesV6(token="t0ken-for-a-test", limiter=limiter) as te:
        stream = te.net.metrics(1, window="1d", raw=True, priority=Priority.BULK)
        assert [r async for r in stream] == []
        await sent_again(router, te.net.metrics(1))
    assert limiter.seen == [
        (RequestInfo("GET", "net/metrics/1", paginated=False, api_version="v6"), Priority.BULK),
        (RequestInfo("GET", "net/metrics/1", paginated=True, api_version="v6"), Priority.BULK),
        (
            RequestInfo("GET", "net/metrics/1", paginated=False, api_version="v6"),
            Priority.INTERACTIVE,
        ),
    ]
