"""The emulator serves every operation of the eight vendored v7 documents.

Each operation is sent once, with made-up ids: whatever the answer (often a
404 for the id), it must come from the operation's handler, not from the
router's "no such endpoint" or 405, and it must validate against the document.
"""

from __future__ import annotations

import re

import pytest
import trio.testing

from thousandeyes_async.testing import ThousandEyesEmulator

from .emulator_support import http
from .v7_spec_support import validate
from .v7_specs import operations

pytestmark = pytest.mark.anyio
OPERATIONS = sorted(operations(), key=lambda o: o[3]["operationId"])


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def test_there_are_151_operations() -> None:
    assert len(OPERATIONS) == 151


@pytest.mark.parametrize(
    ("area", "method", "path", "operation"),
    OPERATIONS,
    ids=[o[3]["operationId"] for o in OPERATIONS],
)
async def test_every_operation_is_served(
    area: str, method: str, path: str, operation: dict[str, object]
) -> None:
    emulator = ThousandEyesEmulator()
    url = "/v7" + re.sub(r"\{[^}]+\}", "77", path)
    async with http(emulator) as client:
        json = {} if method in ("post", "put") else None
        response = await client.request(method.upper(), url, json=json)
    assert response.status_code not in (405, 500), response.text
    if response.status_code == 404:
        assert not response.json()["detail"].startswith("no such endpoint"), url
    if "/{" not in path and method == "get":
        assert response.status_code == 200, response.text
    validate(area, response, request=False)


#: Bodies of every JSON shape, with each field of the request schemas set to each.
JUNK: list[object] = [None, [], "text", 7, {"agents": [7, None, {"agentId": 7}]}]
_VALUES: list[object] = [None, "x", -1, 1.5, True, [None], {"k": None}, [{"k": [1]}]]


def _ids(emulator: ThousandEyesEmulator, path: str) -> str:
    """The path with ids the emulator has (a test of the path's type, an agent...)."""
    parts = path.strip("/").split("/")
    test_type = parts[1] if parts[0] == "tests" and len(parts) > 1 else None
    tests = emulator.dataset.tests()
    test = next(
        (t for t in tests if test_type in (t.type, "dnssec" if t.type == "dns-dnssec" else "")),
        tests[0],
    )
    values = {
        "testId": str(test.test_id),
        "agentId": str(emulator.dataset.agents[0].agent_id),
        "id": "1" if parts[0] in ("users", "roles") else "1234",
        "ruleId": "60001",
    }
    return "/v7" + re.sub(r"\{([^}]+)\}", lambda m: values.get(m.group(1), "77"), path)


WRITES = [o for o in OPERATIONS if o[1] in ("post", "put") and "requestBody" in o[3]]


@pytest.mark.parametrize(
    ("area", "method", "path", "operation"), WRITES, ids=[o[3]["operationId"] for o in WRITES]
)
async def test_no_body_makes_a_write_fail_with_a_server_error_or_an_invalid_answer(
    area: str, method: str, path: str, operation: dict[str, object]
) -> None:
    from .v7_spec_support import request_example

    emulator = ThousandEyesEmulator()
    url = _ids(emulator, path)
    fields = list(request_example(area, str(operation["operationId"])))
    bodies = JUNK + [dict.fromkeys(fields, v) for v in _VALUES]
    async with http(emulator) as client:
        for body in bodies:
            response = await client.request(method.upper(), url, json=body)
            # Fields a schema does not have are ignored, so some junk is accepted.
            assert response.status_code in (200, 201, 400, 404), (body, response.text)
            validate(area, response, request=False)
