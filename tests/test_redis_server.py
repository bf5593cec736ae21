"""The Redis test infrastructure: a server wherever the test extra installed."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from . import conftest
from .redis_server import RedisServer, find_redis_server

pytest_plugins = ("pytester",)


def test_the_test_extra_brings_a_server_when_path_has_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    monkeypatch.delenv("TE_REDIS_SERVER", raising=False)
    binary = find_redis_server()
    assert binary is not None
    assert os.access(binary, os.X_OK)


def test_the_server_runs_on_loopback_and_is_stopped() -> None:
    binary = find_redis_server()
    assert binary is not None
    server = RedisServer(binary)
    with server as url:
        assert url == f"redis://127.0.0.1:{server.port}/0"
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
            sock.sendall(b"PING\r\n")
            assert sock.recv(64).startswith(b"+PONG")
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=1).close()


def test_a_server_that_cannot_start_says_why(tmp_path: Path) -> None:
    fake = tmp_path / "redis-server"
    fake.write_text("#!/bin/sh\necho 'no such option' >&2\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(RuntimeError, match="no such option"):
        RedisServer(str(fake)).start()


_USES_FIXTURE = """
from tests.conftest import redis_url

def test_uses_redis(redis_url):
    pass
"""


@pytest.mark.parametrize(("ci", "outcome"), [("true", "errors"), ("", "skipped")])
def test_without_a_server_ci_fails_and_elsewhere_it_skips(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: str, outcome: str
) -> None:
    monkeypatch.setattr(conftest, "find_redis_server", lambda: None)
    monkeypatch.setenv("CI", ci)
    pytester.makepyfile(_USES_FIXTURE)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-rs", "-q")
    result.assert_outcomes(**{outcome: 1})
    result.stdout.fnmatch_lines(["*no redis-server*"])
