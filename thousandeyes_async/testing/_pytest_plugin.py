"""The pytest plugin (entry point ``pytest11``): a ``thousandeyes_emulator`` fixture.

Loaded in every pytest run of anyone who installs the package, so it imports
nothing but pytest at import time; the emulator is imported when the fixture
is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from thousandeyes_async.testing import ThousandEyesEmulator

__all__ = ["thousandeyes_emulator"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "thousandeyes_emulator(**kwargs): keyword arguments for the ThousandEyesEmulator "
        "that the thousandeyes_emulator fixture builds (limits=, data=, page_size=, ...)",
    )


@pytest.fixture
def thousandeyes_emulator(request: pytest.FixtureRequest) -> ThousandEyesEmulator:
    """A fresh ThousandEyes v6 emulator for one test.

    Configure it with ``@pytest.mark.thousandeyes_emulator(page_size=10, ...)``;
    connect with ``thousandeyes_emulator.client()`` or ``.transport()``.
    """
    from thousandeyes_async.testing import ThousandEyesEmulator

    kwargs: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers("thousandeyes_emulator"))):
        if marker.args:
            raise TypeError("thousandeyes_emulator marker takes keyword arguments only")
        kwargs.update(marker.kwargs)
    return ThousandEyesEmulator(**kwargs)
