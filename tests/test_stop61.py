"""Forms of stop 61, from the misses and false alarms of the planted and clean sets (not blind after the measurement),
on sentences written for these tests."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged_of


def test_a_gap_in_points_against_the_two_rates_in_brackets_after_it() -> None:
    text = "The jobless rate of men exceeded women's by {gap} percentage points (6.2 percent for men and {women})."
    assert flagged_of("growth_vs_levels", text.format(gap="2.4", women="3.8 percent for women")) == []
    assert flagged_of("growth_vs_levels", text.format(gap="3.4", women="3.8 percent for women")) != []
    # the gap is the larger less the smaller, whichever the bracket tells first
    assert flagged_of("growth_vs_levels", text.format(gap="2.4", women="9.6 percent for women")) != []
    assert flagged_of("growth_vs_levels", text.format(gap="3.4", women="9.6 percent for women")) == []
    zh = "男性失业率比女性高{gap}个百分点（分别为6.2%和3.8%）。"
    assert flagged_of("growth_vs_levels", zh.format(gap="2.4")) == []
    assert flagged_of("growth_vs_levels", zh.format(gap="1.4")) != []


def test_a_bracket_with_a_third_figure_is_no_pair_of_rates() -> None:
    text = "Women trailed men by 5.0 percentage points (6.2 percent and 3.8 percent in 2019)."
    assert flagged_of("growth_vs_levels", text) == []


def test_a_fall_said_against_the_levels_in_brackets() -> None:
    text = ("Unemployed persons were estimated at 471,000 in May, a decrease compared with the month before "
            "({before} persons), as well as compared with May of last year ({year} persons).")
    assert flagged_of("rank_vs_values", text.format(before="482,000", year="505,000")) == []
    assert flagged_of("rank_vs_values", text.format(before="462,000", year="505,000")) != []
    assert flagged_of("rank_vs_values", text.format(before="482,000", year="455,000")) != []
    exports = "Exports came to 3.4 million tonnes, a rise on last year ({before} million tonnes)."
    assert flagged_of("rank_vs_values", exports.format(before="3.9")) != []
    assert flagged_of("rank_vs_values", exports.format(before="2.9")) == []


def test_a_count_of_them_larger_than_every_count_before_it() -> None:
    text = "Passengers rose 9 per cent to 3.27 million from 3.0 million. {part} million of them flew abroad."
    assert flagged_of("parts_vs_total", text.format(part="2.81")) == []
    assert flagged_of("parts_vs_total", text.format(part="3.41")) != []
    # "about" allows a twentieth either way: about 3.31 million may be the 3.27 million
    assert flagged_of("parts_vs_total", text.format(part="About 3.31")) == []


def test_the_philippine_peso_the_first_half_and_rupees_with_a_full_stop() -> None:
    assert [c.text for c in extract("Net income fell 12.6% to P3.8 billion from P4.35 billion.")] == [
        "12.6%", "P3.8 billion", "P4.35 billion"]
    assert [c.text for c in extract("First-half revenues fell 14.3%.")] == ["14.3%"]
    text = "Revenues grew by {rate} per cent from Rs. 4172 Crore in FY 2018-19 to Rs. 5219 Crore in FY 2019-20."
    assert flagged_of("growth_vs_levels", text.format(rate="25")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="35")) != []


def test_an_amount_and_its_share_of_a_whole_named_and_stated_before() -> None:
    text = "上半年，港股市场IPO募资总额为178亿港元。上半年前十大IPO共募集资金{part}亿港元，占全部IPO募资总额的73.66%。"
    assert flagged_of("share_vs_counts", text.format(part="130.95")) == []
    assert flagged_of("share_vs_counts", text.format(part="190.95")) != []  # above the whole: 107%
    assert flagged_of("share_vs_counts", text.format(part="110.95")) != []
    # the whole of another year is not the part's
    other_year = ("2022年，港股市场IPO募资总额为178亿港元。2023年，前十大IPO共募集资金110.95亿港元，"
                  "占全部IPO募资总额的73.66%。")
    assert flagged_of("share_vs_counts", other_year) == []


def _reading(text: str) -> list[tuple[str, str, str | None]]:
    return [(claim.text, claim.kind, claim.direction) for claim in extract(text)]


def test_money_raised_is_a_level_and_a_budget_raised_by_an_amount_a_change() -> None:
    assert _reading("The company raised $500 million in its IPO.") == [("$500 million", "level", None)]
    assert _reading("The board raised the budget by $5 million to $40 million.") == [
        ("$5 million", "change", "up"), ("$40 million", "level", None)]
    assert _reading("The firm raised prices 5% last year.") == [("5%", "growth", "up")]


def test_this_year_s_part_and_the_same_part_of_an_earlier_year_are_two_quantities() -> None:
    text = ("《2024年3季度统计数据》显示，今年前三季度，全国结婚登记474.7万对。\n"
            "2023年前三季度，全国共办理结婚登记569.0万对。")
    assert flagged_of("restated", text) == []
    english = ("In the first half of this year, the province's trade with Japan reached 95.64 billion yuan.\n\n"
               "In June alone, the province's trade with Japan reached 17.05 billion yuan.")
    assert flagged_of("restated", english) == []


def test_two_metals_delivered_in_consecutive_months_are_no_monthly_step() -> None:
    text = ("Platinum for January delivery gained $9.10, or {rate}%, to $1,448.00 an ounce, while December palladium "
            "picked up 90 cents, or 0.1%, to $747.00 an ounce.")
    assert flagged_of("growth_vs_levels", text.format(rate="0.6")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="1.6")) != []


def test_the_remaining_share_after_shares_of_the_sentence_before() -> None:
    text = ("Education will consume 63 percent of the budget. Human services account for the second largest piece "
            "(25.7 percent) and the remaining {rest} percent is divided between other departments.")
    assert flagged_of("shares_of_whole", text.format(rest="11.3")) == []
    assert flagged_of("shares_of_whole", text.format(rest="81.3")) != []  # above 100 whatever else was told


def test_a_threshold_a_paragraph_back_is_no_total_of_a_breakdown() -> None:
    text = ("Total foreign trade hit $1.23 trillion.\nFour provinces saw foreign trade exceed $100 billion.\n"
            "Agricultural products: Imports were $28.8 billion; exports were $19.3 billion.\n")
    assert flagged_of("parts_vs_total", text) == []


def test_a_share_whose_clause_names_its_own_part() -> None:
    text = ("全年县级一般公共预算收入31751万元，完成预算数31220万元的101.7%，税收收入占县级一般公共预算收入的57.7%。"
            "税收收入18319万元。")
    assert flagged_of("share_vs_counts", text) == []


def test_a_share_that_names_its_part_and_its_whole_against_their_levels() -> None:
    text = ("全年县级一般公共预算收入31751万元，税收收入占县级一般公共预算收入的{share}%。\n"
            "——税收收入18319万元，增长17.6%。")
    assert flagged_of("share_vs_counts", text.format(share="57.7")) == []
    assert flagged_of("share_vs_counts", text.format(share="67.7")) != []


def test_a_local_jobs_report_s_labor_force_and_rate_against_its_counts() -> None:
    text = ("In Franklin County\n\nThe county's unemployment rate fell from 5.1% in February to {rate}% in March.\n\n"
            "The number of people with jobs rose from 50,210 to 50,870.\n\n"
            "The number of people without work fell from 2,700 to 2,610.\n\n"
            "And the labor force rose from 52,910 in February to {force} in March.\n")
    assert flagged_of("parts_vs_total", text.format(rate="4.9", force="53,480")) == []
    assert flagged_of("share_vs_counts", text.format(rate="4.9", force="53,480")) == []
    assert flagged_of("parts_vs_total", text.format(rate="4.9", force="54,480")) != []
    assert flagged_of("share_vs_counts", text.format(rate="5.9", force="53,480")) != []


def test_a_total_said_to_combine_the_levels_told_before_it() -> None:
    text = ("Rental car sales fell 12.9%, totaling 46,998 units. Truck sales decreased 31.1% at {trucks} units. "
            "Combined, rental fleet sales totaled 141,091.")
    assert flagged_of("parts_vs_total", text.format(trucks="94,093")) == []
    assert flagged_of("parts_vs_total", text.format(trucks="94,993")) != []


def test_a_combined_total_s_rate_lies_between_its_parts_rates() -> None:
    text = ("Rental car sales fell 39.9%, totaling 46,998 units. Truck sales decreased 31.1% at 94,093 units. "
            "Combined, rental fleet sales totaled 141,091, which represented a {rate}% year-over-year decline.")
    assert flagged_of("growth_vs_levels", text.format(rate="34.3")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="24.3")) != []


def test_trade_with_a_partner_named_with_its_amount_word_or_as_bilateral_trade() -> None:
    text = ("全年中国与沙特双边贸易额比去年同期增长49%，达到{total}亿美元。中国对沙特出口额比去年同期增长43.2%，"
            "达到149亿美元。中国从沙特进口额为495亿美元，比去年同期增长50.8%。")
    assert flagged_of("parts_vs_total", text.format(total="644")) == []
    assert flagged_of("parts_vs_total", text.format(total="744")) != []
    over = ("一季度，中国与“一带一路”沿线国家双边货物贸易总额超过16553亿元人民币。\n\n其中，中国对沿线国家出口"
            "{exports}亿元人民币。中国自沿线国家进口7177亿元。")
    assert flagged_of("parts_vs_total", over.format(exports="9376")) == []
    assert flagged_of("parts_vs_total", over.format(exports="8376")) != []  # less than a total said to be over it


def test_a_partner_s_exports_named_with_de_and_its_short_name_in_the_total() -> None:
    text = ("全年中国与沙特双边贸易额比去年同期增长49%，达到{total}亿美元。\n数据显示，中国对沙特阿拉伯的出口额"
            "比去年同期增长43.2%，达到149亿美元。中国从沙特阿拉伯的进口额为495亿美元，比去年同期增长50.8%。")
    assert flagged_of("parts_vs_total", text.format(total="644")) == []
    assert flagged_of("parts_vs_total", text.format(total="744")) != []


def test_a_figure_said_to_rank_first_and_the_ones_listed_after_it() -> None:
    text = "2017年利润增速上，北京农商银行以{first}%居首位，广州、上海、重庆分别实现了15.37%、14.68%和12.59%的增长。"
    assert flagged_of("rank_vs_values", text.format(first="16.66")) == []
    assert flagged_of("rank_vs_values", text.format(first="13.66")) != []
    ordered = ("重庆农商行以9087.78亿元的资产规模排名首位。紧随其后的分别是北京农商银行、上海农商银行和成都农商银行，"
               "资产规模分别为8163.03亿元、{second}亿元和7055.62亿元。")
    assert flagged_of("rank_vs_values", ordered.format(second="8020.57")) == []
    assert flagged_of("rank_vs_values", ordered.format(second="8220.57")) != []  # not in the order said


def test_a_quarter_of_a_half_year_and_a_total_less_a_part_are_no_larger_than_the_whole() -> None:
    text = "2025年上半年，上市公司实现营业收入35.01万亿元。第二季度营收{q2}万亿元，同比增长0.43%。"
    assert flagged_of("parts_vs_total", text.format(q2="18.11")) == []
    assert flagged_of("parts_vs_total", text.format(q2="38.11")) != []
    less = "上半年，全市场上市公司实现营业收入35.01万亿元。剔除金融行业，实体上市公司实现营收{rest}万亿元。"
    assert flagged_of("parts_vs_total", less.format(rest="30.42")) == []
    assert flagged_of("parts_vs_total", less.format(rest="36.42")) != []
    # an effect taken out is no part: the adjusted figure may be larger
    assert flagged_of("parts_vs_total", "上半年营业收入35.01万亿元。剔除汇率因素后，营业收入36.42万亿元。") == []


def test_half_and_more_said_against_the_share_in_brackets() -> None:
    assert [(c.text, c.qualifier) for c in extract("一半以上的受访者表示满意。")] == [("一半以上", "over")]
    text = "进一步分析发现，半数以上({share}%)的被调查者以个人发展机会作为主要标准。"
    assert flagged_of("restated", text.format(share="54.0")) == []
    assert flagged_of("restated", text.format(share="44.0")) != []


def test_a_rate_then_its_amount_after_the_level_they_reached() -> None:
    text = "AAA says 41 mln Americans will travel for the holiday, down about {rate}% or 600,000 people from 2007."
    assert flagged_of("growth_vs_levels", text.format(rate="1.5")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="4.5")) != []
    # a level after them is the one they reached, read by the "to"
    reached = "Revenue was $40 billion in 2022 and rose 5% or $2 billion to $42 billion."
    assert flagged_of("growth_vs_levels", reached) == []


def test_a_rate_pointing_back_to_the_level_before_it() -> None:
    text = ("Vendors shipped a total of 342 million units during Q2 of this year. This calculates to a {rate}% "
            "decrease from Q2 of 2017, where vendors shipped a higher total of 348.2 million handsets.")
    assert flagged_of("growth_vs_levels", text.format(rate="1.8")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="4.8")) != []


def test_a_headline_s_metric_without_the_owner_the_lead_names() -> None:
    text = "Dell Q4 Income Rises 5%\n\nAustin, Texas - Dell reported net income of $456 million in the quarter."
    assert next((c.subject, c.metric) for c in extract(text)) == ("Dell", "Income")


def test_a_numbered_ranking_with_shares_in_brackets() -> None:
    text = ("厂商智能手机市场份额排行榜如下：\n\n1、三星({first}%)\n\n2、苹果(14.5%)\n\n3、华为({third}%)\n\n"
            "4、联想(4.8%)\n\n5、LG(4.5%)\n")
    assert flagged_of("rank_vs_values", text.format(first="25.6", third="7.4")) == []
    assert flagged_of("rank_vs_values", text.format(first="25.6", third="4.4")) != []
    assert flagged_of("shares_of_whole", text.format(first="25.6", third="7.4")) == []
    assert flagged_of("shares_of_whole", text.format(first="75.6", third="7.4")) != []


def test_revenue_per_available_room_is_occupancy_times_the_daily_rate() -> None:
    text = ("For the week, occupancy was 52.1 percent, down 18.9 percent from the comparable week in 2019.\n\n"
            "Average daily rate reached $110.40, down 17.1 percent from 2019, while revenue per available room reached "
            "${revpar}, down {rate} percent year over year.")
    assert flagged_of("growth_vs_levels", text.format(revpar="57.52", rate="32.8")) == []
    assert flagged_of("growth_vs_levels", text.format(revpar="47.52", rate="32.8")) != []
    assert flagged_of("growth_vs_levels", text.format(revpar="57.52", rate="22.8")) != []


def test_another_member_s_figure_is_no_part_of_a_time_or_a_total_less_a_part() -> None:
    text = ("上半年，第一产业用电量为0.18亿千瓦时；第三产业用电量为7.34亿千瓦时。6月份，第二产业用电量为8.21亿千瓦时。")
    assert flagged_of("parts_vs_total", text) == []
    english = ("North American sales fell 2 percent to $436 million. International sales, excluding Asia, rose 24 "
               "percent to $675 million.")
    assert flagged_of("parts_vs_total", english) == []


def test_a_level_s_second_move_past_its_rate() -> None:
    text = ("For the week, occupancy was 49.4 percent, down 18.9 percent from the comparable week in 2019 but up "
            "compared to the previous week’s {before} percent.")
    assert flagged_of("rank_vs_values", text.format(before="48.2")) == []
    assert flagged_of("rank_vs_values", text.format(before="50.2")) != []


def test_a_year_alone_may_be_the_same_quarter_a_comparison_names() -> None:
    text = ("与2020年第二季度相比，2021年同期的出口激增44%达3033亿令吉。\n在2021年上半年，出口增长30.2%达5855亿令吉。")
    assert flagged_of("parts_vs_total", text) == []


def test_a_rate_or_amount_of_another_s_clause_is_not_the_level_s() -> None:
    text = ("Total operating profit rose 8.3 percent year-on-year to US$1.95 billion with the international business "
            "showing the largest gain of 10.3 percent or US$460 million.")
    assert flagged_of("growth_vs_levels", text) == []


def test_no_owner_opened_by_a_comparison_a_verb_or_a_time_nor_a_latin_name_cut_in_two() -> None:
    owners = {c.text: c.subject for c in extract("全年县级一般公共预算收入31751万元。加上上划中省市收入29318万元。")}
    assert owners["29318万元"] != "上划中省"
    assert {c.text: c.subject for c in extract("每股收益为0.20美元，好于公司此前0.06美元的预期。")}["0.06美元"] is None
    assert [(c.subject, c.metric) for c in extract("榜单如下：\n\n7、vivo(3.5%)\n")] == [(None, "vivo")]
    ranked = extract("作为子公司——成都农商银行已经由2014年的资产规模第一名下滑至第五名。")
    assert all("已经由" not in str(c.subject) for c in ranked)


def test_a_share_whose_clause_names_the_part_s_member_is_of_that_part() -> None:
    text = ("人保财险实现总保费收入2774.08亿元。其中，车险实现总保费收入1288.08亿元；非车险业务实现总保费收入"
            "1486.00亿元，同比增长12.7%，非车险业务占比{share}%。")
    assert flagged_of("share_vs_counts", text.format(share="53.6")) == []
    assert flagged_of("share_vs_counts", text.format(share="58.6")) != []


def test_lines_labelled_with_a_product_without_bullets() -> None:
    text = ("Agricultural products: Imports were $28.8 billion, up 59.9 percent; exports were $19.3 billion.\n"
            "Textile: Imports were $9.21 billion; exports were $83.9 billion.\n")
    assert [c.segment for c in extract(text)] == ["Agricultural products"] * 3 + ["Textile"] * 2
    # one labelled line is no list of members
    assert [c.segment for c in extract("Textile: Imports were $9.21 billion.\n")] == [None]


def test_a_non_gaap_figure_said_in_chinese_is_no_restatement_of_the_gaap_one() -> None:
    text = ("动视暴雪第三季度每股收益为0.20美元，高于上年同期的0.13美元。不按照美国通用会计准则，动视暴雪第三季度"
            "每股收益为0.15美元，高于上年同期的0.07美元。")
    assert flagged_of("restated", text) == []


def test_a_quarter_without_its_year_after_another_year_named_is_that_year_s() -> None:
    text = ("网易发布了2020年第三季度财报。网易第三季度持续经营净利润为29.982亿元。\n\n"
            "2019年第三季度，网易持续经营净利润为128.9亿元。\n")
    assert flagged_of("restated", text) == []
    # a headline's quarter with no year before it is the body's, named later
    headline = "腾讯第三季度营收1500亿元\n\n腾讯2023年第三季度营收1400亿元，同比增长10%。\n"
    assert flagged_of("restated", headline) != []
