"""The arithmetic of the checks across claims: the bounds a figure allows, what two levels imply, sums of shares and
parts, GRIM, and how a bound or a sum is written for people. Texts written for these tests."""

from __future__ import annotations

import math

import pytest

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table
from checks.relations.base import bounds, distance, finite, interval_text, like, precision, short, signed
from checks.relations.grim import _grim_possible
from checks.relations.rounding import implied_change, precise
from tests.flags import flagged

INF = math.inf


def relations(text: str, undirected: str | None = None) -> list[dict]:
    table = claims_table([Document("t.txt", text, "t.txt")])
    if undirected is not None:  # as if the reading had found no direction for this figure
        table.loc[table["text"] == undirected, "direction"] = None
    return relations_table(table, {"t.txt": text}).to_dict("records")


def one(text: str, relation: str, undirected: str | None = None) -> dict:
    found = [r for r in relations(text, undirected) if r["relation"] == relation]
    assert len(found) == 1, found
    return found[0]


def claim(text: str, value: float, qualifier: str = "exact", **more: object) -> dict:
    bound = value if qualifier in ("exact", "approx") else None
    return {"text": text, "value": value, "qualifier": qualifier, "lower": more.pop("lower", bound),
            "upper": more.pop("upper", bound), **more}


# --- how bounds and sums are written ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "shown_value", "expected"), [
    ("12.1亿元", 1.21e9, 2.38e9, "23.8亿元"),
    ("$5.02 billion", 5.02e9, 5.8e9, "$5.8 billion"),
    ("约12亿元", 1.2e9, 1.25e9, "12.5亿元"),
    ("超过30亿元", 3e9, 3.15e9, "31.5亿元"),
    ("about $5 billion", 5e9, 5.8e9, "$5.8 billion"),
    ("About $5 billion", 5e9, 5.8e9, "$5.8 billion"),
    ("12亿元左右", 1.2e9, 1.3e9, "13亿元"),
    ("300多亿元", 3e10, 3.2e10, "320亿元"),
    ("5万余人", 5e4, 52000, "5.2万人"),
    ("1,234人", 1234, 2000.5, "2,000.5人"),
    ("1.5亿元", 1.5e8, 1e8 / 3, "0.333333亿元"),
    ("八成", 80, 1 / 3, "0.333333"),
    ("0人", 0, 1234.5678901, "1,234.56789"),
])
def test_a_sum_is_written_as_the_claim_writes_its_own(text: str, value: float, shown_value: float,
                                                      expected: str) -> None:
    assert like({"text": f" {text} ", "value": value}, shown_value) == expected


def test_bounds_are_short_for_people() -> None:
    assert short(19.72265) == "19.72"
    assert short(-19.72265) == "-19.72"
    assert short(3_115_000_000.4) == "3,115,000,000"
    assert short(1_234_567.891) == "1,234,568"
    assert short(999_999.4) == "999,999.4"
    assert short(-2_500_000.6) == "-2,500,001"
    assert short(1_000_000.4) == "1,000,000"
    assert interval_text((-INF, INF)) == "[−∞, ∞]"
    assert interval_text((1.5, 2.0)) == "[1.5, 2]"
    assert interval_text((-INF, 3.14159)) == "[−∞, 3.14]"
    assert interval_text((0.004, INF)) == "[0, ∞]"
    assert (finite(2.5), finite(INF), finite(-INF), finite(math.nan)) == (2.5, None, None, None)


# --- the interval of a figure ------------------------------------------------------------------------------------

def test_distance_between_intervals() -> None:
    assert distance((1.0, 2.0), (1.5, 3.0)) == 0.0
    assert distance((1.0, 2.0), (2.5, 3.0)) == 0.5
    assert distance((2.5, 3.0), (1.0, 2.0)) == 0.5
    assert distance((0.0, 10.0), (4.0, 5.0)) == 0.0
    assert distance((-INF, 1.0), (3.0, INF)) == 2.0


def test_a_fall_is_a_negative_change() -> None:
    assert signed({"direction": "down", "value": 5.0}, (4.5, 5.5)) == (-5.5, -4.5)
    assert signed({"direction": "down", "value": 0.0}, (0.0, 0.5)) == (-0.5, -0.0)
    assert signed({"direction": "down", "value": -5.0}, (-5.5, -4.5)) == (-5.5, -4.5)  # already signed
    assert signed({"direction": "up", "value": 5.0}, (4.5, 5.5)) == (4.5, 5.5)
    assert signed({"value": 5.0}, (4.5, 5.5)) == (4.5, 5.5)


