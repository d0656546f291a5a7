"""Chinese readings and relations learnt from the development set's misses, each on a sentence written for this
test: what lets two Chinese figures be paired, and what keeps apart two that are not one quantity."""

from __future__ import annotations

import pandas as pd

from checks.claims import claims_table
from checks.documents import Document

from .flags import flagged


def table(text: str) -> pd.DataFrame:
    return claims_table([Document("t.txt", text, "t.txt")])


def test_a_quantity_named_by_reference_is_the_one_named_just_before() -> None:
    text = ("主机游戏收入环比增长8%\n主机游戏收入同比下降3%至人民币50亿元。公司表示，由于新作上线，"
            "上述收入环比增长18%。同时，网页游戏收入为人民币9亿元，环比增长5%。")
    claims = table(text)
    assert claims[claims["text"] == "18%"]["metric"].tolist() == ["主机游戏收入"]
    assert ("restated", "8% | 18%") in flagged(text)
    assert flagged(text.replace("增长18%", "增长8%")) == []


def test_a_figure_that_states_a_bounded_one_exactly_measures_the_same() -> None:
    text = "其中，进口规模在历史同期首次突破2000亿元，达2150.6亿元，同比增长9.4%；出口1200亿元。"
    claims = table(text)
    assert claims["metric"].tolist()[:3] == ["进口规模"] * 3


def test_a_share_of_the_total_value_is_a_share_of_the_quantitys_scale() -> None:
    text = ("一季度，全市进口规模达1200亿元，同比增长6.1%。其中，以一般贸易方式进口900亿元，同比增长8%，"
            "占全市进口总值的75%。")
    assert flagged(text) == []
    assert ("share_vs_counts", "900亿元 | 1200亿元 | 85%") in flagged(text.replace("75%", "85%"))


def test_a_member_said_to_exceed_another_by_name_has_the_larger_figure() -> None:
    text = "上半年，我省与日本、韩国分别进出口820亿元、790亿元。日本反超韩国，成为我省第二大贸易伙伴。"
    assert flagged(text) == []
    assert ("rank_vs_values", "720亿元 | 790亿元") in flagged(text.replace("820亿元", "720亿元"))


def test_the_heads_of_two_quantities_name_the_members_compared() -> None:
    text = ("一季度，全市服务贸易进口650亿元，增长9.1%。同期，货物贸易进口610亿元，增长4.2%。"
            "服务贸易的规模和增速均超过货物贸易。")
    assert flagged(text) == []
    assert ("rank_vs_values", "9.1% | 12.2%") in flagged(text.replace("4.2%", "12.2%"))
    assert flagged(text.replace("均超过货物贸易", "均超过去年水平")) == []


def test_a_table_row_a_line_is_read_by_its_row_and_column() -> None:
    text = ("全市实现生产总值820.40亿元，比上年增长6.1%。其中，第一产业增加值41.20亿元，增长2.2%；"
            "第二产业增加值390.10亿元，增长5.8%；第三产业增加值389.10亿元，增长6.9%。\n"
            "表2 2021年某市生产总值\n| 绝对数 (亿元) | 比上年增长 (%) |\n地区生产总值 | 820.40 | 6.1 |\n"
            "第一产业 | 41.20 | 2.2 |\n第二产业 | 390.10 | 5.8 |\n第三产业 | 389.10 | 6.9 |\n")
    claims = table(text)
    cell = claims[claims["text"] == "390.10"].iloc[0]
    assert (cell["value"], cell["unit"], cell["kind"], cell["segment"], cell["metric"]) == (
        39010000000, "CNY", "level", "第二产业", "增加值")
    growth = claims[(claims["text"] == "5.8")].iloc[0]
    assert (growth["unit"], growth["kind"], growth["direction"], growth["basis"]) == (
        "percent", "growth", "up", "比上年")
    assert flagged(text) == []
    assert ("restated", "390.10亿元 | 399.10") in flagged(text.replace("第二产业 | 390.10", "第二产业 | 399.10"))


