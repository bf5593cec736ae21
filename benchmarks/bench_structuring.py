"""Structuring cost: this library's converter vs pydantic v2 vs plain ``json.loads`` dicts.

Two pages, built from the documentation's example records with varied values:
10,000 ``net/metrics`` records, and 1,000 ``web/http-server`` records with their
certificate chains (``certificates=1``). Each contender starts from the same
response bytes and ends with a list of records:

- raw: ``json.loads`` and the records list (what raw mode yields);
- thousandeyes-async: ``json.loads``, then ``Endpoint.structure`` (attrs records);
- pydantic v2: ``json.loads``, then a ``TypeAdapter(list[Model])`` of models written
  the way the official SDK writes them (aliases, ``Strict*`` types, optional fields);
- pydantic v2 (SDK from_dict): per record, what the SDK's generated ``from_dict`` does
  (pick the known keys, nested models first, ``model_validate``);
- pydantic v2 (json): ``model_validate_json`` of a page model, straight from the bytes.

Throughput is the best of several runs, the contenders taking turns (records per
second); memory is what the resulting records keep alive (tracemalloc), divided by
the number of records.
Run: ``python benchmarks/bench_structuring.py``.
"""

from __future__ import annotations

import gc
import json
import random
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    TypeAdapter,
    create_model,
)

from thousandeyes_async.models.v6 import ENDPOINTS

NET_RECORDS = 10_000
HTTP_RECORDS = 1_000
REPEATS = 7


# -- pydantic v2 models of the same fields, in the official SDK's style ------------------

_SDK_CONFIG = ConfigDict(
    populate_by_name=True, validate_assignment=True, protected_namespaces=(), extra="allow"
)
Number = StrictFloat | StrictInt


class PydanticNetMetric(BaseModel):
    model_config = _SDK_CONFIG
    agent_id: StrictInt = Field(alias="agentId")
    round_id: StrictInt | None = Field(default=None, alias="roundId")
    agent_name: StrictStr | None = Field(default=None, alias="agentName")
    country_id: StrictStr | None = Field(default=None, alias="countryId")
    date: datetime | None = Field(default=None, alias="date")
    permalink: StrictStr | None = Field(default=None, alias="permalink")
    server_ip: StrictStr | None = Field(default=None, alias="serverIp")
    server: StrictStr | None = Field(default=None, alias="server")
    loss: Number | None = Field(default=None, alias="loss")
    min_latency: Number | None = Field(default=None, alias="minLatency")
    max_latency: Number | None = Field(default=None, alias="maxLatency")
    avg_latency: Number | None = Field(default=None, alias="avgLatency")
    jitter: Number | None = Field(default=None, alias="jitter")


class PydanticSslCertificate(BaseModel):
    model_config = _SDK_CONFIG
    days_until_expiry: StrictInt | None = Field(default=None, alias="daysUntilExpiry")
    fetch_date_in_valid_cert_date_range: StrictBool | None = Field(
        default=None, alias="fetchDateInValidCertDateRange"
    )
    has_valid_signing_cert: StrictBool | None = Field(default=None, alias="hasValidSigningCert")
    issuer_name: StrictStr | None = Field(default=None, alias="issuerName")
    not_valid_after: datetime | None = Field(default=None, alias="notValidAfter")
    not_valid_before: datetime | None = Field(default=None, alias="notValidBefore")
    subject_alt_names: list[StrictStr] | None = Field(default=None, alias="subjectAltNames")
    subject_name: StrictStr | None = Field(default=None, alias="subjectName")


class PydanticHttpServer(BaseModel):
    model_config = _SDK_CONFIG
    agent_id: StrictInt = Field(alias="agentId")
    round_id: StrictInt | None = Field(default=None, alias="roundId")
    agent_name: StrictStr | None = Field(default=None, alias="agentName")
    country_id: StrictStr | None = Field(default=None, alias="countryId")
    date: datetime | None = Field(default=None, alias="date")
    permalink: StrictStr | None = Field(default=None, alias="permalink")
    server_ip: StrictStr | None = Field(default=None, alias="serverIp")
    response_code: StrictInt | None = Field(default=None, alias="responseCode")
    num_redirects: StrictInt | None = Field(default=None, alias="numRedirects")
    redirect_time: StrictInt | None = Field(default=None, alias="redirectTime")
    dns_time: StrictInt | None = Field(default=None, alias="dnsTime")
    ssl_time: StrictInt | None = Field(default=None, alias="sslTime")
    connect_time: StrictInt | None = Field(default=None, alias="connectTime")
    wait_time: StrictInt | None = Field(default=None, alias="waitTime")
    receive_time: StrictInt | None = Field(default=None, alias="receiveTime")
    wire_size: Number | None = Field(default=None, alias="wireSize")
    response_time: StrictInt | None = Field(default=None, alias="responseTime")
    throughput: StrictInt | None = Field(default=None, alias="throughput")
    total_time: StrictInt | None = Field(default=None, alias="totalTime")
    request_headers: StrictStr | None = Field(default=None, alias="requestHeaders")
    response_headers: StrictStr | None = Field(default=None, alias="responseHeaders")
    error_type: StrictStr | None = Field(default=None, alias="errorType")
    error_details: StrictStr | None = Field(default=None, alias="errorDetails")
    ssl_cipher: StrictStr | None = Field(default=None, alias="sslCipher")
    ssl_version: StrictStr | None = Field(default=None, alias="sslVersion")
    ssl_certs: list[PydanticSslCertificate] | None = Field(default=None, alias="sslCerts")


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

