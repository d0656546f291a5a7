"""Readings of stop 49, from English forms the reviewers of earlier sets found misread, on sentences written for these
tests: a movement verb in -ed that ends a quantity's name, the part that makes up a market share, a breakdown of
shares "followed by" its members, and owners read as a clause's verb or a headline's verb."""

from __future__ import annotations

from checks import extract


def _claims(text: str) -> dict[str, object]:
    return {c.text: c for c in extract(text, "doc")}


def test_a_movement_verb_ends_the_name_before_it() -> None:
    read = _claims("Meanwhile, European nameplates slid down to 8.1 percent in July. Exports declined at a rate of 4%.")
    assert read["8.1 percent"].metric == "European nameplates"


def test_a_counted_noun_keeps_the_verb_that_names_it() -> None:
    read = _claims("About 1605 shares advanced, 856 shares declined, and 55 shares were unchanged.")
    assert read["About 1605"].metric == "shares advanced" and read["856"].metric == "shares declined"


def test_the_part_that_makes_up_a_market_share_is_its_member_or_owner() -> None:
    read = _claims("Asian brands accounted for 48.2 percent of the overall market. Samsung accounted for 20 percent "
                   "of the global smartphone market. It accounted for 9 percent of the phone market.")
    assert (read["48.2 percent"].segment, read["48.2 percent"].metric) == ("Asian brands", "market share")
    assert (read["20 percent"].subject, read["20 percent"].segment) == ("Samsung", None)
    assert read["9 percent"].segment is None and read["9 percent"].subject == "Samsung"  # "it": the one before


def test_shares_followed_by_their_members_take_the_leaders_quantity() -> None:
    read = _claims("Last year, 60.5 per cent of sold homes were flats, followed by bungalows with 30.0 per cent and "
                   "villas with 9.5 per cent.")
    assert [read[f].segment for f in ("60.5 per cent", "30.0 per cent", "9.5 per cent")] == [
        "flats", "bungalows", "villas"]
    assert {read[f].metric for f in ("30.0 per cent", "9.5 per cent")} == {read["60.5 per cent"].metric}


def test_a_company_followed_by_another_owns_its_own_share() -> None:
    read = _claims("Apple was second with 13 percent of the market, followed by Huawei with 11 percent.")
    assert read["11 percent"].subject == "Huawei" and read["11 percent"].metric == read["13 percent"].metric


def test_a_share_of_a_state_is_no_member() -> None:
    read = _claims("About 60 per cent of customers were satisfied.")
    assert read["About 60 per cent"].segment is None


def test_an_owner_read_with_its_verb_is_dropped() -> None:
    read = _claims("Data from Jato Dynamics shows more than 1.01 million cars were registered in the first month of "
                   "2024, marking an 11% increase in new car sales.")
    assert read["more than 1.01 million"].subject is None and read["11%"].subject is None


def test_a_headline_verb_is_no_part_of_its_owner() -> None:
    read = _claims("Weekend Box Office: BARBIE Reaches $1B Global;\nThis weekend, the film added $74.0M overseas.")
    assert read["$1B"].subject == "BARBIE"


def test_money_spent_is_spending_of_who_spent_or_on_what() -> None:
    read = _claims("Visitors from Ruritania spent a total of US$2.5 billion. They also plan to spend $70.10 on candy "
                   "and food, $30.20 on decorations and $12.00 on flowers.")
    assert (read["US$2.5 billion"].metric, read["US$2.5 billion"].segment) == ("spending", "Visitors from Ruritania")
    assert [read[f].metric for f in ("$70.10", "$30.20", "$12.00")] == [
        "spending on candy and food", "spending on decorations", "spending on flowers"]


def test_a_verb_of_telling_opens_no_name() -> None:
    read = _claims("That means online sales accounted for about 8.4% of total retail sales.")
    assert read["about 8.4%"].metric == "online sales"


def test_a_price_category_named_alone_is_its_price_with_the_sentences_basis() -> None:
    read = _claims("9月份，全市居民消费价格同比上涨1.2%。从类别看，价格同比“五涨三降”，"
                   "其中，衣着上涨1.1%、居住上涨0.1%。")
    assert (read["1.1%"].metric, read["1.1%"].basis) == ("衣着价格", "同比")
    assert read["0.1%"].metric == "居住价格"


def test_a_category_outside_a_price_text_is_left_alone() -> None:
    assert _claims("全年服务增长8.0%。")["8.0%"].metric == "服务"


def test_an_owner_loses_its_announcement_time_and_a_festival_owns_nothing() -> None:
    read = _claims("星河公司于周二公布业绩。营收为28.1亿元。今年“双十一”当天实现成交额16.8亿元。")
    assert read["28.1亿元"].subject == "星河公司"
    assert read["16.8亿元"].subject != "双十一"
