"""Forms of the second development planted set (tests/corpus/real/edits2) that the relations missed, each on
sentences written for this test, with its consistent neighbour that must not be flagged."""

from __future__ import annotations

from .flags import flagged


def _parts(text: str) -> list[str]:
    return [texts for relation, texts in flagged(text) if relation == "parts_vs_total"]


# Totals of a month and of the months to date, each in its paragraph; then the breakdowns of both, in one
# paragraph, each sentence opened by its period.
_RETAIL = ("2021年5月份,全市社会消费品零售总额4520亿元,同比增长6.2%。\n\n"
           "2021年1-5月份,全市社会消费品零售总额21300亿元,同比增长8.1%。\n\n"
           "按经营单位所在地分,5月份,城镇消费品零售额{town}亿元,同比增长6.0%;乡村消费品零售额610亿元,增长7.3%。"
           "1-5月份,城镇消费品零售额18420亿元,同比增长7.9%;乡村消费品零售额2880亿元,增长9.0%。\n\n"
           "按消费类型分,5月份,餐饮收入{dining}亿元,同比增长9.1%;商品零售4130亿元,增长5.8%。")


def test_a_breakdown_takes_the_period_its_sentence_opens_with_and_the_total_of_that_period() -> None:
    assert _parts(_RETAIL.format(town=3910, dining=390)) == []
    assert _parts(_RETAIL.format(town=4010, dining=390)) == ["4520亿元 | 4010亿元 | 610亿元"]


def test_dining_and_goods_make_the_retail_total() -> None:
    assert _parts(_RETAIL.format(town=3910, dining=990)) == ["4520亿元 | 990亿元 | 4130亿元"]


def test_a_total_of_another_period_is_not_the_whole_of_a_breakdown() -> None:
    # only the months-to-date total is stated: the month's breakdown has no total to make
    text = ("2021年1-5月份,全市社会消费品零售总额21300亿元,同比增长8.1%。\n\n"
            "按经营单位所在地分,5月份,城镇消费品零售额4010亿元,同比增长6.0%;乡村消费品零售额610亿元,增长7.3%。")
    assert _parts(text) == []


_FERRIES = ("Ferry lines carried 12.4 million total (domestic + international) passengers in June, 2.0 percent more "
            "than a year ago. The rise came from a 1.5 percent increase in the number of domestic passengers "
            "({home} million) and a 4.1 percent increase in international passengers (2.1 million).")


def test_english_members_named_in_the_quantity_against_a_whole_named_by_them() -> None:
    assert _parts(_FERRIES.format(home="10.3")) == []
    assert _parts(_FERRIES.format(home="11.3")) == ["12.4 million | 11.3 million | 2.1 million"]


def test_english_members_named_by_the_adverb_opening_their_sentence() -> None:
    text = ("Ferry lines carried 61.0 million total (domestic + international) passengers in the first half. "
            "Domestically, they carried {home} million passengers, 0.4 percent more than 2023. "
            "Internationally, they carried 9.8 million passengers, up 2.2 percent from 2023.")
    assert _parts(text.format(home="51.2")) == []
    assert _parts(text.format(home="55.2")) == ["61.0 million | 55.2 million | 9.8 million"]


def test_goods_and_services_of_exports_are_parts_of_exports() -> None:
    text = ("Exports were at USD 88.40 billion in May. Exports of goods fell USD 0.6 billion to USD {goods} billion, "
            "while exports of services rose USD 0.2 billion to USD 27.3 billion.")
    assert _parts(text.format(goods="61.1")) == []
    assert _parts(text.format(goods="66.1")) == ["USD 88.40 billion | USD 66.1 billion | USD 27.3 billion"]


def _shares(text: str) -> list[str]:
    return [texts for relation, texts in flagged(text) if relation == "share_vs_counts"]


_TABLETS = ("第三季度全国平板电脑出货量为2000万台,同比下降3.0%。\n\n"
            "甲公司三季度出货量为620万台,市场份额为{first}%,排名第一。\n\n"
            "乙公司三季度出货量为410万台,市场份额为20.5%,排名第二。")


def test_a_market_share_is_of_the_market_total_of_the_same_quantity() -> None:
    assert _shares(_TABLETS.format(first="31.0")) == []
    assert _shares(_TABLETS.format(first="36.0")) == ["620万台 | 2000万台 | 36.0%"]


def test_a_rivals_amount_with_its_own_share_is_not_the_market() -> None:
    text = ("第三季度,甲公司平板电脑出货量为2000万台,位居第一,市场份额为30%。"
            "乙公司位居第二,出货量为410万台,市场份额为6.2%。")
    assert _shares(text) == []


def test_a_penetration_rate_is_of_the_market_in_its_sentence() -> None:
    text = "1-6月,轿车销量同比上升5.0%至800.0万辆,混动车同比大涨30.0%至200.0万辆,渗透率达到{rate}%。"
    assert _shares(text.format(rate="25.0")) == []
    assert _shares(text.format(rate="35.0")) == ["200.0万辆 | 800.0万辆 | 35.0%"]
