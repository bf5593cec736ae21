"""The top-level names are the ones an application needs; the rest moved, with a warning."""

from __future__ import annotations

import importlib
import warnings

import pytest

import thousandeyes_async
from thousandeyes_async import models
from thousandeyes_async._moved import MOVED
from thousandeyes_async.models import v6

TOP_LEVEL = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccessToken",
    "AsyncThousandEyes",
    "AsyncThousandEyesV6",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "Credential",
    "Limiter",
    "MaintenanceError",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "PermissionDeniedError",
    "Priority",
    "RateLimitDeadlineError",
    "RateLimitError",
    "RateLimiter",
    "RecordStream",
    "RedisLimiter",
    "RefreshingBearer",
    "ResponseDecodeError",
    "ResponseEvent",
    "RetryPolicy",
    "ServerError",
    "SharedLimiter",
    "ThousandEyesError",
    "TokenEndpoint",
    "TokenProvider",
    "UnlimitedLimiter",
    "__version__",
    "unstructure",
]


def test_the_top_level_names_are_exactly_these() -> None:
    assert thousandeyes_async.__all__ == TOP_LEVEL
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in TOP_LEVEL:
            assert getattr(thousandeyes_async, name) is not None


def test_the_converter_is_not_public() -> None:
    assert "converter" not in thousandeyes_async.__all__
    assert "converter" not in models.__all__


def test_the_v6_records_have_a_namespace_beside_v7() -> None:
    moved_records = {name for name, home in MOVED.items() if home == v6.__name__}
    assert set(v6.__all__) == moved_records
    assert v6.NetMetric.__module__.startswith("thousandeyes_async.models.")
    assert v6.ENDPOINTS["net.metrics"].record_type is v6.NetMetric


@pytest.mark.parametrize("name", sorted(MOVED))
def test_an_old_top_level_name_still_works_for_one_release_with_a_warning(name: str) -> None:
    with pytest.warns(DeprecationWarning, match=rf"thousandeyes_async\.{name} ") as caught:
        value = getattr(thousandeyes_async, name)
    home = MOVED[name]
    if home is None:
        assert "private" in str(caught[0].message)
    else:
        assert f"import it from {home}" in str(caught[0].message)
        assert value is getattr(importlib.import_module(home), name)
    # The warning points at the line that used the old name, not at the library.
    assert caught[0].filename == __file__


def test_old_record_names_in_models_warn_too() -> None:
    with pytest.warns(DeprecationWarning, match=r"models\.v6"):
        from thousandeyes_async.models import NetMetric
    assert NetMetric is v6.NetMetric
    with pytest.warns(DeprecationWarning, match="private"):
        assert models.converter is not None


def test_unknown_names_are_still_attribute_errors() -> None:
    with pytest.raises(AttributeError, match="no attribute 'NoSuchThing'"):
        _ = thousandeyes_async.NoSuchThing  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        _ = models.RateLimiter
