"""Showing an export's progress: a live table on a terminal, log lines otherwise.

rich (the ``cli`` extra) draws the live display and the summary table; without
it, or when the output is not a terminal, plain lines are printed instead, so a
cron job's log stays readable.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO, Any

import anyio

from ._runner import ExportStats
from ._server_clock import clipped_note

__all__ = ["ProgressDisplay", "format_duration", "print_summary", "progress_line", "summary_lines"]


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    hours, rest = divmod(round(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{secs:02d}s"
    return f"{secs}s"


def _percent(value: float) -> str:
    return f"{100 * value:.0f}%"


def progress_line(stats: ExportStats, now: float) -> str:
    return (
        f"export: {stats.slices_done}/{stats.slices_total} slices, "
        f"{stats.records} records, {stats.requests} requests, "
        f"{stats.rate_limited} 429s, budget used {_percent(stats.budget_share())}, "
        f"ETA {format_duration(stats.eta(now))}"
    )


def summary_lines(stats: ExportStats) -> list[str]:
    """The final summary as plain text lines."""
    width = max([len("data kind"), *(len(name) for name in stats.kinds)])
    lines = [
        f"{'data kind':<{width}}  {'slices':>13}  {'records':>10}  {'requests':>8}  {'429s':>6}"
    ]
    for name, kind in stats.kinds.items():
        slices = f"{kind.slices_done}/{kind.slices_total}"
        lines.append(
            f"{name:<{width}}  {slices:>13}  {kind.records:>10}  {kind.requests:>8}  "
            f"{kind.rate_limited:>6}"
        )
    lines.append(
        f"requests {stats.requests}, 429s {stats.rate_limited}, retries {stats.retries}, "
        f"records {stats.records}, elapsed {format_duration(stats.elapsed())}, "
        f"rate budget used {_percent(stats.budget_share())}"
    )
    if stats.clipped_to is not None:
        lines.append(clipped_note(stats.clipped_to))
    return lines


def _rich() -> Any:
    try:
        import rich  # noqa: F401
    except ImportError:
        return None
    return sys.modules["rich"]


class ProgressDisplay:
    """Renders an exporter's stats until cancelled."""

    def __init__(
        self,
        refresh: Callable[[], ExportStats],
        *,
        stream: IO[str] | None = None,
        live: bool | None = None,
        log_interval: float = 10.0,
    ) -> None:
        self.refresh = refresh
        self.stream = stream if stream is not None else sys.stderr
        is_tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.live = (is_tty and _rich() is not None) if live is None else live
        self.log_interval = log_interval

    async def run(self) -> None:
        """Show progress until the surrounding scope is cancelled."""
        if self.live:
            await self._run_live()
        else:
            await self._run_plain()

    async def _run_plain(self) -> None:
        while True:
            await anyio.sleep(self.log_interval)
            stats = self.refresh()
            print(progress_line(stats, anyio.current_time()), file=self.stream, flush=True)

    def _table(self, stats: ExportStats, now: float) -> Any:
        from rich.table import Table

        table = Table(title="thousandeyes-async export", expand=False)
        table.add_column("data kind")
        table.add_column("slices", justify="right")
        table.add_column("records", justify="right")
        table.add_column("requests", justify="right")
        table.add_column("429s", justify="right")
        table.add_column("ETA", justify="right")
        elapsed = stats.elapsed(now)
        for name, kind in stats.kinds.items():
            table.add_row(
                name,
                f"{kind.slices_done}/{kind.slices_total}",
                str(kind.records),
                str(kind.requests),
                str(kind.rate_limited),
                format_duration(kind.eta(elapsed)),
            )
        table.caption = (
            f"requests {stats.requests} · 429s {stats.rate_limited} · "
            f"budget used {_percent(stats.budget_share())} · "
            f"ETA {format_duration(stats.eta(now))}"
        )
        return table

    async def _run_live(self) -> None:
        from rich.console import Console
        from rich.live import Live

        console = Console(file=self.stream)
        stats = self.refresh()
        with Live(self._table(stats, anyio.current_time()), console=console) as live:
            try:
                while True:
                    await anyio.sleep(0.25)
                    stats = self.refresh()
                    live.update(self._table(stats, anyio.current_time()))
            finally:
                live.update(self._table(self.refresh(), anyio.current_time()))


def print_summary(stats: ExportStats, stream: IO[str], *, rich_output: bool) -> None:
    """The final summary: a rich table on a terminal, plain lines otherwise."""
    if rich_output and _rich() is not None:
        from rich.console import Console
        from rich.table import Table

        table = Table(title="export summary")
        table.add_column("data kind")
        table.add_column("slices", justify="right")
        table.add_column("records", justify="right")
        table.add_column("requests", justify="right")
        table.add_column("429s", justify="right")
        for name, kind in stats.kinds.items():
            table.add_row(
                name,
                f"{kind.slices_done}/{kind.slices_total}",
                str(kind.records),
                str(kind.requests),
                str(kind.rate_limited),
            )
        table.add_section()
        table.add_row(
            "total",
            f"{stats.slices_done}/{stats.slices_total}",
            str(stats.records),
            str(stats.requests),
            str(stats.rate_limited),
        )
        console = Console(file=stream)
        console.print(table)
        console.print(
            f"requests {stats.requests} · 429s {stats.rate_limited} · retries {stats.retries} · "
            f"elapsed {format_duration(stats.elapsed())} · "
            f"rate budget used {_percent(stats.budget_share())}"
        )
        if stats.clipped_to is not None:
            console.print(clipped_note(stats.clipped_to))
        return
    for line in summary_lines(stats):
        print(line, file=stream)