Contender = Callable[[bytes], list[Any]]


_NESTED: dict[str, type[BaseModel]] = {"sslCerts": PydanticSslCertificate}


def sdk_from_dict(model: type[BaseModel], raw: dict[str, Any]) -> BaseModel:
    """Per record, as the SDK's generated ``from_dict`` does: pick the known keys,
    build nested models first, then ``model_validate``."""
    picked: dict[str, Any] = {}
    for field in model.model_fields.values():
        alias = field.alias or ""
        value = raw.get(alias)
        nested = _NESTED.get(alias)
        if nested is not None and value is not None:
            value = [sdk_from_dict(nested, item) for item in value]
        picked[alias] = value
    return model.model_validate(picked)


def contenders(endpoint_name: str, model: type[BaseModel]) -> list[tuple[str, Contender]]:
    endpoint = ENDPOINTS[endpoint_name]
    group, key = endpoint.group, endpoint.records_key
    adapter = TypeAdapter(list[model])  # type: ignore[valid-type]
    group_model = create_model(
        f"Pydantic_{group}", __config__=_SDK_CONFIG, **{key: (list[model], ...)}
    )
    page_model = create_model("PydanticPage", __config__=_SDK_CONFIG, **{group: (group_model, ...)})

    def raw(body: bytes) -> list[Any]:
        return endpoint.records_of(json.loads(body))

    def ours(body: bytes) -> list[Any]:
        return endpoint.structure(endpoint.records_of(json.loads(body)), source=endpoint_name)

    def pydantic_python(body: bytes) -> list[Any]:
        return adapter.validate_python(json.loads(body)[group][key])  # type: ignore[no-any-return]

    def pydantic_sdk(body: bytes) -> list[Any]:
        return [sdk_from_dict(model, item) for item in json.loads(body)[group][key]]

    def pydantic_json(body: bytes) -> list[Any]:
        return getattr(getattr(page_model.model_validate_json(body), group), key)  # type: ignore[no-any-return]

    return [
        ("raw (json.loads dicts)", raw),
        ("thousandeyes-async (cattrs)", ours),
        ("pydantic v2 (from dicts)", pydantic_python),
        ("pydantic v2 (SDK from_dict)", pydantic_sdk),
        ("pydantic v2 (validate_json)", pydantic_json),
    ]


def best_seconds(runs: list[Contender], body: bytes) -> list[float]:
    """Best time of each contender, taking turns so that machine noise hits all alike."""
    best = [float("inf")] * len(runs)
    for _ in range(REPEATS):
        for index, run in enumerate(runs):
            gc.collect()
            started = time.perf_counter()
            run(body)
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def bytes_per_record(run: Contender, body: bytes, count: int) -> float:
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


def measure(
    title: str, endpoint_name: str, model: type[BaseModel], body: bytes, count: int
) -> None:
    named = contenders(endpoint_name, model)
    for name, run in named:
        records = run(body)  # warm up (hooks generated, schemas built) and check
        assert len(records) == count, (name, len(records))
    seconds = best_seconds([run for _, run in named], body)
    rows = [
        (name, count / elapsed, bytes_per_record(run, body, count))
        for (name, run), elapsed in zip(named, seconds, strict=True)
    ]
    raw_rate, raw_memory = rows[0][1], rows[0][2]
    ours_rate, ours_memory = rows[1][1], rows[1][2]
    print(f"\n{title} ({len(body) / 1e6:.1f} MB of JSON)")
    print(f"{'contender':<30}{'records/s':>12}{'bytes/record':>14}{'speed vs ours':>15}")
    for name, rate, memory in rows:
        print(f"{name:<30}{rate:>12,.0f}{memory:>14,.0f}{rate / ours_rate:>14.2f}x")
    for name, rate, memory in rows[2:]:
        print(
            f"  ratio thousandeyes-async / {name}: throughput {ours_rate / rate:.2f}x, "
            f"memory {ours_memory / memory:.2f}x"
        )
    print(
        f"  ratio thousandeyes-async / raw: throughput {ours_rate / raw_rate:.2f}x, "
        f"memory {ours_memory / raw_memory:.2f}x"
    )


def main() -> None:
    rng = random.Random(817)
    net = net_metrics_page(NET_RECORDS, rng)
    http = http_server_page(HTTP_RECORDS, rng)
    print(f"structuring, best of {REPEATS} runs; every contender starts from the same bytes")
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
