"""Running an export: concurrent slices, one writer, checkpoints.

A fetcher task per unit of work (one slice of one test for one family of kinds)
collects its owned records and hands them to the single writer through a bounded
memory object stream. As many units are in flight as the budget's rate times the
observed latency asks for (see ``_inflight``), at most ``max_concurrency``; a
fetcher counts until the writer has taken its records, so when the writer falls
behind no new unit starts and memory stays bounded whatever the export's size.
The writer appends a unit's records in one piece, so a commit point always falls
between units; it commits the sink and then saves the checkpoint, which is why a
killed export resumes to the same output as an uninterrupted one. It commits after
``commit_rows`` rows and, on a timer, within ``checkpoint_interval`` of a slice
landing, whether or not another slice follows.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Mapping
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import anyio
import attrs
from anyio.abc import ObjectReceiveStream, ObjectSendStream

from .._observers import ResponseEvent
from .._transport import TransportStats
from ._checkpoint import CHECKPOINT_NAME, Checkpoint
from ._clients import ExportClient
from ._errors import CheckpointError, ExportError, SinkError
from ._fetch import FETCHING, fetch_unit
from ._inflight import DEFAULT_CAP, InFlightTarget
from ._kinds_v7 import ALL_KINDS
from ._plan import ExportPlan, TestRef, TimeRange, WorkUnit
from ._recovery import clear_unfinished_start, restart_unfinished_start, unfinished_start
from ._server_clock import clip_to_server_now, server_now
from ._sinks import Sink

__all__ = ["ExportError", "ExportStats", "Exporter", "KindStats", "export"]

logger = logging.getLogger("thousandeyes_async.export")


@attrs.define
class KindStats:
    """Progress of one data kind."""

    slices_total: int = 0
    slices_done: int = 0
    records: int = 0
    duplicates: int = 0
    #: Pages received for this kind (by this run).
    requests: int = 0
    #: 429 answers to this kind's requests (by this run).
    rate_limited: int = 0
    #: Slices done before this run started (resumed exports).
    resumed: int = 0

    def eta(self, elapsed: float) -> float | None:
        """Seconds left for this kind at this run's pace (None before its first slice)."""
        done = self.slices_done - self.resumed
        if done <= 0:
            return None
        return elapsed / done * (self.slices_total - self.slices_done)


@attrs.define
class ExportStats:
    """Counters a progress display reads while the export runs, and the final summary."""

    kinds: dict[str, KindStats] = attrs.Factory(dict)
    #: Slices done before this run started (resumed exports).
    resumed_slices: int = 0
    requests: int = 0
    rate_limited: int = 0
    retries: int = 0
    started: float = 0.0
    finished: float | None = None
    #: When this run sent its first request (anyio clock), how many windows of the
    #: budget it has sent in, and how many requests went out in the latest of them.
    first_sent: float | None = None
    windows: int = 0
    sent_in_last_window: int = 0
    commits: int = 0
    #: Responses with data (pages) received: the requests the export needed.
    pages: int = 0
    #: The organization's budget (requests per ``budget_window`` seconds) used for shares.
    budget_limit: int = 240
    budget_window: float = 60.0
    #: Where the range was cut because it ran past the server's now (epoch seconds).
    clipped_to: int | None = None

    @property
    def records(self) -> int:
        return sum(kind.records for kind in self.kinds.values())

    @property
    def slices_total(self) -> int:
        return sum(kind.slices_total for kind in self.kinds.values())

    @property
    def slices_done(self) -> int:
        return sum(kind.slices_done for kind in self.kinds.values())

    def elapsed(self, now: float | None = None) -> float:
        end = self.finished if self.finished is not None else now
        if end is None:
            end = anyio.current_time()
        return max(0.0, end - self.started)

    def budget_share(self) -> float:
        """Requests sent as a share of what the budget allowed while they waited to go.

        The server opens a window with a request, so the budget comes in whole windows,
        counted from this run's first request. The latest window counts only as far as
        it was used: its rest went unused because nothing was left to send, not because
        the limiter held requests back.
        """
        if self.windows == 0:
            return 0.0
        allowed = self.budget_limit * (self.windows - 1) + self.sent_in_last_window
        return min(1.0, self.requests / allowed)

    def count_sent(self, now: float) -> None:
        if self.first_sent is None:
            self.first_sent = now
        window = math.floor((now - self.first_sent) / self.budget_window) + 1
        if window > self.windows:
            self.windows, self.sent_in_last_window = window, 0
        self.sent_in_last_window = min(self.budget_limit, self.sent_in_last_window + 1)

    def eta(self, now: float | None = None) -> float | None:
        """Seconds left at the pace of this run so far (None before the first slice)."""
        done = self.slices_done - self.resumed_slices
        left = self.slices_total - self.slices_done
        if done <= 0:
            return None
        return self.elapsed(now) / done * left


