"""Misses of the tenth planted set in general form (tuned on planted10/clean11 after they were measured blind), each
on sentences written for this test, with the neighbour that must (or must not) be flagged."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_a_part_of_a_part_in_brackets_does_not_end_the_list_of_parts() -> None:
    text = ("2024年全市港口完成货物吞吐量5,000.0万吨，增长6.0%。\n\n其中，沿海港区完成{first}万吨，增长5.0%"
            "（其中集装箱码头为1,200.0万吨，增长8.0%）；内河港区完成1,000.0万吨，增长10.0%。")
    assert flagged(text.format(first="4,000.0")) == []
    assert flagged(text.format(first="4,300.0")) == [("parts_vs_total", "5,000.0万吨 | 4,300.0万吨 | 1,000.0万吨")]


def test_tax_and_other_revenue_make_the_budget_revenue() -> None:
    text = ("前三季度，全市一般公共预算收入300亿元，增长5.0%。全市一般公共预算收入中税收收入{tax}亿元，增长4.0%；"
            "非税收入80亿元，增长8.0%。")
    assert flagged(text.format(tax="220")) == []
    assert flagged(text.format(tax="240")) == [("parts_vs_total", "300亿元 | 240亿元 | 80亿元")]


def test_places_told_line_by_line_with_their_brands_in_the_names_rank_one_quantity() -> None:
    text = ("二季度国内平板电脑市场甲牌出货量占比 24.0%，位居国内第一。\n乙牌出货量占比 {second}%，名列第二；"
            "丙牌出货量 15.0%，位居第三。\n据统计，丁牌与戊牌合并后占比 30.0%。\n"
            "己牌出货占比 9.0%，排在第四，庚牌出货占比 {fifth}%，位列第五。")
    assert flagged(text.format(second="18.0", fifth="8.0")) == []
    assert flagged(text.format(second="25.0", fifth="8.0")) == [("rank_vs_values", "第一 | 24.0% | 第二 | 25.0%")]
    assert flagged(text.format(second="18.0", fifth="9.5")) == [("rank_vs_values", "第四 | 9.0% | 第五 | 9.5%")]


def test_a_place_is_of_its_own_clauses_figure_not_of_the_next_members() -> None:
    text = "其中，甲市以80亿元居首，乙市以58亿元位列第二，丙市{third}亿元排名第三，丁市则以50亿元紧随其后，排在第四。"
    assert flagged(text.format(third="52")) == []
    assert ("rank_vs_values", "第三 | 45亿元 | 第四 | 50亿元") in flagged(text.format(third="45"))


def test_places_named_before_the_rates_they_rank() -> None:
    text = "其中，甲市GDP增速最高达8.9%。乙市、丙市排名第二和第三，GDP增速分别为4.6%、{third}%。"
    assert flagged(text.format(third="4.0")) == []
    assert flagged(text.format(third="4.9")) == [("rank_vs_values", "第二 | 4.6% | 第三 | 4.9%")]


def test_first_in_the_country_is_a_place_and_the_countrys_first_store_is_not() -> None:
    kinds = {c.text: c.kind for c in extract("该品牌销量位居国内第一。该品牌开出国内第一家旗舰店。", "d")}
    assert kinds == {"第一": "rank"}


def test_a_level_up_from_its_earlier_level_with_a_per_share_figure_between() -> None:
    text = "Net income was $2.40 billion, or $3.10 per share, up from {earlier} billion a year earlier."
    assert flagged(text.format(earlier="$2.05")) == []
    assert flagged(text.format(earlier="$2.65")) == [("rank_vs_values", "$2.65 billion | $2.40 billion")]


def test_a_level_that_climbed_to_a_figure_from_an_earlier_one_after_the_per_share_figure() -> None:
    text = "Profit climbed to $5.10 billion, or 61 cents a share, from {earlier} billion, or 55 cents, a year ago."
    assert flagged(text.format(earlier="$4.60")) == []
    assert flagged(text.format(earlier="$5.60")) == [("rank_vs_values", "$5.60 billion | $5.10 billion")]


def test_a_whole_percent_beside_a_rate_with_a_decimal_has_dropped_its_last_zero() -> None:
    text = "The jobless rate fell to {later}% in May from 6% in April, the agency said."
    assert flagged(text.format(later="5.8")) == []
    assert flagged(text.format(later="6.2")) == [("rank_vs_values", "6% | 6.2%")]


def test_a_rate_rising_to_a_level_from_an_earlier_one() -> None:
    text = "Officials now see the policy rate rising to 3.3% from {earlier}% in the earlier projection."
    assert flagged(text.format(earlier="3.0")) == []
    assert flagged(text.format(earlier="3.6")) == [("rank_vs_values", "3.6% | 3.3%")]


def test_a_months_figure_is_no_restatement_of_its_years_so_the_headline_meets_the_month() -> None:
    text = ("Trade Deficit Narrowed to $40.0 Billion in December 2023\n\nThe agency said the trade deficit was "
            "{december} billion in December, down from $42.5 billion in November. For 2023, the trade deficit was "
            "$480.0 billion.")
    assert flagged(text.format(december="$40.0")) == []
    assert flagged(text.format(december="$41.5")) == [("restated", "$40.0 Billion | $41.5 billion")]


def test_a_weeks_move_ends_at_the_days_close() -> None:
    text = ("On Thursday:\n\nThe Alpha 300 rose 20.00 points, or 1.0%, to 2,020.00.\n\nThe Beta index fell 30.00 "
            "points, or 0.5%, to 5,970.00.\n\nFor the week:\n\nThe Alpha 300 is up 120.00 points, or {alpha}%.\n\n"
            "The Beta index is down 300.00 points, or 4.8%.")
    assert flagged(text.format(alpha="6.3")) == []
    assert flagged(text.format(alpha="8.3")) == [("growth_vs_levels", "120.00 points | 2,020.00 | 8.3%")]


def test_a_share_of_the_nine_months_is_of_the_nine_months_total_not_the_quarters() -> None:
    text = ("今年前三季度，全省进出口总值1000.0亿元。第三季度，全省进出口400.0亿元。\n\n"
            "前三季度民营企业进出口250.0亿元，同比增长20.0%，占全省外贸总值的{share}%。")
    assert flagged(text.format(share="25.0")) == []
    assert flagged(text.format(share="35.0")) == [("share_vs_counts", "250.0亿元 | 1000.0亿元 | 35.0%")]


def test_a_count_of_members_is_no_part_of_their_trades_value() -> None:
    text = "同期与全省进出口超50亿元的国家有9个，其中6个属于东盟，6者合计占同期全省对沿线国家进出口总值的55.1%。"
    assert flagged(text) == []


def test_a_months_sales_are_no_more_than_the_months_to_date() -> None:
    text = ("前9月，新能源汽车产量和销量分别完成400.0万辆和{sales}万辆。9月，新能源汽车产量和销量分别完成"
            "60.0万辆和58.0万辆，同比分别增长30.0%和28.0%。")
    assert flagged(text.format(sales="390.0")) == []
    assert flagged(text.format(sales="50.0")) == [("parts_vs_total", "50.0万辆 | 58.0万辆")]


def test_a_months_balance_and_a_years_plan_are_no_months_to_date() -> None:
    text = ("前9月，全市新增贷款500亿元。9月末，全市贷款余额8000亿元。全年计划完成投资300亿元，"
            "其中9月完成投资400亿元。")
    assert flagged(text) == []


def test_a_rate_at_constant_prices_is_the_rate_of_the_level_before_it() -> None:
    text = ("前三季度，全市实现生产总值 1000.0亿元，按不变价格计算，同比增长{whole}%。其中，第一产业增加值100.0亿元，"
            "增长3.0%；第二产业增加值400.0亿元，增长5.0%；第三产业增加值500.0亿元，增长6.0%。")
    assert flagged(text.format(whole="5.3")) == []
    assert flagged(text.format(whole="6.8")) == [("growth_vs_levels", "6.8% | 3.0% | 5.0% | 6.0%")]


def test_two_breakdowns_of_industry_told_one_after_the_other_both_lie_around_its_rate() -> None:
    text = ("1-7月，全区规模以上工业增加值同比增长4.5%。增速居全国第二十位。\n分三大门类看，采矿业、制造业、"
            "电力热力燃气及水生产和供应业增加值比上年同期分别增长7.1%、{manufacturing}%和7.0%。分轻、重工业看，"
            "轻工业增加值比上年同期增长5.8%，重工业增加值比上年同期增长{heavy}%。")
    assert flagged(text.format(manufacturing="1.9", heavy="4.4")) == []
    assert flagged(text.format(manufacturing="5.9", heavy="4.4")) == [("growth_vs_levels", "4.5% | 7.1% | 5.9% | 7.0%")]
    assert flagged(text.format(manufacturing="1.9", heavy="6.4")) == [("growth_vs_levels", "4.5% | 5.8% | 6.4%")]


def test_a_count_of_a_group_and_the_share_said_of_it_after() -> None:
    text = "前8个月，40个大类行业中{count}个行业生产实现增长，增长面为62.5%。"
    assert flagged(text.format(count="25")) == []
    assert flagged(text.format(count="29")) == [("share_vs_counts", "40个大类行业中29个 | 62.5%")]


def test_loans_in_renminbi_are_part_of_loans_in_all_currencies_named_once() -> None:
    text = ("截至3月末，全省金融机构本外币各项存款余额5000.00亿元。各项贷款余额4000.00亿元，比年初增加100.00亿元。"
            "本外币各项贷款余额同比增长8.00%。\n人民币各项贷款余额为{renminbi}亿元，比年初增加90.00亿元。")
    assert flagged(text.format(renminbi="3900.00")) == []
    assert flagged(text.format(renminbi="4100.00")) == [("parts_vs_total", "4000.00亿元 | 4100.00亿元")]


def test_exports_and_imports_below_make_the_trade_named_a_paragraph_before() -> None:
    text = ("前三季度，全省货物贸易进出口总值900.0亿元，比去年同期下降5.0%。\n\n据海关统计，前三季度，全省出口"
            "{exports}亿元，同比下降2.0%；进口400.0亿元，同比下降9.0%。")
    assert flagged(text.format(exports="500.0")) == []
    assert flagged(text.format(exports="600.0")) == [("parts_vs_total", "900.0亿元 | 600.0亿元 | 400.0亿元")]


def test_a_trades_members_told_with_it_leave_the_goods_below_to_themselves() -> None:
    text = ("1~5月份，全市实现进出口10000万美元。其中，实现出口6500万美元；实现进口3500万美元。\n"
            "五大出口商品累计实现出口5000万美元；五大进口商品累计实现进口3000万美元。")
    assert flagged(text) == []


def test_an_english_member_named_further_back_than_fourteen_characters() -> None:
    text = ("In the first half, total trade was 900.00 billion, of which exports amounted to 500.00 billion, up 2.0% "
            "year-on-year, and imports to 400.00 billion, 1.5% lower. The trade surplus was {surplus} billion.")
    assert flagged(text.format(surplus="100.00")) == []
    assert ("parts_vs_total", "150.00 billion | 500.00 billion | 400.00 billion") in flagged(
        text.format(surplus="150.00"))


def test_a_place_after_a_brands_name_or_a_return_is_a_rank_and_a_third_quarter_is_not() -> None:
    def kinds(text: str) -> dict[str, str]:
        return {c.text: c.kind for c in extract(text, "d")}

    assert kinds("乙牌排名第二，市场份额18.8%，vivo第三，份额17%。")["第三"] == "rank"
    assert kinds("丙牌重新回归第四，市场份额13%。")["第四"] == "rank"
    assert "第三" not in kinds("vivo第三季度营收增长12%。")


def test_a_rate_to_an_adjusted_level_with_last_years_in_brackets() -> None:
    text = "Earnings per share increased by {rate}% to adjusted 14.0p (2023: 10.0p)."
    assert flagged(text.format(rate="40")) == []
    assert flagged(text.format(rate="60")) == [("growth_vs_levels", "10.0p | 14.0p | 60%")]


def test_an_earlier_rate_up_from_which_a_rate_rose_is_of_its_quantity_past_a_span_between() -> None:
    claims = {c.text: c for c in extract(
        "The Consumer Prices Index rose by 4.0% in the 12 months to May 2024, up from 3.5% in April.", "d")}
    assert claims["3.5%"].metric == claims["4.0%"].metric == "Consumer Prices Index"


def test_a_per_share_figure_is_no_earlier_figure_of_the_amount() -> None:
    claims = {c.text: c for c in extract(
        "The firm said it earned $2.10 billion, or 70 cents a share, in the three months ended March 31, compared to "
        "$1.80 billion, or 60 cents, a year earlier.", "d")}
    assert claims["$1.80 billion"].metric != claims["70 cents"].metric


def test_the_interim_and_final_dividends_make_the_years() -> None:
    text = ("Proposed final dividend of 2.5p per share (2023: 2.0p), in addition to the interim dividend of {interim}p "
            "already paid, to give a full year dividend of 3.5p (2023: 3.0p).")
    assert flagged(text.format(interim="1.0")) == []
    assert flagged(text.format(interim="1.5")) == [("parts_vs_total", "3.5p | 1.5p | 2.5p")]


def test_a_final_dividend_is_no_more_than_the_years() -> None:
    text = "A final dividend of {final}p per share is recommended, bringing full year dividend to 2.20p per share."
    assert flagged(text.format(final="1.50")) == []
    assert flagged(text.format(final="2.50")) == [("parts_vs_total", "2.20p | 2.50p")]


def test_a_ratio_named_right_after_its_percent() -> None:
    claims = {c.text: c for c in extract("Carrier traffic up 5% to 12.3m in June-2024, 81% load factor", "d")}
    assert (claims["81%"].metric, claims["81%"].kind) == ("load factor", "ratio")


def test_a_change_as_an_amount_or_a_rate_against_the_levels_told_with_the_amount_again() -> None:
    text = ("For 2023, the trade deficit increased $2.0 billion, or {rate} percent, from 2022.\n\n"
            "For 2023, the trade deficit was $402.0 billion, up $2.0 billion from $400.0 billion in 2022.")
    assert flagged(text.format(rate="0.5")) == []
    assert flagged(text.format(rate="5.0")) == [("growth_vs_levels", "$400.0 billion | $2.0 billion | 5.0 percent")]


def test_a_deficit_told_first_against_exports_after_a_heading_run_into_the_sentence() -> None:
    text = ("The agency announced today that the goods and services deficit was $60.0 billion in April, down $2.0 "
            "billion from $62.0 billion in March.\nExports, Imports, and Balance April exports were {exports} billion, "
            "$1.0 billion more than March exports. April imports were $310.0 billion, $1.0 billion less than March "
            "imports.")
    assert flagged(text.format(exports="$250.0")) == []
    assert ("parts_vs_total", "$60.0 billion | $260.0 billion | $310.0 billion") in flagged(
        text.format(exports="$260.0"))


def test_a_lead_that_says_the_results_beat_the_estimates_given_later() -> None:
    text = ("The company reported revenue and earnings for its third quarter that topped Wall Street expectations.\n"
            "Net income climbed to $2.10 billion, or 45 cents per share, from $1.90 billion, or 41 cents per share, "
            "a year ago. Revenue rose 8 per cent to $12.40 billion.\nAnalysts polled by FactSet expected earnings of "
            "{eps} cents per share on revenue of $12.10 billion.")
    assert flagged(text.format(eps="43")) == []
    assert flagged(text.format(eps="47")) == [("rank_vs_values", "45 cents | 47 cents")]


def test_a_quarter_written_without_du_is_a_period_and_a_segments_revenue_no_more_than_the_companys() -> None:
    text = "甲公司第二季收入500.0亿元，按年增长3%。期内本地商业分部收入{segment}亿元，按年减少2.0%。"
    claims = {c.text: c for c in extract(text.format(segment="300.0"), "d")}
    assert (claims["500.0亿元"].period, claims["500.0亿元"].metric) == ("第二季", "收入")
    assert flagged(text.format(segment="300.0")) == []
    assert flagged(text.format(segment="520.0")) == [("parts_vs_total", "500.0亿元 | 520.0亿元")]
