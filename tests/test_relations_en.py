"""English readings the relations wait on, each on a sentence written for this test: the levels a change joins,
the places a ranking gives, and the wholes and parts an English text names."""

from __future__ import annotations

import pytest

from checks import extract

from .flags import flagged


def test_a_revised_earlier_level_is_the_base_of_a_change() -> None:
    claims = extract("The city's budget gap narrowed by 12% to $44 billion from a revised $50.1 billion in May.")
    assert claims[0].level_after == pytest.approx(44e9)
    assert claims[0].base_value == pytest.approx(50.1e9)


def test_a_change_stated_after_its_from_and_to_levels_in_years() -> None:
    claims = extract("The enrolment rate went up from 52.36 per cent in 2010 to 61.47 per cent in 2020 — showing "
                     "an increase of 9.11 percentage points.")
    change = next(c for c in claims if c.kind == "change")
    assert (change.base_value, change.level_after) == (52.36, 61.47)


def test_points_written_as_percent_after_the_from_and_to_levels() -> None:
    text = ("The enrolment rate went up from 52.36 per cent in 2010 to 61.47 per cent in 2020 — showing an "
            "increase of 9.11 per cent.")
    assert [r[0] for r in flagged(text)] == ["percent_vs_pp"]


def test_a_change_to_a_level_takes_its_base_from_the_sentence_that_restates_the_movement() -> None:
    text = ("The enrolment rate has increased by 9.11 per cent in the past decade to touch 61.47 per cent.\n\n"
            "The rate went up from 52.36 per cent in 2010 to 61.47 per cent in 2020, an increase of 9.11 "
            "percentage points.")
    assert ("percent_vs_pp", "52.36 per cent | 61.47 per cent | 9.11 per cent") in flagged(text)
    right = text.replace("9.11 per cent in the", "9.11 percentage points in the")
    assert flagged(right) == []


def test_basis_points_written_as_percent() -> None:
    text = "The central bank cut its policy rate by 50 per cent from the present 4.5 per cent to 4 per cent."
    assert [r[0] for r in flagged(text)] == ["percent_vs_pp"]
    assert flagged(text.replace("50 per cent", "50 basis points")) == []


def test_places_told_one_paragraph_each_are_one_ranking() -> None:
    text = ("The Orbit hatchback was the second best selling model with 14,210 units.\n\n"
            "The Pico sedan retained third position, selling 15,102 units.\n\n"
            "The Tarn SUV stood at fourth position with sales of 11,870 units.")
    assert ("rank_vs_values", "second | 14,210 | third | 15,102") in flagged(text)
    assert flagged(text.replace("15,102", "13,102")) == []


def test_a_ranking_from_the_bottom_is_not_held_to_the_top_order() -> None:
    text = ("Delta had the second lowest jobless rate at 3.1 per cent.\n\n"
            "Ridge had the third lowest rate at 3.4 per cent.")
    assert flagged(text) == []


def test_the_one_followed_by_another_is_ahead_of_it() -> None:
    text = "Norland led the survey at 71.2 per cent, followed by Eastmoor at 74.5 per cent."
    assert ("rank_vs_values", "71.2 per cent | 74.5 per cent") in flagged(text)
    assert flagged(text.replace("74.5", "64.5")) == []


def test_followed_at_the_bottom_of_an_order_comes_next_from_below() -> None:
    text = "Westmere stayed at the bottom of the table at 48.3 per cent, followed by Southvale at 51.0 per cent."
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("51.0", "45.0"))] == ["rank_vs_values"]


def test_a_follower_named_with_its_leader_is_held_to_the_leaders_value() -> None:
    text = ("Norland, with 81.4 per cent, keeps the top spot among regions.\n\n"
            "Eastmoor followed Norland with a rate of 84.9 per cent.")
    assert ("rank_vs_values", "81.4 per cent | 84.9 per cent") in flagged(text)
    assert flagged(text.replace("84.9", "79.9")) == []


def test_a_bulleted_list_said_to_be_in_descending_order() -> None:
    text = ("Towns with the fastest rent rises were, in descending order:\n- Ashby (9.12 per cent);\n"
            "- Brill (7.40 per cent); and\n- Corrin (8.05 per cent).\nRents elsewhere rose 2 per cent.")
    assert ("rank_vs_values", "7.40 per cent | 8.05 per cent") in flagged(text)
    assert flagged(text.replace("8.05", "6.05")) == []


