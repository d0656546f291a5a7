"""Forms of stop 54, from clean39's false alarms and planted38's misses (not blind: read after their measurement), on
sentences written for these tests: a member named at the head of its sentence; a ranking's scope that owns nothing;
several rankings told in two paragraphs; a month's days for a daily average; numbered parts after 其中 closed by the
rest; a trend said in words over a run of years; bare levels after a rate; a window's length between two levels."""

from __future__ import annotations

from checks.extract import extract
from tests.flags import flagged_of as _of


def _read(text: str, figure: str) -> dict:
    return next(vars(claim) for claim in extract(text) if claim.text == figure)


def test_a_member_named_at_the_head_of_its_sentence_is_the_figure_s_segment() -> None:
    text = "一季度，全市城镇市场实现零售额300.0亿元，增长12.0%。乡村消费增长平稳，实现零售额40.0亿元，增长8.0%。"
    assert _read(text, "40.0亿元")["segment"] == "乡村"
    assert _read(text, "8.0%")["segment"] == "乡村"
    assert _read("乡村消费增长平稳，全市零售额40.0亿元。", "40.0亿元")["segment"] is None  # its own clause names one


_RANKED = ("上半年全州肉类总产量20.37万吨，同比增长10.95%，全省排位第三；生牛奶产量15万吨，产量居全省第一。\n"
           "二季度末生猪存栏243.14万头，同比下降1.89%，全省排位第五；牛肉产量2.24万吨，全省排位第三；"
           "羊肉产量{mutton}万吨，全省排位第二。\n"
           "禽肉产量1.62万吨，全省排位第五；禽蛋产量2.85万吨，全省排位第三。")


def test_a_ranking_s_scope_owns_nothing() -> None:
    text = _RANKED.format(mutton="1.39")
    assert _read(text, "第三")["subject"] == "全州"
    assert _read(text, "243.14万头")["subject"] == "全州"


def test_places_of_several_quantities_in_two_paragraphs_are_not_one_ranking() -> None:
    assert _of("rank_vs_values", _RANKED.format(mutton="1.39")) == []


def test_one_ranking_told_across_two_paragraphs_is_still_read() -> None:
    text = ("三星以5300万部的出货量保持了领先地位。苹果紧随其后，以4300万部的出货量位居第二。\n"
            "小米以{xiaomi}万部位居第三，OPPO以2520万部出货保持在第四位。")
    assert _of("rank_vs_values", text.format(xiaomi=3320)) == []
    assert _of("rank_vs_values", text.format(xiaomi=4320)) == ["第二 | 4300万部 | 第三 | 4320万部"]


def test_a_monthly_total_s_daily_average_is_over_the_month_s_days() -> None:
    text = ("1月，民航客运总量为5426万人次，日均{daily}万人次。\n"
            "今年春节假期(2月10日—2月17日)，全国民航累计运输旅客1799.2万人次。")
    assert _of("share_vs_counts", text.format(daily=175)) == []
    assert _of("share_vs_counts", text.format(daily=195)) == ["5426万人次 | 195万人次"]


_NUMBERED = ("2024年机关工资福利支出决算数为3039.16亿元，主要是在职人员劳动报酬等。其中:\n"
             "(1)工资奖金津补贴决算数为2210.63亿元。\n(2)社会保障缴费决算数为{second}亿元。\n"
             "(3)住房公积金决算数为168.23亿元。\n(4)其他工资福利支出决算数为273.85亿元。\n"
             "2.机关商品和服务支出决算数为3179.58亿元。")


def test_numbered_parts_closed_by_the_rest_make_their_total() -> None:
    assert _of("parts_vs_total", _NUMBERED.format(second="386.45")) == []
    assert _of("parts_vs_total", _NUMBERED.format(second="486.45")) == [
        "3039.16亿元 | 2210.63亿元 | 486.45亿元 | 168.23亿元 | 273.85亿元"]


def test_a_trend_said_every_year_holds_over_the_years_told() -> None:
    text = ("高校毕业生人数呈逐年上升趋势，2015年为749万人，2016年上升至765万人，"
            "2017年为{y2017}万人，2018年达到820万人。")
    assert _of("rank_vs_values", text.format(y2017=795)) == []
    assert _of("rank_vs_values", text.format(y2017=759)) == ["765万人 | 759万人"]


def test_bare_levels_after_a_rate_are_the_move_s_levels() -> None:
    text = ("The number of homes sold for over £1 million in October 2012 increased by {rate} per cent to 623 from 548 "
            "in October 2011.")
    assert _of("growth_vs_levels", text.format(rate=14)) == []
    assert _of("growth_vs_levels", text.format(rate=24)) == ["548 | 623 | 24 per cent"]


def test_a_window_s_length_between_a_level_and_its_earlier_level_is_no_figure() -> None:
    text = ("Toyota's sales surged {rate} percent in North America in the latest quarter.\n"
            "Regional sales climbed to 598,000 units in the three months ended Sept. 30, the company's fiscal second "
            "quarter, up from 413,000 a year earlier.")
    assert _read(text.format(rate=45), "598,000")["base_value"] == 413000.0
    assert _of("growth_vs_levels", text.format(rate=45)) == []
    assert _of("growth_vs_levels", text.format(rate=25)) == ["413,000 | 598,000 | 25 percent"]


def test_the_leader_s_share_then_followed_by() -> None:
    text = "Samsung led the pack with a 20 percent market share, followed by Apple at {apple} percent."
    assert _of("rank_vs_values", text.format(apple=16)) == []
    assert _of("rank_vs_values", text.format(apple=26)) == ["20 percent | 26 percent"]


def test_counts_of_a_whole_opened_by_from_the() -> None:
    text = "From the 43 listed companies {up} ended this week higher, while 7 fell."
    assert _of("parts_vs_total", text.format(up=36)) == []
    assert _of("parts_vs_total", text.format(up=38)) == ["43 | 38 | 7"]


def test_thousands_printed_with_a_comma_and_a_space() -> None:
    assert _read("一流高校毕业生共347, 515人。", "347, 515人")["value"] == 347515.0
    assert [c.text for c in extract("分别为12,345人和1,234,567元")] == ["12,345人", "1,234,567元"]


def test_a_riyal_amount_and_a_year_ending_on_a_date() -> None:
    assert _read("Market capitalization reached QR 676,062,498,627.80.", "QR 676,062,498,627.80")["unit"] != "count"
    assert _read("In the fiscal year to Sept. 30, exports were $140 billion.", "$140 billion")["period"] == \
        "fiscal year to Sept. 30"
