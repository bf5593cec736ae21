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
