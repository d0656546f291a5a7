"""Whose figure and which member a Chinese figure is, on forms the earlier readings missed (invented sentences)."""

from __future__ import annotations

from checks.extract import extract
from checks.extract.zh.measure import not_an_owner
from checks.extract.zh.shares import BOUND_GROUP, bound_group


def _measures(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric) for c in extract(text, "doc")}


def test_a_name_that_goes_on_past_a_firms_ending_is_no_firm() -> None:
    assert _measures("南湖科技馆接待游客2.5万人次。")["2.5万人次"][0] == "南湖科技馆"
    assert _measures("其中烟酒食品类商品零售额增长6.1%。")["6.1%"][0] is None  # a class of goods, no firm 烟酒食品
    assert _measures("家用电器和通讯器材类增长3.2%。")["3.2%"][0] is None
    # a list of firms joined by 和 is still read as firms
    assert _measures("东方航空和所属子公司运力投入增长5%。")["5%"][0] == "东方航空"


def test_the_place_that_received_visitors_owns_the_count() -> None:
    found = _measures("植物园接待游客1.2万人次；古城墙景区共接待游客8600人次。全市累计接待国内游客30万人次。")
    assert found["1.2万人次"] == ("植物园", None, "接待游客")
    assert found["8600人次"] == ("古城墙景区", None, "接待游客")
    assert found["30万人次"] == ("全市", None, "接待国内游客")


def test_a_counted_group_that_received_visitors_is_the_owner() -> None:
    assert _measures("5个城市接待游客总数超过2千万人次。")["超过2千万人次"][0] == "5个城市"


def test_a_place_labelling_its_paragraph_owns_its_figures() -> None:
    found = _measures("西安：大雁塔景区接待游客2万人次。\n青海：全省共接待游客12.5万人次，实现旅游收入0.9亿元。\n"
                      "洛阳：龙门石窟推出夜游活动，共接待游客1.1万人次。")
    assert found["12.5万人次"][0] == "青海"  # 全省 is the province the paragraph is labelled with
    assert found["0.9亿元"][0] == "青海"
    assert found["1.1万人次"][0] == "洛阳"


def test_one_labelled_paragraph_or_a_word_that_introduces_is_no_owner() -> None:
    assert _measures("具体来看：全省共接待游客12.5万人次。\n其中：景区门票收入0.9亿元。")["12.5万人次"][0] != "具体来看"
    assert _measures("西安：景区门票收入0.9亿元。")["0.9亿元"][0] != "西安"


def test_a_bound_that_defines_a_group_is_no_figure_and_is_the_member_of_its_share() -> None:
    found = _measures("乡镇居民月支出500元以下占12.4%，500~1500元之间占60.1%，1500元及以上占27.5%。")
    assert not {"500元以下", "500~1500元", "1500元及以上"} & set(found)
    assert found["12.4%"] == (None, "500元以下", "乡镇居民月支出")
    assert found["60.1%"] == (None, "500~1500元", "乡镇居民月支出")  # the quantity of the share before
    assert found["27.5%"] == (None, "1500元及以上", "乡镇居民月支出")
    shares = _measures("人均月收入在300元-800元的家庭占样本总数的21%，800-1200元之间的占35%。")
    assert shares["21%"][1] == "300元-800元"
    assert shares["35%"][1] == "800-1200元"


def test_an_amount_before_a_share_is_no_bound() -> None:
    assert bound_group("营收3000元占") is None
    assert "3000万元" in _measures("公司营收3000万元，占全部收入的40%。")


def test_bound_group_rule_examples() -> None:
    for text, expected in BOUND_GROUP.examples:
        assert (bound_group(text) or (None,))[0] == expected


def test_the_one_placed_by_its_figure_owns_it() -> None:
    found = _measures("各市旅游收入均超过20亿元。其中，南京以36.5亿元居首，苏州以31亿元位列第二，"
                      "无锡则以25.2亿元紧随其后。")
    assert found["36.5亿元"][0] == "南京"
    assert found["31亿元"][0] == "苏州"
    assert found["25.2亿元"][0] == "无锡"
    assert found["31亿元"][2] == found["超过20亿元"][2]  # the quantity of the figure its sentence names the parts of
    # a province named alone before its figure and its place
    assert _measures("浙江以9.1亿元居首，江西8.3亿元排名第二。")["8.3亿元"][0] == "江西"
    # the quantity of the parts' sentence, without the places counted before it
    listed = _measures("浙江、江西2省份春节旅游收入均超过8亿元。其中，浙江以9.1亿元居首。")
    assert listed["9.1亿元"] == ("浙江", None, "春节旅游收入")
    # a clause that names its own quantity before the name keeps it
    own = _measures("营收方面，甲银行以300亿元排名第一。利润规模乙银行以120亿元位居榜首。")
    assert own["120亿元"][2] != "营收"


def test_a_forecasts_verb_after_the_quantity_is_no_part_of_its_name() -> None:
    found = {c.text: c for c in extract("春节期间，全省公路客运量预计860万人次。", "doc")}
    assert found["860万人次"].metric == "客运量" and found["860万人次"].projected


