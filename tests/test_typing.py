"""The public overloads, as mypy sees them from a user's code."""

from __future__ import annotations

from pathlib import Path

import pytest

TYPING = Path(__file__).parent / "typing"


def _mypy(*paths: Path) -> tuple[str, int]:
    from mypy import api

    out, err, status = api.run(["--strict", *map(str, paths)])
    return out + err, status


# mypy runs share the checkout's cache: one worker runs them one after another.
@pytest.mark.xdist_group("mypy")
def test_the_public_overloads(tmp_path: Path) -> None:
    out, status = _mypy(TYPING / "public_api.py")
    assert status == 0, out
    # The check can fail: a stream of dicts is not a stream of records, nor a
    # derived client another class.
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from typing import assert_type\n"
        "from thousandeyes_async import AsyncThousandEyes, AsyncThousandEyesV6, RecordStream\n"
        "from thousandeyes_async.models.v7.test_results import NetworkTestResult\n"
        "def f(te: AsyncThousandEyes) -> None:\n"
        "    assert_type(te.test_results.network(1, raw=True), RecordStream[NetworkTestResult])\n"
        "    assert_type(te.with_options(timeout=1), AsyncThousandEyesV6)\n"
        "    te.net\n"
        "async def g(te: AsyncThousandEyes) -> None:\n"
        "    from thousandeyes_async.models.v7.administrative import UserDetail, UserRequest\n"
        "    assert_type(await te.users.current(raw=True), UserDetail)\n"
        "    await te.tests.http_server.create(UserRequest(name='a', email='a@b.c'))\n"
        "    await te.tests.http_server.get(1, expand=5)\n"
    )
    out, status = _mypy(wrong)
    assert status == 1
    assert out.count("error:") == 6, out
