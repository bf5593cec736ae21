"""``thousandeyes-async export``: the command line of the exporter.

Every argument is checked before any request is sent or any file written; an
error is one line on stderr and a non-zero exit. Credentials come only from the
environment (``THOUSANDEYES_TOKEN``, and on v6 ``THOUSANDEYES_EMAIL`` too), never
from a flag that would land in the shell's history.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import anyio

from .._client import AsyncThousandEyesV6
from .._client_v7 import AsyncThousandEyes
from .._errors import ThousandEyesError
from .._observers import ResponseEvent
from .._timerange import parse_window
from ..ratelimit._policy import http_date
from ._checkpoint import CHECKPOINT_NAME, Checkpoint, CheckpointError
from ._clients import ExportClient
from ._kinds import parse_data_kinds
from ._kinds_v7 import V7_DATA_KINDS, parse_v7_data_kinds
from ._parser import PLAN_OPTIONS
from ._plan import ExportPlan, TestSelection, TimeRange, check_slice_count
from ._progress import ProgressDisplay, print_summary
from ._recovery import clear_unfinished_start, restart_unfinished_start, unfinished_start
from ._runner import Exporter, ExportError, ExportStats
from ._server_clock import RangeAfterNowError, range_after_now
from ._sinks import SinkError, make_sink
from ._test_listing import v7_tests

__all__ = [
    "SANDBOX_LIMIT",
    "SANDBOX_WINDOW",
    "first_cause",
    "run_export",
]

#: The sandbox's rate limit: the real 240 a minute, squeezed into a shorter window
#: so that the sandbox shows rate limiting at work in a run of seconds.
SANDBOX_LIMIT = 40
SANDBOX_WINDOW = 5.0


#: What to set, per API: v7 takes only a Bearer token; v6 also takes Basic (email:token).
_CREDENTIAL_VARIABLES = {
    "v7": "set THOUSANDEYES_TOKEN to a Bearer token (API v7 takes no email)",
    "v6": "set THOUSANDEYES_TOKEN (and THOUSANDEYES_EMAIL for Basic authentication)",
}


class UsageError(Exception):
    """A bad argument: reported as one line, before anything is sent or written."""


def _parse_time(name: str, text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.replace(" ", "T").removesuffix("Z"))
    except ValueError:
        raise UsageError(f"{name} must look like 2024-01-31T00:00:00 (UTC), got {text!r}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if value.microsecond:
        raise UsageError(f"{name} must be on a whole second, got {text!r}")
    return value


class _Options:
    """The checked arguments."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out: Path = args.out
        if args.max_concurrency < 1:
            raise UsageError("--max-concurrency must be at least 1")
        self.aid: int | None = args.aid
        if args.resume:
            given = [
                flag
                for name, flag in PLAN_OPTIONS.items()
                if getattr(args, name) not in (None, False)
            ]
            if given:
                flags = ", ".join(given)
                raise UsageError(
                    f"--resume continues the plan recorded in {self.out}; drop {flags}"
                )
            self.checkpoint = self._load_checkpoint()
            # The recorded kinds say which API the export was started on.
            kinds = self.checkpoint.plan.get("kinds") or ()
            args.api = "v7" if any(name in V7_DATA_KINDS for name in kinds) else "v6"
            self.format = str(self.checkpoint.plan.get("format"))
            self.gzip = bool(self.checkpoint.plan.get("gzip"))
        else:
            self._check_plan(args)
        try:
            self.sink = make_sink(self.format, gzip=self.gzip)
        except (ValueError, SinkError) as exc:
            raise UsageError(str(exc)) from None
        self._check_directory()
        if not args.sandbox and not os.environ.get("THOUSANDEYES_TOKEN"):
            raise UsageError(f"no credential: {_CREDENTIAL_VARIABLES[args.api]}, or try --sandbox")

    def _load_checkpoint(self) -> Checkpoint:
        try:
            if unfinished_start(self.out) and not restart_unfinished_start(self.out):
                raise UsageError(
                    f"the export in {self.out} was stopped before its first checkpoint, so "
                    "nothing was exported: start it again with its options, without --resume"
                )
            return Checkpoint.load(self.out / CHECKPOINT_NAME)
        except CheckpointError as exc:
            raise UsageError(str(exc)) from None

    def _check_plan(self, args: argparse.Namespace) -> None:
        if bool(args.tests) == bool(args.all_tests):
            raise UsageError("name tests with --test ID (repeatable) or --all-tests (one of them)")
        if (args.types or args.name_contains) and not args.all_tests:
            raise UsageError("--type and --name-contains filter --all-tests")
        self.selection = TestSelection(
            ids=tuple(args.tests or ()),
            all_tests=bool(args.all_tests),
            types=tuple(args.types or ()),
            name_contains=args.name_contains,
        )
        try:
            # An empty --data is a mistake, not a request for everything.
            data = args.data if args.data is not None else "all"
            parse = parse_v7_data_kinds if args.api == "v7" else parse_data_kinds
            self.kinds = parse(data)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if args.window is not None and (args.start is not None or args.end is not None):
            raise UsageError("give --window or --from/--to, not both")
        if args.end is not None and args.start is None:
            raise UsageError("--to needs --from")
        try:
            window = args.window if args.window is not None else "1d"
            self.window = parse_window(window) if args.start is None else None
            self.slice = parse_window(args.slice if args.slice is not None else "1h")
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        self.start = _parse_time("--from", args.start) if args.start else None
        self.end = _parse_time("--to", args.end) if args.end else None
        if self.start and self.end and self.end <= self.start:
            raise UsageError("--to must be after --from")
        self._check_slice_count()
        self.format = args.format or "jsonl"
        self.gzip = bool(args.gzip)

    def _check_slice_count(self) -> None:
        """Refuse an absurd plan now, on the local clock; the server's only shifts it a little."""
        now = int(datetime.now(UTC).timestamp())
        if self.window is not None:
            start, end = now - self.window, now
        else:
            assert self.start is not None
            start = int(self.start.timestamp())
            end = int(self.end.timestamp()) if self.end is not None else now
        if end <= start:
            return  # a --from ahead of the server's clock is refused once it has answered
        try:
            check_slice_count(TimeRange(start, end), self.slice)
        except ValueError as exc:
            raise UsageError(str(exc)) from None

    def _check_directory(self) -> None:
        out = self.out
        if out.exists():
            if not out.is_dir():
                raise UsageError(f"{out} is not a directory")
            if not os.access(out, os.W_OK | os.X_OK):
                raise UsageError(f"cannot write to {out}: permission denied")
            if not self.args.resume and unfinished_start(out):
                clear_unfinished_start(out)
            if not self.args.resume and any(out.iterdir()):
                if (out / CHECKPOINT_NAME).exists():
                    raise UsageError(f"{out} already holds an export: add --resume to continue it")
                raise UsageError(f"{out} is not empty: choose a new or empty directory")
            return
        if self.args.resume:
            raise UsageError(f"{out} does not exist: there is nothing to resume")
        parent = out.parent
        while not parent.exists():
            parent = parent.parent
        if not parent.is_dir():
            raise UsageError(f"cannot create {out}: {parent} is not a directory")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise UsageError(f"cannot create {out}: {parent} is not writable")


