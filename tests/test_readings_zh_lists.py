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
