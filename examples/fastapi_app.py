"""A FastAPI backend on thousandeyes-async (API v7): user-facing routes and a background export.

One ``AsyncThousandEyes`` lives as long as the app (the lifespan opens and closes
it) and reaches the routes through a dependency. A background export of test
data at bulk priority shares the organization's rate-limit budget with the
routes, whose calls are interactive: they go first, so a user does not wait
behind the export's queue. The library's errors become HTTP answers that say
what went wrong upstream without ever showing the credential.

Run it (``pip install 'thousandeyes-async[sandbox]' fastapi``)::

    export THOUSANDEYES_TOKEN=...             # a Bearer token
    export THOUSANDEYES_ORGANIZATION=acme     # the budget's key, shared by every client naming it
    export THOUSANDEYES_EXPORT_DIR=./te-export  # optional: the background export's output
    uvicorn examples.fastapi_app:app

Against the built-in emulator instead of the API: start it with
``python -m thousandeyes_async.testing --port 8080`` and add
``THOUSANDEYES_BASE_URL=http://127.0.0.1:8080 THOUSANDEYES_TOKEN=emulator-token``.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import Body, Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from thousandeyes_async import (
    APIConnectionError,
    APITimeoutError,
    AsyncThousandEyes,
    AuthenticationError,
    BadRequestError,
    MaintenanceError,
    NotFoundError,
    PermissionDeniedError,
    Priority,
    RateLimitError,
    ResponseEvent,
    RetryPolicy,
    ThousandEyesError,
)
from thousandeyes_async.export import (
    CHECKPOINT_NAME,
    Exporter,
    ExportPlan,
    TestSelection,
    TimeRange,
    make_sink,
    parse_v7_data_kinds,
)
from thousandeyes_async.models.v7.test_results import NetworkTestResult

logger = logging.getLogger("fastapi_app")

#: What a caller is told to wait when the API gave no hint: one rate-limit window.
DEFAULT_RETRY_AFTER = 60
RATE_LIMITED = "ThousandEyes is over its rate limit"


@dataclass(frozen=True)
class Settings:
    """The app's configuration; :meth:`from_env` reads it from ``THOUSANDEYES_*`` variables."""

    token: str | None = field(default=None, repr=False)
    base_url: str | None = None
    #: The rate-limit budget's key: every client naming it shares one budget.
    organization: str | None = None
    account_group_id: str | None = None
    #: Seconds a user-facing call may take, waits in the limiter included: the library
    #: refuses at once a wait that would outlast it (a quick 503 beats a page that hangs).
    request_deadline: float = 10.0
    request_timeout: float = 10.0
    #: The background export's output directory; None: no export.
    export_dir: Path | None = None
    export_data: str = "network"
    export_window: str = "1d"
    export_slice: str = "1h"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        export_dir = env.get("THOUSANDEYES_EXPORT_DIR")
        return cls(
            token=env.get("THOUSANDEYES_TOKEN") or None,
            base_url=env.get("THOUSANDEYES_BASE_URL") or None,
            organization=env.get("THOUSANDEYES_ORGANIZATION") or None,
            account_group_id=env.get("THOUSANDEYES_ACCOUNT_GROUP_ID") or None,
            export_dir=Path(export_dir) if export_dir else None,
            export_data=env.get("THOUSANDEYES_EXPORT_DATA") or "network",
            export_window=env.get("THOUSANDEYES_EXPORT_WINDOW") or "1d",
        )


#: Makes the app's client; tests give one wired to the emulator.
ClientFactory = Callable[..., AsyncThousandEyes]


# -- what the routes answer ------------------------------------------------------------


class TestSummary(BaseModel):
    test_id: str
    test_name: str
    type: str
    interval: int | None = None


class NetworkResult(BaseModel):
    agent: str | None
    round_id: int | None
    loss: float | None
    avg_latency: float | None
    jitter: float | None


class ExportStatus(BaseModel):
    state: str
    slices_done: int = 0
    slices_total: int = 0
    records: int = 0
    requests: int = 0


def _summary(test: Any) -> TestSummary:
    kind = test.type
    return TestSummary(
        test_id=str(test.test_id),
        test_name=test.test_name or "",
        type=str(getattr(kind, "value", kind)),
        interval=getattr(test, "interval", None),
    )


