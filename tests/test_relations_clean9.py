"""Misses of the eighth planted set in general form (tuned on planted8/clean9 after they were measured blind), each
on sentences written for this test, with its consistent neighbour that must not be flagged."""

from __future__ import annotations

from checks.extract import extract
from checks.relations.periods import period_parts, periods_conflict

from .flags import flagged


def test_months_written_in_chinese_numerals_are_the_same_period_as_in_digits() -> None:
    assert period_parts("前七个月") == period_parts("前7个月") == period_parts("1-7月") == ("", "M1-7")
    assert period_parts("十二月") == period_parts("12月") == ("", "M12")
    assert period_parts("前两个月") == ("", "M1-2")
    assert not periods_conflict("前七个月", "1-7月")
    assert periods_conflict("前七个月", "前8个月")


def test_the_first_months_that_make_a_part_of_the_year_are_that_part() -> None:
    assert period_parts("1月至9月") == period_parts("1-9月") == period_parts("前三季度") == ("", "Q1-3")
    assert period_parts("1-6月") == period_parts("上半年") == ("", "H1")
    assert period_parts("2023年1-12月") == ("2023", "FY")
    assert periods_conflict("1月至9月", "9月份")


def test_a_headline_rate_of_the_first_months_restated_in_digits() -> None:
    text = "前七个月全省保费收入同比增长5.07%\n数据显示，前7个月，全省保费收入同比增长{rate}%，赔付支出同比增长0.77%。"
    assert flagged(text.format(rate="5.07")) == []
    assert flagged(text.format(rate="6.07")) == [("restated", "5.07% | 6.07%")]


def test_a_headline_amount_without_its_currency_word_restated_in_yuan() -> None:
    text = "2019年全国网上零售额超10万亿\n2019年，全国网上零售额达{amount}万亿元，其中实物商品网上零售额达8.52万亿元。"
    assert flagged(text.format(amount="10.63")) == []
    assert flagged(text.format(amount="9.63")) == [("restated", "超10万亿 | 9.63万亿元")]


def test_a_rate_told_as_a_level_of_a_series_moving_in_the_next_clause() -> None:
    text = "去年上半年工资同比增幅约为10%，下半年降至4.4%，今年一季度进一步下滑至{rate}%。"
    assert flagged(text.format(rate="0.9")) == []
    assert flagged(text.format(rate="5.9")) == [("rank_vs_values", "4.4% | 5.9%")]


def test_a_series_clause_that_names_another_quantity_is_not_a_move() -> None:
    assert flagged("一季度营收增长5.3%，净利润升至3.1%。") == []


def test_english_rates_moving_to_a_level_from_an_earlier_one() -> None:
    text = "Inflation {verb} to 3.2% in May from 3.0% in April."
    assert flagged(text.format(verb="rose")) == []
    assert flagged(text.format(verb="fell")) == [("rank_vs_values", "3.0% | 3.2%")]


def test_a_level_estimated_down_to_a_figure_from_another() -> None:
    text = "The projections improved, with unemployment estimated down to {level}% from 4.8%."
    assert flagged(text.format(level="4.7")) == []
    assert flagged(text.format(level="4.9")) == [("rank_vs_values", "4.8% | 4.9%")]


def test_a_share_of_adults_down_from_an_earlier_share() -> None:
    text = "Twenty-three percent of U.S. adults consider themselves Republicans, down from {earlier} percent in 2008."
    assert flagged(text.format(earlier="25")) == []
    assert flagged(text.format(earlier="21")) == [("rank_vs_values", "21 percent | Twenty-three percent")]


def test_a_rate_on_an_annual_basis_to_a_level_from_another() -> None:
    text = "Total revenue grew {rate}% on an annual basis to €36.6 million from €31.3 million."
    assert flagged(text.format(rate="16.9")) == []
    assert flagged(text.format(rate="26.9")) == [("growth_vs_levels", "€31.3 million | €36.6 million | 26.9%")]


def test_points_then_an_approximate_rate_set_off_by_commas() -> None:
    text = "The Nasdaq composite rose {points} points, less than 0.1 percent, to 5,048.49."
    assert flagged(text.format(points="2.56")) == []
    assert flagged(text.format(points="12.56")) == [
        ("growth_vs_levels", "12.56 points | 5,048.49 | less than 0.1 percent")]


