"""Counters by organization: the emulator's names, from its credentials."""

from __future__ import annotations

import pytest

from thousandeyes_async.testing import EmulatorCredential, ThousandEyesEmulator


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_limiter_key_is_not_an_organization_of_the_emulator() -> None:
    emulator = ThousandEyesEmulator()
    async with emulator.client(organization="acme") as te:
        await te.request("GET", "agents")
    assert emulator.organization_counters().accepted == 1
    with pytest.raises(KeyError, match=r"'acme'.*credentials"):
        emulator.organization_counters("acme")


def test_organizations_named_by_credentials_are_known_before_any_request() -> None:
    emulator = ThousandEyesEmulator(credentials=[EmulatorCredential("t", organization="acme")])
    assert emulator.organization_counters("acme").requests == 0
    with pytest.raises(KeyError, match="'default'"):
        emulator.organization_counters()
