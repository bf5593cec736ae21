"""The ``thousandeyes-async`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._version import __version__
from .export._command import run_export
from .export._parser import OneLineArgumentParser, add_export_parser

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thousandeyes-async",
        description="Pull ThousandEyes test data as fast as the API's rate limit allows.",
    )
    parser.add_argument("--version", action="version", version=f"thousandeyes-async {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineArgumentParser
    )
    add_export_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # A script that forgot its command must not pass for one that ran.
        parser.error("a command is required: export (see thousandeyes-async --help)")
    if args.command == "export":
        return run_export(args)
    parser.error(f"unknown command {args.command!r}")  # pragma: no cover - argparse exits first
    return 2  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
