"""Results v6 never had (API tests, console logs), built like every other record.

They come out in the v6 style (``agentId``, ``permalink``, dates with a space) so
that one conversion in ``_v7_records`` turns every record into its v7 spelling.
"""

from __future__ import annotations

from ._entities import Endpoint, Record, RecordContext, format_date, server_ip

__all__ = ["API_RESULTS", "API_ROUND", "CONSOLE_LOGS"]


def _agent_round(ctx: RecordContext, view: str) -> Record:
    agent = ctx.agent
    return {
        "agentId": agent.agent_id,
        "agentName": agent.name,
        "countryId": agent.country_id,
        "date": format_date(ctx.round_id + ctx.rng.randrange(0, min(ctx.test.interval, 60))),
        "roundId": ctx.round_id,
        "permalink": (
            f"https://app.thousandeyes.com/{view}?__a=75&testId={ctx.test.test_id}"
            f"&roundId={ctx.round_id}&agentId={agent.agent_id}"
        ),
    }


def _api(ctx: RecordContext) -> Record:
    record = _agent_round(ctx, "view/tests/api")
    record["apiTransactionTime"] = round(ctx.rng.uniform(50.0, 900.0), 1)
    if ctx.rng.random() < 0.05:
        record.update(completion=50.0, errorType="Assertion", errorDetails="Status code is 500")
    else:
        record["completion"] = 100.0
    return record


def _api_detail(ctx: RecordContext) -> Record:
    record = _api(ctx)
    steps = []
    for step in range(1, 3):
        times = [round(ctx.rng.uniform(0.0, 40.0), 1) for _ in range(6)]
        steps.append(
            {
                "name": f"Step {step}",
                "stepNumber": step,
                "stepType": "default",
                "url": f"https://api{ctx.test.test_id}.example.com/v1/step{step}",
                "blockedTime": times[0],
                "dnsTime": times[1],
                "connectTime": times[2],
                "sendTime": times[3],
                "waitTime": times[4],
                "receiveTime": times[5],
                "responseTime": round(sum(times[1:]), 1),
                "apiCallTime": round(sum(times), 1),
                "stepTime": round(sum(times), 1),
                "processingTime": 0.5,
                "completion": 100.0,
                "assertErrorCount": 0,
                "assertions": [{"step": step, "hasFailed": False}],
            }
        )
    record["requests"] = steps
    return record


def _console_logs(ctx: RecordContext) -> Record:
    record = _agent_round(ctx, "view/tests/web-transactions")
    start_ms = ctx.round_id * 1000
    record["consoleLogs"] = [
        {"level": "INFO", "timestamp": start_ms + 120, "value": f"navigating to {ctx.test.target}"},
        {
            "level": ctx.rng.choice(("INFO", "WARNING", "SEVERE")),
            "timestamp": start_ms + ctx.rng.randrange(200, 5000),
            "value": f"GET {server_ip(ctx.test)} answered in {ctx.rng.randrange(5, 900)} ms",
        },
    ]
    return record


_API = frozenset({"api"})
API_RESULTS = Endpoint("v7/api", "v7", "results", _API, _api)
API_ROUND = Endpoint("v7/api/detail", "v7", "results", _API, _api_detail)
CONSOLE_LOGS = Endpoint(
    "v7/console-logs", "v7", "results", frozenset({"web-transactions"}), _console_logs
)
