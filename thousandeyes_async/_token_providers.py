"""Two ready token providers: OAuth2 client credentials, and a JSON token endpoint.

Their secrets (the client secret, a password in the body) and what the token
endpoint answers never reach a repr, a log line or an error: the secrets are
registered for redaction, and errors name the status and the URL, never the body.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

import anyio
import httpx

from . import _redact
from ._auth import TokenSend, digest
from ._errors import APIError, AuthenticationError, ResponseDecodeError, error_for_status, safe_url
from ._tokens import AccessToken, HTTPTokenProvider
from .ratelimit._policy import http_date

__all__ = ["OAuth2ClientCredentials", "TokenEndpoint"]

#: Keys of a token request body whose values are secrets unless told otherwise.
SECRET_KEY_PARTS = ("password", "secret", "key", "token", "credential")

Expiry = Literal["seconds", "epoch_seconds", "epoch_millis"]
_EXPIRIES = ("seconds", "epoch_seconds", "epoch_millis")


class _SecretsOf:
    """Registers a provider's secrets with the redaction registry for as long as it lives."""

    _secret_forms: frozenset[str] = frozenset()

    @property
    def secret_forms(self) -> frozenset[str]:
        return self._secret_forms

    def _keep_secret(self, *secrets: str) -> None:
        self._secret_forms = _redact.secret_forms(secrets)
        _redact.register(self)


class OAuth2ClientCredentials(_SecretsOf, HTTPTokenProvider):
    """The OAuth 2.0 client-credentials grant: a form POST answered with
    ``access_token`` and ``expires_in`` (seconds)."""

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        scope: str | None = None,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client_id and client_secret must not be empty")
        self.token_url = _check_url(token_url)
        self.client_id = client_id
        self.scope = scope
        self._client_secret = client_secret
        self.identity = f"oauth2:{self.token_url}:{client_id}"
        self._keep_secret(client_secret)

    def __repr__(self) -> str:
        return f"<OAuth2ClientCredentials {self.token_url} client_id={self.client_id!r}>"

    async def fetch_with(self, send: TokenSend) -> AccessToken:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
        }
        if self.scope:
            form["scope"] = self.scope
        request = httpx.Request(
            "POST", self.token_url, data=form, headers={"Accept": "application/json"}
        )
        body, _ = await _ask(send, request)
        token = _text_field(body, "access_token", request)
        seconds = _number_field(body, "expires_in", request, required=False)
        # No expires_in: the token lasts until the server refuses it.
        return AccessToken(token, None if seconds is None else anyio.current_time() + seconds)


class TokenEndpoint(_SecretsOf, HTTPTokenProvider):
    """A token endpoint that takes a JSON body and names its token and expiry fields.

    ``expiry`` says what ``expiry_field`` holds: ``"seconds"`` from now,
    ``"epoch_seconds"`` or ``"epoch_millis"`` (an instant, placed against the
    answer's ``Date`` header, so the local clock's skew does not matter). Values of
    body keys that look secret (password, secret, key, token) are redacted, and
    ``secret_fields`` names more.
    """

    def __init__(
        self,
        url: str,
        json_body: Mapping[str, Any],
        token_field: str = "token",
        expiry_field: str = "expiration_time_in_millis",
        *,
        expiry: Expiry = "epoch_millis",
        secret_fields: tuple[str, ...] = (),
    ) -> None:
        if expiry not in _EXPIRIES:
            raise ValueError(f"expiry must be one of {', '.join(_EXPIRIES)}, got {expiry!r}")
        self.url = _check_url(url)
        self._body = dict(json_body)
        self.token_field = token_field
        self.expiry_field = expiry_field
        self.expiry = expiry
        secrets = [
            str(value)
            for key, value in self._body.items()
            if isinstance(value, str | int)
            and (key in secret_fields or any(part in key.lower() for part in SECRET_KEY_PARTS))
        ]
        public = json.dumps(
            {k: v for k, v in self._body.items() if str(v) not in secrets}, sort_keys=True
        )
        self.identity = f"token-endpoint:{self.url}:{digest(public)}"
        self._keep_secret(*secrets)

    def __repr__(self) -> str:
        return f"<TokenEndpoint {self.url} token_field={self.token_field!r}>"

    async def fetch_with(self, send: TokenSend) -> AccessToken:
        request = httpx.Request(
            "POST", self.url, json=self._body, headers={"Accept": "application/json"}
        )
        body, response = await _ask(send, request)
        token = _text_field(body, self.token_field, request)
        value = _number_field(body, self.expiry_field, request, required=True)
        assert value is not None
        if self.expiry == "seconds":
            left = value
        else:
            instant = value / 1000 if self.expiry == "epoch_millis" else value
            server_now = http_date(response.headers.get("Date"))
            if server_now is None:
                raise ResponseDecodeError(
                    "the answer has no Date header to place the token's expiry against",
                    endpoint=_endpoint(request),
                )
            left = instant - server_now
        return AccessToken(token, anyio.current_time() + left)


def _check_url(url: str) -> str:
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError("a token URL must be an http(s) URL with a host")
    if parsed.userinfo:
        raise ValueError("a token URL must not hold a user name or password")
    return str(parsed)


def _endpoint(request: httpx.Request) -> str:
    return f"{request.method} {safe_url(request.url.copy_with(query=None))}"


async def _ask(send: TokenSend, request: httpx.Request) -> tuple[dict[str, Any], httpx.Response]:
    """POST and decode; an error names the status, never the body (it may echo secrets)."""
    response = await send(request)
    status = response.status_code
    if status >= 300:
        message = (
            f"the token endpoint {_endpoint(request)} answered {status} "
            "(its body is not shown: it may hold secrets)"
        )
        error_cls: type[APIError] = (
            AuthenticationError if status in (400, 401, 403) else error_for_status(status)
        )
        raise error_cls(status, request.method, request.url, message=message)
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        body = None
    if not isinstance(body, dict):
        raise ResponseDecodeError(
            "the token endpoint's answer is not a JSON object", endpoint=_endpoint(request)
        ) from None
    return body, response


def _text_field(body: dict[str, Any], name: str, request: httpx.Request) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise ResponseDecodeError(
            "the token endpoint's answer has no token text", endpoint=_endpoint(request), path=name
        )
    return value


def _number_field(
    body: dict[str, Any], name: str, request: httpx.Request, *, required: bool
) -> float | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            value = None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ResponseDecodeError(
            "the token endpoint's answer has no expiry number",
            endpoint=_endpoint(request),
            path=name,
        )
    return float(value)
