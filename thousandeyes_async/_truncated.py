"""Telling a cut-off JSON body from a body that is not JSON at all.

A transfer that breaks off leaves a prefix of valid JSON: asking again may get
the whole body. An HTML error page or any other non-JSON body will be the same
the next time, so retrying it only spends the organization's budget.
"""

from __future__ import annotations

import re

__all__ = ["is_truncated_json"]

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_STRING_BODY = re.compile(r'(?:[^"\\\x00-\x1f]+|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*')
_STRING_ESCAPE_PREFIX = re.compile(r"\\(?:u[0-9a-fA-F]{0,3})?")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_NUMBER_CHARS = re.compile(r"[-+0-9.eE]*")
_NUMBER_PREFIX = re.compile(r"-?(?:0|[1-9][0-9]*)?(?:\.[0-9]*)?(?:[eE][+-]?[0-9]*)?")
_LITERALS = ("true", "false", "null")
_CLOSE = {"{": "}", "[": "]"}

# What the scanner expects next.
_VALUE, _VALUE_OR_CLOSE, _KEY, _KEY_OR_CLOSE, _COLON, _COMMA_OR_CLOSE, _END = range(7)


class _Cut(Exception):
    """The text ended inside a token."""


class _Bad(Exception):
    """The text cannot be the start of any JSON document."""


def is_truncated_json(content: bytes) -> bool:
    """True when ``content`` is a proper prefix of some JSON document (cut short)."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end < len(content) or exc.reason != "unexpected end of data":
            return False
        # The cut fell inside a multi-byte character.
        text = content[: exc.start].decode("utf-8", errors="strict")
    try:
        return _scan(text)
    except _Cut:
        return True
    except _Bad:
        return False


def _scan(text: str) -> bool:
    """True if ``text`` ends before its document does; False if it is complete."""
    stack: list[str] = []
    expect = _VALUE
    i = 0
    n = len(text)
    while True:
        i = _WHITESPACE.match(text, i).end()  # type: ignore[union-attr]
        if i == n:
            return expect != _END
        char = text[i]
        if expect in (_VALUE, _VALUE_OR_CLOSE):
            if char == "]" and expect == _VALUE_OR_CLOSE:
                stack.pop()
                i += 1
            elif char in _CLOSE:
                stack.append(char)
                i += 1
                expect = _KEY_OR_CLOSE if char == "{" else _VALUE_OR_CLOSE
                continue
            else:
                i = _scalar(text, i)
            expect = _COMMA_OR_CLOSE if stack else _END
        elif expect in (_KEY, _KEY_OR_CLOSE):
            if char == "}" and expect == _KEY_OR_CLOSE:
                stack.pop()
                i += 1
                expect = _COMMA_OR_CLOSE if stack else _END
            elif char == '"':
                i = _string(text, i)
                expect = _COLON
            else:
                raise _Bad
        elif expect == _COLON:
            if char != ":":
                raise _Bad
            i += 1
            expect = _VALUE
        elif expect == _COMMA_OR_CLOSE:
            if char == ",":
                expect = _KEY if stack[-1] == "{" else _VALUE
            elif char == _CLOSE[stack[-1]]:
                stack.pop()
                expect = _COMMA_OR_CLOSE if stack else _END
            else:
                raise _Bad
            i += 1
        else:
            raise _Bad  # text after a complete document


def _scalar(text: str, i: int) -> int:
    char = text[i]
    if char == '"':
        return _string(text, i)
    if char == "-" or char.isdigit():
        end = _NUMBER_CHARS.match(text, i).end()  # type: ignore[union-attr]
        if end == len(text):
            prefix = _NUMBER_PREFIX.fullmatch(text, i)
            if prefix is None:
                raise _Bad
            raise _Cut
        if _NUMBER.fullmatch(text, i, end) is None:
            raise _Bad
        return end
    for literal in _LITERALS:
        piece = text[i : i + len(literal)]
        if piece == literal:
            return i + len(literal)
        if i + len(piece) == len(text) and literal.startswith(piece):
            raise _Cut
    raise _Bad


def _string(text: str, i: int) -> int:
    end = _STRING_BODY.match(text, i + 1).end()  # type: ignore[union-attr]
    if end == len(text):
        raise _Cut
    if text[end] == '"':
        return end + 1
    if text[end] == "\\" and _STRING_ESCAPE_PREFIX.fullmatch(text, end) is not None:
        raise _Cut
    raise _Bad
