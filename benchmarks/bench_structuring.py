"""Structuring cost: this library's converter against plain pydantic v2 models.

Two pages, built from the documentation's example records with varied values:
10,000 ``net/metrics`` records, and 1,000 ``web/http-server`` records with their
certificate chains (``certificates=1``). The pydantic models are written the
ordinary fast way: plain ``BaseModel`` with aliases, lax ``int``/``float``/``str``,
server dates read as aware UTC datetimes (as ours are), unknown fields ignored
(ours keeps them in ``extra``).

Reported separately, so that neither side is timed on work the other skips:

- from dicts: ``json.loads`` done once beforehand; ours ``Endpoint.structure``,
  pydantic ``TypeAdapter(list[Model]).validate_python``, and the same models with
  naive datetimes (what making them aware costs pydantic; not equivalent output);
- from bytes: ``json.loads`` alone (the raw mode), ours ``json.loads`` then
  ``Endpoint.structure``, pydantic ``model_validate_json`` of a page model.

Throughput is the best of several runs, the contenders taking turns (records per
second); memory is what the resulting records keep alive once the page is freed
(tracemalloc), per record.
Run: ``python benchmarks/bench_structuring.py``.
"""

from __future__ import annotations

import gc
import json
import os
import random
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, TypeAdapter, create_model

from thousandeyes_async.models.v6 import ENDPOINTS

NET_RECORDS = 10_000
HTTP_RECORDS = 1_000
REPEATS = 15


# -- plain pydantic v2 models of the same fields -------------------------------------


def _utc(value: datetime) -> datetime:
    # The server writes UTC without a zone: the ordinary way to make it aware.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


UtcDatetime = Annotated[datetime, AfterValidator(_utc)]


class PydanticNetMetric(BaseModel):
    agent_id: int = Field(alias="agentId")
    round_id: int | None = Field(default=None, alias="roundId")
    agent_name: str | None = Field(default=None, alias="agentName")
    country_id: str | None = Field(default=None, alias="countryId")
    date: UtcDatetime | None = Field(default=None, alias="date")
    permalink: str | None = Field(default=None, alias="permalink")
    server_ip: str | None = Field(default=None, alias="serverIp")
    server: str | None = Field(default=None, alias="server")
    loss: float | None = Field(default=None, alias="loss")
    min_latency: float | None = Field(default=None, alias="minLatency")
    max_latency: float | None = Field(default=None, alias="maxLatency")
    avg_latency: float | None = Field(default=None, alias="avgLatency")
    jitter: float | None = Field(default=None, alias="jitter")


class PydanticSslCertificate(BaseModel):
    days_until_expiry: int | None = Field(default=None, alias="daysUntilExpiry")
    fetch_date_in_valid_cert_date_range: bool | None = Field(
        default=None, alias="fetchDateInValidCertDateRange"
    )
    has_valid_signing_cert: bool | None = Field(default=None, alias="hasValidSigningCert")
    issuer_name: str | None = Field(default=None, alias="issuerName")
    not_valid_after: UtcDatetime | None = Field(default=None, alias="notValidAfter")
    not_valid_before: UtcDatetime | None = Field(default=None, alias="notValidBefore")
    subject_alt_names: list[str] | None = Field(default=None, alias="subjectAltNames")
    subject_name: str | None = Field(default=None, alias="subjectName")


class PydanticHttpServer(BaseModel):
    agent_id: int = Field(alias="agentId")
    round_id: int | None = Field(default=None, alias="roundId")
    agent_name: str | None = Field(default=None, alias="agentName")
    country_id: str | None = Field(default=None, alias="countryId")
    date: UtcDatetime | None = Field(default=None, alias="date")
    permalink: str | None = Field(default=None, alias="permalink")
    server_ip: str | None = Field(default=None, alias="serverIp")
    response_code: int | None = Field(default=None, alias="responseCode")
    num_redirects: int | None = Field(default=None, alias="numRedirects")
    redirect_time: int | None = Field(default=None, alias="redirectTime")
    dns_time: int | None = Field(default=None, alias="dnsTime")
    ssl_time: int | None = Field(default=None, alias="sslTime")
    connect_time: int | None = Field(default=None, alias="connectTime")
    wait_time: int | None = Field(default=None, alias="waitTime")
    receive_time: int | None = Field(default=None, alias="receiveTime")
    wire_size: float | None = Field(default=None, alias="wireSize")
    response_time: int | None = Field(default=None, alias="responseTime")
    throughput: int | None = Field(default=None, alias="throughput")
    total_time: int | None = Field(default=None, alias="totalTime")
    request_headers: str | None = Field(default=None, alias="requestHeaders")
    response_headers: str | None = Field(default=None, alias="responseHeaders")
    error_type: str | None = Field(default=None, alias="errorType")
    error_details: str | None = Field(default=None, alias="errorDetails")
    ssl_cipher: str | None = Field(default=None, alias="sslCipher")
    ssl_version: str | None = Field(default=None, alias="sslVersion")
    ssl_certs: list[PydanticSslCertificate] | None = Field(default=None, alias="sslCerts")