def test_an_inline_list_in_ascending_order() -> None:
    text = "Fees rose at three clinics, in ascending order: Ely at 2.1%, Fenn at 3.4% and Gart at 3.0%."
    assert ("rank_vs_values", "3.4% | 3.0%") in flagged(text)


def test_a_count_and_its_share_in_a_tables_row_are_of_the_total_row() -> None:
    text = ("The ballot results: Total number of members balloted: 640 Number of members voting: 416 75.0% "
            "Number of members voting YES 300 46.9%")
    assert ("share_vs_counts", "416 | 640 | 75.0%") in flagged(text)
    assert flagged(text.replace("75.0%", "65.0%")) == []


def test_a_count_names_its_breakdown_member_after_it() -> None:
    claims = extract("Of the 9,310 pupils, 4,402 boys and 4,908 girls sat the test.")
    assert [c.segment for c in claims] == [None, "boys", "girls"]
    rates = extract("About 72.5% boys and 80.1% of girls passed.")
    assert [c.segment for c in rates] == [None, None]  # a rate within each group, not a part of one whole


def test_a_total_with_its_whole_breakdown_after_a_dash() -> None:
    text = "In all 9,310 pupils sat the test – 4,402 boys and 5,908 girls."
    assert [r[0] for r in flagged(text)] == ["parts_vs_total"]
    assert flagged(text.replace("5,908", "4,908")) == []
    assert flagged("In all 9,310 pupils sat the test – 4,402 boys and 5,908 teachers.") == []


def test_a_share_in_words_and_in_figures_beside_it() -> None:
    text = "Half of the city's water (61.2%) now comes from the new reservoir."
    assert [r[0] for r in flagged(text)] == ["restated"]
    assert flagged(text.replace("61.2%", "51.2%")) == []
    assert flagged("A third of members (32%) voted.") == []  # words are a rounding of their own
    assert flagged("Over two-thirds, or 64%, agreed.") == []  # a bound in words is loose


def test_one_point_change_told_twice_reaches_one_level() -> None:
    text = ("The pass rate has risen by 7.35 percentage points in the last decade to reach 81.02 per cent.\n\n"
            "It went up from 71.67 per cent in 2012 to 79.02 per cent in 2022, an increase of 7.35 percentage "
            "points.")
    assert ("restated", "81.02 per cent | 79.02 per cent") in flagged(text)
    assert flagged(text.replace("81.02", "79.02")) == []


def test_a_headline_and_its_lead_state_one_move() -> None:
    text = ("Miners lift index three per cent higher\n\nThe local share market has closed one per cent higher as "
            "the mining sector rallied.\n\nGold stocks rose 4.5 per cent.")
    assert [r for r in flagged(text)] == [("restated", "three per cent | one per cent")]
    assert flagged(text.replace("three per cent", "one per cent")) == []
    assert flagged(text.replace("closed one per cent higher", "closed one per cent up")) == []


def test_a_level_reached_takes_its_earlier_level_past_its_alternatives() -> None:
    claims = extract("Quarterly earnings rose to $82.4 million (EUR70.1 million), or 41 cents per share, from "
                     "$75 million a year earlier.")
    assert claims[0].base_value == pytest.approx(75e6)
    assert claims[0].metric == "earnings"


def test_a_profit_rate_against_the_earnings_levels_of_the_next_sentence() -> None:
    text = ("Acme Foods said third-quarter profit rose 19 percent, helped by sales in Asia.\nQuarterly earnings rose "
            "to $82.4 million (EUR70.1 million), or 41 cents per share, from $75 million in the year-ago quarter.")
    assert [r[0] for r in flagged(text)] == ["growth_vs_levels"]
    assert flagged(text.replace("19 percent", "10 percent")) == []


def test_a_superlative_against_the_figure_set_beside_it_by_while() -> None:
    text = "Renters reported the lowest approval rate at 41% while 38% of homeowners approved."
    assert [r[0] for r in flagged(text)] == ["rank_vs_values"]
    assert flagged(text.replace("38%", "48%")) == []
    assert flagged("Renters reported the highest approval rate at 41% while 38% of homeowners approved.") == []


def test_a_share_names_its_whole_after_it() -> None:
    claims = extract("Graduates make up 41 per cent of the total workforce aged 25 and over.")
    assert claims[0].whole == "workforce"