def test_a_table_a_cell_a_line_is_read_by_its_header() -> None:
    text = ("今年春节假期，江苏以310.55亿元列旅游总收入排行榜第一名。\n假期各省旅游收入排行榜\n"
            "名次 |\n省份 |\n旅游总收入\n(亿元)\n|\n同比增长 |\n1 |\n江苏 |\n310.55 |\n12% |\n"
            "2 |\n浙江 |\n290.1 |\n9.5% |\n3 |\n安徽 |\n201.7 |\n8% |\n")
    claims = table(text)
    cell = claims[claims["text"] == "290.1"].iloc[0]
    assert (cell["value"], cell["unit"], cell["subject"], cell["metric"]) == (29010000000, "CNY", "浙江", "旅游总收入")
    assert claims[claims["text"] == "2"]["kind"].tolist() == ["rank"]
    prose = claims[claims["text"] == "310.55亿元"].iloc[0]
    assert (prose["subject"], prose["metric"]) == ("江苏", "旅游总收入")
    assert flagged(text) == []
    assert ("restated", "360.55亿元 | 310.55") in flagged(text.replace("以310.55亿元", "以360.55亿元"))


def test_a_figure_said_of_each_of_a_counted_group_is_the_groups() -> None:
    claims = table("江苏旅游收入310亿元。5个省份旅游总收入超过200亿元。")
    bound = claims[claims["text"] == "超过200亿元"].iloc[0]
    assert (bound["subject"], bound["metric"]) == ("5个省份", "旅游总收入")


def test_groups_given_their_shares_in_a_named_whole_add_up_to_at_most_all_of_it() -> None:
    text = ("本次共回收问卷500份。在回收问卷中，学生群体占22.4%，教师群体占18.6%，企业职员占31.2%，"
            "退休人员占16.0%，自由职业者占11.8%。")
    assert flagged(text) == []
    assert ("shares_of_whole", "22.4% | 18.6% | 41.2% | 16.0% | 11.8%") in flagged(text.replace("31.2%", "41.2%"))
    assert flagged("在回收问卷中，学生群体占52.4%，教师群体占48.6%，企业职员占31.2%。") == []


def test_a_leader_said_to_be_just_over_a_precise_figure_cannot_trail_the_second() -> None:
    text = ("截至发稿，影片《山海》以超12.46亿的票房成绩强势领跑。排在第二名的《远航》取得超6.02亿的票房成绩，"
            "排在第三名的是《归途》，累计票房达2.15亿。")
    assert flagged(text) == []
    assert ("rank_vs_values", "超12.46亿 | 超13.02亿") in flagged(text.replace("超6.02亿", "超13.02亿"))
    assert flagged(text.replace("超12.46亿", "超12亿").replace("超6.02亿", "超12.3亿")) == []


def test_the_fastest_of_a_set_is_checked_against_the_table_of_its_members() -> None:
    text = ("与去年春节假期相比，安徽旅游总收入同比增长21.5%，成为15个省份中旅游收入增长最快的省份。\n"
            "春节假期各省旅游收入排行榜\n名次 |\n省份 |\n旅游总收入\n(亿元)\n|\n同比增长 |\n"
            "1 |\n江苏 |\n310.55 |\n12% |\n2 |\n浙江 |\n290.1 |\n9.5% |\n3 |\n安徽 |\n201.7 |\n21.5% |\n")
    claims = table(text)
    rates = claims[claims["text"] == "21.5%"].sort_values("start")["period"].tolist()
    assert rates[0] is None or rates[0] != rates[0]  # 去年春节假期 is what it is compared with
    assert rates[1] == "春节假期"  # the table's, of its heading's holiday
    assert flagged(text) == []
    assert ("rank_vs_values", "21.5% | 23%") in flagged(text.replace("\n12% |", "\n23% |"))


