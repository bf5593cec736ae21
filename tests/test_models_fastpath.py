"""The v6 fast path fills a record's slots instead of running the frozen ``__init__``,
and only where ``__init__`` would do no more."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import pytest

from thousandeyes_async.models._converter import converter
from thousandeyes_async.models._endpoints import ENDPOINTS
from thousandeyes_async.models._fastpath import compile_structure, fills_slots
from thousandeyes_async.models._fields import EMPTY_EXTRA, extra_field, opt
from thousandeyes_async.models._net import NetMetric


def _records(cls: type, seen: set[type]) -> None:
    """``cls`` and every record class it holds."""
    if cls in seen:
        return
    seen.add(cls)
    for field in attrs.fields(cls):
        for kind in getattr(field.type, "__args__", (field.type,)):
            for inner in getattr(kind, "__args__", (kind,)):
                if isinstance(inner, type) and attrs.has(inner):
                    _records(inner, seen)


def _v6_records() -> list[type]:
    seen: set[type] = set()
    for endpoint in ENDPOINTS.values():
        _records(endpoint.record_type, seen)
    return sorted(seen, key=lambda cls: cls.__qualname__)


@pytest.mark.parametrize("cls", _v6_records(), ids=lambda cls: cls.__qualname__)
def test_every_v6_record_is_built_by_filling_its_slots(cls: type) -> None:
    assert fills_slots(cls)
    fast = compile_structure(cls, converter.get_structure_hook)
    assert "_new" in fast.__globals__  # built with object.__new__, not cls(...)


def test_a_filled_record_equals_the_one_init_makes() -> None:
    fast = compile_structure(NetMetric, converter.get_structure_hook)
    record = fast({"agentId": 12, "roundId": 1384309800, "loss": 0, "jitter": 0.5})
    assert record == NetMetric(agent_id=12, round_id=1384309800, loss=0, jitter=0.5)
    assert record.extra is EMPTY_EXTRA
    assert record.date is None
    assert hash(record) == hash(NetMetric(agent_id=12, round_id=1384309800, loss=0, jitter=0.5))


@attrs.frozen(kw_only=True)
class _Checked:
    size: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class _Initialised:
    name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()

    def __attrs_post_init__(self) -> None:
        if self.name == "refused":
            raise ValueError("refused by __attrs_post_init__")


def test_a_class_whose_init_does_more_is_built_by_its_init() -> None:
    checked = compile_structure(_Checked, converter.get_structure_hook)
    with pytest.raises(ValueError):
        checked({"size": -1})
    initialised = compile_structure(_Initialised, converter.get_structure_hook)
    with pytest.raises(ValueError):
        initialised({"name": "refused"})
