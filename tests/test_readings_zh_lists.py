"""Which quantity a Chinese figure of a list is when the list's figures are of different units, or its quantities
stand right before their figures with no 分别 (invented sentences)."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.metric, c.kind) for c in extract(text, "doc")}


def test_a_list_of_figures_of_different_units_gives_each_its_quantity() -> None:
    found = _read("三月，全省港口货运吞吐量、集装箱吞吐量和旅客吞吐量分别完成3.2亿吨、512万标箱和86.4万人次，"
                  "同比分别增长4.1%、6.3%和12.0%。")
    quantities = ["港口货运吞吐量", "集装箱吞吐量", "旅客吞吐量"]
    assert [found[f][1] for f in ("3.2亿吨", "512万标箱", "86.4万人次")] == quantities
    assert [found[f][1] for f in ("4.1%", "6.3%", "12.0%")] == quantities
    assert found["512万标箱"][2] == "level" and found["3.2亿吨"][0] == found["86.4万人次"][0] == "全省"


def test_quantities_listed_right_before_their_figures_are_read_in_turn() -> None:
    found = _read("二季度，全系统累计完成发电量、售电量和装机容量812亿千瓦时、790亿千瓦时和2300万千瓦，同比分别增长"
                  "5.5%、4.8%和9.1%。")
    assert [found[f][1] for f in ("812亿千瓦时", "790亿千瓦时", "2300万千瓦")] == ["发电量", "售电量", "装机容量"]
    assert found["9.1%"][1] == "装机容量"


def test_a_respectively_clause_after_figures_of_several_quantities_takes_them_in_turn() -> None:
    found = _read("全县商品房销售面积8.2万平方米，销售额6.1亿元，分别增长3.1%和5.2%。")
    assert (found["3.1%"][1], found["5.2%"][1]) == ("商品房销售面积", "商品房销售额")
    found = _read("全县营业收入31亿元，同比分别增长3.1%和5.2%。")  # one quantity before: no list to take
    assert found["3.1%"][1] == "营业收入"


def test_a_quantity_that_opens_with_zong_is_not_cut_into_a_member() -> None:
    found = _read("全县油菜种植面积、总产量分别为12万亩和2.4万吨。")
    assert (found["12万亩"][1], found["2.4万吨"][1]) == ("油菜种植面积", "总产量")


def test_places_that_open_a_sentence_own_a_later_respective_list() -> None:
    found = _read("2020年，全国棉花产量591万吨。新疆、山东棉花生产稳中有进，棉花产量分别达到516万吨和18万吨。")
    assert found["516万吨"][:2] == ("新疆", "棉花产量") and found["18万吨"][:2] == ("山东", "棉花产量")


def test_members_written_by_their_first_characters_share_the_last_ones_ending() -> None:
    found = {c.text: (c.subject, c.segment, c.metric) for c in extract(
        "按区域分，东、中、西部地区零售额分别为612亿元、225亿元和163亿元。", "doc")}
    assert [found[f][1] for f in ("612亿元", "225亿元", "163亿元")] == ["东部地区", "中部地区", "西部地区"]
    assert found["612亿元"][2] == "零售额" and found["612亿元"][0] is None