def _network(result: NetworkTestResult) -> NetworkResult:
    agent = result.agent
    return NetworkResult(
        agent=None if agent is None else agent.agent_name or agent.agent_id,
        round_id=result.round_id,
        loss=result.loss,
        avg_latency=result.avg_latency,
        jitter=result.jitter,
    )


# -- the background export ---------------------------------------------------------------


class ExportJob:
    """The export of the last ``export_window`` of test data, resumed after a restart.

    One export per directory: a finished one stays done at the next start (point
    ``THOUSANDEYES_EXPORT_DIR`` at a new directory for the next range). Its
    client is the app's own at bulk priority: same connections, same
    credential, same organization budget, behind every user-facing call.
    """

    def __init__(self, te: AsyncThousandEyes, settings: Settings, directory: Path) -> None:
        self.te = te.with_options(
            priority=Priority.BULK, timeout=60, retry=RetryPolicy(max_retries=10, deadline=900)
        )
        self.settings = settings
        self.directory = directory
        self.exporter: Exporter | None = None
        self.state = "starting"

    async def run(self) -> None:
        # An export that fails must not take the web app down with it: log and stop.
        try:
            self.exporter = await self._exporter()
            self.state = "running"
            stats = await self.exporter.run()
        except ThousandEyesError as exc:
            self.state = "failed"
            logger.error("the background export stopped: %s", exc)
            return
        self.state = "done"
        logger.info("export done: %d records, %d requests", stats.records, stats.requests)

    async def _exporter(self) -> Exporter:
        sink = make_sink("jsonl")
        if (self.directory / CHECKPOINT_NAME).exists():
            return Exporter.resuming(self.te, sink, self.directory)
        # The range ends at the server's now (its Date header), whatever our clock says.
        server_now: list[float] = []

        def read_date(event: ResponseEvent) -> None:
            date = event.headers.get("Date") if event.headers is not None else None
            if date:
                server_now.append(parsedate_to_datetime(date).timestamp())

        with self.te.on_response(read_date):
            body = await self.te.request("GET", "tests")
        tests = TestSelection(all_tests=True).resolve(body.get("tests") or [])
        now = server_now[-1] if server_now else datetime.now(UTC).timestamp()
        plan = ExportPlan.build(
            tests,
            parse_v7_data_kinds(self.settings.export_data),
            TimeRange.last(self.settings.export_window, now=now),
            slice=self.settings.export_slice,
        )
        return Exporter(self.te, plan, sink, self.directory)

    def status(self) -> ExportStatus:
        if self.exporter is None:
            return ExportStatus(state=self.state)
        stats = self.exporter.refresh()
        return ExportStatus(
            state=self.state,
            slices_done=stats.slices_done,
            slices_total=stats.slices_total,
            records=stats.records,
            requests=stats.requests,
        )


# -- errors: what the caller is told -------------------------------------------------------


def _retry_after(exc: ThousandEyesError, te: AsyncThousandEyes | None) -> int:
    """Seconds until the API takes requests again: its Retry-After, else the limiter's pause."""
    waits: list[float] = []
    if isinstance(exc, RateLimitError | MaintenanceError):
        asked = {name.lower(): value for name, value in exc.rate_limit.items()}
        with contextlib.suppress(ValueError):
            waits.append(float(asked.get("retry-after", "")))
    if te is not None:
        waits.extend(bucket.paused_for for bucket in te.rate_limit_stats().values())
    wait = max(waits, default=0.0)
    return max(1, math.ceil(wait)) if wait > 0 else DEFAULT_RETRY_AFTER


