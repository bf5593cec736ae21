"""The client against Prism, an implementation of the published v7 specs nobody here wrote.

Two promises of the v7 issues: anything the spec allows must structure, and every
request the client sends must be valid for the spec. Prism serves random bodies
the spec allows (and, asked, the spec's own examples) and answers a request the
spec does not allow with a 4xx naming the violations.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from thousandeyes_async import APIError, AsyncThousandEyes, ResponseDecodeError
from thousandeyes_async.models._converter_v7 import structure_v7
from thousandeyes_async.models._openapi import Operation
from thousandeyes_async.models.v7.operations import OPERATIONS_BY_ID

from . import prism_server
from .prism_contract import (
    OPERATIONS,
    RESULTS_METHODS,
    TYPED,
    Call,
    Exchange,
    MockRoute,
    body_for,
    call,
    client,
    first_page,
    path_ids,
)
from .prism_server import PrismServer

# One worker starts the Prism server and runs every contract test against it.
pytestmark = [pytest.mark.prism, pytest.mark.xdist_group("prism")]

#: Random bodies per operation: each round draws new ones. One in the default suite,
#: which must stay short on two cores; ``nox -s contract`` draws 25 (TE_PRISM_ROUNDS).
ROUNDS = int(os.environ.get("TE_PRISM_ROUNDS", "1"))
#: The spec's own examples through Prism too: ``nox -s contract`` sets TE_PRISM_EXAMPLES=1.
#: The default suite structures every example with the converter alone, property
#: examples assembled into bodies as Prism does (tests/test_models_v7_examples.py).
EXAMPLES = os.environ.get("TE_PRISM_EXAMPLES", "") not in ("", "0")


def _valid(exchange: Exchange, operation: Operation) -> None:
    """Prism accepted the request (no violations) and answered with a success.

    Violations Prism finds in its own answer (a spec example that lacks a property
    its schema requires) are the spec's, not ours: that answer must structure all the same.
    """
    found = exchange.found("request")
    assert not found, f"{operation.id}: Prism found the request invalid: {found}"
    assert 200 <= exchange.status < 300, (
        f"{operation.id}: Prism answered {exchange.status}: {exchange.content[:500]!r}"
    )


async def _call(route: MockRoute, te: AsyncThousandEyes, operation: Operation, args: Call) -> Any:
    sent = len(route.exchanges)
    try:
        return await call(te, operation, args, route=route)
    except APIError:
        # Say what Prism found wrong, not only the problem body it answered with.
        for exchange in route.exchanges[sent:]:
            _valid(exchange, operation)
        raise


async def _check(prism: PrismServer, operation: Operation, *, dynamic: bool, rounds: int) -> None:
    route = MockRoute(prism.url, dynamic=dynamic)
    async with client(route) as te:
        for _ in range(rounds):
            sent = len(route.exchanges)
            args = Call(path_ids(operation), body_for(operation, full=True))
            try:
                handed = await _call(route, te, operation, args)
                first = route.exchanges[sent]
                _valid(first, operation)
                body = first.json()
                if operation.response is not None:
                    structure_v7(body, operation.response, endpoint=operation.id)
            except ResponseDecodeError as exc:
                _refused_where_prism_found(exc, route.exchanges[sent], operation)
                continue
            if handed.streamed:
                # The stream structured each record of the page (and raised if it could not).
                items = (body or {}).get(operation.items or "results") or []
                assert len(handed.value) == len(items)
            elif operation.id in TYPED:
                # A typed method hands out the record (or nothing, for no body).
                expected = None if body is None else structure_v7(body, operation.response)
                assert handed.value == expected
            else:
                assert handed.value == body


def _refused_where_prism_found(
    error: ResponseDecodeError, exchange: Exchange, operation: Operation
) -> None:
    """An answer the client cannot structure must be one that breaks the spec, there.

    Prism's own answers sometimes do (its example of an agent lacks the
    ``agentType`` the schema requires); it says so, and where. Anything the spec
    allows must structure: a refusal anywhere else is the client's fault.
    """
    _valid(exchange, operation)
    found = exchange.found("response")
    ours = _steps(error.path)
    places = []
    for violation in found:
        place = [str(step) for step in violation["location"][2:]]
        missing = re.search(r"required property '([^']+)'", violation.get("message", ""))
        if violation.get("code") == "required" and missing:
            place.append(missing.group(1))
        places.append(place)
    assert any(_nested(ours, place) for place in places), (
        f"{operation.id}: the client refused an answer the spec allows: {error}; "
        f"Prism found in it only {found}"
    )


def _steps(path: str) -> list[str]:
    return re.findall(r"[^.\[\]$]+", path)


def _nested(ours: list[str], theirs: list[str]) -> bool:
    shorter = min(len(ours), len(theirs))
    return ours[:shorter] == theirs[:shorter] and shorter > 0


@pytest.mark.asyncio
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.id)
async def test_every_answer_the_spec_allows_structures(
    prism: PrismServer, operation: Operation
) -> None:
    await _check(prism, operation, dynamic=True, rounds=ROUNDS)


if EXAMPLES:

    @pytest.mark.asyncio
    @pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.id)
    async def test_the_spec_examples_structure(prism: PrismServer, operation: Operation) -> None:
        await _check(prism, operation, dynamic=False, rounds=1)


def test_the_one_prism_server_answers_for_every_spec(prism: PrismServer) -> None:
    from .v7_specs import SPECS

    assert sorted(prism.specs) == [
        "administrative",
        "agents",
        "alerts",
        "events",
        "instant-tests",
        "test-results",
        "test-snapshots",
        "tests",
    ]
    assert set(prism.specs.values()) == set(SPECS.glob("*.yml"))
    # Prism checks the spec's security scheme: no Bearer token, no answer.
    answer = httpx.get(prism.url + "/agents", timeout=10)
    assert answer.status_code == 401
    # A list of each part of the API answers from the one server.
    auth = {"Authorization": "Bearer x", "Accept": "application/hal+json"}
    for path, key in [
        ("/agents", "agents"),
        ("/account-groups", "accountGroups"),
        ("/alerts", "alerts"),
        ("/events", "events"),
        ("/tests", "tests"),
    ]:
        answer = httpx.get(prism.url + path, headers=auth, timeout=10)
        assert answer.status_code == 200, (path, answer.text[:300])
        assert key in answer.json(), path


def test_the_union_of_the_specs_refuses_parts_that_disagree(tmp_path: Path) -> None:
    def part(name: str, paths: dict[str, Any], schemas: dict[str, Any]) -> Path:
        document = {
            "openapi": "3.0.1",
            "info": {"title": name, "version": "1"},
            "servers": [{"url": "https://api.example/v7"}],
            "paths": paths,
            "components": {"schemas": schemas},
        }
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(document))
        return path

    ok = {"get": {"responses": {"200": {"description": "ok"}}}}
    a = part("a", {"/a": ok}, {"Shared": {"type": "string"}})
    b = part("b", {"/b": ok}, {"Shared": {"type": "string"}, "B": {"type": "integer"}})
    merged = prism_server.union({"a": a, "b": b})
    assert sorted(merged["paths"]) == ["/a", "/b"]
    assert sorted(merged["components"]["schemas"]) == ["B", "Shared"]
    again = part("c", {"/a": ok}, {})
    with pytest.raises(ValueError, match="/a is in both a and c"):
        prism_server.union({"a": a, "c": again})
    other = part("d", {"/d": ok}, {"Shared": {"type": "integer"}})
    with pytest.raises(ValueError, match="components/schemas/Shared differs in a and d"):
        prism_server.union({"a": a, "d": other})


def test_prism_is_found_where_ci_installs_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TE_PRISM", raising=False)
    local = tmp_path / "prism"
    local.write_text("#!/usr/bin/env node\n")
    monkeypatch.setattr(prism_server, "LOCAL_PRISM", local)
    monkeypatch.setattr(prism_server.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert prism_server.find_prism() == str(local)
    monkeypatch.setenv("TE_PRISM", "/opt/prism")
    assert prism_server.find_prism() == "/opt/prism"


def test_no_node_means_no_prism(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TE_PRISM", raising=False)
    monkeypatch.setattr(prism_server.shutil, "which", lambda name: None)
    assert prism_server.find_prism() is None


START = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)
END = START + timedelta(hours=6)


def _results_options() -> list[tuple[str, dict[str, Any]]]:
    """Each option of each test-results stream, one at a time, from the operation table."""
    out: list[tuple[str, dict[str, Any]]] = []
    for operation_id in RESULTS_METHODS:
        operation = OPERATIONS_BY_ID[operation_id]
        taken = {parameter.key: parameter for parameter in operation.query_parameters}
        variants: list[dict[str, Any]] = [{}, {"account_group_id": "5678"}]
        if "window" in taken:
            variants += [
                {"window": "12h"},
                {"window": timedelta(days=2)},
                {"window": 3600},
                {"start": START},
                {"start": START, "end": END},
            ]
        for key in ("direction", "expand"):
            if key in taken:
                values = [str(member.value) for member in taken[key].kind]
                variants += [{key: value} for value in values]
                if taken[key].array:
                    variants.append({key: values})
        out += [(operation_id, variant) for variant in variants]
    return out


_SENT_AS = {"account_group_id": "aid", "start": "startDate", "end": "endDate"}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("operation_id", "options"),
    _results_options(),
    ids=lambda v: v if isinstance(v, str) else "-".join(f"{k}={v[k]}" for k in v) or "none",
)
async def test_every_option_of_every_results_stream_makes_a_valid_request(
    prism: PrismServer, operation_id: str, options: dict[str, Any]
) -> None:
    operation = OPERATIONS_BY_ID[operation_id]
    route = MockRoute(prism.url)
    async with client(route) as te:
        method = getattr(te.test_results, RESULTS_METHODS[operation_id])
        await first_page(method(**path_ids(operation), **options), operation, route, 0)
    first = route.exchanges[0]
    _valid(first, operation)
    query = first.request.url.params
    for option in options:
        assert _SENT_AS.get(option, option) in query, (option, str(first.request.url))
    if "account_group_id" in options:
        assert query["aid"] == "5678"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "operation_id",
    [op.id for op in OPERATIONS if op.area == "test-results" and op.paginated],
)
async def test_a_results_stream_follows_the_cursor_with_a_valid_request(
    prism: PrismServer, operation_id: str
) -> None:
    # Prism's next links are random strings: here each of the first two answers
    # gets a next link as the API writes it (its own URL with a cursor).
    operation = OPERATIONS_BY_ID[operation_id]
    ranged = any(parameter.key == "window" for parameter in operation.query_parameters)
    options = {"window": "1d"} if ranged else {}
    route = MockRoute(prism.url, cursor_pages=2)
    async with client(route) as te:
        method = getattr(te.test_results, RESULTS_METHODS[operation_id])
        async with method(**path_ids(operation), **options) as stream:
            records = [record async for record in stream]
    assert len(route.exchanges) == 3
    for exchange in route.exchanges:
        _valid(exchange, operation)
        assert exchange.request.url.params.get("window") == options.get("window")
    cursors = [exchange.request.url.params.get("cursor") for exchange in route.exchanges]
    assert cursors == [None, "opaque-cursor-1", "opaque-cursor-2"]
    items = operation.items or "results"
    assert len(records) == sum(len(e.json().get(items) or []) for e in route.exchanges)
    assert stream.pages == 3


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "operation", [op for op in OPERATIONS if op.request is not None], ids=lambda op: op.id
)
async def test_a_request_record_of_required_fields_only_is_a_valid_body(
    prism: PrismServer, operation: Operation
) -> None:
    route = MockRoute(prism.url)
    async with client(route) as te:
        ids = path_ids(operation)
        body = body_for(operation, full=False)
        await _call(route, te, operation, Call(ids, body))
    _valid(route.exchanges[0], operation)
    assert json.loads(route.exchanges[0].request.content) == body


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == 151
    results = [op for op in OPERATIONS if op.area == "test-results"]
    assert len(results) == 21
    assert all(op.id in TYPED for op in results)
