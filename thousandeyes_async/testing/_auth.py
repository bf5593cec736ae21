"""Server-side authentication: which configured credential, if any, sent a request.

Expired and revoked tokens are refused like unknown ones (a 401), but the
request log tells them apart, so a test can show no request went out with a
token that had already expired.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Iterable
from typing import NamedTuple

from ._config import EmulatorCredential


class Identified(NamedTuple):
    """The credential behind a request, or None and why not (unknown, expired, revoked)."""

    credential: EmulatorCredential | None
    refusal: str | None = None


__all__ = ["Authenticator", "Identified"]


class Authenticator:
    """Matches ``Authorization`` headers (Basic email:token or Bearer) to credentials."""

    def __init__(self, credentials: Iterable[EmulatorCredential]) -> None:
        self._bearer: dict[str, EmulatorCredential] = {}
        self._basic: dict[tuple[str, str], EmulatorCredential] = {}
        self._revoked: set[str] = set()
        for credential in credentials:
            self.add(credential)

    def add(self, credential: EmulatorCredential) -> None:
        if credential.email:
            self._basic[(credential.email, credential.token)] = credential
        else:
            self._bearer[credential.token] = credential

    def revoke(self, token: str) -> bool:
        """Refuse a Bearer token from now on, before its expiry; False if unknown."""
        credential = self._bearer.pop(token, None)
        if credential is None:
            return False
        self._revoked.add(token)
        return True

    def check(self, authorization: str | None, now: float) -> Identified:
        """Like :meth:`identify`, refusing expired tokens and saying why a header failed."""
        credential = self.identify(authorization)
        if credential is not None:
            if credential.expires_at is not None and now >= credential.expires_at:
                return Identified(None, "expired")
            return Identified(credential)
        value = (authorization or "").strip().partition(" ")[2].strip()
        return Identified(None, "revoked" if value in self._revoked else "unknown")

    def identify(self, authorization: str | None) -> EmulatorCredential | None:
        """The credential behind an ``Authorization`` header, or None (a 401); expiry
        is not looked at here (see :meth:`check`)."""
        if not authorization:
            return None
        scheme, _, value = authorization.strip().partition(" ")
        value = value.strip()
        if scheme.lower() == "bearer":
            return _lookup(self._bearer, value)
        if scheme.lower() == "basic":
            try:
                raw = base64.b64decode(value, validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return None
            email, sep, token = raw.partition(":")
            if not sep:
                return None
            for (known_email, known_token), credential in self._basic.items():
                if known_email.lower() == email.lower() and hmac.compare_digest(
                    known_token.encode(), token.encode()
                ):
                    return credential
        return None


def _lookup(table: dict[str, EmulatorCredential], token: str) -> EmulatorCredential | None:
    for known, credential in table.items():
        if hmac.compare_digest(known.encode(), token.encode()):
            return credential
    return None