def test_a_daily_average_said_alone_is_of_the_quantity_just_stated() -> None:
    found = _measures("国庆期间，民航旅客运输量320万人次，日均45.7万人次，同比增长6.2%。")
    assert found["45.7万人次"][1:] == (None, "日均民航旅客运输量")  # a member with no owner stays in the name
    owned = _measures("全县城镇居民消费支出5.2亿元，日均140万元。")
    assert owned["140万元"] == ("全县", "城镇", "日均居民消费支出")  # with an owner, the member is the segment
    other = _measures("全市港口货物吞吐量共完成1.2亿吨、日均390万吨。")  # after a 、 as after a comma
    assert other["390万吨"][2] == "日均港口货物吞吐量"


def test_a_run_of_days_is_the_period_not_its_first_day() -> None:
    found = {c.text: c.period for c in extract("2024年2月10日至2月17日，全省接待游客3200万人次。", "doc")}
    assert found["3200万人次"] == "2024年2月10日至2月17日"
    short = {c.text: c.period for c in extract("据统计，5月1日~5日，全市旅游收入12.5亿元。", "doc")}
    assert short["12.5亿元"] == "5月1日~5日"


def test_a_period_compared_with_is_no_later_figures_period() -> None:
    found = {c.text: c.period for c in extract(
        "今年1—5月，全县社零总额86.4亿元，比去年同期增长7.5%，占全市同期总额12.1%，其中网上零售额9.8亿元。", "doc")}
    assert found["12.1%"] == "今年1—5月" and found["9.8亿元"] == "今年1—5月"
    base = {c.text: c.period for c in extract("乙公司11月销量12万台，较去年同期的9.6万台增长25%。", "doc")}
    assert base["9.6万台"] == "去年同期" and base["25%"] == "11月"  # the base's own figure is of the base's period
    quoted = {c.text: c.period for c in extract("丙集团2023年收入为人民币2138百万元，较上年人民币1900百万元增加12.5%。",
                                                 "doc")}
    assert quoted["1900百万元"] == "上年"  # a currency word between the base's period and its figure
    named = {c.text: c.metric for c in extract("丙集团2023年收入为人民币2138百万元，较上年人民币1900百万元增加12.5%。",
                                                "doc")}
    # 较人民币 (the comparison and its currency word) names no quantity: the base measures what its level does
    assert named["1900百万元"] == named["2138百万元"] and "人民币" not in named["1900百万元"]


def test_the_length_of_a_holiday_is_its_scope_not_a_claim() -> None:
    texts = [c.text for c in extract("端午假期3天，全省接待游客1520万人次。“五一”5天假期，旅游收入9.8亿元。", "doc")]
    assert "3天" not in texts and "5天" not in texts and "1520万人次" in texts
    assert "6天" in [c.text for c in extract("该片连续6天单日票房破亿元。", "doc")]  # a run of days is a claim


def test_a_share_after_a_change_of_a_rate_is_of_the_quantity_not_its_rate() -> None:
    found = _measures("其中，民间投资增长8.2%，增速比上月加快1.1个百分点，占全部投资的比重为35.6%。")
    assert found["1.1个百分点"][2] == "民间投资增速" and found["35.6%"][2] == "民间投资"


def test_a_shares_name_ending_in_a_ratio_word_is_no_comparison() -> None:
    found = _measures("与上年相比，华东地区营业收入比重下降0.8个百分点，流动性比例下降至52.1%。")
    assert found["0.8个百分点"][2] == "营业收入比重" and found["52.1%"][2] == "流动性比例"


def test_a_run_of_months_with_both_months_named_is_the_period() -> None:
    # 1月~7月份 and 1月至7月 are seven months, not July: a month's figure then reads apart from the months' total
    text = "1月~7月份，全国港口吞吐量15.7亿吨。7月份，全国港口吞吐量2.4亿吨。"
    periods = {c.text: c.period for c in extract(text, "doc")}
    assert periods["15.7亿吨"] == "1月~7月份" and periods["2.4亿吨"] == "7月份"
    assert {c.period for c in extract("今年1月至7月，全市出口120亿元，增长5%。", "doc")} == {"今年1月至7月"}


def test_a_time_or_a_way_of_counting_is_no_owner() -> None:
    # 较一季度(-10.8%): the same owner's earlier figure; 近三个季度, 按利润总额计算: no owner
    claims = {c.text: c for c in extract("二季度全县地区生产总值为1437936万元,较一季度(-10.8%)回升2.1个百分点。", "d")}
    assert claims["-10.8%"].subject == claims["2.1个百分点"].subject == "全县"
    claims = {c.text: c for c in extract("在整体市场上所占份额为22.7%,高于去年同期的21%。", "d")}
    assert claims["21%"].subject != "去年同期"
    assert not_an_owner("近三个季度") and not_an_owner("照不变价计算") and not_an_owner("一季度")
    assert not not_an_owner("全县") and not not_an_owner("三星")
