"""Cut-off JSON (worth asking again) against bodies that are not JSON at all."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thousandeyes_async._truncated import is_truncated_json

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON_VALUES, st.booleans(), st.data())
def test_every_proper_prefix_of_a_document_is_truncated(
    value: object, ascii_only: bool, data: st.DataObject
) -> None:
    document = json.dumps({"v": value}, ensure_ascii=ascii_only).encode()
    cut = data.draw(st.integers(min_value=1, max_value=len(document) - 1))
    assert is_truncated_json(document[:cut])
    assert not is_truncated_json(document)


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        b"<?xml version='1.0'?><error/>",
        b"Internal Server Error",
        b'{"a": 1}}',
        b'{"a" 1',
        b"[1,,2",
        b'{"a": tru ',
        b'{"a": "\x01"}',
        b'{"a": "\\q"}',
        b"\xff\xfe{",
        b"-a",
        b"[01",
    ],
)
def test_a_body_that_cannot_become_json_is_not_truncated(body: bytes) -> None:
    assert not is_truncated_json(body)


def test_a_cut_inside_a_multibyte_character_is_truncated() -> None:
    document = json.dumps({"city": "Zürich"}, ensure_ascii=False).encode()
    cut = document.index("ü".encode()) + 1
    assert is_truncated_json(document[:cut])