def _sandbox_client(args: argparse.Namespace) -> ExportClient:
    try:
        testing = importlib.import_module("thousandeyes_async.testing")
    except ImportError:  # pragma: no cover - the emulator ships with the package
        raise UsageError("this installation has no emulator for --sandbox") from None
    # At the wall clock: a user who exports yesterday gets yesterday's rounds.
    emulator = testing.ThousandEyesEmulator.sandbox(
        limits=testing.RateLimits(organization=SANDBOX_LIMIT, window_seconds=SANDBOX_WINDOW),
        start_epoch=testing.wall_clock_epoch(),
    )
    client: ExportClient = emulator.client(
        organization=args.organization or "sandbox", api_version=args.api
    )
    return client


def _client(options: _Options) -> ExportClient:
    args = options.args
    if args.sandbox:
        return _sandbox_client(args)
    if args.api == "v7":
        return AsyncThousandEyes(organization=args.organization, account_group_id=options.aid)
    return AsyncThousandEyesV6(organization=args.organization, account_group_id=options.aid)


async def list_tests(
    client: ExportClient, account_group_id: int | str | None
) -> tuple[list[dict[str, Any]], float | None]:
    """The account group's tests, and the server's clock read from the response's Date."""
    seen: list[float] = []

    def read_date(event: ResponseEvent) -> None:
        # The pipeline's own parser: a Date without a zone is UTC, not local time.
        server_time = http_date(None if event.headers is None else event.headers.get("Date"))
        if server_time is not None:
            seen.append(server_time)

    with client.on_response(read_date):
        if isinstance(client, AsyncThousandEyesV6):
            tests = await client.tests.list(account_group_id=account_group_id, raw=True)
        else:
            tests = await v7_tests(client, account_group_id)
    return [test for test in tests if isinstance(test, dict)], (seen[-1] if seen else None)


