"""Edges of this stop's relation modules (averages, steps, aggregates, likelier, targets): the branches the forms'
tests (tests/test_relations_clean12.py) left unreached, each on sentences written for this test."""

from __future__ import annotations

import pytest

from checks.claims import claims_table
from checks.documents import Document
from checks.relations import relations_table

from .flags import flagged


def _rows(text: str) -> list[dict]:
    frame = relations_table(claims_table([Document("t.txt", text, "t.txt")]), {"t.txt": text})
    return frame[["relation", "texts", "stated_low", "stated_high", "implied_low", "implied_high", "gap",
                  "arithmetic"]].to_dict("records")


def test_an_average_row_gives_the_members_bounds_and_says_why() -> None:
    (row,) = [r for r in _rows("全国居民人均可支配收入34000元。其中，城镇居民人均可支配收入32000元；"
                               "农村居民人均可支配收入12000元。") if r["texts"] == "34000元 | 32000元 | 12000元"]
    assert (row["stated_low"], row["stated_high"]) == (33999.5, 34000.5)
    assert (row["implied_low"], row["implied_high"]) == (11999.5, 32000.5)
    assert row["gap"] == pytest.approx(1999.0)
    assert row["arithmetic"] == ("34000元 lies outside its members' (32000元, 12000元: [11,999.5, 32,000.5]); an "
                                 "average per head is its members' averaged by their people")


@pytest.mark.parametrize(
    "text",
    [
        # one member only, or members of another quantity, or of another time: no average read
        "全国居民人均可支配收入34000元。其中，城镇居民人均可支配收入32000元。",
        "全国居民人均可支配收入34000元。其中，城镇居民人均消费支出32000元；农村居民人均消费支出12000元。",
        "上半年全国居民人均可支配收入34000元。去年城镇居民人均可支配收入32000元；去年农村居民人均可支配收入12000元。",
        # the same average again (another year's) before the members: they are not the first's
        "2023年全国居民人均可支配收入34000元。2024年全国居民人均可支配收入35000元，其中城镇居民人均可支配收入"
        "36000元，农村居民人均可支配收入20000元。",
        # members three sentences on
        "全国居民人均可支配收入34000元。收入增长较快。消费平稳。就业稳定。城镇居民人均可支配收入32000元；"
        "农村居民人均可支配收入12000元。",
        # a median is no average
        "全国居民人均可支配收入中位数34000元。其中，城镇居民人均可支配收入中位数32000元；农村居民人均可支配收入"
        "中位数12000元。",
    ],
)
def test_an_average_is_read_only_against_all_its_own_members_near_it(text: str) -> None:
    assert not [r for r in _rows(text) if "averaged by their people" in r["arithmetic"]
                and r["texts"].startswith("34000")]


def test_a_monthly_step_in_chinese_months_and_its_row() -> None:
    rows = _rows("出口额2月份下降20.0%至80亿美元，1月份为100亿美元。")
    (row,) = [r for r in rows if r["relation"] == "growth_vs_levels"]
    assert row["texts"] == "100亿美元 | 80亿美元 | 20.0%"
    assert row["gap"] == 0


@pytest.mark.parametrize(
    "text",
    [
        # a level two months before, or of another quantity, or two candidates: no step read
        "Imports fell 3.6 percent to $253.9 billion in March after $258.1 billion in January.",
        "Imports fell 3.6 percent to $253.9 billion in January, while exports were $258.1 billion in December.",
        "Imports fell 3.6 percent to $253.9 billion in January after $258.1 billion in December and $257.0 billion "
        "in December.",
    ],
)
def test_a_step_needs_the_month_before_of_one_quantity(text: str) -> None:
    assert not [r for r in _rows(text) if r["relation"] == "growth_vs_levels" and "$258.1" in r["texts"]]


def test_a_step_from_december_to_january_wraps_the_year() -> None:
    assert flagged("Imports rose 3.6 percent to $253.9 billion in January after $258.1 billion in December.") == [
        ("growth_vs_levels", "$258.1 billion | $253.9 billion | 3.6 percent")]


def test_the_money_supply_rows_and_their_words() -> None:
    rows = _rows("M2 rose to $21.0 trillion in May. M1 stood at $22.5 trillion in May.")
    (row,) = [r for r in rows if "which holds it" in r["arithmetic"]]
    assert row["texts"] == "$21.0 trillion | $22.5 trillion"
    assert row["gap"] == pytest.approx(1.4e12)
    assert row["arithmetic"] == "$22.5 trillion (M1) > $21.0 trillion (M2), which holds it"


@pytest.mark.parametrize(
    "text",
    [
        "8月末，广义货币(M2)余额305.05万亿元。狭义货币(M1)余额63.02万亿元。",  # in order
        "8月末，广义货币(M2)余额305.05万亿元。7月末，狭义货币(M1)余额363.02万亿元。",  # another time
        "广义货币(M2)余额305.05万亿元。狭义货币(M1)余额363.02万亿美元。",  # another unit
        "广义货币余额305.05万亿元。狭义货币余额363.02万亿元。",  # words only, told apart
    ],
)
def test_the_money_supply_only_of_one_time_and_unit(text: str) -> None:
    found = [r for r in _rows(text) if "which holds it" in r["arithmetic"] and r["gap"] > 0]
    assert bool(found) == (text.startswith("广义货币余额"))


def test_a_group_said_less_likely_with_the_larger_share_and_the_rows_words() -> None:
    (row,) = [r for r in _rows("Men are less likely to vote (45% vs 38%).") if r["relation"] == "rank_vs_values"]
    assert row["arithmetic"] == "45% is said of the group less likely, but 38% is lower"
    assert row["gap"] == pytest.approx(6.0)
    (held,) = [r for r in _rows("Men are less likely to vote (38% vs 45%).") if r["relation"] == "rank_vs_values"]
    assert (held["gap"], held["arithmetic"]) == (0.0, "38% is said of the group less likely, against 45%")


@pytest.mark.parametrize(
    "text",
    [
        "Men are more likely to vote. In all, 45% to 38% said so.",  # another sentence
        "Men voted 38% to 45% for the plan.",  # no likelier said
        "Men are more likely to vote (38 points vs 45 points).",  # no shares
    ],
)
def test_likelier_needs_the_words_and_two_shares_side_by_side(text: str) -> None:
    assert not [r for r in _rows(text) if "likely" in r["arithmetic"]]


def test_a_target_above_and_its_rows_words() -> None:
    (row,) = [r for r in _rows("全年地区生产总值增长6.3%，高于7%的预期目标。") if r["relation"] == "rank_vs_values"]
    assert row["arithmetic"] == "6.3% is said to be above the target of 7%, but it is not"
    assert row["gap"] == pytest.approx(0.15)  # 6.35 at most against 6.5 at least
    (held,) = [r for r in _rows("失业率2.1%，不到2.5%的控制目标。") if r["relation"] == "rank_vs_values"]
    assert (held["gap"], held["arithmetic"]) == (0.0, "2.1% is said to be below the target of 2.5%, as it is")


@pytest.mark.parametrize(
    "text",
    [
        "失业率2.9%，低于2.5%。",  # no target named
        "失业率2.9%，而另一项指标低于2.5%的控制目标。",  # words between
        "失业人数2.9万人，低于2.5%的控制目标。",  # another unit
    ],
)
def test_a_target_only_right_after_the_figure_in_its_unit(text: str) -> None:
    assert not [r for r in _rows(text) if "target" in r["arithmetic"]]