def test_shares_of_one_whole_named_in_one_sentence() -> None:
    text = ("Owners account for 63 per cent of the total housing stock in the county and the survey shows "
            "42 per cent of the housing stock is rented.")
    assert [r[0] for r in flagged(text)] == ["shares_of_whole"]
    assert flagged(text.replace("42 per cent", "37 per cent")) == []


def test_a_region_before_the_quantity_is_its_segment() -> None:
    claims = extract("European sales rose 4 percent to $212 million. Apple sales fell 2 percent.")
    assert [(c.metric, c.segment) for c in claims[:2]] == [("sales", "European"), ("sales", "European")]
    assert claims[2].segment is None  # a company's name is its owner, not a part of a breakdown


def test_a_groups_rate_is_its_smaller_count_over_its_larger() -> None:
    text = ("In all 5,210 candidates sat the exam – 2,400 men and 2,810 women. Of them 4,100 passed – 1,900 men and "
            "2,200 women.\n\nRoughly 69.2% men and 78.3% of women passed.")
    assert [r[0] for r in flagged(text)] == ["share_vs_counts"]  # 1,900 of 2,400 men is 79.2%
    assert flagged(text.replace("69.2%", "79.2%")) == []


def test_a_level_and_its_earlier_level_far_apart_in_the_sentence() -> None:
    claims = extract("The board said 52,000 people visited the museum in June, up from 48,500 for the same month "
                     "in 2022.")
    assert claims[0].base_value == 48500


def test_a_rate_and_the_levels_the_next_sentence_gives() -> None:
    text = ("Museum visits in June grew 12.4 percent from last year.\nThe board said 52,000 people visited the museum "
            "in June, up from 48,500 for the same month in 2022.")
    assert [r[0] for r in flagged(text)] == ["growth_vs_levels"]  # 52,000 / 48,500 is +7.2%
    assert flagged(text.replace("12.4 percent", "7.2 percent")) == []
    other = text.replace("Museum visits", "Ticket revenue")  # another quantity: its levels are not these
    assert flagged(other) == []


def test_a_smaller_increase_than_the_one_told_before() -> None:
    text = ("Rents in the region rose 4.8 per cent over the year.\nOutside the capital the average rent is $1,240, a "
            "much smaller annual increase of 6.1 per cent.")
    assert [r[0] for r in flagged(text)] == ["rank_vs_values"]
    assert flagged(text.replace("6.1 per cent", "2.1 per cent")) == []


def test_a_figure_said_to_overtake_a_rival_named_before() -> None:
    text = ("Gas fell from 41.0% of supply to 33.2% in the spring.\nWith hydro supplying some 30.5% of power, it "
            "overtook gas for the first time.")
    assert [r[0] for r in flagged(text)] == ["rank_vs_values"]
    assert flagged(text.replace("30.5%", "35.5%")) == []


def test_a_figure_that_missed_its_target_is_below_it() -> None:
    text = "The port handled 4.6 million containers last year, missing its target of 4.2 million."
    assert [r[0] for r in flagged(text)] == ["rank_vs_values"]
    assert flagged(text.replace("4.6 million", "3.9 million")) == []


def test_an_answer_and_its_flip_side_are_one_whole() -> None:
    text = "Some 61% said they were pleased with the service.\n\nOn the other hand, 44% were displeased."
    assert [r[0] for r in flagged(text)] == ["shares_of_whole"]
    assert flagged(text.replace("44%", "34%")) == []
    later_group = ("On the other hand, 44% were displeased.\n\nAmong pensioners, over two-thirds, or 64%, said they "
                   "were pleased.")
    assert flagged(later_group) == []


def test_places_given_to_names_respectively_order_their_figures() -> None:
    text = ("More buyers from Kenya and Uganda, the largest and second-largest markets respectively, lifted sales.\n"
            "Ugandan orders rose 12 percent to 9,400 while Kenyan orders rose 5 percent to 8,100.")
    assert [r[0] for r in flagged(text)] == ["rank_vs_values"]
    assert flagged(text.replace("8,100", "10,100")) == []


def test_a_name_said_to_be_the_least_against_the_figures_given_to_names_later() -> None:
    text = ("On the whole, Renters were the least satisfied group in the poll.\n\nAmong owners, 71% were satisfied. "
            "That share falls to 52% and 58% for Lodgers (mostly students) and Renters respectively.")
    assert [r[0] for r in flagged(text)] == ["rank_vs_values"]
    assert flagged(text.replace("52% and 58%", "58% and 52%")) == []