def test_bounds_widen_by_the_last_digit_and_a_doubling_is_exact() -> None:
    assert precision(claim("翻番", 100.0)) == 0.0
    assert precision(claim("23%", 23.0)) == 0.5
    assert bounds(claim("23%", 23.0)) == (22.5, 23.5)
    assert bounds(claim("翻番", 100.0)) == (100.0, 100.0)
    assert bounds(claim("超八成", 80.0, "over", lower=80.0)) == (80.0, INF)


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("近五成", 50.0, (40.0, 50.0)), ("近0.5%", 0.5, (0.4, 0.5)), ("nearly 2 million", 2e6, (1.6e6, 2e6)),
    ("将近30%", 30.0, (24.0, 30.0))])
def test_nearly_is_close_below(text: str, value: float, expected: tuple[float, float]) -> None:
    assert bounds(claim(text, value, "under", upper=value)) == pytest.approx(expected)


def test_under_without_nearly_or_at_zero_is_open_below() -> None:
    assert bounds(claim("不到五成", 50.0, "under", upper=50.0)) == (-INF, 50.0)
    assert bounds(claim("近0", 0.0, "under", upper=0.0)) == (-INF, 0.0)
    assert bounds(claim("近五成", 50.0, "at_most", upper=50.0)) == (-INF, 50.0)


def test_bounds_are_worked_out_once_per_claim() -> None:
    figure = claim("23%", 23.0)
    assert bounds(figure) == (22.5, 23.5)
    figure["value"] = figure["lower"] = figure["upper"] = 99.0  # a later change does not move what was decided
    assert bounds(figure) == (22.5, 23.5)


# --- growth against levels ---------------------------------------------------------------------------------------

def test_two_rounded_levels_imply_a_change_with_their_rounding_combined() -> None:
    """1.2亿元 → 1.5亿元 is 25% ± 7 (root of the sum of squares), not 15–35% (README, "Rounding")."""
    low, high = implied_change((1.45, 1.55), (1.15, 1.25), lambda a, b: (a / b - 1) * 100, False)
    assert (low, high) == pytest.approx((18.1518, 31.8482), abs=1e-4)
    assert implied_change((38.5, 39.5), (34.5, 35.5), lambda a, b: a - b, False) == pytest.approx(
        (4 - 0.5 * 2 ** 0.5, 4 + 0.5 * 2 ** 0.5))


def test_levels_of_three_digits_allow_the_corners_of_their_rounding() -> None:
    """21.1 → 21.5 billion: 21.05 → 21.54 gives 2.3%, so a stated 2.3% holds; 1.2亿元 has two digits, 333亿元 three."""
    low, high = implied_change((21.45, 21.55), (21.05, 21.15), lambda a, b: (a / b - 1) * 100, True)
    assert low < 1.5 and 2.35 < high < 2.4  # (by the root alone: 1.56 to 2.23)
    assert implied_change((38.5, 39.5), (34.5, 35.5), lambda a, b: a - b, True) == pytest.approx((3.0, 5.0))
    assert precise([{"text": "Sh21.1 billion"}, {"text": "333亿元"}])
    assert not precise([{"text": "1.2亿元"}, {"text": "21.1"}])
    assert not precise([{"text": "1,200"}, {"text": "21.1"}])  # (trailing zeros say nothing of the rounding)
    assert [texts for name, texts in flagged("The net interest income grew by 2.3 per cent from Sh21.1 billion to "
                                             "Sh21.5 billion.") if name == "growth_vs_levels"] == []


def test_a_rate_against_two_levels() -> None:
    found = one("该市跨境电商交易额从1.2亿元增长到1.5亿元，增长35%。", "growth_vs_levels")
    assert (found["stated_low"], found["stated_high"]) == (34.5, 35.5)
    assert (found["implied_low"], found["implied_high"]) == pytest.approx((18.1518, 31.8482), abs=1e-4)
    assert found["gap"] == pytest.approx(2.651790518)
    assert found["arithmetic"] == "1.2亿元 and 1.5亿元 imply 25% ([18.15, 31.85] allowing for rounding); stated 35%"
    assert (found["doc"], found["metric"]) == ("t.txt", "跨境电商交易额")
    assert not found["mixed"]
    fine = one("该市跨境电商交易额从1.2亿元增长到1.5亿元，增长30%。", "growth_vs_levels")
    assert fine["gap"] == 0


