"""A consumer price index's two halves (食品烟酒 and 非食品烟酒), each told in a sentence of its own: the index's
rate lies between theirs. Sentences written for these tests."""

from __future__ import annotations

from .flags import flagged

CPI = ("2月份，全市居民消费价格总水平同比上涨1.2%。食品烟酒类价格同比下降2.0%，涨幅较1月回落6.6个百分点。"
       "非食品烟酒类价格同比上涨2.5%，较1月回落1.3个百分点。")


def test_a_price_index_outside_its_two_halves_rates_is_flagged() -> None:
    assert flagged(CPI) == []
    assert flagged(CPI.replace("上涨1.2%", "上涨3.2%")) == [("growth_vs_levels", "3.2% | 2.0% | 2.5%")]
    # services are no other half of the index: its rate is not bounded by theirs
    assert flagged(CPI.replace("上涨1.2%", "上涨3.2%").replace("非食品烟酒类", "服务类")) == []
