from __future__ import annotations

import io
from typing import Any

import anyio
import pytest
import trio.testing

from thousandeyes_async.export import ExportStats, KindStats
from thousandeyes_async.export._progress import (
    ProgressDisplay,
    format_duration,
    print_summary,
    progress_line,
    summary_lines,
)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _stats() -> ExportStats:
    stats = ExportStats(budget_limit=240, budget_window=60.0)
    stats.kinds["net.metrics"] = KindStats(
        slices_total=10, slices_done=4, records=400, requests=8, rate_limited=2
    )
    stats.kinds["web.http_server"] = KindStats(
        slices_total=10, slices_done=1, records=50, requests=1
    )
    stats.requests = 360
    stats.rate_limited = 2
    stats.retries = 3
    stats.started = 0.0
    for second in range(120):  # half of the first window went unused, then a full one
        stats.count_sent(second * 0.5)
    for second in range(240):
        stats.count_sent(60.0 + second * 0.25)
    return stats


def test_durations_read_naturally() -> None:
    assert format_duration(None) == "?"
    assert format_duration(42.4) == "42s"
    assert format_duration(125) == "2m05s"
    assert format_duration(3 * 3600 + 60) == "3h01m"


def test_progress_line_has_slices_records_requests_429s_budget_and_eta() -> None:
    line = progress_line(_stats(), now=90.0)
    assert line == (
        "export: 5/20 slices, 450 records, 360 requests, 2 429s, budget used 75%, ETA 4m30s"
    )


def test_budget_share_counts_the_windows_requests_were_sent_in() -> None:
    stats = _stats()
    assert (stats.windows, stats.sent_in_last_window) == (2, 240)
    assert stats.budget_share() == pytest.approx(360 / 480)
    # A full window, then the rest of the work: the last window's unused part is no loss.
    fast = ExportStats(budget_limit=240, budget_window=60.0, requests=250)
    for second in range(240):
        fast.count_sent(second * 0.25)
    for second in range(10):
        fast.count_sent(60.0 + second)
    assert (fast.windows, fast.sent_in_last_window) == (2, 10)
    assert fast.budget_share() == 1.0
    assert ExportStats().budget_share() == 0.0  # nothing sent yet


def test_eta_ignores_resumed_slices() -> None:
    stats = _stats()
    stats.resumed_slices = 4  # only one slice was done by this run, in 90 s
    assert stats.eta(now=90.0) == pytest.approx(90.0 * 15)


def test_summary_lists_every_kind_and_the_totals() -> None:
    stats = _stats()
    stats.finished = 120.0
    lines = summary_lines(stats)
    assert lines[0].split() == ["data", "kind", "slices", "records", "requests", "429s"]
    assert lines[1].split() == ["net.metrics", "4/10", "400", "8", "2"]
    assert lines[2].split() == ["web.http_server", "1/10", "50", "1", "0"]
    assert lines[-1] == (
        "requests 360, 429s 2, retries 3, records 450, elapsed 2m00s, rate budget used 75%"
    )
    out = io.StringIO()
    print_summary(stats, out, rich_output=True)
    assert "net.metrics" in out.getvalue()
    assert "rate budget used 75%" in out.getvalue()


@pytest.mark.anyio
async def test_plain_display_logs_a_line_per_interval_until_cancelled() -> None:
    stream = io.StringIO()
    display = ProgressDisplay(_stats, stream=stream, live=False, log_interval=10.0)
    with anyio.move_on_after(35):
        await display.run()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3
    assert all(line.startswith("export: 5/20 slices") for line in lines)


def test_a_non_terminal_stream_gets_plain_lines() -> None:
    assert ProgressDisplay(_stats, stream=io.StringIO()).live is False


def test_the_live_table_shows_429s_and_an_eta_per_kind() -> None:
    from rich.console import Console

    stats = _stats()
    stats.kinds["net.metrics"].resumed = 2  # 2 of its 4 slices were done by this run
    display = ProgressDisplay(_stats, stream=io.StringIO(), live=True)
    out = io.StringIO()
    Console(file=out, width=120).print(display._table(stats, now=90.0))
    rows = {line.split("│")[1].strip(): line for line in out.getvalue().splitlines() if "│" in line}
    cells = [cell.strip() for cell in rows["net.metrics"].split("│")[1:-1]]
    # 90 s for 2 slices, 6 left: 4m30s.
    assert cells == ["net.metrics", "4/10", "400", "8", "2", "4m30s"]
    cells = [cell.strip() for cell in rows["web.http_server"].split("│")[1:-1]]
    assert cells == ["web.http_server", "1/10", "50", "1", "0", "13m30s"]
