"""Running code against the emulator in virtual time, outside a test runner.

Rate-limit windows of a minute make a scenario of a few windows take minutes in
real time. Both virtual clocks the library supports jump straight to the next
timer when every task sleeps, so the same scenario takes a moment.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Literal, TypeVar

import anyio

__all__ = ["run_virtual"]

T = TypeVar("T")


def run_virtual(
    main: Callable[..., Awaitable[T]],
    *args: Any,
    backend: Literal["trio", "asyncio"] = "trio",
) -> T:
    """Run ``main(*args)`` with a clock that skips every sleep; returns its result.

    ``backend="trio"`` uses trio's ``MockClock(autojump_threshold=0)``;
    ``"asyncio"`` uses ``looptime``'s event loop (code that calls asyncio
    directly needs this one). Both come with the test extra. Everything that
    reads time through anyio, the emulator and the client included, follows it.
    """
    if backend == "trio":
        import trio.testing

        clock = trio.testing.MockClock(autojump_threshold=0)
        return anyio.run(main, *args, backend="trio", backend_options={"clock": clock})
    if backend == "asyncio":
        import looptime

        loop = looptime.new_event_loop(start=0.0, _enabled=True)
        try:
            result: T = loop.run_until_complete(main(*args))
            return result
        finally:
            loop.close()
    raise ValueError(f"backend must be 'trio' or 'asyncio', got {backend!r}")
