"""Forms of stop 52, from the false alarms of the blind folder clean37 after its measurement, on sentences written
for these tests: a rate against a month of its year is no change of levels a year apart; levels listed for changes
"respectively"; shares of each member of a breakdown (its share of imports); a share of the whole market (大盘) and
one film's takings; a rate "expressed in euros" beside the same rate in dollars."""

from __future__ import annotations

from checks import extract
from tests.flags import flagged_of as _of


def test_a_rate_against_a_month_of_its_year_is_no_yearly_change() -> None:
    text = ("Production slid to 9.74 million barrels a day from 9.82 million barrels a day a year earlier. "
            "Rosneft produced 2.27 million barrels of oil, 0.6 percent less than in April.")
    assert _of("growth_vs_levels", text) == []


def test_levels_listed_respectively_are_not_the_first_change_s() -> None:
    text = ("The 20 share index gained 29.31 points or 1.54% and the 25 share index gained 32.01 points or 0.85% "
            "to close the week at 1928.42 points and 3781.20 points respectively.")
    assert _of("growth_vs_levels", text) == []
    # one change and the level it reached: judged
    one = "The index gained 32.01 points or 0.85% to close the week at 1928.42 points."
    assert _of("growth_vs_levels", one) == ["32.01 points | 1928.42 points | 0.85%"]


def test_shares_of_each_member_are_not_the_members_shares() -> None:
    text = "The ratio of high-tech products in manufacturing exports was 3.5%, while its share of imports was 13.9%."
    assert _of("shares_of_whole", text) == []


def test_a_share_of_the_whole_market_is_not_of_one_film_s_takings() -> None:
    text = "《野孩子》首日收票房4211万元,占当日大盘总票房的三分之一。该片上映三天累计票房约7300万元。"
    assert _of("share_vs_counts", text) == []
    market = "《野孩子》首日收票房4211万元,占当日大盘总票房的三分之一。当日大盘总票房约7300万元。"
    assert _of("share_vs_counts", market) == ["4211万元 | 约7300万元 | 三分之一"]


def test_a_rate_expressed_in_another_currency_is_not_restated() -> None:
    text = ("Exports stood at $3,968.8 million, up 42.5% compared to the same period last year.\n"
            "Expressed in euros, exports jumped 32% to €2,985.1 million.")
    assert _of("restated", text) == []


# From planted36's misses, after its measurement: East Africa's shillings, a rate set off after the level it reached
# (grew to A, a r per cent from B), and a change's noun and its week between a rate and the level (a 1.1% rise this
# week to A from B).
def test_shillings_are_money() -> None:
    claims = extract("Customer deposits grew to Sh463.9 billion from KSh 423 billion.")
    assert [(c.text, c.unit, c.value) for c in claims] == [("Sh463.9 billion", "other_currency", 463.9e9),
                                                          ("KSh 423 billion", "other_currency", 423e9)]


def test_a_rate_set_off_after_the_level_it_reached() -> None:
    right = "Net loans and advances grew to Sh365.4 billion, a 10.7 per cent from Sh330.1 billion in 2022."
    assert _of("growth_vs_levels", right) == []
    wrong = right.replace("10.7", "16.7")
    assert _of("growth_vs_levels", wrong) == ["Sh330.1 billion | Sh365.4 billion | 16.7 per cent"]


def test_a_change_noun_and_its_week_before_the_level_reached() -> None:
    right = "The market capitalization posted a 1.1% rise this week to Kes 2.70 Trillion from Kes 2.672 Trillion."
    assert _of("growth_vs_levels", right) == []
    assert _of("growth_vs_levels", right.replace("1.1%", "3.1%")) == ["Kes 2.672 Trillion | Kes 2.70 Trillion | 3.1%"]


def test_a_count_split_by_which_way_each_went() -> None:
    right = ("Scrips of total 386 active companies were traded in the session of which 288 closed in advance, 78 in "
             "decline while 20 remained unchanged.")
    assert _of("parts_vs_total", right) == []
    assert _of("parts_vs_total", right.replace("288", "298")) == ["386 | 298 | 78 | 20"]
    areas = ("Unemployment rates were lower in February than a year earlier in 366 of the 387 metropolitan areas, "
             "higher in 18 areas, and unchanged in 3 areas.")
    assert _of("parts_vs_total", areas) == []
    assert _of("parts_vs_total", areas.replace("18 areas", "28 areas")) == ["366 of the 387 | 28 | 3"]
    # two ways told, not the third: the members are no more than the whole
    assert _of("parts_vs_total", "Of the 386 companies, 288 advanced and 78 declined.") == []
    assert _of("parts_vs_total", "Of the 386 companies, 288 advanced and 178 declined.") == ["386 | 288 | 178"]


def test_counts_of_a_list_that_names_its_noun_once() -> None:
    text = "In February, 355 metropolitan areas had increases, 29 had decreases, and 3 had no change."
    assert [c.text for c in extract(text)] == ["355", "29", "3"]
    # a word that begins like a month's name is no date (78 declined; not Dec)
    assert [c.text for c in extract("Of the 386 companies, 288 advanced, 78 declined and 20 were unchanged.")] == [
        "386", "288", "78", "20"]
    assert [c.text for c in extract("Two decades ago coal made 35.9% of power.")] == ["35.9%"]


def test_an_order_told_with_followed_by_after_a_named_place_and_its_state() -> None:
    right = ("The largest over-the-year percentage gain in employment occurred in Midland, Texas (+8.8 percent), "
             "followed by Ocean City, N.J. (+8.6 percent), and Lake Charles, La. (+8.5 percent).")
    assert _of("rank_vs_values", right) == []
    assert _of("rank_vs_values", right.replace("+8.6", "+9.6")) == ["+8.8 percent | +9.6 percent"]


def test_a_rise_to_a_level_in_brackets_after_followed_by() -> None:
    right = ("Tampa reported the largest occupancy increase, rising 14.1 percent to 74.8 percent, followed by Atlanta "
             "(up 13.4 percent to 73.6 percent).")
    assert [c.text for c in extract(right)] == ["14.1 percent", "74.8 percent", "13.4 percent", "73.6 percent"]
    assert _of("rank_vs_values", right) == []
    assert _of("rank_vs_values", right.replace("13.4", "16.4")) == ["14.1 percent | 16.4 percent"]


def test_a_rate_past_a_clause_of_another_subject_has_no_base_there() -> None:
    text = ("Net interest income rose by 17.7 percent to Sh13.1 billion as the loan book expanded from Sh233.6 "
            "billion to Sh281.2 billion.")
    assert _of("growth_vs_levels", text) == []
