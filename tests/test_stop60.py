"""Forms of stop 60, from the misses and false alarms of the planted and clean sets (not blind after the measurement),
on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from checks.extract import extract
from tests.flags import flagged_of


def test_two_after_a_name_ending_in_a_magnitude_is_no_elided_numeral() -> None:
    # 两 is two of a unit or a measure word, never an elided tail (一百二 is 120, 百两 nothing): 中百 is a name
    assert all(claim.value != 120 for claim in extract("亏损的仅有华润和中百两家。"))
    assert [claim.value for claim in extract("共有一千两百家企业参与，一万两千三百人到场。")] == [1200, 12300]


def test_a_member_named_after_a_semicolon_of_a_parts_sentence_owns_no_text() -> None:
    text = ("多家商超披露的财报显示，行业整体承压：5家企业营收下滑。其中,华联超市前三季度累计亏损7.10亿元;"
            "中商集团累计亏损5.80亿元。前三季度,行业营收同比下降12.1%。")
    owners = {claim.text: claim.subject for claim in extract(text)}
    assert owners == {"5家": None, "7.10亿元": "华联超市", "5.80亿元": "中商集团", "12.1%": None}


def _read(text: str, figure: str) -> dict:
    return next(vars(claim) for claim in extract(text) if claim.text == figure)


def test_a_trade_partner_named_by_one_character() -> None:
    # 对俄进出口 is trade with Russia (俄), not exports of a member 俄进
    assert (_read("1月份，全省对俄进出口实现8.4亿美元。", "8.4亿美元")["segment"],
            _read("1月份，全省对俄进出口实现8.4亿美元。", "8.4亿美元")["metric"]) == ("俄", "进出口")
    assert _read("全省对美出口12亿元。", "12亿元")["segment"] == "美"
    assert _read("全省对美国出口12亿元。", "12亿元")["segment"] == "美国"


def test_a_rate_above_the_national_average_is_not_set_against_its_own_rate_stated_before() -> None:
    text = ("1月份全省对俄进出口实现8.4亿美元，同比增长37%。\n其中，出口实现29亿元，同比增长5.8%；进口实现69亿元，"
            "同比增长50.9%。1月份，全省对俄进出口实现8.4亿美元，同比增长37%，增幅高于全国平均水平3个百分点。")
    assert flagged_of("growth_vs_levels", text) == []


def test_the_centre_s_revenue_is_no_restatement_of_the_nation_s() -> None:
    text = ("1-7月累计，全国一般公共预算收入139334亿元，同比增长11.5%。分中央和地方看，中央一般公共预算收入63849亿元，"
            "同比增长11.2%；地方一般公共预算本级收入75485亿元，同比增长11.8%。")
    assert flagged_of("restated", text) == []


def test_a_refund_is_no_part_of_the_revenue_its_heading_breaks_down() -> None:
    text = ("1-7月累计，税收收入117531亿元。\n（一）主要税收收入项目情况如下：\n1.国内增值税43578亿元。\n"
            "2.企业所得税{tax}亿元。\n3.出口退税11193亿元。\n")
    assert flagged_of("parts_vs_total", text.format(tax="32453")) == []
    assert flagged_of("parts_vs_total", text.format(tax="82453")) != []


def test_almost_and_at_least_are_no_words_of_place() -> None:
    text = "Of the 66.2 million visitors, {word} 15 million came from the UK, with 9.43 million from France."
    assert flagged_of("rank_vs_values", text.format(word="almost")) == []
    assert flagged_of("rank_vs_values", text.format(word="at least")) == []


def test_a_bulleted_line_labelled_with_a_member_is_that_member_s() -> None:
    text = ("Spending by source market:\n• US: Spending up 3% to AUD3.8 billion;\n• UK: Spending declined 6% to AUD3.5 "
            "billion;\n• France: Spending growth of {rate}%.\n")
    assert _read(text.format(rate="6"), "6%")["segment"] == "UK"
    assert flagged_of("restated", text.format(rate="6")) == []
    # a line labelled by its quantity is no member's, and one bulleted line alone makes no list
    assert _read("Results:\n• Revenue: $19.2 billion, up 4%;\n• Profit: $2.1 billion.\n", "4%")["segment"] is None
    assert _read("Markets:\n• US: Spending up 3% to AUD3.8 billion.\n", "3%")["segment"] is None


def test_an_opening_member_with_its_bounds_in_brackets() -> None:
    text = ("The unemployment rate dropped to 5.1 percent in August.\n\nFor adults (25-74 years), the unemployment "
            "rate was estimated at 4.3 percent for August.")
    assert _read(text, "4.3 percent")["segment"] == "adults"
    assert flagged_of("restated", text) == []


def test_trade_with_a_partner_adds_up_to_the_partner_s_total_not_the_province_s() -> None:
    text = "全省对俄罗斯进出口总值250.2亿元，其中对俄出口{exports}亿元；自俄进口214.7亿元。"
    assert flagged_of("parts_vs_total", text.format(exports="35.5")) == []
    assert flagged_of("parts_vs_total", text.format(exports="45.5")) != []
    other = "全省进出口总值500亿元。其中，对美国出口45.5亿元，自美国进口14.7亿元；对日本出口30亿元，自日本进口20亿元。"
    assert flagged_of("parts_vs_total", other) == []


def test_shares_named_member_first_after_a_semicolon_are_of_one_whole() -> None:
    text = ("The largest importers of corn were Japan, accounting for {share} percent of the total; Mexico with 25 "
            "percent; and China with 13 percent.")
    assert flagged_of("shares_of_whole", text.format(share="31")) == []
    assert flagged_of("shares_of_whole", text.format(share="71")) != []


def test_a_poll_s_answers_a_line_each_are_shares_of_one_whole() -> None:
    text = ("A new poll of likely voters:\n\n45% 'Certain' Yes\n{no}% 'Certain' No\n18% Not Certain\n\n"
            "The measure leads.")
    assert flagged_of("shares_of_whole", text.format(no="36")) == []
    assert flagged_of("shares_of_whole", text.format(no="56")) != []


def test_an_increase_after_a_level_compared_with_an_earlier_one_told_with_its_counted_noun() -> None:
    text = ("The total was 4,757,976 persons, compared with 4,588,252 persons in April 2011, an increase of {change} "
            "persons since 2011 or {rate} per cent.")
    change = _read(text.format(change="169,724", rate="3.7"), "169,724")
    assert (change["level_after"], change["base_value"]) == (4757976, 4588252)
    assert _read(text.format(change="169,724", rate="3.7"), "3.7 per cent")["kind"] == "growth"
    assert flagged_of("growth_vs_levels", text.format(change="169,724", rate="3.7")) == []
    assert flagged_of("growth_vs_levels", text.format(change="196,724", rate="3.7")) != []
    assert flagged_of("growth_vs_levels", text.format(change="169,724", rate="5.7")) != []


def test_a_level_then_its_rate_and_count_of_increase_in_brackets() -> None:
    text = "The active population stood at 4,764,000, a {rate}% (118,000) increase from last year."
    assert (_read(text.format(rate="2.5"), "2.5%")["kind"], _read(text.format(rate="2.5"), "118,000")["kind"]) == (
        "growth", "change")
    assert flagged_of("growth_vs_levels", text.format(rate="2.5")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="4.5")) != []
    # a share after a level is no change of it
    assert _read("Sales were 5 million units, a 20% share of the market.", "20%")["level_after"] is None


def test_a_counted_group_owns_its_own_sentence_s_figures_only() -> None:
    text = ("25个红色旅游景区共接待游客91.28万人次，同比增长5.2%。其中，九寨沟景区接待13.91万人；剑门关接待21.19万人。"
            "10月4日，光雾山景区接待量大幅增长，接待游客增长352.6%。")
    owners = {claim.text: claim.subject for claim in extract(text)}
    assert owners["91.28万人次"] == "红色旅游景区"
    assert owners["352.6%"] != "红色旅游景区" and owners["21.19万人"] != "红色旅游景区"


def test_a_total_s_rate_told_in_the_lead_bounds_its_parts_rates_told_in_the_detail() -> None:
    text = ("前4个月，全省对俄罗斯进出口总值250.2亿元(人民币,下同)，占同期该省进出口总值的65.3%，同比增长{rate}%。\n"
            "前4个月，全省对俄罗斯进出口总值250.2亿元，其中，对俄出口35.5亿元，同比增长12.4%；自俄进口214.7亿元，"
            "同比增长53.3%。")
    assert _read(text.format(rate="45.8"), "45.8%")["level_after"] == 250.2e8  # past the share and the bracket
    assert flagged_of("growth_vs_levels", text.format(rate="45.8")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="55.8")) != []


def test_gaps_listed_with_fenbie_each_of_the_rate_in_its_place() -> None:
    text = ("8月份，全国规模以上工业增加值同比增长4.5%。装备制造业增加值同比增长6.4%，高技术制造业增加值增长{rate}%，"
            "分别快于全部规模以上工业增加值1.9和4.1个百分点。")
    assert flagged_of("growth_vs_levels", text.format(rate="8.6")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="9.6")) != []
    listed = ("8月份，全国服务业生产指数同比增长4.6%。分行业看，金融业，交通运输、仓储和邮政业生产指数同比分别增长"
              "{rate}%、5.2%，分别快于服务业生产指数7.5、0.6个百分点。")
    assert flagged_of("growth_vs_levels", listed.format(rate="12.1")) == []
    assert flagged_of("growth_vs_levels", listed.format(rate="13.1")) != []


def test_a_period_written_with_a_scraper_s_spaces() -> None:
    assert _read("1-8 月份,全国规模以上工业增加值同比增长 6.5% 。", "6.5%")["period"] == "1-8 月份"
    assert _read("增长8%，月份数据另行发布。", "8%")["period"] is None


def test_a_base_set_against_the_rate_in_the_next_sentence() -> None:
    text = "值得注意的是，上半年公司净利润达到703亿元，同比增长{rate}%。而去年同期是591亿元。"
    assert _read(text.format(rate="18.9"), "18.9%")["base_value"] == 591e8
    assert flagged_of("growth_vs_levels", text.format(rate="18.9")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="28.9")) != []


def test_a_firm_s_revenue_is_its_main_business_and_the_rest() -> None:
    text = ("8月10日晚间，中国移动披露半年报，上半年公司实现营业收入5307.19亿元，同比增长6.8%。\n"
            "数据显示，中国移动主营业务收入为{main}亿元，同比增长6.1%。其他业务收入785亿元，同比增长11.3%。")
    assert flagged_of("parts_vs_total", text.format(main="4,522")) == []
    assert flagged_of("parts_vs_total", text.format(main="4,322")) != []


def test_a_share_s_own_move_after_a_sales_rate_and_a_fall_in_share_from_a_to_b() -> None:
    own = ("Sales at Iceland increased by 1.1 per cent, with share falling slightly to 2.0 per cent – down from {b} "
           "per cent.")
    assert flagged_of("rank_vs_values", own.format(b="2.1")) == []
    assert flagged_of("rank_vs_values", own.format(b="1.1")) != []
    noun = "Morrisons saw a marginal fall in share – from 10.5 per cent last year to {a} per cent this quarter."
    assert flagged_of("rank_vs_values", noun.format(a="10.4")) == []
    assert flagged_of("rank_vs_values", noun.format(a="11.4")) != []


def test_the_largest_importers_listed_past_an_abbreviation_and_semicolons() -> None:
    text = ("The largest importers of U.S. corn were Japan, accounting for 31 percent of the total; Mexico with {b} "
            "percent; and China with 13 percent.")
    assert flagged_of("rank_vs_values", text.format(b="25")) == []
    assert flagged_of("rank_vs_values", text.format(b="35")) != []


def test_a_total_restated_for_this_year_s_month_in_a_text_of_that_year() -> None:
    text = ("全省对外贸易稳步增长\n商务厅对外发布消息，全省外贸形势向好。\n据统计，2017年1月，全省外贸进出口实现98亿元"
            "人民币，比去年同期增长34.1%。\n与俄罗斯毗邻的全省，一直发挥着重要作用。2016年，全省推进规划建设。\n"
            "据海关统计，今年1月份，全省外贸进出口实现{total}亿元人民币，比去年同期增长34.1%。")
    assert flagged_of("restated", text.format(total="98")) == []
    assert flagged_of("restated", text.format(total="89")) != []
    # a text whose latest year is another: 今年 is not 2017
    later = text.replace("2016年，全省推进规划建设。", "2018年，全省推进规划建设。")
    assert flagged_of("restated", later.format(total="89")) == []


def test_amounts_of_two_counted_groups_are_two_quantities() -> None:
    text = ("1—10 月份，全市新签约亿元以上工业项目219个，总投资1115.2亿元、同比增长49.8%。新落地亿元以上工业项目159个，"
            "总投资614.9亿元、同比增长131.1%。其中来自沪苏浙的新签约项目58个、占比26.5%，总投资355.1亿元、占比31.8%；"
            "来自沪苏浙的新落地项目41个、占比25.8%，总投资142.9亿元、占比23.2%。")
    assert flagged_of("restated", text) == []


def test_where_a_revenue_was_earned_abroad_is_its_member() -> None:
    text = "中国自主研发游戏在海外的实际销售收入达89.89亿元，同比增长6.16%。"
    assert _read(text, "89.89亿元")["segment"] == "海外"


def test_an_amount_of_a_counted_group_is_no_restatement_of_another_member_s() -> None:
    text = ("1—10月份累计完成工业投资7.15亿元，其中：工业项目完成投资4.85亿元(新开工项目17个，完成投资3.02亿元；"
            "技改项目12个，完成投资1.83亿元)；园区基础建设完成投资2.3亿元。")
    assert flagged_of("restated", text) == []


def test_a_member_among_the_counted_is_no_counted_group_s_figure() -> None:
    # 在…的20个省份中，四川以530.42亿元: 四川's, told again in the ranking table below (a development passage)
    text = (Path(__file__).parent / "corpus/real/zh/zh_travel_510.txt").read_text("utf-8")
    assert flagged_of("restated", text) == []
    assert flagged_of("restated", text.replace("四川以530.42亿元", "四川以580.42亿元")) != []
