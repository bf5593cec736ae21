"""Credentials as ``httpx.Auth``, with the 401 breaker that protects the source IP.

The server blocks a source IP after 120 unauthorized requests in an hour
(seed 000). A script that keeps retrying a bad token would reach that block, so
after one 401 the credential is held back until the user resets it.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Awaitable, Callable, Generator, Mapping

import httpx

from . import _redact

#: How a credential sends its own requests (a token fetch) through the client's pipeline.
TokenSend = Callable[[httpx.Request], Awaitable[httpx.Response]]

__all__ = ["BasicAuth", "BearerAuth", "Credential", "TokenSend", "credential_from"]


class Credential(httpx.Auth):
    """A credential the transport can use; subclasses set the Authorization header.

    ``fingerprint`` identifies the credential without revealing it (a truncated
    SHA-256); it names the default rate-limit key.
    """

    scheme = ""

    def __init__(self) -> None:
        self.refused_because: str | None = None
        self._secrets: tuple[str, ...] = ()
        self._secret_forms: frozenset[str] = frozenset()

    @property
    def fingerprint(self) -> str:
        raise NotImplementedError  # pragma: no cover - abstract

    @property
    def secret_forms(self) -> frozenset[str]:
        """Every text that would reveal this credential; errors and logs never show them."""
        return getattr(self, "_secret_forms", frozenset())

    def _protect(self, *secrets: str) -> None:
        """Register ``secrets`` (and the Authorization value) for redaction."""
        value = self.authorization()
        self._secrets = (*getattr(self, "_secrets", ()), *secrets, value, value.partition(" ")[2])
        self._secret_forms = _redact.secret_forms(self._secrets)
        _redact.register(self)

    def authorization(self) -> str:
        raise NotImplementedError  # pragma: no cover - abstract

    def fixed_authorization(self) -> str | None:
        """The Authorization value when it can never change, else None.

        The pipeline then puts it among the headers it builds the request with,
        instead of setting it through an auth flow on every send.
        """
        return None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        value = self.authorization()
        if value not in self.secret_forms:
            # A credential of its own making (an expiring token) is protected as it is used.
            self._protect()
        request.headers["Authorization"] = value
        yield request

    def mark_refused(self, reason: str) -> None:
        self.refused_because = reason

    # -- hooks for credentials that change (expiring tokens); fixed secrets need none --

    def bind(self, send: TokenSend) -> None:
        """Receive the client's way of sending token requests (same timeouts and retries)."""

    async def prepare(self) -> None:
        """Called before a request goes out: the moment to fetch a token that is stale."""

    def ready(self) -> bool:
        """True when ``prepare()`` has nothing to fetch or wait for.

        The pipeline prepares before it waits for a rate-limit permit; a permit
        that arrives after the token went stale is given back before fetching, so
        a counted token request never waits on a permit its own caller holds.
        """
        return True

    async def recover(self, request: httpx.Request) -> bool:
        """After a 401 to ``request``: True when a retry may succeed (a fresh token).

        False means the 401 stands and the breaker holds the credential back.
        """
        return False

    def confirm(self, request: httpx.Request) -> None:
        """The server accepted the credential ``request`` was sent with."""

    def reset(self) -> None:
        self.refused_because = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} fingerprint={self.fingerprint}>"


def digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


class BearerAuth(Credential):
    """``Authorization: Bearer <token>`` (an OAuth bearer token)."""

    scheme = "Bearer"

    def __init__(self, token: str) -> None:
        super().__init__()
        if not token:
            raise ValueError("token must not be empty")
        self._token = token
        self._protect(token)

    @property
    def fingerprint(self) -> str:
        return digest("bearer", self._token)

    def fixed_authorization(self) -> str | None:
        return _unless_overridden(self, BearerAuth)

    def authorization(self) -> str:
        return f"Bearer {self._token}"


class BasicAuth(Credential):
    """``Authorization: Basic base64(email:token)`` (a user API token)."""

    scheme = "Basic"

    def __init__(self, email: str, token: str) -> None:
        super().__init__()
        if not email or not token:
            raise ValueError("email and token must not be empty")
        self.email = email
        self._token = token
        pair = f"{email}:{token}"
        encoded = base64.b64encode(pair.encode()).decode("ascii")
        urlsafe = base64.urlsafe_b64encode(pair.encode()).decode("ascii")
        self._protect(email, token, pair, encoded, encoded.rstrip("="), urlsafe.rstrip("="))

    @property
    def fingerprint(self) -> str:
        return digest("basic", self.email, self._token)

    def fixed_authorization(self) -> str | None:
        return _unless_overridden(self, BasicAuth)

    def authorization(self) -> str:
        raw = f"{self.email}:{self._token}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")


def _unless_overridden(credential: Credential, base: type[Credential]) -> str | None:
    """The value of a secret that never changes, unless a subclass sends it its own way."""
    kind = type(credential)
    for name in ("authorization", "auth_flow", "async_auth_flow"):
        if getattr(kind, name) is not getattr(base, name):
            return None
    return credential.authorization()


def credential_from(
    *,
    token: str | None,
    email: str | None,
    environ: Mapping[str, str] | None = None,
) -> Credential:
    """Choose the credential from keywords, else from the environment."""
    env = os.environ if environ is None else environ
    token = token if token is not None else env.get("THOUSANDEYES_TOKEN") or None
    email = email if email is not None else env.get("THOUSANDEYES_EMAIL") or None
    if not token:
        raise ValueError(
            "no ThousandEyes credential: pass token= (Bearer) or email= and token= (Basic), "
            "or set the environment variable THOUSANDEYES_TOKEN (and THOUSANDEYES_EMAIL for "
            "Basic authentication)"
        )
    if email:
        return BasicAuth(email, token)
    return BearerAuth(token)