def test_a_level_in_a_month_then_its_change_from_the_month_before() -> None:
    text = "The deficit was $55.2 billion in June, down ${change} billion from $55.3 billion in May, revised."
    assert flagged(text.format(change="0.1")) == []
    assert flagged(text.format(change="1.2")) == [("growth_vs_levels", "$55.3 billion | $55.2 billion | $1.2 billion")]


def test_a_rate_up_on_an_earlier_level_after_a_bracketed_alternative() -> None:
    text = "The group reported quarterly net profits of $6.0bn (£3.6bn), {rate}% up on the $3.0bn it made a year ago."
    assert flagged(text.format(rate="100")) == []
    assert flagged(text.format(rate="150")) == [("growth_vs_levels", "$3.0bn | $6.0bn | 150%")]


def test_trade_by_kind_of_firm_shares_of_one_whole_across_sentences() -> None:
    text = ("一季度，民营企业进出口2.78万亿元，占我国外贸总值的42.4%。外商投资企业进出口2.6万亿元，"
            "占我国外贸总值的{share}%。国有企业进出口1.16万亿元，占我国外贸总值的17.7%。")
    assert flagged(text.format(share="39.6")) == []
    assert flagged(text.format(share="49.6")) == [("shares_of_whole", "42.4% | 49.6% | 17.7%")]


def test_market_shares_of_kinds_told_after_their_rates() -> None:
    text = ("EV registrations were up by 16.5% last month, taking 16.9% of the overall market. Plug-in hybrids were "
            "down by 11.5%, taking 5.5% of the market, while full hybrids were up by 16.5% for a 12.9% market share. "
            "Petrol car registrations fell by 2.8% for a {share}% market share.")
    assert flagged(text.format(share="60.7")) == []
    assert flagged(text.format(share="70.7")) == [("shares_of_whole", "16.9% | 5.5% | 12.9% | 70.7%")]


def test_shares_each_followed_by_its_group() -> None:
    text = ("A separate poll found 35 percent of U.S. adults considered themselves Democrats, 28 percent "
            "Republicans and {share} percent independents.")
    assert flagged(text.format(share="35")) == []
    assert flagged(text.format(share="45")) == [("shares_of_whole", "35 percent | 28 percent | 45 percent")]


def test_shares_within_groups_are_not_one_whole() -> None:
    assert flagged("Of those polled, 70 percent of men, 60 percent of women and 50 percent of children agreed.") == []


def test_the_two_lotteries_make_the_months_sales() -> None:
    text = ("9月份全国共销售彩票322.52亿元，比上年同期增长25.2%。\n我国彩票主要包括福利彩票和体育彩票两大类。9月份全国"
            "福利彩票机构销售{welfare}亿元，同比增长19.6%；体育彩票机构销售147.82亿元，同比增长32.5%。")
    assert flagged(text.format(welfare="174.70")) == []
    assert ("parts_vs_total", "322.52亿元 | 194.70亿元 | 147.82亿元") in flagged(text.format(welfare="194.70"))


def test_a_figure_in_brackets_after_a_name_is_that_members_not_the_whole() -> None:
    text = ("The major source countries for visitor arrivals during 2006 were New Zealand (1,075,800 visitor "
            "arrivals), followed by the United Kingdom (734,200), Japan (651,000) and the United States of America "
            "({usa}). Visitor arrivals from the United Kingdom rose by 25,400, from China by 23,500.")
    assert flagged(text.format(usa="456,100")) == []


def test_a_part_after_a_second_among_may_belong_to_the_total_further_back() -> None:
    text = ("青川县共接待游客8.31万人次，旅游总收入2603万元。其中青溪阴平村共接待12522人次，实现营业收入118万元；"
            "大沟村共接待游客7800人次。其中，过夜游共接待游客{night}万人次，与去年同比增长13.1%。")
    assert flagged(text.format(night="2.49")) == []
    assert flagged(text.format(night="9.49")) == [("parts_vs_total", "8.31万人次 | 9.49万人次")]


def test_names_followed_by_others_each_with_its_figure_in_brackets() -> None:
    text = ("The major source countries of visitors were New Zealand (1,075,800 visitor arrivals), followed by the "
            "United Kingdom (734,200), Japan ({japan}) and the United States of America (456,100).")
    assert flagged(text.format(japan="651,000")) == []
    assert flagged(text.format(japan="751,000")) == [("rank_vs_values", "734,200 | 751,000")]


def test_the_highest_while_another_is_the_lowest() -> None:
    text = ("December recorded the highest number of visitor arrivals (11.6% of total arrivals) in 2006, while May "
            "recorded the lowest ({may}%).")
    assert flagged(text.format(may="6.2")) == []
    assert flagged(text.format(may="16.2")) == [("rank_vs_values", "11.6% | 16.2%")]


