"""What differs between API versions, as small strategy objects.

One :class:`ApiVersion` per version names its next-page link, how its error
bodies read and which of its paths take the instant-test and snapshot budgets.
Both versions report the same rate-limit headers, so the header dialects
(``ORGANIZATION_HEADERS``, ``INSTANT_TEST_HEADERS``) are the policy's, shared by
both. The clients pick a version; nothing else in the pipeline asks which it is.
"""

from __future__ import annotations

from typing import Final

import attrs

from ._pagination import LINKS_NEXT, PAGES_NEXT, PageLink
from ._problem import PROBLEM_ERRORS, V6_ERRORS, ErrorDecoder
from .ratelimit._policy import V6_PATHS, V7_PATHS, PolicyPaths

__all__ = ["V5", "V6", "V7", "VERSIONS", "ApiVersion"]


@attrs.frozen
class ApiVersion:
    """One version of the API as the pipeline sees it."""

    #: The path segment after the API root (``"v7"``).
    name: str
    link: PageLink
    errors: ErrorDecoder
    #: Which POSTs take the instant-test and snapshot budgets (the policy reads these).
    paths: PolicyPaths
    #: The ``Accept`` header: v7 answers HAL+JSON (and problem+json), and its specs
    #: declare no plain JSON for most operations, so a spec-true server answers 406 to it.
    accept: str = "application/json"


V5: Final = ApiVersion("v5", PAGES_NEXT, V6_ERRORS, V6_PATHS)
V6: Final = ApiVersion("v6", PAGES_NEXT, V6_ERRORS, V6_PATHS)
V7: Final = ApiVersion(
    "v7",
    LINKS_NEXT,
    PROBLEM_ERRORS,
    V7_PATHS,
    accept="application/hal+json, application/json, application/problem+json",
)
VERSIONS: Final = {version.name: version for version in (V5, V6, V7)}
