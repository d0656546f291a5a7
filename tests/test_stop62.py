"""Forms of stop 62, from the misses and false alarms of the planted and clean sets (not blind after the measurement),
on sentences written for these tests."""

from __future__ import annotations

from checks.claims.measures import owner
from checks.extract import extract
from tests.flags import flagged, flagged_of


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.subject, c.metric) for c in extract(text)]


def test_the_lead_after_a_dateline_is_restated_by_the_body() -> None:
    text = ("新华社北京3月5日电 国家能源局5日发布，我国光伏装机容量达{lead}万千瓦，同比增长20%。\n"
            "全国光伏装机容量达6.1亿千瓦，占全部装机的21%。\n其余装机以火电为主。")
    assert owner("我国光伏") == owner("全国光伏") == "全国光伏"
    assert owner("中国移动") == "中国移动"  # a firm that opens with the country's name is no country
    assert flagged_of("restated", text.format(lead="61000")) == []
    assert flagged_of("restated", text.format(lead="71000")) != []
    # the body's second line is no lead: a figure of it is not the lead restated
    lead = "本报讯 前7个月，全市服务业营业利润5.7亿元。\n其中，文化业营业利润0.03亿元。\n完。"
    assert flagged_of("restated", lead) == []


def test_a_title_count_takes_its_name_before_it_not_the_record_after() -> None:
    assert _read("国庆档票房破43.6亿元 累计观影人次超1.16亿次创新高\n正文。")[1][2] == "观影人次"
    assert _read("离岛免税4个月销售120.1亿 化妆品销量领先\n正文。")[1][2] == "销售"
    assert _read("全市有200个 品牌。")[0][2] == "品牌"  # a space in the body is no title's gap


def test_lead_the_metal_is_no_leader() -> None:
    text = "Prices increased by 0.9% for copper, 0.1% for lead, 2.5% for zinc and 1.5% for nickel last week."
    assert flagged_of("rank_vs_values", text) == []
    assert flagged_of("rank_vs_values", "Smith leads Jones among women 44%-47%.") == ["44% | 47%"]  # the verb


def test_a_gap_to_a_rival_said_with_a_bare_adjective_is_no_earlier_level() -> None:
    text = "旅游人均花费906.85元，同比增长10.74%，较全省人均花费低174.19元。"
    gap = next(c for c in extract(text) if c.text == "174.19元")
    assert (gap.kind, gap.direction, gap.basis) == ("change", "down", "较全省人均花费")
    assert flagged_of("growth_vs_levels", text) == []
    more = next(c for c in extract("全省有企业300家，比上年多12家。") if c.text == "12家")
    assert (more.kind, more.direction) == ("change", "up")


def test_exports_are_no_whole_of_trade() -> None:
    text = ("进出口总额6942.8亿元，同比增长0.1%，其中出口额4472.6亿元，增长0.4%。"
            "对东盟进出口额1.3万亿元，增长7.3%，高于整体增速{gap}个百分点。")
    assert flagged_of("growth_vs_levels", text.format(gap="7.2")) == []
    assert flagged_of("growth_vs_levels", text.format(gap="8.4")) == []  # (出口's 0.4% is no whole to set it against)


def test_a_holiday_and_its_last_day_are_two_periods() -> None:
    text = ("中秋小长假期间（9月12日至15日），全国铁路累计发送旅客4801万人次。"
            "9月15日为客流最高峰，全国铁路发送旅客1340万人次。")
    assert flagged_of("restated", text) == []


def test_a_public_body_owns_its_count_and_members_of_it_are_no_figure_of_each() -> None:
    text = "2019年，省政府51件民生实事中44件已全部落实到位；市政府20件民生实事中14件已完成年度任务。"
    assert _read(text) == [("51件", "省政府", "民生实事"), ("44件", "省政府", "民生实事中"),
                           ("20件", "市政府", "民生实事"), ("14件", "市政府", "民生实事中")]
    assert flagged_of("restated", text) == []


def test_a_quarter_with_its_year_after_it_is_that_year_s() -> None:
    text = ("Acme reported results for the quarter ended Sept. 30, 2014. Acme added approximately 28,000 net "
            "broadband subscribers in the third quarter. Acme added approximately 75,000 net broadband subscribers "
            "in the third quarter 2013.")
    assert [c.period for c in extract(text) if c.text.endswith("75,000")] == ["third quarter 2013"]
    assert flagged_of("restated", text) == []