def test_a_share_of_the_foreign_trade_total_named_by_a_synonym() -> None:
    text = ("据海关统计，一季度我国货物贸易进出口总值6.57万亿元，比去年同期下降6.4%。\n"
            "一季度，民营企业进出口2.78万亿元，下降2%，占我国外贸总值的{share}%。")
    assert flagged(text.format(share="42.4")) == []
    assert flagged(text.format(share="52.4")) == [("share_vs_counts", "2.78万亿元 | 6.57万亿元 | 52.4%")]


def test_the_lotterys_kinds_of_game_do_not_exceed_the_months_sales() -> None:
    text = ("9月份全国共销售彩票322.52亿元，比上年同期增长25.2%。\n如果按类型再细分，9月份，乐透数字型彩票销售"
            "208.54亿元，同比增长21.3%；竞猜型彩票销售{guess}亿元，同比增长70.5%；即开型彩票销售26.04亿元，同比下降8.4%；视频型彩票"
            "销售32.16亿元，同比增长31.1%。")
    assert flagged(text.format(guess="55.79")) == []
    assert flagged(text.format(guess="75.79")) == [
        ("parts_vs_total", "322.52亿元 | 208.54亿元 | 75.79亿元 | 26.04亿元 | 32.16亿元")]


def test_a_level_passed_is_more_than_the_figure() -> None:
    [topped] = extract("New car sales topped two million units for the first time.")
    assert (topped.qualifier, topped.lower, topped.upper) == ("over", 2_000_000, None)
    [other] = extract("The gain exceeded the average monthly gain of 203,000.")
    assert other.qualifier == "exact"


def test_an_abbreviation_defined_in_passing_does_not_part_a_change_from_its_level() -> None:
    text = "8月份，全国共销售彩票187.72亿元，比上年同期(简称“同比”)增加51.97亿元，增长{rate}%。"
    assert flagged(text.format(rate="38.3")) == []
    assert flagged(text.format(rate="48.3")) == [("growth_vs_levels", "51.97亿元 | 187.72亿元 | 48.3%")]


def test_a_whole_rate_counted_at_comparable_prices_lies_between_its_parts_rates() -> None:
    text = ("上半年，全县GDP总量400.61亿元，按可比价计算同比增长{rate}%。分产业看，第一产业增加值18.30亿元，增长1.1%；"
            "第二产业增加值317.49亿元，增长5.8%；第三产业增加值64.82亿元，增长9.0%。")
    assert flagged(text.format(rate="6.1")) == []
    assert flagged(text.format(rate="9.6")) == [("growth_vs_levels", "9.6% | 1.1% | 5.8% | 9.0%")]


def test_comparable_prices_are_neither_the_basis_nor_the_quantity() -> None:
    [level, rate] = extract("上半年，全县GDP总量400.61亿元，按可比价计算同比增长6.1%。")
    assert (rate.basis, rate.metric, rate.level_after) == ("同比", "GDP总量", level.value)


def test_kinds_of_a_whole_named_with_zhong_do_not_exceed_it() -> None:
    text = ("2014年我国游戏市场实际销售收入达1144.8亿元。报告显示，2014年，我国游戏市场实际销售收入中客户端网络游戏市场"
            "实际销售收入608.9亿元，网页游戏市场实际销售收入{web}亿元，移动游戏市场实际销售收入274.9亿元。")
    assert flagged(text.format(web="202.7")) == []
    assert flagged(text.format(web="302.7")) == [("parts_vs_total", "1144.8亿元 | 608.9亿元 | 302.7亿元 | 274.9亿元")]


def test_one_owners_rate_said_twice_in_a_text_that_names_no_time_for_it() -> None:
    text = ("Apple reported quarterly net profits of $5.99bn. Revenue was $24.67bn, a rise of {rate}%.\n"
            'Apple\'s chief executive said in a statement: "With quarterly revenue growth of 83% we are firing."')
    assert flagged(text.format(rate="83")) == []
    assert flagged(text.format(rate="73")) == [("restated", "73% | 83%")]
    sequential = ("Apple reported revenue of $24.67bn, a rise of 73%. Revenue grew 12% from the previous quarter.")
    assert flagged(sequential) == []


