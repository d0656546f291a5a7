"""Forms of stop 63, written before its blind set was read (from the misses of earlier planted sets), on sentences
written for these tests."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged, flagged_of


def test_a_flow_named_with_its_goods_and_route_is_of_the_flow() -> None:
    claims = extract("The first figures show exports of goods from the bloc to the rest of the world worth 120.0 "
                     "billion euros in May.")
    assert claims[0].metric == "exports"
    # a flow to a partner named after it keeps its partner as its member
    assert extract("Exports to China rose 4% to $3.1 billion.")[1].metric != "exports"


def test_a_balance_told_as_the_result_of_the_paragraph_before() -> None:
    text = ("Figures show a trade surplus of 10.0 billion euros for the bloc.\n"
            "Exports of goods from the bloc to the rest of the world were worth 120.0 billion euros in May, down 2.0% "
            "on May of last year (122.4 billion euros). Imports from the rest of the world amounted to €110.0 "
            "billion in May, down 5.0% on May of last year (€115.8 billion).\n"
            "As a result, the bloc recorded a surplus of {surplus} billion euros in goods trade.")
    assert flagged_of("parts_vs_total", text.format(surplus="10.0")) == []
    assert flagged_of("parts_vs_total", text.format(surplus="13.0")) != []
    # no such opening: the sides of the paragraph before, out of reach, are not read
    assert flagged_of("parts_vs_total", text.format(surplus="13.0").replace("As a result, t", "T")) == []


def test_a_heading_line_names_the_member_of_the_labelled_lines_under_it() -> None:
    text = ("Sales totaled 900,000 in May.\n\nBy area:\n\nNorth\n\nUnits Sold: 400,000 (+2% YoY)\n\n"
            "Median Price: $300,000\n\nSouth\n\nUnits Sold: 500,000 (+3% YoY)\n\nMedian Price: $250,000\n")
    segments = [(c.text, c.segment) for c in extract(text)]
    assert ("400,000", "North") in segments and ("$250,000", "South") in segments
    # one heading alone is no table of members
    alone = extract("Summary\n\nUnits Sold: 400,000\n\nMedian Price: $300,000\n")
    assert all(c.segment is None for c in alone)


# Forms after the measurement of clean46 and planted45 (not blind)

def test_a_period_s_length_told_beside_its_dates_is_its_days() -> None:
    text = ("据预测，今年春运期间（1月20日至2月28日，共40天），全国铁路预计发送旅客4.8亿人次，"
            "日均发送旅客{daily}万人次。\n附：去年1月10日至2月15日，铁路发送旅客1.5亿人。")
    assert flagged_of("share_vs_counts", text.format(daily="1200")) == []  # 4.8亿 over 40 days, not 37
    assert flagged_of("share_vs_counts", text.format(daily="1500")) != []
    # a range of its own of unknown length: not the length of another range of the text
    crossing = text.replace("（1月20日至2月28日，共40天）", "（2月2日至3月13日）").format(daily="1500")
    assert flagged_of("share_vs_counts", crossing) == []


def test_a_year_to_date_total_is_no_total_of_a_month_s_list() -> None:
    text = ("11月份，东区、西区分别完成产值2.04亿元、5.63亿元。1-11月，北区累计完成产值12.49亿元。")
    assert flagged_of("parts_vs_total", text) == []
    listed = "线上、门店分别实现销售额12.1亿元、8.4亿元，全年销售额合计{total}亿元。"
    assert flagged_of("parts_vs_total", listed.format(total="20.5")) == []
    assert flagged_of("parts_vs_total", listed.format(total="23.5")) != []


def test_parts_that_add_up_exactly_to_another_figure_are_of_it() -> None:
    text = ("1-8月，一般公共预算总收入223042万元，同比增长0.3%；地方一般公共预算收入151771万元，同比增长1.8%。"
            "全区税收收入144547万元，同比下降11.4%；地方级税收收入73276万元，同比下降18.5%；非税收入{rest}万元，"
            "同比增长32.5%。")
    assert flagged_of("parts_vs_total", text.format(rest="78495")) == []  # 144547 + 78495 = 223042, the 总收入
    assert flagged_of("parts_vs_total", text.format(rest="88495")) != []


def test_an_amount_in_brackets_after_a_rate_is_its_change() -> None:
    claims = extract("In the first quarter exports increased 13.6 percent (or 938.9 million euros) and imports "
                     "dropped by 1.7 percent (or 228.7 million euros).")
    assert [(c.text, c.kind, c.direction) for c in claims if "euros" in c.text] == [
        ("938.9 million euros", "change", "up"), ("228.7 million euros", "change", "down")]


def test_a_year_s_part_is_not_held_by_a_month_s_whole() -> None:
    text = ("Monthly visitor numbers topped 80,000 for the first time in July with 85,704 arrivals.\n"
            "The 2016 arrivals from New Zealand (163,836) were the highest ever in a year.")
    assert flagged_of("parts_vs_total", text) == []


def test_a_count_with_its_own_share_in_brackets_is_a_member_not_the_whole() -> None:
    text = ("Visitors arriving for holiday purposes totalled 600,887 (75.8%), 68,262 (8.6%) came to visit friends "
            "or relatives, 32,922 (4.2%) came for business purposes while 90,249 (11.4%) came for other reasons.")
    assert flagged_of("share_vs_counts", text) == []


def test_parties_named_as_a_counted_list_own_the_figures_after_their_names() -> None:
    text = ("甲乙集团、丙丁智家、戊己电器这三大巨头一直是行业的风向标。\n"
            "上半年，甲乙集团营收同比增长15.58%；丙丁智家营收规模突破1500亿元，归母净利润同比增长15.59%；"
            "反观戊己电器，归母净利润增速仅为1.95%。")
    owners = [(c.text, c.subject) for c in extract(text)]
    assert ("1500亿元", "丙丁智家") in owners and ("15.59%", "丙丁智家") in owners and ("1.95%", "戊己电器") in owners
    assert [c.metric for c in extract(text) if c.text == "1500亿元"] == ["营收规模"]


def test_words_of_emphasis_end_no_metric() -> None:
    assert [c.metric for c in extract("营收同比增长15%，归母净利润更是同比大增25%。")] == ["营收", "归母净利润"]
    assert [c.metric for c in extract("公司归母净利润亦同比增长5%。")] == ["归母净利润"]


def test_a_level_named_by_its_rate_of_counting_is_of_the_quantity_that_reached_it() -> None:
    claims = extract("Single-family permits increased 2.8% to a 967,000 unit rate.")
    assert [(c.text, c.metric, c.level_after) for c in claims] == [
        ("2.8%", "Single-family permits", 967000.0), ("967,000", "Single-family permits", None)]
    text = ("Overall permits increased {rate}% to a 1.48 million unit annualized rate in August. Single-family "
            "permits increased 2.8% to a 967,000 unit rate. Multifamily permits increased 9.2% to an annualized "
            "{multi} pace.")
    assert flagged(text.format(rate="4.9", multi="508,000")) == []
    assert flagged_of("parts_vs_total", text.format(rate="4.9", multi="608,000")) != []
    assert flagged_of("growth_vs_levels", text.format(rate="14.9", multi="508,000")) != []


def test_a_bare_move_then_its_rate_is_an_index_s_points() -> None:
    claims = extract("The DAX index ended at 6,731.74 points, up 26.57 or 0.40 per cent.")
    assert [(c.text, c.kind, c.level_after) for c in claims][1:] == [
        ("26.57", "change", 6731.74), ("0.40 per cent", "growth", 6731.74)]
    assert flagged_of("growth_vs_levels", "The DAX index ended at 6,731.74 points, up 86.57 or 0.40 per cent.") != []


def test_an_index_s_rate_and_points_told_in_two_sentences_of_its_section() -> None:
    text = ("Frankfurt\n\nThe DAX index ended at 6,731.74 points, up 26.57 or 0.40 per cent.\n\nHong Kong\n\n"
            "Hong Kong blue chips rose {rate} per cent in their biggest gain in six months.\n\n"
            "The benchmark Hang Seng Index added 455.15 points to end at 20,068.56.")
    assert flagged(text.format(rate="2.3")) == []
    assert flagged_of("growth_vs_levels", text.format(rate="4.3")) != []
    # two rates in the section: which is the index's is not known
    two = text.format(rate="4.3") + "\n\nProperty stocks rose 1.1 per cent."
    assert flagged_of("growth_vs_levels", two) == []


def test_a_mark_passed_in_one_sentence_bounds_the_level_told_in_another() -> None:
    text = "甲乙智家营收规模突破1500亿元大关，增长稳健。\n甲乙智家实现营收{level}亿元，归母净利润120.33亿元。"
    assert flagged_of("restated", text.format(level="1564.94")) == []
    assert flagged_of("restated", text.format(level="1464.94")) != []
    said_not = "戊己电器营收规模未能突破千亿，增速下滑。\n戊己电器实现营收{level}亿元。"
    assert flagged_of("restated", said_not.format(level="973.25")) == []
    assert flagged_of("restated", said_not.format(level="1073.25")) != []


def test_an_amount_of_the_average_shopper_is_no_part_of_all_spending() -> None:
    text = ("Total spending reached an estimated $59.1 billion. The average person spent $172.42 online over the "
            "weekend, or approximately 40.8 percent of their total weekend spending.")
    assert flagged_of("share_vs_counts", text) == []


def test_a_count_of_states_names_no_quantity_to_restate() -> None:
    text = ("Unemployment rates fell in 43 states\n"
            "Annual average unemployment rates declined in 43 states. Employment-population ratios rose in 41 states.")
    assert flagged_of("restated", text) == []


def test_shares_of_a_breakdown_do_not_break_its_total_s_amount_down() -> None:
    text = ("今年一季度，全市GDP实现1092.8亿元，同比增长5.3%。三次产业占GDP比重为4.5:35.6:59.9。\n"
            "全市第一产业增加值实现49.2亿元；第二产业增加值实现{second}亿元；第三产业增加值实现654.6亿元。")
    assert flagged_of("parts_vs_total", text.format(second="389.0")) == []
    assert flagged_of("parts_vs_total", text.format(second="489.0")) != []


def test_a_mark_said_not_passed_bounds_from_above() -> None:
    assert [c.qualifier for c in extract("营收规模未能突破千亿。")] == ["under"]
    assert [c.qualifier for c in extract("营收首次突破千亿。")] == ["over"]


def test_only_exact_parts_add_up_to_an_exact_precise_figure() -> None:
    # a bound (首次突破10万亿元) is no figure to add up to; the parts' sum misses the total
    text = ("一季度，进出口规模首次突破10万亿元。全国进出口总值10.17万亿元，同比增长5%。"
            "其中，出口{export}万亿元；进口4.43万亿元。")
    assert flagged_of("parts_vs_total", text.format(export="5.74")) == []
    assert flagged_of("parts_vs_total", text.format(export="5.94")) != []
    # a figure of three digits near the sum by chance is not what the parts make
    text = ("2月装车量13.7GWh。其中三元电池共计装车{a}GWh；磷酸铁锂电池共计装车7.8GWh。"
            "1-2月磷酸铁锂电池装车量累计16.7GWh。")
    assert flagged_of("parts_vs_total", text.format(a="5.8")) == []
    assert flagged_of("parts_vs_total", text.format(a="8.8")) != []