def test_what_sentences_go_on_to_state_is_of_the_member_each_opens_with() -> None:
    text = ("12月，5G手机出货量1820万部，占比68.4%；上市新机型19款，占比42.2%。"
            "12月，国产品牌手机出货量2055万部，占比77.3%；上市新机型38款，占比84.4%。")
    assert flagged_of("restated", text) == []


def test_shares_listed_of_counts_in_two_words_are_of_two_wholes() -> None:
    text = "1-12月，5G手机累计出货量1.63亿部、上市新机型累计218款，占比分别为52.9%和47.2%。"
    assert flagged_of("share_vs_counts", text) == []
    same = "1-12月，甲品牌出货量1.63亿部、乙品牌出货量0.9亿部，占比分别为52.9%和47.2%。"
    assert flagged_of("share_vs_counts", same) != []  # one whole: 3.08亿部 against 1.91亿部


def test_a_move_in_cents_with_its_rate_and_the_close() -> None:
    text = "西德州中质原油期货价格上涨{move}美分，涨幅1.2%，收于52.05美元/桶。"
    cents = next(c for c in extract(text.format(move="63")) if c.text == "63美分")
    assert (cents.value, cents.unit, cents.kind) == (0.63, "USD", "change")
    assert flagged_of("growth_vs_levels", text.format(move="63")) == []
    assert flagged_of("growth_vs_levels", text.format(move="93")) != []  # 0.93 of 51.12 is 1.8%
    assert [c.kind for c in extract("本周美油收高3.4%，布油收低1.2%。")] == ["growth", "growth"]


def test_members_listed_before_their_shared_quantity_with_runs_after() -> None:
    text = ("Automobile sales are 1,412,100 units in June. Among main brands, passenger car and commercial vehicle "
            "sales are {cars} units and 369,300 units, decrease 0.04% and 6.55% compared with last month "
            "respectively.")
    read = [(c.text, c.segment, c.metric) for c in extract(text.format(cars="1,042,800"))]
    assert read[1:] == [("1,042,800", "passenger car", "sales"), ("369,300", "commercial vehicle", "sales"),
                        ("0.04%", "passenger car", "sales"), ("6.55%", "commercial vehicle", "sales")]
    assert flagged_of("parts_vs_total", text.format(cars="1,042,800")) == []
    assert flagged_of("parts_vs_total", text.format(cars="1,142,800")) != []


def test_the_same_period_of_last_year_is_a_basis_not_a_period() -> None:
    rate = extract("Car sales are 1,042,800 units, increase 19.42% compared with the same period of last year.")[-1]
    assert (rate.text, rate.period) == ("19.42%", None)


def test_a_level_reached_with_an_article_and_its_earlier_pace() -> None:
    text = "Starts fell to a 1.555 million annual rate in September from a 1.580 million pace, a {r} percent drop."
    assert flagged_of("growth_vs_levels", text.format(r="1.6")) == []
    assert flagged_of("growth_vs_levels", text.format(r="3.6")) != []


def test_won_t_is_no_korean_won() -> None:
    assert [c.text for c in extract("Prices since 2014 won’t keep travelers home; exports were 3,000 won.")] == [
        "3,000 won"]


def test_a_group_s_breakdown_is_held_against_the_group_s_rate() -> None:
    text = ("全市外贸进出口12639.3亿元，增长8.7%，其中出口7448亿元，增长10%，进口5191.3亿元，增长7%。\n"
            "民营企业领涨全市外贸，全市民营企业进出口3821.4亿元，增长{whole}%，其中出口2481.1亿元，增长21.8%，"
            "进口1340.3亿元，增长14.1%。")
    assert all(c.subject != "民营企业领涨全市" for c in extract(text.format(whole="19")))
    assert flagged_of("growth_vs_levels", text.format(whole="19")) == []
    assert flagged_of("growth_vs_levels", text.format(whole="29")) != []  # above both of its parts' rates


