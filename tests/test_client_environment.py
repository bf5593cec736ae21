"""The client's address from the environment, like its credential."""

from __future__ import annotations

import pytest

from thousandeyes_async import AsyncThousandEyesV6

TOKEN = "environment-test-token"


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_base_url_comes_from_the_environment_unless_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("THOUSANDEYES_BASE_URL", "http://127.0.0.1:8080")
    async with AsyncThousandEyesV6(token=TOKEN) as te:
        assert "http://127.0.0.1:8080" in repr(te)
    async with AsyncThousandEyesV6(token=TOKEN, base_url="https://eu.example.com") as te:
        assert "https://eu.example.com" in repr(te)
    monkeypatch.delenv("THOUSANDEYES_BASE_URL")
    async with AsyncThousandEyesV6(token=TOKEN) as te:
        assert "https://api.thousandeyes.com" in repr(te)


def test_a_bad_base_url_in_the_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THOUSANDEYES_BASE_URL", "ftp://api.thousandeyes.com")
    with pytest.raises(ValueError, match="base_url"):
        AsyncThousandEyesV6(token=TOKEN)
