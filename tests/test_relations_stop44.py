"""Forms read at stop 44 from the tuned sets' misses (sentences written for this test)."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_a_futures_close_its_change_on_the_settlement_and_its_rate_agree() -> None:
    text = "大豆期货主力合约收于每吨4500元，较前一交易日结算价大幅上涨90元，涨幅为2.04%。"
    assert flagged(text) == []
    assert flagged(text.replace("涨幅为2.04%", "涨幅为3.04%")) == [("growth_vs_levels", "90元 | 4500元 | 3.04%")]


def test_a_close_said_with_its_unit_per_ton_then_its_change() -> None:
    text = "铝主力合约，以20000元/吨收盘，下跌200元，跌幅为0.99%。"
    assert flagged(text) == []
    assert flagged(text.replace("下跌200元", "下跌400元")) == [("growth_vs_levels", "400元 | 20000元 | 0.99%")]


def test_couples_are_counted_in_pairs() -> None:
    claims = extract("全年办理离婚登记5000对，比上年增加500对，增长11.1%。")
    assert [(c.text, c.kind) for c in claims] == [("5000对", "level"), ("500对", "change"), ("11.1%", "growth")]
    assert claims[2].level_after == 5000
    assert [c.text for c in extract("对于企业，对外贸易增长5%。")] == ["5%"]


def test_parts_set_apart_by_commas_end_at_a_semicolon() -> None:
    text = ("全年办理结婚登记3000对，其中本市居民结婚登记2900对，外籍人士结婚登记100对，结婚登记数比上年增加90对；"
            "办理离婚登记1200对；办理复婚登记300对。")
    assert [r for r in flagged(text) if r[0] == "parts_vs_total"] == []


def test_a_rate_to_a_level_at_a_period_end_from_the_earlier_level() -> None:
    text = "Gross bad loans rose 10.0% to $2.2 billion at the end of the December quarter from $2.0 billion a year ago."
    assert flagged(text) == []
    assert flagged(text.replace("10.0%", "20.0%")) == [("growth_vs_levels", "$2.0 billion | $2.2 billion | 20.0%")]


def test_a_second_revision_after_a_comma_is_no_earlier_level_of_the_first() -> None:
    claims = extract("The gain for May was revised from +100,000 to +120,000, and the gain for June was revised "
                     "from +150,000 to +140,000.")
    assert claims[0].base_value is None


def test_a_full_stop_with_no_space_before_a_capital_ends_the_sentence() -> None:
    claims = extract("Costs fell 3% on a yearly basis.Gross margin rose to 41% in the quarter.")
    assert claims[1].metric == "Gross margin"


def test_ringgit_and_malaysian_millions() -> None:
    claims = extract("Revenue fell to RM850.5mil from RM900.0mil a year earlier, and assets reached RM1.5bil.")
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("RM850.5mil", 850.5e6, "MYR"), ("RM900.0mil", 900e6, "MYR"), ("RM1.5bil", 1.5e9, "MYR")]
    assert flagged("Revenue rose to RM850.5mil from RM900.0mil a year earlier.") == [
        ("rank_vs_values", "RM900.0mil | RM850.5mil")]


def test_a_levels_second_change_after_but_and_its_rate_in_brackets() -> None:
    text = ("The median price in May was $300,000, a decrease of $3,000 (1.0%) from April but an increase of "
            "$15,000 (5.3%) compared to May 2024.")
    assert flagged(text) == []
    assert flagged(text.replace("$15,000", "$25,000")) == [("growth_vs_levels", "$25,000 | $300,000 | 5.3%")]


def test_a_level_per_share_and_its_period_then_the_earlier_level() -> None:
    claims = extract("The chain reported net income of $50.0 million, or 40 cents per share, for the quarter ended "
                     "Jan. 30, compared with the previous year's $40.0 million, or 32 cents per share.")
    assert claims[0].base_value == 40e6


# After clean29/planted28 were measured (its false criticals and misses, in sentences written for these tests)


def test_a_rate_cut_at_its_last_digit_is_still_a_finding() -> None:
    # 6.58 on 1,116.48 is 0.589%: "0.58" is cut, not rounded, a small inconsistency as earlier folders judged it
    text = "The index shed 6.58 points or 0.59 per cent to close at 1,109.90."
    assert flagged(text) == []
    assert flagged(text.replace("0.59 per cent", "0.58 per cent")) == [
        ("growth_vs_levels", "6.58 points | 1,109.90 | 0.58 per cent")]


def test_a_count_and_its_rate_then_lower_is_a_fall() -> None:
    claims = extract("Some 50,000 cars were sold, which was 1,300 cars or 2.5% lower year-on-year.")
    assert [(c.kind, c.direction) for c in claims[1:]] == [("change", "down"), ("growth", "down")]


def test_a_month_and_the_first_months_of_its_year_are_two_quantities() -> None:
    text = ("In March 2020 some 900 firms were founded, 2.0% more than a year earlier.\n"
            "In the first three months of 2020 some 2,600 firms were founded.")
    assert [r for r in flagged(text) if r[0] == "restated"] == []


def test_a_share_of_the_sales_to_date_is_not_of_the_years_forecast() -> None:
    text = ("预计年底销售额将突破200亿元。今年以来总销售额超过190亿元，其中下半年销售额达到133亿元，"
            "占目前总销售额的70%。")
    assert [r for r in flagged(text) if r[0] == "share_vs_counts"] == []


def test_a_members_rate_above_the_provinces_average_is_not_set_against_the_citys() -> None:
    text = ("全市规模以上服务业营业收入同比增长5.6%。其中，信息服务业同比增长12.3%，高于全省平均0.1个百分点。")
    assert flagged(text) == []
    assert flagged(text.replace("高于全省平均", "高于全市平均")) == [
        ("growth_vs_levels", "5.6% | 12.3% | 0.1个百分点")]


def test_the_centre_and_the_local_governments_make_a_budgets_revenue() -> None:
    text = ("前三季度，全国一般公共预算收入150000亿元，同比增长4.0%。其中，中央一般公共预算收入70000亿元，"
            "地方一般公共预算本级收入80000亿元。")
    assert flagged(text) == []
    assert flagged(text.replace("中央一般公共预算收入70000亿元", "中央一般公共预算收入90000亿元")) == [
        ("parts_vs_total", "150000亿元 | 90000亿元 | 80000亿元")]


def test_every_member_of_a_whole_breakdown_after_its_total_makes_it() -> None:
    text = "本届展会展位总数60000个，其中出口展区展位59000个，进口展区展位1000个。"
    assert flagged(text) == []
    assert flagged(text.replace("59000个", "58000个")) == [("parts_vs_total", "60000个 | 58000个 | 1000个")]
    # electricity by industry, then households: a fourth part follows, so the three make no whole
    assert flagged("全社会用电量9000亿千瓦时。其中，第一产业用电量100亿千瓦时，第二产业用电量5500亿千瓦时，"
                   "第三产业用电量1800亿千瓦时。城乡居民生活用电量1600亿千瓦时。") == []


def test_taxes_by_kind_after_the_tax_revenue() -> None:
    text = ("全国税收收入100000亿元。其中，国内增值税30000亿元，同比增长2%；国内消费税10000亿元，同比增长7%；"
            "企业所得税35000亿元，同比增长2%；个人所得税9000亿元，同比增长9%。")
    assert flagged(text) == []
    assert flagged(text.replace("企业所得税35000亿元", "企业所得税65000亿元")) == [
        ("parts_vs_total", "100000亿元 | 30000亿元 | 10000亿元 | 65000亿元 | 9000亿元")]


def test_a_count_dropped_to_one_bare_number_from_another() -> None:
    text = "The weekly report showed the number of oil rigs dropped to 400 from 410 a week earlier."
    assert flagged(text) == []
    assert flagged(text.replace("from 410", "from 390")) == [("rank_vs_values", "390 | 400")]
    assert extract("Prices rose to 2021 from 2019 levels.") == []


def test_approval_and_disapproval_said_one_after_the_other_are_one_poll() -> None:
    text = "A new poll shows the governor at 41 percent approval, 52 percent disapproval."
    assert flagged(text) == []
    assert flagged(text.replace("52 percent", "62 percent")) == [("shares_of_whole", "41 percent | 62 percent")]


def test_this_figure_is_up_from_an_earlier_level_names_the_level_before() -> None:
    text = ("Shoppers plan to spend an average $800.00 this season, the survey found. This figure is up 4.0 percent "
            "from the $769.23 they planned to spend last year.")
    assert flagged(text) == []
    assert flagged(text.replace("4.0 percent", "6.0 percent")) == [
        ("growth_vs_levels", "$769.23 | $800.00 | 6.0 percent")]


def test_paddy_and_dry_land_are_parts_of_the_farmland() -> None:
    text = "全镇耕地面积20000亩，其中水田 11000亩，旱地9000亩，人均耕地 0.75亩。"
    assert flagged(text) == []
    assert flagged(text.replace("11000亩", "13000亩")) == [("parts_vs_total", "20000亩 | 13000亩 | 9000亩")]


# The red team's false alarms of this stop's forms (minimal texts of its report, reworded)


def test_the_centre_and_the_locals_share_of_an_investment_is_not_all_of_it() -> None:
    assert flagged("项目总投资15亿元，其中中央预算内投资6亿元，地方配套5亿元。") == []


def test_places_in_a_ranking_are_no_levels() -> None:
    assert flagged("The side rose to 4 from 9 in the world rankings.") == []


def test_the_previous_years_figure_per_share_and_a_later_sales_figure_are_not_restated() -> None:
    text = ("Net income was $90.00 million, or 70 cents per share, for the quarter ended March 31, compared with the "
            "previous year's $80.00 million, or 62 cents per share, on sales that grew 6% to $600 million.")
    assert [r for r in flagged(text) if r[0] == "restated"] == []


def test_a_month_against_january_to_that_month_and_against_the_month_a_year_before() -> None:
    assert flagged("The island received 90,000 tourists in August. In January-August, it received 600,000 "
                   "tourists.") == []
    assert flagged("The agency published its monthly figures on Tuesday. Exports were $21 billion in March. "
                   "In March 2023, exports were $19 billion.") == []


def test_a_second_rate_reckoned_otherwise_is_its_quantitys_not_the_next_ones() -> None:
    text = ("全市一般公共预算收入500亿元，扣除留抵退税因素后增长4%，按自然口径计算下降6%。"
            "全市税收收入400亿元，扣除留抵退税因素后增长2%，按自然口径计算下降10%。")
    assert flagged(text) == []
    assert flagged("全国税收收入80000亿元，比上年减少5000亿元，按自然口径计算下降5.9%，"
                   "扣除留抵退税因素后增长3.2%。") == []


def test_a_level_which_was_a_count_or_a_rate_lower() -> None:
    text = "In the first ten months, 74,000 children were born, which was 1,200 children or 1.6% lower year-on-year."
    assert flagged(text) == []
    assert flagged(text.replace("1.6%", "2.6%")) == [("growth_vs_levels", "1,200 | 74,000 | 2.6%")]



def test_a_result_said_to_beat_the_estimate_told_before_it() -> None:
    text = "12位分析师平均预计，公司第二季度营收为3.50亿美元。财报显示，公司第二季度营收为3.62亿美元，超出预期。"
    assert flagged(text) == []
    assert flagged(text.replace("3.50亿美元", "3.80亿美元")) == [("rank_vs_values", "3.62亿美元 | 3.80亿美元")]
    english = ("Analysts had expected revenue of $2.50 billion. The company reported revenue of $2.62 billion, "
               "beating expectations.")
    assert flagged(english) == []
    assert flagged(english.replace("$2.50 billion", "$2.80 billion")) == [
        ("rank_vs_values", "$2.62 billion | $2.80 billion")]
    assert flagged(text.replace("超出预期", "低于预期")) == [("rank_vs_values", "3.62亿美元 | 3.50亿美元")]


def test_a_years_estimate_is_no_estimate_of_a_quarters_result() -> None:
    assert flagged("分析师预计，公司2024年全年营收为6.00亿美元。"
                   "财报显示，公司第三季度营收为3.62亿美元，超出预期。") == []
