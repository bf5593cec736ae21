"""Property tests of the v7 converter: good bodies round-trip, and the fast path and the
detailed hook accept exactly the same input (and refuse the rest at the same path)."""

from __future__ import annotations

import functools
import importlib.util
import types
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Union, get_args, get_origin

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thousandeyes_async import ResponseDecodeError
from thousandeyes_async.models import _converter_v7
from thousandeyes_async.models._converter_v7 import structure_v7, unstructure_v7
from thousandeyes_async.models._fields import key_of
from thousandeyes_async.models._openapi import OpenStrEnum
from thousandeyes_async.models._scalars import format_iso_datetime
from thousandeyes_async.models.v7 import UNIONS, agents, events, test_results, tests

CLASSES = [
    pytest.param(test_results.NetworkTestResults, id="NetworkTestResults"),
    pytest.param(test_results.HttpTestResults, id="HttpTestResults"),
    pytest.param(test_results.PathVisDetailTestResults, id="PathVisDetailTestResults"),
    pytest.param(test_results.WebTransactionTestResults, id="WebTransactionTestResults"),
    pytest.param(test_results.BgpTestResults, id="BgpTestResults"),
    pytest.param(tests.HttpServerTestResponse, id="HttpServerTestResponse"),
    pytest.param(tests.ApiTestResponse, id="ApiTestResponse"),
    pytest.param(agents.AgentDetails, id="AgentDetails"),
    pytest.param(events.EventDetail, id="EventDetail"),
]
SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_DISCRIMINATED = {entry.union: entry for entry in UNIONS}

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=3),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


def _members(kind: Any) -> tuple[Any, ...]:
    return get_args(kind) if get_origin(kind) in (Union, types.UnionType) else ()


@functools.cache
def _body(kind: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON values of ``kind``, as the spec allows them."""
    members = [member for member in _members(kind) if member is not type(None)]
    if kind in _DISCRIMINATED:
        entry = _DISCRIMINATED[kind]
        return st.one_of(
            [
                _body(cls, depth).map(lambda body, v=value: {**body, entry.prop: v})
                for value, cls in sorted(entry.members.items())
            ]
        )
    if members:
        return st.one_of([_body(member, depth) for member in members])
    if kind is bool:
        return st.booleans()
    if kind is int:
        return st.integers()
    if kind is float:
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers()
    if kind is str:
        return st.text(max_size=6)
    if kind is datetime:
        return st.datetimes(timezones=st.just(UTC)).map(format_iso_datetime)
    if isinstance(kind, type) and issubclass(kind, OpenStrEnum):
        return st.sampled_from([member.value for member in kind]) | st.text(max_size=4)
    if get_origin(kind) is tuple:
        return st.lists(_body(get_args(kind)[0], depth + 1), max_size=2 if depth < 3 else 0)
    if get_origin(kind) is Mapping:
        return st.dictionaries(st.text(max_size=3), _body(get_args(kind)[1], depth + 1), max_size=2)
    if kind is Any:
        return junk
    assert attrs.has(kind), kind
    return _record(kind, depth)


def _record(cls: type, depth: int) -> st.SearchStrategy[dict[str, Any]]:
    attrs.resolve_types(cls)
    required: dict[str, Any] = {}
    optional: dict[str, Any] = {}
    for attribute in attrs.fields(cls):
        if attribute.name == "extra":
            continue
        if depth > 3 and attribute.default is not attrs.NOTHING:
            continue
        value = st.deferred(lambda t=attribute.type, d=depth: _body(t, d + 1))
        target = required if attribute.default is attrs.NOTHING else optional
        target[key_of(attribute)] = value
    return st.fixed_dictionaries(required, optional=optional)


def _spoiled(body: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A body with, sometimes, one top-level value replaced by junk or a new key."""

    def spoil(value: Any, key_index: int, replacement: Any, new_key: bool) -> Any:
        if not isinstance(value, dict):
            return replacement
        spoiled = dict(value)
        if new_key or not spoiled:
            spoiled["brandNewKey"] = replacement
        else:
            spoiled[sorted(spoiled)[key_index % len(spoiled)]] = replacement
        return spoiled

    return st.builds(spoil, body, st.integers(0, 50), junk, st.booleans())


@functools.cache
def _detailed_only() -> Any:
    """A second instance of the converter module whose records never take the fast path."""
    spec = importlib.util.find_spec(_converter_v7.__name__)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def never(_cls: type, _hooks: Any) -> Any:
        def refuse(_value: Any) -> Any:
            raise LookupError

        return refuse

    module.compile_structure = never
    return module


@pytest.mark.parametrize("cls", CLASSES)
@SETTINGS
@given(data=st.data())
def test_good_bodies_round_trip(cls: Any, data: st.DataObject) -> None:
    body = data.draw(_body(cls))
    assert unstructure_v7(structure_v7(body, cls)) == body


@pytest.mark.parametrize("cls", CLASSES)
@SETTINGS
@given(data=st.data())
def test_the_fast_path_and_the_detailed_hook_agree(cls: Any, data: st.DataObject) -> None:
    body = data.draw(_spoiled(_body(cls)))
    fast = _outcome(structure_v7, body, cls)
    assert _outcome(_detailed_only().structure_v7, body, cls) == fast
    if not isinstance(fast, tuple):
        assert unstructure_v7(fast) == body


def _outcome(structure: Any, body: Any, cls: Any) -> Any:
    """The record, or the path of the ``ResponseDecodeError`` (nothing else may be raised)."""
    try:
        return structure(body, cls)
    except ResponseDecodeError as error:
        return ("refused at", error.path)
