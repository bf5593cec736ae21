"""Shared helpers of the emulator's own tests: plain httpx against the app."""

from __future__ import annotations

import base64

import httpx

from thousandeyes_async.testing import DEFAULT_EMAIL, DEFAULT_TOKEN, ThousandEyesEmulator

BEARER = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
BASIC = {
    "Authorization": "Basic "
    + base64.b64encode(f"{DEFAULT_EMAIL}:{DEFAULT_TOKEN}".encode()).decode("ascii")
}


def http(
    emulator: ThousandEyesEmulator, headers: dict[str, str] | None = None
) -> httpx.AsyncClient:
    """A plain httpx client on the emulator (not our library: they must not share a mistake)."""
    return httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=emulator.base_url,
        headers=BEARER if headers is None else headers,
    )
