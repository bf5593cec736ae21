"""``python -m thousandeyes_async.testing``: run the emulator standalone on a socket."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._config import (
    DEFAULT_EMAIL,
    DEFAULT_TOKEN,
    DataSpec,
    EmulatorCredential,
    RateLimits,
    wall_clock_epoch,
)
from ._emulator import ThousandEyesEmulator
from ._serve import bind, load_uvicorn, socket_app


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m thousandeyes_async.testing",
        description="Serve a ThousandEyes API emulator (v7 and v6) on a local socket.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    parser.add_argument("--port", type=int, default=8080, help="port (0 picks a free one)")
    parser.add_argument("--token", default=None, help="accepted token (default: the emulator's)")
    parser.add_argument("--email", default=None, help="email for Basic auth with --token")
    parser.add_argument("--organization", default="default", help="organization of the token")
    parser.add_argument("--limit", type=int, default=240, help="organization requests a window")
    parser.add_argument("--instant-limit", type=int, default=24, help="instant tests a window")
    parser.add_argument("--window-seconds", type=float, default=60.0, help="rate-limit window")
    parser.add_argument("--no-limits", action="store_true", help="switch the rate limits off")
    parser.add_argument("--page-size", type=int, default=500, help="records per page")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data")
    parser.add_argument("--tests", type=int, default=None, help="number of tests")
    parser.add_argument("--agents", type=int, default=None, help="number of agents")
    parser.add_argument(
        "--start-epoch",
        type=float,
        default=None,
        help="emulator time at start in epoch seconds (default: now)",
    )
    return parser


def build_emulator(args: argparse.Namespace) -> ThousandEyesEmulator:
    if args.email and not args.token:
        raise SystemExit("--email needs --token")
    if args.token:
        credentials = [
            EmulatorCredential(args.token, email=args.email, organization=args.organization)
        ]
    else:
        credentials = [
            EmulatorCredential(DEFAULT_TOKEN, organization=args.organization),
            EmulatorCredential(DEFAULT_TOKEN, email=DEFAULT_EMAIL, organization=args.organization),
        ]
    base = ThousandEyesEmulator.sandbox(seed=args.seed).data_spec
    data = DataSpec(
        seed=args.seed,
        tests=args.tests if args.tests is not None else base.tests,
        agents=args.agents if args.agents is not None else base.agents,
        agents_per_test=base.agents_per_test,
        intervals=base.intervals,
        api_tests=base.api_tests,
    )
    limits = RateLimits(
        enabled=not args.no_limits,
        organization=args.limit,
        instant_tests=args.instant_limit,
        window_seconds=args.window_seconds,
    )
    # A standalone server shows real dates; in-process use keeps a fixed, reproducible epoch.
    start = args.start_epoch if args.start_epoch is not None else wall_clock_epoch()
    return ThousandEyesEmulator(
        credentials=credentials,
        limits=limits,
        data=data,
        page_size=args.page_size,
        start_epoch=start,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        emulator = build_emulator(args)
    except ValueError as exc:  # a usage error, not a traceback
        parser.error(str(exc))
    uvicorn = load_uvicorn()
    sock = bind(args.host, args.port)
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    spec = emulator.data_spec
    who = "your --token" if args.token else f"Bearer {DEFAULT_TOKEN} or Basic {DEFAULT_EMAIL}"
    print(
        f"ThousandEyes emulator on http://{host}:{port}/v7/ and /v6/ "
        f"({spec.tests} tests and {spec.api_tests} API tests, v7 only; auth: {who}); "
        "Ctrl+C stops it",
        file=sys.stderr,
        flush=True,
    )
    config = uvicorn.Config(
        socket_app(emulator),
        log_level="warning",
        lifespan="on",
        date_header=False,
        server_header=False,
    )
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
