"""v7 structuring: our records against the official SDK's pydantic models.

The official Python SDK (``thousandeyes-sdk-test-results``) turns a response
into its pydantic v2 models with ``from_dict`` (``from_json`` for text: the
same after ``json.loads``); pydantic's own ``model_validate`` and
``model_validate_json`` on the same models are timed as well, since a user of
those models could call them directly. The bodies are the emulator's v7
answers, one page each: ``test-results/{id}/network`` with 10,000 results and
``http-server`` with 2,000, expanded with headers and certificates. Before
timing, both sides parse every body and a few values of each record are
compared, so both read the same records and the same fields.

Throughput is records a second, best of several runs taken in turns; memory is
what a parsed page keeps alive per record (tracemalloc, the input freed).
Ratios are ours over theirs: above 1.0 is faster, below 1.0 is smaller.
Run: ``python benchmarks/bench_v7_sdk.py`` (``nox -s bench`` installs the SDK).
"""

from __future__ import annotations

import functools
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import httpx

from thousandeyes_async.models._converter_v7 import structure_v7
from thousandeyes_async.models.v7 import test_results
from thousandeyes_async.testing import (
    DEFAULT_START_EPOCH,
    DEFAULT_TOKEN,
    DataSpec,
    ThousandEyesEmulator,
)

try:
    from thousandeyes_sdk.test_results import models as sdk
except ImportError:  # pragma: no cover - a bench dependency only
    sys.exit("bench_v7_sdk needs the official SDK: pip install thousandeyes-sdk-test-results")

REPEATS = 5
AGENTS = 20
INTERVAL = 60

Parse = Callable[[Any], Any]


async def _fetch(test_type: str, operation: str, count: int, params: dict[str, str]) -> bytes:
    """One page of ``count`` results of the emulator's only test, exactly as served."""
    data = DataSpec(
        tests=1,
        test_types=(test_type,),
        agents=AGENTS,
        agents_per_test=AGENTS,
        intervals=(INTERVAL,),
    )
    emulator = ThousandEyesEmulator(data=data, page_size=count)
    end = datetime.fromtimestamp(DEFAULT_START_EPOCH, UTC)
    start = end - timedelta(seconds=INTERVAL * (count // AGENTS + 1))
    iso = "%Y-%m-%dT%H:%M:%SZ"
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=emulator.base_url,
        headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"},
    ) as client:
        response = await client.get(
            f"/v7/test-results/{data.first_test_id}/{operation}",
            params={"startDate": start.strftime(iso), "endDate": end.strftime(iso), **params},
        )
    response.raise_for_status()
    body = response.json()
    if len(body["results"]) != count:
        raise RuntimeError(f"the emulator gave {len(body['results'])} results, not {count}")
    return response.content


def _same_network(ours: Any, theirs: Any) -> None:
    for mine, sdks in zip(ours.results, theirs.results, strict=True):
        assert mine.date == sdks.var_date
        assert mine.round_id == sdks.round_id
        assert mine.agent.agent_id == sdks.agent.agent_id
        assert mine.agent.agent_name == sdks.agent.agent_name
        assert mine.avg_latency == sdks.avg_latency
        assert mine.loss == sdks.loss
        assert mine.server_ip == sdks.server_ip
        assert mine.links.app_link.href == sdks.links.app_link.href
    assert ours.test.test_id == theirs.test.test_id
    assert ours.links.next.href == theirs.links.next.href


def _same_http(ours: Any, theirs: Any) -> None:
    for mine, sdks in zip(ours.results, theirs.results, strict=True):
        assert mine.date == sdks.var_date
        assert mine.agent.agent_id == sdks.agent.agent_id
        assert mine.response_code == sdks.response_code
        assert mine.total_time == sdks.total_time
        assert mine.throughput == sdks.throughput
        assert mine.headers.response_headers == sdks.headers.response_headers
        assert len(mine.ssl_certificates) == len(sdks.ssl_certificates) > 0
        for cert, sdk_cert in zip(mine.ssl_certificates, sdks.ssl_certificates, strict=True):
            assert cert.valid_before == sdk_cert.valid_before
            assert cert.subject_alternative_names == tuple(sdk_cert.subject_alternative_names)
            assert cert.is_fetch_date_in_valid_cert_date_range is True
            assert sdk_cert.is_fetch_date_in_valid_cert_date_range is True
    assert ours.test.test_id == theirs.test.test_id


def _took(parse: Parse, given: Any) -> float:
    gc.collect()
    start = time.perf_counter()
    parse(given)
    return time.perf_counter() - start


def _kept_per_record(parse: Parse, fresh: Callable[[], Any], count: int) -> float:
    """What one parsed page keeps alive, per record, once its input is gone."""
    parse(fresh())  # hooks and caches built before counting
    gc.collect()
    tracemalloc.start()
    kept = parse(fresh())
    gc.collect()
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return size / count


def _contenders(ours: type, theirs: Any) -> dict[str, dict[str, Parse]]:
    """Per input (a decoded body, or its JSON bytes), each contender's whole-page parse."""
    return {
        "dict": {
            "ours": lambda body: structure_v7(body, ours),
            "SDK from_dict": theirs.from_dict,
            "model_validate": theirs.model_validate,
        },
        "bytes": {
            "ours": lambda raw: structure_v7(json.loads(raw), ours),
            "SDK from_json": theirs.from_json,
            "validate_json": theirs.model_validate_json,
        },
    }


def main() -> None:
    pages: list[tuple[str, tuple[Any, ...], type, Any, Callable[[Any, Any], None]]] = [
        (
            "network",
            ("agent-to-server", "network", 10_000, {}),
            test_results.NetworkTestResults,
            sdk.NetworkTestResults,
            _same_network,
        ),
        (
            "http-server",
            ("http-server", "http-server", 2_000, {"expand": "header,certificate"}),
            test_results.HttpTestResults,
            sdk.HttpTestResults,
            _same_http,
        ),
    ]
    header = (
        f"{'page':<12} {'input':<6} {'contender':<15} {'records/s':>11} {'bytes/rec':>10} "
        f"{'speed':>7} {'memory':>7}"
    )
    print(header)
    print("(speed and memory: ours over the contender; want speed >= 1.0, memory <= 0.6)")
    for name, request, ours, theirs, same in pages:
        raw = anyio.run(_fetch, *request)
        count = len(json.loads(raw)["results"])
        for kind, parsers in _contenders(ours, theirs).items():
            given = json.loads(raw) if kind == "dict" else raw
            parsed = {label: parse(given) for label, parse in parsers.items()}
            for label, model in parsed.items():
                if label != "ours":
                    same(parsed["ours"], model)
            del parsed
            best = dict.fromkeys(parsers, float("inf"))
            for _ in range(REPEATS):
                for label, parse in parsers.items():
                    best[label] = min(best[label], _took(parse, given))
            fresh = (
                functools.partial(json.loads, raw)
                if kind == "dict"
                else functools.partial(bytes, raw)
            )
            memory = {
                label: _kept_per_record(parse, fresh, count) for label, parse in parsers.items()
            }
            for label in parsers:
                speed = best[label] / best["ours"]
                ratio = memory["ours"] / memory[label]
                print(
                    f"{name:<12} {kind:<6} {label:<15} {count / best[label]:>11,.0f} "
                    f"{memory[label]:>10,.0f} {speed:>6.2f}x {ratio:>6.2f}x"
                )


if __name__ == "__main__":
    main()
