"""False alarms met on fresh clean published text (tests/corpus/real/clean), each cause on a sentence written for
this test: two figures that measure different things must not be paired as one quantity."""

from __future__ import annotations

from .flags import flagged


def test_a_rival_rate_in_brackets_is_no_earlier_level_of_an_amount() -> None:
    # 6.2% is the province's growth rate set beside the county's; it is no level the 45.12亿元 grew from
    text = "全县规模以上工业增加值45.12亿元,同比增长8.3%,比全省(6.2%)和全国(5.5%)分别高2.1、2.8个百分点。"
    assert [r for r in flagged(text) if r[0] == "growth_vs_levels"] == []


def test_a_level_and_its_earlier_level_in_one_unit_are_still_judged() -> None:
    text = "全县规模以上工业增加值从40亿元增至45亿元,增长25%。"
    assert [r[0] for r in flagged(text)] == ["growth_vs_levels"]


def test_real_growth_after_prices_is_not_the_nominal_headline_restated() -> None:
    text = ("3月份全省社会消费品零售总额增长7.2%\n"
            "3月份,全省社会消费品零售总额2310亿元,同比名义增长7.2%(扣除价格因素实际增长4.9%)。")
    assert [r for r in flagged(text) if r[0] == "restated"] == []


def test_a_part_named_within_a_whole_is_not_the_whole_restated() -> None:
    text = ("按消费类型分,5月份,餐饮收入512亿元,同比增长6.1%;商品零售4120亿元,增长5.3%。1-5月份,商品零售"
            "19880亿元。\n\n"
            "在商品零售中,5月份,限额以上单位商品零售1630亿元,同比增长4.4%。1-5月份,限额以上单位商品零售7702亿元。")
    assert [r for r in flagged(text) if r[0] == "restated"] == []


def test_a_rise_is_no_rival_of_the_largest_fall() -> None:
    text = ("净利润规模华夏银行以1050.3亿元位居榜首,光大银行净利润同比大增11.4%为增长最亮眼,"
            "渤海银行净利润同比下滑8.7%为降幅最大。")
    assert [r for r in flagged(text) if r[0] == "rank_vs_values"] == []


def test_the_largest_fall_is_still_checked_against_a_larger_fall() -> None:
    text = ("净利润规模华夏银行以1050.3亿元位居榜首,光大银行净利润同比下滑11.4%,"
            "渤海银行净利润同比下滑8.7%为降幅最大。")
    assert [r[0] for r in flagged(text)] == ["rank_vs_values"]


def test_a_bank_named_before_a_rate_is_no_quantity_to_rank() -> None:
    # the falls of two different quantities (revenue, interest income) of banks, in the bullets of one summary
    text = ("整体业绩 - 营收增速方面,甲银行同比增长6.5%为最快,乙银行同比下降9.7%为下滑最明显 [2] "
            "利息净收入 - 利息净收入增长呈现分化,丁银行同比增长1.7%,乙银行同比下滑8.2%为降幅最大 [5]")
    assert [r for r in flagged(text) if r[0] == "rank_vs_values"] == []


def test_a_capitalised_cue_after_a_capitalised_word_is_a_name() -> None:
    text = ("Sales of the Toyota Corolla, Honda Jazz and Nissan Lead fell 12 percent, 18 percent and 25 percent "
            "respectively.")
    assert [r for r in flagged(text) if r[0] == "rank_vs_values"] == []


def test_a_business_segments_revenue_is_not_the_companys_restated() -> None:
    text = ("上半年,公司实现营业收入8.45亿元,同比增长12.1%。\n"
            "储能业务方面,公司储能板块上半年实现营业收入3.02亿元,同比增长40.2%。")
    assert [r for r in flagged(text) if r[0] == "restated"] == []


def test_members_ranked_apart_are_not_one_figure_restated() -> None:
    text = ("甲品牌三季度销量为520万台,市场份额为24.1%,同比增长12.5%,排名第二。\n\n"
            "乙品牌三季度销量为410万台,市场份额为19.0%,同比增长30.2%,排名第三。")
    assert [r for r in flagged(text) if r[0] == "restated"] == []


def test_a_monthly_range_is_no_member_of_a_breakdown() -> None:
    # 85~100亿元 is the range of the monthly values, not the exports whose share the imports would be measured by
    text = ("进出口值呈波动上升走势。1月以60.2亿元开局,2~8月进出口值在85~100亿元区间波动。"
            "前三季度,全市进口原油210.3亿元,占同期进口总值的48.2%;进口机电产品95.1亿元,占21.8%。")
    assert [r for r in flagged(text) if r[0] == "share_vs_counts"] == []


def test_a_share_of_a_whole_breakdown_is_still_checked() -> None:
    text = "本次调查中,男性受访者312人,占61.5%;女性受访者188人。"
    assert [r[0] for r in flagged(text)] == ["share_vs_counts"]


def test_a_share_after_a_share_of_a_named_whole_is_of_that_whole() -> None:
    # 21.8% is of the imports named in the clause before, not of the exports and imports of machinery together
    text = ("前三季度,全市出口机电产品560.4亿元,增长18.2%。前三季度,全市进口原油210.3亿元,"
            "占同期进口总值的48.2%;进口机电产品95.1亿元,占21.8%。")
    assert [r for r in flagged(text) if r[0] == "share_vs_counts"] == []
