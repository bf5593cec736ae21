from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from thousandeyes_async import AsyncThousandEyes, UnlimitedLimiter

BASE = "https://api.thousandeyes.com"
SECRET = "s3cr3t-token-value-9f8e7d"


class SleepRecorder:
    """Stands in for anyio.sleep: records delays, never sleeps."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest_asyncio.fixture
async def client(sleeps: SleepRecorder) -> AsyncIterator[AsyncThousandEyes]:
    # The pipeline alone: the limiter's own pacing of 429s is tested with the limiter.
    async with AsyncThousandEyes(token=SECRET, max_retries=3, limiter=UnlimitedLimiter()) as te:
        te._transport.sleep = sleeps
        yield te


@pytest.fixture(autouse=True)
def _no_credentials_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THOUSANDEYES_TOKEN", raising=False)
    monkeypatch.delenv("THOUSANDEYES_EMAIL", raising=False)


@pytest.fixture(
    params=[
        pytest.param("asyncio", id="asyncio"),
        pytest.param("trio", id="trio"),
        pytest.param("trio_mock_clock", id="trio-virtual-time"),
    ]
)
def anyio_backend(request: pytest.FixtureRequest) -> object:
    """anyio's backends for ``@pytest.mark.anyio`` tests: asyncio, trio, and trio in virtual time.

    Parametrize a test with ``indirect=True`` to pick one, e.g. only virtual time.
    """
    if request.param == "trio_mock_clock":
        import trio.testing

        return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})
    return request.param
