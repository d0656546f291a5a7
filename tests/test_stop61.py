"""Forms of stop 61, from the misses and false alarms of the planted and clean sets (not blind after the measurement),
on sentences written for these tests."""

from __future__ import annotations

from tests.flags import flagged_of


def test_a_gap_in_points_against_the_two_rates_in_brackets_after_it() -> None:
    text = "The jobless rate of men exceeded women's by {gap} percentage points (6.2 percent for men and {women})."
    assert flagged_of("growth_vs_levels", text.format(gap="2.4", women="3.8 percent for women")) == []
    assert flagged_of("growth_vs_levels", text.format(gap="3.4", women="3.8 percent for women")) != []
    # the gap is the larger less the smaller, whichever the bracket tells first
    assert flagged_of("growth_vs_levels", text.format(gap="2.4", women="9.6 percent for women")) != []
    assert flagged_of("growth_vs_levels", text.format(gap="3.4", women="9.6 percent for women")) == []
    zh = "男性失业率比女性高{gap}个百分点（分别为6.2%和3.8%）。"
    assert flagged_of("growth_vs_levels", zh.format(gap="2.4")) == []
    assert flagged_of("growth_vs_levels", zh.format(gap="1.4")) != []


def test_a_bracket_with_a_third_figure_is_no_pair_of_rates() -> None:
    text = "Women trailed men by 5.0 percentage points (6.2 percent and 3.8 percent in 2019)."
    assert flagged_of("growth_vs_levels", text) == []


def test_a_fall_said_against_the_levels_in_brackets() -> None:
    text = ("Unemployed persons were estimated at 471,000 in May, a decrease compared with the month before "
            "({before} persons), as well as compared with May of last year ({year} persons).")
    assert flagged_of("rank_vs_values", text.format(before="482,000", year="505,000")) == []
    assert flagged_of("rank_vs_values", text.format(before="462,000", year="505,000")) != []
    assert flagged_of("rank_vs_values", text.format(before="482,000", year="455,000")) != []
    exports = "Exports came to 3.4 million tonnes, a rise on last year ({before} million tonnes)."
    assert flagged_of("rank_vs_values", exports.format(before="3.9")) != []
    assert flagged_of("rank_vs_values", exports.format(before="2.9")) == []
