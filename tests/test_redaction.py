"""No text the library hands out shows the credential, even when a server echoes it."""

from __future__ import annotations

import base64
import io
import json
import logging
import re
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import anyio
import httpx
import pytest

from thousandeyes_async import (
    APIError,
    AsyncThousandEyesV6,
    AuthenticationError,
    BadRequestError,
    MaintenanceError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    ThousandEyesError,
    UnlimitedLimiter,
)
from thousandeyes_async._redact import LOGGER_NAMES, REDACTED, redact

EMAIL = "echo.victim+ops@example.com"
TOKEN = "tk/9f3a+e1c2=b7d4-5a6f"
BEARER = "eyJhbGciOi/JIUzI1NiJ9+payload.sig=="
PACKAGE = Path(__file__).resolve().parent.parent / "thousandeyes_async"


def _basic_value() -> str:
    return base64.b64encode(f"{EMAIL}:{TOKEN}".encode()).decode("ascii")


def _forms(*secrets: str) -> list[str]:
    forms: list[str] = []
    for secret in secrets:
        forms += [secret, quote(secret, safe=""), quote_plus(secret), secret.replace("/", "\\/")]
    return forms


BASIC_FORMS = _forms(EMAIL, TOKEN, f"{EMAIL}:{TOKEN}", _basic_value(), f"Basic {_basic_value()}")
BEARER_FORMS = _forms(BEARER, f"Bearer {BEARER}")


def _echo(status: int, *, html: bool = False) -> httpx.MockTransport:
    """A server (or proxy) that echoes the request's credential in every form it can."""

    def handle(request: httpx.Request) -> httpx.Response:
        auth = request.headers["Authorization"]
        secret = auth.partition(" ")[2]
        raw = base64.b64decode(secret).decode() if auth.startswith("Basic") else secret
        echoed = [auth, secret, raw, quote(auth, safe=""), quote_plus(raw), *raw.split(":")]
        headers = {"Retry-After": "0", "X-Debug-Echo": auth}
        if html:
            text = "<html><pre>" + "\n".join(echoed) + "</pre></html>"
            return httpx.Response(status, text=text, headers=headers)
        body = json.dumps({"errorMessage": f"refused {auth}", "echo": echoed})
        # Some encoders escape '/', as base64 and tokens may hold it.
        return httpx.Response(status, content=body.replace("/", "\\/").encode(), headers=headers)

    return httpx.MockTransport(handle)


def _texts(value: Any, depth: int = 0) -> Iterator[str]:
    """Every text reachable from an error: its message, repr, attributes, notes."""
    if depth > 6:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key, depth + 1)
            yield from _texts(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item, depth + 1)
    elif isinstance(value, BaseException):
        yield str(value)
        yield repr(value)
        # A traceback prints each chained cause, with whatever it quotes.
        yield "".join(traceback.format_exception(value))
        yield from _texts(vars(value), depth + 1)
        yield from _texts(list(value.args), depth + 1)
        yield from _texts(value.__cause__, depth + 1)
        yield from _texts(value.__context__, depth + 1)


def _assert_clean(texts: list[str], forms: list[str]) -> None:
    joined = "\n".join(texts)
    leaked = [form for form in forms if form.lower() in joined.lower()]
    assert not leaked, f"{leaked} in {joined!r}"
    assert REDACTED in joined  # the echo did reach the error, scrubbed


def _client(auth: str, transport: httpx.MockTransport) -> AsyncThousandEyesV6:
    if auth == "basic":
        return AsyncThousandEyesV6(
            email=EMAIL,
            token=TOKEN,
            transport=transport,
            max_retries=0,
            limiter=UnlimitedLimiter(),
        )
    return AsyncThousandEyesV6(
        token=BEARER, transport=transport, max_retries=0, limiter=UnlimitedLimiter()
    )


@pytest.mark.parametrize("auth", ["basic", "bearer"])
@pytest.mark.parametrize(
    ("status", "error_cls", "html"),
    [
        (400, BadRequestError, False),
        (401, AuthenticationError, False),
        (403, PermissionDeniedError, False),
        (404, NotFoundError, False),
        (429, RateLimitError, False),
        (500, ServerError, False),
        (503, MaintenanceError, False),
        (502, ServerError, True),
        (200, ResponseDecodeError, True),
    ],
)
@pytest.mark.asyncio
async def test_an_echoed_credential_is_redacted_for_every_status(
    auth: str, status: int, error_cls: type[ThousandEyesError], html: bool
) -> None:
    forms = BASIC_FORMS if auth == "basic" else BEARER_FORMS
    async with _client(auth, _echo(status, html=html)) as te:
        with pytest.raises(error_cls) as caught:
            await te.request("GET", "tests")
    _assert_clean(list(_texts(caught.value)), forms)


@pytest.mark.asyncio
async def test_the_credential_is_cut_from_a_long_body_before_the_excerpt_is_cut() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        # The secret straddles the excerpt's end: a cut first would leave its start.
        return httpx.Response(500, text="x" * 490 + request.headers["Authorization"])

    async with _client("bearer", httpx.MockTransport(handle)) as te:
        with pytest.raises(ServerError) as caught:
            await te.request("GET", "tests")
    assert BEARER[:8] not in str(caught.value)
    assert BEARER[:8] not in caught.value.body_excerpt


