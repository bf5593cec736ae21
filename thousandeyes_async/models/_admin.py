"""Tests, agents and snapshots: the objects around the test data.

Only fields the specification shows are typed; everything else a test, an agent
or a snapshot carries lands in ``extra`` and is unstructured back unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

import attrs

from .._errors import ResponseDecodeError
from ._converter import structure_record
from ._fields import extra_field, flag, opt

__all__ = [
    "Agent",
    "ApiLink",
    "InstantTest",
    "Snapshot",
    "Test",
    "TestDnsServer",
    "TestInfo",
    "structure_agents",
    "structure_instant_test",
    "structure_snapshot",
    "structure_test",
    "structure_tests",
]

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class ApiLink:
    """A link from a test to its own resource (``rel="self"``) or its data (``rel="data"``)."""

    href: str | None = opt()
    rel: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class TestDnsServer:
    """A DNS server a DNS server test targets."""

    __test__ = False  # not a pytest test class

    server_id: int | None = opt()
    server_name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Test:
    """A test's configuration: the ``test`` object of every test-data page and of ``/tests``."""

    __test__ = False  # not a pytest test class

    test_id: int
    test_name: str | None = opt()
    type: str | None = opt()
    interval: int | None = opt()
    enabled: bool | None = flag()
    saved_event: bool | None = flag()
    live_share: bool | None = flag()
    alerts_enabled: bool | None = flag()
    created_by: str | None = opt()
    created_date: datetime | None = opt()
    modified_by: str | None = opt()
    modified_date: datetime | None = opt()
    url: str | None = opt()
    server: str | None = opt()
    domain: str | None = opt()
    dns_transport_protocol: str | None = opt()
    dns_query_class: str | None = opt()
    protocol: str | None = opt()
    network_measurements: bool | None = flag()
    mtu_measurements: bool | None = flag()
    bandwidth_measurements: bool | None = flag()
    bgp_measurements: bool | None = flag()
    use_public_bgp: bool | None = flag()
    num_path_traces: int | None = opt()
    path_trace_mode: str | None = opt()
    probe_mode: str | None = opt()
    ipv6_policy: str | None = opt()
    http_interval: int | None = opt()
    http_time_limit: int | None = opt()
    http_target_time: int | None = opt()
    http_version: int | None = opt()
    follow_redirects: bool | None = flag()
    include_headers: bool | None = flag()
    verify_certificate: bool | None = flag()
    use_ntlm: bool | None = flag()
    auth_type: str | None = opt()
    content_regex: str | None = opt()
    ssl_version: str | None = opt()
    ssl_version_id: int | None = opt()
    page_load_time_limit: int | None = opt()
    page_load_target_time: int | None = opt()
    time_limit: int | None = opt()
    target_time: int | None = opt()
    transaction_script: str | None = opt()
    dns_servers: tuple[TestDnsServer, ...] | None = opt()
    api_links: tuple[ApiLink, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


#: The test metadata that comes with each page of test data.
TestInfo = Test


@attrs.frozen(kw_only=True)
class InstantTest(Test):
    """The test an instant run created (``POST instant/{testType}``).

    The seeds do not show this response. It is read as the test objects seed 001
    shows (``{"test": [{...}]}``, the shape ``/tests`` answers with), so the typed
    fields are those of :class:`Test` and every other key the server sends (its
    agents, say) is kept in ``extra``. ``instant.run(..., raw=True)`` gives the
    body as sent.
    """

    __test__ = False  # not a pytest test class


@attrs.frozen(kw_only=True)
class Agent:
    """An agent (``/agents``)."""

    agent_id: int
    agent_name: str | None = opt()
    agent_type: str | None = opt()
    country_id: str | None = opt()
    location: str | None = opt()
    ip_addresses: tuple[str, ...] | None = opt()
    enabled: bool | None = flag()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Snapshot:
    """A created snapshot (the ``link`` object of ``POST /snapshot``)."""

    link_id: str | None = opt()
    display_name: str | None = opt()
    test_id: int | None = opt()
    source_test_id: int | None = opt()
    round_id: int | None = opt()
    start_round_id: int | None = opt()
    end_round_id: int | None = opt()
    share_date: datetime | None = opt()
    uid: int | None = opt()
    view_url: str | None = opt()
    extra_params: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


def _list_at(body: Any, key: str, *, endpoint: str) -> list[Any]:
    if type(body) is not dict:
        raise ResponseDecodeError("expected a JSON object", endpoint=endpoint, path="$")
    items = body.get(key)
    if items is None:
        return []
    if type(items) is not list:
        raise ResponseDecodeError("expected an array", endpoint=endpoint, path=key)
    return items


def _structure_all(items: list[Any], cls: type[T], *, endpoint: str, key: str) -> list[T]:
    return [
        structure_record(item, cls, endpoint=endpoint, path=f"{key}[{index}]")
        for index, item in enumerate(items)
    ]


def structure_test(raw: Any, *, endpoint: str = "", path: str = "test") -> Test:
    """The test metadata of a test-data page (its ``test`` object, found at ``path``)."""
    return structure_record(raw, Test, endpoint=endpoint, path=path)


def structure_tests(body: Any, *, endpoint: str = "tests") -> list[Test]:
    """The tests of a ``/tests`` or ``/tests/{id}`` body (``{"test": [...]}``)."""
    return _structure_all(
        _list_at(body, "test", endpoint=endpoint), Test, endpoint=endpoint, key="test"
    )


def structure_instant_test(body: Any, *, endpoint: str = "instant") -> InstantTest:
    """The test of a ``POST instant/{testType}`` body: ``{"test": [{...}]}`` or ``{"test": {...}}``.

    Exactly one test is expected; anything else is a ``ResponseDecodeError``
    rather than a guess (``raw=True`` gives the body whatever it holds).
    """
    if type(body) is not dict:
        raise ResponseDecodeError("expected a JSON object", endpoint=endpoint, path="$")
    test = body.get("test")
    if type(test) is dict:
        return structure_record(test, InstantTest, endpoint=endpoint, path="test")
    if type(test) is not list or len(test) != 1:
        count = f"{len(test)} tests" if type(test) is list else repr(test)[:40]
        raise ResponseDecodeError(
            f"expected the one test the run created, got {count}", endpoint=endpoint, path="test"
        )
    return structure_record(test[0], InstantTest, endpoint=endpoint, path="test[0]")


def structure_agents(body: Any, *, endpoint: str = "agents") -> list[Agent]:
    """The agents of an ``/agents`` body (``{"agents": [...]}``)."""
    items = _list_at(body, "agents", endpoint=endpoint)
    return _structure_all(items, Agent, endpoint=endpoint, key="agents")


def structure_snapshot(body: Any, *, endpoint: str = "snapshot") -> Snapshot:
    """The snapshot a ``POST /snapshot`` created (the body's ``link`` object)."""
    if type(body) is not dict or type(body.get("link")) is not dict:
        raise ResponseDecodeError("expected a link object", endpoint=endpoint, path="link")
    return structure_record(body["link"], Snapshot, endpoint=endpoint, path="link")
