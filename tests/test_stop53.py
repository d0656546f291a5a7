"""Forms of stop 53, from planted36's misses (not blind: read after its measurement), on sentences written for these
tests: a breakdown closed by "the rest" (工业和其他) against the total before it; a share of a partner's trade whose
whole names the partner; a share told before its amount ("36 percent, or $19.8 billion"), with the whole in the share's
name or heading the list."""

from __future__ import annotations

from tests.flags import flagged


def _of(relation: str, text: str) -> list[str]:
    return [texts for name, texts in flagged(text) if name == relation]


_GOLD = ("上半年,全国白银消费量为600吨,同比增长2%。\n从具体用途来看,首饰用银消费量为{first}吨,同比增长5%;"
         "银条和银币分别消耗150吨和20吨;工业和其他30吨。")


def test_a_breakdown_closed_by_the_rest_makes_its_total() -> None:
    assert _of("parts_vs_total", _GOLD.format(first=400)) == []
    assert _of("parts_vs_total", _GOLD.format(first=500)) == ["600吨 | 500吨 | 150吨 | 20吨 | 30吨"]


def test_an_industry_named_with_other_is_not_the_rest() -> None:
    text = ("前8月,5个行业合计实现增加值1000亿元。其中,食品业完成增加值200亿元,化工业完成300亿元,"
            "计算机、通信和其他电子设备制造业完成100亿元。")
    assert [texts for texts in _of("parts_vs_total", text) if texts.startswith("1000亿元")] == []


_PARTNER = ("前4月,全省对东盟进出口1571亿元,增长14.5%。民营企业对东盟进出口1065.4亿元,"
            "占全省对东盟进出口总值的{share}%。")


def test_a_share_of_a_partner_s_trade_is_of_the_partner_s_amount() -> None:
    assert _of("share_vs_counts", _PARTNER.format(share="67.8")) == []
    assert _of("share_vs_counts", _PARTNER.format(share="57.8")) == ["1065.4亿元 | 1571亿元 | 57.8%"]


_HEADED = ("The state budget from all sources is $50 billion.\n\nOf the total $50 billion:\n\n"
           "• 40 percent, or ${first} billion, goes to health.\n\n• 30 percent, or $15 billion, goes to schools.\n\n"
           "Schools get $9 billion of the $20 billion general fund, or 45 percent.")


def test_a_share_told_before_its_amount_is_of_the_total_heading_the_list() -> None:
    assert _of("share_vs_counts", _HEADED.format(first=20)) == []
    assert _of("share_vs_counts", _HEADED.format(first=25)) == ["$25 billion | $50 billion | 40 percent"]


def test_a_share_named_of_total_exports_is_of_the_exports() -> None:
    text = ("Exports rose 1.9% to reach $83.7 billion in the first half.\n"
            "The manufacturing sector's share of total exports was {share}% or $79 billion during the first half.")
    assert _of("share_vs_counts", text.format(share="94.4")) == []
    assert _of("share_vs_counts", text.format(share="84.4")) == ["$79 billion | $83.7 billion | 84.4%"]


def test_an_amount_ahead_of_a_forecast_is_no_part() -> None:
    text = ("So far this year, tax revenues total $18.75 billion. Income taxes came in 6.8% or $433.5 million "
            "ahead of forecasts.")
    assert _of("share_vs_counts", text) == []