def test_a_fall_against_two_levels() -> None:
    found = one("公司第三季度营收7.42亿元，较去年同期的8.65亿元下滑24.2%。", "growth_vs_levels")
    assert (found["stated_low"], found["stated_high"]) == pytest.approx((-24.25, -24.15))
    assert (found["implied_low"], found["implied_high"]) == pytest.approx((-14.3271, -14.1122), abs=1e-4)
    assert found["gap"] == pytest.approx(24.15 - 14.327069341)
    assert found["arithmetic"] == ("8.65亿元 and 7.42亿元 imply -14.22% ([-14.33, -14.11] allowing for rounding); "
                                   "stated 24.2% down")
    assert one("公司第三季度营收7.42亿元，较去年同期的8.65亿元下滑14.2%。", "growth_vs_levels")["gap"] == 0


def test_a_change_without_a_direction_is_read_the_way_the_levels_moved() -> None:
    """Unsigned 20% against levels that fell by 20% agrees (a fall of 20%); against a fall of 5% it does not: the
    figure is +20% or −20%, never anything in between."""
    text = "该市交易额从1.5亿元下降到1.2亿元，下降{}。"
    found = one(text.format("20%"), "growth_vs_levels", undirected="20%")
    assert (found["stated_low"], found["stated_high"]) == pytest.approx((-20.5, -19.5))
    assert found["gap"] == 0
    assert found["arithmetic"].endswith("stated 20%")
    tiny = one(text.format("0.5%"), "growth_vs_levels", undirected="0.5%")
    assert (tiny["stated_low"], tiny["stated_high"]) == pytest.approx((-0.55, -0.45))
    small = one("该市交易额从1.05亿元下降到1.0亿元，下降{}。".format("20%"), "growth_vs_levels", undirected="20%")
    assert small["gap"] > 10
    rise = one("该市交易额从1.2亿元增长到1.5亿元，增长25%。", "growth_vs_levels", undirected="25%")
    assert (rise["stated_low"], rise["stated_high"]) == pytest.approx((24.5, 25.5))


def test_percentage_points_against_two_rates() -> None:
    found = one("全市森林覆盖率从35%提高到38%，提高了5个百分点。", "growth_vs_levels")
    assert (found["implied_low"], found["implied_high"]) == pytest.approx((3 - 0.5 ** 0.5, 3 + 0.5 ** 0.5))
    assert found["gap"] == pytest.approx(4.5 - (3 + 0.5 ** 0.5))
    assert found["arithmetic"] == ("35% and 38% imply 3 percentage points ([2.29, 3.71] allowing for rounding); "
                                   "stated 5个百分点")
    assert one("全市森林覆盖率从35%提高到38%，提高了3个百分点。", "growth_vs_levels")["gap"] == 0


def test_percent_written_for_percentage_points() -> None:
    found = one("全市森林覆盖率从35%提高到38%，提高了3%。", "percent_vs_pp")
    assert found["mixed"] and found["gap"] == 0
    assert (found["stated_low"], found["stated_high"]) == (2.5, 3.5)
    assert found["arithmetic"] == ("35% and 38%: a change of [2.29, 3.71] percentage points, [6.45, 10.7]% in "
                                   "relative terms; 3% looks like percentage points written as percent")
    assert (found["doc"], found["metric"]) == ("t.txt", "森林覆盖率")
    relative = one("全市森林覆盖率从35%提高到38%，提高了8.6%。", "growth_vs_levels")  # a relative change: no mix-up
    assert relative["gap"] == 0 and not relative["mixed"]
    assert relative["arithmetic"] == "35% and 38% imply 8.57% ([6.45, 10.7] allowing for rounding); stated 8.6%"
    neither = one("全市森林覆盖率从35%提高到38%，提高了20%。", "growth_vs_levels")  # wrong either way: not a mix-up
    assert neither["gap"] == pytest.approx(8.803314898) and not neither["mixed"]


def test_a_multiple_against_two_levels() -> None:
    found = one("公司营收从20亿元增长到60亿元，增长了2倍。", "growth_vs_levels")
    assert (found["stated_low"], found["stated_high"]) == (1.5, 2.5)
    # 增长了2倍 is a rise by 2 times: 60 is 3 times 20, 2 times more
    assert (found["implied_low"], found["implied_high"]) == pytest.approx((59.5 / 20.5 - 1, 60.5 / 19.5 - 1))
    assert found["arithmetic"] == ("20亿元 and 60亿元 imply 2 times more ([1.9, 2.1] allowing for rounding); "
                                   "stated 2倍")