def test_shares_each_opening_a_clause_after_a_semicolon() -> None:
    text = ("Nights spent by those who travelled for holidays accounted for 38% of visitor nights; {edu}% were for "
            "educational purposes; 17% of nights were to visit friends; and 7% were for business purposes.")
    assert flagged(text.format(edu="29")) == []
    assert flagged(text.format(edu="49")) == [("shares_of_whole", "38% | 49% | 17% | 7%")]
    groups = "The survey asked 2,000 people.\nSome 58% of women agreed; 62% of men agreed; and 70% of children agreed."
    assert flagged(groups) == []


def test_the_quarters_shares_told_after_the_months_total_are_of_the_quarter() -> None:
    text = ("一季度我省完成进出口264.5亿元\n今年一季度，我省完成进出口总值264.5亿元，同比下降0.2%。3月份，我省进出口"
            "总值106.8亿元，同比增长15.9%。从贸易企业看，民营企业进出口55.5亿元，占全省外贸总值的21%；外商投资企业进出口"
            "135.5亿元，占全省外贸总值的{foreign}%；国有企业进出口73.4亿元，占全省外贸总值的27.8%。")
    assert flagged(text.format(foreign="51.2")) == []
    found = flagged(text.format(foreign="61.2"))
    assert ("shares_of_whole", "21% | 61.2% | 27.8%") in found
    assert ("share_vs_counts", "135.5亿元 | 264.5亿元 | 61.2%") in found


def test_a_members_bare_share_in_the_next_sentence_is_of_the_whole_named_before() -> None:
    text = ("一季度，民营企业进出口2.78万亿元，占我国外贸总值的42.4%。外商投资企业进出口2.6万亿元，占我国外贸总值的"
            "{foreign}%。国有企业进出口1.16万亿元，占17.7%。")
    assert flagged(text.format(foreign="39.6")) == []
    assert flagged(text.format(foreign="49.6")) == [("shares_of_whole", "42.4% | 49.6% | 17.7%")]


def test_a_quantity_among_a_member_names_the_member() -> None:
    claims = extract("Unemployment among women fell by 10,000 to 1.09 million, and by 39,000 among men to "
                     "1.43 million.")
    assert [(c.text, c.metric, c.segment) for c in claims if c.text.endswith("million")] == [
        ("1.09 million", "Unemployment", "women"), ("1.43 million", "Unemployment", "men")]


def test_a_releases_balance_told_first_against_its_exports_and_imports_after_it() -> None:
    text = ("The goods and services deficit was $55.2 billion in June, down $0.2 billion from $55.3 billion in May.\n"
            "Deficit:$55.2 Billion -0.3%\nExports:$206.3 Billion-2.1%\nImports:$261.5 Billion-1.7%\n"
            "June exports were ${exports} billion, $4.4 billion less than May exports. June imports were $261.5 "
            "billion, $4.6 billion less than May imports.")
    assert flagged(text.format(exports="206.3")) == []
    assert flagged(text.format(exports="216.3")) == [
        ("parts_vs_total", "$55.2 billion | $216.3 billion | $261.5 billion")]


def test_a_block_of_labelled_lines_deficit_exports_imports() -> None:
    text = "U.S. trade in June\nDeficit:${deficit} Billion\nExports:$206.3 Billion\nImports:$261.5 Billion\n"
    assert flagged(text.format(deficit="55.2")) == []
    assert flagged(text.format(deficit="65.2")) == [
        ("parts_vs_total", "$65.2 Billion | $206.3 Billion | $261.5 Billion")]


def test_shares_of_exports_by_product_and_by_mode_are_two_breakdowns() -> None:
    text = ("上半年，机电产品出口79.19亿美元，同比增长26.5%，占全市出口比重的55.5%。\n"
            "加工贸易出口比重提高，占全市出口比重的65.8%，占比提高2.5个百分点。")
    assert flagged(text) == []


def test_the_first_partner_by_size_against_the_other_partners_amounts() -> None:
    text = ("二是东盟超过欧盟成为我国第一大贸易伙伴。一季度，我国对东盟进出口9913.4亿元，增长6.1%，占我国外贸总值的"
            "15.1%，东盟成为我国第一大贸易伙伴；对欧盟"
            "进出口{eu}亿元，下降10.4%；对美国进出口6680.1亿元，下降18.3%。此外，我国对“一带一路”沿线国家进出口"
            "2.07万亿元，增长3.2%。")
    assert flagged(text.format(eu="8759.3")) == []
    assert flagged(text.format(eu="10759.3")) == [("rank_vs_values", "第一大 | 9913.4亿元 | 10759.3亿元")]
