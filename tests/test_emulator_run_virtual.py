"""ThousandEyesEmulator.run_virtual: a scenario of many windows outside pytest's plugins."""

from __future__ import annotations

import asyncio

import anyio
import pytest

from thousandeyes_async.testing import RateLimits, ThousandEyesEmulator


async def _three_windows(emulator: ThousandEyesEmulator) -> tuple[float, int]:
    started = anyio.current_time()
    async with emulator.client() as te:
        for _ in range(3):  # one a window: each waits a minute for the next
            await te.request("GET", "agents")
    return anyio.current_time() - started, emulator.organization_counters().accepted


@pytest.mark.parametrize("backend", ["trio", "asyncio"])
def test_a_scenario_of_several_windows_runs_in_virtual_time(backend: str) -> None:
    emulator = ThousandEyesEmulator(limits=RateLimits(organization=1))
    elapsed, accepted = ThousandEyesEmulator.run_virtual(_three_windows, emulator, backend=backend)
    assert accepted == 3
    assert elapsed >= 120.0  # two whole windows waited for, on the virtual clock


def test_the_asyncio_backend_runs_asyncio_code() -> None:
    async def main() -> float:
        loop = asyncio.get_running_loop()
        started = loop.time()
        await asyncio.sleep(3600)  # asyncio's own sleep follows the virtual clock too
        return loop.time() - started

    assert ThousandEyesEmulator.run_virtual(main, backend="asyncio") >= 3600


def test_an_unknown_backend_is_refused() -> None:
    async def main() -> None:
        return None

    with pytest.raises(ValueError, match="backend"):
        ThousandEyesEmulator.run_virtual(main, backend="curio")  # type: ignore[arg-type]