def test_the_gap_between_two_members_rates_against_their_rates() -> None:
    text = ("Female turnout was 48.20 per cent in 2014 and it rose to 60.35 per cent in 2019. Male turnout, by "
            "comparison, rose from 66.90 to 71.05 per cent.\n\nThe gap of 18.70 percentage points between male and "
            "female turnout in 2014 has narrowed to 10.70 percentage points in 2019.")
    assert flagged(text) == []
    assert [r[0] for r in flagged(text.replace("10.70 percentage points", "10.70 per cent"))] == ["percent_vs_pp"]
    assert [r[0] for r in flagged(text.replace("18.70", "16.70"))] == ["growth_vs_levels"]


def test_an_aside_between_the_quantity_and_its_verb() -> None:
    claims = extract("European sales, excluding Spain, rose 6 percent to $310 million.")
    assert (claims[0].metric, claims[0].segment) == ("sales", "European")


def test_parts_of_one_quantity_by_segment_add_up_to_no_more_than_the_whole() -> None:
    text = ("Revenue rose 9 percent to $1.20 billion.\nAsian sales rose 4 percent to $700 million.\nEuropean sales, "
            "excluding Spain, rose 6 percent to $610 million.")
    assert [r[0] for r in flagged(text)] == ["parts_vs_total"]
    assert flagged(text.replace("$610 million", "$410 million")) == []


def test_a_rate_named_for_a_deed_is_those_who_did_it_over_all() -> None:
    text = ("The completion rate this term was 74% while it was 70% last term. In all 2,480 trainees enrolled "
            "on the course. A total of 1,950 trainees completed it. Nine centres reached a completion rate of 100 "
            "per cent.")
    assert [r[0] for r in flagged(text)] == ["share_vs_counts"]  # 1,950 of 2,480 is 78.6%
    assert flagged(text.replace("74%", "79%")) == []


def test_the_answers_of_one_question_in_a_table_run_into_the_text() -> None:
    text = ("The ballot results: Total number of members balloted: 500 Number of members returning a paper: 390 78.0% "
            "Number of members voting YES 240 48.0% Number of members voting NO 120 24.0% Number of members "
            "who did not vote: 140 28.0%")
    assert flagged(text) == []
    assert ("parts_vs_total", "500 | 240 | 220 | 140") in flagged(text.replace("NO 120", "NO 220"))
    assert ("shares_of_whole", "48.0% | 24.0% | 38.0%") in flagged(text.replace("28.0%", "38.0%"))


def test_the_counts_of_a_tally_are_read() -> None:
    claims = extract("Doctors favouring the reform now outnumber those against it by 62 to 31.")
    assert [(c.text, c.kind, c.direction) for c in claims] == [("62", "level", None), ("31", "level", None)]
    assert extract("Shares rose by 5 to 7 percent.")[0].text != "5"  # a range of rates is no tally


def test_a_tally_counts_members_of_the_group_the_poll_asked() -> None:
    text = ("The poll of 90 doctors was taken this week.\n\nDoctors favouring the reform now outnumber those against "
            "it by 62 to 38.")
    assert [r[0] for r in flagged(text)] == ["parts_vs_total"]
    assert flagged(text.replace("62 to 38", "52 to 38")) == []


def test_a_load_factor_is_traffic_over_capacity() -> None:
    text = ("Systemwide traffic rose 3.1 percent to 8.4 billion revenue passenger miles. Capacity rose 2.0 percent to "
            "10.12 billion available seat miles. Mainline capacity fell 1 percent to 7.9 billion available seat "
            "miles.\nLoad factor rose 0.9 percentage points to 73.0 percent.")
    assert [r[0] for r in flagged(text)] == ["share_vs_counts"]  # 8.4 / 10.12 is 83.0%
    assert flagged(text.replace("73.0 percent", "83.0 percent")) == []


def test_a_majority_of_the_asked_is_the_larger_side_of_the_tally() -> None:
    text = ("Rates will stay on hold, according to nearly three-quarters of economists polled.\n\nThe survey of 60 "
            "economists was taken this week.\n\nEconomists expecting a hold now outnumber those expecting a cut by "
            "33 to 27.")
    assert ("share_vs_counts", "33 | 60 | nearly three-quarters") in flagged(text)  # 33 of 60 is 55%
    assert flagged(text.replace("nearly three-quarters", "slightly more than half")) == []


