"""quick_init: a frozen record's quick __init__ makes the same instance as the dataclass's own."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from checks.extract.claim import COLUMNS, Claim
from checks.extract.records import quick_init


@dataclasses.dataclass(frozen=True)
class _Plain:
    name: str
    size: float = 1.0
    note: str | None = None


@quick_init
@dataclasses.dataclass(frozen=True)
class _Quick:
    name: str
    size: float = 1.0
    note: str | None = None


def test_same_fields_defaults_and_order() -> None:
    plain, quick = _Plain("a", note="x"), _Quick("a", note="x")
    assert quick.__dict__ == plain.__dict__ and list(quick.__dict__) == ["name", "size", "note"]
    assert quick == _Quick("a", 1.0, "x") and hash(quick) == hash(_Quick("a", 1.0, "x"))
    assert dataclasses.replace(quick, size=2.0).size == 2.0
    assert pickle.loads(pickle.dumps(quick)) == quick
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.name = "b"  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Quick()  # type: ignore[call-arg]


def test_claim_row_in_field_order() -> None:
    claim = Claim("d", "c1", 0, 3, "12%", "增长12%", 12.0, "percent", 12.0, 12.0, "exact", "growth", "up", False,
                  "同比", None, None, None)
    assert list(claim.to_dict()) == list(COLUMNS)


def test_refuses_factories() -> None:
    @dataclasses.dataclass(frozen=True)
    class _Listed:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(_Listed)
