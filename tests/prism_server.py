"""A Prism mock server on loopback for the contract tests, serving every vendored v7 spec.

Prism (Stoplight's OpenAPI mock server) is an implementation of the published
specifications that nobody here wrote: it answers every operation with bodies the
spec allows (random ones with ``-d``) and refuses, with a 4xx and the violations in
its ``sl-violations`` header, any request the spec does not allow.

The binary is the one ``TE_PRISM`` names, else the one ``.ci/run`` installs into
the checkout's git-ignored ``.prism/`` directory, else ``prism`` from PATH. It is a
node script, so node must be on PATH as well.

The eight documents are parts of one API: no path is in two of them, and a component
two of them define is the same in both. One server on their union answers as eight
would, and starts one node process instead of eight (each reads Prism for about 1.5 s
of CPU before it reads a spec).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from .redis_server import free_port
from .server_process import terminate
from .v7_specs import load_yaml

__all__ = ["PrismServer", "find_prism", "union"]

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
    """``prism mock -d`` on a free loopback port, serving the ``union`` of ``specs``
    (area -> file); stopped by ``stop()``."""

    def __init__(
        self, binary: str, specs: Mapping[str, Path], *, startup_timeout: float = 120.0
    ) -> None:
        self.binary = binary
        self.specs = dict(specs)
        self.startup_timeout = startup_timeout
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._proc: subprocess.Popen[bytes] | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    @property
    def log(self) -> Path:
        assert self._dir is not None
        return Path(self._dir.name) / "prism.log"

    def start(self) -> None:
        """Start the process and wait until it answers; stopped again if it does not."""
        try:
            self._dir = tempfile.TemporaryDirectory(prefix="te-prism-")
            spec = Path(self._dir.name) / "union.json"
            spec.write_text(json.dumps(union(self.specs)), encoding="utf-8")
            command = [self.binary, "mock", "-d", "-h", "127.0.0.1", "-p", str(self.port)]
            # Its log goes to a file, not a pipe nobody reads (a full pipe would block it).
            with self.log.open("wb") as out:
                self._proc = subprocess.Popen(
                    [*command, str(spec)],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    cwd=self._dir.name,
                    preexec_fn=_die_with_parent,
                )
            self._wait_ready(time.monotonic() + self.startup_timeout)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, deadline: float) -> None:
        """Return once the server answers HTTP (any status); raise when ``deadline`` passes."""
        assert self._proc is not None
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


def union(specs: Mapping[str, Path]) -> dict[str, Any]:
    """One OpenAPI document with every path and component of ``specs`` (area -> file).

    Refuses a path two documents both define, and a component two define differently:
    the union would then answer otherwise than the parts.
    """
    merged: dict[str, Any] = {}
    first = ""
    owner: dict[tuple[str, ...], str] = {}
    for area, path in specs.items():
        document = load_yaml(path.read_text(encoding="utf-8"))
        if not merged:
            merged = {key: value for key, value in document.items() if key != "tags"}
            merged.update(info={**document["info"], "title": "union"}, paths={}, components={})
            first = area
        for key in ("openapi", "servers", "security"):
            if document.get(key) != merged.get(key):
                raise ValueError(f"{key} differs in {first} and {area}")
        for route, item in document["paths"].items():
            if route in merged["paths"]:
                raise ValueError(f"{route} is in both {owner['paths', route]} and {area}")
            merged["paths"][route] = item
            owner["paths", route] = area
        for section, entries in document.get("components", {}).items():
            into = merged["components"].setdefault(section, {})
            for name, value in entries.items():
                if name in into and into[name] != value:
                    raise ValueError(
                        f"components/{section}/{name} differs in "
                        f"{owner['components', section, name]} and {area}"
                    )
                into[name] = value
                owner.setdefault(("components", section, name), area)
    return merged
