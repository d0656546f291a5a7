"""Which quantity a Chinese figure is when its sentence names the scope once for several quantities, or lists the
industries of a total after 其中 (invented sentences)."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.text: (c.subject, c.segment, c.metric) for c in extract(text, "doc")}


def test_a_bare_head_after_a_scope_is_of_that_scope() -> None:
    found = _read("前三季度，全县规模以上工业产值同比增长12.4%，增加值增长9.6%。商品房销售面积8.2万平方米，"
                  "销售额6.1亿元。营业收入31亿元，净利润5亿元。")
    assert found["9.6%"][2] == "规模以上工业增加值" and found["12.4%"][0] == "全县"
    assert found["6.1亿元"][2] == "商品房销售额"
    assert found["5亿元"][2] == "净利润"  # no scope named: the quantity as written


def test_a_count_of_units_in_a_scope_does_not_cut_the_scope() -> None:
    found = _read("全县156家规模以上工业产值同比增长8.8%。")
    assert found["8.8%"][0] in (None, "全县") and found["8.8%"][2] == "规模以上工业产值"  # not 156家规模's


def test_industries_listed_after_qizhong_are_members_of_the_total() -> None:
    found = _read("三大主导产业产值合计增长15.2%，其中电子信息产业增长21.3%、生物食品产业增长9.7%。")
    assert found["21.3%"][1:] == ("电子信息产业", "三大主导产业产值")
    assert found["9.7%"][:2] == (None, "生物食品产业")
