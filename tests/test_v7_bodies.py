"""Request bodies of the typed v7 writes: checked against their schema, nothing sent when wrong."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import attrs
import pytest
import respx
import trio.testing

from thousandeyes_async import AsyncThousandEyes
from thousandeyes_async.models.v7 import shared
from thousandeyes_async.models.v7 import tests as v7_tests
from thousandeyes_async.models.v7.administrative import UserRequest
from thousandeyes_async.models.v7.operations import OPERATIONS, OPERATIONS_BY_ID
from thousandeyes_async.ratelimit import UnlimitedLimiter
from thousandeyes_async.resources._body import InvalidBody, check_body
from thousandeyes_async.resources._v7_methods import METHODS

from .conftest import BASE, SECRET
from .v7_minimal import minimal

pytestmark = pytest.mark.anyio

CREATED = {**minimal(OPERATIONS_BY_ID["create_http_server_test"].response), "testId": "5"}
# Imported through their modules: pytest would take a Test* class for a test.
HttpServerTestRequest = v7_tests.HttpServerTestRequest
Agent = v7_tests.TestAgentRequest
Protocol = shared.TestProtocol


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.post("/v7/tests/http-server").respond(201, json=CREATED)
        mock.put("/v7/tests/http-server/5").respond(200, json=CREATED)
        yield mock


def _client() -> AsyncThousandEyes:
    return AsyncThousandEyes(token=SECRET, limiter=UnlimitedLimiter())


def _sent(api: respx.MockRouter) -> list[Any]:
    return [json.loads(call.request.content) for call in api.calls]


GOOD = {
    "testName": "shop",
    "url": "https://shop.example",
    "interval": 300,
    "agents": [{"agentId": "113"}],
}


async def test_the_request_class_is_sent_with_camel_case_keys_and_no_none(
    api: respx.MockRouter,
) -> None:
    body = HttpServerTestRequest(
        test_name="shop",
        url="https://shop.example",
        interval=300,
        agents=(Agent(agent_id="113"),),
        protocol=Protocol.TCP,
    )
    async with _client() as te:
        await te.tests.http_server.create(body)
        await te.tests.http_server.update(5, body)
    assert _sent(api) == [{**GOOD, "protocol": "tcp"}] * 2


async def test_a_mapping_with_the_api_keys_is_sent_as_it_is(api: respx.MockRouter) -> None:
    async with _client() as te:
        created = await te.tests.http_server.create(GOOD)
        raw = await te.tests.http_server.create({**GOOD, "description": None}, raw=True)
    assert _sent(api) == [GOOD, GOOD]  # a None that is not nullable is left out
    assert created.test_id == CREATED["testId"]
    assert raw == CREATED


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({k: v for k, v in GOOD.items() if k != "url"}, r"missing required field body\.url "),
        ({**GOOD, "agents": [{"sourceIpAddress": "10.0.0.1"}]}, r"body\.agents\[0\]\.agentId"),
        ({**GOOD, "testId": "281474976710656"}, r"'testId' is read-only"),
        ({**GOOD, "createdBy": "someone"}, r"'createdBy' is read-only"),
        ({**GOOD, "protocol": "sctp"}, r"body\.protocol must be one of tcp, icmp, udp"),
        ({**GOOD, "test_name": "x"}, r"body\.test_name .*\(the API's key is 'testName'\)"),
        ({**GOOD, "nonsense": 1}, r"body\.nonsense is not a field of HttpServerTestRequest"),
        ({**GOOD, "interval": "300"}, r"does not fit HttpServerTestRequest"),
        ({**GOOD, "agents": "113"}, r"body\.agents must be an array"),
    ],
)
async def test_a_body_the_schema_refuses_names_the_field_and_sends_nothing(
    api: respx.MockRouter, body: dict[str, Any], message: str
) -> None:
    async with _client() as te:
        with pytest.raises(InvalidBody, match=message):
            await te.tests.http_server.create(body)
        with pytest.raises(ValueError, match=message):
            await te.tests.http_server.update(5, body)
    assert not api.calls


async def test_a_request_class_holding_what_the_schema_refuses_sends_nothing(
    api: respx.MockRouter,
) -> None:
    good = HttpServerTestRequest(
        url="https://shop.example", interval=300, agents=(Agent(agent_id="1"),)
    )
    async with _client() as te:
        with pytest.raises(InvalidBody, match=r"body\.protocol must be one of"):
            await te.tests.http_server.create(attrs.evolve(good, protocol=Protocol("sctp")))
        with pytest.raises(InvalidBody, match="'testId' is read-only"):
            await te.tests.http_server.create(attrs.evolve(good, extra={"testId": "1"}))
        with pytest.raises(TypeError, match="takes a HttpServerTestRequest or a mapping"):
            await te.tests.http_server.create(UserRequest(name="x", email="a@b.c"))  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="needs a body"):
            await te.tests.http_server.create(None)  # type: ignore[arg-type]
    assert not api.calls


async def test_a_mapping_may_hold_records_and_enum_members(api: respx.MockRouter) -> None:
    body = {**GOOD, "agents": [Agent(agent_id="113")], "protocol": Protocol.UDP}
    async with _client() as te:
        await te.tests.http_server.create(body)
    assert _sent(api) == [{**GOOD, "protocol": "udp"}]


async def test_a_date_time_in_a_mapping_is_sent_in_the_api_form() -> None:
    start = datetime(2030, 1, 1, 12, tzinfo=UTC)
    snapshot = OPERATIONS_BY_ID["create_test_snapshot"]
    answer = minimal(snapshot.response)
    async with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        route = mock.post("/v7/tests/9/snapshot").respond(201, json=answer)
        async with _client() as te:
            body = {**minimal(snapshot.request), "startDate": start, "endDate": start}
            await te.snapshots.create(9, body)
    sent = json.loads(route.calls[0].request.content)
    assert sent["startDate"] == sent["endDate"] == "2030-01-01T12:00:00Z"


def test_a_nullable_key_set_to_none_is_sent_as_null_and_others_are_left_out() -> None:
    operation = attrs.evolve(
        OPERATIONS_BY_ID["create_http_server_test"], request_nullable=frozenset({"description"})
    )
    body = {**GOOD, "description": None, "contentRegex": None}
    assert check_body(operation, body, "create") == {**GOOD, "description": None}


@pytest.mark.parametrize("op_id", [op.id for op in OPERATIONS if op.request is not None])
def test_every_write_refuses_a_body_missing_a_required_field_and_takes_its_minimal_one(
    op_id: str,
) -> None:
    operation = OPERATIONS_BY_ID[op_id]
    name = ".".join(METHODS[op_id])
    body = minimal(operation.request)
    assert check_body(operation, body, name) == body
    required = [a for a in attrs.fields(operation.request) if a.default is attrs.NOTHING]
    if not required:
        return
    key = next(iter(body))
    with pytest.raises(InvalidBody, match=f"missing required field body.{key} "):
        check_body(operation, {k: v for k, v in body.items() if k != key}, name)
    for read_only in sorted(operation.request_read_only):
        with pytest.raises(InvalidBody, match=f"'{read_only}' is read-only"):
            check_body(operation, {**body, read_only: "x"}, name)
