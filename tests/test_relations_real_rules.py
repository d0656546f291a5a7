"""Rules of the relations learnt from real published text, each on a sentence written for this test: what makes two
figures measure the same quantity, and what keeps apart two that do not."""

from __future__ import annotations

from checks.claims import claims_table
from checks.documents import Document

from .flags import flagged


def test_per_mille_points_are_points_of_their_rate_not_a_count() -> None:
    text = "全县人口出生率为9.12‰，比上年下降0.64个千分点；人口死亡率为6.05‰，比上年下降0.21个千分点。"
    table = claims_table([Document("t.txt", text, "t.txt")])
    points = table[table["text"].str.contains("千分点")]
    assert list(points["unit"]) == ["pp", "pp"]
    assert [round(v, 3) for v in points["value"]] == [0.064, 0.021]
    assert flagged(text) == []


def test_a_negated_quantity_is_no_rival_in_a_ranking() -> None:
    text = "在各项公共服务中，市民对养老服务的满意度为41%。其中停车服务的不满意度最高，为27%，满意度为30%。"
    assert [r for r in flagged(text) if r[0] == "rank_vs_values"] == []


def test_a_superlative_still_ranks_one_quantity() -> None:
    text = "在各项公共服务中，停车服务的满意度最高，为27%。养老服务的满意度为41%。"
    assert ("rank_vs_values", "27% | 41%") in flagged(text)


def test_earnings_per_share_are_not_the_profit_that_rose() -> None:
    text = ("Acme Foods said third-quarter profit rose 12 percent, thanks to sales in Asia.\nQuarterly earnings rose "
            "to $64.5 million, or 81 cents per share. Excluding one-off costs, net income was 81 cents per share, "
            "versus 77 cents per share a year ago.")
    assert [r for r in flagged(text) if r[0] == "growth_vs_levels"] == []


def test_a_national_total_in_the_headline_is_not_a_provinces_figure() -> None:
    text = ("假期全国12省旅游收入超百亿 江西收入64.3亿\n\n假期期间，江西共接待游客980万人次，同比增长8.1%。"
            "实现旅游收入64.3亿元，同比增长11.2%。")
    assert [r for r in flagged(text) if r[0] == "restated"] == []


def test_a_count_and_its_share_in_brackets_are_two_claims() -> None:
    table = claims_table([Document("t.txt", "随访期间共有9例(15.0%)出现不良反应。", "t.txt")])
    assert list(table["kind"]) == ["level", "share"]


def test_shares_of_a_study_group_are_fractions_of_its_count() -> None:
    text = ("研究共纳入患者118例，随机分为两组，观察组60例，参照组58例。治疗4周后观察组显效27例(45.00%)，"
            "总有效率91.67%；参照组显效19例(32.76%)，总有效率79.31%。")
    assert flagged(text) == []
    wrong = text.replace("(45.00%)", "(47.00%)").replace("79.31%", "79.13%")
    found = flagged(wrong)
    assert ("share_vs_counts", "27例 | 60例 | 47.00%") in found
    assert ("grim", "58例 | 79.13%") in found


def test_a_share_of_a_named_whole_is_checked_against_that_whole_of_the_same_period() -> None:
    text = ("3月份，全省家电市场总体销量812.5万台，同比增长4.2%。全年全省家电市场总体销量9120万台。\n"
            "3月份，节能家电销量602.4万台，同比增长9.8%，占同期家电销量的74.1%。")
    assert flagged(text) == []
    found = flagged(text.replace("74.1%", "64.1%"))
    assert ("share_vs_counts", "602.4万台 | 812.5万台 | 64.1%") in found


def test_a_share_of_the_whole_stays_a_share_after_a_change_of_its_growth_rate() -> None:
    text = ("上半年全区规模以上企业完成零售额215.6亿元，同比增长8.3%，增幅较一季度提高1.2个百分点，"
            "占全部社会消费品零售总额的41.0%。")
    table = claims_table([Document("t.txt", text, "t.txt")])
    assert table.loc[table["text"] == "41.0%", "kind"].item() == "share"


def test_a_whole_named_with_its_owner_is_found_by_its_last_word() -> None:
    text = ("上半年全县规上工业营业收入318.4亿元，同比增长6.1%。其中，12家龙头企业营业收入201.7亿元，"
            "占全县规上工业收入比重为63.3%。")
    assert flagged(text) == []
    assert ("share_vs_counts", "201.7亿元 | 318.4亿元 | 53.3%") in flagged(text.replace("63.3%", "53.3%"))


def test_shares_given_to_the_members_of_a_breakdown_listed_before_them_make_one_whole() -> None:
    text = "今年前三季度，东、中、西部地区新能源汽车销量比重分别为58.2%、27.5%和14.3%。"
    assert flagged(text) == []
    assert ("shares_of_whole", "58.2% | 37.5% | 14.3%") in flagged(text.replace("27.5%", "37.5%"))


def test_each_entitys_own_ratio_listed_is_not_summed() -> None:
    assert flagged("甲市和乙市的第三产业比重分别为61.5%和58.9%。") == []


def test_the_remaining_share_completes_the_shares_before_it() -> None:
    text = "In a poll of 900 voters, 48% backed the plan while 31% opposed it.\n\nThe remaining 21% had no view."
    assert flagged(text) == []
    assert ("shares_of_whole", "48% | 31% | 31%") in flagged(text.replace("remaining 21%", "remaining 31%"))
    zh = "受访企业中，42.5%表示订单增加，33.0%表示持平，其余24.5%表示订单减少。"
    assert flagged(zh) == []
    assert ("shares_of_whole", "42.5% | 33.0% | 34.5%") in flagged(zh.replace("24.5%", "34.5%"))


