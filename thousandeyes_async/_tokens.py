"""Bearer tokens that expire: a provider fetches them, ``RefreshingBearer`` keeps one fresh.

A long export outlives a short-lived token. Refreshing ahead of expiry keeps
requests from meeting the 401 at all; one fetch serves every waiting request, so
a thousand tasks never turn into a thousand token requests; and a 401 to a token
believed valid (revoked early by the server) earns one refresh and one retry
before the breaker that protects the source IP is allowed to trip.
"""

from __future__ import annotations

import abc
import inspect
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Protocol, runtime_checkable

import anyio
import attrs
import httpx

from ._auth import Credential, TokenSend, digest
from ._errors import AuthenticationError

__all__ = ["AccessToken", "RefreshingBearer", "TokenProvider"]

logger = logging.getLogger("thousandeyes_async")

#: Refresh this many seconds before a token expires, unless told otherwise.
DEFAULT_REFRESH_MARGIN = 60.0


@attrs.frozen(repr=False)
class AccessToken:
    """A bearer token and when it stops working.

    ``expires_at`` is on the clock of ``anyio.current_time()`` (not the wall
    clock); None means it does not expire until the server refuses it.
    """

    token: str
    expires_at: float | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.token, str) or not self.token:
            raise ValueError("an access token must be a non-empty string")

    @classmethod
    def expiring_in(cls, token: str, seconds: float) -> AccessToken:
        """A token valid for ``seconds`` from now (as an ``expires_in`` field says)."""
        return cls(token, anyio.current_time() + float(seconds))

    def __repr__(self) -> str:
        return f"<AccessToken expires_at={self.expires_at!r}>"


@runtime_checkable
class TokenProvider(Protocol):
    """Fetches a new access token; a plain ``async def`` returning one works too."""

    async def fetch(self) -> AccessToken: ...


class HTTPTokenProvider(abc.ABC):
    """A provider that asks a token endpoint: it sends through the client's pipeline."""

    #: What names this provider's budget (a token URL and client id), never a secret.
    identity = ""

    async def fetch(self, send: TokenSend | None = None) -> AccessToken:
        """Fetch a token with ``send``; alone (no client), with a short-lived httpx client."""
        if send is not None:
            return await self.fetch_with(send)
        async with httpx.AsyncClient(follow_redirects=False) as http:
            return await self.fetch_with(http.send)

    @abc.abstractmethod
    async def fetch_with(self, send: TokenSend) -> AccessToken:
        """Ask the token endpoint through ``send`` and read its answer."""


