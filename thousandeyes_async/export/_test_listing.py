"""The account group's tests on v7, every page of them.

The v7 document describes ``GET tests`` as one page, but an organization with
many tests may be answered in several, each naming the next in
``_links.next.href`` like every other v7 list: an export that read only the
first would silently leave tests out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._client_v7 import AsyncThousandEyes
from .._errors import ThousandEyesError, safe_url
from .._pagination import LINKS_NEXT, links_next_url, page_fetcher
from ..ratelimit import Priority

__all__ = ["v7_tests"]


async def v7_tests(
    client: AsyncThousandEyes, account_group_id: int | str | None
) -> list[dict[str, Any]]:
    """Every test of ``GET tests``, following ``_links.next`` to the last page."""
    fetch = page_fetcher(
        client._calls,
        "tests",
        params=client._with_aid(None, account_group_id),
        priority=Priority.BULK,
        link=LINKS_NEXT,
    )
    tests: list[dict[str, Any]] = []
    seen: set[str] = set()
    url: str | None = None
    while True:
        body = await fetch(url)
        if not isinstance(body, Mapping):
            return tests
        page = body.get("tests")
        tests.extend(test for test in page or () if isinstance(test, dict))
        url = links_next_url(body, endpoint="tests")
        if url is None:
            return tests
        if url in seen:
            raise ThousandEyesError(
                f"tests: the server sent _links.next.href {safe_url(url)} a second time; "
                "stopping rather than looping forever"
            )
        seen.add(url)
