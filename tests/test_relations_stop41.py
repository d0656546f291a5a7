"""Forms read at stop 41 from clean26's false alarms (sentences written for this test)."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_a_budget_before_its_completion_ratio_is_no_level_of_the_comparison() -> None:
    text = "1-9月一般公共预算收入12,345万元,为全年预算20,480万元的60.3%,比上年同期10,120万元增收2,225万元,增长22.0%。"
    read = {c.text: c for c in extract(text, "zh_t.txt")}
    assert read["2,225万元"].level_after == 12345e4 and read["22.0%"].metric == "一般公共预算收入"
    assert read["60.3%"].kind == "ratio"
    # the amount before the ratio is no owner carried to the figures after it
    more = text + "其中税收收入8,000万元,为全年预算13,000万元的61.5%。"
    assert {c.subject for c in extract(more, "zh_t.txt")} == {None}
    assert flagged(text) == []
    assert flagged(text.replace("22.0%", "27.0%")) == [("growth_vs_levels", "2,225万元 | 12,345万元 | 27.0%")]


def test_completion_ratios_of_a_budget_are_no_shares_of_one_whole() -> None:
    text = ("全县收入预计完成8000万元,占调整预算的100%,同比下降5.0%,"
            "全县支出预计完成40000万元,占调整预算的100%,同比增长20.0%。")
    read = extract(text, "zh_t.txt")
    assert [c.kind for c in read if c.text == "100%"] == ["ratio", "ratio"]
    assert [c.level_after for c in read if c.kind == "growth"] == [8000e4, 40000e4]
    assert flagged(text) == []


def test_comparable_sales_growth_is_not_held_to_the_net_sales_levels() -> None:
    assert flagged("Comparable sales increased 1.5% in the quarter. Net sales decreased to $5.0 billion from "
                   "$5.3 billion.") == []
    sales = "The store chain's net sales rose 6% in the quarter. Net sales increased to $5.3 billion from $5.0 billion."
    assert flagged(sales) == []
    assert flagged(sales.replace("6%", "9%")) == [("growth_vs_levels", "$5.0 billion | $5.3 billion | 9%")]


def test_a_quarter_rate_is_not_the_full_year_rate() -> None:
    text = ("Its fourth-quarter net income rose 30 percent. For the full year, net income grew 20 percent to "
            "$120 million, up from $100 million.")
    assert {c.text: c.period for c in extract(text, "en_t.txt")}["20 percent"] == "full year"
    assert flagged(text) == []
    assert flagged(text.replace("grew 20", "grew 25")) == [("growth_vs_levels", "$100 million | $120 million | "
                                                                                  "25 percent")]


def test_industry_after_the_secondary_sector_is_its_part() -> None:
    text = ("2024年全区地区生产总值为90.38亿元。第二产业增加值36.42亿元,增长6.3%,其中工业增加值27.07亿元,增长8.9%;"
            "第三产业增加值37.87亿元。")
    assert flagged(text) == []
    assert flagged(text.replace("27.07", "37.07")) == [("parts_vs_total", "36.42亿元 | 37.07亿元")]


def test_moves_in_words_read_past_a_unit_a_long_clause_and_a_total() -> None:
    rose = "Sales of small cars rose to 29,574 units as compared with 24,936 in the same month last year."
    assert flagged(rose) == []
    assert flagged(rose.replace("24,936", "34,936")) == [("rank_vs_values", "34,936 | 29,574")]
    down = ("52.3 percent said the state of the U.S. economy will affect their spending plans, down from 62.2 percent "
            "last year.")
    assert flagged(down) == []
    assert flagged(down.replace("62.2", "42.2")) == [("rank_vs_values", "42.2 percent | 52.3 percent")]
    summed = "July increased from 159,000 to 166,000, for a total net gain of 45,000."
    assert flagged(summed) == []
    assert flagged(summed.replace("166,000", "156,000")) == [("rank_vs_values", "159,000 | 156,000")]
    assert flagged("The bank slashed its forecast to 7 per cent from 6.2 per cent.") == [
        ("rank_vs_values", "6.2 per cent | 7 per cent")]


def test_a_trade_gap_told_as_imports_exceeding_exports() -> None:
    text = ("The deficit widened in May, with the value of goods imported exceeding the value of exports by "
            "$41.3 billion.\n\nExports rose by $1.2 billion to $188.6 billion. Imports rose $2.0 billion to "
            "$229.9 billion.")
    assert flagged(text) == []
    assert flagged(text.replace("$229.9", "$239.9")) == [("parts_vs_total", "$41.3 billion | $188.6 billion | "
                                                                             "$239.9 billion")]


def test_a_purchasing_managers_index_on_its_side_of_50() -> None:
    text = ("小型企业PMI为48.7%,比上月下降0.3个百分点,继续位于临界点以下。"
            "新订单指数为51.2%,比上月上升0.4个百分点,连续3个月位于临界点以上。")
    assert flagged(text) == []
    assert flagged(text.replace("48.7%", "50.7%")) == [("rank_vs_values", "50.7%"),
                                                       ("rank_vs_values", "50.7% | 0.3个百分点")]
    # staying above 50 means last month's index was above it too
    assert flagged(text.replace("上升0.4", "上升1.4")) == [("rank_vs_values", "51.2% | 1.4个百分点")]
    assert flagged("制造业PMI为49.8%,比上月上升0.3个百分点,位于临界点,景气水平回升。") == []
    # the side it left is no side it lies on
    assert flagged("制造业PMI为50.6%,比上月上升1.1个百分点,结束了此前连续3个月位于临界点以下的走势。") == []


def test_clauses_of_a_partition_with_figures_of_two_units() -> None:
    text = ("今年1至9月,班列累计开行5230列,发送货物52.4万标箱。其中去程2911列、28.7万标箱,同比分别增长12%、15%;"
            "回程2319列、23.7万标箱,同比分别增长9%、11%。")
    assert flagged(text) == []
    assert flagged(text.replace("2319列", "2519列")) == [("parts_vs_total", "5230列 | 2911列 | 2519列")]
    assert flagged(text.replace("23.7万", "33.7万")) == [("parts_vs_total", "52.4万标箱 | 28.7万标箱 | 33.7万标箱")]


def test_red_team_of_stop_41s_forms() -> None:
    # an index's side told of another subject, a change on the year, last month's figure: no side of the index
    for text in ("大、中、小型企业PMI分别为50.9%、49.4%和49.0%，大型企业继续位于临界点以上。",
                 "制造业PMI为49.0%，非制造业则继续位于扩张区间。",
                 "新订单指数为51.2%，比去年同期上升2.5个百分点，连续3个月位于临界点以上。",
                 "制造业PMI由上月的50.2%降至临界点以下，为49.8%。"):
        assert flagged(text) == [], text
    below = "生产指数为50.5%，比上月上升0.5个百分点，连续第3个月位于临界点以下。"
    assert flagged(below) == [("rank_vs_values", "50.5%")]
    # "down from" does not run across another subject's clause; a target is no earlier level
    assert flagged("Turnout was 61 percent and support among young voters was far lower, down from 48 percent.") == []
    assert flagged("Sales rose to 29,574 units as against a target of 35,000 units.") == []
    # the side right before "exceeded" is the larger: imports exceeding exports is a deficit
    assert flagged("Exports slipped in May as imports exceeded exports by $41.3 billion.\n\nExports fell $1.2 billion "
                   "to $188.6 billion. Imports rose $2.0 billion to $229.9 billion.") == []
    # averages of a partition's clauses are no parts; shares of a budget stay shares
    assert flagged("全厂职工2200人，月均工资6200元。"
                   "其中男职工1200人、月均工资6500元；女职工1000人、月均工资5800元。") == []
    assert flagged("全年教育支出占全年预算的60.5%，卫生健康支出占全年预算的55.3%。") == [
        ("shares_of_whole", "60.5% | 55.3%")]
    # a rate told beside a comparable rate, or an organic one after a comma, is still held to its levels
    assert flagged("Net sales rose 2%, or 6% on an organic basis. Net sales increased to $5.3 billion from "
                   "$5.0 billion.") == [("growth_vs_levels", "$5.0 billion | $5.3 billion | 2%")]
    # a budget in traditional characters
    assert flagged("收入12,345萬元,為全年預算20,480萬元的60.3%,比上年同期10,120萬元增收2,225萬元,增長22.0%。") == []


def test_the_rates_of_a_partitions_clauses_bound_the_whole_s() -> None:
    text = ("今年前8个月,共开行班列612列、41230标箱,同比分别增长了31.20%和18.40%。其中,出境班列402列、27120标箱,"
            "同比分别增长了35.10%和21.30%;进境班列210列、14110标箱,同比分别增长了24.30%和13.10%。")
    assert flagged(text) == []
    assert flagged(text.replace("31.20%", "38.20%")) == [("growth_vs_levels", "38.20% | 35.10% | 24.30%")]
