"""The policy paths of each version: which requests take the instant-test or snapshot budget."""

from __future__ import annotations

import pytest
import respx

from thousandeyes_async import AsyncThousandEyes, AsyncThousandEyesV6
from thousandeyes_async._api_version import VERSIONS
from thousandeyes_async.ratelimit import ThousandEyesPolicy
from thousandeyes_async.ratelimit._api import Permit, Priority, RequestInfo, UnlimitedLimiter
from thousandeyes_async.ratelimit._policy import POLICY_PATHS

from .conftest import BASE, SECRET

POLICY = ThousandEyesPolicy()


def _categories(method: str, path: str, version: str | None) -> list[str]:
    info = RequestInfo(method, path, api_version=version)
    return [spec.category for spec in POLICY.buckets(info)]


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("POST", "tests/http-server/instant", ["organization", "instant-test"]),
        ("POST", "tests/agent-to-agent/instant", ["organization", "instant-test"]),
        ("POST", "tests/817/run", ["organization", "instant-test"]),
        ("POST", "/tests/817/run/", ["organization", "instant-test"]),
        ("POST", "tests/817/snapshot", ["organization", "snapshot"]),
        ("GET", "tests/817/run", ["organization"]),
        ("GET", "tests/817/snapshot", ["organization"]),
        ("POST", "tests/http-server", ["organization"]),
        ("PUT", "tests/http-server/817", ["organization"]),
        ("POST", "instant/http-server", ["organization"]),
        ("POST", "snapshot", ["organization"]),
        ("GET", "test-results/817/network", ["organization"]),
    ],
)
def test_v7_paths_take_their_buckets(method: str, path: str, expected: list[str]) -> None:
    assert _categories(method, path, "v7") == expected


@pytest.mark.parametrize("version", ["v5", "v6"])
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("instant/http-server", ["organization", "instant-test"]),
        ("instant/817/rerun", ["organization", "instant-test"]),
        ("snapshot", ["organization", "snapshot"]),
        ("tests/http-server/instant", ["organization"]),
        ("tests/817/run", ["organization"]),
        ("tests/817/snapshot", ["organization"]),
    ],
)
def test_v6_paths_take_their_buckets(version: str, path: str, expected: list[str]) -> None:
    assert _categories("POST", path, version) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("instant/http-server", "instant-test"),
        ("tests/http-server/instant", "instant-test"),
        ("tests/817/run", "instant-test"),
        ("snapshot", "snapshot"),
        ("tests/817/snapshot", "snapshot"),
    ],
)
def test_a_request_naming_no_version_is_matched_against_both(path: str, expected: str) -> None:
    assert _categories("POST", path, None) == ["organization", expected]


def test_each_version_names_the_paths_the_policy_reads() -> None:
    for name, version in VERSIONS.items():
        assert POLICY_PATHS[name] is version.paths


class _Recording(UnlimitedLimiter):
    def __init__(self) -> None:
        self.seen: list[RequestInfo] = []

    async def acquire(self, key: str, request: RequestInfo, priority: Priority) -> Permit:
        self.seen.append(request)
        return await super().acquire(key, request, priority)


@pytest.mark.asyncio
@respx.mock
async def test_each_client_tells_the_limiter_its_version_and_the_path_below_it() -> None:
    respx.post(f"{BASE}/v7/tests/817/run").respond(201, json={})
    respx.post(f"{BASE}/v6/instant/http-server").respond(201, json={})
    limiter = _Recording()
    async with AsyncThousandEyes(token=SECRET, limiter=limiter) as v7:
        await v7.request("POST", "/tests/817/run", json={})
    async with AsyncThousandEyesV6(token=SECRET, limiter=limiter) as v6:
        await v6.request("POST", "instant/http-server", json={})
    assert limiter.seen == [
        RequestInfo("POST", "tests/817/run", api_version="v7"),
        RequestInfo("POST", "instant/http-server", api_version="v6"),
    ]
    assert [[s.category for s in POLICY.buckets(info)][-1] for info in limiter.seen] == [
        "instant-test",
        "instant-test",
    ]
