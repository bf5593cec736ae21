"""Property tests: whatever the server sends, structuring either gives a record that
unstructures back to the same body, or raises ``ResponseDecodeError``; nothing else."""

from __future__ import annotations

import json
import types
from datetime import UTC, datetime
from typing import Any, Union, get_args, get_origin

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thousandeyes_async import ResponseDecodeError
from thousandeyes_async.models import format_datetime, structure_record, unstructure
from thousandeyes_async.models._fields import KIND, key_of
from thousandeyes_async.models.v6 import ENDPOINTS, Agent, Snapshot, Test

RECORD_CLASSES = sorted(
    {endpoint.record_type for endpoint in ENDPOINTS.values()} | {Test, Agent, Snapshot},
    key=lambda cls: cls.__name__,
)
SETTINGS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
server_dates = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda value: format_datetime(value.replace(microsecond=0, tzinfo=UTC))
)


def json_text(value: Any) -> str:
    """The JSON text of a body: == would take 3 for 3.0 and 1 for true."""
    return json.dumps(value, sort_keys=True)


def _value(kind: Any, *, is_flag: bool, depth: int) -> st.SearchStrategy[Any]:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        members = [member for member in get_args(kind) if member is not type(None)]
        return st.one_of([_value(member, is_flag=is_flag, depth=depth) for member in members])
    if origin is tuple:
        return st.lists(_value(get_args(kind)[0], is_flag=False, depth=depth), max_size=3)
    if is_flag:
        # 0/1 as documented; true/false as the "boolean" type column allows.
        return st.sampled_from([0, 1, True, False])
    if kind is bool:
        return st.booleans()
    if kind is int:
        return st.integers(min_value=-(2**53), max_value=2**53)
    if kind is float:
        # The server writes whole numbers without a fraction (9993 for 9993.0).
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**53), 2**53)
    if kind is str:
        return st.text(max_size=12)
    if kind is datetime:
        return server_dates
    if attrs.has(kind):
        return raw_records(kind, depth=depth + 1)
    raise AssertionError(f"no strategy for {kind!r}")


@st.composite
def raw_records(draw: st.DrawFn, cls: type, depth: int = 0) -> dict[str, Any]:
    """A well-formed body for ``cls``: optional keys left out or null, unknown keys added."""
    attrs.resolve_types(cls)
    out: dict[str, Any] = {}
    known = set()
    for attribute in attrs.fields(cls):
        if attribute.name == "extra":
            continue
        key = key_of(attribute)
        known.add(key)
        required = attribute.default is attrs.NOTHING
        if not required and (depth > 2 or draw(st.integers(0, 3)) == 0):
            continue  # left out by the server
        if not required and draw(st.integers(0, 5)) == 0:
            out[key] = None
            continue
        is_flag = attribute.metadata.get(KIND) == "flag"
        out[key] = draw(_value(attribute.type, is_flag=is_flag, depth=depth))
    unknown = draw(
        st.dictionaries(
            st.text(min_size=1, max_size=10).filter(lambda key: key not in known),
            json_values,
            max_size=3,
        )
    )
    out.update(unknown)
    return out


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
@SETTINGS
@given(data=st.data())
def test_well_formed_bodies_round_trip_with_unknown_keys_and_nulls(
    cls: type, data: st.DataObject
) -> None:
    raw = data.draw(raw_records(cls))
    record = structure_record(raw, cls)
    assert json_text(unstructure(record)) == json_text(raw)
    known = {key_of(attribute) for attribute in attrs.fields(cls) if attribute.name != "extra"}
    assert {key for key in raw if key not in known} <= set(record.extra)


def _value_slots(value: Any) -> Any:
    """Every (object, key) of a body, nested ones included."""
    if isinstance(value, dict):
        for key, item in list(value.items()):
            yield value, key
            yield from _value_slots(item)
    elif isinstance(value, list):
        for item in value:
            yield from _value_slots(item)


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
@SETTINGS
@given(data=st.data())
def test_any_value_in_any_field_is_a_record_or_a_decode_error(
    cls: type, data: st.DataObject
) -> None:
    raw = data.draw(raw_records(cls))
    slots = list(_value_slots(raw))
    chosen = data.draw(st.lists(st.sampled_from(slots), max_size=3)) if slots else []
    for container, key in chosen:
        container[key] = data.draw(json_values)
    error: ResponseDecodeError | None = None
    try:
        record = structure_record(raw, cls, endpoint="generated")
    except ResponseDecodeError as exc:
        error = exc
    if error is not None:
        assert error.endpoint == "generated"
        assert error.path.startswith("$")
    else:
        # Whatever was accepted is given back as the same JSON text: nothing is lost.
        assert json_text(unstructure(record)) == json_text(raw)


@pytest.mark.parametrize("name", list(ENDPOINTS))
@settings(SETTINGS, max_examples=10)
@given(data=st.data())
def test_a_page_never_raises_anything_but_a_decode_error(name: str, data: st.DataObject) -> None:
    endpoint = ENDPOINTS[name]
    items = data.draw(st.lists(raw_records(endpoint.record_type) | json_values, max_size=4))
    error: ResponseDecodeError | None = None
    try:
        records = endpoint.structure(items, source=name)
    except ResponseDecodeError as exc:
        error = exc
    if error is not None:
        assert error.path.startswith(f"{endpoint.records_path}[")
    else:
        assert json_text([unstructure(record) for record in records]) == json_text(items)


@pytest.mark.parametrize("name", ["net.metrics", "web.page_load_detail", "voice.sip_server"])
@settings(SETTINGS, max_examples=30)
@given(body=json_values)
def test_any_body_shape_gives_records_or_a_decode_error(name: str, body: Any) -> None:
    endpoint = ENDPOINTS[name]
    wrapped = {endpoint.group: body}
    for read in (endpoint.records_of, endpoint.test_of):
        for candidate in (body, wrapped, {endpoint.group: {endpoint.records_key: body}}):
            result: Any = None
            try:
                result = read(candidate)
            except ResponseDecodeError as exc:
                result = exc
            if isinstance(result, ResponseDecodeError):
                assert result.endpoint == name
            else:
                assert result is None or isinstance(result, list | dict)


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
@settings(SETTINGS, max_examples=15)
@given(data=st.data())
def test_the_fast_path_accepts_exactly_what_the_detailed_path_accepts(
    cls: type, data: st.DataObject
) -> None:
    from cattrs.gen import make_dict_structure_fn

    from thousandeyes_async.models._converter import _field_overrides, converter
    from thousandeyes_async.models._fastpath import compile_structure

    fast = compile_structure(cls, converter.get_structure_hook)
    detailed = make_dict_structure_fn(
        cls, converter, _cattrs_detailed_validation=True, **_field_overrides(cls, structuring=True)
    )
    raw = data.draw(raw_records(cls))
    slots = list(_value_slots(raw))
    chosen = data.draw(st.lists(st.sampled_from(slots), max_size=2)) if slots else []
    for container, key in chosen:
        container[key] = data.draw(json_values)
    outcomes = []
    for structure in (fast, lambda value: detailed(value, cls)):
        try:
            outcomes.append(structure(raw))
        except Exception as exc:
            outcomes.append(type(exc))
    fast_outcome, detailed_outcome = outcomes
    if isinstance(detailed_outcome, type):
        assert isinstance(fast_outcome, type), "the fast path accepted what cattrs refuses"
    else:
        assert fast_outcome == detailed_outcome