async def _build_exporter(options: _Options, client: ExportClient) -> Exporter:
    args = options.args
    budget = {"budget_limit": 240, "budget_window": 60.0}
    if args.sandbox:
        budget = {"budget_limit": SANDBOX_LIMIT, "budget_window": SANDBOX_WINDOW}
    common: dict[str, Any] = {
        "max_concurrency": args.max_concurrency,
        "checkpoint_interval": args.checkpoint_every,
        **budget,
    }
    if args.resume:
        return Exporter.resuming(client, options.sink, options.out, **common)
    tests, server_now = await list_tests(client, options.aid)
    try:
        refs = options.selection.resolve(tests)
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    if not refs:
        raise ExportError("no test matches the selection")
    if options.window is not None:
        now = server_now if server_now is not None else datetime.now(UTC).timestamp()
        time_range = TimeRange.last(options.window, now=now)
    else:
        assert options.start is not None
        if server_now is not None and options.start.timestamp() >= int(server_now):
            raise range_after_now(int(options.start.timestamp()), server_now)
        end = options.end or datetime.fromtimestamp(
            server_now if server_now is not None else datetime.now(UTC).timestamp(), UTC
        )
        try:
            time_range = TimeRange.between(options.start, end.replace(microsecond=0))
        except ValueError as exc:
            # --from after the server's clock is only known once the server has answered.
            raise UsageError(str(exc)) from None
    try:
        plan = ExportPlan(refs, options.kinds, time_range, options.slice, options.aid)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if not plan.pairs():
        raise ExportError("none of the chosen data kinds applies to the chosen tests")
    # Clipped to the server's now (read above) before anything is written.
    return Exporter(
        client,
        plan,
        options.sink,
        options.out,
        gzip=options.gzip,
        server_now=server_now,
        **common,
    )


def _resume_hint(options: _Options) -> str:
    sandbox = " --sandbox" if options.args.sandbox else ""
    return f"thousandeyes-async export --resume{sandbox} --out {options.out}"


async def _run(options: _Options, stdout: IO[str], stderr: IO[str]) -> ExportStats:
    args = options.args
    client = _client(options)
    async with client:
        if args.sandbox:
            print(
                "sandbox: an in-process emulator of a ThousandEyes organization at the "
                f"wall clock (36 tests{', and 2 API tests' if args.api == 'v7' else ''}, "
                f"16 agents); its rate limit is {SANDBOX_LIMIT} requests per "
                f"{SANDBOX_WINDOW:g} s instead of 240 a minute, so rate limiting shows in "
                "seconds",
                file=stderr,
            )
        exporter = await _build_exporter(options, client)
        exporter.prepare()
        mode = args.progress
        display: ProgressDisplay | None = None
        if mode != "none":
            live = None if mode == "auto" else mode == "live"
            display = ProgressDisplay(exporter.refresh, stream=stderr, live=live)
        async with anyio.create_task_group() as group:
            if display is not None:
                group.start_soon(display.run)
            try:
                await exporter.run()
            finally:
                group.cancel_scope.cancel()
        return exporter.stats


def first_cause(error: BaseException) -> BaseException:
    """The error to report from inside task-group exception groups, nested or not.

    A Ctrl-C wins; otherwise the first real error, not the cancellations it caused.
    """
    leaves: list[BaseException] = []
    pending = [error]
    while pending:
        current = pending.pop(0)
        if isinstance(current, BaseExceptionGroup):
            pending[:0] = current.exceptions
        else:
            leaves.append(current)
    for leaf in leaves:
        if isinstance(leaf, KeyboardInterrupt):
            return leaf
    return next((leaf for leaf in leaves if isinstance(leaf, Exception)), leaves[0])


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if isinstance(error, ThousandEyesError | UsageError) and text:
        return text
    # Not one of ours (a full disk, a refused connection): its type says what it is.
    name = type(error).__name__
    return f"{name}: {text}" if text else name


def _has_checkpoint(options: _Options) -> bool:
    return (options.out / CHECKPOINT_NAME).exists()


def run_export(
    args: argparse.Namespace,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    runner: Callable[..., Any] = anyio.run,
) -> int:
    """Run the export subcommand; return the exit code.

    Every failure is one line on stderr (``--debug`` adds the traceback), with the
    command that resumes whenever a checkpoint exists.
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    try:
        options = _Options(args)
    except UsageError as exc:
        print(f"thousandeyes-async export: error: {exc}", file=err)
        return 2
    started_files = not options.out.exists()
    try:
        stats: ExportStats = runner(_run, options, out, err)
    except BaseException as raised:
        cause = first_cause(raised)
        if not isinstance(cause, Exception | KeyboardInterrupt):
            raise  # SystemExit and the like are not failures to report
        if getattr(args, "debug", False):
            traceback.print_exception(raised, file=err)
        if isinstance(cause, KeyboardInterrupt):
            if _has_checkpoint(options):
                print(
                    "interrupted: the slices written so far are checkpointed; resume with: "
                    + _resume_hint(options),
                    file=err,
                )
            else:
                print("interrupted before anything was exported", file=err)
            return 130
        if isinstance(cause, UsageError | RangeAfterNowError):
            print(f"thousandeyes-async export: error: {cause}", file=err)
            return 2
        hint = ""
        if _has_checkpoint(options):
            hint = f"; after fixing it, resume with: {_resume_hint(options)}"
        elif started_files and options.out.exists() and not any(options.out.iterdir()):
            options.out.rmdir()
        print(f"thousandeyes-async export: error: {_one_line(cause)}{hint}", file=err)
        return 1
    print_summary(stats, out, rich_output=bool(getattr(out, "isatty", lambda: False)()))
    print(f"wrote {stats.records} records to {options.out}", file=out)
    return 0
