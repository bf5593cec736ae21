"""Prism mock servers on loopback, one per vendored v7 spec, for the contract tests.

Prism (Stoplight's OpenAPI mock server) is an implementation of the published
specifications that nobody here wrote: it answers every operation with bodies the
spec allows (random ones with ``-d``) and refuses, with a 4xx and the violations in
its ``sl-violations`` header, any request the spec does not allow.

The binary is the one ``TE_PRISM`` names, else the one ``.ci/run`` installs into
the checkout's git-ignored ``.prism/`` directory, else ``prism`` from PATH. It is a
node script, so node must be on PATH as well.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

import httpx

from .redis_server import free_port
from .server_process import terminate

__all__ = ["PrismServer", "find_prism", "start_all", "stop_all"]

ROOT = Path(__file__).resolve().parent.parent
#: Where ``.ci/run`` installs prism: ``npm install --prefix .prism @stoplight/prism-cli@5``.
LOCAL_PRISM = ROOT / ".prism" / "node_modules" / ".bin" / "prism"


def find_prism() -> str | None:
    """The prism binary to run, or None when this machine has none (or no node to run it)."""
    override = os.environ.get("TE_PRISM")
    if override:
        return override
    if shutil.which("node") is None:
        return None
    if LOCAL_PRISM.is_file():
        return str(LOCAL_PRISM)
    return shutil.which("prism")


class PrismServer:
    """``prism mock -d SPEC`` on a free loopback port; stopped by ``stop()``."""

    def __init__(self, binary: str, spec: Path, *, startup_timeout: float = 120.0) -> None:
        self.binary = binary
        self.spec = spec
        self.startup_timeout = startup_timeout
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._proc: subprocess.Popen[bytes] | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    @property
    def log(self) -> Path:
        assert self._dir is not None
        return Path(self._dir.name) / "prism.log"

    def launch(self) -> None:
        """Start the process; ``wait_ready`` then waits for it to answer."""
        self._dir = tempfile.TemporaryDirectory(prefix="te-prism-")
        command = [self.binary, "mock", "-d", "-h", "127.0.0.1", "-p", str(self.port)]
        # Its log goes to a file, not a pipe nobody reads (a full pipe would block it).
        with self.log.open("wb") as out:
            self._proc = subprocess.Popen(
                [*command, str(self.spec)],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self._dir.name,
                preexec_fn=_die_with_parent,
            )

    def wait_ready(self, deadline: float) -> None:
        """Return once the server answers HTTP (any status); raise when ``deadline`` passes."""
        assert self._proc is not None, "launch() first"
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"prism exited at start: {self._tail()}")
            try:
                httpx.get(self.url + "/", timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError(
            f"prism did not answer on {self.url} within {self.startup_timeout:.0f}s: {self._tail()}"
        )

    def _tail(self) -> str:
        try:
            return self.log.read_text(errors="replace").strip()[-800:]
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        terminate(proc)
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


def _die_with_parent() -> None:
    """On Linux, ask for SIGTERM when the test process dies: a killed run leaves no server."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def start_all(binary: str, specs: Mapping[str, Path]) -> dict[str, PrismServer]:
    """One server per spec, started side by side (prism takes seconds to read a spec)."""
    servers = {area: PrismServer(binary, path) for area, path in specs.items()}
    try:
        for server in servers.values():
            server.launch()
        timeout = max(server.startup_timeout for server in servers.values())
        deadline = time.monotonic() + timeout
        for server in servers.values():
            server.wait_ready(deadline)
    except BaseException:
        stop_all(servers.values())
        raise
    return servers


def stop_all(servers: Iterable[PrismServer]) -> None:
    for server in servers:
        server.stop()
