"""v7 structuring: the compiled fast path against the detailed cattrs hook alone.

A ``test-results/{id}/network`` page of 10,000 results and a ``http-server``
page of 2,000, built from the spec's examples with varied values. Both
contenders use the v7 converter; "detailed only" is the same converter with the
fast path switched off, i.e. what structuring costs without it. Throughput is
the best of several runs, taking turns; memory is what the records keep alive
(tracemalloc) per record.
Run: ``python benchmarks/bench_v7_structuring.py``.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import random
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from thousandeyes_async.models import _converter_v7
from thousandeyes_async.models.v7 import test_results

REPEATS = 5


def _network_page(count: int) -> bytes:
    rng = random.Random(7)
    results = [
        {
            "agent": {"agentId": str(rng.randint(1, 80)), "agentName": f"agent {i % 80}"},
            "date": f"2022-07-17T{i % 24:02d}:{i % 60:02d}:54Z",
            "roundId": 1384309800 + 60 * (i // 80),
            "serverIp": "50.18.127.223",
            "server": "www.thousandeyes.com:80",
            "loss": rng.choice([0, 0.5, 1.0]),
            "avgLatency": rng.uniform(1, 300),
            "minLatency": rng.uniform(1, 100),
            "maxLatency": rng.uniform(100, 400),
            "jitter": rng.uniform(0, 3),
            "direction": "to-target",
            "healthScore": 0.98,
        }
        for i in range(count)
    ]
    return json.dumps({"results": results, "_links": {"self": {"href": "x"}}}).encode()


def _http_page(count: int) -> bytes:
    rng = random.Random(8)
    results = [
        {
            "agent": {"agentId": str(i % 40), "agentName": f"agent {i % 40}"},
            "date": "2022-07-17T22:00:54Z",
            "roundId": 1384309800 + 60 * (i // 40),
            "responseCode": 200,
            "connectTime": rng.randint(1, 90),
            "dnsTime": rng.randint(1, 90),
            "receiveTime": rng.randint(1, 90),
            "waitTime": rng.randint(1, 90),
            "totalTime": rng.randint(1, 400),
            "wireSize": rng.randint(1000, 90000),
            "throughput": rng.randint(1000, 90000),
            "sslCipher": "TLS_AES_256_GCM_SHA384",
            "sslVersion": "TLSv1.3",
            "serverIp": "104.16.0.1",
            "server": "www.thousandeyes.com:443",
            "healthScore": 0.9,
        }
        for i in range(count)
    ]
    return json.dumps({"results": results}).encode()


def _structurer(fast: bool, cls: type) -> Callable[[bytes], Any]:
    """``json.loads`` then structuring, by the v7 converter or by a copy without the fast path."""
    module: Any = _converter_v7
    if not fast:
        # A second instance of the converter module, whose records never take the fast path.
        spec = importlib.util.find_spec(_converter_v7.__name__)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)

        def never(_cls: type, _hooks: Any) -> Callable[[dict[str, Any]], Any]:
            def refuse(_value: dict[str, Any]) -> Any:
                raise LookupError

            return refuse

        module.compile_structure = never
    converter = module.converter_v7
    return lambda body: converter.structure(json.loads(body), cls)


def _best(run: Callable[[bytes], Any], body: bytes) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        gc.collect()
        start = time.perf_counter()
        run(body)
        best = min(best, time.perf_counter() - start)
    return best


def _memory(run: Callable[[bytes], Any], body: bytes, count: int) -> float:
    gc.collect()
    tracemalloc.start()
    kept = run(body)
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return size / count


def main() -> None:
    pages = [
        ("network", test_results.NetworkTestResults, _network_page(10_000), 10_000),
        ("http-server", test_results.HttpTestResults, _http_page(2_000), 2_000),
    ]
    print(f"{'page':<12} {'contender':<15} {'records/s':>12} {'bytes/record':>13} {'speed-up':>9}")
    for name, cls, body, count in pages:
        detailed = _structurer(False, cls)
        fast = _structurer(True, cls)
        assert fast(body) == detailed(body)
        slow_time = _best(detailed, body)
        fast_time = _best(fast, body)
        for label, run, took in (
            ("detailed only", detailed, slow_time),
            ("fast path", fast, fast_time),
        ):
            print(
                f"{name:<12} {label:<15} {count / took:>12,.0f} "
                f"{_memory(run, body, count):>13,.0f} {slow_time / took:>8.2f}x"
            )


if __name__ == "__main__":
    main()