class RefreshingBearer(Credential):
    """``Authorization: Bearer <token>`` with a token that a provider renews before it expires.

    ``provider`` is a ``TokenProvider`` (such as ``OAuth2ClientCredentials``) or an
    async function returning an ``AccessToken``. ``refresh_margin`` is how many
    seconds before expiry the next token is fetched. The rate-limit key derives
    from the provider's identity (``identity=`` overrides it), never from a token.
    """

    scheme = "Bearer"

    def __init__(
        self,
        provider: TokenProvider | Callable[[], Awaitable[AccessToken]],
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        identity: str | None = None,
    ) -> None:
        super().__init__()
        if isinstance(refresh_margin, bool) or not refresh_margin >= 0:
            raise ValueError(f"refresh_margin must be zero or more seconds, got {refresh_margin!r}")
        self.provider = provider
        self.refresh_margin = float(refresh_margin)
        self._identity = identity or _identity_of(provider)
        self._send: TokenSend | None = None
        self._token: AccessToken | None = None
        self._value = ""
        #: The current token came from a refresh forced by a 401 and has not been accepted yet.
        self._suspect = False
        self._refreshing: anyio.Event | None = None
        self._failure: tuple[anyio.Event, Exception] | None = None
        #: Tokens fetched so far.
        self.fetches = 0

    @property
    def fingerprint(self) -> str:
        return digest("refreshing-bearer", self._identity)

    @property
    def token(self) -> AccessToken | None:
        """The current token (its text never shows in a repr)."""
        return self._token

    def authorization(self) -> str:
        if not self._value:
            raise RuntimeError("no token yet: the client fetches one before the first request")
        return self._value

    def bind(self, send: TokenSend) -> None:
        self._send = send

    # -- the pipeline's hooks ---------------------------------------------------------

    async def prepare(self) -> None:
        while self.refused_because is None:
            token = self._token
            now = anyio.current_time()
            if token is not None and not _expired(token, now):
                if self._refreshing is None and _expired(token, now + self.refresh_margin):
                    # Ahead of expiry: this request fetches; the others go on with the
                    # token that still works.
                    await self._refresh(suspect=False)
                return
            await self._refresh(suspect=False)

    def ready(self) -> bool:
        if self.refused_because is not None:
            return True  # prepare() returns at once: the breaker answers instead
        token = self._token
        now = anyio.current_time()
        if token is None or _expired(token, now):
            return False
        return self._refreshing is not None or not _expired(token, now + self.refresh_margin)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await self.prepare()  # a no-op in the pipeline, which prepared before sending
        request.headers["Authorization"] = self.authorization()
        yield request

    async def recover(self, request: httpx.Request) -> bool:
        if self.refused_because is not None:
            return False
        if request.headers.get("Authorization") != self._value:
            # Sent with an older token: a refresh has already replaced it.
            return self._token is not None
        if self._suspect:
            # A token fetched because of a 401 was refused as well: the 401 stands.
            return False
        logger.debug("the server refused a token before its expiry: fetching a new one")
        await self._refresh(suspect=True)
        return True

    def confirm(self, request: httpx.Request) -> None:
        if self._suspect and request.headers.get("Authorization") == self._value:
            self._suspect = False

    def reset(self) -> None:
        super().reset()
        self._token = None
        self._value = ""
        self._suspect = False

    # -- fetching ---------------------------------------------------------------------

    async def _refresh(self, *, suspect: bool) -> None:
        """One fetch at a time: who comes while one runs waits for its token."""
        running = self._refreshing
        if running is not None:
            await running.wait()
            failure = self._failure
            if failure is not None and failure[0] is running:
                raise failure[1]
            return
        done = self._refreshing = anyio.Event()
        try:
            token = await self._fetch()
        except Exception as exc:
            self._failure = (done, exc)
            raise
        else:
            self._install(token, suspect=suspect)
        finally:
            self._refreshing = None
            done.set()

    async def _fetch(self) -> AccessToken:
        self.fetches += 1
        provider = self.provider
        try:
            if isinstance(provider, HTTPTokenProvider):
                if self._send is None:
                    token = await provider.fetch()
                else:
                    token = await provider.fetch(self._send)
            elif isinstance(provider, TokenProvider):
                token = await provider.fetch()
            else:
                token = await provider()
        except AuthenticationError as exc:
            # Refused client credentials stay refused: asking again would only add 401s.
            self.mark_refused(f"the token provider was refused ({exc})")
            raise
        if not isinstance(token, AccessToken):
            raise TypeError(
                f"a token provider must return an AccessToken, not {type(token).__name__}"
            )
        return token

    def _install(self, token: AccessToken, *, suspect: bool) -> None:
        self._token = token
        self._value = f"Bearer {token.token}"
        self._suspect = suspect
        # Every token stays registered: an old one may still be echoed in a late error.
        self._protect(token.token)


def _expired(token: AccessToken, now: float) -> bool:
    return token.expires_at is not None and now >= token.expires_at


def _identity_of(provider: object) -> str:
    identity = getattr(provider, "identity", None)
    if isinstance(identity, str) and identity:
        return identity
    target = provider if inspect.isroutine(provider) else type(provider)
    module = getattr(target, "__module__", "")
    name = getattr(target, "__qualname__", type(provider).__qualname__)
    return f"{module}.{name}"
