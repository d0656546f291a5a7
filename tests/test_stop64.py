"""Forms of stop 64, written before its blind set was read (from the misses of earlier sets), on sentences written
for these tests."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged_of

_POLL = ("A survey of 200 bakers asked about the next six months.\n\nOrders:\n\n• Increase: {up} percent "
         "(52 percent Q2)\n\n• No change: 30 percent (38 percent Q2)\n\n• Decrease: 10 percent (10 percent Q2)\n")


def test_a_poll_s_answer_lines_are_shares_of_the_asked() -> None:
    read = {(c.text, c.period): c for c in extract(_POLL.format(up="60"))}
    first = read[("60 percent", None)]
    assert (first.kind, first.direction, first.segment, first.metric) == ("share", None, "Increase", "Orders")
    assert read[("52 percent", "Q2")].kind == "share"  # the earlier round's share, of its own time
    # a line with words after its figure is prose, read as written; so is a text that reports no survey
    prose = extract("Orders:\n\n• Increase: 60 percent from May\n\n• Decrease: 10 percent\n")
    assert prose[0].kind != "share"
    unpolled = extract(_POLL.format(up="60").replace("A survey of 200 bakers asked", "Bakers talked"))
    assert unpolled[0].kind != "share"


def test_the_answers_of_one_heading_and_round_add_up_to_100() -> None:
    assert flagged_of("shares_of_whole", _POLL.format(up="60")) == []
    assert flagged_of("shares_of_whole", _POLL.format(up="80")) != []  # 80 + 30 + 10 > 100
    # a whole scale adds up to 100: 40 + 30 + 10 leaves a fifth unsaid
    assert flagged_of("shares_of_whole", _POLL.format(up="40")) != []
    # answers that are no whole scale (two ways of three) only add up to no more than 100
    part = _POLL.format(up="40").replace("• Decrease: 10 percent (10 percent Q2)\n", "")
    assert flagged_of("shares_of_whole", part) == []


def test_the_figures_told_of_a_whole_s_make_up_are_its_parts() -> None:
    text = "今年上半年，该站共验放旅客80万余人次。在80万多的旅客构成中，本地居民占绝对比重，达到了近{part}万人次。"
    assert flagged_of("parts_vs_total", text.format(part="67")) == []
    assert flagged_of("parts_vs_total", text.format(part="97")) != []  # 近97万 of 80万多
    # no figure of the whole in the phrase: no whole to hold the parts
    assert flagged_of("parts_vs_total", text.format(part="97").replace("在80万多的旅客构成中", "在旅客构成中")) == []


def _bounds_of(text: str, value: float, qualifier: str) -> tuple[float, float]:
    from checks.relations.base import bounds
    return bounds({"text": text, "value": value, "qualifier": qualifier, "unit": "count",
                   "lower": value if qualifier == "over" else None, "upper": value if qualifier == "under" else None})


def test_a_figure_and_odd_stays_below_the_next_step_of_its_last_digit() -> None:
    assert _bounds_of("125万多", 1.25e6, "over") == (1.25e6, 1.26e6)
    assert _bounds_of("80万多", 8e5, "over")[1] == 8.1e5  # the odd below the magnitude's unit
    assert _bounds_of("300多万", 3e6, "over")[1] == 4e6  # the odd below the last digit's step
    assert _bounds_of("1.2万余", 1.2e4, "over")[1] == 1.3e4
    assert _bounds_of("超过125万", 1.25e6, "over")[1] == float("inf")  # a bound, no "odd"


def test_nearly_stays_closer_below_a_figure_of_more_digits() -> None:
    assert _bounds_of("近137万", 1.37e6, "under")[0] == 0.95 * 1.37e6
    assert _bounds_of("近40万", 4e5, "under")[0] == 0.8 * 4e5  # one digit: four fifths


def test_a_span_the_text_widens_its_view_to_is_the_period_of_what_follows() -> None:
    text = ("一季度，甲公司营收增长12%。然而，当时间轴拉长至上半年，形势急转直下。甲公司营收1500亿元，同比增长3.5%。")
    periods = [(c.text, c.period) for c in extract(text)]
    assert ("1500亿元", "上半年") in periods and ("12%", "一季度") in periods


def test_the_later_members_of_a_counted_breakdown_are_no_parts_of_the_first() -> None:
    text = ("11月份，在全县工业三大板块中，甲水泥公司完成产值1.5亿元，同比下降4%；县直工业完成0.5亿元，同比增长20%；"
            "开发区完成产值2.1亿元，同比增长8%。")
    owners = {c.text: (c.subject, c.segment) for c in extract(text)}
    assert owners["1.5亿元"] == ("甲水泥公司", None)
    assert owners["0.5亿元"] == (None, "县直工业") and owners["2.1亿元"][0] != "甲水泥公司"
    # a breakdown whose first figure is of the whole's owner keeps that owner for every member
    owned = extract("在三大产业中，全市第一产业完成增加值1.5亿元；第二产业完成增加值3.5亿元。")
    assert all(c.subject == "全市" for c in owned)


def test_a_numbered_ranking_s_names_are_members_of_the_quantity_told_before() -> None:
    text = ("前十名的厂商还有联想、小米和中兴，其市场份额分别是20.5%、15.5%和10.2%，表现抢眼。\n\n厂商榜单如下：\n\n"
            "1、联想(20.5%)\n\n2、小米(15.5%)\n\n3、中兴(10.2%)\n")
    listed = [(c.segment, c.metric) for c in extract(text)][3:]
    assert listed == [("联想", "市场份额"), ("小米", "市场份额"), ("中兴", "市场份额")]
    # two lines are no ranking: read as written
    assert [c.metric for c in extract("榜单如下：\n1、联想(20.5%)\n2、小米(15.5%)\n")] == ["联想", "小米"]


# Forms after the measurement of clean47 and planted46 (not blind)

def test_an_index_s_levels_are_no_parts_of_each_other() -> None:
    text = ("The index lost 3.04 points, closing at 72,761.20 points against 72,764.24 points the day before. It moved "
            "between a high of 73,260.08 points and a low of 72,707.95 points.")
    assert flagged_of("parts_vs_total", text) == []


def test_the_economy_s_growth_rate_is_no_company_s_revenue_rate() -> None:
    text = ("Growth will slow to 4.5 per cent from more than seven per cent in the past few years, as revenues from "
            "exports shrank, he said. Total revenues are projected at 225 billion pounds, compared with 290 billion "
            "pounds in the last budget.")
    assert flagged_of("growth_vs_levels", text) == []
    assert flagged_of("growth_vs_levels", text.replace("Growth will slow", "The growth rate will slow")) == []


def test_a_quarter_s_net_flow_may_exceed_the_half_year_s() -> None:
    text = "上半年经营性现金流净流入0.29万亿元，其中二季度单季净流入0.79万亿元，相较一季度由负转正。"
    assert flagged_of("parts_vs_total", text) == []
    # a flow that cannot be negative keeps its part below its whole
    assert flagged_of("parts_vs_total", "上半年营业收入0.29万亿元，其中二季度营业收入0.79万亿元。") != []


def test_the_sum_of_a_top_list_is_no_item_of_it() -> None:
    text = ("今年以来，募资前三名分别为甲、乙、丙，募资额分别为212.03亿元、110.72亿元、99.61亿元，"
            "前三名合计募资{total}亿元。")
    assert flagged_of("rank_vs_values", text.format(total="422.36")) == []
    assert flagged_of("rank_vs_values", text.replace("110.72", "310.72").format(total="622.36")) != []


def test_an_amount_restated_on_another_basis_is_not_what_a_sum_is_made_of() -> None:
    text = ("市本级一般公共预算支出168.23亿元，剔除一次性因素后，为165.61亿元，增长5.2%；加上转移性支出298.39亿元，"
            "支出合计{total}亿元。")
    assert flagged_of("parts_vs_total", text.format(total="466.62")) == []
    assert flagged_of("parts_vs_total", text.format(total="496.62")) != []


def test_shares_of_the_total_of_different_amounts_are_of_different_wholes() -> None:
    text = ("全省有幼儿园4747所，比上年增加510所，增长12.04%，占总数的68.08%；在园幼儿668596人，比上年增加44840人，"
            "占总数的{second}%。")
    assert flagged_of("shares_of_whole", text.format(second="67.68")) == []
    # shares of one total named after amounts of one unit stay one whole's
    same = "甲类幼儿园4747所，占总数的68.08%；乙类幼儿园3000所，占总数的{second}%。"
    assert flagged_of("shares_of_whole", same.format(second="45.1")) != []


def test_gainers_losers_and_the_unchanged_add_up_to_the_companies_traded() -> None:
    text = ("A total of 389 companies transacted their shares in the stock market; {up} of them recorded gains and 108 "
            "sustained losses, whereas the prices of 23 remained unchanged.")
    assert any(c.text == "258" and c.unit == "count" for c in extract(text.format(up="258")))  # "of them" counts
    assert flagged_of("parts_vs_total", text.format(up="258")) == []
    assert flagged_of("parts_vs_total", text.format(up="278")) != []
    # two ways of three: no more than the total
    two = text.replace(", whereas the prices of 23 remained unchanged", "")
    assert flagged_of("parts_vs_total", two.format(up="258")) == []
    assert flagged_of("parts_vs_total", two.format(up="298")) != []


def test_a_counter_s_head_owns_nothing() -> None:
    claims = extract("The number of registered unemployed fell 4.04 pct in May.")
    assert claims[0].subject != "number of"


def test_what_an_owner_has_is_the_quantity_not_the_owner() -> None:
    read = {c.text: (c.subject, c.metric) for c in extract("全省共有幼儿园6973所。全省有普惠性幼儿园4747所。")}
    assert read == {"6973所": ("全省", "幼儿园"), "4747所": ("全省", "普惠性幼儿园")}


def test_a_count_of_banks_is_no_part_of_their_total_size() -> None:
    text = "截至6月末，全国共有城商行125家。29家上市城商行总规模占城商行总规模的60%，达30万亿元。"
    assert flagged_of("share_vs_counts", text) == []
