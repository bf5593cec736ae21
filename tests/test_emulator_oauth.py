"""The emulator's expiring tokens and OAuth2 token endpoint, seen by a plain httpx client."""

from __future__ import annotations

import base64
from typing import Any

import anyio
import pytest
import trio.testing

from thousandeyes_async.testing import (
    EmulatorCredential,
    OAuthClient,
    RateLimits,
    ThousandEyesEmulator,
)

from .emulator_support import http

CLIENT = OAuthClient("exporter", "client-secret-1f2e", token_lifetime=300)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _form(secret: str = CLIENT.client_secret, grant: str = "client_credentials") -> dict[str, str]:
    return {"grant_type": grant, "client_id": CLIENT.client_id, "client_secret": secret}


@pytest.mark.anyio
async def test_issued_tokens_work_on_v6_and_v7_until_they_expire() -> None:
    emulator = ThousandEyesEmulator(oauth_clients=[CLIENT])
    async with http(emulator, headers={}) as client:
        answer = await client.post("/auth/oauth/token", data=_form())
        assert answer.status_code == 200
        body = answer.json()
        assert body["token_type"] == "Bearer"
        assert body["expires_in"] == 300
        bearer = {"Authorization": f"Bearer {body['access_token']}"}
        assert (await client.get("/v6/agents", headers=bearer)).status_code == 200
        assert (await client.get("/v7/agents", headers=bearer)).status_code == 200
        await anyio.sleep(299)
        assert (await client.get("/v6/agents", headers=bearer)).status_code == 200
        await anyio.sleep(1)
        expired = await client.get("/v6/agents", headers=bearer)
    assert expired.status_code == 401
    assert [r.refusal for r in emulator.requests][-1] == "expired"
    assert emulator.oauth.issued["exporter"] == 1
    assert emulator.oauth.tokens_of("exporter") == (body["access_token"],)
    assert emulator.credential_counters(CLIENT.name).accepted == 3


@pytest.mark.anyio
async def test_revoked_tokens_are_refused_before_their_expiry() -> None:
    emulator = ThousandEyesEmulator(oauth_clients=[CLIENT])
    async with http(emulator, headers={}) as client:
        tokens = [(await client.post("/auth/oauth/token", data=_form())).json() for _ in range(2)]
        assert tokens[0]["access_token"] != tokens[1]["access_token"]
        assert emulator.revoke_tokens("exporter") == 2
        fresh = (await client.post("/auth/oauth/token", data=_form())).json()
        statuses = [
            (await client.get("/v6/agents", headers={"Authorization": f"Bearer {t}"})).status_code
            for t in (tokens[0]["access_token"], fresh["access_token"])
        ]
    assert statuses == [401, 200]
    assert [r.refusal for r in emulator.requests if r.status == 401] == ["revoked"]


@pytest.mark.anyio
async def test_bad_client_credentials_and_grants_are_refused() -> None:
    emulator = ThousandEyesEmulator(oauth_clients=[CLIENT])
    async with http(emulator, headers={}) as client:
        wrong = await client.post("/auth/oauth/token", data=_form(secret="guess"))
        grant = await client.post("/auth/oauth/token", data=_form(grant="password"))
        pair = base64.b64encode(f"{CLIENT.client_id}:{CLIENT.client_secret}".encode()).decode()
        basic = await client.post(
            "/auth/oauth/token",
            data={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {pair}"},
        )
    assert (wrong.status_code, wrong.json()) == (401, {"error": "invalid_client"})
    assert (grant.status_code, grant.json()) == (400, {"error": "unsupported_grant_type"})
    assert basic.status_code == 200  # client_secret_basic works as well as the form
    assert emulator.oauth.refused["exporter"] == 2
    assert emulator.client_counters().unauthorized == 1  # towards the source-IP block


@pytest.mark.anyio
async def test_token_requests_spend_nothing_of_the_organization_budget() -> None:
    emulator = ThousandEyesEmulator(
        oauth_clients=[CLIENT], limits=RateLimits(organization=3, window_seconds=60)
    )
    async with http(emulator, headers={}) as client:
        for _ in range(10):
            answer = await client.post("/auth/oauth/token", data=_form())
        bearer = {"Authorization": f"Bearer {answer.json()['access_token']}"}
        statuses = [(await client.get("/v6/agents", headers=bearer)).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


@pytest.mark.anyio
async def test_a_configured_credential_can_expire() -> None:
    emulator = ThousandEyesEmulator(
        credentials=[EmulatorCredential("short-lived-token", expires_at=1_704_067_200 + 60)]
    )
    bearer = {"Authorization": "Bearer short-lived-token"}
    async with http(emulator, headers=bearer) as client:
        first = await client.get("/v6/agents")
        await anyio.sleep(60)
        later = await client.get("/v6/agents")
    assert (first.status_code, later.status_code) == (200, 401)


def test_an_oauth_client_repr_hides_its_secret() -> None:
    assert CLIENT.client_secret not in repr(CLIENT)
    with pytest.raises(ValueError, match="client_secret"):
        OAuthClient("id", "")