def test_a_heading_line_run_into_the_text_is_restated_by_it() -> None:
    text = ("星河科技:上半年净利润18.6亿元同比增长12%\n8月20日,星河科技发布半年报,上半年净利润18.6亿元,同比增长12%。"
            "营业收入120.4亿元,同比增长9%。")
    assert flagged(text) == []
    assert ("restated", "12% | 22%") in flagged(text.replace("同比增长12%。", "同比增长22%。"))


def test_a_section_heading_is_restated_by_the_paragraph_below_it() -> None:
    text = ("星河科技发布半年报。\n\n二季度云服务的付费企业数达3.45万家\n公司介绍，二季度云服务付费企业数达3.45万家，"
            "同比增长18%。")
    assert flagged(text) == []
    wrong = text.replace("付费企业数达3.45万家，", "付费企业数达3.95万家，")
    assert ("restated", "3.45万家 | 3.95万家") in flagged(wrong)


def test_a_mixed_metric_ending_in_latin_letters_can_name_a_quantity() -> None:
    from checks.relations.base import specific

    assert specific({"metric": "微信及WeChat", "subject": None, "segment": None})
    assert not specific({"metric": "revenue rose to", "subject": None, "segment": None})


def test_a_title_kept_and_a_place_kept_are_an_order_of_the_values() -> None:
    text = "从6月紧凑型SUV销量榜来看，星河X5以31520辆的销量蝉联冠军，远航S7销量为27340辆，保持第二。"
    assert flagged(text) == []
    assert ("rank_vs_values", "31520辆 | 37340辆") in flagged(text.replace("27340辆", "37340辆"))


def test_an_earlier_level_in_brackets_after_its_period_is_the_base() -> None:
    text = "2023届毕业生的就业率为81.5%，较2022届(83.0%)下降了1.5个百分点。"
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("1.5个百分点", "2.5个百分点"))] == ["growth_vs_levels"]


def test_a_rate_of_fall_after_the_amount_of_the_fall_is_of_the_same_level() -> None:
    text = "上半年，该集团实现利润320亿元，同比减少40亿元，减幅为11.1%。"
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("11.1%", "15.1%"))] == ["growth_vs_levels"]


def test_a_converted_figure_in_brackets_stands_between_a_level_and_its_base() -> None:
    text = "Revenue rose 8 percent to $2.16 billion (EUR1.9 billion), from $2.00 billion last year."
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("8 percent", "12 percent"))] == ["growth_vs_levels"]


def test_a_rate_above_a_named_rate_by_points() -> None:
    text = ("全省规上工业增加值同比增长5.0%。其中，装备制造业增加值同比增长8.2%，高于全省规上工业增速3.2个百分点。")
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("3.2个百分点", "4.2个百分点"))] == ["growth_vs_levels"]
    assert [r[0] for r in flagged(text.replace("3.2个百分点", "3.2%"))] == ["percent_vs_pp"]


def test_a_rate_above_the_overall_rate_is_against_its_whole() -> None:
    text = "一季度全省外贸进出口同比增长6.0%，其中出口增长4.0%。对东盟进出口同比增长9.5%，高出总体增幅3.5个百分点。"
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("3.5个百分点", "5.5个百分点"))] == ["growth_vs_levels"]


def test_two_named_rates_and_their_gap() -> None:
    text = "今年以来，全省进口增速为12.0%，出口增速为4.5%。据分析，全省进口增速快于出口7.5个百分点。"
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("7.5个百分点", "7.5%"))] == ["percent_vs_pp"]


def test_a_rate_above_a_rate_not_stated_is_no_relation() -> None:
    text = "全省出口同比增长9.0%，增速高于全国平均水平2.0个百分点。全国进口增长1.0%。"
    assert flagged(text) == []


def test_kinds_of_the_noun_of_a_whole_named_in_an_among_phrase() -> None:
    text = "在全年接待的3.20亿人次游客中，入境游客为0.45亿人次，增长5.1%；国内游客为2.75亿人次，增长8.0%。"
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("2.75亿", "2.95亿"))] == ["parts_vs_total"]
    assert flagged("在1000名受访者中，600人表示满意，500人愿意推荐。") == []


def test_kinds_of_one_quantity_listed_after_qizhong_each_with_its_rate() -> None:
    text = ("全县完成工业总产值120.5亿元，增长6.2%。其中，食品工业产值40.2亿元，增长5.0%；纺织工业产值30.1亿元，"
            "下降2.0%；机械工业产值50.2亿元，增长9.1%。")
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("50.2亿元", "60.2亿元"))] == ["parts_vs_total"]


def test_a_structure_of_three_sectors_right_after_its_name_is_three_shares() -> None:
    text = "全市三次产业结构7.2:40.3:52.5，与上年相比，第一产业比重下降0.2个百分点。"
    table = claims_table([Document("t.txt", text, "t.txt")])
    assert list(table[table["unit"] == "percent"]["kind"]) == ["share", "share", "share"]
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("52.5", "62.5"))] == ["shares_of_whole"]


def test_a_share_said_again_in_words_in_the_next_clause() -> None:
    text = "今年前三季度，该店线上销售额占全部销售额的38.6%，占比接近四成。"
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("38.6%", "48.6%"))] == ["restated"]
