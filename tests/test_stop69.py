"""Stop 69's forms, each on sentences written for these tests (none copied from a passage).

Read before stop 69's blind set (clean52, planted51) was committed, from planted sets measured before it: the three
answers of a survey question with no other, the later ones leaving out the group and the question; a fall told as an
amount and a rate, then the level it reached; a move to a level "as compared to" the earlier; a busiest day told in
the average's sentence after a comma."""

from __future__ import annotations

from tests.flags import flagged_of

SURVEY = ("其中，31.2%的经理人认为行业景气“偏冷”，62.5%认为“正常”，6.3%认为“偏热”。"
          "另有25.0%的经理人认为本季订单较上季“增加”，55.0%认为“持平”，20.0%认为“减少”。")


def test_the_three_answers_of_a_survey_question_add_to_100() -> None:
    assert not flagged_of("shares_of_whole", SURVEY)
    # 62.5% → 52.5%: the three answers leave a tenth of the managers out, so they no longer add to 100%
    assert flagged_of("shares_of_whole", SURVEY.replace("62.5%", "52.5%")) == ["31.2% | 52.5% | 6.3%"]
    assert flagged_of("shares_of_whole", SURVEY.replace("55.0%", "65.0%")) == ["25.0% | 65.0% | 20.0%"]


def test_answers_that_are_not_the_whole_set_may_add_to_less() -> None:
    text = "其中，31.2%的经理人认为行业景气“偏冷”，52.5%认为“尚可”，6.3%认为“偏热”。"
    assert not flagged_of("shares_of_whole", text)
    assert flagged_of("shares_of_whole", text.replace("52.5%", "72.5%")) == ["31.2% | 72.5% | 6.3%"]


def test_answers_to_two_questions_are_not_one_whole() -> None:
    text = "调查显示，57.4%的经理人认为行业景气“偏冷”，59.3%的经理人认为企业经营状况“一般”。"
    assert not flagged_of("shares_of_whole", text)


def test_a_fall_as_amount_and_rate_then_the_level_it_reached() -> None:
    text = ("In May, visitor numbers dropped by 2,400 or 3.0 per cent over the same month a year earlier and "
            "reached 77,600.")
    assert not flagged_of("growth_vs_levels", text)
    assert flagged_of("growth_vs_levels", text.replace("3.0 per cent", "5.0 per cent")) == [
        "77,600 | 2,400 | 5.0 per cent"]


def test_a_move_as_compared_to_the_earlier_level() -> None:
    text = "Exports in the ten months dipped to 180 million kg as compared to 214 million kg a year earlier."
    assert not flagged_of("rank_vs_values", text)
    assert flagged_of("rank_vs_values", text.replace("214 million", "174 million")) == [
        "174 million | 180 million"]


def test_a_busiest_day_after_a_comma_below_the_daily_average() -> None:
    text = "假期全国口岸共保障1200万人次出入境，日均150万人次，同比增长8%，单日最高峰出现在5月3日，达170万人次。"
    assert not flagged_of("rank_vs_values", text)
    assert flagged_of("rank_vs_values", text.replace("170万人次", "140万人次")) == ["150万人次 | 140万人次"]


def test_a_listed_holiday_before_the_comma_is_not_a_list_of_peaks() -> None:
    text = "今年春节、元宵假期日均客流150万人次，单日最高峰出现在2月3日，达140万人次。"
    assert flagged_of("rank_vs_values", text) == ["150万人次 | 140万人次"]