def upstream_answer(exc: ThousandEyesError, te: AsyncThousandEyes | None) -> JSONResponse:
    """The HTTP answer for one of the library's errors.

    The caller's own mistakes keep their status (404, 422); the API being busy is
    a 503 with Retry-After; a credential or permission refused upstream is the
    operator's problem, a 502 that says so (the credential itself never appears:
    the library scrubs it from every error); no answer in time is a 504, any
    other upstream failure a 502.
    """
    headers: dict[str, str] = {}
    if isinstance(exc, NotFoundError):
        status, detail = 404, exc.detail or "ThousandEyes has no such object"
    elif isinstance(exc, BadRequestError):
        # Our schema check passed, the API's own checks did not (say, an unknown agent).
        errors = [str(item) for item in exc.errors]
        status, detail = 422, "; ".join(errors) or exc.detail or "ThousandEyes refused the request"
    elif isinstance(exc, RateLimitError | MaintenanceError):
        status = 503
        detail = (
            RATE_LIMITED if isinstance(exc, RateLimitError) else "ThousandEyes is in maintenance"
        )
        headers["Retry-After"] = str(_retry_after(exc, te))
    elif isinstance(exc, AuthenticationError):
        status = 502
        detail = "ThousandEyes refused this service's credential; an operator must replace it"
    elif isinstance(exc, PermissionDeniedError):
        status, detail = 502, "this service's ThousandEyes account lacks the permission for that"
    elif isinstance(exc, APITimeoutError):
        status, detail = 504, "ThousandEyes did not answer in time"
    elif isinstance(exc, APIConnectionError):
        status, detail = 502, "ThousandEyes could not be reached"
    else:
        status, detail = 502, "ThousandEyes failed to answer"
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


# -- the app -------------------------------------------------------------------------------


async def get_client(request: Request) -> AsyncThousandEyes:
    """The app's one client (async: a plain def would run in a worker thread).

    While the limiter holds the organization's budget after a 429 (until the
    server's Reset, up to three windows), a call does not queue past its
    deadline: it fails at once with ``RateLimitDeadlineError``, a 503 here.
    """
    te: AsyncThousandEyes = request.app.state.te
    return te


Client = Annotated[AsyncThousandEyes, Depends(get_client)]


def create_app(
    settings: Settings | None = None, client_factory: ClientFactory = AsyncThousandEyes
) -> FastAPI:
    """The app; ``client_factory`` is called once, with the settings' client options."""
    config = settings if settings is not None else Settings.from_env()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        options: dict[str, Any] = {
            "priority": Priority.INTERACTIVE,
            "timeout": config.request_timeout,
            "retry": RetryPolicy(max_retries=3, deadline=config.request_deadline),
        }
        for name in ("token", "base_url", "organization", "account_group_id"):
            if getattr(config, name) is not None:
                options[name] = getattr(config, name)
        async with client_factory(**options) as te:
            app.state.te = te
            app.state.export = None
            async with anyio.create_task_group() as tg:
                if config.export_dir is not None:
                    app.state.export = ExportJob(te, config, config.export_dir)
                    tg.start_soon(app.state.export.run)
                yield
                # Shutdown: the exporter checkpoints what it finished; a restart resumes.
                tg.cancel_scope.cancel()

    app = FastAPI(title="ThousandEyes tests", lifespan=lifespan)

    @app.exception_handler(ThousandEyesError)
    async def thousandeyes_error(request: Request, exc: ThousandEyesError) -> JSONResponse:
        return upstream_answer(exc, getattr(request.app.state, "te", None))

    @app.get("/tests")
    async def list_tests(te: Client) -> list[TestSummary]:
        async with te.tests.list() as tests:
            return [_summary(test) async for test in tests]

    @app.post("/tests/http-server", status_code=201)
    async def create_http_server_test(
        te: Client, body: Annotated[dict[str, Any], Body()]
    ) -> TestSummary:
        """Takes the API's own body (``testName``, ``url``, ``interval``, ``agents``...)."""
        try:
            created = await te.tests.http_server.create(body)
        except ValueError as exc:  # the schema check refused it; nothing was sent
            raise HTTPException(422, str(exc)) from None
        return _summary(created)

    @app.get("/tests/{test_id}/network")
    async def latest_network_results(te: Client, test_id: int) -> list[NetworkResult]:
        """The latest round of each agent (no time range: the API's current round)."""
        async with te.test_results.network(test_id) as results:
            return [_network(r) async for r in results]

    @app.post("/instant/http-server", status_code=201)
    async def run_instant_http_server_test(
        te: Client, body: Annotated[dict[str, Any], Body()]
    ) -> TestSummary:
        """An HTTP server test run once, now (it also spends the instant-test budget)."""
        try:
            started = await te.instant.http_server(body)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        return _summary(started)

    @app.get("/export")
    async def export_status(request: Request) -> ExportStatus:
        job: ExportJob | None = request.app.state.export
        return job.status() if job is not None else ExportStatus(state="off")

    return app


app = create_app()
