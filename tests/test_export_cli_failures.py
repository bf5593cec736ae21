"""Every failure of ``thousandeyes-async export`` is one line on stderr and a non-zero exit.

The command runs in-process under trio's virtual clock (retries and backoff cost
no real time), against the emulator with injected faults, or a closed port.
"""

from __future__ import annotations

import errno
import io
import socket
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import trio.testing

from thousandeyes_async import AsyncThousandEyesV6, ThousandEyesError
from thousandeyes_async.cli import build_parser
from thousandeyes_async.export import CHECKPOINT_NAME, DataKind, JSONLinesSink, _command
from thousandeyes_async.export._command import first_cause, run_export
from thousandeyes_async.testing import Fault, ThousandEyesEmulator

PREFIX = "thousandeyes-async export: error: "


def _virtual_time(func: Callable[..., Any], *args: Any) -> Any:
    clock = trio.testing.MockClock(autojump_threshold=0)
    return anyio.run(func, *args, backend="trio", backend_options={"clock": clock})


def _export(
    monkeypatch: pytest.MonkeyPatch,
    out: Path,
    client: Callable[[], AsyncThousandEyesV6],
    *extra: str,
    runner: Callable[..., Any] = _virtual_time,
) -> tuple[int, str]:
    monkeypatch.setenv("THOUSANDEYES_TOKEN", "not-a-real-token-5150")
    monkeypatch.setattr(_command, "_client", lambda options: client())
    args = build_parser().parse_args(
        [
            *("export", "--api", "v6", "--test", "1001", "--data", "net.metrics", "--window", "6h"),
            *("--progress", "none", "--out", str(out), *extra),
        ]
    )
    stderr = io.StringIO()
    code = run_export(args, stdout=io.StringIO(), stderr=stderr, runner=runner)
    return code, stderr.getvalue()


def _only_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(PREFIX)
    return lines[0]


def _resume_hint(out: Path) -> str:
    return f"resume with: thousandeyes-async export --resume --out {out}"


class _UnauthorizedData(httpx.AsyncBaseTransport):
    """The emulator, except that test data answers 401 (a token revoked mid-export)."""

    def __init__(self, emulator: ThousandEyesEmulator) -> None:
        self._inner = emulator.transport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if "/net/" in request.url.path:
            return httpx.Response(401, json={"errorMessage": "Unauthorized"}, request=request)
        return await self._inner.handle_async_request(request)


def test_a_401_during_the_export_is_one_line_with_the_resume_hint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    emulator = ThousandEyesEmulator.sandbox()

    def client() -> AsyncThousandEyesV6:
        token = emulator.credentials[0].token
        return AsyncThousandEyesV6(
            token=token, base_url=emulator.base_url, transport=_UnauthorizedData(emulator)
        )

    out = tmp_path / "export"
    code, stderr = _export(monkeypatch, out, client)
    assert code == 1
    line = _only_line(stderr)
    assert "answered 401" in line
    assert line.endswith(_resume_hint(out))
    assert (out / CHECKPOINT_NAME).exists()


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault.server_error(500), "answered 500"),
        (Fault.truncate(), "cannot decode response"),
    ],
    ids=["500-after-retries", "decode-error"],
)
def test_a_server_fault_after_retries_is_one_line_with_the_resume_hint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fault: Fault, reason: str
) -> None:
    emulator = ThousandEyesEmulator.sandbox()
    emulator.faults.script(fault, times=1_000, path="net/*")
    out = tmp_path / "export"
    code, stderr = _export(monkeypatch, out, lambda: emulator.client(max_retries=2))
    assert code == 1
    line = _only_line(stderr)
    assert reason in line
    assert line.endswith(_resume_hint(out))


class _FullDisk(JSONLinesSink):
    def write(self, kind: DataKind, test_id: int, records: Sequence[Mapping[str, Any]]) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_is_one_line_with_the_resume_hint(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    emulator = ThousandEyesEmulator.sandbox()
    monkeypatch.setattr(_command, "make_sink", lambda format, gzip: _FullDisk(gzip=gzip))
    out = tmp_path / "export"
    code, stderr = _export(monkeypatch, out, emulator.client)
    assert code == 1
    line = _only_line(stderr)
    assert "No space left on device" in line
    assert line.endswith(_resume_hint(out))


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_an_unreachable_host_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    base_url = f"http://127.0.0.1:{_closed_port()}"
    out = tmp_path / "export"

    def client() -> AsyncThousandEyesV6:
        return AsyncThousandEyesV6(token="not-a-real-token-5150", base_url=base_url, max_retries=0)

    # Real sockets, so real time (a virtual clock could time the connect out first).
    code, stderr = _export(monkeypatch, out, client, runner=anyio.run)
    assert code == 1
    line = _only_line(stderr)
    assert "Connect" in line
    # Nothing was checkpointed (the test listing failed), so there is nothing to resume.
    assert "resume" not in line
    assert not out.exists()


def test_debug_adds_the_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    emulator = ThousandEyesEmulator.sandbox()
    emulator.faults.script(Fault.server_error(500), times=1_000, path="net/*")
    out = tmp_path / "export"
    code, stderr = _export(monkeypatch, out, lambda: emulator.client(max_retries=0), "--debug")
    assert code == 1
    assert "Traceback (most recent call last)" in stderr
    assert "ServerError" in stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith(PREFIX)
    assert last.endswith(_resume_hint(out))


def test_first_cause_digs_through_nested_groups_past_cancellations() -> None:
    real = ThousandEyesError("the real cause")
    # Cancellations are BaseExceptions, not Exceptions: GeneratorExit stands in for them.
    nested = BaseExceptionGroup(
        "outer",
        [
            BaseExceptionGroup("inner", [GeneratorExit()]),
            ExceptionGroup("fetchers", [ExceptionGroup("deeper", [real]), OSError("later")]),
        ],
    )
    assert first_cause(nested) is real
    assert first_cause(real) is real


def test_first_cause_prefers_an_interrupt() -> None:
    interrupt = KeyboardInterrupt()
    group = BaseExceptionGroup("g", [OSError("cut short"), interrupt])
    assert first_cause(group) is interrupt