def plan_description(plan: ExportPlan, sink: Sink, gzip: bool) -> dict[str, Any]:
    return {
        "tests": [[test.id, test.type, test.name] for test in plan.tests],
        "kinds": [kind.name for kind in plan.kinds],
        "start": plan.time_range.start,
        "end": plan.time_range.end,
        "slice": plan.slice_seconds,
        "account_group_id": plan.account_group_id,
        "format": sink.format,
        "gzip": gzip,
    }


def plan_from_description(description: Mapping[str, Any]) -> ExportPlan:
    """The plan a checkpoint recorded (what ``--resume`` continues)."""
    try:
        tests = tuple(TestRef(int(row[0]), row[1], row[2]) for row in description["tests"])
        kinds = tuple(ALL_KINDS[name] for name in description["kinds"])
        return ExportPlan(
            tests,
            kinds,
            TimeRange(int(description["start"]), int(description["end"])),
            int(description["slice"]),
            description.get("account_group_id"),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise CheckpointError(f"the checkpoint's plan is malformed: {exc}") from exc


_Finished = tuple[WorkUnit, dict[str, list[Mapping[str, Any]]]]

#: Test-only: set to N, the export exits the process at once (``os._exit``, no
#: cleanup, as a kill would) right after the commit that makes its Nth slice of
#: this run durable. The kill-and-resume tests use it so that a run is always cut
#: short, however fast the machine: a kill timed from outside can come too late.
#: Not an option for users; the CLI tests strip ``THOUSANDEYES_*`` from their
#: environment and set it only where they mean it.
TEST_EXIT_AFTER_SLICES_ENV = "THOUSANDEYES_ASYNC_TEST_ONLY_EXIT_AFTER_SLICES"
#: The status of that exit (128 + SIGKILL, like a process killed with ``kill -9``).
TEST_EXIT_STATUS = 137


def _test_exit_after_slices() -> int | None:
    value = os.environ.get(TEST_EXIT_AFTER_SLICES_ENV)
    if not value:
        return None
    slices = int(value)
    if slices < 1:
        raise ValueError(f"{TEST_EXIT_AFTER_SLICES_ENV} must be at least 1, got {value!r}")
    return slices


#: Finished slices waiting for the writer, beyond those whose fetchers wait to hand theirs.
FINISHED_BUFFER = 8
#: The exporter a fetcher task works for (several may share one client).
_EXPORTER: ContextVar[Exporter | None] = ContextVar("thousandeyes_async_exporter", default=None)


class Exporter:
    """Exports a plan into a directory, resumably.

    ``await Exporter(client, plan, sink, directory).run()`` returns the stats.
    With ``resume=True`` it continues the export recorded in the directory's
    checkpoint (which must describe the same plan and format) and fetches only
    the slices that are not done.

    A new export first reads the server's clock (one ``GET tests``, unless
    ``server_now`` gives it): a range that runs past it is clipped to it
    (``stats.clipped_to``), and one that starts at or after it raises
    ``RangeAfterNowError`` before anything is written.
    """

    def __init__(
        self,
        client: ExportClient,
        plan: ExportPlan,
        sink: Sink,
        directory: str | Path,
        *,
        resume: bool = False,
        gzip: bool = False,
        max_concurrency: int | None = None,
        checkpoint_interval: float | None = None,
        budget_limit: int = 240,
        budget_window: float = 60.0,
        server_now: float | None = None,
    ) -> None:
        if max_concurrency is None:
            max_concurrency = DEFAULT_CAP
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int):
            raise TypeError("max_concurrency must be an int")
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be at least 1, got {max_concurrency}")
        if checkpoint_interval is None:
            checkpoint_interval = sink.commit_interval
        if checkpoint_interval <= 0:
            raise ValueError("checkpoint_interval must be positive")
        self.client = client
        self.plan = plan
        self.sink = sink
        self.directory = Path(directory)
        self.resume = resume
        self.gzip = gzip
        self.max_concurrency = max_concurrency
        #: Slices in flight: adapts to the observed latency, up to ``max_concurrency``.
        self.in_flight = InFlightTarget(max_concurrency)
        self._fetching = 0
        self._slot_freed = anyio.Event()
        self.checkpoint_interval = checkpoint_interval
        self.stats = ExportStats(budget_limit=budget_limit, budget_window=budget_window)
        self.checkpoint: Checkpoint | None = None
        self._base: TransportStats | None = None
        self._pages: dict[str, int] = {}
        # The writer's commit state (shared with its commit timer).
        self._last_commit = 0.0
        self._uncommitted = anyio.Event()
        self._rows_since = 0
        self._write_failed = False
        self._clock_checked = resume
        if server_now is not None and not resume:
            self._clip(server_now)

    # -- preparation --------------------------------------------------------------

    def prepare(self) -> Checkpoint:
        """Create or reopen the output directory and its checkpoint (no request is sent)."""
        description = plan_description(self.plan, self.sink, self.gzip)
        path = self.directory / CHECKPOINT_NAME
        if self.resume:
            checkpoint = Checkpoint.load(path)
            if checkpoint.plan != description:
                raise ExportError(
                    f"{self.directory} holds a different export (other tests, kinds, range "
                    "or format); resume it with the options it was started with"
                )
        else:
            if unfinished_start(self.directory):
                # A kill before the first checkpoint landed: nothing was exported yet.
                clear_unfinished_start(self.directory)
            if self.directory.exists() and any(self.directory.iterdir()):
                if path.exists():
                    raise ExportError(
                        f"{self.directory} already holds an export: add --resume to continue "
                        "it, or choose an empty directory"
                    )
                raise ExportError(f"{self.directory} is not empty: choose an empty directory")
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ExportError(f"cannot create {self.directory}: {exc.strerror}") from exc
            checkpoint = Checkpoint(path, description)
        try:
            self.sink.open(self.directory, checkpoint.sink_state if self.resume else None)
            if not self.resume:
                checkpoint.sink_state = self.sink.commit()
                checkpoint.save()
        except OSError as exc:
            self.sink.close()
            raise ExportError(f"cannot write to {self.directory}: {exc}") from exc
        self.checkpoint = checkpoint
        return checkpoint

    async def check_server_time(self) -> None:
        """Clip the plan's range to the server's now, read once (done by :meth:`run`)."""
        if self._clock_checked:
            return
        now = await server_now(self.client, self.plan.account_group_id)
        if now is None:  # a server without a Date header: nothing to check against
            self._clock_checked = True
            return
        self._clip(now)
        if self.checkpoint is not None:  # prepared already, but nothing done yet
            self.checkpoint.plan = plan_description(self.plan, self.sink, self.gzip)
            self.checkpoint.save()

    def _clip(self, now: float) -> None:
        clipped = clip_to_server_now(self.plan.time_range, now)
        self._clock_checked = True
        if clipped != self.plan.time_range:
            self.plan = attrs.evolve(self.plan, time_range=clipped)
            self.stats.clipped_to = clipped.end

    def _pending_units(self, checkpoint: Checkpoint) -> list[WorkUnit]:
        pending: list[WorkUnit] = []
        for kind in self.plan.kinds:
            self.stats.kinds.setdefault(kind.name, KindStats())
        for unit in self.plan.units():
            todo = []
            for kind in unit.kinds:
                stats = self.stats.kinds[kind.name]
                stats.slices_total += 1
                if checkpoint.is_done(unit.test.id, kind.name, unit.start, unit.end):
                    stats.slices_done += 1
                    stats.resumed += 1
                    self.stats.resumed_slices += 1
                else:
                    todo.append(kind)
            if todo:
                pending.append(attrs.evolve(unit, kinds=tuple(todo)))
        return pending

    # -- running ----------------------------------------------------------------------

    async def run(self) -> ExportStats:
        """Export every pending slice; on error or cancellation, checkpoint what is done."""
        # The clock is read as the tests are listed: not one of the export's requests.
        await self.check_server_time()
        checkpoint = self.checkpoint or self.prepare()
        self.stats.started = anyio.current_time()
        base = self.client.stats
        self._base = attrs.evolve(base)
        units = self._pending_units(checkpoint)
        send_done, receive_done = anyio.create_memory_object_stream[_Finished](FINISHED_BUFFER)
        # The transport counts 429s for the whole client; this callback tells them apart
        # by kind, and times each request of this export from sent to answered.
        observing = self.client.on_response(self._on_response)
        try:
            async with anyio.create_task_group() as group:
                group.start_soon(self._writer, receive_done, checkpoint)
                async with send_done, anyio.create_task_group() as fetchers:
                    for unit in units:
                        while self._fetching >= self._target():
                            await self._slot_freed.wait()
                        self._fetching += 1
                        fetchers.start_soon(self._fetch, unit, send_done.clone())
        except BaseExceptionGroup as group:
            # Several fetchers may fail at once (the same outage): report the first cause.
            raise _first_error(group) from group
        finally:
            observing.remove()
            self.sink.close()
            self.refresh()
            self.stats.finished = anyio.current_time()
        return self.stats

    def _target(self) -> int:
        return self.in_flight.target(self.stats.budget_limit, self.stats.budget_window)

    def _on_response(self, event: ResponseEvent) -> None:
        if _EXPORTER.get() is not self:
            return
        self.stats.count_sent(event.sent_at)
        if event.status_code is None:
            # No answer: how long a failure took says nothing of the server's latency.
            return
        before = self._target()
        self.in_flight.observe(event.elapsed)
        if self._target() > before:
            self._wake_dispatcher()
        if event.status_code == 429:
            kind = self.stats.kinds.get(FETCHING.get() or "")
            if kind is not None:
                kind.rate_limited += 1

    def _wake_dispatcher(self) -> None:
        self._slot_freed.set()
        self._slot_freed = anyio.Event()

    async def _fetch(self, unit: WorkUnit, done: ObjectSendStream[_Finished]) -> None:
        _EXPORTER.set(self)
        try:
            async with done:
                wanted = {kind.name for kind in unit.kinds}
                records = await fetch_unit(
                    self.client,
                    unit,
                    wanted,
                    account_group_id=self.plan.account_group_id,
                    counter=self._pages,
                )
                self.refresh()
                # Still counted while the writer is behind: memory holds what waits here.
                await done.send((unit, records))
        finally:
            self._fetching -= 1
            self._wake_dispatcher()

    async def _writer(
        self, finished: ObjectReceiveStream[_Finished], checkpoint: Checkpoint
    ) -> None:
        self._last_commit = anyio.current_time()
        self._uncommitted = anyio.Event()
        self._rows_since = 0
        # A write that fails may leave part of its rows behind: committing those would
        # put them in the output twice once the slice is fetched again on resume.
        self._write_failed = False
        exit_after = _test_exit_after_slices()
        written = 0
        try:
            async with finished, anyio.create_task_group() as timer:
                timer.start_soon(self._commit_on_timer, checkpoint)
                async for unit, by_kind in finished:
                    for kind in unit.kinds:
                        records = by_kind.get(kind.name, [])
                        try:
                            self.sink.write(kind, unit.test.id, records)
                        except BaseException:
                            self._write_failed = True
                            raise
                        checkpoint.mark_done(unit.test.id, kind.name, unit.start, unit.end)
                        stats = self.stats.kinds[kind.name]
                        stats.slices_done += 1
                        stats.records += len(records)
                        self._rows_since += len(records)
                    self._uncommitted.set()
                    written += 1
                    if exit_after is not None and written >= exit_after:
                        self._commit(checkpoint)
                        os._exit(TEST_EXIT_STATUS)
                    if self._rows_since >= self.sink.commit_rows:
                        self._commit(checkpoint)
                timer.cancel_scope.cancel()
        finally:
            # Whatever else ended the export (done, error, Ctrl-C), what was written is kept.
            # The commit is synchronous, so a cancellation cannot cut it in half.
            if not self._write_failed:
                self._commit(checkpoint)

    async def _commit_on_timer(self, checkpoint: Checkpoint) -> None:
        """Commit written slices within ``checkpoint_interval``, even while no other lands.

        Slices often land in a burst and the next one only after the limiter's next
        window: without this, a kill in between would lose the whole burst. The
        writer writes a slice without awaiting, so this never commits half a slice.
        """
        while True:
            await self._uncommitted.wait()
            delay = self._last_commit + self.checkpoint_interval - anyio.current_time()
            if delay > 0:
                await anyio.sleep(delay)
            if self._uncommitted.is_set() and not self._write_failed:
                self._commit(checkpoint)

    def _commit(self, checkpoint: Checkpoint) -> None:
        try:
            checkpoint.sink_state = self.sink.commit()
            checkpoint.save()
        except OSError as exc:
            raise SinkError(f"cannot commit the export in {self.directory}: {exc}") from exc
        self.stats.commits += 1
        self._last_commit = anyio.current_time()
        self._uncommitted = anyio.Event()
        self._rows_since = 0

    def refresh(self) -> ExportStats:
        """Bring the request counters of :attr:`stats` up to date (for progress displays)."""
        pages = dict(self._pages)
        self.stats.pages = sum(pages.values())
        for name, kind_stats in self.stats.kinds.items():
            kind_stats.requests = pages.get(name, 0)
        base = self._base
        current = self.client.stats
        if base is None:
            return self.stats
        self.stats.requests = current.requests - base.requests
        self.stats.rate_limited = current.rate_limited - base.rate_limited
        self.stats.retries = current.retries - base.retries
        # The server's limit, once the limiter has read it from a response's headers.
        limits = [
            bucket.limit
            for category, bucket in self.client.rate_limit_stats().items()
            if bucket.limit and "instant" not in category and "snapshot" not in category
        ]
        if limits:
            self.stats.budget_limit = max(limits)
        return self.stats

    @classmethod
    def resuming(
        cls, client: ExportClient, sink: Sink, directory: str | Path, **options: Any
    ) -> Exporter:
        """An exporter that continues the export recorded in ``directory``."""
        if unfinished_start(Path(directory)):
            restart_unfinished_start(Path(directory))
        checkpoint = Checkpoint.load(Path(directory) / CHECKPOINT_NAME)
        plan = plan_from_description(checkpoint.plan)
        if checkpoint.plan.get("format") != sink.format:
            raise ExportError(
                f"{directory} was exported as {checkpoint.plan.get('format')}, not {sink.format}"
            )
        options.setdefault("gzip", bool(checkpoint.plan.get("gzip")))
        return cls(client, plan, sink, directory, resume=True, **options)


def _first_error(group: BaseExceptionGroup[BaseException]) -> BaseException:
    for error in group.exceptions:
        if isinstance(error, BaseExceptionGroup):
            return _first_error(error)
        return error
    return group  # pragma: no cover - a group always holds at least one exception


async def export(
    client: ExportClient,
    plan: ExportPlan,
    sink: Sink,
    directory: str | Path,
    **options: Any,
) -> ExportStats:
    """Export ``plan`` into ``directory`` through ``sink``; see :class:`Exporter`."""
    return await Exporter(client, plan, sink, directory, **options).run()