def test_the_answers_of_one_rating_scale_add_up_to_at_most_all_the_asked() -> None:
    text = ("对于社区养老服务，评价“一般”的居民最多，比例为45%，满意度为38%，不满意度为12%。"
            "对于社区医疗服务，满意度为52%，不满意度为30%。")
    assert flagged(text) == []
    assert ("shares_of_whole", "65% | 38% | 12%") in flagged(text.replace("比例为45%", "比例为65%"))
    # one answer given twice (two years, two groups) is no run of the scale's answers
    assert flagged("今年居民满意度为72%，去年满意度为68%，青年群体满意度为81%。") == []
    # a part of a part (其中) is not another answer
    assert flagged("评价满意的占60%，其中对服务态度不满意的占45%。") == []
    # 一般 said as "generally" is no answer; 不满足 (does not meet) is not 不满
    assert flagged("受访者一般每周锻炼的比例为70%，满意度为40%。") == []
    assert flagged("居民满意度为80%，住房面积不满足需求的占30%。") == []
    assert ("shares_of_whole", "80% | 30%") in flagged("居民很满意的占80%，很不满意的占30%。")


def test_a_groups_members_counted_by_kinds_of_one_thing_are_no_more_than_the_group() -> None:
    text = "本次研究共纳入患者150人。实验组80人，平均年龄41岁；轻度32人，中度30人，重度18人。"
    assert flagged(text) == []
    assert ("parts_vs_total", "80人 | 32人 | 40人 | 18人") in flagged(text.replace("中度30人", "中度40人"))
    # a figure opening a clause after ；is a member (实验组 of the 150), not the group the kinds are counted in
    members = "本次研究共纳入患者150人，平均年龄41岁；实验组80人，对照组70人；轻度62人，中度50人，重度38人。"
    assert flagged(members) == []
    # months are times, not kinds of the group's members
    assert flagged("去年全年新签合同120份；今年一月签订50份，二月签订40份，三月签订45份。") == []


def test_units_above_and_below_the_reporting_threshold_make_the_whole_of_their_quantity() -> None:
    text = ("上半年，全市实现社会消费品零售总额620.5亿元，同比增长8.1%。其中，批发和零售业零售总额560.2亿元。"
            "全市限额以上单位实现社零总额330.1亿元，增长9.0%；限下单位实现社零总额290.4亿元。")
    assert flagged(text) == []  # the very quantity is the whole, not the nearer 批发和零售业零售总额
    assert ("parts_vs_total", "620.5亿元 | 330.1亿元 | 390.4亿元") in flagged(text.replace("290.4", "390.4"))
    # the members' own time, not the whole's: no whole
    assert flagged(text.replace("全市限额以上", "一季度全市限额以上").replace("290.4", "390.4")) == []
    # the whole may stand in the paragraph before the members
    apart = ("上半年，全市实现社会消费品零售总额620.5亿元，同比增长8.1%。\n\n"
             "全市限额以上单位实现社零总额330.1亿元，增长9.0%；限额以下单位实现社零总额290.4亿元。")
    assert flagged(apart) == []
    assert ("parts_vs_total", "620.5亿元 | 330.1亿元 | 190.4亿元") in flagged(apart.replace("290.4", "190.4"))


def test_a_gap_to_a_named_group_is_against_that_groups_rate_of_the_same_quantity() -> None:
    text = "乡镇居民对公共服务表示满意的占41%；相比之下，城区居民满意度为55%，较乡镇高出14个百分点。"
    assert flagged(text) == []
    assert ("growth_vs_levels", "41% | 55% | 20个百分点") in flagged(text.replace("14个百分点", "20个百分点"))
    assert ("percent_vs_pp", "41% | 55% | 14%") in flagged(text.replace("14个百分点", "14%"))
    # the group's figure of another quantity (网购, not 满意) is no rival
    assert flagged("乡镇居民中经常网购的占41%；相比之下，城区居民满意度为55%，较乡镇高出20个百分点。") == []
    rates = "农村居民人均可支配收入增长8.5%。城镇居民人均可支配收入增长6.1%，比农村低2.4个百分点。"
    assert flagged(rates) == []
    assert ("growth_vs_levels", "8.5% | 6.1% | 3.4个百分点") in flagged(rates.replace("低2.4", "低3.4"))
