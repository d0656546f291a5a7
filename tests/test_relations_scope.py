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


def test_parts_of_two_different_wholes_are_not_one_part_restated() -> None:
    text = ("前三季度，华东地区进出口8.6万亿元，同比增长7.1%。其中，出口5.2万亿元，增长12%。\n\n"
            "前三季度，华南地区与多个国家保持贸易往来，进出口3.4万亿元。其中，出口1.3万亿元，同比增长6.4%。")
    restated = [found for found in flagged(text) if found[0] == "restated"]
    assert ("restated", "5.2万亿元 | 1.3万亿元") not in restated and ("restated", "12% | 6.4%") not in restated


def test_parts_of_one_whole_stated_twice_are_still_compared() -> None:
    text = ("上半年，华东地区销售额8.6亿元，同比增长7.1%。其中，线上销售额5.2亿元，增长12%。\n\n"
            "据统计，上半年华东地区销售额8.6亿元。其中，线上销售额5.8亿元。")
    assert ("restated", "5.2亿元 | 5.8亿元") in flagged(text)


@pytest.mark.parametrize(("text", "found"), [
    ("调查共回收问卷800份，其中女性受访者占比65%，男性受访者占比75%。", [("shares_of_whole", "65% | 75%")]),
    ("调查共回收问卷800份，其中女性受访者占比45%，男性受访者占比55%。", []),
    ("城镇受访者月收入3000元以上占45.3%，乡村受访者月收入3000元以上占61.6%。", []),  # a share within each group
])
def test_the_groups_shares_of_the_respondents_are_summed(text: str, found: list) -> None:
    assert [f for f in flagged(text) if f[0] == "shares_of_whole"] == found
