"""Forms read at stop 43 from the tuned sets' misses (sentences written for this test)."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged


def test_a_price_index_rate_lies_between_its_goods_and_services_prices() -> None:
    text = ("5月份，全县居民消费价格同比上涨0.8%。其中，食品烟酒类价格上涨1.6%，非食品烟酒类价格上涨0.5%；"
            "消费品价格上涨1.0%，服务价格上涨0.4%。")
    assert flagged(text) == []
    assert flagged(text.replace("消费品价格上涨1.0%", "消费品价格上涨0.6%")) == [
        ("parts_vs_total", "0.8% | 0.6% | 0.4%")]


def test_a_day_trip_is_no_period_and_its_visitors_are_a_part_of_all_visitors() -> None:
    claims = extract("其中过夜游客812.30万人次，同比增长9.5%；一日游游客1630.20万人次，同比增长12.0%。")
    assert [c.metric for c in claims] == ["过夜游客", "过夜游客", "一日游游客", "一日游游客"]
    text = ("国庆假期，全市接待游客2442.50万人次、同比增长11.2%；其中过夜游客812.30万人次，同比增长9.5%；"
            "一日游游客1630.20万人次，同比增长12.0%。")
    assert flagged(text) == []
    assert flagged(text.replace("同比增长11.2%", "同比增长14.2%")) == [
        ("parts_vs_total", "14.2% | 9.5% | 12.0%")]


def test_a_change_after_a_level_and_a_list_comma_is_the_levels_change() -> None:
    claims = extract("全年实现旅游收入310.25亿元、同比增长8.4%。")
    assert claims[1].kind == "growth" and claims[1].level_after == 310.25e8