def test_an_amount_of_change_against_two_levels() -> None:
    found = one("公司营收从20亿元增至60亿元，增加40亿元。", "growth_vs_levels")
    assert found["gap"] == 0
    assert (found["implied_low"], found["implied_high"]) == pytest.approx((4e9 - 0.5e8 * 2 ** 0.5,
                                                                           4e9 + 0.5e8 * 2 ** 0.5))
    assert found["arithmetic"].startswith("20亿元 and 60亿元 imply 4,000,000,000 CNY ([3,929,289,322, 4,070,710,678]")
    wrong = one("公司营收从20亿元增至60亿元，增加30亿元。", "growth_vs_levels")
    assert wrong["gap"] == pytest.approx(4e9 - 0.5e8 * 2 ** 0.5 - 3.05e9)


def test_a_rate_against_a_level_and_the_amount_it_rose_by() -> None:
    found = one("营收增加7.24亿元，达56.15亿元，增长14.8%。", "growth_vs_levels")
    # before = 56.15 − 7.24 = 48.91 (each ± its rounding, to the corners): 14.8% ([14.77, 14.84])
    assert (found["implied_low"], found["implied_high"]) == pytest.approx((14.7690, 14.8364), abs=1e-4)
    assert found["gap"] == 0
    assert one("营收增加7.24亿元，达56.15亿元，增长18.4%。", "growth_vs_levels")["gap"] > 3


def test_an_average_annual_rate_needs_both_years() -> None:
    assert relations("全国居民人均可支配收入比1978年实际增长22.8倍，年均实际增长8.5%。") == []
    assert relations("2017年全国居民人均可支配收入实际增长22.8倍，年均实际增长8.5%。") == []


def test_an_average_annual_rate_against_a_cumulative_multiple() -> None:
    found = one("2017年全国居民人均可支配收入比1978年实际增长22.8倍，年均实际增长8.5%。", "growth_vs_levels")
    assert (found["implied_low"], found["implied_high"]) == pytest.approx(
        ((23.75 ** (1 / 39) - 1) * 100, (23.85 ** (1 / 39) - 1) * 100))
    assert found["arithmetic"].startswith("22.8倍 over 39 years is [8.46, 8.47]% a year")
    assert found["gap"] == 0
    faster = "2017年全国居民人均可支配收入比1978年实际增长22.8倍，年均实际增长9.5%。"
    assert one(faster, "growth_vs_levels")["gap"] > 0.9


# --- sums of shares and of parts ---------------------------------------------------------------------------------

def test_shares_of_one_whole_above_100() -> None:
    found = one("今年双11期间，一线、二线、三线城市的订单分别占38%、45%和22%。", "shares_of_whole")
    assert (found["stated_low"], found["stated_high"]) == (103.5, 106.5)
    assert (found["implied_low"], found["implied_high"]) == (0.0, 100.0)
    assert found["gap"] == 3.5
    assert found["arithmetic"].startswith("38% + 45% + 22% = 105% > 100% (at least 103.5% allowing for rounding) "
                                          "(shares of one whole: ")
    assert (found["doc"], found["metric"]) == ("t.txt", "订单")
    just_over = one("三个城市的订单分别占50.4%、30.3%和20.1%。", "shares_of_whole")
    assert just_over["gap"] == pytest.approx(0.65)
    assert "= 100.8% > 100% (at least 100.65% allowing for rounding)" in just_over["arithmetic"]


def test_shares_of_an_incomplete_whole_may_add_up_to_less() -> None:
    found = one("两个城市的订单分别占20%和30%。", "shares_of_whole")
    assert (found["stated_low"], found["stated_high"], found["gap"]) == (19.5 + 29.5, 20.5 + 30.5, 0.0)
    assert found["arithmetic"].startswith("20% + 30% = 50% ≤ 100% (shares of one whole")


def test_shares_within_rounding_of_100_pass() -> None:
    found = one("三个城市的订单分别占33.4%、33.3%和33.4%。", "shares_of_whole")
    assert found["gap"] == 0
    assert found["arithmetic"].startswith("33.4% + 33.3% + 33.4% = 100.1% ≤ 100% (shares of one whole")


def test_the_members_of_a_whole_partition_make_100() -> None:
    found = one("报告显示，线上渠道销售额占比为52%，线下渠道占比为38%。", "shares_of_whole")
    assert (found["stated_low"], found["stated_high"]) == (89.0, 91.0)
    assert (found["implied_low"], found["implied_high"]) == (100.0, 100.0)
    assert found["gap"] == 9.0
    assert found["arithmetic"] == ("52% + 38% = 90% ≠ 100% (at most 91% allowing for rounding) "
                                   "(shares of one whole: 线上/线下)")
    assert one("报告显示，线上渠道销售额占比为62%，线下渠道占比为38%。", "shares_of_whole")["gap"] == 0
    short_of = one("报告显示，线上渠道销售额占比为52.5%，线下渠道占比为38.2%。", "shares_of_whole")
    assert "= 90.7% ≠ 100% (at most 90.8% allowing for rounding)" in short_of["arithmetic"]
    over = one("报告显示，线上渠道销售额占比为62%，线下渠道占比为43%。", "shares_of_whole")
    assert over["gap"] == 4.0 and "> 100% (at least 104% allowing for rounding)" in over["arithmetic"]


