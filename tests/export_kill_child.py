"""The child process of the kill-and-resume test: one export run, resumable.

``python -m tests.export_kill_child OUT FORMAT new|resume``: runs the export of a
fixed plan against the fake server, with slow answers so that the parent can
kill it (SIGKILL) at any point.
"""

from __future__ import annotations

import sys

import anyio

from thousandeyes_async.export import (
    Exporter,
    ExportPlan,
    TestRef,
    TimeRange,
    make_sink,
    parse_data_kinds,
)

from .export_fake import FakeServer

START = 1_704_067_200
PLAN = ExportPlan.build(
    [TestRef(1, "http-server"), TestRef(2, "http-server")],
    parse_data_kinds("net.metrics,net.path_trace"),
    TimeRange(START, START + 6 * 3600),
    slice="1h",
)


async def run(out: str, fmt: str, mode: str, delay: float) -> None:
    gzip = fmt.endswith("-gz")
    sink = make_sink(fmt.removesuffix("-gz"), gzip=gzip)
    async with FakeServer(page_size=20).client(delay=delay) as client:
        options = {"max_concurrency": 4, "checkpoint_interval": 0.02}
        if mode == "resume":
            exporter = Exporter.resuming(client, sink, out, **options)
        else:
            exporter = Exporter(client, PLAN, sink, out, gzip=gzip, **options)
        await exporter.run()


if __name__ == "__main__":
    out_dir, fmt_name, run_mode = sys.argv[1:4]
    anyio.run(run, out_dir, fmt_name, run_mode, float(sys.argv[4]) if len(sys.argv) > 4 else 0.02)
