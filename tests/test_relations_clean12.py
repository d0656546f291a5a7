"""Misses of the eleventh planted set in general form (tuned on planted11/clean12 after they were measured blind),
each on sentences written for this test, with the neighbour that must (or must not) be flagged."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_a_rate_after_the_share_of_the_plan_an_amount_completes_is_the_amounts() -> None:
    text = ("前三季度，全县一般公共预算收入200亿元，完成预算70.0%，比去年同期增长10.0%。其中：税收收入150亿元，"
            "增长{tax}%；非税收入50亿元，增长12.0%。")
    (_, _, rate, *_) = extract(text.format(tax="8.0"))
    assert rate.text == "10.0%" and rate.level_after == 2e10
    assert flagged(text.format(tax="8.0")) == []
    assert flagged(text.format(tax="15.0")) == [("growth_vs_levels", "10.0% | 15.0% | 12.0%")]


def test_a_share_of_a_whole_before_a_rate_is_no_level_of_it() -> None:
    # 占 names a whole, not a plan; since stop 33 a percent rise after an amount and its share is the amount's (the
    # share's own move is told in points)
    (_, share, rate) = extract("全县工业增加值200亿元，占全市的30.0%，增长10.0%。")
    assert rate.level_after == 2e10 and rate.level_after != share.value
    (_, _, points) = extract("全县工业增加值200亿元，占全市的30.0%，提高1.2个百分点。")
    assert points.level_after != 2e10  # points: the share's own move


TRADE = ("The trade deficit narrowed to ${deficit} billion in May.\nEconomists had expected a deficit of $50.0 "
         "billion.\nThe value of imports fell 1.0 percent to $250.0 billion in May.\nThe value of exports rose 0.5 "
         "percent to $205.0 billion in May.\nAnalysts noted weaker demand for fuel.\nThe goods deficit narrowed to "
         "$66.0 billion, while the surplus in services was essentially flat at ${services} billion.")


def test_a_deficit_told_first_against_the_value_of_exports_and_imports_after_it() -> None:
    assert flagged(TRADE.format(deficit="45.0", services="21.0")) == []
    found = flagged(TRADE.format(deficit="48.0", services="18.0"))
    assert ("parts_vs_total", "$48.0 billion | $205.0 billion | $250.0 billion") in found


def test_the_goods_and_services_balances_against_a_total_lines_above_them() -> None:
    found = flagged(TRADE.format(deficit="45.0", services="24.0"))
    assert found == [("parts_vs_total", "$45.0 billion | $66.0 billion | $24.0 billion")]


SIDES = ("In June the U.S. international trade deficit narrowed in June to $40.0 billion. June exports were $190.0 "
         "billion, while imports were $230.0 billion.\nExports of goods increased $2.0 billion to ${goods} billion. "
         "Exports of services increased $0.1 billion to $60.0 billion.")


def test_exports_of_goods_and_of_services_make_all_exports() -> None:
    assert flagged(SIDES.format(goods="130.0")) == []
    assert flagged(SIDES.format(goods="140.0")) == [
        ("parts_vs_total", "$190.0 billion | $140.0 billion | $60.0 billion")]


def test_a_deficit_that_narrowed_in_a_month_to_a_figure_is_named_by_its_words() -> None:
    (deficit,) = extract("The U.S. international trade deficit narrowed in September to $40.8 billion.")
    assert deficit.metric == "U.S. international trade deficit"


def test_the_sides_of_one_question_are_parts_of_the_people_asked() -> None:
    text = ("- Sixty percent support the new law, with {against} percent opposing and 12 percent saying they neither "
            "support nor oppose it.\n- Fifty percent oppose the tax, and 45 percent support it.")
    assert flagged(text.format(against="25")) == []
    assert flagged(text.format(against="35")) == [
        ("shares_of_whole", "Sixty percent | 35 percent | 12 percent")]


def test_a_share_restated_in_brackets_is_one_side_and_two_questions_are_not_one() -> None:
    assert flagged("Almost two-thirds (64%) support the plan, with 30 percent opposing and 9 percent neutral.") == [
        ("shares_of_whole", "64% | 30 percent | 9 percent")]
    # two questions in one sentence: a side said twice ends the reading
    assert flagged("Sixty percent support the plan and 55 percent support the tax, while 50 percent oppose both.") \
        == []


def test_an_index_that_rose_points_and_a_rate_at_its_close() -> None:
    text = "The S&P index rose 7.87 points or {rate}% at 4754.63."
    assert flagged(text.format(rate="0.17")) == []
    assert flagged(text.format(rate="0.37")) == [("growth_vs_levels", "7.87 points | 4754.63 | 0.37%")]


def test_a_close_then_the_days_big_move_and_its_rate() -> None:
    text = "沪指以2916.62点报收，较前一交易日大涨94.17点，涨幅达{rate}%。"
    assert flagged(text.format(rate="3.34")) == []
    assert flagged(text.format(rate="4.34")) == [("growth_vs_levels", "94.17点 | 2916.62点 | 4.34%")]


def test_a_budgets_main_items_and_taxes_under_their_headings_are_parts() -> None:
    text = ("全市一般公共预算收入500亿元，增长8.0%。其中：税收收入400亿元，增长6.0%；非税收入100亿元，增长16.0%。"
            "分主要税种看：增值税{vat}亿元，增长3.0%；企业所得税120亿元，增长5.0%。\n"
            "全市一般公共预算支出600亿元，增长10.0%。分主要科目看：教育支出{edu}亿元，增长9.0%；卫生健康支出80亿元，"
            "增长7.0%。")
    assert flagged(text.format(vat="200", edu="150")) == []
    assert flagged(text.format(vat="300", edu="150")) == [
        ("parts_vs_total", "400亿元 | 300亿元 | 120亿元")]
    assert flagged(text.format(vat="200", edu="550")) == [("parts_vs_total", "600亿元 | 550亿元 | 80亿元")]


def test_square_metres_written_short_are_square_metres() -> None:
    text = "全省房屋施工面积27974.3万平方米，增长5.2%。其中，新开工面积{new}万平米，下降3.1%。"
    assert flagged(text.format(new="5943.8")) == []
    assert flagged(text.format(new="29943.8")) == [("parts_vs_total", "27974.3万平方米 | 29943.8万平米")]


def test_a_share_said_above_last_years_is_compared_with_it_and_is_a_share() -> None:
    text = ("乙牌二季度出货量为2950万部，与去年同期的2940万部相比增长0.3%；在整体市场上所占份额为8.9%，"
            "{word}去年同期的8.6%。")
    (*_, share, rival) = extract(text.format(word="高于"))
    assert (share.kind, rival.kind, rival.direction) == ("share", "share", None)
    assert flagged(text.format(word="高于")) == []
    assert flagged(text.format(word="低于")) == [("rank_vs_values", "8.9% | 8.6%")]


def test_a_rate_said_above_a_rivals_rate_stays_a_rate() -> None:
    (rate, rival) = extract("全市增速为6.0%，高于全国的5.2%。")
    assert (rate.kind, rival.kind) == ("growth", "growth")


def test_an_amount_per_head_and_its_share_of_the_whole_per_head_named_short() -> None:
    text = ("前三季度，全国居民人均可支配收入20000元，增长5.0%。全国居民人均工资性收入{wage}元，增长4.0%，"
            "占可支配收入的比重为55.0%；人均经营净收入3000元，增长3.0%，占可支配收入的比重为15.0%。")
    assert flagged(text.format(wage="11000")) == []
    assert flagged(text.format(wage="13000")) == [("share_vs_counts", "13000元 | 20000元 | 55.0%")]


def test_shares_naming_one_whole_in_clauses_joined_by_semicolons_are_summed() -> None:
    text = ("全国居民人均工资性收入11000元，占可支配收入的比重为55.0%；人均经营净收入3000元，占可支配收入的比重为"
            "{second}%；人均财产净收入2000元，占可支配收入的比重为10.0%。")
    assert flagged(text.format(second="15.0")) == []
    assert ("shares_of_whole", "55.0% | 45.0% | 10.0%") in flagged(text.format(second="45.0"))


def test_a_forecasts_share_is_not_taken_of_a_total_told_as_fact() -> None:
    text = ("截至10月，全国乘用车累计零售量达到1524万辆。预测全年新能源乘用车销量将达到850万辆，渗透率可达36%。")
    assert flagged(text) == []


def test_a_tier_is_no_place_and_the_fastest_rate_is_no_largest_amount() -> None:
    assert [c.kind for c in extract("民间投资增长12.8%，增幅均居全省第一方阵。")] == ["growth"]
    text = ("机电产品出口9.1亿美元，增长47.7%。化肥出口3亿美元，增长48.9%。有色金属出口1.4亿美元，同比增长1.1倍，"
            "是全省主要出口商品中增速最快的商品。")
    assert flagged(text) == []


def test_an_average_per_head_lies_between_its_members() -> None:
    text = ("前三季度，全国居民人均可支配收入{whole}元，增长3.9%。其中，城镇居民人均可支配收入32000元，增长2.8%；"
            "农村居民人均可支配收入12000元，增长5.8%。全国居民人均可支配收入中位数20000元，增长3.2%。")
    assert flagged(text.format(whole="24000")) == []
    assert flagged(text.format(whole="34000")) == [("parts_vs_total", "34000元 | 32000元 | 12000元")]
    # a total (not per head) is no average of its members
    assert flagged("全国居民可支配收入34000亿元。其中，城镇居民可支配收入32000亿元；农村居民可支配收入12000亿元。") == [
        ("parts_vs_total", "34000亿元 | 32000亿元 | 12000亿元")]


def test_the_rates_of_three_industries_against_the_wholes_rate_told_sentences_before() -> None:
    text = ("前三季度，全省固定资产投资2000亿元，同比名义增长20.0%（扣除价格因素实际增长12.0%）。\n"
            "国有及国有控股投资700亿元，增长10.0%。分产业看，第一产业投资同比增长21.0%，第二产业投资增长{second}%，"
            "第三产业投资增长18.0%。")
    assert flagged(text.format(second="22.0")) == []
    assert flagged(text.format(second="25.0").replace("18.0%", "23.0%")) == [
        ("growth_vs_levels", "20.0% | 21.0% | 25.0% | 23.0%")]
    # a part of the whole (其中) just before the breakdown is not its whole: the whole's own rate is
    assert flagged(text.format(second="22.0").replace("国有及国有控股投资700亿元，增长10.0%。",
                                                      "其中，建设项目投资增长30.0%。")) == []


def test_sellers_amounts_and_their_market_shares_after_a_semicolon() -> None:
    text = ("从整体看，全球智能手机厂商在第二季度中的总出货量为3.332亿部。\n甲牌出货量达7550万部，同比增长5.5%；"
            "在整体市场上所占份额为22.7%。\n乙牌出货量为5870万部，与去年同期的5420万部相比增长8.3%；在整体市场上所占"
            "份额为{share}%，高于去年同期的15.9%。")
    assert flagged(text.format(share="17.6")) == []
    assert flagged(text.format(share="19.6")) == [("share_vs_counts", "5870万部 | 3.332亿部 | 19.6%")]


def test_an_amount_before_its_noun_after_a_verb_of_taking_is_of_that_noun() -> None:
    (gain,) = extract("GE, which posted a $1.5-billion after-tax gain from the sale, beat forecasts.")
    assert gain.metric == "after-tax gain"
    (order,) = extract("Boeing won a $3.1 billion order from Qatar.")
    assert (order.subject, order.metric) == ("Boeing", "order")
    (revenue,) = extract("Apple reported $90 billion in revenue.")
    assert (revenue.subject, revenue.metric) == ("Apple", "revenue")


def test_a_forecast_cut_to_a_figure_is_of_the_object_cut() -> None:
    first, *_ = extract("The bank downgraded its 2017 growth outlook to 1.9 percent from 2 percent.")
    assert (first.metric, first.period) == ("growth outlook", "2017")


def test_an_index_level_is_no_year_and_an_index_number_no_figure() -> None:
    rate = next(c for c in extract("The small-cap Russell 2000 rose 16.89 points or 0.84% at 2033.96.")
                if c.text == "0.84%")
    assert rate.period is None
    assert [c.text for c in extract("The Standard & Poor's 500 Index dropped 0.6 percent.")] == ["0.6 percent"]


def test_a_monthly_step_against_the_month_before_told_in_its_sentence() -> None:
    text = ("The value of imports tumbled by {rate} percent to $253.9 billion in January after spiking by 2.6 percent "
            "to $258.1 billion in December.")
    assert flagged(text.format(rate="1.6")) == []
    assert flagged(text.format(rate="3.6")) == [
        ("growth_vs_levels", "$258.1 billion | $253.9 billion | 3.6 percent")]
    # a rate against a year before is no step from the month before
    assert flagged("Imports rose 9.0 percent from a year earlier to $253.9 billion in January, after $258.1 billion "
                   "in December.") == []


def test_an_amount_its_figure_per_share_then_its_increase_over_a_year_ago() -> None:
    text = ("The company earned $623 million, or $1.12 per diluted share, a {rate}% increase over the $509 million, "
            "or 93 cents, it earned a year ago.")
    assert flagged(text.format(rate="22")) == []
    assert flagged(text.format(rate="32")) == [("growth_vs_levels", "$509 million | $623 million | 32%")]


def test_an_amount_doubling_the_one_a_year_before() -> None:
    text = ("Chevron earned $929 million, or $1.41 per diluted share, in the fourth quarter, doubling the ${base} "
            "million, or 71 cents per diluted share, it earned in the same quarter in 1996.")
    assert flagged(text.format(base="464")) == []
    assert flagged(text.format(base="564")) == [("growth_vs_levels", "$564 million | $929 million | doubling")]


def test_a_month_against_the_year_to_date_summed() -> None:
    text = "9月份全国乘用车零售量为202.8万辆，同比增长6%。截至今年，全国乘用车累计零售量达到{total}万辆，同比增长2%。"
    assert flagged(text.format(total="1524")) == []
    assert flagged(text.format(total="152.4")) == [("parts_vs_total", "152.4万辆 | 202.8万辆")]
    # a year's plain figure (no 累计, no 截至) stays a plan or forecast, left alone
    assert flagged("9月份全国乘用车零售量为202.8万辆。今年全国乘用车零售量预计为152.4万辆。") == []


def test_a_gap_to_all_industry_named_short_past_the_rates_own_move() -> None:
    text = ("前10月，全省规模以上工业增加值增长7.7%，其中，10月当月增长5.6%。\n前10月，全省高技术制造业增长{rate}%，"
            "较1月至9月提高0.6个百分点，高于全部规上工业增速10.7个百分点。")
    assert flagged(text.format(rate="18.4")) == []
    assert flagged(text.format(rate="20.4")) == [("growth_vs_levels", "7.7% | 20.4% | 10.7个百分点")]


def test_a_headline_amount_of_money_cut_short_against_the_text() -> None:
    text = ("春节我省旅游揽金22亿\n黄金周期间，全省共接待游客754.2万人次，同比增长14.6%；旅游总收入{body}亿元，同比增长"
            "27.2%。其中，合肥市主要景区旅游总收入7009.87万元。")
    assert flagged(text.format(body="22.6")) == []
    assert flagged(text.format(body="26.6")) == [("restated", "22亿 | 26.6亿元")]


def test_the_level_a_headline_says_a_rate_fell_to_and_the_leads() -> None:
    text = ("Jobless Rate Falls to 9.7%\n\n(Adds stocks in fifth paragraph.)\n\nThe unemployment rate in the U.S. "
            "unexpectedly declined in January to {lead} percent, the lowest level since August.")
    assert flagged(text.format(lead="9.7")) == []
    assert flagged(text.format(lead="9.9")) == [("restated", "9.7% | 9.9 percent")]


def test_an_adverb_after_a_place_is_the_verbs() -> None:
    (rate,) = extract("The unemployment rate in the U.S. unexpectedly declined in January to 9.7 percent.")
    assert (rate.metric, rate.segment) == ("unemployment rate", "U.S.")


def test_a_close_at_a_level_is_the_index_not_its_preposition() -> None:
    first, *_ = extract("沪指以2916.62点报收，较前一交易日大涨94.17点，涨幅达3.34%。")
    assert first.metric == "沪指"


def test_almost_a_share_in_words_and_its_figure_in_brackets() -> None:
    assert flagged("- Almost two-thirds (64%) support the plan.") == []
    assert flagged("- Almost two-thirds (54%) support the plan.") == [("restated", "Almost two-thirds | 54%")]
    assert flagged("- Just over half (48%) support the plan.") == []  # over its words: left loose, as before


def test_narrow_money_is_part_of_broad_money() -> None:
    text = ("8月末，广义货币(M2)余额305.05万亿元，同比增长6.3%。狭义货币(M1)余额{m1}万亿元，同比下降7.3%。"
            "流通中货币(M0)余额11.95万亿元，同比增长12.2%。")
    assert flagged(text.format(m1="63.02")) == []
    assert flagged(text.format(m1="363.02")) == [("parts_vs_total", "305.05万亿元 | 363.02万亿元")]
    assert flagged("M2 rose 8.0% to $21.0 trillion, while M1 stood at $18.2 trillion.") == []


def test_a_gap_to_the_average_of_another_quantity_and_a_headline_saying_a_part() -> None:
    text = ("上半年，全省县域生产总值4248.92亿元，同比增长8.6%。\n上半年，全省县域服务业增加值1470.01亿元，"
            "同比增长9.5%，增速比一季度提高0.5个百分点，高于全省平均增速0.2个百分点。")
    assert flagged(text) == []  # the province's average of services is not stated: 8.6% is another quantity's
    headline = ("“双11”当天全国快递业务量达6.39亿件\n\n11月1日至11日，全国邮政快递企业共揽收快递包裹52.64亿件，同比增长"
                "23.22%。其中11月11日当天，共揽收快递包裹6.39亿件。")
    assert flagged(headline) == []


def test_a_group_said_more_likely_has_the_larger_share() -> None:
    text = "Remain voters are more likely than Leave voters to state the result, at {a}% to {b}%."
    assert flagged(text.format(a="39", b="30")) == []
    assert flagged(text.format(a="25", b="30")) == [("rank_vs_values", "25% | 30%")]  # read as a range at first
    assert flagged("Leave voters are much more likely to say they can't remember it (by 12% to 20%).") == [
        ("rank_vs_values", "12% | 20%")]
    assert flagged("They are less likely to answer (18% vs 26%).") == []


def test_a_figure_said_below_its_target() -> None:
    text = "年末城镇登记失业率{rate}%，低于2.5%的控制目标。全年地区生产总值增长7.8%，高于7%的预期目标。"
    assert flagged(text.format(rate="1.89")) == []
    assert flagged(text.format(rate="2.89")) == [("rank_vs_values", "2.89% | 低于2.5%")]


def test_a_rate_counted_at_a_sum_is_not_the_sum_reached() -> None:
    (rate, *_) = extract("Revenue growth of 10.1% at £54.5m (2015: £49.4m).")
    assert rate.level_after is None
