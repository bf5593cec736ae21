"""A two-hour export on five-minute OAuth2 tokens, against the emulator, in virtual time."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path
from typing import Any

import anyio
import pytest
import trio.testing

from thousandeyes_async import OAuth2ClientCredentials, RefreshingBearer
from thousandeyes_async.export import (
    Exporter,
    ExportPlan,
    TestRef,
    TimeRange,
    make_sink,
    parse_data_kinds,
)
from thousandeyes_async.testing import DataSpec, OAuthClient, RateLimits, ThousandEyesEmulator

END = 1_704_067_200
SPEC = DataSpec(seed=11, tests=12, agents=6, agents_per_test=1, intervals=(3600,))
CLIENT = OAuthClient("bulk-exporter", "oauth-secret-77c1-Zq", token_lifetime=300)
MARGIN = 60.0


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator() -> ThousandEyesEmulator:
    # 5 requests a minute: the export below (672 pages) needs over two hours of them.
    return ThousandEyesEmulator(
        data=SPEC,
        page_size=50,
        oauth_clients=[CLIENT],
        limits=RateLimits(organization=5, window_seconds=60),
    )


def _credential(emulator: ThousandEyesEmulator) -> RefreshingBearer:
    provider = OAuth2ClientCredentials(emulator.token_url, CLIENT.client_id, CLIENT.client_secret)
    return RefreshingBearer(provider, refresh_margin=MARGIN)


async def _export(
    emulator: ThousandEyesEmulator, out: Path, concurrency: int, *, revoke_at: float | None = None
) -> tuple[Any, RefreshingBearer]:
    credential = _credential(emulator)
    async with emulator.client(auth=credential, max_retries=10) as te:
        body = await te.request("GET", "tests")
        tests = [TestRef(t["testId"], t["type"], t["testName"]) for t in body["test"]]
        plan = ExportPlan.build(
            tests, parse_data_kinds("net.metrics"), TimeRange(END - 7 * 86400, END), slice="2h"
        )
        # A checkpoint every ten virtual minutes, not every few seconds: these tests are
        # about tokens, and each checkpoint is a rename the disk must order.
        exporter = Exporter(
            te,
            plan,
            make_sink("jsonl"),
            out,
            max_concurrency=concurrency,
            checkpoint_interval=600,
        )
        result: list[Any] = []

        async def revoke_later(delay: float) -> None:
            await anyio.sleep(delay)
            assert emulator.revoke_tokens() == 1

        async with anyio.create_task_group() as tg:
            if revoke_at is not None:
                tg.start_soon(revoke_later, revoke_at)
            result.append(await exporter.run())
    return result[0], credential


def _token_fetch_times(emulator: ThousandEyesEmulator) -> list[float]:
    return [r.time for r in emulator.requests if r.path == "/auth/oauth/token"]


def _no_leak(emulator: ThousandEyesEmulator, out: Path, *texts: str) -> None:
    secrets = [CLIENT.client_secret, *emulator.oauth.tokens_of(CLIENT.client_id)]
    written = "".join(p.read_text() for p in out.rglob("*") if p.is_file())
    for secret in secrets:
        assert secret not in written
        for text in texts:
            assert secret not in text


@pytest.mark.anyio
@pytest.mark.parametrize("concurrency", [1, 8, 64])
async def test_a_two_hour_export_on_five_minute_tokens_refreshes_ahead_and_never_meets_a_401(
    tmp_path: Path, concurrency: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="thousandeyes_async")
    emulator = _emulator()
    stats, credential = await _export(emulator, tmp_path, concurrency)
    assert stats.elapsed() >= 2 * 3600
    assert stats.records > 0
    assert emulator.totals.unauthorized == 0
    assert credential.refused_because is None
    # Exactly one fetch per token: each fetched inside the last one's refresh margin,
    # never two for the same token, whatever the concurrency.
    fetches = _token_fetch_times(emulator)
    assert len(fetches) == credential.fetches == emulator.oauth.issued[CLIENT.client_id]
    gaps = [later - earlier for earlier, later in itertools.pairwise(fetches)]
    assert gaps
    assert all(CLIENT.token_lifetime - MARGIN <= gap < CLIENT.token_lifetime for gap in gaps)
    assert len(fetches) <= stats.elapsed() / (CLIENT.token_lifetime - MARGIN) + 1
    assert all(r.refusal is None for r in emulator.requests)
    _no_leak(emulator, tmp_path, caplog.text, repr(stats), repr(credential))


@pytest.mark.anyio
@pytest.mark.parametrize("concurrency", [1, 64])
async def test_a_token_revoked_early_costs_at_most_one_401_and_trips_no_breaker(
    tmp_path: Path, concurrency: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="thousandeyes_async")
    emulator = _emulator()
    # Revoked 100 s into a token's life: well before the refresh-ahead would replace it.
    stats, credential = await _export(emulator, tmp_path, concurrency, revoke_at=1300)
    assert stats.elapsed() >= 2 * 3600
    assert credential.refused_because is None
    refused = [r for r in emulator.requests if r.status == 401]
    assert len(refused) == 1
    assert refused[0].refusal == "revoked"
    # After the refresh that answered the revocation, no request used an old token.
    assert not any(r.refusal for r in emulator.requests if r.time > refused[0].time)
    _no_leak(emulator, tmp_path, caplog.text, repr(stats))