def test_a_leader_named_before_its_figure_and_its_rivals() -> None:
    text = ("三大贸易伙伴规模相当，东盟进出口略微领先。上半年对东盟进出口{asean}亿元，增长4.8%；"
            "对美国进出口1767.1亿元，增长8.4%；对欧盟进出口1762.6亿元，增长6.5%。同期，对“一带一路”沿线国家进出口2853.2亿元。")
    assert flagged_of("rank_vs_values", text.format(asean="1771.6")) == []
    assert flagged_of("rank_vs_values", text.format(asean="1751.6")) == ["1751.6亿元 | 1767.1亿元",
                                                                         "1751.6亿元 | 1762.6亿元"]


def test_members_counted_right_after_the_group_and_in_a_clause_that_says_what_became_of_them() -> None:
    text = "省政府51件民生实事中{done}件已全部落实到位，需要跨年度实施的7件民生项目均达到序时进度。"
    assert flagged_of("parts_vs_total", text.format(done="44")) == []
    assert flagged_of("parts_vs_total", text.format(done="46")) == ["51件 | 46件 | 7件"]


def test_a_target_after_the_word_and_its_year_s_opening() -> None:
    text = "乡镇健身场地覆盖率达{rate}%，高于年初85%的目标任务；村健身场地覆盖率达92.5%，高于年初90%的目标任务。"
    assert [c.text for c in extract(text.format(rate="92.8"))][:2] == ["92.8%", "85%"]  # (初 then digits: a figure)
    assert [c.text for c in extract("正月初八，游客3万人。")] == ["3万人"]  # (a lunar day is none)
    assert flagged(text.format(rate="92.8")) == []  # (nor are the two targets one quantity stated twice)
    assert flagged_of("rank_vs_values", text.format(rate="82.8")) == ["82.8% | 85%"]


def test_a_gap_above_a_rival_whose_rate_is_in_brackets_said_with_gao_chu() -> None:
    text = "民营经济增加值名义增长17.2%，高出GDP名义增速(14.7%){gap}个百分点。"
    assert flagged_of("growth_vs_levels", text.format(gap="2.5")) == []
    assert flagged_of("growth_vs_levels", text.format(gap="3.5")) != []


def test_places_named_together_and_their_figures_given_respectively() -> None:
    text = "中银基金、广发基金非货基规模排名第二和第三位，分别达2705亿元和{third}亿元。"
    assert flagged_of("rank_vs_values", text.format(third="2398")) == []
    assert "2705亿元 | 2798亿元" in flagged_of("rank_vs_values", text.format(third="2798"))
    assert flagged_of("rank_vs_values", "失业率最低的两市排名第一和第二，分别为2.1%和2.5%。") == []


def test_a_month_without_its_year_after_the_year_is_told_is_that_year_s() -> None:
    text = ("2020年4月，智能手机出货量4078.2万部，同比增长17.2%。2019年全年出货量3.7亿部。\n"
            "数据显示，4月国内智能手机出货量同比增长{rate}%。")
    assert flagged_of("restated", text.format(rate="17.2")) == []
    assert flagged_of("restated", text.format(rate="27.2")) != []


def test_a_bound_then_the_exact_figure_it_bounds() -> None:
    text = "民众满意度上升了10个百分点至四成以上，为{exact}%；不满意度下降至20%。"
    assert flagged_of("restated", text.format(exact="43")) == []
    assert flagged_of("restated", text.format(exact="38")) == ["四成以上 | 38%"]
    assert flagged_of("restated", "不满意度多年来均接近或超过四成，2015年达38%。") == []  # (near it: either side)


def test_a_change_against_last_year_s_peak_day() -> None:
    text = "全国铁路发送旅客1340万人次，比去年高峰日增加108万人次，增长{rate}%。"
    assert flagged_of("growth_vs_levels", text.format(rate="8.8")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="18.8")) != []


def test_production_and_sales_volumes_are_two_quantities_not_members() -> None:
    read = extract("Production and sales volumes of vehicles were 10,213,100 units and 10,260,200 units.")
    assert [(c.metric, c.segment) for c in read] == [("Production volumes of vehicles", None),
                                                     ("sales volumes of vehicles", None)]


def test_an_earlier_level_in_brackets_after_the_month_compared_to() -> None:
    text = ("Exports were worth 221.6 billion euros in August 2023, indicating a decrease of {rate}% compared to "
            "August 2022 (when it stood at 230.6 billion euros).")
    assert flagged_of("growth_vs_levels", text.format(rate="3.9")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="8.9")) != []


