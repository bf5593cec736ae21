"""Serving the emulator on a loopback socket with uvicorn (the ``sandbox`` extra)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import anyio

from ._app import ConnectionDropped, Receive, Scope, Send

if TYPE_CHECKING:
    from ._emulator import ThousandEyesEmulator

__all__ = ["load_uvicorn", "serve", "socket_app"]

_STARTUP_POLLS = 2000


def load_uvicorn() -> Any:
    try:
        import uvicorn
    except ImportError as exc:
        raise ImportError(
            "serving the emulator on a socket needs uvicorn: "
            "pip install 'thousandeyes-async[sandbox]'"
        ) from exc
    return uvicorn


def socket_app(emulator: ThousandEyesEmulator) -> Any:
    """The emulator as uvicorn runs it: a dropped connection ends the response unfinished,
    and uvicorn closes the socket without completing it."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await emulator(scope, receive, send)
        except ConnectionDropped:
            return

    return app


def _embedded_server(uvicorn: Any) -> Any:
    """A uvicorn server that leaves the host program's signal handlers alone."""

    class EmbeddedServer(uvicorn.Server):  # type: ignore[misc]
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

        def install_signal_handlers(self) -> None:
            return None

    return EmbeddedServer


def bind(host: str, port: int) -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on sockets that say they are
    # TCP, and without it every response waits ~40 ms for a delayed ACK.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


@asynccontextmanager
async def serve(emulator: ThousandEyesEmulator, host: str, port: int) -> AsyncIterator[str]:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        raise RuntimeError(
            "serve() needs asyncio (uvicorn's event loop); under trio use the emulator "
            "in-process with emulator.client() or emulator.transport()"
        ) from None
    uvicorn = load_uvicorn()
    sock = bind(host, port)
    bound_port = sock.getsockname()[1]
    config = uvicorn.Config(
        socket_app(emulator),
        log_level="warning",
        lifespan="on",
        date_header=False,
        server_header=False,
        access_log=False,
    )
    server = _embedded_server(uvicorn)(config)
    # The caller's error leaves the task group unwrapped: ``except NotFoundError`` must
    # catch it, not an ExceptionGroup around it.
    error: BaseException | None = None
    try:
        async with anyio.create_task_group() as group:
            group.start_soon(server.serve, [sock])
            for _ in range(_STARTUP_POLLS):
                if server.started:
                    break
                await anyio.sleep(0.005)
            else:
                raise RuntimeError("uvicorn did not start serving the emulator")
            url = f"http://{host if ':' not in host else f'[{host}]'}:{bound_port}"
            emulator.base_url = url
            try:
                yield url
            except BaseException as exc:
                error = exc
                if not isinstance(exc, Exception):
                    group.cancel_scope.cancel()  # cancelled or interrupted: no graceful wait
            finally:
                server.should_exit = True
    finally:
        sock.close()
    if error is not None:
        raise error
