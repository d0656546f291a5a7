"""Forms of the planted sets the relations missed (branch relrecall2), each on sentences written for this test, with
its consistent twin that must not be flagged."""

from __future__ import annotations

from checks.extract import extract

from .flags import flagged

_HEADLINE_EN = ("Bakery chain profit climbs 8.2 percent\n\n"
                "The bakery chain said Monday its profit rose {rate} percent in the second quarter, helped by "
                "lower flour prices.\n")
_HEADLINE_ZH = ("前三季度全县地区生产总值512.34亿元\n"
                "前三季度,全县地区生产总值{level}亿元,按可比价格计算,同比增长4.1%。\n")
_HEADING_ZH = ("二、住宅销售额下降6.4%\n"
               "1—9月份,商品房销售额80123亿元,下降3.1%,其中住宅销售额下降{rate}%。\n")


def test_a_headlines_figure_named_again_below_is_one_figure() -> None:
    assert flagged(_HEADLINE_EN.format(rate="8.2")) == []
    assert flagged(_HEADLINE_EN.format(rate="9.2")) == [("restated", "8.2 percent | 9.2 percent")]
    assert flagged(_HEADLINE_ZH.format(level="512.34")) == []
    assert flagged(_HEADLINE_ZH.format(level="521.34")) == [("restated", "512.34亿元 | 521.34亿元")]


def test_a_heading_lines_figure_is_the_first_of_its_name_below() -> None:
    assert flagged(_HEADING_ZH.format(rate="6.4")) == []
    assert flagged(_HEADING_ZH.format(rate="7.4")) == [("restated", "6.4% | 7.4%")]


def test_a_name_that_is_a_word_of_a_longer_one_is_another_quantity() -> None:
    text = "二、销售额下降6.4%\n1—9月份,商品房销售额80123亿元,其中住宅销售额下降7.4%。\n"
    assert flagged(text) == []


_EARNED = ("Harbor Foods reported a {rate}% rise in second-quarter net profit, helped by lower grain costs.\n"
           "The company said it earned $412.6 million, or 38 cents a share, in the three months to June, compared "
           "with ${before} million, or 31 cents, a year earlier.\n")
_EARNED_APART = ("Harbor Foods posted a {rate} percent gain in quarterly profit on Tuesday.\n"
                 "Executives said it earned $412.6 million, or 38 cents per share, in the period. "
                 "That's up from $350.4 million, or 31 cents per share, a year before.\n")


def test_a_rate_of_profit_then_the_amounts_earned_in_the_next_sentence() -> None:
    assert flagged(_EARNED.format(rate="17.8", before="350.4")) == []
    assert flagged(_EARNED.format(rate="27.8", before="350.4")) == [
        ("growth_vs_levels", "$350.4 million | $412.6 million | 27.8%")]
    assert flagged(_EARNED.format(rate="17.8", before="320.4")) == [
        ("growth_vs_levels", "$320.4 million | $412.6 million | 17.8%")]
    assert flagged(_EARNED_APART.format(rate="17.8")) == []
    assert flagged(_EARNED_APART.format(rate="27.8")) == [
        ("growth_vs_levels", "$350.4 million | $412.6 million | 27.8 percent")]


def test_amounts_of_another_quantity_are_not_the_rates_levels() -> None:
    text = ("Harbor Foods reported a 27.8% rise in second-quarter net profit.\n"
            "Revenue was $4.1 billion, compared with $3.9 billion a year earlier.\n")
    assert flagged(text) == []


_COUNTED = "在25个制造业行业中,{first}个行业产值同比增长,2个行业持平,6个行业下降。"


def test_members_counted_by_what_became_of_them_are_no_more_than_the_group() -> None:
    assert flagged(_COUNTED.format(first="17")) == []
    assert flagged(_COUNTED.format(first="19")) == [("parts_vs_total", "25个制造业行业中,19个 | 2个 | 6个")]


def test_members_counted_over_thresholds_may_overlap() -> None:
    assert flagged("在20个城市中,12个城市销售额超过100亿元,15个城市客流超过千万人次。") == []


_FASTEST = ("在规模以上企业中,民营企业实现利润812亿元,同比增长{rate}%,增速最快;国有企业实现利润1650亿元,同比增长"
            "18.3%;外资企业实现利润930亿元,同比增长21.6%。")


def test_fastest_growth_is_said_of_the_rate_not_of_the_amount() -> None:
    assert flagged(_FASTEST.format(rate="27.4")) == []
    assert flagged(_FASTEST.format(rate="17.4")) == [("rank_vs_values", "17.4% | 18.3%"),
                                                     ("rank_vs_values", "17.4% | 21.6%")]


def test_a_month_end_opening_a_sentence_is_the_period_of_its_figures() -> None:
    text = ("1-6月份,全省工业企业营业收入3.12万亿元,同比增长6.2%。6月末,全省规上企业资产总计8.40万亿元,同比增长5.1%;"
            "负债合计4.62万亿元,增长4.8%;资产负债率为{ratio}%。\n")
    assert [c.period for c in extract(text.format(ratio="55.0"), "t") if c.text.startswith("4.62")] == ["6月末"]
    assert flagged(text.format(ratio="55.0")) == []
    assert flagged(text.format(ratio="58.0")) == [("share_vs_counts", "4.62万亿元 | 8.40万亿元 | 58.0%")]


def test_a_heading_figure_is_not_linked_where_its_sentence_gives_two_of_its_kind() -> None:
    text = ("Island economy grows 4.1 percent\n\n"
            "The island economy grew 1.2 percent in the fourth quarter from the third, and 4.1 percent in the "
            "year.\n")
    assert flagged(text) == []
