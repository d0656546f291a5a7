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