@pytest.mark.asyncio
async def test_a_body_that_is_not_utf8_leaves_no_credential_in_the_chained_cause() -> None:
    # json.loads fails with a UnicodeDecodeError whose ``object`` is the whole body,
    # in bytes: the cause chained to the decode error would hand the token out.
    def handle(request: httpx.Request) -> httpx.Response:
        body = b'{"echo": "' + request.headers["Authorization"].encode() + b'\xff"}'
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    async with _client("bearer", httpx.MockTransport(handle)) as te:
        with pytest.raises(ResponseDecodeError) as caught:
            await te.request("GET", "tests")
    cause = caught.value.__cause__
    assert isinstance(cause, UnicodeDecodeError)
    assert BEARER.encode() not in cause.object
    assert REDACTED.encode() in cause.object
    _assert_clean([*_texts(caught.value), cause.object.decode("latin-1")], BEARER_FORMS)


@pytest.mark.asyncio
async def test_a_record_that_fails_to_structure_does_not_carry_the_credential() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        # A proxy that pastes the header into the record: testId is no longer an int.
        record = {"testId": request.headers["Authorization"], "testName": "t", "type": "agent"}
        return httpx.Response(200, json={"test": [record]})

    async with _client("basic", httpx.MockTransport(handle)) as te:
        with pytest.raises(ResponseDecodeError) as caught:
            await te.tests.list()
    assert caught.value.value == REDACTED
    _assert_clean(list(_texts(caught.value)), BASIC_FORMS)


@pytest.mark.asyncio
async def test_log_lines_do_not_show_the_credential(caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([503, 200])

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), json={})

    te = AsyncThousandEyesV6(
        email=EMAIL, token=TOKEN, transport=httpx.MockTransport(handle), max_retries=1
    )
    te._transport.sleep = _no_sleep
    async with te:
        with caplog.at_level(logging.DEBUG, logger="thousandeyes_async"):
            # The email in a path (as user endpoints take it) goes into the retry line.
            await te.request("GET", f"users/{EMAIL}")
    retry_lines = [r.getMessage() for r in caplog.records if "retry 1 of GET" in r.getMessage()]
    assert retry_lines
    _assert_clean(retry_lines, BASIC_FORMS)


async def _no_sleep(delay: float) -> None:
    return None


def test_every_logger_of_the_package_scrubs_its_records() -> None:
    names = set()
    for source in PACKAGE.rglob("*.py"):
        names |= set(re.findall(r"getLogger\(\"([^\"]+)\"\)", source.read_text()))
    assert names
    assert names <= set(LOGGER_NAMES)
    te = AsyncThousandEyesV6(token=BEARER)
    for name in LOGGER_NAMES:
        logger = logging.getLogger(name)
        record = logger.makeRecord(name, logging.ERROR, __file__, 1, "sent %s", (BEARER,), None)
        assert all(f.filter(record) for f in logger.filters)
        assert record.getMessage() == f"sent {REDACTED}"
    del te


def test_an_error_built_before_the_credential_is_scrubbed_when_shown() -> None:
    later = "a-token-created-after-the-error-0042"
    error = ThousandEyesError(f"the proxy said {later}")
    credential = AsyncThousandEyesV6(token=later)
    assert later not in str(error)
    del credential


def test_redaction_is_not_applied_without_credentials_to_protect() -> None:
    assert redact("nothing secret here") == "nothing secret here"


@pytest.mark.parametrize(
    "base_url",
    [
        "https://user:hunter2-password@api.thousandeyes.com",
        "https://user@api.thousandeyes.com",
    ],
)
def test_a_base_url_with_user_information_is_refused(base_url: str) -> None:
    with pytest.raises(ValueError, match="must not hold a user name or password") as caught:
        AsyncThousandEyesV6(token="t0ken-for-a-test", base_url=base_url)
    assert "hunter2" not in str(caught.value)


def test_the_cli_prints_an_echoed_credential_redacted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from thousandeyes_async.cli import build_parser
    from thousandeyes_async.export import _command

    monkeypatch.setenv("THOUSANDEYES_EMAIL", EMAIL)
    monkeypatch.setenv("THOUSANDEYES_TOKEN", TOKEN)

    def echoing_client(options: Any) -> AsyncThousandEyesV6:
        return _client("basic", _echo(401))

    monkeypatch.setattr(_command, "_client", echoing_client)
    args = build_parser().parse_args(
        [
            "export",
            "--api",
            "v6",
            "--test",
            "1",
            "--out",
            str(tmp_path / "out"),
            "--progress",
            "none",
        ]
    )
    out, err = io.StringIO(), io.StringIO()
    code = _command.run_export(args, stdout=out, stderr=err, runner=anyio.run)
    assert code == 1
    _assert_clean([out.getvalue(), err.getvalue()], BASIC_FORMS)
    assert "answered 401" in err.getvalue()


def test_api_error_is_importable_with_its_fields() -> None:
    error = APIError(500, "get", "https://host/v6/x", "body")
    assert (error.status_code, error.method, error.url) == (500, "GET", "https://host/v6/x")
