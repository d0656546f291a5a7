"""Forms of stop 55, from clean39's reviewed readings (not blind: read after their measurement), on sentences written
for these tests: a movement graded before its figure; the object a verb moved from one level to another; a ranking's
leader as its figure's owner; a poll's tally with one percent sign; a share
said in words to be a majority, or just over its words; a release's opening trade gap of no time; a revision."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged_of as _of


def _read(text: str, figure: str) -> dict:
    return next(vars(claim) for claim in extract(text) if claim.text == figure)


def test_a_movement_graded_before_its_figure_is_a_growth_of_the_quantity_that_moved() -> None:
    text = "Air arrivals grew a strong 9.9 percent to 667,874 from 607,986 last year."
    assert (_read(text, "9.9 percent")["kind"], _read(text, "9.9 percent")["metric"]) == ("growth", "Air arrivals")
    assert _read(text, "607,986")["metric"] == "Air arrivals"


def test_the_object_a_verb_moved_from_one_level_to_another_is_the_levels_quantity() -> None:
    text = "The Central Bank raised the policy rate from 19% to 22%."
    assert [_read(text, figure)["metric"] for figure in ("19%", "22%")] == ["policy rate", "policy rate"]
    assert _read("The Committee will raise the reserve requirement from 12 percent to 15 percent.",
                 "12 percent")["metric"] == "reserve requirement"


def test_a_ranking_s_leader_is_the_owner_of_its_figure() -> None:
    text = ("Texas leads all states with 37,443 MW of cumulative clean power capacity installed, followed by "
            "California (20,354 MW) and Iowa (11,394 MW).")
    leader = _read(text, "37,443 MW")
    assert (leader["subject"], leader["metric"]) == ("Texas", "cumulative clean power capacity")
    assert _read("Exports led all sectors with 5,000 MW.", "5,000 MW")["subject"] is None  # a quantity, no party


def test_a_poll_s_tally_with_one_percent_sign_is_two_shares() -> None:
    shares = [(c.text, c.value) for c in extract("Democrats say 83 - 13 percent that it is the bigger danger.")]
    assert shares == [("83", 83.0), ("13 percent", 13.0)]
    assert [c.text for c in extract("Rates will be 5 - 20 percent.")] == ["5 - 20 percent"]  # upwards: a range


def test_a_share_said_to_be_a_majority_is_more_than_half() -> None:
    assert _of("rank_vs_values", "A majority of Americans, 48 - 37 percent, think the nation is in danger.") \
        == ["48"]
    assert _of("rank_vs_values", "A majority of Americans, 58 - 37 percent, think the nation is in danger.") == []
    assert _of("rank_vs_values", "A minority of voters (41 percent) back the plan.") == []
    assert _of("rank_vs_values", "A minority of voters (61 percent) back the plan.") == ["61 percent"]


def test_a_share_said_to_be_just_over_its_words_lies_close_above_them() -> None:
    assert _of("restated", "More than half of firms (58%) cut jobs.") == []
    assert _of("restated", "Over two-thirds, or 64%, agreed.") == []  # writers round "over" loosely below
    assert _of("restated", "Just over half of adults (63 percent) expect it to worsen.") \
        == ["Just over half | 63 percent"]
    assert _of("restated", "Just over half of adults (53 percent) expect it to worsen.") == []


_TRADE = ("The Commerce Department said today the trade gap decreased 5.9 per cent to US$43.6 billion.\n\n"
          "In June, exports increased 1.2 per cent to US${exports} billion.\n\n"
          "Imports slipped 0.2 per cent to US$238.0 billion in June.")


def test_a_release_s_opening_trade_gap_of_no_time_is_its_sides_difference() -> None:
    assert _of("parts_vs_total", _TRADE.format(exports="194.4")) == []
    assert _of("parts_vs_total", _TRADE.format(exports="184.4")) == [
        "US$43.6 billion | US$184.4 billion | US$238.0 billion"]


def test_a_level_revised_slightly_down_is_of_the_quantity_revised() -> None:
    text = "May's trade deficit was revised slightly down to US$46.4 billion."
    assert _read(text, "US$46.4 billion")["metric"] == "trade deficit"


# Forms from clean40's false alarms (after its blind measurement)

def test_rates_coordinated_each_with_its_own_quantity() -> None:
    text = ("The company announced gains of 42 percent in total revenues and 52 percent in EBITDA. Revenues reached "
            "$143.7 million, versus $101.0 million last year.")
    assert (_read(text, "52 percent")["kind"], _read(text, "52 percent")["metric"]) == ("growth", "EBITDA")
    assert _of("growth_vs_levels", text) == []
    assert _of("growth_vs_levels", text.replace("42 percent", "32 percent")) != []


def test_a_whole_percent_written_cut_is_still_found() -> None:
    text = "福利彩票销售额为1747.84亿元，与2020年的2553.98亿元相比减少了806.14亿元，下降了{}%。"
    assert _of("growth_vs_levels", text.format("31.6")) == []
    assert _of("growth_vs_levels", text.format("31")) != []  # 31.56% written 31%: small, but told so


def test_parts_after_其中_are_of_the_whole_s_year_not_the_year_compared_with() -> None:
    text = ("2021年国内共销售彩票4738.45亿元，相比2020年减少639.95亿元。其中福利彩票销售额为1747.84亿元，与2020年的"
            "2553.98亿元相比减少了806.14亿元；体育彩票销售额为{sport}亿元，与2020年的2834.92亿元相比增加了166.19亿元。")
    assert _read(text.format(sport="2990.61"), "1747.84亿元")["period"] == "2021年"
    assert _of("parts_vs_total", text.format(sport="2990.61")) == []
    assert _of("parts_vs_total", text.format(sport="3001.11")) == ["4738.45亿元 | 1747.84亿元 | 3001.11亿元"]


def test_an_amount_since_the_year_s_start_is_no_move_of_a_rate_on_the_year() -> None:
    assert _of("growth_vs_levels", "9月末，全市各项存款余额12126.5亿元，同比增长7.7%，较年初增加908.7亿元。") == []


def test_a_stock_at_a_month_s_end_is_no_part_of_the_half_year_s_flow() -> None:
    text = "上半年，商品房销售面积59515万平方米，同比下降5.3%。6月末，商品房待售面积64159万平方米，同比增长17.0%。"
    assert _of("parts_vs_total", text) == []


def test_a_group_s_total_after_其中_is_no_part_of_one_member() -> None:
    text = ("1-7日，白帝城景区游客达4.75万人，接待收入达417.49万元；天坑地缝共接待1.94万人，收入达75.19万元；"
            "其中景区共接待8.97万人，门票收入达524.77万元。")
    assert _of("parts_vs_total", text) == []
    assert _of("parts_vs_total", text.replace("8.97万人", "5.97万人")) == ["5.97万人 | 4.75万人 | 1.94万人"]
    # (公共 is no 共: the tax revenue is a part of the revenue)
    assert _of("parts_vs_total", "全年一般公共预算地方收入4.81亿元，其中一般公共预算地方税收收入5.02亿元。") != []


def test_a_time_after_a_figure_compared_with_is_no_later_clause_s() -> None:
    text = ("Revenues reached $143.7 million, versus $101.0 million last year, and EBITDA was $61.5 million, compared "
            "with $40.4 million in the third quarter of 1999.")
    assert _read(text, "$61.5 million")["period"] is None
    assert _read(text, "$101.0 million")["period"] == "last year"


def test_a_rate_in_a_quantity_named_after_it_is_of_that_quantity() -> None:
    assert _read("The company saw gains of 4% in revenue.", "4%")["metric"] == "revenue"
    assert _read("The company saw gains of 4% in Europe.", "4%")["metric"] is None  # a place, no quantity


def test_a_gap_to_a_rival_whose_figure_stands_in_brackets_after_it() -> None:
    text = ("上半年全县居民人均可支配收入19017元，同比增长3.9%。人均可支配收入比全市低{gap}元（全市为21585元），"
            "增幅比全市低{points}个百分点（全市为5.4%）。")
    assert _of("growth_vs_levels", text.format(gap="2568", points="1.5")) == []
    assert _of("growth_vs_levels", text.format(gap="2968", points="1.5")) == ["21585元 | 19017元 | 2968元"]
    assert _of("growth_vs_levels", text.format(gap="2568", points="2.5")) == ["5.4% | 3.9% | 2.5个百分点"]


def test_the_states_split_by_which_way_a_figure_went_are_at_most_fifty_one() -> None:
    text = ("The national jobless rate dropped in August from 7.4 percent in July. {up} states as well as the "
            "District of Columbia had jobless rate increases compared to July. 17 states got decreases and 15 states "
            "had no changes.")
    assert _read(text.format(up="18"), "18")["value"] == 18  # July. 18: a sentence's end, no date
    assert _of("parts_vs_total", text.format(up="18")) == []
    assert _of("parts_vs_total", text.format(up="21")) == ["21 | 17 | 15"]


def test_an_amount_higher_by_so_much_than_a_figure_after_it() -> None:
    text = ("Production of rice is estimated at 115.63 million tonnes. It has increased by 2.87 million tonnes than "
            "the production of 112.76 million tonnes last year. It is also higher by {gap} million tonnes than the "
            "five years' average production of 107.80 million tonnes.")
    assert _of("growth_vs_levels", text.format(gap="7.83")) == []
    assert _of("growth_vs_levels", text.format(gap="9.83")) == ["107.80 million tonnes | 115.63 million tonnes | "
                                                              "9.83 million tonnes"]


def test_two_amounts_a_total_includes_are_no_more_than_it() -> None:
    text = ("Available liquidity of ${total} million includes $50.7 million in cash and $150.0 million of undrawn "
            "capacity under the revolving credit facility.")
    assert _of("parts_vs_total", text.format(total="200.7")) == []
    assert _of("parts_vs_total", text.format(total="180.7")) == ["$180.7 million | $50.7 million | $150.0 million"]


def test_规上_is_规模以上_shortened() -> None:
    text = "8月份，全国规模以上工业原煤产量3.9亿吨，同比下降3.2%；1—8月份，规上工业原煤产量{total}亿吨，同比增长2.8%。"
    assert _of("parts_vs_total", text.format(total="31.7")) == []
    assert _of("parts_vs_total", text.format(total="2.7")) == ["2.7亿吨 | 3.9亿吨"]


def test_a_title_case_headline_s_verb_owns_nothing() -> None:
    assert _read("Jobless Rates Remain or Fall in 32 States", "32")["subject"] is None


def test_a_scale_is_no_counter_and_相比于_a_time_compared_with() -> None:
    text = ("2021年，全国共有7.4亿人买了彩票，相比于2020年的6.7亿增长了7000万人，增长幅度达10%。"
            "其中，购买福利彩票的人有{n}亿。")
    assert _read(text.format(n="3.7"), "10%")["period"] == "2021年"
    assert _of("parts_vs_total", text.format(n="3.7")) == []
    assert _of("parts_vs_total", text.format(n="8.7")) == ["7.4亿人 | 8.7亿"]  # of the 7.4亿 people, not the 6.7亿


def test_a_count_passed_is_of_the_noun_after_it() -> None:
    text = "U.S. ski resorts topped 59 million skier and snowboarder visits this season."
    assert _read(text, "59 million")["metric"] == "skier and snowboarder visits"
    assert _read("The firm sold 200 cars and 30 trucks.", "200")["metric"] == "cars sold"  # a plural ends the noun


def test_a_poll_s_answers_of_more_the_same_and_less_are_no_more_than_everyone() -> None:
    text = ("Most respondents—{same} percent—say they plan to spend the same amount as last year and 27 percent say "
            "they'll cut back this year, compared to only 14 percent who plan to spend more.")
    assert _of("shares_of_whole", text.format(same="58")) == []
    assert _of("shares_of_whole", text.format(same="68")) == ["68 percent | 27 percent | 14 percent"]
