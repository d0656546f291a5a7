"""What is no restatement: a member of a 其中 list after a semicolon, and a metric that names a place or an
organisation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from checks.relations.base import specific

from .flags import flagged


@pytest.mark.parametrize(
    "text",
    [
        "全年蔬菜产量120.5万吨，增长3.1%，其中：春季蔬菜产量40.2万吨，增长1.2%；秋季蔬菜产量80.3万吨，增长4.0%。",
        "全年蔬菜产量120.5万吨，增长3.1%。其中：春季蔬菜产量40.2万吨，增长1.2%；秋季蔬菜产量80.3万吨，增长4.0%。",
    ],
)
def test_every_member_of_a_list_after_its_semicolons_is_a_part(text: str) -> None:
    assert [found for found in flagged(text) if found[0] == "restated"] == []


def test_without_the_list_the_two_are_still_compared() -> None:
    text = "全年蔬菜产量120.5万吨，增长3.1%。\n\n秋季蔬菜产量80.3万吨，增长4.0%。"
    assert ("restated", "120.5万吨 | 80.3万吨") in flagged(text)


@pytest.mark.parametrize(("metric", "identifies"), [
    ("沿海港口", False), ("青岛港", False), ("华远集团", False), ("一线城市", False), ("货物吞吐量", True),
    ("港口货物吞吐量", True)])
def test_a_name_of_a_place_or_organisation_is_no_quantity(metric: str, identifies: bool) -> None:
    claim = {"metric": metric, "segment": None, "subject": None, "text": "5亿元", "kind": "level", "unit": "CNY"}
    assert specific(claim) is identifies
