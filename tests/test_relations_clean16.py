"""False alarms of clean16/ (blind at stop 33, measured once at its end, mended after) in general form, each on
sentences written for this test: the clean text passes the gate, and where a relation holds, its neighbour with one
figure changed is still flagged."""

from __future__ import annotations

from checks.extract import extract, mentions

from .flags import flagged


def test_an_amount_or_its_rate_is_no_percent_of_its_own() -> None:
    found = [(m.value, m.unit) for m in mentions("Arrivals from Britain were down 900 or 11 percent on a year ago.")]
    assert (900.0, "percent") not in found and (11.0, "percent") in found
    assert [(m.value, m.unit) for m in mentions("Prices rose 5 or 6 percent.")] == [(5.0, "percent"), (6.0, "percent")]
    assert flagged("Arrivals from Britain were down 900 or 11 percent on a year ago.") == []


def test_the_members_of_a_net_gap_are_no_parts_that_cannot_exceed_it() -> None:
    text = ("The trade gap shrank by $3.1 billion to $41.2 billion in May. The gap in goods trading dropped to $60.4 "
            "billion, while the surplus in services rose to $19.2 billion. The gap with China fell to $21.5 billion.")
    assert flagged(text) == []


def test_a_partner_named_in_the_clause_before_owns_the_flow_after_it() -> None:
    text = ("前5月，全省进出口总值190.4亿元。我省对东盟进出口大幅增长，进出口总值{asean}亿元，增长41.2%；"
            "对“一带一路”沿线国家进出口72.3亿元，增长22.8%。")
    read = {c.text: c.segment for c in extract(text.format(asean="21.5"), "doc")}
    assert read["21.5亿元"] == "东盟" and read["72.3亿元"] == "“一带一路”沿线国家"
    assert flagged(text.format(asean="21.5")) == []


def test_the_years_of_a_list_stand_before_clauses_of_no_figure() -> None:
    text = "2020-2021年，浙江国庆假期旅游收入也稳居第一，旅游收入分别为{first}亿、702.13亿。"
    read = {c.text: c.period for c in extract(text.format(first="655.40"), "doc")}
    assert read["655.40亿"] == "2020年" and read["702.13亿"] == "2021年"
    assert flagged(text.format(first="655.40")) == []


def test_output_and_sales_told_as_a_pair_are_two_quantities() -> None:
    text = ("1月，全国汽车产销{output}万辆和36.61万辆，同比分别增长35.39%和20.68%。其中，乘用车产销25.77万辆和"
            "24.31万辆，占汽车产销总量的63.43%和66.40%。")
    read = {c.text: (c.metric, c.whole) for c in extract(text.format(output="40.63"), "doc")}
    assert read["40.63万辆"][0] == "产量" and read["36.61万辆"][0] == "销量"
    assert read["63.43%"] == ("乘用车产量", "汽车产量") and read["66.40%"] == ("乘用车销量", "汽车销量")
    assert flagged(text.format(output="40.63")) == []
