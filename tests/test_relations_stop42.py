"""Forms read at stop 42 from the tuned sets' misses (sentences written for this test)."""

from __future__ import annotations

from .flags import flagged


def test_a_level_then_a_participle_to_a_later_level_is_a_move_told_in_words() -> None:
    text = "Annual inflation peaked in March at 6.1 per cent, falling to 5.2 per cent in April and 4.9 per cent in May."
    assert flagged(text) == []
    assert flagged(text.replace("5.2 per cent", "6.6 per cent")) == [("rank_vs_values", "6.1 per cent | 6.6 per cent")]
    rising = "Its share stood at 21.5% in June, rising to 23.0% in July."
    assert flagged(rising) == []
    assert flagged(rising.replace("23.0%", "20.0%")) == [("rank_vs_values", "21.5% | 20.0%")]


def test_a_verb_with_a_long_object_still_tells_the_move_from_the_earlier_level() -> None:
    text = ("In March, the bank had lowered the growth projection for the current fiscal year to 6.5 per cent from "
            "7.1 per cent earlier on account of weaker demand.")
    assert flagged(text) == []
    assert flagged(text.replace("7.1 per cent", "5.9 per cent")) == [
        ("rank_vs_values", "5.9 per cent | 6.5 per cent")]


def test_bounds_that_name_groups_are_no_level_stated_twice() -> None:
    text = ("2023届毕业生的平均期望月薪6100元。其中,5000元以下期望月薪的占比21.4%,高于上届的18.9%;"
            "8000元以上期望月薪的占比30.2%,低于上届的33.5%。")
    assert flagged(text) == []
    level = "2023届毕业生的平均期望月薪6100元以上。报告显示,2023届毕业生的平均期望月薪约4000元以下。"
    assert ("restated", "6100元以上 | 约4000元以下") in flagged(level)
