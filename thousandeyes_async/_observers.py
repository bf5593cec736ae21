"""Callbacks that see every attempt the pipeline makes, without touching httpx's hooks.

A user's own ``httpx.AsyncClient`` (``http_client=``) is theirs: the library never
adds event hooks to it. Whoever wants to watch responses (the exporter, a metrics
exporter of the user's) registers here instead, on one client.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from types import TracebackType

import attrs
import httpx

__all__ = ["ResponseCallback", "ResponseEvent", "ResponseHook", "notify"]

logger = logging.getLogger("thousandeyes_async")


@attrs.frozen
class ResponseEvent:
    """One attempt of one call: what was sent, when, and what came back.

    Times are ``anyio.current_time()`` readings. ``status_code`` and ``headers`` are
    None when no response came (a connection error or a timeout). ``url`` carries
    no credential. ``attempt`` counts from 0; 1 and up are retries.
    """

    method: str
    url: str
    attempt: int
    sent_at: float
    finished_at: float
    status_code: int | None
    headers: httpx.Headers | None
    bytes_received: int

    @property
    def elapsed(self) -> float:
        """Seconds from sending to the whole body read (or to the failure)."""
        return self.finished_at - self.sent_at


#: Called once per attempt, in the task that made the call, before the pipeline
#: decides to retry. It must not block: it runs inside the request.
ResponseCallback = Callable[[ResponseEvent], None]


class ResponseHook:
    """A registered callback; ``remove()`` it, or use it as a context manager."""

    __slots__ = ("_callback", "_callbacks")

    def __init__(self, callbacks: list[ResponseCallback], callback: ResponseCallback) -> None:
        self._callbacks = callbacks
        self._callback = callback
        callbacks.append(callback)

    def remove(self) -> None:
        """Stop calling the callback; removing twice is harmless."""
        with contextlib.suppress(ValueError):
            self._callbacks.remove(self._callback)

    def __enter__(self) -> ResponseHook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.remove()


def notify(callbacks: list[ResponseCallback], event: ResponseEvent) -> int:
    """Call each callback; return how many raised.

    A failing observer must not fail the request it watches (the response is
    already counted by the limiter), nor go unnoticed: its exception is logged
    with its traceback at ERROR level and counted in ``TransportStats``.
    """
    failed = 0
    # A copy: a callback may remove itself (or another) while being called.
    for callback in tuple(callbacks):
        try:
            callback(event)
        except Exception:
            failed += 1
            logger.exception(
                "response callback %r failed on %s %s", callback, event.method, event.url
            )
    return failed