def naive(model: type[BaseModel]) -> type[BaseModel]:
    """The same model with naive datetimes (nested models too): faster, not equivalent."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        kind: Any = info.annotation
        if kind == UtcDatetime | None:
            kind = datetime | None
        elif kind == list[PydanticSslCertificate] | None:
            kind = list[naive(PydanticSslCertificate)] | None  # type: ignore[misc]
        fields[name] = (kind, Field(default=info.default, alias=info.alias))
    return create_model(f"Naive{model.__name__}", **fields)  # type: ignore[no-any-return]


# -- the pages ---------------------------------------------------------------------------


def _server_date(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S")


def net_metrics_page(count: int, rng: random.Random) -> bytes:
    records = []
    for index in range(count):
        agent_id = 10 + index % 97
        round_id = 1384309800 + (index // 97) * 300
        latency = rng.uniform(1, 300)
        records.append(
            {
                "agentName": f"Agent {agent_id}",
                "countryId": "HK",
                "date": _server_date(round_id + rng.randrange(60)),
                "serverIp": "50.18.127.223",
                "loss": rng.choice([0.0, 0.0, 0.0, rng.uniform(0, 100)]),
                "permalink": "https://app.thousandeyes.com/net/metrics?__a=75&testId=817"
                f"&roundId={round_id}&serverId=71&agentId={agent_id}",
                "agentId": agent_id,
                "server": "www.thousandeyes.com:80",
                "roundId": round_id,
                "minLatency": round(latency, 1),
                "avgLatency": round(latency + rng.uniform(0, 5), 2),
                "maxLatency": round(latency + rng.uniform(5, 10), 1),
                "jitter": round(rng.uniform(0, 2), 6),
            }
        )
    return json.dumps({"net": {"metrics": records}, "pages": {"current": 1}}).encode()


def http_server_page(count: int, rng: random.Random) -> bytes:
    certificates = [
        {
            "daysUntilExpiry": 7,
            "fetchDateInValidCertDateRange": True,
            "issuerName": "DigiCert SHA2 Extended Validation Server CA",
            "notValidAfter": "2020-05-12 12:00:00",
            "notValidBefore": "2018-03-27 00:00:00",
            "subjectAltNames": ["www.thousandeyes.com", "thousandeyes.com"],
            "subjectName": "www.thousandeyes.com",
        },
        {
            "daysUntilExpiry": 3092,
            "fetchDateInValidCertDateRange": True,
            "issuerName": "DigiCert High Assurance EV Root CA",
            "notValidAfter": "2028-10-22 12:00:00",
            "notValidBefore": "2013-10-22 12:00:00",
            "subjectName": "DigiCert SHA2 Extended Validation Server CA",
        },
        {
            "daysUntilExpiry": 4206,
            "fetchDateInValidCertDateRange": True,
            "issuerName": "DigiCert High Assurance EV Root CA",
            "notValidAfter": "2031-11-10 00:00:00",
            "notValidBefore": "2006-11-10 00:00:00",
            "subjectName": "DigiCert High Assurance EV Root CA",
        },
    ]
    records = []
    for index in range(count):
        agent_id = 53279 + index % 53
        round_id = 1588608900 + (index // 53) * 900
        records.append(
            {
                "agentId": agent_id,
                "agentName": "San Jose, CA (CenturyLink)",
                "connectTime": rng.randrange(1, 50),
                "countryId": "US",
                "date": _server_date(round_id + rng.randrange(60)),
                "dnsTime": rng.randrange(0, 20),
                "errorType": "None",
                "numRedirects": 1,
                "permalink": "https://app.thousandeyes.com/web/http-server?__a=75&testId=817"
                f"&roundId={round_id}&agentId={agent_id}",
                "receiveTime": rng.randrange(1, 20),
                "redirectTime": 10,
                "responseCode": 200,
                "responseTime": rng.randrange(5, 200),
                "roundId": round_id,
                "serverIp": "99.84.230.17",
                "sslCerts": certificates,
                "sslCipher": "ECDHE-RSA-AES128-GCM-SHA256",
                "sslTime": rng.randrange(1, 30),
                "sslVersion": "TLSv1.2",
                "totalTime": rng.randrange(10, 300),
                "waitTime": rng.randrange(1, 50),
                "wireSize": 9993,
            }
        )
    return json.dumps({"pages": {"current": 1}, "web": {"httpServer": records}}).encode()


# -- measuring ---------------------------------------------------------------------------

Run = Callable[[Any], list[Any]]


def contenders(
    endpoint_name: str, model: type[BaseModel]
) -> tuple[list[tuple[str, Run]], list[tuple[str, Run]]]:
    """(from dicts, from bytes): each a list of (name, function of the page)."""
    endpoint = ENDPOINTS[endpoint_name]
    group, key = endpoint.group, endpoint.records_key
    adapter = TypeAdapter(list[model])  # type: ignore[valid-type]
    naive_adapter = TypeAdapter(list[naive(model)])  # type: ignore[misc]
    group_model = create_model(f"Pydantic_{group}", **{key: (list[model], ...)})  # type: ignore[call-overload]
    page_model = create_model("PydanticPage", **{group: (group_model, ...)})  # type: ignore[call-overload]

    def ours_dicts(records: list[dict[str, Any]]) -> list[Any]:
        return endpoint.structure(records, source=endpoint_name)

    def pydantic_dicts(records: list[dict[str, Any]]) -> list[Any]:
        return adapter.validate_python(records)  # type: ignore[no-any-return]

    def pydantic_naive_dicts(records: list[dict[str, Any]]) -> list[Any]:
        return naive_adapter.validate_python(records)  # type: ignore[no-any-return]

    def raw_bytes(body: bytes) -> list[Any]:
        return endpoint.records_of(json.loads(body))

    def ours_bytes(body: bytes) -> list[Any]:
        return endpoint.structure(endpoint.records_of(json.loads(body)), source=endpoint_name)

    def pydantic_bytes(body: bytes) -> list[Any]:
        return getattr(getattr(page_model.model_validate_json(body), group), key)  # type: ignore[no-any-return]

    from_dicts = [
        ("thousandeyes-async", ours_dicts),
        ("pydantic v2", pydantic_dicts),
        ("pydantic v2, naive datetimes", pydantic_naive_dicts),
    ]
    from_bytes = [
        ("json.loads alone (raw mode)", raw_bytes),
        ("thousandeyes-async", ours_bytes),
        ("pydantic v2 (validate_json)", pydantic_bytes),
    ]
    return from_dicts, from_bytes


def best_seconds(runs: list[Run], page: Any) -> list[float]:
    """Best time of each contender, taking turns so that machine noise hits all alike."""
    best = [float("inf")] * len(runs)
    for _ in range(REPEATS):
        for index, run in enumerate(runs):
            gc.collect()
            started = time.perf_counter()
            run(page)
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def bytes_per_record(run: Run, body: bytes, count: int) -> float:
    """What the records keep alive, once everything else made on the way is freed."""
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        records = run(body)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert len(records) == count
    return kept / count


def rates(named: list[tuple[str, Run]], page: Any, count: int) -> list[float]:
    for name, run in named:
        assert len(run(page)) == count, name  # warm up (hooks, schemas) and check
    return [count / seconds for seconds in best_seconds([run for _, run in named], page)]


def measure(
    title: str, endpoint_name: str, model: type[BaseModel], body: bytes, count: int
) -> None:
    from_dicts, from_bytes = contenders(endpoint_name, model)
    records = ENDPOINTS[endpoint_name].records_of(json.loads(body))
    dict_rates = rates(from_dicts, records, count)
    byte_rates = rates(from_bytes, body, count)
    memory = [bytes_per_record(run, body, count) for _, run in from_bytes]
    print(f"\n{title} ({len(body) / 1e6:.1f} MB of JSON)")
    print(f"{'from dicts (json.loads not timed)':<36}{'records/s':>12}")
    for (name, _), rate in zip(from_dicts, dict_rates, strict=True):
        print(f"  {name:<34}{rate:>12,.0f}")
    print(f"{'from bytes':<36}{'records/s':>12}{'bytes/record':>14}")
    for (name, _), rate, kept in zip(from_bytes, byte_rates, memory, strict=True):
        print(f"  {name:<34}{rate:>12,.0f}{kept:>14,.0f}")
    print(
        f"  ours / pydantic: from dicts {dict_rates[0] / dict_rates[1]:.2f}x the throughput "
        f"({dict_rates[0] / dict_rates[2]:.2f}x its naive-datetime variant), "
        f"from bytes {byte_rates[1] / byte_rates[2]:.2f}x, memory {memory[1] / memory[2]:.2f}x"
    )


def main() -> None:
    rng = random.Random(817)
    net = net_metrics_page(NET_RECORDS, rng)
    http = http_server_page(HTTP_RECORDS, rng)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"structuring, best of {REPEATS} runs, contenders taking turns; load average {load}")
    measure(
        f"net/metrics page, {NET_RECORDS:,} records",
        "net.metrics",
        PydanticNetMetric,
        net,
        NET_RECORDS,
    )
    measure(
        f"web/http-server page with certificates, {HTTP_RECORDS:,} records",
        "web.http_server",
        PydanticHttpServer,
        http,
        HTTP_RECORDS,
    )


if __name__ == "__main__":
    main()
