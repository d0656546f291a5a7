"""Forms of stop 65, written before its blind set was read (from the misses of earlier sets), on sentences written
for these tests."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged_of


def test_a_move_between_two_levels_each_of_its_time_is_judged() -> None:
    text = "毛利率从2011年的19.8%降至2012年的{later}。"
    assert flagged_of("rank_vs_values", text.format(later="12.6%")) == []
    assert flagged_of("rank_vs_values", text.format(later="22.6%")) != []  # said to fall, but higher
    later = "城市数量由6月的55个增至{later}个。"
    assert flagged_of("rank_vs_values", later.format(later="64")) == []
    assert flagged_of("rank_vs_values", later.format(later="44")) != []
    # 由于 is "because": no move from the figure after it
    assert flagged_of("rank_vs_values", "由于2011年的19.8%，利润降至2012年的22.6%。") == []


def test_a_narrower_age_band_holds_no_more_than_the_wider_one_before_it() -> None:
    text = ("2022年末全市常住人口中，60岁及以上人口为32.0万人，占总人口的24.09%，其中65岁及以上人口为{count}万人，"
            "占总人口的{share}。")
    assert flagged_of("parts_vs_total", text.format(count="24.2", share="18.22%")) == []
    assert flagged_of("parts_vs_total", text.format(count="34.2", share="18.22%")) != []
    assert flagged_of("parts_vs_total", text.format(count="24.2", share="28.22%")) != []
    # bands that follow one another are no part of each other
    apart = "0-14岁人口为19.2万人，占总人口的14.43%；15-64岁人口为89.4万人，占总人口的67.35%。"
    assert flagged_of("parts_vs_total", apart) == []


def test_a_kind_of_a_class_is_part_of_the_class_total() -> None:
    text = "蔬菜产量11474吨，同比增长4.3%；肉类总产量2061吨，同比下降1.9%，其中猪肉产量{part}吨，同比下降0.7%。"
    assert flagged_of("parts_vs_total", text.format(part="1694")) == []
    assert flagged_of("parts_vs_total", text.format(part="2694")) != []  # above the 肉类 total, though below 蔬菜


def test_an_amount_paid_rises_by_no_more_than_the_level_it_reached() -> None:
    assert flagged_of("growth_vs_levels", "营收增加3.5亿元至31亿元。") == []
    assert flagged_of("growth_vs_levels", "营收增加35亿元至31亿元。") != []
    assert flagged_of("growth_vs_levels", "Sales rose by $3.5 billion to $3.1 billion.") != []
    # a profit may have been a loss: it may rise by more than it reached
    assert flagged_of("growth_vs_levels", "Net profit rose by $3.5 billion to $3.1 billion.") == []


def test_a_change_to_a_level_far_from_it_is_no_range() -> None:
    read = [(c.text, c.kind) for c in extract("营收增加3.5亿元至31亿元。")]
    assert read == [("3.5亿元", "change"), ("31亿元", "level")]
    fell = [(c.text, c.kind) for c in extract("营收减少35亿元至31亿元。")]
    assert fell == [("35亿元", "change"), ("31亿元", "level")]
    # a forecast's bounds, within a few times of each other, and rates stay ranges
    assert [c.text for c in extract("预计净利润同比增加5000万元至8000万元。")] == ["5000万元至8000万元"]
    assert [c.text for c in extract("营收增长5%至8%。")] == ["5%至8%"]


def test_a_make_up_s_parts_end_where_the_next_make_up_begins() -> None:
    text = "在80万人次的旅客构成中，本地居民达{own}万人次，在50万人次的游客构成中，外地游客达45万人次。"
    assert flagged_of("parts_vs_total", text.format(own="70")) == []  # 50万 and 45万 are the next whole's
    assert flagged_of("parts_vs_total", text.format(own="90")) != []


# Tuned after clean48 and planted47 were measured (not blind): forms seen there, on sentences written for these tests.


def test_what_came_in_less_what_went_out_is_the_net() -> None:
    text = "2024年，样本企业共新开门店737家，关闭门店994家，净增门店{net}家。"
    assert flagged_of("parts_vs_total", text.format(net="-257")) == []
    assert flagged_of("parts_vs_total", text.format(net="-196")) != []
    flows = "本周主力资金流入120亿元，流出150亿元，净流出{net}亿元。"
    assert flagged_of("parts_vs_total", flows.format(net="30")) == []
    assert flagged_of("parts_vs_total", flows.format(net="40")) != []


def test_a_net_count_below_zero_is_a_change_not_a_negative_level() -> None:
    net = next(c for c in extract("样本企业共新开门店737家，关闭门店994家，净增门店-196家。") if c.value < 0)
    assert (net.kind, net.metric) == ("change", "门店")


def test_a_market_s_daily_turnover_is_not_judged_against_calendar_days() -> None:
    text = "7月份，银行间债券市场现券成交26.4万亿元，日均成交1.152万亿元，同比增长38.4%。"
    assert flagged_of("share_vs_counts", text) == []
    # a holiday's passengers a day are
    assert flagged_of("share_vs_counts", "10月1日至7日，全国共发送旅客4.03亿人次，日均7750万人次。") != []


def test_a_gap_told_as_an_amount_after_its_rate_is_no_level_compared() -> None:
    text = ("Retail sales tax collections were 2.5%, or $5.1 million, more than the estimate with $207.1 million "
            "collected.")
    assert flagged_of("rank_vs_values", text) == []
    assert flagged_of("rank_vs_values", "Revenue was $4 billion, above the $4.6 billion analysts expected.") != []


def test_a_heading_that_views_a_whole_by_its_structure_names_it() -> None:
    text = ("今年上半年，全市地方财政收入94.59亿元。市本级地方财政收入36.56亿元。\n"
            "从上半年全市地方财政收入分结构完成情况看，全市税收收入完成{tax}亿元；上半年实现非税收入9.85亿元。")
    assert flagged_of("parts_vs_total", text.format(tax="84.74")) == []  # of 94.59, not of the 市本级 36.56
    assert flagged_of("parts_vs_total", text.format(tax="88.74")) != []


def test_degrees_of_satisfaction_are_answers_of_their_own() -> None:
    text = "1、对保教人员工作满意度:\n\n满意:85% 基本满意:{second}% 不太满意: 2%\n"
    assert flagged_of("shares_of_whole", text.format(second="13")) == []
    assert flagged_of("shares_of_whole", text.format(second="23")) != []
    # a rate of satisfaction holds its degrees
    assert flagged_of("shares_of_whole", "满意率为85%，非常满意40%。") == []


def test_a_rate_against_a_time_whose_level_is_told_after_it() -> None:
    text = ("Visitor arrivals for February 2024 totaled 54,732. However, this is a decrease of {rate}% compared to "
            "January 2024, which recorded a total 70,324.")
    assert flagged_of("growth_vs_levels", text.format(rate="22.2")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="12.2")) != []


def test_thousands_grouped_by_a_space_are_one_number() -> None:
    text = "At the end of 2019, capacity amounted to 2 537 GW, hydropower 1 190 GW."
    read = [(c.text, c.value) for c in extract(text)]
    assert read == [("2 537 GW", 2537.0), ("1 190 GW", 1190.0)]


def test_a_results_comparative_may_name_its_half_or_quarter() -> None:
    text = "Interest income went up by {rate} per cent to N76.11bn (H1, 2022: N49.75bn)."
    assert flagged_of("growth_vs_levels", text.format(rate="53")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="73")) != []
    earnings = ("The bank posted gross earnings of N89.09bn, a year-on-year increase of {rate} per cent "
                "(H1, 2022: N59.59bn).")
    assert flagged_of("growth_vs_levels", earnings.format(rate="29")) != []


def test_a_year_after_the_half_of_is_no_range_s_start() -> None:
    read = [(c.text, c.kind) for c in extract("Profit rose by 97 per cent in the first half of 2023 to N10.48bn.")]
    assert read == [("97 per cent", "growth"), ("N10.48bn", "level")]


def test_a_rate_after_its_period_to_a_level_from_another() -> None:
    text = "Profit rose by {rate} per cent in the first half of 2023 financial period to N10.48bn from N5.30bn."
    assert flagged_of("growth_vs_levels", text.format(rate="98")) == []  # 97.74%
    # a whole percent cut, not rounded, is flagged as a small real finding (tried and dropped at stops 41 and 54)
    assert flagged_of("growth_vs_levels", text.format(rate="97")) != []


def test_the_taka_and_the_cedi_are_money() -> None:
    text = "Turnover rose to Tk 13.55 billion. The bank's profit was ¢1.23 billion."
    read = [(c.text, c.unit) for c in extract(text)]
    assert read == [("Tk 13.55 billion", "other_currency"), ("¢1.23 billion", "other_currency")]


def test_a_time_s_possessive_names_no_owner() -> None:
    text = "Turnover rose 7.20 per cent from the previous session’s turnover of Tk 12.64 billion."
    assert {c.subject for c in extract(text)} == {None}


def test_nested_bands_are_looked_for_among_the_last_few_only() -> None:
    from checks.claims import table_rows
    from checks.claims.table import claims_table
    from checks.documents import Document
    from checks.relations.age_bands import age_bands
    from checks.relations.base import Doc

    text = "全市常住人口中，" + "60岁及以上人口为32.0万人，其中65岁及以上人口为24.2万人，" * 200 + "。"
    claims = [dict(c) for c in table_rows(claims_table([Document(doc="r", text=text, source="r")]))]
    # a run-on text of bands: each band is held against the few told just before it, not every one (quadratic)
    assert 0 < len(list(age_bands(Doc("r", text, claims)))) <= 8 * 400
