"""Keeping credentials out of every text the library hands out.

A server or a proxy may echo the request's ``Authorization`` header in a body,
and a body ends up in error messages, error attributes and log lines. Errors are
also built far from the transport (structuring a record), where no credential is
at hand, so each credential registers the forms its secret can take, and every
error and log record of this library is scrubbed of them. The registry holds the
credentials weakly: a credential nobody uses any more is forgotten.
"""

from __future__ import annotations

import logging
import re
import weakref
from collections.abc import Iterable, Mapping
from typing import Any, Protocol
from urllib.parse import quote, quote_plus

__all__ = [
    "LOGGER_NAMES",
    "REDACTED",
    "SecretHolder",
    "redact",
    "redact_excerpt",
    "redact_value",
    "register",
    "scrub_chain",
    "secret_forms",
]

REDACTED = "[REDACTED]"

#: Every logger of the package; each gets the filter that scrubs its records.
LOGGER_NAMES = (
    "thousandeyes_async",
    "thousandeyes_async.export",
    "thousandeyes_async.ratelimit",
    "thousandeyes_async.testing",
)

#: Nesting below this depth in an error's ``value`` is replaced by its scrubbed text.
_VALUE_DEPTH = 32


class SecretHolder(Protocol):
    """Anything that knows the texts which must never be shown (a credential)."""

    @property
    def secret_forms(self) -> frozenset[str]: ...


_holders: weakref.WeakSet[Any] = weakref.WeakSet()
_compiled: tuple[frozenset[str], re.Pattern[str] | None] = (frozenset(), None)


def secret_forms(secrets: Iterable[str]) -> frozenset[str]:
    """The ways each secret can appear in a text: as is, URL-encoded, JSON-escaped."""
    forms: set[str] = set()
    for secret in secrets:
        if not secret:
            continue
        for form in (secret, quote(secret, safe=""), quote(secret), quote_plus(secret)):
            forms.add(form)
            # Some JSON encoders escape '/', which base64 and tokens may contain.
            forms.add(form.replace("/", "\\/"))
    return frozenset(forms)


def register(holder: SecretHolder) -> None:
    """Scrub ``holder``'s secrets from every error and log line while it is alive."""
    _holders.add(holder)


def _pattern() -> re.Pattern[str] | None:
    global _compiled
    forms: frozenset[str] = frozenset().union(*(h.secret_forms for h in list(_holders)))
    known, pattern = _compiled
    if forms != known:
        # Longest first, so that 'Basic <base64>' goes before a part of it.
        ordered = sorted(forms, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE) if ordered else None
        _compiled = (forms, pattern)
    return pattern


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``[REDACTED]``."""
    pattern = _pattern()
    if pattern is None or not text:
        return text
    return pattern.sub(REDACTED, text)


def redact_excerpt(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, scrubbed before the cut.

    Cutting first could leave the start of a secret that no longer matches.
    """
    _pattern()
    longest = max((len(form) for form in _compiled[0]), default=0)
    return redact(text[: limit + longest])[:limit]


def redact_value(value: Any, _depth: int = 0) -> Any:
    """A JSON-like value with its strings scrubbed; other leaves are kept as they are."""
    if isinstance(value, str):
        return redact(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if _depth >= _VALUE_DEPTH:
        return redact(repr(value))
    if isinstance(value, Mapping):
        return {redact_value(k, _depth + 1): redact_value(v, _depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_value(item, _depth + 1) for item in value]
    if isinstance(value, tuple):
        return tuple(redact_value(item, _depth + 1) for item in value)
    text = repr(value)
    scrubbed = redact(text)
    return value if scrubbed == text else scrubbed


def scrub_chain(error: BaseException | None) -> None:
    """Scrub, in place, the exceptions an error of ours is chained to.

    A traceback prints every cause, and a cause (``int('Basic ...')`` failing in
    the converter) may quote what the server sent.
    """
    if _pattern() is None:
        return
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        _scrub_one(current)
        pending += [current.__cause__, current.__context__]
        if isinstance(current, BaseExceptionGroup):
            pending += list(current.exceptions)


def _scrub_one(error: BaseException) -> None:
    scrubbed_args = tuple(_redact_arg(arg) for arg in error.args)
    if scrubbed_args != error.args:
        error.args = scrubbed_args
    notes = getattr(error, "__notes__", None)
    if isinstance(notes, list):
        notes[:] = [redact(note) if isinstance(note, str) else note for note in notes]
    attributes = dict(getattr(error, "__dict__", {}))
    if isinstance(error, UnicodeError):
        # Not in __dict__: a decode error keeps the whole input (a body) as ``object``.
        attributes["object"] = getattr(error, "object", None)
    for name, value in attributes.items():
        scrubbed = _redact_bytes(value) if isinstance(value, bytes) else value
        if isinstance(value, str):
            scrubbed = redact(value)
        if scrubbed != value:
            try:
                setattr(error, name, scrubbed)
            except AttributeError:  # a read-only attribute: its text is in args as well
                continue


def _redact_arg(arg: Any) -> Any:
    if isinstance(arg, str):
        return redact(arg)
    if isinstance(arg, bytes):
        return _redact_bytes(arg)
    return arg


def _redact_bytes(data: bytes) -> bytes:
    # Latin-1 maps every byte to one character and back: the bytes around a secret
    # stay as they were, whatever their encoding.
    text = data.decode("latin-1")
    scrubbed = redact(text)
    return data if scrubbed == text else scrubbed.encode("latin-1")


class RedactingFilter(logging.Filter):
    """Rewrites a log record whose text would show a registered secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is logging's to report, not ours
            return True
        scrubbed = redact(message)
        if scrubbed != message:
            record.msg = scrubbed
            record.args = None
        return True


_FILTER = RedactingFilter()
for _name in LOGGER_NAMES:
    logging.getLogger(_name).addFilter(_FILTER)