def test_a_negative_share_counts_as_none_in_the_sum() -> None:
    found = one("一线、二线城市的订单分别占-5%和104%。", "shares_of_whole")
    assert found["stated_low"] == 103.5  # max(0, −5.5) + 103.5
    assert found["gap"] == 3.5


def test_the_members_of_a_whole_breakdown_make_the_total() -> None:
    text = "全市实现地区生产总值1.2万亿元。第一产业增加值300亿元，第二产业增加值4000亿元，第三产业增加值8700亿元。"
    found = one(text, "parts_vs_total")
    assert (found["stated_low"], found["stated_high"]) == (1_299_850_000_000.0, 1_300_150_000_000.0)
    assert (found["implied_low"], found["implied_high"]) == (1.15e12, 1.25e12)
    assert found["gap"] == pytest.approx(4.985e10)
    assert found["arithmetic"] == ("300亿元 + 4000亿元 + 8700亿元 = 1.3万亿元 ≠ total 1.2万亿元; with rounding the "
                                   "parts allow 1.29985万亿元 to 1.30015万亿元")
    assert (found["doc"], found["metric"]) == ("t.txt", "地区生产总值")
    fine = one(text.replace("1.2万亿元", "1.3万亿元"), "parts_vs_total")
    assert fine["gap"] == 0
    assert fine["arithmetic"] == "300亿元 + 4000亿元 + 8700亿元 = 1.3万亿元 = total 1.3万亿元"


def test_a_listed_whole_below_its_total() -> None:
    found = one("线上、门店、批发渠道分别实现销售额12.1亿元、8.4亿元和3.3亿元，全年销售额合计25.8亿元。",
                "parts_vs_total")
    assert found["gap"] == pytest.approx(2.575e9 - 2.395e9)
    assert found["arithmetic"].endswith("; with rounding the parts allow 23.65亿元 to 23.95亿元")


def test_quarters_are_at_most_the_year() -> None:
    text = "公司一季度营收20亿元，二季度营收25亿元，三季度营收30亿元，四季度营收28亿元，全年合计营收100亿元。"
    found = one(text, "parts_vs_total")
    assert (found["stated_low"], found["stated_high"]) == (1.01e10, 1.05e10)
    assert math.isnan(found["implied_low"]) and found["implied_high"] == 1.005e10
    assert found["gap"] == pytest.approx(5e7)
    assert found["arithmetic"] == "20亿元 + 25亿元 + 30亿元 + 28亿元 = 103亿元 > total 100亿元"
    fine = one(text.replace("100亿元", "110亿元"), "parts_vs_total")
    assert fine["gap"] == 0
    assert fine["arithmetic"] == "20亿元 + 25亿元 + 30亿元 + 28亿元 = 103亿元 ≤ total 110亿元"


# --- GRIM --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "size", "decimals", "possible"), [
    (37.0, 15, 0, False), (40.0, 15, 0, True), (33.0, 15, 0, True), (0.0, 15, 0, True), (100.0, 15, 0, True),
    (15.69, 663, 2, True), (15.69, 1000, 2, False), (15.7, 1000, 2, True), (66.67, 3, 2, True),
    (66.66, 3, 2, False), (101.0, 15, 0, False),
    (-1.0, 15, 0, False), (6.7, 15, 1, True), (6.6, 15, 1, False), (3.3, 30, 1, True), (50.0, 10, 0, True),
    (45.0, 11, 0, True), (13.0, 8, 0, True), (12.0, 8, 0, True), (0.5, 182, 1, True), (5.0, 10, 0, False),
    (95.0, 10, 0, False), (10.0, 10, 0, True), (90.0, 10, 0, True),
])
def test_grim_a_percentage_is_possible_when_some_count_of_the_sample_rounds_to_it(value, size, decimals,
                                                                                  possible) -> None:
    assert _grim_possible(value, size, decimals) is possible


def test_grim_in_a_survey() -> None:
    found = one("本次调查共访问了15名受访者，其中37%的受访者表示满意。", "grim")
    assert found["possible"] is False or found["possible"] == 0
    assert found["arithmetic"] == "37% of 15 (15名) is 5.55; 6 of 15 would be 40%"
    assert one("本次调查共访问了15名受访者，其中40%的受访者表示满意。", "grim")["possible"]
