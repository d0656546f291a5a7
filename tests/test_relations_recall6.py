"""Forms of the fifth planted set the relations missed (tuned on clean6/ after it was measured blind), each on
sentences written for this test, with its consistent neighbour that must not be flagged."""

from __future__ import annotations

from .flags import flagged

_PARAGRAPH = ("全市港口完成货物吞吐量5200万吨，增长3.1%。\n\n"
              "其中，外贸吞吐量1800万吨，增长2.0%；内贸吞吐量{inland}万吨，增长3.5%。")
_KINDS = ("节日期间全市共发送旅客920万人次，增长4%。其中，铁路客运量210万人次，增长9%；公路客运量{road}万人次，"
          "下降1%；水路客运量30万人次，增长2%；民航运送旅客60万人次，增长6%。")


def test_a_breakdown_that_opens_the_next_paragraph_is_held_against_the_total_before_it() -> None:
    assert flagged(_PARAGRAPH.format(inland="3100")) == []
    assert flagged(_PARAGRAPH.format(inland="3600")) == [("parts_vs_total", "5200万吨 | 1800万吨 | 3600万吨")]


def test_two_kinds_listed_clause_by_clause_after_an_opening_among_are_summed() -> None:
    text = "全市港口完成货物吞吐量5200万吨。其中，外贸吞吐量1800万吨，增长2.0%；内贸吞吐量{inland}万吨，增长3.5%。"
    assert flagged(text.format(inland="3100")) == []
    assert flagged(text.format(inland="3600")) == [("parts_vs_total", "5200万吨 | 1800万吨 | 3600万吨")]


def test_a_clause_after_an_among_that_follows_a_comma_is_a_quantity_of_its_own() -> None:
    text = "首年保费达620亿元，其中十年期保费达280亿元，增长12%；续期保费达1900亿元，增长6%。"
    assert flagged(text) == []


def test_the_kinds_that_end_alike_are_summed_up_to_the_first_that_does_not() -> None:
    assert flagged(_KINDS.format(road="600")) == []
    assert flagged(_KINDS.format(road="700")) == [
        ("parts_vs_total", "920万人次 | 210万人次 | 700万人次 | 30万人次")]


def test_a_rate_said_to_be_down_from_an_earlier_rate_with_a_month_and_year_between() -> None:
    text = "The jobless rate was {now}% in June 2021, down from 6.2% in May 2021."
    assert flagged(text.format(now="5.9")) == []
    assert flagged(text.format(now="6.5")) == [("rank_vs_values", "6.2% | 6.5%")]


def test_a_share_of_a_group_said_to_be_up_from_an_earlier_share_past_a_clause() -> None:
    text = "About {now}% of small firms have raised their prices, up from 18% in the spring."
    assert flagged(text.format(now="22")) == []
    assert flagged(text.format(now="15")) == [("rank_vs_values", "18% | About 15%")]


def test_a_figure_followed_by_a_rise_from_an_earlier_one() -> None:
    text = "Online sales made up {now} per cent of the total in May, a rise from 7.5 per cent in April."
    assert flagged(text.format(now="8.1")) == []
    assert flagged(text.format(now="7.1")) == [("rank_vs_values", "7.5 per cent | 7.1 per cent")]


def test_a_level_that_widened_to_a_figure_as_against_an_earlier_one() -> None:
    text = "The trade gap widened to ${now} billion as against $9.4 billion a year earlier."
    assert flagged(text.format(now="11.2")) == []
    assert flagged(text.format(now="8.2")) == [("rank_vs_values", "$9.4 billion | $8.2 billion")]


def test_a_level_that_fell_from_an_earlier_one_with_a_long_time_phrase_between() -> None:
    text = "Home sales fell from 3.1 million units in the second quarter a year ago to {now} million units."
    assert flagged(text.format(now="2.8")) == []
    assert flagged(text.format(now="3.3")) == [("rank_vs_values", "3.1 million | 3.3 million")]


def test_a_level_against_its_earlier_level_then_the_rate() -> None:
    text = "Operating profit at Rs 250 crore against Rs 200 crore, up {rate} per cent."
    assert flagged(text.format(rate="25")) == []
    assert flagged(text.format(rate="35")) == [("growth_vs_levels", "Rs 200 crore | Rs 250 crore | 35 per cent")]


def test_a_results_highlight_with_the_prior_year_in_brackets() -> None:
    text = "Group revenue £120.0m (2022: £100.0m) +{rate}% Dividend per share 5.0p (2022: 4.0p) +25.0%"
    assert flagged(text.format(rate="20.0")) == []
    assert flagged(text.format(rate="12.0")) == [("growth_vs_levels", "£100.0m | £120.0m | +12.0%")]


def test_the_prior_year_in_a_results_table_is_no_restatement_of_the_figure() -> None:
    text = "Final dividend 14.0p (2011: 11.5p), total dividend 18.0p (2011: 15.0p). The board proposes a final " \
           "dividend of {again}p, payable in July."
    assert flagged(text.format(again="14.0")) == []
    assert flagged(text.format(again="12.0")) == [("restated", "14.0p | 12.0p")]


def test_an_amount_per_unit_of_another_is_no_part_of_a_total() -> None:
    text = ("全省水稻单位面积产量6200公斤/公顷，增长1.0%；其中早稻单位面积产量{early}公斤/公顷，增长0.8%。")
    assert flagged(text.format(early="6500")) == []
    plain_parts = "全省粮食产量6200万吨，增长1.0%；其中早稻产量6500万吨，增长0.8%。"
    assert flagged(plain_parts) == [("parts_vs_total", "6200万吨 | 6500万吨")]


def test_a_gap_between_two_figures_is_no_part_of_another_gap() -> None:
    text = ("城镇受访者平均得分为72.5分，较农村受访者(74.0分)低1.5分。"
            "其中，农村受访者对药品的评价得分高于城镇{gap}分。")
    assert flagged(text.format(gap="8.2")) == []


def test_the_highest_since_a_year_compares_a_figure_with_its_past_not_with_its_neighbours() -> None:
    text = ("At home, the railway carried 41.0 million riders, up 1.8 percent from 2019 and the highest first-quarter "
            "figure since 2012. Abroad, it carried 6.2 million riders, up 4.1 percent from 2019 and also the highest "
            "first-quarter figure since 2012.")
    assert flagged(text) == []
    ranked = "Asia had the highest growth at 2.2 percent, followed by Europe at 3.5 percent."
    assert flagged(ranked) == [("rank_vs_values", "2.2 percent | 3.5 percent")]
