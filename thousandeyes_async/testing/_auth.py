"""Server-side authentication: which configured credential, if any, sent a request."""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Iterable

from ._config import EmulatorCredential

__all__ = ["Authenticator"]


class Authenticator:
    """Matches ``Authorization`` headers (Basic email:token or Bearer) to credentials."""

    def __init__(self, credentials: Iterable[EmulatorCredential]) -> None:
        self._bearer: dict[str, EmulatorCredential] = {}
        self._basic: dict[tuple[str, str], EmulatorCredential] = {}
        for credential in credentials:
            self.add(credential)

    def add(self, credential: EmulatorCredential) -> None:
        if credential.email:
            self._basic[(credential.email, credential.token)] = credential
        else:
            self._bearer[credential.token] = credential

    def identify(self, authorization: str | None) -> EmulatorCredential | None:
        """The credential behind an ``Authorization`` header, or None (a 401)."""
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
