"""The emulator on a real loopback socket (uvicorn) and the standalone runner."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import anyio
import httpx
import pytest

from thousandeyes_async.testing import Fault, ThousandEyesEmulator

from .emulator_support import BEARER

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_serve_on_loopback() -> None:
    emulator = ThousandEyesEmulator(page_size=3)
    async with emulator.serve() as url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        async with httpx.AsyncClient(base_url=url, headers=BEARER) as client:
            response = await client.get("/v6/net/metrics/1001", params={"window": "1h"})
            assert response.status_code == 200
            assert response.headers["X-Organization-Rate-Limit-Remaining"] == "239"
            next_url = response.json()["pages"]["next"]
            assert next_url.startswith(url + "/v6/net/metrics/1001?")
            assert (await client.get(next_url)).json()["pages"]["current"] == 2
            emulator.faults.script(Fault.drop())
            with pytest.raises(httpx.RemoteProtocolError):
                await client.get("/v6/agents")
            emulator.faults.script(Fault.truncate())
            truncated = await client.get("/v6/agents")
            with pytest.raises(ValueError, match=r"Expecting|Unterminated|delimiter"):
                truncated.json()
            assert (await client.get("/v6/agents")).status_code == 200
    assert emulator.client_counters("127.0.0.1").requests == 5


async def test_library_client_over_the_socket() -> None:
    emulator = ThousandEyesEmulator()
    async with emulator.serve() as url:
        from thousandeyes_async import AsyncThousandEyesV6

        async with AsyncThousandEyesV6(token="emulator-token", base_url=url) as te:
            body = await te.request("GET", "tests")
    assert len(body["test"]) == 12


async def test_the_runner_prints_the_base_url_both_clients_take() -> None:
    from thousandeyes_async import AsyncThousandEyes, AsyncThousandEyesV6
    from thousandeyes_async.testing.__main__ import banner

    emulator = ThousandEyesEmulator()
    async with emulator.serve() as url:
        line = banner(url, 12, "Bearer emulator-token")
        match = re.search(r"base_url=(\S+) ", line)
        assert match, line
        base_url = match.group(1)
        assert base_url == url
        assert "/v6/v6" not in line
        async with AsyncThousandEyesV6(token="emulator-token", base_url=base_url) as v6:
            assert len((await v6.request("GET", "tests"))["test"]) == 12
        async with AsyncThousandEyes(token="emulator-token", base_url=base_url) as v7:
            # v7 adds the organization's API test, a type v6 does not have.
            assert len((await v7.request("GET", "tests"))["tests"]) == 13
    assert [entry.path for entry in emulator.requests] == ["/v6/tests", "/v7/tests"]


@pytest.mark.realtime
def test_module_runner_serves_until_stopped() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "thousandeyes_async.testing",
            "--port",
            "0",
            "--tests",
            "5",
            "--start-epoch",
            "1700000000",
        ],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        match = re.search(r"base_url=http://127\.0\.0\.1:(\d+) ", banner)
        assert match, banner
        url = f"http://127.0.0.1:{match.group(1)}"
        for _ in range(200):
            try:
                response = httpx.get(url + "/v6/tests", headers=BEARER, timeout=5)
                break
            except httpx.ConnectError:
                time.sleep(0.02)  # uvicorn is still starting
        else:
            raise AssertionError("the runner never accepted a connection")
        assert response.status_code == 200
        assert len(response.json()["test"]) == 5
        assert response.headers["Date"].startswith("Tue, 14 Nov 2023 22:1")
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.realtime
def test_module_runner_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "thousandeyes_async.testing", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    assert "--port" in result.stdout


@pytest.mark.realtime
@pytest.mark.parametrize(
    ("option", "message"),
    [("--limit", "organization must be positive"), ("--page-size", "page_size must be positive")],
)
def test_module_runner_refuses_bad_options_with_a_usage_error(
    option: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from thousandeyes_async.testing.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main([option, "0", "--port", "0"])
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_listening_socket_is_tcp_so_asyncio_sets_nodelay() -> None:
    import socket

    from thousandeyes_async.testing._serve import bind

    sock = bind("127.0.0.1", 0)
    try:
        # Without IPPROTO_TCP asyncio skips TCP_NODELAY and each answer waits for a delayed ACK.
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_serve_under_trio_says_it_needs_asyncio() -> None:
    emulator = ThousandEyesEmulator()
    with pytest.raises(RuntimeError, match="needs asyncio"):
        async with emulator.serve():
            pass


def test_missing_uvicorn_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from thousandeyes_async.testing._serve import load_uvicorn

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(ImportError, match=r"thousandeyes-async\[sandbox\]"):
        load_uvicorn()


async def test_an_error_in_the_block_comes_out_as_itself_without_lifespan_noise(
    capfd: pytest.CaptureFixture[str],
) -> None:
    from thousandeyes_async import AsyncThousandEyesV6, NotFoundError

    emulator = ThousandEyesEmulator()

    async def ask_for_what_is_not_there() -> None:
        async with (
            emulator.serve() as url,
            AsyncThousandEyesV6(token="emulator-token", base_url=url) as te,
        ):
            await te.request("GET", "nonexistent/thing")

    with pytest.raises(NotFoundError, match="no such endpoint"):
        await ask_for_what_is_not_there()
    err = capfd.readouterr().err
    assert "CancelledError" not in err
    assert "lifespan" not in err


async def test_a_cancelled_block_stops_the_server_quietly(
    capfd: pytest.CaptureFixture[str],
) -> None:
    emulator = ThousandEyesEmulator()
    with anyio.CancelScope() as scope:
        async with emulator.serve() as url:
            scope.cancel()
            await anyio.sleep(1)  # cancelled at once
    assert scope.cancelled_caught
    err = capfd.readouterr().err
    assert "CancelledError" not in err
    assert "Exception in" not in err
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient() as client:
            await client.get(url)
