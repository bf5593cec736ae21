"""Stopping a server the tests started: politely first, then for sure."""

from __future__ import annotations

import subprocess

__all__ = ["terminate"]


def terminate(proc: subprocess.Popen[bytes] | None) -> None:
    """SIGTERM, then SIGKILL if the server has not exited within 10 s."""
    if proc is None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