def test_a_count_after_its_movement_is_of_its_noun_alone() -> None:
    claims = extract("Net arrivals during this period were 52,300 people, down 1.4 per cent on the year.")
    assert claims[0].metric == "Net arrivals"  # the quantity named before; "people" only counts it
    assert extract("Officials said 52,300 people, down 1.4 per cent, arrived.")[0].metric == "people"


def test_components_named_by_their_shares_make_the_whole() -> None:
    text = ("The town grew by an annual increase of 9,400 people.\n\nLocal births accounted for 40.0 per cent of "
            "annual population growth, while net migration accounted for the remaining 60.0 per cent.\n\nLocal births "
            "during the year were 3,760 people, up 1.0 per cent. The year brought net migration of 7,640 people.")
    assert [r[0] for r in flagged(text)] == ["parts_vs_total"]  # 3,760 + 7,640 = 11,400
    assert flagged(text.replace("7,640", "5,640")) == []


def test_a_move_from_a_level_told_again_as_a_change_ends_where_the_change_does() -> None:
    text = ("Central bank lowers policy rate from 4.75 percent to 4.0 percent\n\nThe central bank on Monday cut the "
            "policy rate by 25 bps from the present 4.75 per cent to 4.5 per cent.")
    assert [r[0] for r in flagged(text)] == ["restated"]
    assert flagged(text.replace("to 4.0 percent", "to 4.5 percent")) == []


def test_places_told_one_paragraph_each_do_not_rank_the_growth_beside_them() -> None:
    text = ("甲公司二季度出货量为1650万台，同比增长17.3%，排名第二。\n\n"
            "乙公司二季度出货量为1340万台，同比增长47.0%，排名第三。")
    assert [r for r in flagged(text) if r[0] == "rank_vs_values"] == []


def test_parts_by_segment_against_the_level_of_a_rate_of_the_whole() -> None:
    text = ("Port officials said container arrivals in May grew 6.2 percent from last year.\nThe port said 41,300 "
            "containers arrived in May, up from 38,900 a year earlier.\nJapanese arrivals rose 4 percent to 12,100 "
            "while Korean arrivals rose 9 percent to 35,200.")
    assert [r[0] for r in flagged(text)] == ["parts_vs_total"]  # 12,100 + 35,200 = 47,300 > 41,300
    assert flagged(text.replace("35,200", "25,200")) == []


def test_a_rates_change_in_percent_that_is_its_points_told_elsewhere_is_points_written_as_percent() -> None:
    text = ("The state said on Friday that its unemployment rate decreased 0.4 percent. The unemployment rate in "
            "March was 4.6%, a decrease of 0.4 percentage points from 5.0% in February.")
    assert ("percent_vs_pp", "5.0% | 4.6% | 0.4 percent") in flagged(text)
    assert flagged(text.replace("decreased 0.4 percent", "decreased 0.4 percentage points")) == []
    assert flagged(text.replace("decreased 0.4 percent", "decreased 8 percent")) == []  # the relative change
    # a different figure may be of another period: neither points nor relative change is said to be wrong
    assert flagged(text.replace("decreased 0.4 percent", "decreased 3 percent")) == []
    zh = "今年一季度，全省城镇调查失业率下降0.3%。数据显示，全省城镇调查失业率从5.4%下降到5.1%，下降0.3个百分点。"
    assert ("percent_vs_pp", "5.4% | 5.1% | 0.3%") in flagged(zh)


def test_a_superlative_over_a_figure_s_own_past_ranks_no_members() -> None:
    text = ("Sales rose to Peru (10.1 percent) to the highest in three years; Chile (12.4 percent) and Bolivia (2 "
            "percent). Imports fell in Ecuador (3.1 percent), the lowest since 2015; Panama (1.2 percent).")
    assert [r for r in flagged(text) if r[0] == "rank_vs_values"] == []
    ranked = "Sales rose to Peru (10.1 percent) to the highest; Chile (12.4 percent) and Bolivia (2 percent)."
    assert [r[0] for r in flagged(ranked)] == ["rank_vs_values"]  # the highest of the list


def test_a_sentence_of_ranks_after_a_name_said_to_be_the_least_is_read_past() -> None:
    # a name said to be the smallest, a sentence whose only figure is a rank (it lists no figures for names: this
    # once raised IndexError), then the figures given for the names "respectively"
    text = ("Londoners were the smallest group in the poll. The city ranked 3rd in the country. "
            "Support stood at 12% and 9% for Londoners and Scots respectively.")
    assert flagged(text) == [("rank_vs_values", "12% | 9%")]