def test_off_after_a_verb_of_being_is_a_fall() -> None:
    moved = extract("Multifamily starts were off 5.0 percent to 475,000 in September.")[0]
    assert (moved.kind, moved.direction, moved.level_after) == ("growth", "down", 475000.0)
    assert extract("The office is off Main Street with 5 percent of staff.")[0].kind == "share"


def test_members_rates_on_two_bases_each_against_the_whole_s_rate_on_its_basis() -> None:
    text = ("Automobile sales are 1,412,100 units in June, decrease 1.83% compared with last month, increase {yoy}% "
            "compared with the same period of last year. Among main brands, passenger car and commercial vehicle "
            "sales are 1,042,800 units and 369,300 units, decrease 0.04% and 6.55% compared with last month "
            "respectively, increase 19.42% and 36.59% compared with the same period of last year.")
    read = extract(text.format(yoy="23.48"))
    assert [c.basis for c in read if c.text in ("0.04%", "36.59%")] == [
        "compared with last month", "compared with the same period of last year"]
    assert flagged_of("growth_vs_levels", text.format(yoy="23.48")) == []
    assert flagged_of("growth_vs_levels", text.format(yoy="13.48")) != []  # below both members' rates


def test_shares_combined_by_the_count_of_their_members() -> None:
    text = ("Bangladesh was the largest source market, accounting for 29.2% of total arrivals, followed by the US "
            "(19.7%) and UK (6.1%). Combined, these three countries accounted for {total}% of total arrivals.")
    assert flagged_of("parts_vs_total", text.format(total="55")) == []
    assert flagged_of("parts_vs_total", text.format(total="65")) == ["65% | 29.2% | 19.7% | 6.1%"]


def test_a_daily_average_past_the_total_s_change() -> None:
    text = ("中秋小长假期间（9月12日至15日），全国铁路累计发送旅客4801万人次，同比增加561万人次，"
            "日均发送旅客{daily}万人次。")
    assert flagged_of("share_vs_counts", text.format(daily="1200.3")) == []
    assert flagged_of("share_vs_counts", text.format(daily="1300.3")) == ["4801万人次 | 1300.3万人次"]


def test_a_title_s_rate_against_the_first_figure_of_the_text_after_it() -> None:
    text = ("Retail turnover rises 0.4 per cent in August\n\nAustralian retail turnover rose {rate} per cent in "
            "August 2019, seasonally adjusted. There were rises in Victoria (0.1 per cent) and Queensland "
            "(0.2 per cent).")
    assert flagged_of("restated", text.format(rate="0.4")) == []
    assert flagged_of("restated", text.format(rate="0.7")) == ["0.4 per cent | 0.7 per cent"]


def test_a_dateline_in_capitals_is_no_item_of_a_roundup() -> None:
    text = ("Air passenger traffic up {title}% in January\n\nBy a reporter\n\nPETALING JAYA - Global air passenger "
            "traffic grew by 7.1 per cent year-on-year in January 2016.")
    assert flagged_of("restated", text.format(title="7.1")) == []
    assert flagged_of("restated", text.format(title="7.7")) != []


def test_a_group_counted_by_outcome_in_a_later_sentence() -> None:
    text = ("Unemployment rates were lower in February than a year earlier in 319 of the 388 metropolitan areas, "
            "higher in 48 areas, and unchanged in 21 areas. Nonfarm payroll employment increased over the year in {up} "
            "metropolitan areas, decreased in 69 areas, and was unchanged in 6 areas.")
    assert flagged_of("parts_vs_total", text.format(up="313")) == []
    assert flagged_of("parts_vs_total", text.format(up="323")) == ["388 | 323 | 69 | 6"]


def test_a_paragraph_opened_with_its_basis_is_of_that_basis() -> None:
    text = ("2021年9月份，居民消费价格同比下降0.4%。其中食品价格下降9.2%，非食品价格上涨1.7%。\n"
            "环比看，9月份居民消费价格下降0.1%。其中食品价格上涨0.1%，非食品价格下降0.1%。")
    assert flagged_of("restated", text) == []


def test_amounts_said_on_a_per_share_basis_are_no_total() -> None:
    text = ("NEW YORK — Acme today reported second-quarter net income of $4.7 billion.\n"
            "On a per-share basis, the company said it had profit of $1.13. Revenue was $30.45 billion.")
    assert flagged_of("restated", text) == []
