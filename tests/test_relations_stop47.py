"""Forms read at stop 47, after its blind set was measured (sentences written for this test)."""

from __future__ import annotations

from .flags import flagged


def _of(relation: str, text: str) -> list[str]:
    return [texts for name, texts in flagged(text) if name == relation]


def test_a_move_in_words_between_two_levels_is_judged_past_a_rate_of_another_comparison() -> None:
    text = ("The median price increased to $215,100 in June from a revised $207,900 in May but was down 6.1% from a "
            "year ago, when the median was $229,000.")
    assert _of("rank_vs_values", text) == []
    assert _of("rank_vs_values", text.replace("$207,900", "$227,900")) == ["$227,900 | $215,100"]


def test_a_duration_moved_in_words_from_one_to_the_other_is_judged() -> None:
    text = "Inventory of unsold homes increased from 10.8 months in May to 11.1 months in June."
    assert _of("rank_vs_values", text) == []
    assert _of("rank_vs_values", text.replace("10.8", "11.8")) == ["11.8 months | 11.1 months"]


def test_up_to_a_level_from_another_is_a_move_not_a_ceiling() -> None:
    text = "Net earnings for the quarter were up to $237.0 million from $231.3 million a year earlier."
    assert _of("rank_vs_values", text) == []
    assert _of("rank_vs_values", text.replace("$237.0", "$227.0")) == ["$231.3 million | $227.0 million"]


def test_members_after_a_heading_that_names_what_they_divide_are_no_parts_of_the_figure_before() -> None:
    text = ("本月共办理工单2495件，其中逾期回复71件。工单分类：求决类1878件、咨询类267件、揭发控告类87件、"
            "其他类263件。")
    assert _of("parts_vs_total", text) == []


def test_a_share_of_one_of_two_totals_of_one_name_agrees_with_the_one_it_fits() -> None:
    text = ("新签约项目219个，总投资1115.2亿元。新落地项目159个，总投资614.9亿元。其中来自外省的新签约项目58个，"
            "总投资355.1亿元、占比31.8%。")
    assert _of("share_vs_counts", text) == []
    assert _of("share_vs_counts", text.replace("占比31.8%", "占比41.8%")) == ["355.1亿元 | 614.9亿元 | 41.8%"]
