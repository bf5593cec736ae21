"""The emulator's OAuth2 token endpoint: client credentials in, short-lived tokens out.

ThousandEyes v7 accepts OAuth 2.0 bearer tokens, which expire; seed 003 gives
the shape of the exchange (a form POST answered with ``access_token`` and
``expires_in``). Tokens are minted deterministically per client, live in emulator
time, and can be revoked early, which is what a refresh path needs to be tested.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections import Counter
from collections.abc import Iterable
from urllib.parse import parse_qsl

from ._auth import Authenticator
from ._config import EmulatorCredential, OAuthClient
from ._routes import Reply

__all__ = ["TOKEN_PATH", "TokenIssuer"]

#: Where the emulator's token endpoint listens (seed 003's path).
TOKEN_PATH = "/auth/oauth/token"


class TokenIssuer:
    """Issues, counts and revokes the tokens of the configured OAuth2 clients."""

    def __init__(self, clients: Iterable[OAuthClient], authenticator: Authenticator) -> None:
        self.clients: dict[str, OAuthClient] = {}
        self._authenticator = authenticator
        #: Tokens issued, per client id.
        self.issued: Counter[str] = Counter()
        #: Token requests refused (bad client credentials or grant), per client id given.
        self.refused: Counter[str] = Counter()
        self._live: dict[str, list[tuple[str, float]]] = {}
        self._history: dict[str, list[str]] = {}
        for client in clients:
            self.add(client)

    def add(self, client: OAuthClient) -> None:
        self.clients[client.client_id] = client

    def tokens_of(self, client_id: str) -> tuple[str, ...]:
        """Every token issued to ``client_id``, oldest first (for tests that look for leaks)."""
        return tuple(self._history.get(client_id, ()))

    def revoke(self, now: float, client_id: str | None = None) -> int:
        """Refuse every token issued so far (to ``client_id``, or to all); returns how many
        had not expired yet."""
        revoked = 0
        for owner in [client_id] if client_id is not None else list(self._live):
            for token, expires_at in self._live.pop(owner or "", []):
                if self._authenticator.revoke(token) and now < expires_at:
                    revoked += 1
        return revoked

    def answer(self, body: bytes, authorization: str | None, now: float) -> Reply:
        """Answer one POST to the token endpoint."""
        form = dict(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True))
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        if authorization and authorization.lower().startswith("basic "):
            client_id, secret = _basic(authorization) or (client_id, secret)
        if form.get("grant_type") != "client_credentials":
            self.refused[client_id] += 1
            return _oauth_error(400, "unsupported_grant_type")
        client = self.clients.get(client_id)
        if client is None or not hmac.compare_digest(
            client.client_secret.encode(), secret.encode()
        ):
            self.refused[client_id] += 1
            return _oauth_error(401, "invalid_client")
        self.issued[client_id] += 1
        token = _mint(client, self.issued[client_id])
        credential = EmulatorCredential(
            token,
            organization=client.organization,
            name=client.name,
            account_groups=client.account_groups,
            expires_at=now + client.token_lifetime,
        )
        self._authenticator.add(credential)
        self._live.setdefault(client_id, []).append((token, now + client.token_lifetime))
        self._history.setdefault(client_id, []).append(token)
        lifetime = client.token_lifetime
        expires_in = int(lifetime) if float(lifetime).is_integer() else lifetime
        return Reply(
            200,
            {"access_token": token, "token_type": "Bearer", "expires_in": expires_in},
        )


def _mint(client: OAuthClient, serial: int) -> str:
    """A token nobody could guess from the client id alone (it mixes in the secret)."""
    seed = f"{client.client_id}\0{client.client_secret}\0{serial}".encode()
    return "te-oauth-" + hashlib.sha256(seed).hexdigest()[:32]


def _basic(authorization: str) -> tuple[str, str] | None:
    try:
        raw = base64.b64decode(authorization.split(" ", 1)[1].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, IndexError):
        return None
    client_id, sep, secret = raw.partition(":")
    return (client_id, secret) if sep else None


def _oauth_error(status: int, code: str) -> Reply:
    reply = Reply(status, {"error": code})
    if status == 401:
        reply.headers.append(("WWW-Authenticate", 'Basic realm="token"'))
    return reply
