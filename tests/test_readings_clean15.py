"""Readings of clean15/ (blind at stop 32, tuned on since) in general form, each on sentences written for this test."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric) for c in extract(text, "doc")}


def test_cities_named_by_their_first_characters_are_the_members_of_a_list() -> None:
    read = _read("一线城市二手房价格环比全部下跌，北上广深跌幅分别为0.5%、0.7%、1.2%、0.4%。")
    assert [read[f][1] for f in ("0.5%", "0.7%", "1.2%", "0.4%")] == ["北京", "上海", "广州", "深圳"]
    three = _read("北上广深跌幅分别为0.5%、0.7%、1.2%。")  # three figures for four cities: which is which is unknown
    assert {segment for _, segment, _ in three.values()} == {None}


def test_a_roundups_sections_are_their_companies() -> None:
    text = ("Earnings roundup\n"
            "Harbor Foods Inc. (HBF) -- The grocer said its net income rose to $41.2 million. The company earned "
            "62 cents per share.\n\n"
            "Lakeside Financial Services\n\n"
            "The lender says its net income fell 6 percent to $212 million.")
    read = _read(text)
    assert read["$41.2 million"][0] == "Harbor Foods Inc." and read["62 cents"][0] == "Harbor Foods Inc."
    assert read["$212 million"][0] == "Lakeside Financial Services"


def test_a_balances_increase_over_a_span_is_the_balances_and_its_comparison_another_quantity() -> None:
    read = _read("6月末，本外币住户贷款余额72.8万亿元，同比增长8.1%；上半年增加2.41万亿元，同比少增1.05万亿元。")
    assert read["2.41万亿元"][2] == "本外币住户贷款余额" and read["1.05万亿元"][2] == "本外币住户贷款增加额"


def test_an_index_the_list_does_not_know_owns_its_own_figures() -> None:
    read = _read("沪指午盘报3028.04点，创业板指涨0.95%；中小板指涨1.10%，上涨74.31点；中证红利指数涨0.4%。")
    assert read["0.95%"][0] == "创业板指" and read["1.10%"][0] == "中小板指" and read["74.31点"][0] == "中小板指"
    assert read["0.4%"][0] != "中小板指"  # 中证红利指数: not in the list, and no other index's
