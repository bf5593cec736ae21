"""Token requests through the client's pipeline settings and its rate limiter.

A token endpoint deserves the same care as the API (timeouts, retries on 5xx
and broken connections) but is not the API: its requests ask the limiter as
token requests, which spend the organization's budget only when the policy
counts them (``count_token_requests``). The answer goes back to the provider as it came, since
only the provider knows which fields are secret; nothing here logs or quotes a
body.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable

import anyio
import httpx

from ._auth import TokenSend
from ._errors import connection_error, safe_url
from .ratelimit._api import Limiter, Permit, Priority, RequestInfo

__all__ = ["token_sender"]

logger = logging.getLogger("thousandeyes_async")

#: Statuses after which a token request is asked again (a new token has no side effect).
RETRY_TOKEN_STATUSES = frozenset({429, 500, 502, 503, 504})


def token_sender(
    http: httpx.AsyncClient,
    *,
    timeout: httpx.Timeout | None,
    max_retries: int,
    deadline: float,
    backoff: Callable[[int, random.Random], float],
    rng: random.Random,
    sleep: Callable[[float], Awaitable[None]],
    limiter: Limiter,
    limiter_key: str,
) -> TokenSend:
    """A ``send(request) -> response`` for credentials, retrying as the transport does.

    The last response is returned whatever its status; a connection that never
    answered becomes ``APIConnectionError`` once the retries are spent.
    """

    async def send(request: httpx.Request) -> httpx.Response:
        if timeout is not None:
            request.extensions["timeout"] = timeout.as_dict()
        info = RequestInfo(request.method, request.url.path.strip("/"), token=True)
        started = anyio.current_time()
        attempt = 0
        while True:
            response: httpx.Response | None = None
            failure: httpx.TransportError | None = None
            # Interactive: a token request holds up every request waiting for its token.
            permit = await limiter.acquire(limiter_key, info, Priority.INTERACTIVE)
            try:
                permit.mark_sent()
                # auth=None: a token request never carries the credential it is fetching.
                answer = await http.send(request, auth=None)
                await answer.aread()
            except httpx.TransportError as exc:
                await _settle(permit, None)
                failure = exc
                reason = type(exc).__name__
                paced = False
            except BaseException:
                await _settle(permit, None)
                raise
            else:
                paced = await _settle(permit, answer)
                if answer.status_code not in RETRY_TOKEN_STATUSES:
                    return answer
                response = answer
                reason = f"status {answer.status_code}"
            # A 429 the limiter paces is waited for in its queue, not in a sleep.
            delay = 0.0 if paced else backoff(attempt, rng)
            late = anyio.current_time() + delay - started > deadline
            if attempt >= max_retries or late:
                if failure is not None:
                    raise connection_error(
                        failure, request.method, request.url, attempts=attempt + 1
                    )
                assert response is not None
                return response
            attempt += 1
            logger.debug(
                "retry %d of the token request to %s in %.2fs after %s",
                attempt,
                safe_url(request.url.copy_with(query=None)),
                delay,
                reason,
            )
            if delay > 0:
                await sleep(delay)

    return send


async def _settle(permit: Permit, response: httpx.Response | None) -> bool:
    # Shielded: a token request that went out is accounted for even when cancelled.
    paced = False
    with anyio.CancelScope(shield=True):
        paced = bool(await permit.settle(response))
    return paced
