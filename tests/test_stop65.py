"""Forms of stop 65, written before its blind set was read (from the misses of earlier sets), on sentences written
for these tests."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged_of


def test_a_move_between_two_levels_each_of_its_time_is_judged() -> None:
    text = "毛利率从2011年的19.8%降至2012年的{later}。"
    assert flagged_of("rank_vs_values", text.format(later="12.6%")) == []
    assert flagged_of("rank_vs_values", text.format(later="22.6%")) != []  # said to fall, but higher
    later = "城市数量由6月的55个增至{later}个。"
    assert flagged_of("rank_vs_values", later.format(later="64")) == []
    assert flagged_of("rank_vs_values", later.format(later="44")) != []
    # 由于 is "because": no move from the figure after it
    assert flagged_of("rank_vs_values", "由于2011年的19.8%，利润降至2012年的22.6%。") == []


def test_a_narrower_age_band_holds_no_more_than_the_wider_one_before_it() -> None:
    text = ("2022年末全市常住人口中，60岁及以上人口为32.0万人，占总人口的24.09%，其中65岁及以上人口为{count}万人，"
            "占总人口的{share}。")
    assert flagged_of("parts_vs_total", text.format(count="24.2", share="18.22%")) == []
    assert flagged_of("parts_vs_total", text.format(count="34.2", share="18.22%")) != []
    assert flagged_of("parts_vs_total", text.format(count="24.2", share="28.22%")) != []
    # bands that follow one another are no part of each other
    apart = "0-14岁人口为19.2万人，占总人口的14.43%；15-64岁人口为89.4万人，占总人口的67.35%。"
    assert flagged_of("parts_vs_total", apart) == []


def test_a_kind_of_a_class_is_part_of_the_class_total() -> None:
    text = "蔬菜产量11474吨，同比增长4.3%；肉类总产量2061吨，同比下降1.9%，其中猪肉产量{part}吨，同比下降0.7%。"
    assert flagged_of("parts_vs_total", text.format(part="1694")) == []
    assert flagged_of("parts_vs_total", text.format(part="2694")) != []  # above the 肉类 total, though below 蔬菜


def test_an_amount_paid_rises_by_no_more_than_the_level_it_reached() -> None:
    assert flagged_of("growth_vs_levels", "营收增加3.5亿元至31亿元。") == []
    assert flagged_of("growth_vs_levels", "营收增加35亿元至31亿元。") != []
    assert flagged_of("growth_vs_levels", "Sales rose by $3.5 billion to $3.1 billion.") != []
    # a profit may have been a loss: it may rise by more than it reached
    assert flagged_of("growth_vs_levels", "Net profit rose by $3.5 billion to $3.1 billion.") == []


def test_a_change_to_a_level_far_from_it_is_no_range() -> None:
    read = [(c.text, c.kind) for c in extract("营收增加3.5亿元至31亿元。")]
    assert read == [("3.5亿元", "change"), ("31亿元", "level")]
    fell = [(c.text, c.kind) for c in extract("营收减少35亿元至31亿元。")]
    assert fell == [("35亿元", "change"), ("31亿元", "level")]
    # a forecast's bounds, within a few times of each other, and rates stay ranges
    assert [c.text for c in extract("预计净利润同比增加5000万元至8000万元。")] == ["5000万元至8000万元"]
    assert [c.text for c in extract("营收增长5%至8%。")] == ["5%至8%"]


def test_a_make_up_s_parts_end_where_the_next_make_up_begins() -> None:
    text = "在80万人次的旅客构成中，本地居民达{own}万人次，在50万人次的游客构成中，外地游客达45万人次。"
    assert flagged_of("parts_vs_total", text.format(own="70")) == []  # 50万 and 45万 are the next whole's
    assert flagged_of("parts_vs_total", text.format(own="90")) != []
