"""Forms read at stop 45 (sentences written for this test)."""

from __future__ import annotations

from .flags import flagged


def _parts(text: str) -> list[tuple[str, str]]:
    return [r for r in flagged(text) if r[0] == "parts_vs_total"]


def test_a_kind_written_into_the_wholes_name_is_a_part_of_it() -> None:
    text = ("前三季度，全市规模以上服务业实现营业收入900.0亿元，同比增长5.0%。"
            "全市规模以上高技术服务业实现营业收入300.0亿元，同比增长7.0%。")
    assert _parts(text) == []
    assert _parts(text.replace("300.0亿元", "950.0亿元")) == [("parts_vs_total", "900.0亿元 | 950.0亿元")]


def test_an_industry_of_the_industries_the_whole_counts_is_a_part_of_it() -> None:
    text = ("1-10月，全区完成规模以上服务业营业收入100.0亿元，同比增长10.0%。"
            "交通运输仓储和邮政业营业收入40.0亿元，增长20.0%。")
    assert _parts(text.replace("40.0亿元", "140.0亿元")) == [("parts_vs_total", "100.0亿元 | 140.0亿元")]


def test_words_that_widen_a_name_or_make_it_net_make_no_part() -> None:
    # 旅游总收入 is the whole of 旅游收入; 营业外收入 no part of 营业收入; a narrower group's profit may exceed it
    assert _parts("全市旅游收入100亿元。全市旅游总收入120亿元。") == []
    assert _parts("公司营业收入100亿元。公司营业外收入120亿元。") == []
    assert _parts("全市规上工业企业利润100亿元。全市规上高技术工业企业利润120亿元。") == []
    # a word added at the end makes another measure
    assert _parts("全市出口100亿元。全市出口交货值120亿元。") == []


def test_a_results_comparative_after_a_change_is_its_earlier_level() -> None:
    text = "Group revenue was £2.10 billion, up 20.0% (2015: £1.75bn)."
    assert flagged(text) == []
    assert flagged(text.replace("20.0%", "30.0%")) == [("growth_vs_levels", "£1.75bn | £2.10 billion | 30.0%")]
    # last year's rate in the bracket is no earlier level
    assert flagged("Revenue growth of 30.0% (2015: 25.0%) took revenue to £2.10 billion.") == []


def test_growth_at_constant_currency_and_as_reported_are_two_measures() -> None:
    text = ("Group revenue increased by 10.6% to £2.10 billion on a constant currency basis; up 20.0% on a reported "
            "basis (2015: £1.75bn).")
    assert flagged(text) == []
    assert flagged(text.replace("20.0%", "30.0%")) == [("growth_vs_levels", "£1.75bn | £2.10 billion | 30.0%")]


def test_another_time_or_stage_written_into_a_name_makes_no_part() -> None:
    assert _parts("全市中欧班列累计开行8641列。全市中欧班列历年累计开行7.3万列。") == []
    assert _parts("全市离婚登记6971对。全市离婚预约登记13588对。") == []
    # a word before the whole's bare name names another thing as often as a kind of it
    assert _parts("玩具出口额7.48亿美元。欧盟出口额18.7亿美元。") == []
