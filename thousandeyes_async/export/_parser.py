"""The arguments of ``thousandeyes-async export``."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any, NoReturn

from ._inflight import DEFAULT_CAP
from ._sinks import FORMATS

__all__ = ["PLAN_OPTIONS", "OneLineArgumentParser", "add_export_parser"]

#: The options that describe the plan (argparse's name: the flag as typed); a resumed
#: export takes them from its checkpoint.
PLAN_OPTIONS = {
    "tests": "--test",
    "all_tests": "--all-tests",
    "types": "--type",
    "name_contains": "--name-contains",
    "data": "--data",
    "window": "--window",
    "start": "--from",
    "end": "--to",
    "slice": "--slice",
    "format": "--format",
    "gzip": "--gzip",
}


class OneLineArgumentParser(argparse.ArgumentParser):
    """argparse, with its errors on one line (no usage dump) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def add_export_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="export test data to JSON Lines, CSV or Parquet",
        description=(
            "Export ThousandEyes test data for many tests at the speed the rate limit "
            "allows, resumably. Credentials come from THOUSANDEYES_TOKEN (a Bearer "
            "token; with --api v6 also THOUSANDEYES_EMAIL for Basic authentication)."
        ),
    )
    tests = parser.add_argument_group("tests")
    tests.add_argument(
        "--test",
        dest="tests",
        type=_test_id,
        action="append",
        metavar="ID",
        help="a test id (repeatable)",
    )
    tests.add_argument("--all-tests", action="store_true", help="every test of the account group")
    tests.add_argument(
        "--type",
        dest="types",
        action="append",
        metavar="T",
        help="with --all-tests: only tests of this type (repeatable)",
    )
    tests.add_argument(
        "--name-contains", metavar="S", help="with --all-tests: only tests whose name contains S"
    )
    what = parser.add_argument_group("data and time")
    what.add_argument(
        "--api",
        choices=("v6", "v7"),
        default="v7",
        help="the API to export from: v7 kinds (network, http-server...) or v6 kinds "
        "(net.metrics...). Default: v7",
    )
    what.add_argument(
        "--data",
        metavar="KIND[,KIND]",
        help="data kinds such as net.metrics,web.http_server, or 'all' "
        "(every summary kind; detail kinds only when named). Default: all",
    )
    what.add_argument("--window", metavar="W", help="the last W (7d, 12h...). Default: 1d")
    what.add_argument(
        "--from", dest="start", metavar="TIME", help="start, YYYY-mm-ddTHH:MM:SS in UTC"
    )
    what.add_argument("--to", dest="end", metavar="TIME", help="end (needs --from); default now")
    what.add_argument("--slice", metavar="W", help="slice length (default 1h)")
    output = parser.add_argument_group("output")
    output.add_argument("--format", choices=FORMATS, help="default jsonl")
    output.add_argument("--gzip", action="store_true", help="gzip JSON Lines or CSV files")
    output.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="DIR",
        help="output directory (new or empty, or an export to --resume)",
    )
    output.add_argument(
        "--resume",
        action="store_true",
        help="continue the export recorded in DIR (its plan is reused)",
    )
    output.add_argument(
        "--checkpoint-every",
        type=_positive_seconds,
        metavar="SECONDS",
        help="checkpoint at least this often (default 5; Parquet 60, as each closes a part file)",
    )
    account = parser.add_argument_group("account")
    account.add_argument(
        "--organization",
        metavar="NAME",
        help="rate-limit budget key shared by clients of one organization",
    )
    account.add_argument("--aid", type=_account_group_id, metavar="ID", help="account group id")
    account.add_argument(
        "--max-concurrency",
        type=int,
        default=DEFAULT_CAP,
        metavar="N",
        help=f"slices fetched at once at most; fewer when answers are fast (default {DEFAULT_CAP})",
    )
    account.add_argument(
        "--sandbox",
        action="store_true",
        help="run against the built-in emulator (no account needed)",
    )
    parser.add_argument(
        "--progress",
        choices=("auto", "live", "plain", "none"),
        default="auto",
        help="progress display (default: live on a terminal, else log lines)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="on failure, print the traceback as well as the one-line reason",
    )
    return parser


def _test_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"test id must be a positive integer, got {text!r}"
        ) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"test id must be a positive integer, got {text!r}")
    return value


def _account_group_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) <= 0:
        raise argparse.ArgumentTypeError(
            f"account group id must be a positive integer, got {text!r}"
        )
    return int(text)


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    # float() takes "nan" and "inf": neither is a cadence.
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text!r}")
    return value
