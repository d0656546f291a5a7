"""Forms of stop 57, from the misses and false alarms of the planted and clean sets (not blind after the measurement),
on sentences written for these tests."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged
from tests.flags import flagged_of as _of


def _read(text: str, figure: str) -> dict:
    return next(vars(claim) for claim in extract(text) if claim.text == figure)


def test_a_rate_said_before_its_count_and_a_word_of_more_is_a_rise_of_the_level_before() -> None:
    text = "3,235 couples got married, which was 54% or {more} couples more than in December 2018."
    rate = _read(text.format(more="1,133"), "54%")
    assert (rate["kind"], rate["level_after"]) == ("growth", 3235.0)
    assert _of("growth_vs_levels", text.format(more="1,133")) == []
    assert _of("growth_vs_levels", text.format(more="1,533")) == ["1,533 | 3,235 | 54%"]
    # a verb between the count and "more" is no move of the rate: a share of respondents
    assert _read("About 54% or 1,533 respondents were more likely to buy.", "About 54%")["kind"] == "share"


def test_a_rate_after_a_counted_change_is_its_alternative() -> None:
    text = "Sales were 3,235 units, an increase of 1,133 units or {rate}% from a year earlier."
    assert _read(text.format(rate="54"), "54%")["kind"] == "growth"
    assert _of("growth_vs_levels", text.format(rate="54")) == []
    assert _of("growth_vs_levels", text.format(rate="64")) == ["1,133 | 3,235 | 64%"]


def test_bare_levels_of_a_ratio_told_as_against_an_earlier_census() -> None:
    text = ("Overall sex ratio at the national level has increased by {points} points to reach 940 at Census 2011 as "
            "against 933 in Census 2001.")
    assert [claim.text for claim in extract(text.format(points="7"))] == ["7 points", "940", "933"]
    assert _of("growth_vs_levels", text.format(points="7")) == []
    assert _of("growth_vs_levels", text.format(points="9")) == ["933 | 940 | 9 points"]


def test_a_second_bracketed_rival_is_read_against_the_own_rate_not_the_first_rival() -> None:
    text = ("1-3月，全市规模以上工业增加值同比增长0.8%，高于全国平均水平(-8.4%)9.2个百分点，"
            "高于全省平均水平(-0.9%){gap}个百分点。")
    assert _of("growth_vs_levels", text.format(gap="1.7")) == []
    assert _of("growth_vs_levels", text.format(gap="2.7")) == ["-0.9% | 0.8% | 2.7个百分点"]
    fall = "社会消费品零售总额同比下降11%，高于全国平均水平(-19%)12个百分点。"
    assert [message for message in _messages(fall)] == [
        "-11% against -19% is [7, 9] percentage points allowing for rounding; stated 12个百分点 higher"]


def _messages(text: str) -> list[str]:
    from checks.claims import claims_table
    from checks.documents import Document
    from checks.relations import relations_table

    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    return list(frame[frame["gap"] > 0]["arithmetic"])


def test_a_district_s_score_above_its_city_s_is_no_part_above_its_whole() -> None:
    score = "测评得分为79.92分。其中:市区范围测评得分为81.09分，郊区范围测评得分为77.20分。"
    assert _of("parts_vs_total", score) == []
    amount = "全市营收为79.92亿元。其中:市区营收为81.09亿元。"
    assert _of("parts_vs_total", amount) == ["79.92亿元 | 81.09亿元"]


def test_a_parallel_clause_s_firm_or_place_owns_the_quantity_of_the_clause_before() -> None:
    for text, owner in (("永辉超市净利润同比下降11%，国光连锁也同比大幅下滑35%。", "国光连锁"),
                        ("永辉超市净利润同比下降11%，国光连锁净利润同比下滑35%。", "国光连锁"),
                        ("上海营收增长5%，北京则增长6%。", "北京")):
        second = extract(text)[1]
        assert (second.subject, second.metric) == (owner, extract(text)[0].metric)
    imports = extract("全市出口增长5%，进口增长3%。")[1]
    assert (imports.subject, imports.metric) == ("全市", "进口")
    # a profit's fall beyond 100% is its owner's, so no impossible share of a quantity named after a firm
    assert flagged("第三季度，永辉超市净利润同比骤降811.60%，国光连锁也同比大幅下滑354.45%。") == []


def test_a_pronoun_is_no_owner_the_party_named_before_is() -> None:
    text = "Henderson County grew 7.2 percent. That's a difference of 7,693 people."
    assert _read(text, "7,693")["subject"] == "Henderson County"


def test_a_member_named_with_of_after_a_semicolon_is_a_member_not_the_total() -> None:
    text = ("This was followed by China with 126,785 arrivals; the United States of America with 82,617 arrivals; "
            "and Japan with 53,784 arrivals.")
    assert [claim.segment for claim in extract(text)] == ["China", "United States of America", "Japan"]
    assert flagged(text) == []


def test_likewise_is_no_part_of_the_subject() -> None:
    claim = _read("Taiwan likewise recorded 53,784 arrivals.", "53,784")
    assert claim["subject"] == "Taiwan"


def test_levels_moved_between_take_a_rate_named_by_its_initials_in_the_sentence_before() -> None:
    text = ("The company achieved a {rate} per cent growth in profit before tax. Its PBT grew from N107.070bn to "
            "N128.726bn in the period under review.")
    assert _read(text.format(rate="20.23"), "N128.726bn")["base_value"] == 107.07e9
    assert _of("growth_vs_levels", text.format(rate="20.23")) == []
    assert _of("growth_vs_levels", text.format(rate="25.23")) == ["N107.070bn | N128.726bn | 25.23 per cent"]
    # a span of prices is no move: no earlier level
    assert _read("Tickets cost from $10 to $20.", "$20")["base_value"] is None
    assert _read("净利润从1.2亿元增至1.5亿元。", "1.5亿元")["base_value"] == 1.2e8


def test_the_noun_after_an_amount_names_it_where_a_verb_comes_before() -> None:
    text = ("This followed a {rate} per cent rise in revenue, with the company realising N242.215bn revenue as "
            "against N208.909bn in the first half of 2014.")
    assert [c.metric for c in extract(text.format(rate="15.94"))] == ["revenue", "revenue", "revenue"]
    assert _of("growth_vs_levels", text.format(rate="15.94")) == []
    assert _of("growth_vs_levels", text.format(rate="19.94")) == ["N208.909bn | N242.215bn | 19.94 per cent"]
    assert _read("The company posted revenue of $242 million in the half.", "$242 million")["metric"] == "revenue"


def test_a_difference_of_linked_levels_is_their_change_and_its_rate_their_growth() -> None:
    text = ("Henderson County has grown from 106,692 people in April 2010 to 114,385 people in July of 2017. "
            "That's a difference of 7,693 people, or {rate} percent.")
    difference = _read(text.format(rate="7.2"), "7,693")
    assert (difference["kind"], difference["base_value"], difference["level_after"]) == ("change", 106692, 114385)
    assert _read(text.format(rate="7.2"), "7.2 percent")["kind"] == "growth"
    assert _of("growth_vs_levels", text.format(rate="7.2")) == []
    assert _of("growth_vs_levels", text.format(rate="9.2")) != []
    told = "Polk County grew {rate} percent, from 20,512 people to 21,030, or a difference of 518 people."
    assert _read(told.format(rate="2.5"), "518")["level_after"] == 21030
    assert _of("growth_vs_levels", told.format(rate="2.5")) == []
    assert _of("growth_vs_levels", told.format(rate="4.5")) != []


def test_the_same_period_s_level_named_or_counted_is_the_base_of_the_rate_after_it() -> None:
    counted = "今年上半年共受理了32家企业的IPO申请，而去年同期则受理了590家企业，同比降幅超过了{rate}%。"
    rate = _read(counted.format(rate="94"), "超过了94%")
    assert (rate["kind"], rate["base_value"], rate["level_after"]) == ("growth", 590, 32)
    assert _of("growth_vs_levels", counted.format(rate="94")) == []
    assert _of("growth_vs_levels", counted.format(rate="98")) == ["590家 | 32家 | 超过了98%"]
    named = "新股累计募集资金为2144.39亿元，去年同期募集资金2553.83亿元，同比下滑逾{rate}%。"
    assert _of("growth_vs_levels", named.format(rate="16")) == []
    assert _of("growth_vs_levels", named.format(rate="26")) == ["2553.83亿元 | 2144.39亿元 | 逾26%"]
    # the same period's change is no level: 较去年同期增加8亿元 is the amount the rate after it moved
    assert _read("营收为50亿元，较去年同期增加8亿元，同比增长19%。", "19%")["base_value"] is None


def test_a_downturn_from_last_season_s_total_is_the_rate_of_the_estimate_told_before() -> None:
    text = ("Skier visits this season are estimated to be 53.3 million. That is a {rate} percent downturn from last "
            "season's 54.8 million total.")
    assert _of("growth_vs_levels", text.format(rate="2.7")) == []
    assert _of("growth_vs_levels", text.format(rate="4.8")) == ["54.8 million | 53.3 million | 4.8 percent"]


def test_a_level_spent_on_something_then_up_over_its_earlier_level() -> None:
    text = ("Consumers intend to spend an average of $646 on gifts this holiday season, up {rate} percent over the "
            "$582 they planned to spend in 2012.")
    assert _of("growth_vs_levels", text.format(rate="11")) == []
    assert _of("growth_vs_levels", text.format(rate="21")) == ["$582 | an average of $646 | 21 percent"]


def test_a_figure_after_a_name_and_a_comma_in_a_list_is_no_whole_of_other_members() -> None:
    text = ("Arrivals rose. China with 85,948; Japan with 51,516; and Australia with 27,826. Also posting growth in "
            "visitor arrivals were Canada, 24,352; Taiwan, 21,926.")
    assert _of("parts_vs_total", text) == []
    whole = "Revenue was $24,352 million. North American sales were $15,000 million and international sales were " \
            "$12,000 million."
    assert "$24,352 million | $15,000 million | $12,000 million" in _of("parts_vs_total", whole)


def test_a_rate_with_the_levels_it_moved_between_in_brackets() -> None:
    text = "This year's levy increased by {rate} percent ($540,459,428 to $583,620,020)."
    rate = _read(text.format(rate="7.99"), "7.99 percent")
    assert (rate["kind"], rate["base_value"], rate["level_after"]) == ("growth", 540459428, 583620020)
    assert _of("growth_vs_levels", text.format(rate="7.99")) == []
    assert _of("growth_vs_levels", text.format(rate="9.99")) == ["$540,459,428 | $583,620,020 | 9.99 percent"]
    # a range of one quantity in brackets after a share stays a range
    assert _read("Sales rose 30 percent (5 to 7 percent a month).", "5 to 7 percent")["lower"] == 5
    # the amount it rose by, then its level: no earlier level
    assert _read("Wages were up 3.3% (+$0.99 to $31.06) year over year.", "3.3%")["base_value"] is None
    assert _read("Wages were up 3.3% (+$0.99 to $31.06) year over year.", "+$0.99")["value"] == 0.99  # no minus
    assert _of("growth_vs_levels", "Wages were up 3.3% (+$0.99 to $31.06) year over year.") == []


def test_places_listed_after_qizhong_add_up_to_no_more_than_the_total_before() -> None:
    text = ("10月3日，张家界市各景点共接待游客48.46万人次。其中，永定区接待游客{first}万人次；"
            "武陵源区接待游客24.5万人次；慈利县接待游客3.64万人次；桑植县接待游客2.25万人次。")
    assert _of("parts_vs_total", text.format(first="18.07")) == []
    assert "48.46万人次 | 28.07万人次 | 24.5万人次 | 3.64万人次 | 2.25万人次" in _of(
        "parts_vs_total", text.format(first="28.07"))


def test_percent_points_are_percentage_points() -> None:
    claim = _read("The index was 0.05 percent points lower than in June.", "0.05 percent points")
    assert claim["unit"] == "pp"


def test_a_rate_from_a_rate_is_no_growth_of_levels_and_links_no_level_across_a_clause() -> None:
    text = ("The Urban index rose by 16.04 percent (year-on-year) in July 2017, down by 0.11 percent point from 16.15 "
            "percent recorded in June, and the Rural index increased by 16.08 percent in July from 16.01 percent in "
            "June.")
    assert _read(text, "16.08 percent")["level_after"] is None
    assert _of("growth_vs_levels", text) == []


def test_a_peer_or_a_ranked_member_is_no_whole_of_the_members_listed_after_it() -> None:
    listed = ("Other countries in the top ten markets are Australia with 123,851; Canada with 114,605; the United "
              "Kingdom with 92,914; and Singapore with 64,951.")
    assert [claim.segment for claim in extract(listed)][:2] == ["Australia", "Canada"]
    for before in ("Taiwan also saw a double digit growth at 27.24 percent or 128,986 arrivals.",
                   "The United States ranks third with 472,469 arrivals, while Japan places fourth with 281,988."):
        assert _of("parts_vs_total", f"{before} {listed}") == []
    assert _of("parts_vs_total", f"Arrivals totalled 128,986. {listed}") != []


def test_a_naira_dividend_per_share_told_twice_with_two_values() -> None:
    text = ("MTN announced an interim dividend of N2.95 per share. The N{second} interim dividend would be for "
            "eligible shareholders.")
    assert [(c.text, c.unit, c.metric) for c in extract(text.format(second="2.95"))] == [
        ("N2.95", "NGN", "interim dividend"), ("N2.95", "NGN", "interim dividend")]
    assert _of("restated", text.format(second="2.95")) == []
    assert _of("restated", text.format(second="2.59")) == ["N2.95 | N2.59"]


def test_a_move_told_in_words_across_an_object_a_date_or_a_unit_word() -> None:
    for text, agrees, contradicts in (
            ("The company grew its revenue from N396bn in 2013 to N{later}bn in 2014.", "400", "392"),
            ("Administrative expenses rose to N{later}bn in the six months to June 30, 2015 from N17.295bn in the "
             "corresponding period a year ago.", "18", "13"),
            ("Local consumption improved to {later} million Kg against 31.75 million Kg in 2016.", "32", "27.5"),
            ("Local consumption rose marginally from 29.3 million Kg to {later} million Kg.", "29.7", "28.7")):
        assert _of("rank_vs_values", text.format(later=agrees)) == []
        assert len(_of("rank_vs_values", text.format(later=contradicts))) == 1


def test_an_order_continued_by_this_was_followed_by_in_the_next_sentence() -> None:
    text = ("South Korea remains the top source market with {first} visitors.\n\nThis was followed by China with "
            "126,785 arrivals; the United States of America with 82,617 arrivals; and Japan with {last} arrivals.")
    assert _of("rank_vs_values", text.format(first="176,185", last="53,784")) == []
    assert _of("rank_vs_values", text.format(first="116,185", last="53,784")) == ["116,185 | 126,785"]
    assert _of("rank_vs_values", text.format(first="176,185", last="93,784")) == ["82,617 | 93,784"]


def test_a_whole_named_short_is_the_amount_named_by_it_and_the_part_s_noun() -> None:
    text = "全国机动车保有量达4.17亿辆。汽车保有量达3.19亿辆，占机动车总量{rate}%。"
    assert _of("share_vs_counts", text.format(rate="76.5")) == []
    assert _of("share_vs_counts", text.format(rate="86.59")) == ["3.19亿辆 | 4.17亿辆 | 86.59%"]
    # 占全市接待总量: the city's visitors received, not the nearer count of the scenic spots' visitors
    visited = ("南京市共接待游客4437.34万人次。景区共接待游客3478.66万人次，同比上升99.15%。4A级以上景区共接待游客"
               "2935.30万人次，占全市接待总量66.15%。")
    assert _of("share_vs_counts", visited) == []


def test_shares_clause_by_clause_joined_by_commas_each_with_its_verb() -> None:
    text = ("In 2017, 71.5 percent of residential sales were on urban lots, 22.2 percent were on half-acre lots and "
            "{last} percent were on larger tracts.")
    assert [c.text for c in extract(text.format(last="6.3"))] == ["71.5 percent", "22.2 percent", "6.3 percent"]
    assert _of("shares_of_whole", text.format(last="6.3")) == []
    assert _of("shares_of_whole", text.format(last="14.9")) == ["71.5 percent | 22.2 percent | 14.9 percent"]


def test_a_group_s_share_doing_a_thing_and_its_share_not_doing_it() -> None:
    text = "调查中，61.5%的受访者称已经购买了今年春运车票，{rest}%的受访者还未购买。"
    assert _of("shares_of_whole", text.format(rest="38.5")) == []
    assert _of("shares_of_whole", text.format(rest="48.5")) == ["61.5% | 48.5%"]
    assert _of("shares_of_whole", "61%的受访者使用微信，58%的受访者使用支付宝。") == []  # two answers, both may hold


def test_a_rival_named_before_its_bracketed_rate_is_no_member() -> None:
    text = "全市社会消费品零售总额同比下降11%，高于全国平均水平(-19%)8个百分点，高于全省平均水平(-13%)2个百分点。"
    assert [claim.segment for claim in extract(text)] == [None] * 5
    listed = "只有银行(17.17%)、煤炭(8.05%)、公用事业(0.74%)三个行业上涨。"
    assert [claim.subject for claim in extract(listed)][:3] == ["银行", "煤炭", "公用事业"]


def test_a_numbered_item_s_label_owns_the_item() -> None:
    text = ("永辉超市前三季度累计亏损7.10亿元；中百集团累计亏损5.80亿元。以下这些企业具体表现: "
            "1、永辉超市:前三季度亏损7.1亿，营收下降22%。")
    assert [(c.text, c.subject) for c in extract(text)][-2:] == [("7.1亿", "永辉超市"), ("22%", "永辉超市")]
