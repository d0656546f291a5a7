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


def test_members_of_a_group_counted_by_what_became_of_them_are_each_no_more_than_it() -> None:
    text = "3月份，70个大中城市中，新房和二手房价格环比上涨城市分别有64个和57个。"
    assert _of("parts_vs_total", text) == []
    assert _of("parts_vs_total", text.replace("64个", "74个")) == ["70个 | 74个"]


def test_a_rate_named_by_its_deed_is_judged_when_the_deed_outnumbers_its_whole() -> None:
    text = "上半年，全国共受理消费者投诉615365件，解决497142件，投诉解决率80.79%。"
    assert _of("share_vs_counts", text) == []
    assert _of("share_vs_counts", text.replace("497142件", "697142件")) == ["697142件 | 615365件 | 80.79%"]


def test_the_parts_an_english_total_lists_after_of_which_are_no_more_than_it() -> None:
    text = ("In May, total sales were 20,655 units of which 15,419 units were cars; 4,966 units were trucks and 270 "
            "units were buses.")
    assert _of("parts_vs_total", text) == []
    assert _of("parts_vs_total", text.replace("15,419", "16,419")) == ["20,655 | 16,419 | 4,966 | 270"]
    assert _of("parts_vs_total", "It had a net loss of $0.5 billion, including a $0.7 billion charge and a $0.1 "
                                 "billion tax.") == []  # a net figure's items may exceed it


def test_a_poll_lead_in_words_puts_the_leader_s_share_first_and_higher() -> None:
    text = "She leads her rival among male voters 57 percent to 38 percent."
    assert _of("rank_vs_values", text) == []
    assert _of("rank_vs_values", text.replace("57 percent", "37 percent")) == ["37 percent | 38 percent"]
    assert _of("rank_vs_values", "She trails her rival among men 43 percent to 30 percent.") == []  # either way round


def test_a_lead_in_points_is_the_difference_of_the_two_shares() -> None:
    text = "She led by 12 percentage points, 50 to 38 percent."
    assert _of("growth_vs_levels", text) == []
    assert _of("growth_vs_levels", text.replace("50 to", "56 to")) == ["56 | 38 percent | 12 percentage points"]


def test_a_figure_compared_in_the_sentence_after_it_is_on_the_side_said() -> None:
    text = ("GDP grew by 2.54 per cent in the quarter. This growth rate was higher than the 2.25 per cent recorded a "
            "year earlier and higher than the second quarter's growth of 2.51 per cent.")
    assert _of("rank_vs_values", text) == []
    assert _of("rank_vs_values", text.replace("2.51", "2.71")) == ["2.54 per cent | 2.71 per cent"]
    assert _of("rank_vs_values", "GDP grew 2.5 per cent and exports rose 8 per cent. This rate was higher than the "
                                 "3.1 per cent of 2022.") == []  # which rate is not told


def test_the_red_team_s_false_alarms_of_the_stop_s_forms() -> None:
    # a ceiling a fine was brought down to is no move up
    assert _of("rank_vs_values", "The maximum fine was reduced to up to €5,000 from €20,000.") == []
    # two breakdowns of one total in one list after "of which", and two parts that may overlap
    assert _of("parts_vs_total", "In May, sales were 20,655 units of which 15,419 units were domestic; 12,100 units "
                                 "were cars and 8,555 units were trucks.") == []
    assert _of("parts_vs_total", "Sales were 20,655 vehicles of which 15,419 units were SUVs; 9,800 units were "
                                 "hybrids.") == []
    # a level reached below zero is no sign against its verb
    assert _of("rank_vs_values", "The balance increased to -2.1% of GDP from -3.4% of GDP a year earlier.") == []
    assert _of("rank_vs_values", "Approvals rose -2.2% in May.") == ["-2.2%"]


def test_a_lead_in_points_over_a_named_rival() -> None:
    text = "Barrett leads Walker by 3 points, 51 to 48 percent."
    assert _of("growth_vs_levels", text) == []
    assert _of("growth_vs_levels", text.replace("by 3", "by 5")) == ["51 | 48 percent | 5 points"]


def test_a_share_of_the_total_number_is_of_the_count_of_that_thing_and_a_target_met_is_no_plan() -> None:
    text = "上半年，全市共引进项目196个，完成年度目标任务的85.2%，其中工业项目140个，占总项目数的71.4%。"
    assert _of("share_vs_counts", text) == []
    assert _of("share_vs_counts", text.replace("71.4%", "61.4%")) == ["140个 | 196个 | 61.4%"]


def test_two_completions_of_unnamed_targets_are_no_restatement() -> None:
    text = "失业人员再就业12089人，完成目标任务的157%；就业困难人员就业4229人，完成目标任务的162.65%。"
    assert _of("restated", text) == []


def test_a_move_to_a_level_this_week_from_last_week_s() -> None:
    text = "The average rate fell to 6.1% this week from 6.8% last week."
    assert _of("rank_vs_values", text) == []
    assert _of("rank_vs_values", text.replace("6.1%", "7.1%")) == ["6.8% | 7.1%"]


def test_a_lead_written_with_a_dash_between_two_percents() -> None:
    text = "Smith leads Jones among women 47%-44%."
    assert _of("rank_vs_values", text) == []
    assert _of("rank_vs_values", "Smith leads Jones among women 44%-47%.") == ["44% | 47%"]
