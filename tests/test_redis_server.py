"""The Redis test infrastructure: a server wherever the test extra installed."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

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


def test_a_port_taken_before_the_server_binds_it_is_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two pytest-xdist workers can be handed the same free port; the one that loses the
    # race must start on another port, not give up or talk to the other's server.
    from . import redis_server

    binary = find_redis_server()
    assert binary is not None
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        handed_out = iter([port])
        real_free_port = redis_server.free_port
        monkeypatch.setattr(
            redis_server, "free_port", lambda: next(handed_out, 0) or real_free_port()
        )
        server = RedisServer(binary)
        assert server.port == port
        with server as url:
            assert server.port != port
            assert url == f"redis://127.0.0.1:{server.port}/0"
            with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
                sock.sendall(b"PING\r\n")
                assert sock.recv(64).startswith(b"+PONG")


class _Options:
    def __init__(self, numprocesses: object, dist: str = "no") -> None:
        self.numprocesses = numprocesses
        self.dist = dist


class _Config:
    def __init__(self, options: _Options, *, xdist: bool = True) -> None:
        self.option = options
        self.xdist = xdist
        self.pluginmanager = self

    def hasplugin(self, name: str) -> bool:
        return name == "xdist" and self.xdist


@pytest.mark.parametrize(
    ("given", "xdist", "numprocesses", "dist"),
    [
        (_Options(None), True, "auto", "loadgroup"),  # the README's command: every core
        (_Options(0), True, 0, "no"),  # -n 0: one process
        (_Options(3, "load"), True, 3, "load"),  # what the user asked for
        (_Options(None, "worksteal"), True, "auto", "worksteal"),
        (_Options(None), False, None, "no"),  # -p no:xdist
    ],
)
def test_the_suite_runs_on_every_core_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch,
    given: _Options,
    xdist: bool,
    numprocesses: object,
    dist: str,
) -> None:
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    config: Any = _Config(given, xdist=xdist)
    conftest.pytest_cmdline_main(config)
    assert (given.numprocesses, given.dist) == (numprocesses, dist)


def test_a_worker_does_not_start_workers_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    given = _Options(None)
    config: Any = _Config(given)
    conftest.pytest_cmdline_main(config)
    assert given.numprocesses is None
